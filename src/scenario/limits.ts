/**
 * Limits of the scenario format that keep a run bounded in time and memory (documented in
 * docs/scenarios.md). `schema.ts` writes them into the JSON Schema; the experiment and CLI layers
 * check their options against them. Imports nothing, so that reading a limit does not load TypeBox.
 *
 * @module
 */

/** Limits that keep a run bounded in time and memory; documented in docs/scenarios.md. */
export const LIMITS = {
  sectors: 20_000,
  forces: 20_000,
  /**
   * Most entries of any array or object in a scenario: its largest are the sectors, the forces
   * and an actor's presence map. Longer ones are refused as the text is read, before parsing.
   */
  entries: 20_000,
  actors: 1_000,
  turns: 5_200,
  /** Largest personnel, strength or count any field accepts. */
  count: 1e7,
  /** Largest attempt rate per week any actor may have. */
  attemptsPerWeek: 1e6,
  lengthKm: 100_000,
  /**
   * Most units a run may hold at once: the scenario's forces and those that events and orders
   * add (invited guards, reaction forces, detachments). An order that would add more is
   * ignored, and logged so; the engine's work a turn grows with the units.
   */
  unitsInRun: 40_000,
  /** Most orders a policy function may give in one turn; the rest are rejected, and logged so. */
  ordersPerTurn: 1_000,
  /**
   * Largest number of sectors × actors: every (actor, sector) pair is resolved every turn, so
   * this bounds a turn's work (about 3-7 µs a pair, docs/performance.md) whatever the other sizes.
   */
  sectorActorPairs: 200_000,
} as const;
