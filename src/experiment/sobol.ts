/**
 * Variance-based sensitivity: Sobol' first-order and total indices.
 *
 * - {@link saltelliDesign}: Saltelli's sampling scheme. Two independent N-point matrices A and B
 *   (here the two halves of one 2F-dimensional Latin hypercube keyed by the seed), and for each
 *   factor i the matrix AB_i, A with column i taken from B: N (F + 2) points.
 * - {@link sobolIndices}: the estimators of Saltelli et al. (2010), table 2: first order
 *   S_i = mean_j f(B)_j (f(AB_i)_j − f(A)_j) / V (their (b)), total ST_i = mean_j (f(A)_j −
 *   f(AB_i)_j)² / (2V) (Jansen 1999, their (f)), V the variance of f over A and B together; with
 *   bootstrap confidence intervals (rows resampled with replacement, percentile intervals).
 * - {@link firstOrderFromData}: first-order indices from any space-filling sample (the input
 *   points of an experiment with uncertainty), by the correlation ratio over equal-count bins of
 *   each input, corrected for the bias of the bin means (docs/uncertainty.md).
 *
 * @module
 */
import { createRng } from '../rng/streams';
import { latinHypercube, randomIndex } from './designs';
import { ExperimentError } from './errors';

/** A Saltelli design: N (F + 2) points, in blocks of F + 2 per row j: A_j, B_j, AB_1j, ..., AB_Fj. */
export interface SaltelliDesign {
  /** Base rows, N. */
  n: number;
  /** Factors, F. */
  factors: number;
  /** The points in the unit hypercube, N (F + 2) of them, in the block order above. */
  points: number[][];
}

/**
 * Saltelli's design over `factors` factors with `n` base rows, keyed by `seed`.
 *
 * @example
 * const d = saltelliDesign(512, 20, 1);
 * d.points.length; // 512 * 22
 */
export function saltelliDesign(n: number, factors: number, seed: number | string): SaltelliDesign {
  if (!Number.isSafeInteger(n) || n < 2) throw new ExperimentError(`Sobol' design: N must be an integer >= 2, got ${n}`);
  if (!Number.isSafeInteger(factors) || factors < 1) throw new ExperimentError(`Sobol' design: needs at least one factor, got ${factors}`);
  const base = latinHypercube(n, 2 * factors, createRng(`frontier-sim/saltelli/${seed}`));
  const points: number[][] = [];
  for (const row of base) {
    const a = row.slice(0, factors);
    const b = row.slice(factors);
    points.push(a, b);
    for (let i = 0; i < factors; i++) {
      const ab = a.slice();
      ab[i] = b[i] as number;
      points.push(ab);
    }
  }
  return { n, factors, points };
}

/** One factor's indices, with bootstrap 95 % intervals and standard errors. */
export interface SobolIndex {
  /** First order S_i: the share of the variance the factor explains alone. */
  first: number;
  firstCi95: [number, number];
  firstSe: number;
  /** Total ST_i: the share it explains with all its interactions. */
  total: number;
  totalCi95: [number, number];
  totalSe: number;
}

/** The indices of every factor. */
export interface SobolResult {
  /** Mean and variance of the output over A and B. */
  mean: number;
  variance: number;
  indices: SobolIndex[];
  /** Bootstrap resamples used. */
  resamples: number;
}

/** S_i and ST_i of rows `rows` (with repeats, for the bootstrap). */
function estimate(y: ArrayLike<number>, n: number, f: number, rows: ArrayLike<number>, first: Float64Array, total: Float64Array): void {
  const stride = f + 2;
  let s = 0;
  let s2 = 0;
  const m = rows.length;
  for (let r = 0; r < m; r++) {
    const j = rows[r] as number;
    const a = y[j * stride] as number;
    const b = y[j * stride + 1] as number;
    s += a + b;
    s2 += a * a + b * b;
  }
  const mean = s / (2 * m);
  const v = s2 / (2 * m) - mean * mean;
  for (let i = 0; i < f; i++) {
    let u = 0;
    let w = 0;
    for (let r = 0; r < m; r++) {
      const j = rows[r] as number;
      const a = (y[j * stride] as number) - mean;
      const b = (y[j * stride + 1] as number) - mean;
      const ab = (y[j * stride + 2 + i] as number) - mean;
      u += b * (ab - a);
      w += (a - ab) * (a - ab);
    }
    first[i] = u / m / v;
    total[i] = w / (2 * m) / v;
  }
  void n;
}

function percentile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/**
 * Sobol' indices of outputs `y` of a {@link saltelliDesign} (in its point order).
 *
 * @param options.resamples - bootstrap resamples (default 500; 0: no intervals)
 * @param options.seed - key of the bootstrap's generator (default 1)
 * @throws ExperimentError when y does not fit the design or has no variance.
 */
export function sobolIndices(design: SaltelliDesign, y: ArrayLike<number>, options: { resamples?: number; seed?: number | string } = {}): SobolResult {
  const { n, factors: f } = design;
  if (y.length !== n * (f + 2)) throw new ExperimentError(`Sobol' indices: ${y.length} outputs for a design of ${n * (f + 2)} points`);
  const all = Int32Array.from({ length: n }, (_, j) => j);
  const first = new Float64Array(f);
  const total = new Float64Array(f);
  estimate(y, n, f, all, first, total);
  let s = 0;
  let s2 = 0;
  for (let j = 0; j < n; j++) {
    for (const k of [0, 1]) {
      const v = y[j * (f + 2) + k] as number;
      s += v;
      s2 += v * v;
    }
  }
  const mean = s / (2 * n);
  const variance = (s2 - 2 * n * mean * mean) / (2 * n - 1);
  if (!(variance > 0)) throw new ExperimentError("Sobol' indices: the output does not vary over the design");
  const R = options.resamples ?? 500;
  const bootFirst = Array.from({ length: f }, () => new Float64Array(R));
  const bootTotal = Array.from({ length: f }, () => new Float64Array(R));
  const rng = createRng(`frontier-sim/sobol-bootstrap/${options.seed ?? 1}`);
  const rows = new Int32Array(n);
  const bf = new Float64Array(f);
  const bt = new Float64Array(f);
  for (let r = 0; r < R; r++) {
    for (let j = 0; j < n; j++) rows[j] = randomIndex(rng, n);
    estimate(y, n, f, rows, bf, bt);
    for (let i = 0; i < f; i++) {
      (bootFirst[i] as Float64Array)[r] = bf[i] as number;
      (bootTotal[i] as Float64Array)[r] = bt[i] as number;
    }
  }
  const interval = (a: Float64Array, point: number): { ci: [number, number]; se: number } => {
    if (R < 2) return { ci: [NaN, NaN], se: NaN };
    let m = 0;
    for (const v of a) m += v;
    m /= R;
    let ss = 0;
    for (const v of a) ss += (v - m) * (v - m);
    const sorted = a.slice().sort();
    void point;
    return { ci: [percentile(sorted, 0.025), percentile(sorted, 0.975)], se: Math.sqrt(ss / (R - 1)) };
  };
  const indices: SobolIndex[] = [];
  for (let i = 0; i < f; i++) {
    const fi = interval(bootFirst[i] as Float64Array, first[i] as number);
    const ti = interval(bootTotal[i] as Float64Array, total[i] as number);
    indices.push({ first: first[i] as number, firstCi95: fi.ci, firstSe: fi.se, total: total[i] as number, totalCi95: ti.ci, totalSe: ti.se });
  }
  return { mean, variance, indices, resamples: R };
}

/**
 * First-order indices from a space-filling sample: for each factor, the points sorted by its
 * coordinate are cut into `bins` bins of (nearly) equal count; S_i is the variance of the bin
 * means less its chance part, over the variance of y:
 * S_i = (Σ_b (n_b / P)(ȳ_b − ȳ)² − (bins − 1) / P · s_w²) / s², with s_w² the pooled variance within
 * bins (the correction makes a factor that does nothing score about 0, not about (bins − 1)/P).
 *
 * @param unit - each point's coordinates, one per factor
 * @param y - the output at each point
 * @param bins - default √P rounded, at least 2
 */
export function firstOrderFromData(
  unit: readonly (readonly number[])[],
  y: ArrayLike<number>,
  bins?: number,
  orders: readonly Int32Array[] = factorOrders(unit),
): number[] {
  const P = y.length;
  if (P < 4) return [];
  const M = Math.max(2, bins ?? Math.round(Math.sqrt(P)));
  let mean = 0;
  for (let i = 0; i < P; i++) mean += y[i] as number;
  mean /= P;
  let ss = 0;
  for (let i = 0; i < P; i++) ss += ((y[i] as number) - mean) ** 2;
  const variance = ss / (P - 1);
  const factors = unit[0]?.length ?? 0;
  const out: number[] = [];
  for (let f = 0; f < factors; f++) {
    const order = orders[f] as Int32Array;
    let between = 0;
    let within = 0;
    for (let b = 0; b < M; b++) {
      const lo = Math.floor((b * P) / M);
      const hi = Math.floor(((b + 1) * P) / M);
      let m = 0;
      for (let r = lo; r < hi; r++) m += y[order[r] as number] as number;
      m /= hi - lo;
      between += ((hi - lo) / P) * (m - mean) ** 2;
      for (let r = lo; r < hi; r++) within += ((y[order[r] as number] as number) - m) ** 2;
    }
    const sw = within / (P - M);
    out.push(variance > 0 ? (between - ((M - 1) / P) * sw) / variance : NaN);
  }
  return out;
}

/**
 * For each factor, the points' indices in increasing order of its coordinate (ties by index):
 * computed once for a design, shared by every metric's analysis.
 */
export function factorOrders(unit: readonly (readonly number[])[]): Int32Array[] {
  const P = unit.length;
  const factors = unit[0]?.length ?? 0;
  const out: Int32Array[] = [];
  for (let f = 0; f < factors; f++) {
    const order = Int32Array.from({ length: P }, (_, i) => i);
    order.sort((a, b) => (unit[a] as number[])[f]! - (unit[b] as number[])[f]! || a - b);
    out.push(order);
  }
  return out;
}

/**
 * The largest first-order index from given data that a factor which does nothing reaches by
 * chance, about: 5 standard deviations of the estimator under no effect, 5 · √(2 (bins − 1)) / P
 * (the bin means' sum of squares is then σ² χ²(bins − 1) / P). Over a few hundred factors, a
 * do-nothing factor passes it in about 1 design in 20; smaller indices are not reported.
 */
export function firstOrderNoiseFloor(points: number, bins = Math.max(2, Math.round(Math.sqrt(points)))): number {
  return (5 * Math.sqrt(2 * (bins - 1))) / points;
}
