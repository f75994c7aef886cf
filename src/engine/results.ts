/**
 * What a run reports: per-turn metrics, totals, the log and the state hashes.
 *
 * @module
 */
import type { SimState } from './state';

/** Counts of one turn (or of a whole run), by name. Every value is a finite number. */
export type Metrics = Record<string, number>;

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
   * Counts summed over the run. Whole-border names (`attempts`) and per actor kind
   * (`smuggling.attempts`).
   */
  readonly totals: Metrics;
  readonly finalState: SimState;
  readonly log: readonly LogEntry[];
  /** Hash of the state after each turn, chained so that any divergence shows in every later hash. */
  readonly hashes: readonly string[];
  /** The hash after the last turn. */
  readonly hash: string;
}
