/**
 * Ranges of an experiment's counts. They keep what one process holds in memory bounded (an
 * experiment keeps one number per run and metric, about 740 bytes a run with the 92 metrics of a
 * run, plus per-turn values when asked) and turn a count that cannot be meant (2^53 runs, a
 * billion Morris trajectories) into a message before any work, instead of an allocation failure
 * after it. Documented in docs/experiments.md; the CLI gives the same ranges as usage errors.
 *
 * @module
 */

/**
 * The ranges an experiment accepts (checked before any work; an option outside them is an
 * `ExperimentError`).
 *
 * @example
 * if (runs > EXPERIMENT_LIMITS.runsHeld) console.log('shard it: --shard I/N, then merge');
 */
export const EXPERIMENT_LIMITS = {
  /** Runs of a Monte Carlo, counted over all its shards (`runs`, `maxRuns`). */
  runs: 1_000_000_000,
  /**
   * Runs whose values one process holds at once: a Monte Carlo's own runs (its shard's, or up to
   * `maxRuns` with precision targets), a comparison's runs times its policies (about 740 MB).
   */
  runsHeld: 1_000_000,
  /** Per-turn values held (runs × per-turn metrics × turns: 400 MB of doubles). */
  perTurnValues: 50_000_000,
  /** Worker threads. */
  workers: 256,
  /** Shards of one Monte Carlo. */
  shards: 1_000_000,
  /** Design points of a sweep (grid points, Latin hypercube points, Morris trajectories × (inputs + 1)). */
  designPoints: 100_000,
  /** Grid levels per parameter, and Morris grid levels. */
  levels: 1_000,
  /** Policies of one comparison. */
  policies: 1_000,
} as const;
