/**
 * Precision targets for `--until "metric:halfwidth"`: parse them, check whether the 95 %
 * confidence interval of each named metric is tight enough, and estimate how many runs would make
 * it so.
 *
 * Determinism: every decision here is a pure function of the summaries, which depend only on
 * the runs in run order. A caller that checks only at the run counts {@link nextRunTotal} gives
 * (never "whenever a worker happens to finish") stops at the same run count on any number of
 * workers.
 *
 * @module
 */

import { studentTQuantile } from './statistics';

/** One precision target: the 95 % CI half-width of `metric` must be at most `halfWidth`. */
export interface PrecisionTarget {
  /** Metric name, as in the run records. */
  metric: string;
  /** Largest acceptable half-width of the 95 % confidence interval, in the metric's unit (> 0). */
  halfWidth: number;
}

/**
 * A precision target that could not be parsed. `input` is the offending text; the message says
 * what was expected, so a CLI can print it as is (and exit with status 2).
 */
export class PrecisionTargetError extends Error {
  /** The text that failed to parse. */
  readonly input: string;

  /** @param message - what is wrong; @param input - the offending text */
  constructor(message: string, input: string) {
    super(message);
    this.name = 'PrecisionTargetError';
    this.input = input;
  }
}

// A plain decimal number: no hex, no "Infinity", no empty string (all of which Number() accepts).
const DECIMAL = /^[+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses one `"metric:halfwidth"` target.
 *
 * The separator is the **last** colon, so metric names may themselves contain colons
 * (`"sector:north:seized_kg:2.5"` is metric `sector:north:seized_kg`, half-width 2.5).
 * Surrounding whitespace is ignored. The half-width must be a plain positive decimal number.
 *
 * @throws PrecisionTargetError with a message naming the problem and showing the expected form.
 * @example
 * ```ts
 * parsePrecisionTarget('seized_kg:5');   // { metric: 'seized_kg', halfWidth: 5 }
 * parsePrecisionTarget('detected:0.01'); // { metric: 'detected', halfWidth: 0.01 }
 * parsePrecisionTarget('seized_kg');     // throws: expected "metric:halfwidth"
 * ```
 */
export function parsePrecisionTarget(text: string): PrecisionTarget {
  const form = 'expected "metric:halfwidth", e.g. "seized_kg:5"';
  if (typeof text !== 'string') {
    throw new PrecisionTargetError(`precision target ${String(text)}: ${form}`, String(text));
  }
  const trimmed = text.trim();
  const colon = trimmed.lastIndexOf(':');
  if (colon < 0) {
    throw new PrecisionTargetError(`precision target "${text}": no colon; ${form}`, text);
  }
  const metric = trimmed.slice(0, colon).trim();
  const widthText = trimmed.slice(colon + 1).trim();
  if (metric === '') {
    throw new PrecisionTargetError(`precision target "${text}": the metric name is empty; ${form}`, text);
  }
  if (widthText === '') {
    throw new PrecisionTargetError(`precision target "${text}": the half-width is missing; ${form}`, text);
  }
  if (!DECIMAL.test(widthText)) {
    throw new PrecisionTargetError(`precision target "${text}": half-width "${widthText}" is not a number; ${form}`, text);
  }
  const halfWidth = Number(widthText);
  if (!(halfWidth > 0) || !Number.isFinite(halfWidth)) {
    throw new PrecisionTargetError(`precision target "${text}": half-width must be a finite number > 0, got ${widthText}`, text);
  }
  return { metric, halfWidth };
}

/**
 * Parses one or more targets: each string may hold several separated by commas (so both
 * `--until a:1 --until b:2` and `--until a:1,b:2` work). A metric may be named only once.
 *
 * @throws PrecisionTargetError for an unparsable target, an empty list or a repeated metric.
 * @example
 * ```ts
 * parsePrecisionTargets('seized_kg:5,detected:0.01');
 * // [{ metric: 'seized_kg', halfWidth: 5 }, { metric: 'detected', halfWidth: 0.01 }]
 * ```
 */
export function parsePrecisionTargets(specs: string | readonly string[]): PrecisionTarget[] {
  const list = typeof specs === 'string' ? [specs] : specs;
  const targets: PrecisionTarget[] = [];
  const seen = new Set<string>();
  for (const spec of list) {
    for (const part of spec.split(',')) {
      if (part.trim() === '') {
        throw new PrecisionTargetError(`precision targets "${spec}": empty target; expected "metric:halfwidth[,metric:halfwidth...]"`, spec);
      }
      const target = parsePrecisionTarget(part);
      if (seen.has(target.metric)) {
        throw new PrecisionTargetError(`precision target for "${target.metric}" given twice`, spec);
      }
      seen.add(target.metric);
      targets.push(target);
    }
  }
  if (targets.length === 0) {
    throw new PrecisionTargetError('no precision target given; expected "metric:halfwidth"', '');
  }
  return targets;
}

/** What the precision helpers need from a summary ({@link Summary} has it). */
export interface IntervalSummary {
  n: number;
  ci95: readonly [number, number];
}

/**
 * Half-width of a summary's 95 % CI: (upper − lower) / 2 (`NaN` when undefined, n < 2).
 *
 * @example
 * ```ts
 * ciHalfWidth({ n: 8, ci95: [3, 7] }); // 2
 * ```
 */
export function ciHalfWidth(summary: IntervalSummary): number {
  return (summary.ci95[1] - summary.ci95[0]) / 2;
}

/**
 * Whether a summary's 95 % CI half-width is at or below `target`. An undefined interval
 * (`NaN`, fewer than 2 runs) never meets a target.
 *
 * @example
 * ```ts
 * meetsPrecision({ n: 8, ci95: [3, 7] }, 2);   // true
 * meetsPrecision({ n: 8, ci95: [3, 7] }, 1.9); // false
 * ```
 */
export function meetsPrecision(summary: IntervalSummary, target: number): boolean {
  const h = ciHalfWidth(summary);
  return h <= target; // false for NaN
}

/**
 * Estimated total number of runs for the 95 % CI half-width to reach `target`, given that `n`
 * runs gave half-width `halfWidth`.
 *
 * The half-width is t(0.975, n − 1)·s/√n; assuming the sample sd s stays where it is, the answer
 * is the smallest m with t(0.975, m − 1)·s/√m ≤ target. For large n this is the familiar
 * n·(halfWidth/target)², rounded up; for small n it is smaller than that, because the t factor
 * itself shrinks as runs are added (n = 2 has t = 12.7). It is an estimate: s moves as runs are
 * added, so check again when they are done.
 *
 * @returns `n` when the target is met already; `NaN` when it cannot be estimated (n < 2 or a
 *   `NaN` half-width); otherwise an integer > n.
 * @example
 * ```ts
 * estimateRunsNeeded(1000, 2, 1); // 3993 (≈ 1000 · (2/1)² = 4000; t shrinks a little)
 * estimateRunsNeeded(100, 0.5, 1); // 100 (already met)
 * ```
 */
export function estimateRunsNeeded(n: number, halfWidth: number, target: number): number {
  if (!(target > 0)) throw new RangeError(`estimateRunsNeeded: target must be > 0, got ${target}`);
  if (!(n >= 2) || Number.isNaN(halfWidth)) return NaN;
  if (halfWidth <= target) return n;
  const sd = (halfWidth * Math.sqrt(n)) / studentTQuantile(0.975, n - 1);
  const fits = (m: number): boolean => (studentTQuantile(0.975, m - 1) * sd) / Math.sqrt(m) <= target;
  // t(0.975, m − 1) > z = 1.95996..., so m ≥ (z·s/target)² is a lower bound; and at any m ≥ n the
  // t factor is at most t(0.975, n − 1), so (t_n·s/target)² = n·(h/target)² is an upper bound.
  const z = 1.959963984540054;
  let lo = Math.max(n, Math.floor(((z * sd) / target) ** 2)); // fits(lo) is false or lo = n
  let hi = Math.max(lo + 1, Math.ceil(n * (halfWidth / target) ** 2));
  while (!fits(hi)) hi *= 2; // guards the bound against rounding
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The state of one precision target. */
export interface PrecisionStatus {
  /** Metric name. */
  metric: string;
  /** The target half-width. */
  target: number;
  /** The current 95 % CI half-width (`NaN` with fewer than 2 runs). */
  halfWidth: number;
  /** Runs summarized. */
  n: number;
  /** Whether halfWidth ≤ target. */
  met: boolean;
  /** {@link estimateRunsNeeded} for this metric (n when met, `NaN` when unknown). */
  runsNeeded: number;
}

/** The state of all precision targets. */
export interface PrecisionCheck {
  /** Whether every target is met. */
  met: boolean;
  /** Per target, in the order given. */
  targets: PrecisionStatus[];
  /** The largest runsNeeded over the targets (`NaN` if any is unknown). */
  runsNeeded: number;
}

/**
 * Checks every target against the summaries.
 *
 * @throws PrecisionTargetError if a target names a metric that the summaries do not have (the
 *   message lists the metrics that exist), so a typo fails at once rather than running forever.
 * @example
 * ```ts
 * const check = checkPrecision({ seized_kg: summarize(values) }, parsePrecisionTargets('seized_kg:5'));
 * if (!check.met) console.log(`about ${check.runsNeeded} runs needed`);
 * ```
 */
export function checkPrecision(summaries: Readonly<Record<string, IntervalSummary>>, targets: readonly PrecisionTarget[]): PrecisionCheck {
  const statuses: PrecisionStatus[] = targets.map((t) => {
    const s = Object.prototype.hasOwnProperty.call(summaries, t.metric) ? summaries[t.metric] : undefined;
    if (!s) {
      const known = Object.keys(summaries)
        .map((k) => JSON.stringify(k))
        .join(', ');
      throw new PrecisionTargetError(`precision target names unknown metric "${t.metric}"; known metrics: ${known || '(none)'}`, `${t.metric}:${t.halfWidth}`);
    }
    const halfWidth = ciHalfWidth(s);
    const met = halfWidth <= t.halfWidth;
    return {
      metric: t.metric,
      target: t.halfWidth,
      halfWidth,
      n: s.n,
      met,
      runsNeeded: met ? s.n : estimateRunsNeeded(s.n, halfWidth, t.halfWidth),
    };
  });
  let runsNeeded = 0;
  for (const s of statuses) runsNeeded = Number.isNaN(s.runsNeeded) ? NaN : Math.max(runsNeeded, s.runsNeeded);
  return { met: statuses.every((s) => s.met), targets: statuses, runsNeeded };
}

/** Options of {@link nextRunTotal}. */
export interface NextRunOptions {
  /** Hard cap on the total number of runs (`--max-runs`). */
  maxRuns: number;
  /**
   * Largest factor by which one step may multiply the run count (default 2). Estimates from few
   * runs are noisy; growing at most geometrically bounds the overshoot, while still reaching
   * any target in a logarithmic number of checks.
   */
  maxGrowth?: number;
  /** Smallest number of runs to add in one step (default 1), e.g. the worker batch size. */
  minStep?: number;
}

/**
 * The total run count to reach before checking the precision targets again, or the current
 * count when there is nothing more to do (targets met, or `maxRuns` reached).
 *
 * The answer is `runsNeeded` limited to `[current + minStep, current · maxGrowth]` and to
 * `maxRuns`; with an unknown estimate (fewer than 2 runs) it grows by `maxGrowth`.
 *
 * @example
 * ```ts
 * nextRunTotal(100, checkPrecision(s, targets), { maxRuns: 10_000 });
 * // e.g. 180 when about 180 runs are estimated; at most 200; 100 when all targets are met
 * ```
 */
export function nextRunTotal(current: number, check: PrecisionCheck, options: NextRunOptions): number {
  const { maxRuns, maxGrowth = 2, minStep = 1 } = options;
  if (!Number.isSafeInteger(current) || current < 0) {
    throw new RangeError(`nextRunTotal: current must be an integer >= 0, got ${current}`);
  }
  if (!(maxGrowth > 1)) throw new RangeError(`nextRunTotal: maxGrowth must be > 1, got ${maxGrowth}`);
  if (!Number.isSafeInteger(minStep) || minStep < 1) {
    throw new RangeError(`nextRunTotal: minStep must be an integer >= 1, got ${minStep}`);
  }
  if (check.met || current >= maxRuns) return current;
  const ceiling = Math.max(current + minStep, Math.ceil(current * maxGrowth), 2);
  const wanted = Number.isNaN(check.runsNeeded) ? ceiling : Math.min(check.runsNeeded, ceiling);
  return Math.min(maxRuns, Math.max(current + minStep, wanted));
}
