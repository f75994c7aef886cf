/**
 * The data of an after-action replay: one seeded run with its full log and per-turn records
 * (exactly what `run --format json` gives for the same scenario, policy and seed), where every
 * unit stood at the end of each turn, and the map of the border when the scenario has geometry.
 *
 * Where the units stood is read from the states of the run: the engine keeps only the final
 * state, so the state after turn t is that of the same run cut after t + 1 turns (a run's first
 * turns do not depend on how many follow). That is checked: each cut run's state hash must equal
 * the full run's hash of that turn. Only turns after which a unit may have moved, arrived, been
 * added or removed, or lost people are cut; the others repeat the turn before.
 *
 * @module
 */
import { compileScenario } from '../engine/compile';
import type { LogEntry, Totals, TurnRecord } from '../engine/results';
import { simulate } from '../engine/simulate';
import { applyPolicy, type Policy } from '../experiment/policy';
import type { Scenario } from '../scenario/schema';
import { mapGeometry, type MapGeometry } from './map-geometry';

/** A unit at the end of a turn. */
export interface UnitAt {
  id: string;
  name: string;
  side: string;
  role: string;
  personnel: number;
  /** A sector id or a base id. */
  location: string;
  /** Where it is going, when on the move. */
  movingTo: string | null;
}

/** What an after-action replay shows. */
export interface AfterAction {
  scenario: string;
  policy: string;
  seed: number;
  /** The run's final state hash, and each turn's. */
  hash: string;
  hashes: readonly string[];
  turns: readonly TurnRecord[];
  totals: Totals;
  log: readonly LogEntry[];
  /** Per turn, every unit at its end (units with no one left are left out). */
  units: UnitAt[][];
  sectors: { id: string; name: string }[];
  bases: { id: string; name: string }[];
  turnLengthDays: number;
  map?: MapGeometry;
}

/** Log entries after which a unit may stand elsewhere or have fewer people. */
const MOVES = new Set(['move', 'arrive', 'force-added', 'force-removed', 'add-force', 'clash', 'clash-extrapolated', 'order', 'event', 'reallocate']);

/**
 * Plays the run an after-action replay shows.
 *
 * @example
 * const aa = afterAction(loadScenario('scenarios/tajik-afghan-2021.json'), { seed: 7 });
 * aa.turns[26]?.bySector.panj?.attempts; // what run --seed 7 --format json says
 */
export function afterAction(scenario: Scenario, options: { seed: number; turns?: number; policy?: Policy }): AfterAction {
  const applied = applyPolicy(scenario, options.policy);
  const compiled = compileScenario(applied);
  const turns = options.turns ?? applied.calendar.turns;
  const run = simulate(compiled, { seed: options.seed, turns, log: true });
  const names = new Map<string, string>(applied.forces.map((f) => [f.id, f.name]));
  for (const e of applied.events ?? [])
    for (const a of e.actions)
      if (a.type === 'add-force' && 'force' in a && typeof a.force === 'object' && a.force)
        names.set((a.force as { id: string }).id, (a.force as { name: string }).name);
  const changed = new Set(run.log.filter((e) => MOVES.has(e.type)).map((e) => e.turn));
  const units: UnitAt[][] = [];
  for (let t = 0; t < run.turns.length; t++) {
    if (t > 0 && !changed.has(t)) {
      units.push(units[t - 1] as UnitAt[]);
      continue;
    }
    const cut = simulate(compiled, { seed: options.seed, turns: t + 1, log: false, detail: false });
    if (cut.hash !== run.hashes[t])
      throw new Error(`replay: the run cut after turn ${t} is not the full run's turn ${t} (state hash ${cut.hash}, expected ${run.hashes[t]})`);
    units.push(
      cut.finalState.forces
        .filter((f) => f.personnel > 0)
        .map((f) => ({
          id: f.id,
          name: names.get(f.id) ?? f.id,
          side: f.side,
          role: f.role,
          personnel: f.personnel,
          location: f.location,
          movingTo: f.movingTo,
        })),
    );
  }
  const map = mapGeometry(applied, compiled.exerciseRangeKm);
  return {
    scenario: run.scenario,
    policy: options.policy?.name ?? applied.policy?.name ?? 'status-quo',
    seed: options.seed,
    hash: run.hash,
    hashes: run.hashes,
    turns: run.turns,
    totals: run.totals,
    log: run.log,
    units,
    sectors: applied.sectors.map((s) => ({ id: s.id, name: s.name })),
    bases: (applied.bases ?? []).map((b) => ({ id: b.id, name: b.name })),
    turnLengthDays: applied.calendar.turnLengthDays,
    ...(map ? { map } : {}),
  };
}
