/**
 * Poisson counts and exponential waiting times by inverse transform from ONE uniform.
 *
 * ARCHITECTURE.md asks for one uniform per decision so that outcomes move monotonically with
 * their parameters under common random numbers: for a fixed u, {@link poissonQuantile} is
 * non-decreasing in the mean. That is what makes pathwise property tests ("more patrols never
 * raise got-aways") exact rather than statistical.
 *
 * @module
 */
import { clampProbability, nonNegative } from './probability';

/** Above this mean the pmf recursion starts near the lower tail instead of at 0 (exp(-mean) would underflow). */
const DIRECT_START_MAX_MEAN = 600;
/** Above this mean the count comes from the normal approximation (steps would be O(sqrt(mean)) × large). */
const NORMAL_APPROX_MIN_MEAN = 1e7;
/** Standard deviations beyond which the Poisson mass is below double precision. */
const TAIL_SIGMAS = 14;

/**
 * ln(n!) for a non-negative integer n: exact summation for small n, Stirling's series beyond
 * (error below 1e-15 relative for n ≥ 20).
 *
 * @param n - a non-negative integer
 * @returns ln(n!)
 * @example
 * logFactorial(5); // ln 120
 */
export function logFactorial(n: number): number {
  if (n < 20) {
    let s = 0;
    for (let k = 2; k <= n; k++) s += Math.log(k);
    return s;
  }
  const inv = 1 / n;
  const inv2 = inv * inv;
  return (
    n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) +
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)))
  );
}

/**
 * Poisson probability mass P(N = k) = e^{-λ} λ^k / k!, computed in logs.
 *
 * @param k - count (non-negative integer)
 * @param mean - Poisson mean λ (events per period)
 * @returns probability in [0, 1]
 * @example
 * poissonPmf(0, 3); // 0.049787
 */
export function poissonPmf(k: number, mean: number): number {
  const lambda = nonNegative(mean);
  if (!Number.isInteger(k) || k < 0) return 0;
  if (lambda === 0) return k === 0 ? 1 : 0;
  if (lambda === Infinity) return 0;
  return clampProbability(Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k)));
}

/**
 * Poisson cumulative distribution P(N ≤ k). Summed term by term; meant for the modest k of
 * tests and reports, not for hot loops.
 *
 * @param k - count (integer; negative gives 0)
 * @param mean - Poisson mean λ (events per period)
 * @returns probability in [0, 1]
 * @example
 * poissonCdf(4, 3); // 0.815263
 */
export function poissonCdf(k: number, mean: number): number {
  if (k < 0) return 0;
  const top = Math.floor(k);
  let s = 0;
  for (let j = 0; j <= top; j++) s += poissonPmf(j, mean);
  return clampProbability(s);
}

/**
 * Poisson upper tail P(N ≥ k) = 1 - P(N ≤ k - 1).
 *
 * @param k - count (integer)
 * @param mean - Poisson mean λ (events per period)
 * @returns probability in [0, 1]
 * @example
 * poissonSurvival(5, 3); // 0.184737
 */
export function poissonSurvival(k: number, mean: number): number {
  return clampProbability(1 - poissonCdf(Math.ceil(k) - 1, mean));
}

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, relative error
 * about 1e-9), used only for very large Poisson means.
 *
 * @param p - probability in (0, 1)
 * @returns z with Φ(z) = p; ±Infinity at 0 and 1
 * @example
 * normalQuantile(0.975); // 1.959964
 */
export function normalQuantile(p: number): number {
  if (!(p > 0)) return -Infinity;
  if (!(p < 1)) return Infinity;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
}

/**
 * A Poisson count from one uniform by inverse transform: the smallest k with P(N ≤ k) > u.
 *
 * Non-decreasing in `mean` for a fixed `u`, which is what common random numbers need (exactly
 * in theory; in floating point, up to rounding of about 1e-13 relative to the tail probability
 * u or 1 - u, and across the 1e7 switch below). For u ≤ 0.5 the walk goes up from the lower
 * tail, for u > 0.5 down from the upper tail, so that the comparison is always made with a
 * probability computed to full relative precision. Cost: at most about mean + 14·sqrt(mean) +
 * 40 steps for a mean ≤ 600, about 28·sqrt(mean) + 40 steps up to 1e7. Above a mean of 1e7 the
 * count is round(mean + sqrt(mean)·Φ⁻¹(u)) (normal approximation; its error there is far below
 * the uncertainty of any input).
 *
 * @param u - a uniform draw in [0, 1)
 * @param mean - Poisson mean λ (events per period), ≥ 0
 * @returns a non-negative integer count
 * @example
 * poissonQuantile(0.01, 3); // 0 (because P(N = 0) = 0.0498 > 0.01)
 */
export function poissonQuantile(u: number, mean: number): number {
  const lambda = nonNegative(mean);
  if (lambda === 0) return 0;
  if (lambda === Infinity) return Infinity;
  const uu = clampProbability(u);
  const sd = Math.sqrt(lambda);
  if (lambda > NORMAL_APPROX_MIN_MEAN) {
    return Math.max(0, Math.round(lambda + sd * normalQuantile(uu)));
  }
  const kMax = Math.ceil(lambda + TAIL_SIGMAS * sd + 40);
  // Compare u with the tail it is close to: summing from the far end keeps the tail probability
  // accurate relative to itself, so u = 1 - 1e-12 is not drowned in the rounding of a cdf near 1,
  // and the count stays monotone in the mean (up to rounding of ~1e-13 relative to that tail).
  return uu <= 0.5 ? lowerQuantile(uu, lambda, sd, kMax) : upperQuantile(1 - uu, lambda, kMax);
}

function logPmf(k: number, lambda: number): number {
  return -lambda + k * Math.log(lambda) - logFactorial(k);
}

/** Smallest k with P(N ≤ k) > u, walking up from the lower tail. */
function lowerQuantile(u: number, lambda: number, sd: number, kMax: number): number {
  let k: number;
  let pmf: number;
  if (lambda <= DIRECT_START_MAX_MEAN) {
    k = 0;
    pmf = Math.exp(-lambda);
  } else {
    // The mass below mean - 14 sd is < 1e-40: starting there loses nothing a double can hold.
    k = Math.max(0, Math.floor(lambda - TAIL_SIGMAS * sd));
    pmf = Math.exp(logPmf(k, lambda));
  }
  let cdf = pmf;
  while (cdf <= u && k < kMax) {
    k += 1;
    pmf *= lambda / k;
    cdf += pmf;
  }
  return k;
}

/** Smallest k with P(N > k) < v (v = 1 - u), walking down from the upper tail. */
function upperQuantile(v: number, lambda: number, kMax: number): number {
  let k = kMax;
  // Start where the pmf is still a normal double; the mass above that point is below 1e-300.
  let lp = logPmf(k, lambda);
  while (k > 0 && lp < -700) {
    k -= 1;
    lp = logPmf(k, lambda);
  }
  let pmf = Math.exp(lp);
  let above = 0; // P(N > k)
  while (k > 0) {
    const atOrAbove = above + pmf; // P(N > k - 1)
    if (!(atOrAbove < v)) break;
    above = atOrAbove;
    pmf *= k / lambda;
    k -= 1;
  }
  return k;
}

/**
 * An exponential waiting time from one uniform: -ln(1 - u) / rate.
 *
 * @param u - a uniform draw in [0, 1)
 * @param ratePerHour - event rate (events/h); the result is in hours (any consistent time unit works)
 * @returns waiting time (h); +Infinity when the rate is 0
 * @example
 * exponentialQuantile(1 - Math.exp(-1), 2); // 0.5
 */
export function exponentialQuantile(u: number, ratePerHour: number): number {
  const rate = nonNegative(ratePerHour);
  if (rate === 0) return Infinity;
  return -Math.log1p(-clampProbability(u)) / rate;
}

/**
 * Thinning: attempts arriving as Poisson(λ) and each detected independently with probability p
 * give detections Poisson(λ p) and misses Poisson(λ (1 - p)). Rates add across sectors.
 *
 * @param attemptsPerTurn - attempt rate λ (attempts/turn)
 * @param probability - per-attempt probability p (0-1)
 * @returns the thinned rate λ·p (events/turn)
 * @example
 * thinnedRate(3, 0.4); // 1.2; P(no detection in the turn) = exp(-1.2) = 0.301194
 */
export function thinnedRate(attemptsPerTurn: number, probability: number): number {
  const lambda = nonNegative(attemptsPerTurn);
  const p = clampProbability(probability);
  if (p === 0) return 0;
  return lambda * p;
}
