/**
 * Cost-effectiveness of a policy against the baseline: the extra cost (USD) of each extra
 * kilogram seized and of each got-away averted, from the paired differences of the runs'
 * totals, with a 95 % confidence interval.
 *
 * The interval of a ratio of two means needs their covariance (Fieller), which a comparison's
 * per-metric summaries do not hold. So it is made conservatively: each difference gets its own
 * 97.5 % paired Student-t interval, and the ratio's interval is the range of cost / gain over
 * both (the corners of the rectangle, the gain being positive). By Bonferroni's inequality both
 * differences lie in their intervals at once at least 95 % of the time, and then so does the
 * ratio: the interval covers at least 95 %, and is somewhat wider than an exact one.
 *
 * @module
 */
import type { PairedComparison } from '../experiment/paired';
import { studentTQuantile } from '../experiment/statistics';

/** What a cost is compared with. */
export type Effect = 'kgSeized' | 'gotAwayAverted';

/** One cost-effectiveness figure of one policy. */
export interface CostEffectiveness {
  effect: Effect;
  /**
   * `ratio`: extra USD per unit gained (interval `low`–`high`); `saves`: the policy costs less
   * and gains (it dominates the baseline); `no-gain`: the gain is not resolved (its interval
   * includes 0 or lies below it), so no ratio is given; `no-data`: a metric is missing.
   */
  status: 'ratio' | 'saves' | 'no-gain' | 'no-data';
  /** USD per unit: mean cost difference / mean gain. */
  ratio: number;
  low: number;
  high: number;
  /** Mean gain per run (kg more seized, or got-aways fewer) and mean extra cost (USD). */
  gain: number;
  cost: number;
}

/** The Bonferroni-adjusted (97.5 %) paired interval of one difference. */
function interval975(p: PairedComparison): [number, number] {
  if (!(p.n >= 2) || !Number.isFinite(p.sdDifference)) return [NaN, NaN];
  const h = studentTQuantile(0.9875, p.n - 1) * (p.sdDifference / Math.sqrt(p.n));
  return [p.meanDifference - h, p.meanDifference + h];
}

/** One figure from the cost difference and the gain's difference (gain = sign × difference). */
function figure(effect: Effect, cost: PairedComparison | undefined, gainMetric: PairedComparison | undefined, sign: 1 | -1): CostEffectiveness {
  if (!cost || !gainMetric) return { effect, status: 'no-data', ratio: NaN, low: NaN, high: NaN, gain: NaN, cost: NaN };
  const [c0, c1] = interval975(cost);
  const [d0, d1] = interval975(gainMetric);
  const [g0, g1] = sign === 1 ? [d0, d1] : [-d1, -d0];
  const gain = sign * gainMetric.meanDifference;
  const base = { effect, gain, cost: cost.meanDifference };
  if (!(g0 > 0)) return { ...base, status: 'no-gain', ratio: NaN, low: NaN, high: NaN };
  if (c1 < 0) return { ...base, status: 'saves', ratio: cost.meanDifference / gain, low: Math.min(c0 / g0, c0 / g1), high: Math.max(c1 / g0, c1 / g1) };
  const corners = [c0 / g0, c0 / g1, c1 / g0, c1 / g1];
  return { ...base, status: 'ratio', ratio: cost.meanDifference / gain, low: Math.min(...corners), high: Math.max(...corners) };
}

/**
 * A policy's cost-effectiveness against the baseline: USD per extra kg seized and USD per
 * got-away averted, from the paired comparisons of `cost`, `kgSeized` and `gotAway`.
 *
 * @example
 * const [perKg, perGotAway] = costEffectiveness(comparison.comparisons[0].metrics);
 * perKg.status === 'ratio' && perKg.ratio; // USD per extra kg seized
 */
export function costEffectiveness(metrics: Readonly<Record<string, PairedComparison>>): [CostEffectiveness, CostEffectiveness] {
  return [figure('kgSeized', metrics.cost, metrics.kgSeized, 1), figure('gotAwayAverted', metrics.cost, metrics.gotAway, -1)];
}
