/**
 * The fast walks of poissonQuantile and binomialQuantile (small means, small n) must return
 * exactly what the general path returns (poissonQuantileGeneral, binomialQuantileGeneral: the
 * functions as they were before the fast paths), for every input: the engine's golden hashes
 * depend on it. The walks decide only outside a guard band around each cdf value and defer to
 * the general path inside it, so the grids below concentrate on uniforms at and next to every
 * cdf boundary (as the general path computes it and as a direct summation does), on the alea
 * lattice (i + 1/2)/2^32 and off it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  binomialQuantile,
  binomialQuantileFast,
  binomialQuantileGeneral,
  binomialTails,
  poissonQuantile,
  poissonQuantileFromZero,
  poissonQuantileGeneral,
  poissonSurelyZero,
  poissonTails,
  samplerWork,
} from '../../src/rng/distributions';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 31415) });

const TWO_32 = 2 ** 32;
/** The stream uniform of alea output i: (i + 1/2)/2^32. */
const lattice = (i: number) => (i + 0.5) / TWO_32;

const bits = new DataView(new ArrayBuffer(8));
/** The neighbouring double of x (x > 0) upwards (dir = 1) or downwards (dir = -1). */
function nextAfter(x: number, dir: 1 | -1): number {
  bits.setFloat64(0, x);
  bits.setBigUint64(0, bits.getBigUint64(0) + BigInt(dir));
  return bits.getFloat64(0);
}

/** Offsets that straddle the guard band (1e-10 relative + 1e-12 absolute) and the rounding of both paths. */
const REL_OFFSETS = [1e-15, 1e-13, 1e-11, 1e-10, 2e-10, 1e-9];
const ABS_OFFSETS = [1e-16, 1e-14, 1e-13, 1e-12, 2e-12, 1e-11];

/** Uniforms at and around a cdf value x: x, its neighbours, relative and absolute offsets, and the nearest lattice points. */
function around(x: number, out: number[]): void {
  if (!(x > 0 && x < 1)) return;
  out.push(x, nextAfter(x, 1), nextAfter(x, -1));
  for (const e of REL_OFFSETS) out.push(x * (1 + e), x * (1 - e));
  for (const e of ABS_OFFSETS) out.push(x + e, x - e);
  const i = Math.round(x * TWO_32 - 0.5);
  for (let d = -1; d <= 1; d++) if (i + d >= 0 && i + d < TWO_32) out.push(lattice(i + d));
}

/** Lattice extremes, 1/2 and its neighbours, the clamps' edges, and a spread of lattice points. */
const BASE_US: number[] = [
  lattice(0),
  lattice(1),
  lattice(2),
  lattice(TWO_32 - 1),
  lattice(TWO_32 - 2),
  lattice(TWO_32 - 3),
  0.5,
  nextAfter(0.5, 1),
  nextAfter(0.5, -1),
  1e-300,
  1e-310,
  1e-20,
  1 - 2 ** -53,
  1 - 2 ** -52,
  ...Array.from({ length: 64 }, (_, j) => lattice(Math.floor((j * 2654435761) % TWO_32))),
];

const PS = [1e-12, 1e-6, 0.001, 0.01, 0.05, 0.1, 0.15, 0.3, 0.5, 0.7, 0.85, 0.9, 0.99, 0.999999, 1 - 1e-12];

/** Both tails of Binomial(n, p) at every k < n by direct summation of pmf terms, each from its own end. */
function binomialDirectTails(n: number, p: number): { lower: number[]; upper: number[] } {
  const logPmf = (k: number) => lnChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
  const pmf = Array.from({ length: n + 1 }, (_, k) => Math.exp(logPmf(k)));
  const lower: number[] = [];
  const upper: number[] = new Array<number>(n + 1).fill(0);
  let s = 0;
  for (let k = 0; k <= n; k++) lower.push((s += pmf[k] ?? 0));
  s = 0;
  for (let k = n; k >= 0; k--) {
    upper[k] = s;
    s += pmf[k] ?? 0;
  }
  return { lower, upper };
}

const LN_FACT: number[] = [0];
for (let i = 1; i <= 400; i++) LN_FACT.push((LN_FACT[i - 1] ?? 0) + Math.log(i));
const lnChoose = (n: number, k: number) => (LN_FACT[n] ?? NaN) - (LN_FACT[k] ?? NaN) - (LN_FACT[n - k] ?? NaN);

/** Uniforms at and around every binomial cdf boundary, from the general path's tails and from direct sums. */
function binomialBoundaryUs(n: number, p: number): number[] {
  const us = [...BASE_US];
  const direct = binomialDirectTails(n, p);
  for (let k = 0; k < n; k++) {
    const t = binomialTails(k, n, p);
    around(t.lower, us);
    around(1 - t.upper, us);
    around(direct.lower[k] ?? 0, us);
    around(1 - (direct.upper[k] ?? 0), us);
  }
  around(p, us);
  around(1 - p, us);
  return us;
}

/** Uniforms at and around every Poisson cdf boundary below 120, from the general path's tails and from a direct sum. */
function poissonBoundaryUs(mean: number): number[] {
  const us = [...BASE_US];
  // The cubic lower bound of e^-λ below which λ ≤ 1 answers 0 without exp.
  around(1 - mean * (1 - mean * (0.5 - mean / 6)), us);
  let pk = Math.exp(-mean);
  let cdf = pk;
  for (let k = 0; k < 120; k++) {
    if (k > 0) {
      pk *= mean / k;
      cdf += pk;
    }
    around(cdf, us);
    const t = poissonTails(k, mean);
    around(t.lower, us);
    around(1 - t.upper, us);
  }
  return us;
}

/**
 * binomialQuantile's count, or -2 where binomialQuantileFast (the engine's chain links) decided
 * and said otherwise: it may only decline (-1) or agree.
 */
function binomialChecked(u: number, n: number, p: number): number {
  const q = binomialQuantile(u, n, p);
  const fast = binomialQuantileFast(u, n, p);
  return fast === -1 || fast === q ? q : -2;
}

/** poissonQuantile's count, or -2 where poissonQuantileFromZero (the engine's attempts, e^-λ given) said otherwise. */
function poissonChecked(u: number, mean: number): number {
  const q = poissonQuantile(u, mean);
  return poissonQuantileFromZero(u, mean, Math.exp(-mean)) === q ? q : -2;
}

/** Runs `check` on every u and returns the mismatches (at most 10, for the message). */
function mismatches(us: number[], check: (u: number) => [number, number]): string[] {
  const bad: string[] = [];
  for (const u of us) {
    const [fast, general] = check(u);
    if (fast !== general && bad.length < 10) bad.push(`u = ${u}: ${fast} instead of ${general}`);
  }
  return bad;
}

describe("fast paths (and the engine's inlined ones) return exactly the general path's counts", () => {
  it('binomial: n = 0..200 × 15 p from 1e-12 to 1 - 1e-12, u at and around every cdf boundary', () => {
    let checked = 0;
    for (let n = 0; n <= 200; n++) {
      for (const p of PS) {
        const us = binomialBoundaryUs(n, p);
        checked += us.length;
        const bad = mismatches(us, (u) => [binomialChecked(u, n, p), binomialQuantileGeneral(u, n, p)]);
        expect(bad, `n = ${n}, p = ${p}`).toEqual([]);
      }
    }
    expect(checked).toBeGreaterThan(5_000_000);
  });

  it('binomial: large n with n·min(p, 1-p) around the walk limit of 64, and p next to 1/2, 0 and 1', () => {
    for (const n of [256, 511, 512, 513, 1000, 1e4, 1e6, 1e9, 1e12, 2 ** 53 - 1, 2 ** 53, 1e20]) {
      for (const mean of [0.01, 1, 10, 63.9, 64, 64.0001, 90]) {
        for (const p of [mean / n, 1 - mean / n]) {
          if (!(p > 0 && p < 1)) continue;
          const us = [...BASE_US];
          if (n <= Number.MAX_SAFE_INTEGER) {
            for (let k = 0; k <= Math.min(n - 1, 200); k++) {
              for (const j of [k, n - 1 - k]) {
                const t = binomialTails(j, n, p);
                around(t.lower, us);
                around(1 - t.upper, us);
              }
            }
          }
          const bad = mismatches(us, (u) => [binomialChecked(u, n, p), binomialQuantileGeneral(u, n, p)]);
          expect(bad, `n = ${n}, p = ${p}`).toEqual([]);
        }
      }
    }
    for (const p of [0.5, nextAfter(0.5, 1), nextAfter(0.5, -1), Number.MIN_VALUE, 1e-300, nextAfter(1, -1), 1 - 2 ** -52]) {
      for (let n = 1; n <= 70; n++) {
        const us = binomialBoundaryUs(n, p);
        const bad = mismatches(us, (u) => [binomialChecked(u, n, p), binomialQuantileGeneral(u, n, p)]);
        expect(bad, `n = ${n}, p = ${p}`).toEqual([]);
      }
    }
  });

  it('Poisson: means from 1e-9 to 70 (the walks serve up to 64), u at and around every cdf boundary', () => {
    const means = [1e-300, Number.MIN_VALUE, 0.3, 3, 10, 16, nextAfter(16, 1), 20, 32, 63.99999, 64, nextAfter(64, 1)];
    for (let e = -9; e <= Math.log10(70); e += 0.02) means.push(10 ** e);
    for (const mean of means) {
      const us = poissonBoundaryUs(mean);
      const bad = mismatches(us, (u) => [poissonChecked(u, mean), poissonQuantileGeneral(u, mean)]);
      expect(bad, `mean = ${mean}`).toEqual([]);
    }
  });

  it('Poisson: the answer 0 without exp for λ ≤ 1 (u below the cubic bound of e^-λ), u around e^-λ and the bound', () => {
    let checked = 0;
    let byBound = 0;
    for (let i = 1; i <= 20_000; i++) {
      for (const mean of [i / 20_000, lattice(i * 214_748) * 1.0000001, nextAfter(i / 20_000, -1)]) {
        if (!(mean > 0 && mean <= 1)) continue;
        const us: number[] = [];
        const cubic = 1 - mean * (1 - mean * (0.5 - mean / 6));
        around(Math.exp(-mean), us);
        around(cubic, us);
        around(cubic - (1e-10 * (cubic <= 0.5 ? cubic : 1 - cubic) + 1e-12), us);
        // Surely inside the shortcut's region: just beyond its margin, and well below.
        us.push(cubic - 2e-10, cubic * (1 - 1e-9) - 2e-12, cubic / 2, cubic / 1e6);
        const bad = mismatches(us, (u) => [poissonChecked(u, mean), poissonQuantileGeneral(u, mean)]);
        expect(bad, `mean = ${mean}`).toEqual([]);
        checked += us.length;
        for (const u of us) {
          // poissonSurelyZero (the engine's inlined first link) says 0 only where the count is 0.
          const sure = poissonSurelyZero(u, mean);
          if (sure) expect(poissonQuantileGeneral(u, mean), `u = ${u}, mean = ${mean}`).toBe(0);
          if (u + 1e-10 * u + 1e-12 + 1e-14 < cubic && poissonQuantile(u, mean) === 0 && sure) byBound++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2_000_000);
    // The shortcut's region (u + band + slack below the bound) was reached, and answered 0.
    expect(byBound).toBeGreaterThan(200_000);
  });

  it('odd inputs take the same branch as before (NaN, ±Infinity, 0, negative, fractional n, u outside (0, 1))', () => {
    const odd = [NaN, -Infinity, -1, 0, Number.MIN_VALUE, 0.5, 1, 2, Infinity];
    for (const u of [...odd, 0.3, 0.9]) {
      for (const mean of [...odd, 3, 64]) {
        expect(poissonQuantile(u, mean)).toBe(poissonQuantileGeneral(u, mean));
        if (poissonSurelyZero(u, mean)) expect(poissonQuantileGeneral(u, mean), `u = ${u}, mean = ${mean}`).toBe(0);
      }
      for (const n of [...odd, 1.5, 10.9, 64.2]) {
        for (const p of [...odd, 0.3, 0.7]) expect(binomialQuantile(u, n, p)).toBe(binomialQuantileGeneral(u, n, p));
      }
    }
  });

  it('random (u, n, p) and (u, mean) (property)', () => {
    const u = fc.oneof(
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      fc.integer({ min: 0, max: TWO_32 - 1 }).map(lattice),
      fc.integer({ min: 0, max: 1000 }).map(lattice),
      fc.integer({ min: TWO_32 - 1000, max: TWO_32 - 1 }).map(lattice),
    );
    const p = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: -12, max: 0, noNaN: true }).map((x) => 10 ** x),
      fc.double({ min: -12, max: 0, noNaN: true }).map((x) => 1 - 10 ** x),
    );
    const n = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 1e6 }));
    fc.assert(
      fc.property(u, n, p, (uu, nn, pp) => {
        expect(binomialQuantile(uu, nn, pp)).toBe(binomialQuantileGeneral(uu, nn, pp));
      }),
      { numRuns: 50_000 },
    );
    const mean = fc.double({ min: -9, max: Math.log10(80), noNaN: true }).map((x) => 10 ** x);
    fc.assert(
      fc.property(u, mean, (uu, m) => {
        expect(poissonQuantile(uu, m)).toBe(poissonQuantileGeneral(uu, m));
      }),
      { numRuns: 50_000 },
    );
  });
});

describe('fast paths: taken where they should be, deferring inside the guard band', () => {
  it('typical engine draws take the walks: no tail evaluation, the steps counted', () => {
    for (const [u, n, p] of [
      [0.3, 1, 0.15],
      [0.9, 3, 0.5],
      [0.999, 10, 0.85],
      [0.01, 30, 0.5],
      [0.7, 300, 0.15],
      [0.4, 1e12, 3e-11],
    ] as const) {
      const k = binomialQuantile(u, n, p);
      expect(samplerWork.tailEvaluations).toBe(0);
      expect(samplerWork.walkSteps).toBe(p > 0.5 ? n - k : k);
    }
    for (const [u, mean] of [
      [0.7, 0.01],
      [0.9, 3],
      [1 - 2 ** -33, 16],
      [0.2, 20],
      [0.8, 64],
    ] as const) {
      const k = poissonQuantile(u, mean);
      expect(samplerWork.tailEvaluations).toBe(0);
      expect(samplerWork.walkSteps).toBe(k);
    }
  });

  it('a uniform exactly at a cdf value goes to the general path (one tail evaluation)', () => {
    const t = binomialTails(3, 10, 0.3);
    binomialQuantile(t.lower, 10, 0.3);
    expect(samplerWork.tailEvaluations).toBe(1);
    binomialQuantile(1 - binomialTails(5, 10, 0.7).upper, 10, 0.7);
    expect(samplerWork.tailEvaluations).toBe(1);
    poissonQuantile(1 - poissonTails(6, 3).upper, 3);
    expect(samplerWork.tailEvaluations).toBe(1);
  });

  it('larger cases keep the general path', () => {
    binomialQuantile(0.5, 200, 0.5); // n·min(p, 1-p) = 100 > 64
    expect(samplerWork.tailEvaluations).toBe(1);
    poissonQuantile(0.5, 65);
    expect(samplerWork.tailEvaluations).toBe(1);
  });
});

/**
 * Monotonicity is checked for the uniforms the streams produce, (i + 1/2)/2^32 between 2^-33 and
 * 1 - 2^-33. Far outside that range the general path (and so, through the band, the fast paths)
 * is not monotone, before and after the fast paths alike: its walks from a Cornish-Fisher guess
 * subtract pmf terms from a tail near 1/2 and lose the relative accuracy a comparison with
 * u = 1e-20 or 1 - u = 2^-53 needs (e.g. binomialQuantile(1e-300, 96, 0.948...) is 23, with 0
 * for n = 95 and 97).
 */
describe('fast paths: monotone in the parameters for a fixed stream uniform', () => {
  const US = [...BASE_US.filter((u) => u >= lattice(0) && u <= lattice(TWO_32 - 1)), ...Array.from({ length: 40 }, (_, j) => (j + 0.5) / 40)];
  const P_GRID = [1e-12, 1e-9, 1e-6, 1e-4, ...Array.from({ length: 199 }, (_, j) => (j + 1) / 200), 1 - 1e-4, 1 - 1e-6, 1 - 1e-9, 1 - 1e-12];

  /** Where a count along a parameter grid decreases (at most 10, for the message). */
  function decreases(us: number[], grid: number[], count: (u: number, x: number) => number, label: string, out: string[]): void {
    for (const u of us) {
      let prev = 0;
      for (const x of grid) {
        const k = count(u, x);
        if (k < prev && out.length < 10) out.push(`${label}, u = ${u}, at ${x}: ${k} after ${prev}`);
        prev = k;
      }
    }
  }

  it('binomial: non-decreasing in p for every n ≤ 100, and in n ≤ 150 for every p', () => {
    const bad: string[] = [];
    const nGrid = Array.from({ length: 151 }, (_, n) => n);
    for (let n = 0; n <= 100; n++) decreases(US, P_GRID, (u, p) => binomialQuantile(u, n, p), `n = ${n}, p`, bad);
    for (const p of P_GRID) decreases(US, nGrid, (u, n) => binomialQuantile(u, n, p), `p = ${p}, n`, bad);
    expect(bad).toEqual([]);
  });

  it('Poisson: non-decreasing in the mean from 1e-9 to 70', () => {
    const means: number[] = [];
    for (let e = -9; e <= Math.log10(70); e += 0.001) means.push(10 ** e);
    const bad: string[] = [];
    decreases(US, means, (u, mean) => poissonQuantile(u, mean), 'mean', bad);
    expect(bad).toEqual([]);
  });

  it('random neighbouring parameters (property)', () => {
    const u = fc.oneof(
      fc.double({ min: lattice(0), max: lattice(TWO_32 - 1), noNaN: true }),
      fc.integer({ min: 0, max: TWO_32 - 1 }).map(lattice),
      fc.integer({ min: 0, max: 1000 }).map(lattice),
      fc.integer({ min: TWO_32 - 1000, max: TWO_32 - 1 }).map(lattice),
    );
    fc.assert(
      fc.property(
        u,
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (uu, n, p, f) => {
          const k = binomialQuantile(uu, n, p);
          expect(binomialQuantile(uu, n, p + (1 - p) * f * 1e-3)).toBeGreaterThanOrEqual(k);
          expect(binomialQuantile(uu, n + 1, p)).toBeGreaterThanOrEqual(k);
        },
      ),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(u, fc.double({ min: 0, max: 70, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (uu, mean, f) => {
        expect(poissonQuantile(uu, mean * (1 + f * 1e-6))).toBeGreaterThanOrEqual(poissonQuantile(uu, mean));
      }),
      { numRuns: 20_000 },
    );
  });
});
