/**
 * Distributions of uncertain inputs over their declared ranges: what a range `{ min, max }`
 * means when an experiment samples it. Uniform unless the range says `dist`: triangular,
 * normal or lognormal truncated to the range, or beta scaled onto it (docs/uncertainty.md).
 *
 * Every distribution is used through its quantile function: a design gives each input a
 * uniform coordinate u in [0, 1), and the input's value is Q(u). So a design keeps its
 * stratification (a Latin hypercube stays one in each input's own distribution), inputs of a
 * group share one u (perfect rank correlation), and two policies that declare different
 * ranges for the same input see the same quantile of each.
 *
 * @module
 */
import type { InputDistributionSpec } from '../scenario/schema';
import { ExperimentError } from './errors';
import { normalQuantile, regularizedIncompleteBeta } from './statistics';

/** A distribution over [min, max] with every parameter resolved (no shorthand, no defaults). */
export type InputDistribution =
  | { type: 'uniform'; min: number; max: number }
  | { type: 'triangular'; min: number; max: number; mode: number }
  | { type: 'normal'; min: number; max: number; mean: number; sd: number }
  | { type: 'lognormal'; min: number; max: number; median: number; sdLog: number }
  | { type: 'beta'; min: number; max: number; alpha: number; beta: number };

/** A range as a scenario declares it. */
export interface RangeSpec {
  min: number;
  max: number;
  value?: number;
  dist?: InputDistributionSpec | unknown;
}

/**
 * The distribution a range declares, with the shorthand's defaults filled in: the mode,
 * mean or median is the range's `value` (default: its midpoint; for lognormal, the geometric
 * midpoint); a normal's sd is a quarter of the range and a lognormal's sdLog a quarter of
 * ln(max / min) (the range as about a 95 % interval); `"beta"` is the PERT beta with its mode
 * at the nominal value (alpha = 1 + 4 (mode - min) / (max - min)).
 *
 * @throws ExperimentError for a distribution the range cannot have (the loader checks these too).
 * @example
 * resolveDistribution({ min: 0.6, max: 0.95, value: 0.87, dist: 'triangular' });
 * // { type: 'triangular', min: 0.6, max: 0.95, mode: 0.87 }
 */
export function resolveDistribution(range: RangeSpec): InputDistribution {
  const { min, max } = range;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min <= max)) throw new ExperimentError(`a range needs finite min <= max, got [${min}, ${max}]`);
  const spec = range.dist ?? 'uniform';
  const type = typeof spec === 'string' ? spec : (spec as { type?: unknown }).type;
  const given = typeof spec === 'object' && spec !== null ? (spec as Record<string, number>) : {};
  const mid = range.value ?? (min + max) / 2;
  if (max === min || type === 'uniform') return { type: 'uniform', min, max };
  switch (type) {
    case 'triangular': {
      const mode = given.mode ?? mid;
      if (!(mode >= min && mode <= max)) throw new ExperimentError(`triangular mode ${mode} is outside [${min}, ${max}]`);
      return { type, min, max, mode };
    }
    case 'normal':
      return { type, min, max, mean: given.mean ?? mid, sd: given.sd ?? (max - min) / 4 };
    case 'lognormal': {
      if (!(min > 0)) throw new ExperimentError(`a lognormal input needs min > 0, got [${min}, ${max}]`);
      return { type, min, max, median: given.median ?? range.value ?? Math.sqrt(min * max), sdLog: given.sdLog ?? Math.log(max / min) / 4 };
    }
    case 'beta': {
      if (given.alpha !== undefined && given.beta !== undefined) return { type, min, max, alpha: given.alpha, beta: given.beta };
      const m = (mid - min) / (max - min);
      return { type, min, max, alpha: 1 + 4 * m, beta: 1 + 4 * (1 - m) };
    }
    default:
      throw new ExperimentError(`unknown distribution ${JSON.stringify(type)} (uniform, triangular, normal, lognormal or beta)`);
  }
}

/** The distribution as a scenario writes it (explicit parameters, so that narrowing the range keeps its shape). */
export function distributionSpec(d: InputDistribution): InputDistributionSpec {
  switch (d.type) {
    case 'uniform':
      return 'uniform';
    case 'triangular':
      return { type: 'triangular', mode: d.mode };
    case 'normal':
      return { type: 'normal', mean: d.mean, sd: d.sd };
    case 'lognormal':
      return { type: 'lognormal', median: d.median, sdLog: d.sdLog };
    case 'beta':
      return { type: 'beta', alpha: d.alpha, beta: d.beta };
  }
}

/**
 * Complementary error function, erfc(x), to about 1.2e-7 relative error everywhere (the
 * Chebyshev fit of Numerical Recipes §6.2); relative, so far tails keep their precision.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Standard normal CDF. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Quantile of a standard normal truncated to [a, b] (in standard units), at u in [0, 1]. */
function truncatedStandardNormal(u: number, a: number, b: number): number {
  // Work in the upper tail when the interval lies above 0, so that the CDF differences keep
  // their relative precision (1 - Phi(x) = Phi(-x)).
  if (a > 0) return -truncatedStandardNormal(1 - u, -b, -a);
  const pa = normalCdf(a);
  const pb = normalCdf(b);
  const mass = pb - pa;
  if (!(mass > 1e-300)) return a + u * (b - a); // the interval is beyond double precision's tail: flat there
  const x = normalQuantile(pa + u * mass);
  return Math.min(b, Math.max(a, x));
}

/** Quantile of Beta(alpha, beta) at u, by bisection on the regularized incomplete beta (60 halvings: to double precision). */
function betaQuantile(u: number, alpha: number, beta: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (regularizedIncompleteBeta(mid, 1 - mid, alpha, beta) < u) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The value at quantile u of a distribution: Q(u), always inside [min, max].
 *
 * @param u - a uniform coordinate in [0, 1]
 * @example
 * inputQuantile({ type: 'uniform', min: 2, max: 4 }, 0.25);            // 2.5
 * inputQuantile({ type: 'triangular', min: 0, max: 1, mode: 0 }, 0.75); // 0.5
 */
export function inputQuantile(d: InputDistribution, u: number): number {
  if (!(u >= 0 && u <= 1)) throw new RangeError(`inputQuantile: u must be in [0, 1], got ${u}`);
  const { min, max } = d;
  const w = max - min;
  let x: number;
  switch (d.type) {
    case 'uniform':
      x = min + u * w;
      break;
    case 'triangular': {
      const c = (d.mode - min) / w;
      x = u < c ? min + Math.sqrt(u * w * (d.mode - min)) : max - Math.sqrt((1 - u) * w * (max - d.mode));
      break;
    }
    case 'normal':
      x = d.mean + d.sd * truncatedStandardNormal(u, (min - d.mean) / d.sd, (max - d.mean) / d.sd);
      break;
    case 'lognormal': {
      const mu = Math.log(d.median);
      x = Math.exp(mu + d.sdLog * truncatedStandardNormal(u, (Math.log(min) - mu) / d.sdLog, (Math.log(max) - mu) / d.sdLog));
      break;
    }
    case 'beta':
      x = min + w * betaQuantile(u, d.alpha, d.beta);
      break;
  }
  return Math.min(max, Math.max(min, x));
}

/** The mean of a distribution (for docs and checks; by 2,000-point midpoint quadrature of the quantile function). */
export function inputMean(d: InputDistribution): number {
  const n = 2000;
  let s = 0;
  for (let i = 0; i < n; i++) s += inputQuantile(d, (i + 0.5) / n);
  return s / n;
}
