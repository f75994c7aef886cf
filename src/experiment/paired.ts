/**
 * Paired comparison of a policy against a baseline on common random numbers.
 *
 * When both arms run on the same run seeds, run i of the policy and run i of the baseline see
 * the same random draws wherever the policy does not change them, so their outcomes are
 * positively correlated and the per-run difference D_i = Y_i − X_i varies much less than either
 * arm. The confidence interval for the effect is built from D directly (a paired t interval),
 * which is valid whatever the correlation.
 *
 * @module
 */

import { moments } from './statistics';

/**
 * The paired comparison of one metric. Differences are **policy − baseline**: a positive
 * `meanDifference` means the policy gives a larger value of the metric.
 *
 * Variance reduction over independent sampling:
 *
 *     varianceRatio     = Var(D) / (Var(X) + Var(Y))
 *     varianceReduction = 1 − varianceRatio
 *
 * where X is the baseline, Y the policy and D = Y − X, all sample variances (divisor n − 1).
 * Var(X) + Var(Y) is the variance of the difference of two runs on independent seeds, so the
 * ratio is the fraction of the variance that remains under common random numbers; `1 / ratio`
 * is how many independent runs per arm one paired run is worth for the same interval width.
 * Since Var(D) = Var(X) + Var(Y) − 2 Cov(X, Y), the reduction equals 2 Cov / (Var X + Var Y):
 * positive when the arms are positively correlated, and negative (pairing hurt) if they are
 * negatively correlated.
 */
export interface PairedComparison {
  /** Number of pairs (runs). */
  n: number;
  /** Mean of the baseline values X. */
  meanBaseline: number;
  /** Mean of the policy values Y. */
  meanPolicy: number;
  /** Mean of D = Y − X (equal to meanPolicy − meanBaseline up to rounding). */
  meanDifference: number;
  /** Sample standard deviation of D. */
  sdDifference: number;
  /** Half-width of the paired Student-t 95 % interval: t(0.975, n − 1) · sd(D) / √n. */
  halfWidth: number;
  /** Paired Student-t 95 % confidence interval for the mean of D. */
  ci95: [number, number];
  /** Sample variance of X. */
  varianceBaseline: number;
  /** Sample variance of Y. */
  variancePolicy: number;
  /** Sample variance of D. */
  varianceDifference: number;
  /** Sample covariance of X and Y. */
  covariance: number;
  /** Pearson correlation of X and Y (`NaN` if either arm is constant). */
  correlation: number;
  /** Var(D) / (Var(X) + Var(Y)); `NaN` when both arms are constant. */
  varianceRatio: number;
  /** 1 − varianceRatio: the fraction of the independent-sampling variance removed by pairing. */
  varianceReduction: number;
}

function checkFinite(values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`pairedComparison: ${what} value of run ${i} is ${String(v)}; expected a finite number`);
    }
  }
}

/**
 * Compares a policy with a baseline run on the same seeds (common random numbers): the paired
 * mean difference (policy − baseline), its sd and Student-t 95 % CI, and the variance reduction
 * over independent sampling. See {@link PairedComparison} for the definitions.
 *
 * Element i of both arrays must come from the same run seed; the arrays must have equal length.
 * With n < 2 the spread-based fields are `NaN`.
 *
 * @throws RangeError on different lengths or a value that is not a finite number.
 * @example
 * ```ts
 * const c = pairedComparison([10, 12, 14, 16], [11, 14, 15, 18]);
 * c.meanDifference;     // 1.5
 * c.sdDifference;       // 0.5773502691896257
 * c.varianceRatio;      // (1/3) / (20/3 + 25/3) = 1/45 ≈ 0.0222
 * c.varianceReduction;  // 44/45 ≈ 0.9778
 * ```
 */
export function pairedComparison(baseline: ArrayLike<number>, policy: ArrayLike<number>): PairedComparison {
  if (baseline.length !== policy.length) {
    throw new RangeError(`pairedComparison: baseline has ${baseline.length} runs but policy has ${policy.length}; pairs need the same run seeds`);
  }
  checkFinite(baseline, 'baseline');
  checkFinite(policy, 'policy');
  const n = baseline.length;
  const diff = new Float64Array(n);
  for (let i = 0; i < n; i++) diff[i] = (policy[i] as number) - (baseline[i] as number);
  const mx = moments(baseline);
  const my = moments(policy);
  const md = moments(diff);

  // Covariance by the two-pass formula around the means (the means are already accurate); with
  // the same correction term as the variances, so Var(D) ≈ Var X + Var Y − 2 Cov holds closely.
  let covariance = NaN;
  if (n >= 2) {
    let sx = 0;
    let sy = 0;
    let sxy = 0;
    for (let i = 0; i < n; i++) {
      const dx = (baseline[i] as number) - mx.mean;
      const dy = (policy[i] as number) - my.mean;
      sx += dx;
      sy += dy;
      sxy += dx * dy;
    }
    covariance = (sxy - (sx * sy) / n) / (n - 1);
  }
  const denom = mx.variance + my.variance;
  const varianceRatio = denom > 0 ? md.variance / denom : NaN;
  const correlation = mx.variance > 0 && my.variance > 0 ? covariance / Math.sqrt(mx.variance * my.variance) : NaN;
  return {
    n,
    meanBaseline: mx.mean,
    meanPolicy: my.mean,
    meanDifference: md.mean,
    sdDifference: md.sd,
    halfWidth: md.halfWidth,
    ci95: [md.mean - md.halfWidth, md.mean + md.halfWidth],
    varianceBaseline: mx.variance,
    variancePolicy: my.variance,
    varianceDifference: md.variance,
    covariance,
    correlation: correlation > 1 ? 1 : correlation < -1 ? -1 : correlation,
    varianceRatio,
    varianceReduction: 1 - varianceRatio,
  };
}
