/**
 * How much of an outcome's spread comes from the uncertain inputs and how much from chance:
 * the law of total variance, Var(Y) = Var(E[Y | X]) + E[Var(Y | X)], estimated from a design of
 * P input points with k replications each (one-way random-effects analysis of variance).
 *
 * Estimators (docs/uncertainty.md): with ȳ_p the mean of point p's k runs,
 * - chance, E[Var(Y | X)]: s_w² = (1/P) Σ_p Σ_r (y_pr − ȳ_p)² / (k − 1), unbiased;
 * - inputs, Var(E[Y | X]): s_b² − s_w² / k, where s_b² = Σ_p (ȳ_p − ȳ)² / (P − 1). The point
 *   means carry chance too (E[s_b²] = Var(E[Y | X]) + E[Var(Y | X)] / k), which the correction
 *   removes; the estimate is unbiased, and set to 0 when chance alone explains the spread.
 *
 * @module
 */
import { moments, quantileSorted, quantilesInPlace, tHalfWidth95 } from './statistics';

/** The 5th, 50th and 95th type-7 percentiles of values (copied, not reordered). */
export function percentiles(values: ArrayLike<number>): [number, number, number] {
  const a = quantilesInPlace(Float64Array.from(values as ArrayLike<number>), [0.05, 0.5, 0.95]);
  return [quantileSorted(a, 0.05), quantileSorted(a, 0.5), quantileSorted(a, 0.95)];
}

/** The distribution of an outcome over inputs and chance, and its variance split. */
export interface UncertaintySummary {
  /** Runs. */
  n: number;
  /** Input points, and runs per point. */
  points: number;
  replications: number;
  /** Mean over inputs and chance. */
  mean: number;
  /**
   * 95 % CI of that mean with inputs and chance both random: mean ± t · s_b / √P (the point
   * means are independent draws of the design).
   */
  ci95: [number, number];
  /** Quantiles of single runs over inputs and chance (the total distribution). */
  p5: number;
  p50: number;
  p95: number;
  /** Quantiles over the inputs of the expected outcome E[Y | X] (estimated by the point means). */
  inputs: { p5: number; p50: number; p95: number };
  /** Total variance: inputs + chance. */
  variance: number;
  /** Var(E[Y | X]), bias-corrected (>= 0). */
  varianceInputs: number;
  /** E[Var(Y | X)]. */
  varianceChance: number;
  /** varianceInputs / variance (NaN when there is no variance). */
  inputShare: number;
  /**
   * Half-width of the 95 % CI a fixed-input experiment of n runs reports: t · √(chance / n). The
   * interval that describes the dice alone, for comparison with the spread over the inputs.
   */
  chanceHalfWidth: number;
  /** Share of points whose mean is above 0, and below 0 (for a paired difference: the sign of the effect). */
  shareAbove: number;
  shareBelow: number;
}

/** The point means of values in run order (run j at point ⌊j / k⌋). */
export function pointMeans(values: ArrayLike<number>, replications: number): Float64Array {
  const points = Math.floor(values.length / replications);
  const out = new Float64Array(points);
  for (let p = 0; p < points; p++) {
    let s = 0;
    for (let r = 0; r < replications; r++) s += values[p * replications + r] as number;
    out[p] = s / replications;
  }
  return out;
}

/**
 * The variance split of values in run order: run j was played at input point ⌊j / k⌋.
 *
 * @param replications - k, at least 2 (one run a point cannot tell chance from inputs)
 * @throws RangeError for k < 2, or a run count that is not a multiple of k with at least 2 points.
 * @example
 * const s = varianceSplit(values, 8);
 * s.varianceInputs / s.varianceChance; // how much wider the inputs make the answer than the dice
 */
export function varianceSplit(values: ArrayLike<number>, replications: number): UncertaintySummary {
  const k = replications;
  if (!Number.isSafeInteger(k) || k < 2) throw new RangeError(`varianceSplit: replications must be an integer >= 2, got ${k}`);
  const n = values.length;
  const P = n / k;
  if (!Number.isSafeInteger(P) || P < 2) throw new RangeError(`varianceSplit: ${n} runs are not at least 2 points of ${k} replications`);
  const means = pointMeans(values, k);
  let within = 0;
  for (let p = 0; p < P; p++) {
    const m = means[p] as number;
    let ss = 0;
    for (let r = 0; r < k; r++) {
      const d = (values[p * k + r] as number) - m;
      ss += d * d;
    }
    within += ss / (k - 1);
  }
  const chance = within / P;
  const between = moments(means);
  const inputs = Math.max(0, between.variance - chance / k);
  const variance = inputs + chance;
  const [p5, p50, p95] = percentiles(values);
  const [i5, i50, i95] = percentiles(means);
  const h = tHalfWidth95(Math.sqrt(between.variance), P);
  let above = 0;
  let below = 0;
  for (const m of means) {
    if (m > 0) above++;
    else if (m < 0) below++;
  }
  return {
    n,
    points: P,
    replications: k,
    mean: between.mean,
    ci95: [between.mean - h, between.mean + h],
    p5,
    p50,
    p95,
    inputs: { p5: i5, p50: i50, p95: i95 },
    variance,
    varianceInputs: inputs,
    varianceChance: chance,
    inputShare: variance > 0 ? inputs / variance : NaN,
    chanceHalfWidth: tHalfWidth95(Math.sqrt(chance), n),
    shareAbove: above / P,
    shareBelow: below / P,
  };
}
