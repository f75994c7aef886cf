/**
 * Descriptive statistics of Monte Carlo metrics: moments (mean, sample standard deviation),
 * type-7 quantiles, and the summary with a Student-t 95 % interval for the mean. The same values
 * in the same order always give the same doubles.
 *
 * @module
 */
import { tHalfWidth95 } from './special-functions';

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
  selectPositions(
    values,
    [...positions].sort((a, b) => a - b),
    0,
    n - 1,
  );
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
