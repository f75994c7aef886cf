/**
 * What a run reports: per-turn metrics, totals, the log and the state hashes.
 *
 * @module
 */
import type { SimState } from './state';

/** Counts of one turn (or of a whole run), by name. Every value is a finite number. */
export type Metrics = Record<string, number>;

/**
 * Flow metrics: counts (or kg, or persons) of one turn, which add up over turns, sectors and
 * actor kinds. Attempts and their outcomes count crossing attempts (a group or a load each);
 * casualties and refugees count persons; kg count kilograms.
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

/** A flow metric's name. */
export type FlowMetric = (typeof FLOW_METRICS)[number];

/**
 * Whole-border metrics of a turn that are not flows by kind: `quickReactionSorties` and
 * `cost` (USD) and `sovereignty` (political cost, points: docs/model.md §16) add up over turns; `effectiveness` (interdicted / attempts, 0 with no attempts),
 * `conflictShare` (share of the border's length with a clash in the window), `readiness`
 * (personnel-weighted) and `personnel` are states or ratios, which the run's totals summarise
 * differently (see {@link RunResult.totals}).
 */
export const TURN_METRICS = ['quickReactionSorties', 'cost', 'sovereignty', 'effectiveness', 'conflictShare', 'readiness', 'personnel'] as const;

/** One line of a run's log: what happened, where, and why (the inputs that drove it). */
export interface LogEntry {
  readonly turn: number;
  readonly date: string;
  readonly type: string;
  readonly message: string;
  readonly sector?: string;
  readonly actor?: string;
  /** The numbers behind the entry, for after-action replay (rates, probabilities, counts). */
  readonly data?: Readonly<Record<string, number | string>>;
}

/** The metrics of one turn. */
export interface TurnRecord {
  readonly turn: number;
  /** Date of the turn's first day, YYYY-MM-DD. */
  readonly date: string;
  /** Whole-border counts. */
  readonly metrics: Metrics;
  /** Counts by actor kind ('armed-group', 'smuggling', 'refugees', 'recruits'). */
  readonly byKind: Readonly<Record<string, Metrics>>;
  /** Counts by sector id. */
  readonly bySector: Readonly<Record<string, Metrics>>;
}

/** The result of one run: a pure function of (scenario, seed, options). */
export interface RunResult {
  readonly seed: number;
  readonly scenario: string;
  readonly turns: readonly TurnRecord[];
  /**
   * The run in one flat record. Flows (FLOW_METRICS), `quickReactionSorties` and `cost` are
   * summed over turns, whole-border (`attempts`) and per actor kind (`smuggling.attempts`).
   * `effectiveness` and `<kind>.effectiveness` are interdicted / attempts over the whole run
   * (0 with no attempts); `conflictShare` and `readiness` are means over turns, and
   * `conflictShareMax` the largest turn's share; `personnel` is the final personnel.
   */
  readonly totals: Metrics;
  /** The state after the last turn (built when first read; the same object on every read). */
  readonly finalState: SimState;
  readonly log: readonly LogEntry[];
  /** Hash of the state after each turn, chained so that any divergence shows in every later hash. */
  readonly hashes: readonly string[];
  /** The hash after the last turn. */
  readonly hash: string;
}
