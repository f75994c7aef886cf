/**
 * The closed vocabularies of the scenario format: actor kinds, force roles,
 * battle laws, search modes and the words of conditions. `schema.ts` builds its TypeBox unions
 * from these arrays (one source of truth); the engine reads them from here, so that running a
 * scenario does not load TypeBox, Ajv or the parser.
 *
 * This module imports nothing; keep it that way (tests/scenario/runtime-modules.test.ts).
 *
 * @module
 */

/** Kinds of actor, in the order the engine indexes them (by-kind metrics, behaviour). */
export const ACTOR_KINDS = ['armed-group', 'smuggling', 'refugees', 'recruits'] as const;
/** Roles of a force. */
export const FORCE_ROLES = ['patrol', 'quick-reaction', 'garrison', 'exercise', 'advisory'] as const;
/** Lanchester laws of an engagement. */
export const LANCHESTER_LAWS = ['square', 'linear'] as const;
/** Patrol search laws: random (Koopman) or exhaustive (parallel sweep). */
export const SEARCH_MODES = ['random', 'exhaustive'] as const;

/** Comparison operators of conditions. Conditions are data, never code. */
export const COMPARISON_OPS = ['<', '<=', '>', '>=', '==', '!='] as const;

/**
 * The flows of a turn: counts (people, loads, clashes) and kilograms that add up over turns and
 * exist for the whole border, by sector and by actor kind. The engine's records, the run totals and
 * the conditions' default aggregate (a sum) all take this list from here.
 */
export const FLOW_METRICS = [
  'attempts',
  'detected',
  'interdicted',
  'apprehended',
  'turnedBack',
  'gotAway',
  'kgAttempted',
  'kgSeized',
  'kgThrough',
  'clashes',
  'breakthroughs',
  'repulses',
  'casualtiesForces',
  'casualtiesActors',
  'refugeesReceived',
  'refugeesTurnedBack',
] as const;

/** Whole-border metrics that are not flows but also add up over turns: sorties, cost (USD), sovereignty (points). */
export const SUMMED_TURN_METRICS = ['quickReactionSorties', 'cost', 'sovereignty'] as const;

/** Metrics a condition may read (whole border, or by sector / actor kind where they exist). */
export const CONDITION_METRICS = [...FLOW_METRICS, 'effectiveness', ...SUMMED_TURN_METRICS, 'conflictShare', 'readiness', 'personnel', 'pDetect'] as const;
/** How a condition aggregates a metric over its window. */
export const AGGREGATES = ['sum', 'mean', 'min', 'max', 'last'] as const;
/** Properties of an actor a condition may read. */
export const ACTOR_PROPERTIES = ['strength', 'intent', 'casualties'] as const;
/** Properties of a force a condition may read. */
export const FORCE_PROPERTIES = ['personnel', 'readiness', 'fatigue', 'quality', 'casualties'] as const;

/** A terrain class: the id of one of a scenario's `terrains[]` (the scenario declares them). */
export type Terrain = string;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type ForceRole = (typeof FORCE_ROLES)[number];
export type LanchesterLawName = (typeof LANCHESTER_LAWS)[number];
export type SearchMode = (typeof SEARCH_MODES)[number];
export type ComparisonOp = (typeof COMPARISON_OPS)[number];
export type ConditionMetric = (typeof CONDITION_METRICS)[number];
