/**
 * Summary statistics for Monte Carlo metrics: mean, sample standard deviation, a Student-t 95 %
 * confidence interval for the mean, and type-7 quantiles; plus a streaming accumulator that
 * ingests per-run metric records in run order and gives the same summary, bit for bit.
 *
 * Everything here is pure and deterministic: the same values in the same order always give the
 * same doubles, on any machine that implements IEEE 754 doubles and the ECMAScript `Math`
 * functions used (only `Math.log`, `Math.log1p`, `Math.exp`, `Math.sqrt`, `Math.tan`,
 * `Math.sin`, whose results feed the t quantile; the summaries of the values themselves use only
 * `+ - * /` and `Math.sqrt`, which IEEE 754 rounds exactly).
 *
 * @module
 */

/**
 * The summary of one metric over Monte Carlo runs.
 *
 * - `sd` is the sample standard deviation (divisor `n - 1`).
 * - `ci95` is the Student-t 95 % confidence interval for the mean:
 *   `mean ± t(0.975, n - 1) · sd / √n`.
 * - `p5`, `p50`, `p95` are type-7 quantiles (R's default; see `quantileSorted` in src/experiment/statistics.ts).
 *
 * With `n = 0` every field but `n` is `NaN`; with `n = 1`, `sd` and `ci95` are `NaN` (one run says
 * nothing about spread) while the mean, quantiles, min and max are that run's value.
 */
export interface Summary {
  /** Number of values (runs). */
  n: number;
  /** Arithmetic mean. */
  mean: number;
  /** Sample standard deviation (divisor n - 1). */
  sd: number;
  /** Student-t 95 % confidence interval for the mean, `[lower, upper]`. */
  ci95: [number, number];
  /** 5th percentile (type 7). */
  p5: number;
  /** Median (type 7). */
  p50: number;
  /** 95th percentile (type 7). */
  p95: number;
  /** Smallest value. */
  min: number;
  /** Largest value. */
  max: number;
}

/**
 * The order-free part of a summary: what a precision check needs, computed in O(n) without
 * sorting. {@link summarize} uses exactly this computation, so a decision made on `Moments`
 * agrees bit for bit with the interval later reported.
 */
export interface Moments {
  /** Number of values. */
  n: number;
  /** Arithmetic mean (`NaN` when n = 0). */
  mean: number;
  /** Sample variance, divisor n - 1 (`NaN` when n < 2). */
  variance: number;
  /** Sample standard deviation (`NaN` when n < 2). */
  sd: number;
  /** Half-width of the Student-t 95 % confidence interval for the mean (`NaN` when n < 2). */
  halfWidth: number;
  /** Smallest value (`NaN` when n = 0). */
  min: number;
  /** Largest value (`NaN` when n = 0). */
  max: number;
}

// ---------------------------------------------------------------------------------------------
// Special functions: log-gamma, regularized incomplete beta, normal and Student-t quantiles.
// ---------------------------------------------------------------------------------------------

// Lanczos approximation (g = 7, 9 terms); relative error about 1e-15 for x >= 0.5, which is all
// the t quantile needs (its arguments are df/2 and 1/2, with df >= 1 in practice).
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
] as const;
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
  return (
    -(a - 0.5) * Math.log1p(b / a) -
    b * Math.log(a + b) +
    b +
    stirlingCorrection(a) -
    stirlingCorrection(a + b)
  );
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
  const logFront =
    a * (x < 0.5 ? Math.log(x) : Math.log1p(-y)) +
    b * (y < 0.5 ? Math.log(y) : Math.log1p(-x)) -
    logBeta(a, b);
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

// Wichura's AS 241 (PPND16) coefficients, Applied Statistics 37(3), 1988: relative accuracy about
// 1e-16 over the whole range.
const AS241_A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
] as const;
const AS241_B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
] as const;
const AS241_C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833,
  7.7454501427834140764e-4,
] as const;
const AS241_D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
  0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4,
  1.05075007164441684324e-9,
] as const;
const AS241_E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5,
  2.01033439929228813265e-7,
] as const;
const AS241_F = [
  1, 0.5998322065558879376, 0.13692988092273580531, 0.0148753612908506148525,
  7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
  2.04426310338993978564e-15,
] as const;

/** Horner evaluation of c[0] + c[1] x + ... + c[7] x^7. */
function poly(c: readonly number[], x: number): number {
  let v = 0;
  for (let i = c.length - 1; i >= 0; i--) v = v * x + (c[i] as number);
  return v;
}

/**
 * Quantile of the standard normal distribution (the inverse of its CDF).
 *
 * Wichura's algorithm AS 241 (1988), accurate to about 1 part in 10^16.
 *
 * @param p - probability in (0, 1); 0 and 1 give -Infinity and Infinity.
 * @example
 * ```ts
 * normalQuantile(0.975); // 1.959963984540054
 * normalQuantile(0.5);   // 0
 * ```
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(AS241_A, r)) / poly(AS241_B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = poly(AS241_C, r) / poly(AS241_D, r);
  } else {
    r -= 5;
    value = poly(AS241_E, r) / poly(AS241_F, r);
  }
  return q < 0 ? -value : value;
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

// ---------------------------------------------------------------------------------------------
// Moments, quantiles, summaries.
// ---------------------------------------------------------------------------------------------

function checkFinite(values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`${what}: value at index ${i} is ${String(v)}; expected a finite number`);
    }
  }
}

/**
 * Mean, sample variance, standard deviation, CI half-width, min and max, in two passes.
 *
 * Why this algorithm: the first pass sums deviations from the first value (a shift, which
 * removes the bulk of large common offsets) with Neumaier compensation; the second pass uses the
 * corrected two-pass formula var = (Σd² − (Σd)²/n) / (n − 1) with d = x − mean (Chan, Golub &
 * LeVeque 1983), which is accurate even when the mean is large relative to the spread. A
 * constant sample gives exactly sd = 0 and mean = that constant. The mean is clamped to
 * [min, max] so rounding can never put it outside the data.
 *
 * @throws RangeError if a value is not a finite number.
 * @example
 * ```ts
 * const m = moments([2, 4, 4, 4, 5, 5, 7, 9]);
 * m.mean; // 5
 * m.sd;   // 2.138089935299395 (sqrt(32/7))
 * ```
 */
export function moments(values: ArrayLike<number>): Moments {
  checkFinite(values, 'moments');
  const n = values.length;
  if (n === 0) return { n: 0, mean: NaN, variance: NaN, sd: NaN, halfWidth: NaN, min: NaN, max: NaN };
  const x0 = values[0] as number;
  let min = x0;
  let max = x0;
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
    const d = v - x0;
    const t = sum + d;
    comp += Math.abs(sum) >= Math.abs(d) ? sum - t + d : d - t + sum;
    sum = t;
  }
  let mean = x0 + (sum + comp) / n;
  if (mean < min) mean = min;
  if (mean > max) mean = max;
  if (n === 1) return { n, mean, variance: NaN, sd: NaN, halfWidth: NaN, min, max };
  let sd1 = 0;
  let sd2 = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    sd1 += d;
    sd2 += d * d;
  }
  let variance = (sd2 - (sd1 * sd1) / n) / (n - 1);
  if (!(variance > 0)) variance = 0;
  const sd = Math.sqrt(variance);
  return { n, mean, variance, sd, halfWidth: tHalfWidth95(sd, n), min, max };
}

/**
 * Quantile of already-sorted values by Hyndman & Fan's definition 7 (R's default, NumPy's
 * `linear`): with h = (n − 1)·p, Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]) (0-based).
 *
 * The result is clamped to the two order statistics it interpolates, so quantiles are monotone
 * in p and inside [min, max] despite rounding.
 *
 * @param sorted - values in ascending order (not checked)
 * @param p - probability in [0, 1]
 * @returns `NaN` for an empty input.
 * @example
 * ```ts
 * quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.05); // 1.45
 * quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5);  // 5.5
 * ```
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be in [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const j = Math.floor(h);
  const a = sorted[j] as number;
  const g = h - j;
  if (g === 0 || j + 1 >= n) return a;
  const b = sorted[j + 1] as number;
  const diff = b - a;
  // b - a can overflow for values of opposite sign near the double limit; then blend instead.
  let v = Number.isFinite(diff) ? a + g * diff : (1 - g) * a + g * b;
  if (v < a) v = a;
  if (v > b) v = b;
  return v;
}

/**
 * Type-7 quantile of unsorted values (on a copy, by selection: {@link quantilesInPlace}). See
 * {@link quantileSorted}.
 *
 * @example
 * ```ts
 * quantile([3, 1, 2], 0.5); // 2
 * ```
 */
export function quantile(values: ArrayLike<number>, p: number): number {
  checkFinite(values, 'quantile');
  return quantileSorted(quantilesInPlace(Float64Array.from(values), [p]), p);
}

const SUMMARY_PROBABILITIES = [0.05, 0.5, 0.95] as const;

/**
 * Arranges finite values in place so that {@link quantileSorted} reads the same numbers from
 * them as from a sorted copy, for each of `ps`: the order statistics it reads (⌊h⌋ and ⌊h⌋ + 1,
 * h = (n − 1)·p) are put in their sorted positions by selection, the rest are left unordered.
 * A Monte Carlo summarizes every metric at its end, while the workers wait: selection takes
 * O(n) a metric where a sort took O(n log n) (100,000 runs × 92 metrics). With a −0 among the
 * values it sorts instead (a sort puts −0 before +0; selection, comparing with `<`, cannot tell
 * them apart).
 *
 * @param values - finite values (not checked); reordered
 * @param ps - probabilities in [0, 1] (any other is left out: {@link quantileSorted} rejects it)
 * @returns `values`
 */
export function quantilesInPlace(values: Float64Array, ps: readonly number[]): Float64Array {
  const n = values.length;
  for (let i = 0; i < n; i++) if (values[i] === 0 && 1 / (values[i] as number) < 0) return values.sort();
  const positions = new Set<number>();
  for (const p of ps) {
    if (!(p >= 0 && p <= 1)) continue;
    const j = Math.floor((n - 1) * p);
    positions.add(j);
    if (j + 1 < n) positions.add(j + 1);
  }
  selectPositions(values, [...positions].sort((a, b) => a - b), 0, n - 1);
  return values;
}

/**
 * Puts the order statistics of `a[lo..hi]` at the sorted positions `ks` (ascending, inside
 * [lo, hi]) where they belong, with everything left of each no greater and right of it no
 * smaller: select the middle position, then the positions left and right of it in the two sides.
 */
function selectPositions(a: Float64Array, ks: readonly number[], lo: number, hi: number): void {
  if (ks.length === 0) return;
  const m = ks.length >> 1;
  const k = ks[m] as number;
  select(a, k, lo, hi);
  selectPositions(a, ks.slice(0, m), lo, k - 1);
  selectPositions(a, ks.slice(m + 1), k + 1, hi);
}

/**
 * Quickselect (Hoare's partition, median-of-three pivot): afterwards a[k] is the value a sorted
 * a[lo..hi] would have there, a[lo..k−1] ≤ a[k] ≤ a[k+1..hi]. Both scans stop on values equal to
 * the pivot, so many equal values (a count that is 0 in most runs) still split evenly.
 */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const x = a[lo] as number;
    const y = a[(lo + hi) >>> 1] as number;
    const z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    // a[lo..j] ≤ pivot ≤ a[i..hi], and a[j+1..i−1] (if any) equal the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * Summary of one metric over runs: n, mean, sample sd, Student-t 95 % CI, type-7 p5/p50/p95,
 * min, max. See {@link Summary} and {@link moments} for the definitions and the algorithms.
 *
 * The result depends only on the values and their order (the order matters only in the last
 * bits of the mean and sd); {@link MetricAccumulator} calls this same function on the values it
 * stored in run order, which is why the two agree bit for bit.
 *
 * @throws RangeError if a value is not a finite number.
 * @example
 * ```ts
 * const s = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
 * s.mean; // 5
 * s.ci95; // [3.2125120817637907, 6.787487918236209] (t(0.975, 7) = 2.3646)
 * s.p50;  // 4.5
 * ```
 */
export function summarize(values: ArrayLike<number>): Summary {
  const m = moments(values);
  if (m.n === 0) {
    return { n: 0, mean: NaN, sd: NaN, ci95: [NaN, NaN], p5: NaN, p50: NaN, p95: NaN, min: NaN, max: NaN };
  }
  const sorted = quantilesInPlace(Float64Array.from(values), SUMMARY_PROBABILITIES);
  const ci95: [number, number] = [m.mean - m.halfWidth, m.mean + m.halfWidth];
  return {
    n: m.n,
    mean: m.mean,
    sd: m.sd,
    ci95,
    p5: quantileSorted(sorted, 0.05),
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    min: m.min,
    max: m.max,
  };
}

// ---------------------------------------------------------------------------------------------
// Growable column and streaming accumulator.
// ---------------------------------------------------------------------------------------------

/**
 * An append-only column of doubles that grows by half when full. Values are kept in a
 * `Float32Array` while every value pushed is exactly a float32 (`Math.fround(v) === v`: counts,
 * small integers, halves...), and in a `Float64Array` from the first one that is not; either
 * way every value reads back bit for bit as it was pushed.
 *
 * Why: 100,000 runs × 92 metrics is 9.2 million values; in typed arrays that is 74 MB of
 * payload with no per-value object overhead (about 40 MB for the default scenario, whose counts
 * fit in float32), and appends stay amortized O(1).
 *
 * @example
 * ```ts
 * const col = new Float64Column();
 * col.push(1.5); col.push(2.5);
 * col.length;  // 2
 * col.view();  // Float64Array [1.5, 2.5]
 * ```
 */
export class Float64Column {
  private data: Float32Array | Float64Array;
  private size = 0;

  /** @param initialCapacity - slots allocated up front (e.g. the planned number of runs). */
  constructor(initialCapacity = 64) {
    this.data = new Float32Array(Math.max(1, Math.floor(initialCapacity)));
  }

  /** Number of values stored. */
  get length(): number {
    return this.size;
  }

  /** Appends one value. */
  push(value: number): void {
    let data = this.data;
    if (data instanceof Float32Array && Math.fround(value) !== value) {
      data = Float64Array.from(data); // same capacity; float32 to float64 is exact
      this.data = data;
    }
    if (this.size === data.length) {
      const grown = data instanceof Float32Array ? new Float32Array(Math.max(8, Math.ceil(data.length * 1.5))) : new Float64Array(Math.max(8, Math.ceil(data.length * 1.5)));
      grown.set(data);
      this.data = data = grown;
    }
    data[this.size++] = value;
  }

  /**
   * The stored values as doubles: a view (no copy) when they are stored as doubles, otherwise a
   * copy. Either way it is invalidated by the next `push`.
   */
  view(): Float64Array {
    const v = this.data.subarray(0, this.size);
    return v instanceof Float64Array ? v : Float64Array.from(v);
  }

  /** A copy of the stored values. */
  toArray(): Float64Array {
    const v = this.data.subarray(0, this.size);
    return v instanceof Float64Array ? v.slice() : Float64Array.from(v);
  }
}

/** One run's metric values, by metric name. */
export type MetricRecord = Readonly<Record<string, number>>;

/** Options of {@link MetricAccumulator}. */
export interface MetricAccumulatorOptions {
  /**
   * The metric names, in output order. If omitted, the first run ingested (the one with the
   * lowest run index) defines them, in its key order. Every record must then have exactly these
   * keys.
   */
  metrics?: readonly string[];
  /** The first run index expected (default 0). */
  start?: number;
  /**
   * The distance between consecutive expected run indexes (default 1). A shard `i/n` that
   * summarizes only its own runs uses `start: i, stride: n`.
   */
  stride?: number;
  /** Capacity to allocate per metric up front, e.g. the planned number of runs (default 64). */
  initialCapacity?: number;
}

/**
 * Streaming per-metric accumulator for Monte Carlo runs.
 *
 * `add(runIndex, record)` may be called in any order (workers finish out of order); records
 * that arrive ahead of a gap are buffered until the gap fills, and values are stored in run
 * order. Summaries are computed by {@link summarize} on the stored values, so they are identical
 * bit for bit to the batch summary of the same runs in run order, whatever the worker count,
 * sharding or arrival order.
 *
 * Memory: one growable column per metric (8 bytes a value, 4 while a metric's values are all
 * exact float32s: see {@link Float64Column}), plus the records waiting in
 * the reorder buffer (bounded by how far ahead the workers may run).
 *
 * @example
 * ```ts
 * const acc = new MetricAccumulator();
 * acc.add(1, { seized: 3 });  // buffered: run 0 has not arrived yet
 * acc.add(0, { seized: 5 });  // ingests runs 0 and 1
 * acc.count;                  // 2
 * acc.summary('seized').mean; // 4
 * ```
 */
export class MetricAccumulator {
  private names: string[] | undefined;
  private readonly columns = new Map<string, Float64Column>();
  /** The columns in the order of `names`. */
  private columnList: Float64Column[] = [];
  private readonly pending = new Map<number, MetricRecord>();
  private readonly start: number;
  private readonly stride: number;
  private readonly initialCapacity: number;
  private next: number;
  private ingested = 0;

  /** @param options - see {@link MetricAccumulatorOptions} */
  constructor(options: MetricAccumulatorOptions = {}) {
    const { start = 0, stride = 1, initialCapacity = 64 } = options;
    if (!Number.isSafeInteger(start) || start < 0) {
      throw new RangeError(`MetricAccumulator: start must be an integer >= 0, got ${start}`);
    }
    if (!Number.isSafeInteger(stride) || stride < 1) {
      throw new RangeError(`MetricAccumulator: stride must be an integer >= 1, got ${stride}`);
    }
    this.start = start;
    this.stride = stride;
    this.next = start;
    this.initialCapacity = initialCapacity;
    if (options.metrics) this.defineMetrics(options.metrics);
  }

  /** Number of runs ingested (contiguous from the start; excludes buffered ones). */
  get count(): number {
    return this.ingested;
  }

  /** The run index the accumulator is waiting for next. */
  get nextRunIndex(): number {
    return this.next;
  }

  /** Number of runs received ahead of a gap and waiting in the reorder buffer. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** The metric names in output order (empty until defined by options or the first run). */
  get metrics(): readonly string[] {
    return this.names ?? [];
  }

  /**
   * Adds run `runIndex`'s metric values. The record's values are checked at once (so an error
   * points at the run that caused it); a record ahead of a gap is copied into the reorder buffer.
   *
   * @returns the number of runs ingested by this call (0 if buffered).
   * @throws RangeError for a run index that is not expected (not an integer, before the start,
   *   off the stride, already added) or a value that is not a finite number; Error for a record
   *   whose metric names differ from the others' (thrown when that run's turn to be ingested
   *   comes; the accumulator then stays at that run, unchanged).
   */
  add(runIndex: number, record: MetricRecord): number {
    if (
      !Number.isSafeInteger(runIndex) ||
      runIndex < this.start ||
      (runIndex - this.start) % this.stride !== 0
    ) {
      throw new RangeError(
        `MetricAccumulator: run index ${runIndex} is not one of ${this.start}, ${this.start + this.stride}, ${this.start + 2 * this.stride}, ...`,
      );
    }
    if (runIndex < this.next || this.pending.has(runIndex)) {
      throw new RangeError(`MetricAccumulator: run ${runIndex} was already added`);
    }
    const keys = Object.keys(record);
    for (const key of keys) {
      const v = record[key];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw notFinite(runIndex, key, v);
      }
    }
    if (runIndex !== this.next) {
      this.pending.set(runIndex, { ...record });
      return 0;
    }
    this.ingest(runIndex, record, keys);
    let added = 1;
    for (let r = this.pending.get(this.next); r !== undefined; r = this.pending.get(this.next)) {
      const index = this.next;
      this.ingest(index, r); // throws before mutating, leaving the record buffered
      this.pending.delete(index);
      added++;
    }
    return added;
  }

  /**
   * Adds consecutive runs given as rows of a packed block (a row a run, `keys` naming its
   * columns), as {@link MetricAccumulator.add} would one by one, when they are exactly the runs
   * the accumulator waits for next, with its metrics in its order and none buffered: the usual
   * case of a Monte Carlo, whose blocks arrive in run order. Otherwise it does nothing and
   * returns false (add them one by one).
   *
   * @param index - the rows' run indexes
   * @param keys - the metric of each column
   * @param values - index.length × keys.length values, a row a run
   * @returns whether the rows were added
   * @throws RangeError for a value that is not a finite number (nothing is added)
   */
  addRows(index: readonly number[], keys: readonly string[], values: Float64Array): boolean {
    const names = this.names;
    const rows = index.length;
    const n = keys.length;
    if (names === undefined || this.pending.size > 0 || !sameOrder(keys, names) || values.length !== rows * n) return false;
    for (let r = 0; r < rows; r++) if (index[r] !== this.next + r * this.stride) return false;
    for (let i = 0; i < rows * n; i++) {
      const v = values[i] as number;
      if (!Number.isFinite(v)) throw notFinite(index[Math.floor(i / n)] as number, keys[i % n] as string, v);
    }
    const columns = this.columnList;
    for (let j = 0; j < n; j++) {
      const col = columns[j] as Float64Column;
      for (let r = 0; r < rows; r++) col.push(values[r * n + j] as number);
    }
    this.ingested += rows;
    this.next += rows * this.stride;
    return true;
  }

  /**
   * A copy of one metric's values in run order.
   *
   * @throws Error for an unknown metric.
   */
  values(metric: string): Float64Array {
    return this.column(metric).toArray();
  }

  /** {@link moments} of one metric (O(n), no sorting): what a precision check needs. */
  moments(metric: string): Moments {
    return moments(this.column(metric).view());
  }

  /** {@link summarize} of one metric's values in run order. */
  summary(metric: string): Summary {
    return summarize(this.column(metric).view());
  }

  /** Summaries of every metric, keyed in metric order. */
  summaries(): Record<string, Summary> {
    return Object.fromEntries(this.metrics.map((m) => [m, this.summary(m)]));
  }

  private defineMetrics(names: readonly string[]): void {
    const unique = new Set(names);
    if (unique.size !== names.length) {
      throw new Error(`MetricAccumulator: duplicate metric names in ${JSON.stringify(names)}`);
    }
    this.names = [...names];
    for (const name of names) this.columns.set(name, new Float64Column(this.initialCapacity));
    this.columnList = this.names.map((name) => this.columns.get(name) as Float64Column);
  }

  private column(metric: string): Float64Column {
    const col = this.columns.get(metric);
    if (!col) {
      throw new Error(
        `MetricAccumulator: unknown metric "${metric}"; known: ${this.metrics.map((m) => JSON.stringify(m)).join(', ') || '(none yet)'}`,
      );
    }
    return col;
  }

  private ingest(runIndex: number, record: MetricRecord, keys: readonly string[] = Object.keys(record)): void {
    if (this.names === undefined) {
      this.defineMetrics(keys);
    } else if (!sameOrder(keys, this.names)) {
      // Not the first run's names in its order: compare as sets (a record may list them in any order).
      const names = this.names;
      const missing = names.filter((m) => !Object.prototype.hasOwnProperty.call(record, m));
      const extra = keys.filter((k) => !this.columns.has(k));
      if (missing.length > 0 || extra.length > 0) {
        throw new Error(
          `MetricAccumulator: run ${runIndex} has different metrics from the others` +
            (missing.length ? `; missing ${missing.map((m) => JSON.stringify(m)).join(', ')}` : '') +
            (extra.length ? `; unexpected ${extra.map((m) => JSON.stringify(m)).join(', ')}` : ''),
        );
      }
    }
    const names = this.names ?? [];
    const columns = this.columnList;
    for (let i = 0; i < names.length; i++) (columns[i] as Float64Column).push(record[names[i] as string] as number);
    this.ingested++;
    this.next = runIndex + this.stride;
  }
}

/** The error for run `runIndex`'s value of `metric` that is not a finite number (add and addRows). */
function notFinite(runIndex: number, metric: string, v: unknown): RangeError {
  return new RangeError(`MetricAccumulator: run ${runIndex}, metric "${metric}" is ${String(v)}; expected a finite number`);
}

/** Whether two name lists are equal element by element (the usual case: every run's record lists its metrics in one order). */
function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
