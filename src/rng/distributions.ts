/**
 * Inverse-transform samplers: each turns ONE uniform into a draw, and for a fixed uniform the
 * draw is monotone in the distribution's parameters.
 *
 * The engine draws one uniform per decision (docs/architecture.md) so that outcomes move monotonically with
 * their parameters under common random numbers (an attempt is detected iff `u < p`; a count is
 * the smallest k with P(X ≤ k) > u). That is what makes pathwise property tests ("more patrols
 * never raise got-aways") exact rather than statistical, and paired comparisons low-variance.
 *
 * The discrete quantiles ({@link poissonQuantile}, {@link binomialQuantile}) are exact: the
 * result is decided by comparing u with a tail probability computed to about 1e-13 relative
 * accuracy (the smaller tail is always the one computed, so u = 1 - 1e-12 is compared with
 * 1e-12, not with a cdf rounded near 1). Measured against 40-digit references: ≤ 1e-13 relative
 * for tails above 1e-100, ≤ 2e-13 down to 1e-200 (binomial: relative to the exact double p;
 * n·p - k is carried in double-double so n = 1e12 loses nothing). Their work is bounded for
 * every mean, 1e12 and 1e15 included: a Cornish-Fisher guess, one tail evaluation there (a series
 * of at most ~1000 pmf terms, or a Gauss-Legendre quadrature of the tail integral of the gamma
 * or beta density with at most 112 nodes), then a few steps by pmf ratios. No loop grows with
 * the mean beyond those caps. Small cases (Poisson means up to 64, binomials with
 * n·min(p, 1-p) up to 64: all of the engine's hot loop) walk up from the bottom of the support
 * instead, several times faster; a walk decides only where its cdf is clear of u by more than
 * both methods' rounding and leaves the draw to the general path otherwise, so the results are
 * the general path's, integer for integer.
 *
 * @module
 */
import { normalQuantile } from './normal';

// ---------------------------------------------------------------------------------------------
// Work counters (for tests and benchmarks)
// ---------------------------------------------------------------------------------------------

/**
 * What the last call of {@link poissonQuantile} or {@link binomialQuantile} did, for tests that
 * check that work stays bounded (it is reset at the start of each call; reading it is free).
 */
export const samplerWork = {
  /** Tail probabilities evaluated from scratch (series or quadrature). */
  tailEvaluations: 0,
  /** Steps of the final walk by pmf ratios (or of the fast walk from the bottom of the support). */
  walkSteps: 0,
  /** Terms added in tail series. */
  seriesTerms: 0,
  /** Integrand evaluations in Gauss-Legendre quadratures. */
  quadratureNodes: 0,
};

function resetWork(): void {
  samplerWork.tailEvaluations = 0;
  samplerWork.walkSteps = 0;
  samplerWork.seriesTerms = 0;
  samplerWork.quadratureNodes = 0;
}

// ---------------------------------------------------------------------------------------------
// Continuous samplers and simple helpers
// ---------------------------------------------------------------------------------------------

/** Uniforms below this are read as this by the discrete quantiles (about 1e-300). */
const MIN_U = 1e-300;
/** The largest double below 1: uniforms at or above 1 are read as this. */
const MAX_U = 1 - 2 ** -53;

/**
 * A uniform value on [min, max) from a uniform u in [0, 1): min + u·(max - min).
 *
 * @param u - a uniform draw in [0, 1)
 * @param min - lower end (any unit)
 * @param max - upper end (same unit)
 * @returns a value in [min, max] (max only through rounding)
 * @example
 * uniform(0.25, 10, 20); // 12.5
 */
export function uniform(u: number, min = 0, max = 1): number {
  return min + u * (max - min);
}

/**
 * A Bernoulli trial from one uniform: true iff u < p. For a fixed u it is monotone in p (a
 * higher probability never turns a success into a failure). p ≤ 0 or NaN never succeeds;
 * p ≥ 1 always does (for u < 1).
 *
 * @param u - a uniform draw in [0, 1)
 * @param p - success probability (0-1)
 * @returns whether the trial succeeds
 * @example
 * bernoulli(0.3, 0.4); // true
 */
export function bernoulli(u: number, p: number): boolean {
  return u < p;
}

/**
 * An exponential waiting time from one uniform: -ln(1 - u) / rate. Non-increasing in the rate
 * for a fixed u. A rate ≤ 0 or NaN gives +Infinity (the event never happens); a rate of
 * +Infinity gives 0. u is clamped to [0, 1] first (NaN as 0); u = 1 gives +Infinity.
 *
 * @param u - a uniform draw in [0, 1)
 * @param rate - event rate (events per unit time); the result is in the same time unit
 * @returns waiting time, ≥ 0
 * @example
 * exponentialQuantile(1 - Math.exp(-1), 2); // 0.5
 */
export function exponentialQuantile(u: number, rate: number): number {
  if (!(rate > 0)) return Infinity;
  if (rate === Infinity) return 0;
  const uu = u > 0 ? (u < 1 ? u : 1) : 0;
  return -Math.log1p(-uu) / rate;
}

/** The standard normal quantile (normal.ts, Wichura's AS 241): the library's one. */
export { normalQuantile };

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
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
}

/**
 * ln(1 + x) - x, accurate to a few ulps relative for every x > -1 (no cancellation near 0:
 * for |x| ≤ 1/4 it is -x·y + 2(y³/3 + y⁵/5 + ...) with y = x / (2 + x)).
 *
 * @param x - a number > -1
 * @returns ln(1 + x) - x (≤ 0)
 * @example
 * log1pmx(1e-8); // -5e-17 (to full precision)
 */
export function log1pmx(x: number): number {
  if (!(x >= -0.25 && x <= 0.25)) return Math.log1p(x) - x;
  const y = x / (2 + x);
  const y2 = y * y;
  let term = y2 * y;
  let s = 0;
  for (let j = 3; j < 60; j += 2) {
    const t = term / j;
    s += t;
    if (Math.abs(t) <= 1e-17 * Math.abs(s)) break;
    term *= y2;
  }
  return 2 * s - x * y;
}

const HALF_LOG_TWO_PI = 0.9189385332046728;
/** ln(n!) - (n ln n - n + ln(2πn)/2) for n = 0 .. 15 (computed to 40 digits; n = 0 unused). */
const STIRLING_ERROR = [
  0, 0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093, 0.016644691189821193, 0.013876128823070748, 0.01189670994589177,
  0.010411265261972096, 0.009255462182712733, 0.008330563433362871, 0.007573675487951841, 0.00694284010720953, 0.006408994188004207, 0.005951370112758848,
  0.005554733551962801,
];

/** The error of Stirling's formula, ln(n!) - (n ln n - n + ln(2πn)/2), for an integer n ≥ 1. */
function stirlingError(n: number): number {
  if (n < 16) return STIRLING_ERROR[n] ?? 0;
  const inv = 1 / n;
  const inv2 = inv * inv;
  return inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 * (1 / 1188 - (inv2 * 691) / 360360)))));
}

const SPLITTER = 134217729; // 2^27 + 1 (Veltkamp split)

/**
 * a·b - c with the product carried exactly (Dekker's two-product), so that a·b - c has full
 * relative precision even when it cancels: n·p - k for n = 1e12 keeps its digits.
 */
function productMinus(a: number, b: number, c: number): number {
  const hi = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const lo = ah * bh - hi + ah * bl + al * bh + al * bl;
  return hi - c + lo;
}

// ---------------------------------------------------------------------------------------------
// Gauss-Legendre quadrature of tail integrals
// ---------------------------------------------------------------------------------------------

const GL_ORDER = 16;
const GL_NODES: number[] = [];
const GL_WEIGHTS: number[] = [];
(function computeGaussLegendre(n: number): void {
  // Newton's method on the Legendre polynomial P_n from Chebyshev-like starting points.
  for (let i = 1; i <= n; i++) {
    let x = Math.cos((Math.PI * (i - 0.25)) / (n + 0.5));
    let dp = 1;
    for (let iter = 0; iter < 100; iter++) {
      let p0 = 1;
      let p1 = x;
      for (let j = 2; j <= n; j++) {
        const p2 = ((2 * j - 1) * x * p1 - (j - 1) * p0) / j;
        p0 = p1;
        p1 = p2;
      }
      dp = (n * (x * p1 - p0)) / (x * x - 1);
      const dx = p1 / dp;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    GL_NODES.push(x);
    GL_WEIGHTS.push(2 / ((1 - x * x) * dp * dp));
  }
})(GL_ORDER);

/** Integrand drop (in ln) beyond which the rest of a tail integral is negligible (e^-46 ≈ 1e-20). */
const TAIL_CUTOFF = 46;
/** A panel spans at most this many local standard deviations of the integrand (tuned: 3.5 and 7
 * give the same 1e-14 agreement with a 24-point, 1.5-sd reference as 2.5 and 5, with 30% fewer nodes)... */
const PANEL_SDS = 3.5;
/** ...and at most this drop of ln(integrand) along its starting slope. */
const PANEL_DROP = 7;
const MAX_PANELS = 200;

/**
 * ln ∫₀^wMax exp(φ(w)) dw for φ(w) = c1·log1pmx(d1·w) + c2·log1pmx(d2·w) - lin·w with c1, c2,
 * lin ≥ 0 (so φ(0) = 0 and φ is concave and non-increasing): the tail integrals of the gamma and
 * beta densities, normalised by the density at the start. Panels follow the integrand's local
 * scale (at most 3.5 standard deviations, or a drop of 7 in ln along the slope); each is
 * integrated by 16-point Gauss-Legendre (error below 1e-16 relative on such a panel); the
 * integration stops where the integrand is below e^-46 of its start. At most 7 panels (112 nodes) in practice; accuracy checked against
 * 40-digit quadratures (relative differences below 2e-14 for tails above 1e-30).
 */
function logTailIntegral(c1: number, d1: number, c2: number, d2: number, lin: number, wMax: number): number {
  let a = 0;
  let total = 0;
  for (let panel = 0; panel < MAX_PANELS; panel++) {
    const e1 = 1 + d1 * a;
    const e2 = 1 + d2 * a;
    const slope = -(c1 * d1 * d1 * a) / e1 - (c2 * d2 * d2 * a) / e2 - lin; // φ'(a) ≤ 0
    const curvature = (c1 * d1 * d1) / (e1 * e1) + (c2 * d2 * d2) / (e2 * e2); // -φ''(a) ≥ 0
    let width = Infinity;
    if (curvature > 0) width = PANEL_SDS / Math.sqrt(curvature);
    if (slope < 0) width = Math.min(width, PANEL_DROP / -slope);
    if (!(width < Infinity)) width = wMax; // φ ≡ 0: the integrand is flat
    let b = a + width;
    const last = !(b < wMax);
    if (last) b = wMax;
    const half = 0.5 * (b - a);
    const mid = a + half;
    let s = 0;
    for (let i = 0; i < GL_ORDER; i++) {
      const w = mid + half * (GL_NODES[i] as number);
      const phi = c1 * log1pmx(d1 * w) + c2 * log1pmx(d2 * w) - lin * w;
      s += (GL_WEIGHTS[i] as number) * Math.exp(phi);
    }
    samplerWork.quadratureNodes += GL_ORDER;
    total += half * s;
    if (last) break;
    const phiB = c1 * log1pmx(d1 * b) + c2 * log1pmx(d2 * b) - lin * b;
    if (phiB < -TAIL_CUTOFF) break;
    a = b;
  }
  return Math.log(total);
}

// ---------------------------------------------------------------------------------------------
// Discrete distributions: pmf, tails, quantile search
// ---------------------------------------------------------------------------------------------

/** A series is used for a tail when the variance is at most this (≤ about 10 sd ≈ 1000 terms,
 * about 1 µs, cheaper than the quadrature's ~2.5 µs)... */
const SERIES_MAX_VARIANCE = 10_000;
/** ...or when consecutive terms shrink at least this fast from the start (≤ about 140 terms). */
const SERIES_MAX_RATIO = 0.75;
const SERIES_MAX_TERMS = 100_000;
/** Steps of the walk from the guess before falling back to galloping and bisection. */
const MAX_WALK = 40;

/**
 * A discrete distribution on 0..kmax as the quantile search sees it. `tail(k)` evaluates both
 * tails at k from scratch, computing the one on the far side of the mean (the smaller one) to
 * full relative precision and the other as its complement.
 */
interface Discrete {
  readonly kmax: number;
  readonly sd: number;
  logPmf(k: number): number;
  /** pmf(k + 1) / pmf(k) */
  up(k: number): number;
  /** pmf(k - 1) / pmf(k) */
  down(k: number): number;
  /** Sets `lower` = P(X ≤ k) and `upper` = P(X > k) and `pmf` = P(X = k). */
  tail(k: number): void;
  lower: number;
  upper: number;
  pmf: number;
}

/** Σ_{j<k} pmf(j) for Poisson(λ) given pk = pmf(k), k < λ: terms shrink by j/λ < 1. */
function poissonLowerSeries(pk: number, k: number, lambda: number): number {
  let term = pk;
  let s = 0;
  let j = k;
  while (j > 0) {
    term *= j / lambda;
    j--;
    s += term;
    if (term <= 1e-17 * s) break;
  }
  samplerWork.seriesTerms += k - j;
  return s;
}

/** Σ_{j>k} pmf(j) for Poisson(λ) given pk = pmf(k), k ≥ λ - 1: terms shrink by λ/(j+1) < 1. */
function poissonUpperSeries(pk: number, k: number, lambda: number): number {
  let term = pk;
  let s = 0;
  let j = k;
  for (let n = 0; n < SERIES_MAX_TERMS; n++) {
    j++;
    term *= lambda / j;
    s += term;
    if (term <= 1e-17 * s) break;
  }
  samplerWork.seriesTerms += j - k;
  return s;
}

class PoissonDist implements Discrete {
  readonly kmax = Infinity;
  readonly sd: number;
  lower = 0;
  upper = 0;
  pmf = 0;
  constructor(readonly lambda: number) {
    this.sd = Math.sqrt(lambda);
  }

  logPmf(k: number): number {
    const lambda = this.lambda;
    if (k === 0) return -lambda;
    return k * log1pmx((lambda - k) / k) - stirlingError(k) - HALF_LOG_TWO_PI - 0.5 * Math.log(k);
  }

  up(k: number): number {
    return this.lambda / (k + 1);
  }

  down(k: number): number {
    return k / this.lambda;
  }

  tail(k: number): void {
    samplerWork.tailEvaluations++;
    const lambda = this.lambda;
    const lp = this.logPmf(k);
    const pk = Math.exp(lp);
    this.pmf = pk;
    if (k < lambda) {
      // P(N ≤ k) = pmf(k) Σ_{j ≤ k} pmf(j)/pmf(k) = pmf(k) ∫₀^∞ (1 + w/λ)^k e^{-w} dw
      let small: number;
      if (lambda <= SERIES_MAX_VARIANCE || k / lambda <= SERIES_MAX_RATIO) {
        small = pk + poissonLowerSeries(pk, k, lambda);
      } else {
        small = Math.exp(lp + logTailIntegral(k, 1 / lambda, 0, 0, (lambda - k) / lambda, Infinity));
      }
      this.lower = Math.min(1, small);
      this.upper = 1 - this.lower;
    } else {
      // P(N > k) = pmf(k) Σ_{j > k} pmf(j)/pmf(k) = pmf(k) ∫₀^λ (1 - w/λ)^k e^{w} dw
      let small: number;
      if (lambda <= SERIES_MAX_VARIANCE || lambda / (k + 1) <= SERIES_MAX_RATIO) {
        small = poissonUpperSeries(pk, k, lambda);
      } else {
        small = Math.exp(lp + logTailIntegral(k, -1 / lambda, 0, 0, (k - lambda) / lambda, lambda));
      }
      this.upper = Math.min(1, small);
      this.lower = 1 - this.upper;
    }
  }
}

class BinomialDist implements Discrete {
  readonly sd: number;
  readonly q: number;
  readonly logP: number;
  readonly logQ: number;
  lower = 0;
  upper = 0;
  pmf = 0;
  /** ratio p / q */
  private readonly odds: number;
  constructor(
    readonly kmax: number,
    readonly p: number,
  ) {
    this.q = 1 - p;
    this.sd = Math.sqrt(kmax * p * this.q);
    this.logP = Math.log(p);
    this.logQ = Math.log1p(-p);
    this.odds = p / this.q;
  }

  logPmf(k: number): number {
    const n = this.kmax;
    if (k === 0) return n * this.logQ;
    if (k === n) return n * this.logP;
    const t = productMinus(n, this.p, k); // np - k; then nq - (n - k) = -t
    const nk = n - k;
    return (
      stirlingError(n) -
      stirlingError(k) -
      stirlingError(nk) +
      k * log1pmx(t / k) +
      nk * log1pmx(-t / nk) -
      HALF_LOG_TWO_PI +
      0.5 * (Math.log(n) - Math.log(k) - Math.log(nk))
    );
  }

  up(k: number): number {
    return ((this.kmax - k) / (k + 1)) * this.odds;
  }

  down(k: number): number {
    return k / (this.kmax - k + 1) / this.odds;
  }

  /** Σ_{j<k} pmf(j) given pk = pmf(k), k below the mode: terms shrink. */
  private lowerSeries(pk: number, k: number): number {
    const n = this.kmax;
    const inv = 1 / this.odds;
    let term = pk;
    let s = 0;
    let j = k;
    while (j > 0) {
      term *= (j / (n - j + 1)) * inv;
      j--;
      s += term;
      if (term <= 1e-17 * s) break;
    }
    samplerWork.seriesTerms += k - j;
    return s;
  }

  /** Σ_{j>k} pmf(j) given pk = pmf(k), k above the mode: terms shrink. */
  private upperSeries(pk: number, k: number): number {
    const n = this.kmax;
    const odds = this.odds;
    let term = pk;
    let s = 0;
    let j = k;
    while (j < n) {
      term *= ((n - j) / (j + 1)) * odds;
      j++;
      s += term;
      if (term <= 1e-17 * s) break;
    }
    samplerWork.seriesTerms += j - k;
    return s;
  }

  tail(k: number): void {
    samplerWork.tailEvaluations++;
    const n = this.kmax;
    if (k >= n) {
      this.lower = 1;
      this.upper = 0;
      this.pmf = Math.exp(this.logPmf(n));
      return;
    }
    const p = this.p;
    const q = this.q;
    const lp = this.logPmf(k);
    const pk = Math.exp(lp);
    this.pmf = pk;
    // (n - 1)p - k: the distance of k from the mode of s^k (1 - s)^(n-k-1), used by the tail integrals
    const offset = productMinus(n - 1, p, k);
    const variance = n * p * q;
    // With m = n - k - 1, both tails are pmf(k)·(n - k)/q times ∫ (1 ± w/p)^k (1 ∓ w/q)^m dw.
    const m = n - k - 1;
    const scale = Math.log((n - k) / q);
    if (offset >= 0) {
      let small: number;
      if (variance <= SERIES_MAX_VARIANCE || this.down(k) <= SERIES_MAX_RATIO) {
        small = pk + this.lowerSeries(pk, k);
      } else {
        small = Math.exp(lp + scale + logTailIntegral(k, 1 / p, m, -1 / q, offset / (p * q), q));
      }
      this.lower = Math.min(1, small);
      this.upper = 1 - this.lower;
    } else {
      let small: number;
      if (variance <= SERIES_MAX_VARIANCE || this.up(k) <= SERIES_MAX_RATIO) {
        small = this.upperSeries(pk, k);
      } else {
        small = Math.exp(lp + scale + logTailIntegral(k, -1 / p, m, 1 / q, -offset / (p * q), p));
      }
      this.upper = Math.min(1, small);
      this.lower = 1 - this.upper;
    }
  }
}

/** Cornish-Fisher expansion of a quantile (normal, skewness, kurtosis terms) with continuity correction. */
function cornishFisher(u: number, mean: number, sd: number, skew: number, exKurt: number): number {
  const z = normalQuantile(u);
  const z2 = z * z;
  let c = (skew * (z2 - 1)) / 6 + (exKurt * (z2 - 3) * z) / 24 - (skew * skew * (2 * z2 - 5) * z) / 36;
  // The series diverges for extreme z with a large skewness: keep the correction modest.
  const limit = 0.25 * Math.abs(z) + 1;
  if (!(Math.abs(c) <= limit)) c = c > 0 ? limit : -limit;
  return Math.ceil(mean + sd * (z + c) - 0.5);
}

/**
 * The smallest k in [0, d.kmax] with P(X ≤ k) > u, for u in [MIN_U, MAX_U], from a guess k0:
 * one tail evaluation at k0, a walk of at most MAX_WALK steps by pmf ratios, and, should the
 * walk not arrive (only for extreme u), galloping and bisection with tail evaluations.
 * For u ≤ 1/2 the lower tail is compared with u, otherwise the upper tail with 1 - u (exact).
 */
function quantileSearch(d: Discrete, u: number, guess: number): number {
  let k = guess > 0 ? (guess < d.kmax ? guess : d.kmax) : 0;
  if (!(k >= 0)) k = 0;
  const lowerSide = u <= 0.5;
  const v = 1 - u;
  // hit(k): is k at or above the answer? (P(X ≤ k) > u  ⇔  P(X > k) < 1 - u)
  d.tail(k);
  let pk = d.pmf;
  let lo: number; // the answer is > lo ... (lo = -1: no lower bound yet)
  let hi: number; // ... and ≤ hi
  if (lowerSide) {
    let cdf = d.lower;
    if (cdf > u) {
      // Walk down while P(X ≤ k - 1) = P(X ≤ k) - pmf(k) > u.
      for (let s = 0; s < MAX_WALK; s++) {
        if (k === 0) return 0;
        const below = cdf - pk;
        if (!(below > u)) return k;
        cdf = below;
        pk *= d.down(k);
        k--;
        samplerWork.walkSteps++;
      }
      hi = k;
      lo = -1;
    } else {
      // Walk up until P(X ≤ k) > u.
      for (let s = 0; s < MAX_WALK; s++) {
        if (k >= d.kmax) return d.kmax;
        pk *= d.up(k);
        k++;
        cdf += pk;
        samplerWork.walkSteps++;
        if (cdf > u) return k;
      }
      lo = k;
      hi = Infinity;
    }
  } else {
    let above = d.upper;
    if (above < v) {
      // Walk down while P(X > k - 1) = P(X > k) + pmf(k) < v.
      for (let s = 0; s < MAX_WALK; s++) {
        if (k === 0) return 0;
        const next = above + pk;
        if (!(next < v)) return k;
        above = next;
        pk *= d.down(k);
        k--;
        samplerWork.walkSteps++;
      }
      hi = k;
      lo = -1;
    } else {
      // Walk up until P(X > k) < v.
      for (let s = 0; s < MAX_WALK; s++) {
        if (k >= d.kmax) return d.kmax;
        pk *= d.up(k);
        k++;
        above -= pk;
        samplerWork.walkSteps++;
        if (above < v) return k;
      }
      lo = k;
      hi = Infinity;
    }
  }
  // The guess was far off (extreme u): gallop to a bracket, then bisect with fresh evaluations.
  const hit = (j: number): boolean => {
    d.tail(j);
    return lowerSide ? d.lower > u : d.upper < v;
  };
  let step = Math.max(1, Math.ceil(d.sd));
  if (hi === Infinity) {
    for (;;) {
      const j = lo + step;
      if (!(j < d.kmax)) {
        hi = d.kmax;
        break;
      }
      if (hit(j)) {
        hi = j;
        break;
      }
      lo = j;
      step *= 2;
    }
  } else {
    for (;;) {
      const j = hi - step;
      if (j < 0) {
        lo = -1;
        break;
      }
      if (!hit(j)) {
        lo = j;
        break;
      }
      hi = j;
      step *= 2;
    }
  }
  // Invariant: the answer is in (lo, hi]; hi is a hit, lo is not (or -1).
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (hit(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Up to this mean, a Poisson count for u ≤ 1/2 walks up from 0 (cheaper than a guess and a series). */
const SMALL_MEAN = 16;

/** Largest mean for which the Poisson count is found exactly (beyond it counts are not exact integers). */
const POISSON_EXACT_MAX_MEAN = 2 ** 52;

// ---------------------------------------------------------------------------------------------
// Fast paths: guarded walks for the small cases of the engine's hot loop
// ---------------------------------------------------------------------------------------------
//
// The engine draws mostly Poisson counts with means below 20 and binomial counts with n below
// 30. For those, a plain walk up from the bottom of the support (pmf(0), then pmf ratios) is
// several times cheaper than the general path (a Cornish-Fisher guess, a tail evaluation, a
// walk), but it rounds differently. The general path stays the definition of the result: a fast
// walk decides only when its cdf is farther from u than both methods' rounding errors could
// bridge, and hands the draw to the general path otherwise. So the fast paths return exactly the
// general path's integers; the band in which they defer holds a draw with probability below
// about 1e-9 (2·Σ_k band around P(X ≤ k)).

/**
 * Relative half-width of that band, on the scale of the tail on u's side (u for u ≤ 1/2, else
 * 1 - u)... The general path's tails are accurate to about 1e-13 relative, the walks' sums to
 * about 1e-13 at worst (a few hundred roundings of 1e-16): 1e-10 leaves a factor of 1000.
 */
const GUARD_REL = 1e-10;
/**
 * ...plus this absolute half-width. A walk up compares P(X ≤ k) with u also when u > 1/2 (the
 * upper tail 1 - P(X ≤ k) is then exact only to about 1e-15 absolute), and the general path's
 * own walks from its guess add and subtract pmf terms to and from tails of up to 1/2, exact to
 * about 1e-13 absolute at worst.
 */
const GUARD_ABS = 1e-12;

/**
 * The walks serve means (λ, or n·min(p, 1-p) for a binomial) up to this: measured, a walk costs
 * about 25 + 1.1·mean ns, the general path 0.1-0.2 µs at such means, and a walk stops within
 * about mean + 8·sd ≤ 130 steps for stream uniforms.
 */
const WALK_MAX_MEAN = 64;
/** A cap on any walk's steps (never reached for means ≤ 64; past it the general path decides). */
const WALK_MAX_STEPS = 256;
/**
 * Up to this n, a binomial walk starts from (1 - r)^n by repeated squaring: accurate to n·2^-53
 * relative (the rounding of 1 - r, compounded). Beyond, from exp(n·log1p(-r)), accurate to about
 * 1e-14 since n·r ≤ 64 keeps the exponent small.
 */
const POW_BY_SQUARING_MAX_N = 512;

/**
 * What separates u from the cubic lower bound of e^-λ before {@link poissonQuantile} answers 0
 * without computing e^-λ: the bound's rounding (a few units of 2^-53) plus exp's (under one
 * unit), with room to spare. On top of the guard band, so that the walks (guarded or not) would
 * surely have answered 0 as well.
 */
const ZERO_BOUND_SLACK = 1e-14;

// The half-width of the guard band around u, for a comparison with the tail on u's side, is
// GUARD_REL · min(u, 1 - u) + GUARD_ABS. It is written out where it is used ("guardBand(u)"):
// a call V8 does not inline returns its double boxed, and these run for every chain link.

/**
 * Poisson count for u ≤ 1/2 and λ ≤ SMALL_MEAN by a walk up from 0: P(N ≤ k) is a sum of positive
 * terms, exact relative to u, so this walk needs no guard and is the general path's definition
 * of these counts (≤ about λ + 8 steps). u is in [MIN_U, 1/2].
 */
function poissonLowerWalk(u: number, lambda: number): number {
  resetWork();
  const k = lowerWalkFrom(u, lambda, Math.exp(-lambda));
  samplerWork.walkSteps = k;
  return k;
}

/** {@link poissonLowerWalk}'s walk from P(N = 0) = `expMinusLambda` (e^-λ), counting no work. */
function lowerWalkFrom(u: number, lambda: number, expMinusLambda: number): number {
  let k = 0;
  let pk = expMinusLambda;
  let cdf = pk;
  while (cdf <= u) {
    k++;
    pk *= lambda / k;
    cdf += pk;
  }
  return k;
}

/**
 * Poisson count for λ ≤ WALK_MAX_MEAN by a walk up from 0, or -1 when P(N ≤ k) comes within
 * the guard band of u (the general path decides then). u is in [MIN_U, MAX_U]. The cdf is a sum
 * of positive terms, exact to about 1e-14 relative (k roundings of 1e-16), so comparing it with
 * u compares P(N > k) = 1 - P(N ≤ k) with 1 - u to about 1e-15 absolute when u > 1/2.
 */
function poissonWalk(u: number, lambda: number): number {
  const k = guardedWalkFrom(u, lambda, Math.exp(-lambda));
  if (k < 0) return -1;
  resetWork();
  samplerWork.walkSteps = k;
  return k;
}

/** {@link poissonWalk}'s walk from P(N = 0) = `expMinusLambda` (e^-λ), counting no work. */
function guardedWalkFrom(u: number, lambda: number, expMinusLambda: number): number {
  const band = GUARD_REL * (u <= 0.5 ? u : 1 - u) + GUARD_ABS; // guardBand(u)
  const below = u - band; // cdf ≤ below: surely P(N ≤ k) ≤ u, walk on
  let k = 0;
  let pk = expMinusLambda;
  let cdf = pk;
  while (cdf <= below && k < WALK_MAX_STEPS) {
    k++;
    pk *= lambda / k;
    cdf += pk;
  }
  return cdf > u + band ? k : -1;
}

/**
 * Binomial count by a walk up from the end of the support where the pmf is largest, or -1 when
 * n·min(p, 1-p) > WALK_MAX_MEAN or a cdf comes within the guard band (the general path decides
 * then). n is an integer in [1, 2^53 - 1], 0 < p < 1, u in [MIN_U, MAX_U].
 *
 * With r = min(p, 1 - p) the walk runs over Y ~ Binomial(n, r) from 0, where pmf(0) = (1 - r)^n
 * ≥ e^-90 cannot underflow: Y = X for p ≤ 1/2, Y = n - X otherwise. For p ≤ 1/2 the answer is
 * the smallest k with P(Y ≤ k) > u. For p > 1/2, P(X ≤ k) > u ⇔ P(Y ≤ n - k - 1) < 1 - u, so
 * with j the smallest value with P(Y ≤ j) ≥ 1 - u, the answer is n - j. Either way the walk
 * stops at the first cdf past a threshold t; the sums are exact to about 1e-13 relative, so
 * comparing them with t compares the tail on u's side with u or 1 - u, up to the band.
 */
function binomialWalk(u: number, n: number, p: number): number {
  const k = binomialWalkCount(u, n, p);
  if (k < 0) return -1;
  resetWork();
  samplerWork.walkSteps = p > 0.5 ? n - k : k; // the steps up from the end where the pmf is largest
  return k;
}

/**
 * {@link binomialWalk}'s count, counting no work. (1 - r)^n by squaring and the guard band are
 * written out: a call V8 does not inline returns its double boxed, and this runs for most of the
 * engine's chain links.
 */
function binomialWalkCount(u: number, n: number, p: number): number {
  const mirrored = p > 0.5;
  const r = mirrored ? 1 - p : p; // exact for p > 1/2 (Sterbenz)
  if (!(n * r <= WALK_MAX_MEAN)) return -1;
  const s = 1 - r; // = p exactly when mirrored
  const odds = r / s;
  const t = mirrored ? 1 - u : u;
  const band = GUARD_REL * (u <= 0.5 ? u : 1 - u) + GUARD_ABS; // guardBand(u)
  const below = t - band; // cdf ≤ below: surely short of the threshold, walk on
  const last = n < WALK_MAX_STEPS ? n : WALK_MAX_STEPS;
  let pk: number;
  if (n <= POW_BY_SQUARING_MAX_N) {
    pk = 1; // s^n by repeated squaring (Math.pow is several times slower)
    let base = s;
    for (let e = n; e > 0; e >>= 1) {
      if (e & 1) pk *= base;
      base *= base;
    }
  } else pk = Math.exp(n * Math.log1p(-r));
  let k = 0;
  let cdf = pk;
  while (cdf <= below && k < last) {
    pk *= ((n - k) / (k + 1)) * odds;
    k++;
    cdf += pk;
  }
  if (!(cdf > t + band)) return -1;
  return mirrored ? n - k : k;
}

/**
 * A Poisson count from one uniform by inverse transform: the smallest k with P(N ≤ k) > u.
 *
 * - Exact: u is compared with the tail probability on its side (P(N ≤ k) for u ≤ 1/2, P(N > k)
 *   with 1 - u otherwise), computed to about 1e-13 relative accuracy (series of pmf terms, or a
 *   Gauss-Legendre quadrature of the gamma tail integral, with the pmf from the saddle-point form
 *   exp(k·log1pmx((λ-k)/k) - stirling(k)) / sqrt(2πk)). So the result is the exact quantile unless
 *   u lies within about 1e-13 (relative) of a tail probability.
 * - Monotone: non-decreasing in `mean` for a fixed u (exactly in theory; in floating point up to
 *   that same 1e-13 band).
 * - Cost: bounded for every mean, no loop of length λ. Means ≤ 64: a walk up from 0 by pmf
 *   ratios (≤ about λ + 8·sd steps for stream uniforms, never more than 256). For u ≤ 1/2 and
 *   λ ≤ 16 the walk's cdf is exact relative to u and decides; otherwise the walk decides only
 *   when P(N ≤ k) is more than 1e-10 relative plus 1e-12 away from u, and inside that band
 *   (hit with probability below about 1e-9) leaves the draw to the general path, so that the
 *   result is exactly the general path's. General path (larger means): one tail evaluation at
 *   a Cornish-Fisher guess (a series of pmf terms when λ ≤ 1e4 or far from the mean, ≤ about
 *   1000 terms; else a Gauss-Legendre quadrature of at most 112 nodes), then 0-3 steps by pmf
 *   ratios for stream uniforms; for extreme u (below about 1e-30, or 1 - 2^-53) a bracketing
 *   search adds at most about 2·log2(range) evaluations. Measured (bench/rng.bench.ts, stream
 *   uniforms, u ≤ 1/2 / u > 1/2): 6 / 23 ns at mean 0.3, 32 / 43 ns at 3, 43 / 55 ns at 10;
 *   81 ns at 40; 0.4-0.9 µs for 1e3-1e4, about 2.5-2.8 µs from 1e6 to 1e15.
 * - Inputs: mean ≤ 0 or NaN gives 0; mean = +Infinity gives +Infinity; means above 2^52 (4.5e15)
 *   give the rounded Cornish-Fisher quantile (no exact integers exist there). u ≤ 0 or NaN gives 0
 *   (the bottom of the support); u in (0, 1e-300) is read as 1e-300 and u ≥ 1 as 1 - 2^-53.
 *
 * @param u - a uniform draw in [0, 1)
 * @param mean - Poisson mean λ (events per period), ≥ 0
 * @returns a non-negative integer count
 * @example
 * poissonQuantile(0.01, 3); // 0 (because P(N = 0) = 0.0498 > 0.01)
 * poissonQuantile(0.5, 1e12); // 1e12
 */
export function poissonQuantile(u: number, mean: number): number {
  if (u > 0 && mean > 0 && mean <= WALK_MAX_MEAN) {
    if (belowZeroBound(u, mean)) {
      resetWork();
      return 0;
    }
    const uu = u < MIN_U ? MIN_U : u > MAX_U ? MAX_U : u;
    // The general path's own walk (exact relative to u, nothing to guard), called here directly
    // because a call of the whole general path costs a few ns more at these means.
    if (uu <= 0.5 && mean <= SMALL_MEAN) return poissonLowerWalk(uu, mean);
    const k = poissonWalk(uu, mean);
    if (k >= 0) return k;
  }
  return poissonQuantileGeneral(u, mean);
}

/**
 * {@link poissonQuantile}(u, mean) for a caller that keeps e^-mean: `expMinusMean` must be
 * `Math.exp(-mean)`, and the count is then the same, bit for bit, without the exponential. The
 * engine keeps it for each actor and sector, whose means repeat turn after turn. The fast walks
 * are written into this function (no call, no double boxed for one) so that V8 can inline it
 * whole into a small caller. samplerWork is left as it was.
 *
 * @param u - a uniform draw in [0, 1)
 * @param mean - Poisson mean λ (events per period), ≥ 0
 * @param expMinusMean - Math.exp(-mean)
 * @returns the count {@link poissonQuantile} gives
 * @example
 * poissonQuantileFromZero(0.01, 3, Math.exp(-3)); // 0, as poissonQuantile(0.01, 3)
 */
export function poissonQuantileFromZero(u: number, mean: number, expMinusMean: number): number {
  if (u > 0 && mean > 0 && mean <= WALK_MAX_MEAN) {
    // u ≥ MIN_U here for any stream uniform, and u ≤ 1/2 < MAX_U: as poissonQuantile clamps.
    if (u <= 0.5 && mean <= SMALL_MEAN && u >= MIN_U) return lowerWalkFrom(u, mean, expMinusMean);
    if (u >= MIN_U && u <= MAX_U) {
      const k = guardedWalkFrom(u, mean, expMinusMean);
      if (k >= 0) return k;
    }
  }
  return poissonQuantile(u, mean);
}

/**
 * Whether {@link poissonQuantile}(u, mean) is surely 0, decided without computing e^-λ: true
 * for a mean ≤ 0 or NaN, for u ≤ 0 or NaN, and for 0 < λ ≤ 1 when u is below the cubic lower
 * bound of P(N = 0) by more than the guard band. False means "not decided here" (the count may
 * still be 0): ask {@link poissonQuantile}. The test is small enough for V8 to inline into a hot
 * loop that could not inline the quantile (model/crossings.ts, attemptsFrom); the engine's own
 * crossings keep e^-λ instead ({@link poissonQuantileFromZero}).
 *
 * @param u - a uniform draw in [0, 1)
 * @param mean - Poisson mean λ (events per period)
 * @returns true only if the count is 0
 * @example
 * poissonSurelyZero(0.2, 0.1); // true: e^-0.1 = 0.905 > 0.2
 * poissonSurelyZero(0.95, 0.1); // false (the count is 1)
 */
export function poissonSurelyZero(u: number, mean: number): boolean {
  if (!(u > 0 && mean > 0)) return true;
  return belowZeroBound(u, mean);
}

/**
 * u is surely below P(N = 0) = e^-λ, for 0 < λ ≤ 1: below the alternating series 1 - λ + λ²/2 -
 * λ³/6 (cut after a negative term, so under e^-λ) by more than the guard band and the bound's
 * rounding. So 0, as every walk would find. (u·(1 + GUARD_REL) + GUARD_ABS is at least
 * guardBand(u) above u, for any u.)
 */
function belowZeroBound(u: number, mean: number): boolean {
  return mean <= 1 && u * (1 + GUARD_REL) + (GUARD_ABS + ZERO_BOUND_SLACK) < 1 - mean * (1 - mean * (0.5 - mean / 6));
}

/**
 * {@link poissonQuantile} without the guarded fast walk (it keeps its own unguarded walk for
 * u ≤ 1/2 and λ ≤ 16): the definition of the result (the fast walk defers to it near every cdf
 * boundary) and the reference of tests/rng/sampler-fast-paths.test.ts.
 *
 * @param u - a uniform draw in [0, 1)
 * @param mean - Poisson mean λ, ≥ 0
 * @returns the same count as {@link poissonQuantile}
 */
export function poissonQuantileGeneral(u: number, mean: number): number {
  resetWork();
  const lambda = mean > 0 ? mean : 0;
  if (lambda === 0 || !(u > 0)) return 0;
  if (lambda === Infinity) return Infinity;
  const uu = u < MIN_U ? MIN_U : u > MAX_U ? MAX_U : u;
  if (uu <= 0.5 && lambda <= SMALL_MEAN) return poissonLowerWalk(uu, lambda);
  const sd = Math.sqrt(lambda);
  if (lambda > POISSON_EXACT_MAX_MEAN) return Math.max(0, cornishFisher(uu, lambda, sd, 1 / sd, 1 / lambda));
  const guess = lambda < 1 ? 0 : cornishFisher(uu, lambda, sd, 1 / sd, 1 / lambda);
  return quantileSearch(new PoissonDist(lambda), uu, guess);
}

/**
 * A binomial count from one uniform by inverse transform: the smallest k with P(X ≤ k) > u for
 * X ~ Binomial(n, p).
 *
 * Exactness, monotonicity (non-decreasing in n and in p for a fixed u) and cost are as for
 * {@link poissonQuantile}: the tail on u's side comes from a series when n·p·(1-p) ≤ 1e4 or far
 * from the mean, else from a Gauss-Legendre quadrature of the beta tail integral
 * P(X ≤ k) = I_{1-p}(n-k, k+1), with the pmf in Loader's saddle-point form (n·p - k carried exactly).
 * Small cases, n·min(p, 1-p) ≤ 64 (every n ≤ 128 at any p), walk up from the end of the support
 * where the pmf is largest, by pmf ratios from (1 - min(p, 1-p))^n, and decide only when the
 * cdf is more than 1e-10 relative plus 1e-12 away from u or 1 - u; inside that band, and for
 * larger cases, the general path decides, so that the result is exactly the general path's.
 * Measured (bench/rng.bench.ts, p = 0.15 / 0.5 / 0.85): 14 / 17 / 20 ns for n = 1, 20 / 22 / 21
 * ns for n = 3, 27 / 34 / 26 ns for n = 10, 36 / 47 / 36 ns for n = 30, 49 / 85 / 50 ns for
 * n = 100; general path: 0.24 µs for n = 300 and p = 0.5, 0.26 µs for n = 1e4 and p = 0.01,
 * about 2.6 µs for n = 1e12.
 *
 * Inputs: n is floored; n ≤ 0 or NaN gives 0; n = +Infinity gives +Infinity for p > 0; n above
 * 2^53 - 1 gives the rounded Cornish-Fisher quantile clamped to [0, n]. p ≤ 0 or NaN gives 0,
 * p ≥ 1 gives n. u ≤ 0 or NaN gives 0; u in (0, 1e-300) is read as 1e-300 and u ≥ 1 as 1 - 2^-53.
 *
 * @param u - a uniform draw in [0, 1)
 * @param n - number of trials (non-negative integer)
 * @param p - success probability per trial (0-1)
 * @returns an integer count in [0, n]
 * @example
 * binomialQuantile(0.5, 10, 0.3); // 3
 */
export function binomialQuantile(u: number, n: number, p: number): number {
  if (u > 0 && n >= 1 && n <= Number.MAX_SAFE_INTEGER && p > 0 && p < 1) {
    const uu = u < MIN_U ? MIN_U : u > MAX_U ? MAX_U : u;
    if (n < 2) {
      const k = oneTrialCount(uu, p);
      if (k >= 0) {
        resetWork();
        samplerWork.walkSteps = p > 0.5 ? 1 - k : k; // as the walk from the likelier end would count
        return k;
      }
    } else {
      const k = binomialWalk(uu, Math.floor(n), p);
      if (k >= 0) return k;
    }
  }
  return binomialQuantileGeneral(u, n, p);
}

/**
 * {@link binomialQuantile}(u, n, p) where its fast paths decide (one trial, or the walk), else
 * -1: then ask binomialQuantile. It calls nothing that returns a double, so V8 can inline it
 * whole, and samplerWork is left as it was. For the engine's chain links (model/crossings.ts).
 *
 * @param u - a uniform draw in [0, 1)
 * @param n - number of trials (non-negative integer)
 * @param p - success probability per trial (0-1)
 * @returns binomialQuantile's count, or -1
 * @example
 * binomialQuantileFast(0.5, 10, 0.3); // 3
 */
export function binomialQuantileFast(u: number, n: number, p: number): number {
  // Outside [MIN_U, MAX_U], binomialQuantile would clamp u: leave those to it.
  if (!(u >= MIN_U && u <= MAX_U && n >= 1 && n <= Number.MAX_SAFE_INTEGER && p > 0 && p < 1)) return -1;
  return n < 2 ? oneTrialCount(u, p) : binomialWalkCount(u, Math.floor(n), p);
}

/**
 * The count of ONE trial (n = 1) with success probability p in (0, 1), for u in (0, 1): 0 iff
 * u < P(X = 0) = 1 - p. Decided when u is more than the guard band away from 1 - p (which is
 * within half an ulp of the true value), else -1: the general path decides inside the band, so
 * the answer is always {@link binomialQuantileGeneral}'s. The walk would do the same with more
 * set-up; this is small enough for V8 to inline, and 45 % of the engine's chain links have
 * one trial.
 *
 * @param u - a uniform draw in (0, 1)
 * @param p - success probability (0 < p < 1)
 * @returns 0 or 1, or -1 when undecided
 * @example
 * oneTrialCount(0.3, 0.4); // 0 (0.3 < 0.6)
 */
export function oneTrialCount(u: number, p: number): number {
  const q = 1 - p;
  const band = GUARD_REL * (u <= 0.5 ? u : 1 - u) + GUARD_ABS; // guardBand(u)
  if (u + band < q) return 0;
  return u - band > q ? 1 : -1;
}

/**
 * {@link binomialQuantile} without the guarded fast walk: the definition of the result (the
 * fast walk defers to it near every cdf boundary) and the reference of
 * tests/rng/sampler-fast-paths.test.ts.
 *
 * @param u - a uniform draw in [0, 1)
 * @param n - number of trials (non-negative integer)
 * @param p - success probability per trial (0-1)
 * @returns the same count as {@link binomialQuantile}
 */
export function binomialQuantileGeneral(u: number, n: number, p: number): number {
  resetWork();
  const trials = n > 0 ? Math.floor(n) : 0;
  if (trials === 0 || !(p > 0)) return 0;
  if (trials === Infinity) return Infinity;
  if (p >= 1) return trials;
  if (!(u > 0)) return 0;
  const uu = u < MIN_U ? MIN_U : u > MAX_U ? MAX_U : u;
  const q = 1 - p;
  const variance = trials * p * q;
  const sd = Math.sqrt(variance);
  const skew = (q - p) / sd;
  const exKurt = (1 - 6 * p * q) / variance;
  if (trials > Number.MAX_SAFE_INTEGER) {
    return Math.min(trials, Math.max(0, cornishFisher(uu, trials * p, sd, skew, exKurt)));
  }
  const guess = variance < 1 ? Math.floor(trials * p) : cornishFisher(uu, trials * p, sd, skew, exKurt);
  return quantileSearch(new BinomialDist(trials, p), uu, guess);
}

/**
 * P(N ≤ k) and P(N > k) for N ~ Poisson(mean), each to about 1e-13 relative accuracy in its
 * small tail, with bounded work for any mean (the evaluations that {@link poissonQuantile} uses).
 *
 * @param k - a non-negative integer ≤ 2^53 - 1
 * @param mean - Poisson mean λ > 0 (finite)
 * @returns `{ lower: P(N ≤ k), upper: P(N > k) }`
 * @example
 * poissonTails(4, 3).lower; // 0.815263
 */
export function poissonTails(k: number, mean: number): { lower: number; upper: number } {
  resetWork();
  const d = new PoissonDist(mean);
  d.tail(k);
  return { lower: d.lower, upper: d.upper };
}

/**
 * P(X ≤ k) and P(X > k) for X ~ Binomial(n, p), each to about 1e-13 relative accuracy in its
 * small tail, with bounded work for any n (the evaluations that {@link binomialQuantile} uses).
 *
 * @param k - a non-negative integer
 * @param n - number of trials, an integer ≤ 2^53 - 1
 * @param p - success probability in (0, 1)
 * @returns `{ lower: P(X ≤ k), upper: P(X > k) }`
 * @example
 * binomialTails(3, 10, 0.3).lower; // 0.649611
 */
export function binomialTails(k: number, n: number, p: number): { lower: number; upper: number } {
  resetWork();
  const d = new BinomialDist(n, p);
  d.tail(k);
  return { lower: d.lower, upper: d.upper };
}
