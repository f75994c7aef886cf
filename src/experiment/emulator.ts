/**
 * A regression emulator for history matching (Vernon, Goldstein & Bower 2010; Andrianakis et
 * al. 2015): a cheap stand-in for the expected model output E[f(x)] over the input space, with
 * its own uncertainty, so that implausibility can be judged at tens of thousands of inputs
 * after a few hundred runs.
 *
 * Fit: the active inputs are chosen by forward selection of linear terms (the input that most
 * reduces the residual sum of squares, in turn, up to `maxActive`); the emulator is then a
 * quadratic in the active inputs (linear, squares and pairwise products), fitted by least
 * squares to the point means. The inactive inputs and the misfit go into the residual.
 *
 * Its variance at x: the residual variance σ² less the Monte Carlo noise of the point means
 * (their part of the residual, which the emulator does not need to carry), plus the variance of
 * the fitted mean, σ² h(x) with h(x) = t(x)ᵀ (TᵀT)⁻¹ t(x).
 *
 * @module
 */

/** A fitted emulator: JSON, so that a calibration's result carries it. */
export interface Emulator {
  /** Factor indices of the active inputs. */
  active: number[];
  /** Coefficients of the terms: 1, the active inputs, their squares, their pairwise products. */
  beta: number[];
  /** Lower-triangular Cholesky factor of TᵀT, row by row (for h(x)). */
  cholesky: number[];
  /** Residual variance of the fit (divisor P − terms). */
  residualVariance: number;
  /** The part of the emulator's variance that is misfit, not noise: max(0, σ² − noise). */
  structuralVariance: number;
  /** R² of the fit to the point means. */
  r2: number;
}

/** The terms of a point: 1, the active inputs (centred: 2u − 1), their squares, their pairwise products. */
export function terms(unit: ArrayLike<number>, active: readonly number[]): number[] {
  const z = active.map((f) => 2 * (unit[f] as number) - 1);
  const t = [1, ...z, ...z.map((v) => v * v)];
  for (let i = 0; i < z.length; i++) for (let j = i + 1; j < z.length; j++) t.push((z[i] as number) * (z[j] as number));
  return t;
}

/** Cholesky factor of a symmetric positive-definite q×q matrix (row-major), with a small ridge. */
function cholesky(a: Float64Array, q: number): Float64Array {
  let trace = 0;
  for (let i = 0; i < q; i++) trace += a[i * q + i] as number;
  const ridge = 1e-10 * (trace / q || 1);
  const l = new Float64Array(q * q);
  for (let i = 0; i < q; i++) {
    for (let j = 0; j <= i; j++) {
      let s = (a[i * q + j] as number) + (i === j ? ridge : 0);
      for (let k = 0; k < j; k++) s -= (l[i * q + k] as number) * (l[j * q + k] as number);
      l[i * q + j] = i === j ? Math.sqrt(Math.max(s, ridge)) : s / (l[j * q + j] as number);
    }
  }
  return l;
}

/** Solves L Lᵀ x = b. */
function cholSolve(l: ArrayLike<number>, q: number, b: readonly number[]): number[] {
  const y = new Array<number>(q).fill(0);
  for (let i = 0; i < q; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (l[i * q + k] as number) * (y[k] as number);
    y[i] = s / (l[i * q + i] as number);
  }
  const x = new Array<number>(q).fill(0);
  for (let i = q - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let k = i + 1; k < q; k++) s -= (l[k * q + i] as number) * (x[k] as number);
    x[i] = s / (l[i * q + i] as number);
  }
  return x;
}

/** Least squares of y on the rows T: coefficients, Cholesky factor, residual sum of squares. */
function leastSquares(rows: readonly number[][], y: ArrayLike<number>): { beta: number[]; l: Float64Array; sse: number } {
  const q = (rows[0] as number[]).length;
  const a = new Float64Array(q * q);
  const b = new Array<number>(q).fill(0);
  rows.forEach((t, p) => {
    for (let i = 0; i < q; i++) {
      b[i] = (b[i] as number) + (t[i] as number) * (y[p] as number);
      for (let j = 0; j <= i; j++) a[i * q + j] = (a[i * q + j] as number) + (t[i] as number) * (t[j] as number);
    }
  });
  for (let i = 0; i < q; i++) for (let j = i + 1; j < q; j++) a[i * q + j] = a[j * q + i] as number;
  const l = cholesky(a, q);
  const beta = cholSolve(l, q, b);
  let sse = 0;
  rows.forEach((t, p) => {
    let f = 0;
    for (let i = 0; i < q; i++) f += (t[i] as number) * (beta[i] as number);
    sse += ((y[p] as number) - f) ** 2;
  });
  return { beta, l, sse };
}

/**
 * Fits an emulator to point means `y` at unit points `unit`.
 *
 * @param noiseVariance - the Monte Carlo variance of a point mean (within-point variance / k)
 * @param maxActive - most active inputs (default: 6, fewer when there are few points)
 */
export function fitEmulator(unit: readonly (readonly number[])[], y: ArrayLike<number>, noiseVariance: number, maxActive?: number): Emulator {
  const P = y.length;
  const F = unit[0]?.length ?? 0;
  // Keep the quadratic's terms, 1 + 2a + a(a − 1)/2, under a third of the points.
  let cap = maxActive ?? 6;
  while (cap > 0 && 1 + 2 * cap + (cap * (cap - 1)) / 2 > P / 3) cap--;
  const active: number[] = [];
  for (let step = 0; step < Math.min(cap, F); step++) {
    let best = -1;
    let bestSse = Infinity;
    for (let f = 0; f < F; f++) {
      if (active.includes(f)) continue;
      const cols = [...active, f];
      const { sse } = leastSquares(
        unit.map((u) => [1, ...cols.map((c) => 2 * (u[c] as number) - 1)]),
        y,
      );
      if (sse < bestSse) {
        bestSse = sse;
        best = f;
      }
    }
    if (best < 0) break;
    active.push(best);
  }
  const rows = unit.map((u) => terms(u, active));
  const q = (rows[0] as number[]).length;
  const { beta, l, sse } = leastSquares(rows, y);
  let mean = 0;
  for (let p = 0; p < P; p++) mean += y[p] as number;
  mean /= P;
  let sst = 0;
  for (let p = 0; p < P; p++) sst += ((y[p] as number) - mean) ** 2;
  const residualVariance = sse / Math.max(1, P - q);
  return {
    active,
    beta,
    cholesky: Array.from(l),
    residualVariance,
    structuralVariance: Math.max(0, residualVariance - noiseVariance),
    r2: sst > 0 ? 1 - sse / sst : 1,
  };
}

/** The emulator's expectation and variance at a unit point. */
export function emulate(e: Emulator, unit: ArrayLike<number>): { mean: number; variance: number } {
  const t = terms(unit, e.active);
  const q = t.length;
  let mean = 0;
  for (let i = 0; i < q; i++) mean += (t[i] as number) * (e.beta[i] as number);
  // h(x) = tᵀ (TᵀT)⁻¹ t = |L⁻¹ t|².
  let h = 0;
  const y = new Array<number>(q).fill(0);
  for (let i = 0; i < q; i++) {
    let s = t[i] as number;
    for (let k = 0; k < i; k++) s -= (e.cholesky[i * q + k] as number) * (y[k] as number);
    y[i] = s / (e.cholesky[i * q + i] as number);
    h += (y[i] as number) ** 2;
  }
  return { mean, variance: e.structuralVariance + e.residualVariance * h };
}
