/**
 * What a run reports: per-turn metrics, totals, the log and the state hashes.
 *
 * @module
 */
import type { ActorKind } from '../scenario/schema';
import { FLOW_METRICS, SUMMED_TURN_METRICS } from '../scenario/vocabulary';
import type { SimState } from './state';

/** Counts of one turn (or of a whole run), by name. Every value is a finite number. */
export type Metrics = Record<string, number>;

/**
 * Flow metrics: counts (or kg, or persons) of one turn, which add up over turns, sectors and
 * actor kinds. Attempts and their outcomes count crossing attempts (a group or a load each);
 * casualties and refugees count persons; kg count kilograms. The list lives with the scenario's
 * vocabulary, beneath the engine, because conditions read the same names.
 */
export { FLOW_METRICS };

/** A flow metric's name. */
export type FlowMetric = (typeof FLOW_METRICS)[number];

/**
 * Whole-border metrics of a turn that are not flows by kind: `quickReactionSorties` and
 * `cost` (USD) and `sovereignty` (political cost, points: docs/model.md §16) add up over turns; `effectiveness` (interdicted / attempts, 0 with no attempts),
 * `conflictShare` (share of the border's length with a clash in the window), `readiness`
 * (personnel-weighted) and `personnel` are states or ratios, which the run's totals summarise
 * differently (see {@link RunResult.totals}).
 */
export const TURN_METRICS = [...SUMMED_TURN_METRICS, 'effectiveness', 'conflictShare', 'readiness', 'personnel'] as const;

/** The name of a whole-border metric of a turn: a flow or one of {@link TURN_METRICS}. */
export type TurnMetricName = FlowMetric | (typeof TURN_METRICS)[number];
/** The name of a metric of one actor kind: its flows and its `effectiveness`. */
export type KindMetricName = FlowMetric | 'effectiveness';
/** The name of a metric of one sector: its flows, `effectiveness` and `pDetect`. */
export type SectorMetricName = FlowMetric | 'effectiveness' | 'pDetect';
/**
 * The name of a run total (and of a Monte Carlo metric): the turn metrics, `conflictShareMax`,
 * and each actor kind's metrics as `kind.metric` (`'smuggling.kgThrough'`).
 */
export type MetricName = TurnMetricName | 'conflictShareMax' | `${ActorKind}.${KindMetricName}`;

/** A turn's whole-border metrics: every name is present. */
export type TurnMetrics = { readonly [K in TurnMetricName]: number };
/** One actor kind's metrics of a turn. */
export type KindMetrics = { readonly [K in KindMetricName]: number };
/** One sector's metrics of a turn. */
export type SectorMetrics = { readonly [K in SectorMetricName]: number };
/** A run's totals: every name is present (`run.totals.gotAway`; a misspelt name does not compile). */
export type Totals = { readonly [K in MetricName]: number };

/**
 * A table by metric name (a Monte Carlo's summaries, a comparison's differences): every
 * {@link MetricName} is known to be there; another name may be looked up and may be absent.
 */
export interface MetricTable<T> extends Readonly<Record<MetricName, T>> {
  readonly [name: string]: T;
}

/**
 * The kinds of log entry, each with what it records: a `crossings` summary of a sector and
 * actor, a `clash` (or `clash-extrapolated`, past the engagement model's work bound), a force's
 * `move`, `move-impossible` or `arrive`; an `event` or a policy `rule` firing; an `order` carried
 * out, `order-ignored` (it could not apply) or `order-rejected` (malformed); a drill's
 * `drill-start`, `drill-stop` or `drill-ignored`; `actor-change`, `control` (a province changes
 * hands), `force-added`, `force-removed`, `parameter` (a value set) and `flag`.
 */
export const LOG_ENTRY_TYPES = [
  'crossings',
  'clash',
  'clash-extrapolated',
  'move',
  'move-impossible',
  'arrive',
  'event',
  'rule',
  'order',
  'order-ignored',
  'order-rejected',
  'drill-start',
  'drill-stop',
  'drill-ignored',
  'actor-change',
  'control',
  'force-added',
  'force-removed',
  'parameter',
  'flag',
] as const;

/** The kind of a log entry (`LogEntry.type`): one of {@link LOG_ENTRY_TYPES}. */
export type LogEntryType = (typeof LOG_ENTRY_TYPES)[number];

/** One line of a run's log of one kind: what happened, where, and why (the inputs that drove it). */
export interface LogEntryOf<T extends LogEntryType> {
  readonly turn: number;
  readonly date: string;
  readonly type: T;
  readonly message: string;
  readonly sector?: string;
  readonly actor?: string;
  /** The numbers behind the entry, for after-action replay (rates, probabilities, counts). */
  readonly data?: Readonly<Record<string, number | string>>;
}

/** One line of a run's log: a union over the kinds, so that `switch (e.type)` narrows and is checked for exhaustiveness. */
export type LogEntry = { [T in LogEntryType]: LogEntryOf<T> }[LogEntryType];

/** The metrics of one turn. */
export interface TurnRecord {
  readonly turn: number;
  /** Date of the turn's first day, YYYY-MM-DD. */
  readonly date: string;
  /** Whole-border counts. */
  readonly metrics: TurnMetrics;
  /** Counts by actor kind ('armed-group', 'smuggling', 'refugees', 'recruits'): every kind is present. */
  readonly byKind: Readonly<Record<ActorKind, KindMetrics>>;
  /** Counts by sector id (only with `detail`; look a sector up and handle its absence). */
  readonly bySector: Readonly<Record<string, SectorMetrics>>;
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
  readonly totals: Totals;
  /** The state after the last turn (built when first read; the same object on every read). */
  readonly finalState: SimState;
  readonly log: readonly LogEntry[];
  /** Hash of the state after each turn, chained so that any divergence shows in every later hash. */
  readonly hashes: readonly string[];
  /** The hash after the last turn. */
  readonly hash: string;
}
