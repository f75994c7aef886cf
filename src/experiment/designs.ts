/**
 * Experimental designs for sweeps: full factorial grids over named levels, Latin hypercube
 * samples of the unit hypercube, and the map from unit coordinates onto parameter ranges.
 * (Morris screening designs are in `morris.ts`.)
 *
 * Every design is a pure function of its arguments and, where random, of the draws of the `Rng`
 * passed in, taken in a documented order; the same seed always gives the same design.
 *
 * @module
 */

import type { Rng } from '../rng/rng';

/**
 * One uniform draw in [0, 1), checked: a generator that returns something else would silently
 * break stratification, so fail loudly instead.
 *
 * @example
 * ```ts
 * drawUniform({ next: () => 0.25 }); // 0.25
 * drawUniform({ next: () => 1 });    // throws RangeError
 * ```
 */
export function drawUniform(rng: Rng): number {
  const u = rng.next();
  if (!(u >= 0 && u < 1)) throw new RangeError(`Rng.next() returned ${u}; expected a number in [0, 1)`);
  return u;
}

/**
 * A uniform random integer in [0, n), by inverse transform from one draw.
 *
 * @example
 * ```ts
 * randomIndex(rng, 6); // 0..5
 * ```
 */
export function randomIndex(rng: Rng, n: number): number {
  // floor(u·n) < n for u < 1 and integer n < 2^53, but guard against rounding anyway.
  return Math.min(n - 1, Math.floor(drawUniform(rng) * n));
}

/**
 * A uniformly random permutation of 0..n−1 (Fisher-Yates, from the last position down; n − 1
 * draws).
 *
 * @example
 * ```ts
 * randomPermutation(rng, 4); // e.g. [2, 0, 3, 1]
 * ```
 */
export function randomPermutation(rng: Rng, n: number): number[] {
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randomIndex(rng, i + 1);
    const tmp = perm[i] as number;
    perm[i] = perm[j] as number;
    perm[j] = tmp;
  }
  return perm;
}

// ---------------------------------------------------------------------------------------------
// Full factorial.
// ---------------------------------------------------------------------------------------------

/** A named factor and its levels. */
export interface Factor<T = unknown> {
  /** Parameter name (e.g. a JSON pointer into the scenario). */
  name: string;
  /** The levels to try, in order. */
  levels: readonly T[];
}

/** Options of {@link fullFactorial}. */
export interface FullFactorialOptions {
  /** Refuse designs with more points than this (default 1,000,000), to catch typos early. */
  maxPoints?: number;
}

/**
 * Number of points of the full factorial over `factors`: the product of the level counts.
 *
 * @example
 * ```ts
 * factorialSize([{ name: 'a', levels: [1, 2] }, { name: 'b', levels: ['x', 'y', 'z'] }]); // 6
 * ```
 */
export function factorialSize(factors: readonly Factor[]): number {
  let size = 1;
  for (const f of factors) size *= f.levels.length;
  return size;
}

/**
 * The full factorial design: every combination of the factors' levels, one record per point.
 *
 * Order: the **last** factor varies fastest (like nested loops with the first factor outermost,
 * or an odometer), so point i's level indexes are the mixed-radix digits of i. No factors give
 * one empty point (the empty product).
 *
 * @throws RangeError for a factor without levels, a repeated name, or a design larger than
 *   `maxPoints`.
 * @example
 * ```ts
 * fullFactorial([
 *   { name: 'patrols', levels: [2, 4] },
 *   { name: 'drones', levels: [0, 1, 2] },
 * ]);
 * // [{ patrols: 2, drones: 0 }, { patrols: 2, drones: 1 }, { patrols: 2, drones: 2 },
 * //  { patrols: 4, drones: 0 }, { patrols: 4, drones: 1 }, { patrols: 4, drones: 2 }]
 * ```
 */
export function fullFactorial<T>(factors: readonly Factor<T>[], options: FullFactorialOptions = {}): Array<Record<string, T>> {
  const { maxPoints = 1_000_000 } = options;
  const names = new Set<string>();
  for (const f of factors) {
    if (names.has(f.name)) throw new RangeError(`fullFactorial: factor "${f.name}" appears twice`);
    names.add(f.name);
    if (f.levels.length === 0) throw new RangeError(`fullFactorial: factor "${f.name}" has no levels`);
  }
  const size = factorialSize(factors);
  if (size > maxPoints) {
    throw new RangeError(`fullFactorial: ${size} points (${factors.map((f) => f.levels.length).join(' × ')}) exceeds maxPoints ${maxPoints}`);
  }
  const points: Array<Record<string, T>> = [];
  const digits = new Array<number>(factors.length).fill(0);
  for (let i = 0; i < size; i++) {
    // Object.fromEntries defines own properties, so a name such as "__proto__" is safe.
    points.push(Object.fromEntries(factors.map((f, j) => [f.name, f.levels[digits[j] as number] as T])));
    for (let j = factors.length - 1; j >= 0; j--) {
      const next = (digits[j] as number) + 1;
      if (next < (factors[j] as Factor<T>).levels.length) {
        digits[j] = next;
        break;
      }
      digits[j] = 0;
    }
  }
  return points;
}

// ---------------------------------------------------------------------------------------------
// Latin hypercube.
// ---------------------------------------------------------------------------------------------

/** Options of {@link latinHypercube}. */
export interface LatinHypercubeOptions {
  /**
   * Put each point at the centre of its stratum instead of uniformly inside it (default false).
   * Centred designs use no jitter draws.
   */
  centered?: boolean;
}

/** The largest double strictly below x (for x > 0). */
function nextDown(x: number): number {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  buf.setBigUint64(0, buf.getBigUint64(0) - 1n);
  return buf.getFloat64(0);
}

/**
 * A Latin hypercube sample of `n` points in the unit hypercube [0, 1)^k (McKay, Beckman &
 * Conover 1979): in every dimension each of the n strata [s/n, (s+1)/n) holds exactly one point.
 *
 * Why: with the same number of model runs, a Latin hypercube covers each input's whole range
 * evenly, which plain random sampling does only on average.
 *
 * Draw order (fixed, so a seed always gives the same design): for dimension 0, 1, ..., k−1 in
 * turn: n − 1 draws for a Fisher-Yates permutation of the strata, then (unless `centered`) n
 * draws, one per point in point order, for the position inside its stratum.
 *
 * @returns `points[i][j]`, coordinate j of point i; point i lies in stratum `perm_j[i]` of
 *   dimension j.
 * @example
 * ```ts
 * const pts = latinHypercube(10, 3, rng);
 * pts.length;    // 10
 * pts[0].length; // 3
 * // For each j, the values Math.floor(pts[i][j] * 10) are 0..9, each once.
 * ```
 */
export function latinHypercube(n: number, k: number, rng: Rng, options: LatinHypercubeOptions = {}): number[][] {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`latinHypercube: n must be an integer >= 1, got ${n}`);
  if (!Number.isSafeInteger(k) || k < 0) throw new RangeError(`latinHypercube: k must be an integer >= 0, got ${k}`);
  const points = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    const perm = randomPermutation(rng, n);
    for (let i = 0; i < n; i++) {
      const s = perm[i] as number;
      const u = options.centered ? 0.5 : drawUniform(rng);
      let x = (s + u) / n;
      // s + u can round up to s + 1 when u is within an ulp of 1; keep the point in its stratum.
      const upper = (s + 1) / n;
      if (x >= upper) x = nextDown(upper);
      (points[i] as number[])[j] = x;
    }
  }
  return points;
}

// ---------------------------------------------------------------------------------------------
// From the unit hypercube to parameter ranges.
// ---------------------------------------------------------------------------------------------

/** A named numeric parameter range, as declared in a scenario (`{ "min": .., "max": .. }`). */
export interface ParameterRange {
  /** Parameter name (e.g. a JSON pointer into the scenario). */
  name: string;
  /** Lower end of the range. */
  min: number;
  /** Upper end of the range (≥ min). */
  max: number;
}

/**
 * Maps one point of the unit hypercube onto parameter ranges: coordinate j goes linearly to
 * `min_j + x_j · (max_j − min_j)`, clamped to [min_j, max_j] against rounding.
 *
 * @throws RangeError if the point and the ranges differ in length, a coordinate is outside
 *   [0, 1], or a range is not finite with min ≤ max.
 * @example
 * ```ts
 * scaleToRanges([0.5, 0.25], [
 *   { name: '/sectors/0/patrols', min: 2, max: 6 },
 *   { name: '/detection/p', min: 0.2, max: 0.6 },
 * ]);
 * // { '/sectors/0/patrols': 4, '/detection/p': 0.30000000000000004 }
 * ```
 */
export function scaleToRanges(point: readonly number[], ranges: readonly ParameterRange[]): Record<string, number> {
  if (point.length !== ranges.length) {
    throw new RangeError(`scaleToRanges: point has ${point.length} coordinates but there are ${ranges.length} ranges`);
  }
  return Object.fromEntries(
    ranges.map((r, j) => {
      const x = point[j] as number;
      if (!(x >= 0 && x <= 1)) throw new RangeError(`scaleToRanges: coordinate ${j} is ${x}; expected [0, 1]`);
      if (!Number.isFinite(r.min) || !Number.isFinite(r.max) || !(r.min <= r.max)) {
        throw new RangeError(`scaleToRanges: range "${r.name}" is [${r.min}, ${r.max}]; expected finite min <= max`);
      }
      let v = r.min + x * (r.max - r.min);
      if (v < r.min) v = r.min;
      if (v > r.max) v = r.max;
      return [r.name, v];
    }),
  );
}

/**
 * Maps every point of a unit-hypercube design onto parameter ranges ({@link scaleToRanges}).
 *
 * @example
 * ```ts
 * scaleDesign(latinHypercube(20, 2, rng), ranges); // 20 records of 2 named values
 * ```
 */
export function scaleDesign(points: readonly (readonly number[])[], ranges: readonly ParameterRange[]): Array<Record<string, number>> {
  return points.map((p) => scaleToRanges(p, ranges));
}
