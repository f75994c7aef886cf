/**
 * Special functions of the statistics: log-gamma, the regularized incomplete beta, and the
 * Student-t quantile (the normal one is src/rng/normal.ts, the library's only one). Pure and
 * deterministic: only `+ - * /` and the `Math` functions named in statistics.ts.
 *
 * @module
 */
import { normalQuantile } from '../rng/normal';

// ---------------------------------------------------------------------------------------------
// Special functions: log-gamma, regularized incomplete beta, normal and Student-t quantiles.
// ---------------------------------------------------------------------------------------------

// Lanczos approximation (g = 7, 9 terms); relative error about 1e-15 for x >= 0.5, which is all
// the t quantile needs (its arguments are df/2 and 1/2, with df >= 1 in practice).
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
// log(sqrt(2 pi)) to 20 digits, as tables give it; the literal rounds to the nearest double.
// eslint-disable-next-line no-loss-of-precision
const LOG_SQRT_2PI = 0.91893853320467274178;

/**
 * Natural logarithm of the gamma function for x > 0.
 *
 * Lanczos approximation (g = 7, n = 9), with the reflection formula below 0.5.
 *
 * @example
 * ```ts
 * logGamma(5); // ≈ Math.log(24)
 * logGamma(0.5); // ≈ Math.log(Math.sqrt(Math.PI))
 * ```
 */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma: x must be > 0, got ${x}`);
  if (x < 0.5) {
    // Reflection keeps the series in its accurate range.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Stirling-series remainder: logGamma(x) - [(x - 1/2) ln x - x + ln √(2π)], for x >= 10. */
function stirlingCorrection(x: number): number {
  const x2 = 1 / (x * x);
  return (1 / 12 - x2 * (1 / 360 - x2 * (1 / 1260 - x2 * (1 / 1680 - x2 / 1188)))) / x;
}

/**
 * log Γ(a) − log Γ(a + b), accurately even when a is large.
 *
 * Why: subtracting two large log-gammas (log Γ(5e4) ≈ 5e5) loses about six digits to
 * cancellation; the t distribution at many degrees of freedom needs exactly such a difference.
 * For a >= 10 (and a + b >= 10) the Stirling series is written so that no large terms cancel.
 */
function logGammaDifference(a: number, b: number): number {
  if (a < 10 || a + b < 10) return logGamma(a) - logGamma(a + b);
  return -(a - 0.5) * Math.log1p(b / a) - b * Math.log(a + b) + b + stirlingCorrection(a) - stirlingCorrection(a + b);
}

/** log B(a, b), computed so that a large argument does not cost precision. */
function logBeta(a: number, b: number): number {
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  return logGamma(small) + logGammaDifference(big, small);
}

/** Continued fraction for the incomplete beta (modified Lentz), as in Numerical Recipes §6.4. */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const TINY = 1e-300;
  const EPS = 1e-16;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  return h;
}

/**
 * Regularized incomplete beta I_x(a, b), given both x and y = 1 - x.
 *
 * Taking y separately avoids the cancellation of computing 1 - x when x is close to 1, which is
 * exactly the case of the Student-t tail at large degrees of freedom.
 */
export function regularizedIncompleteBeta(x: number, y: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const logFront = a * (x < 0.5 ? Math.log(x) : Math.log1p(-y)) + b * (y < 0.5 ? Math.log(y) : Math.log1p(-x)) - logBeta(a, b);
  const front = Math.exp(logFront);
  // The continued fraction converges fast on the side of the mode where x is small relative to
  // (a + 1) / (a + b + 2); on the other side use the symmetry I_x(a, b) = 1 - I_y(b, a).
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, y)) / b;
}

/**
 * How far t is from the quantile sought, as a decreasing function of t >= 0 that is zero at the
 * quantile: `P(T > t) - q` in the tail, or `(p - ½) - P(0 < T < t)` near the centre.
 *
 * Why two forms: P(T > t) = I_{df/(df+t²)}(df/2, ½)/2 and P(0 < T < t) = I_{t²/(df+t²)}(½, df/2)/2
 * are the same function, but each is computed without cancellation only where it is small; the
 * centre form keeps full relative precision for p close to ½.
 */
function studentTResidual(t: number, df: number, p: number, q: number): number {
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  if (q <= 0.25) return 0.5 * regularizedIncompleteBeta(x, y, df / 2, 0.5) - q;
  return p - 0.5 - 0.5 * regularizedIncompleteBeta(y, x, 0.5, df / 2);
}

/** Density of Student's t with `df` degrees of freedom. */
function studentTDensity(t: number, df: number): number {
  const logNorm = -logGammaDifference(df / 2, 0.5) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * Cornish-Fisher expansion of the t quantile around the normal one (Abramowitz & Stegun 26.7.5).
 * Used as the starting point of the Newton iteration, and alone for very large df, where its
 * error (of order df^-5) is far below double precision.
 */
function studentTCornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/** Above this many degrees of freedom the Cornish-Fisher expansion is used directly. */
const CORNISH_FISHER_DF = 1e5;

/**
 * Quantile of Student's t distribution with `df` degrees of freedom: the t with P(T <= t) = p.
 *
 * Why this method: the CDF is evaluated exactly through the regularized incomplete beta
 * (Lentz's continued fraction), and the quantile found by safeguarded Newton iteration on the
 * upper tail probability (bisection whenever a Newton step leaves the bracket), starting from
 * the Cornish-Fisher expansion. This gives about 12 significant digits or better for any df
 * >= 1, which a fixed approximation such as Hill (1970) does not guarantee for small df.
 * Closed forms are used for df = 1 (Cauchy) and df = 2, the normal quantile for
 * `df = Infinity`, and the Cornish-Fisher expansion for df > 1e5 (error below 1e-20 there).
 *
 * @param p - probability in (0, 1)
 * @param df - degrees of freedom, > 0 (need not be an integer; `Infinity` gives the normal)
 * @example
 * ```ts
 * studentTQuantile(0.975, 1);  // 12.706204736...
 * studentTQuantile(0.975, 9);  // 2.262157162...
 * studentTQuantile(0.975, 29); // 2.045229642...
 * studentTQuantile(0.975, Infinity); // 1.959963984540054
 * ```
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile: df must be > 0, got ${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  // Work with the upper tail probability q = 1 - p, which is exact for p close to 1 when the
  // caller passes e.g. 0.975 (1 - 0.975 is exact enough: one rounding).
  const q = 1 - p;
  if (df === Infinity) return normalQuantile(p);
  // df = 1 is the Cauchy distribution: tan(π(p − ½)) = 1 / tan(π q); use whichever argument is
  // the small, exactly computed one (p − ½ near the centre, q in the tail).
  if (df === 1) return q > 0.25 ? Math.tan(Math.PI * (p - 0.5)) : 1 / Math.tan(Math.PI * q);
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * q);
  const z = normalQuantile(p);
  if (df > CORNISH_FISHER_DF) return studentTCornishFisher(z, df);

  // Bracket [lo, hi] with residual(lo) >= 0 > residual(hi); the residual decreases in t.
  let lo = 0;
  let x = studentTCornishFisher(z, df);
  if (!(x > 0) || !Number.isFinite(x)) x = Math.max(z, 1);
  let hi = x;
  while (studentTResidual(hi, df, p, q) > 0) {
    lo = hi;
    hi *= 2;
    if (!Number.isFinite(hi)) return Infinity;
  }
  for (let iter = 0; iter < 200; iter++) {
    const f = studentTResidual(x, df, p, q); // > 0 means x is too small
    if (f === 0) return x;
    if (f > 0) lo = Math.max(lo, x);
    else hi = Math.min(hi, x);
    let next = x + f / studentTDensity(x, df);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - x) <= 1e-15 * Math.abs(next) || next === lo || next === hi) return next;
    x = next;
  }
  return x;
}

/**
 * Half-width of the Student-t 95 % confidence interval for a mean: t(0.975, n-1) · sd / √n.
 *
 * @returns `NaN` when n < 2; `0` when sd is 0.
 * @example
 * ```ts
 * tHalfWidth95(Math.sqrt(32 / 7), 8); // 1.787487918236...
 * ```
 */
export function tHalfWidth95(sd: number, n: number): number {
  if (!(n >= 2) || Number.isNaN(sd)) return NaN;
  if (sd === 0) return 0;
  return (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
}
