import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawUniform, factorialSize, fullFactorial, latinHypercube, randomPermutation, scaleDesign, scaleToRanges } from '../../src/experiment/designs';
import type { Rng } from '../../src/rng/rng';
import { mulberry32 } from './mulberry32';

/** Counts the draws made through an Rng. */
function counting(rng: Rng): Rng & { draws: number } {
  const c = {
    draws: 0,
    next(): number {
      c.draws++;
      return rng.next();
    },
  };
  return c;
}

describe('fullFactorial', () => {
  it('enumerates every combination, last factor fastest', () => {
    const design = fullFactorial([
      { name: 'patrols', levels: [2, 4] },
      { name: 'drones', levels: [0, 1, 2] },
    ]);
    expect(design).toEqual([
      { patrols: 2, drones: 0 },
      { patrols: 2, drones: 1 },
      { patrols: 2, drones: 2 },
      { patrols: 4, drones: 0 },
      { patrols: 4, drones: 1 },
      { patrols: 4, drones: 2 },
    ]);
  });

  it('property: size is the product of level counts and all points differ', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 5 }), (counts) => {
        const factors = counts.map((c, j) => ({ name: `/f${j}`, levels: Array.from({ length: c }, (_, i) => i) }));
        const design = fullFactorial(factors);
        expect(design.length).toBe(factorialSize(factors));
        expect(new Set(design.map((p) => JSON.stringify(p))).size).toBe(design.length);
      }),
    );
  });

  it('has one empty point for no factors, and handles awkward names', () => {
    expect(fullFactorial([])).toEqual([{}]);
    const design = fullFactorial([{ name: '__proto__', levels: [1, 2] }]);
    expect(Object.keys(design[0]!)).toEqual(['__proto__']);
    expect(design[1]!['__proto__']).toBe(2);
  });

  it('rejects empty levels, repeated names and oversized designs', () => {
    expect(() => fullFactorial([{ name: 'a', levels: [] }])).toThrow(/"a" has no levels/);
    expect(() =>
      fullFactorial([
        { name: 'a', levels: [1] },
        { name: 'a', levels: [2] },
      ]),
    ).toThrow(/twice/);
    const big = Array.from({ length: 4 }, (_, j) => ({ name: `f${j}`, levels: Array.from({ length: 10 }, (_, i) => i) }));
    expect(() => fullFactorial(big, { maxPoints: 9999 })).toThrow(/10000 points \(10 × 10 × 10 × 10\)/);
  });
});

describe('latinHypercube', () => {
  it('property: every stratum is hit exactly once per dimension', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 6 }), fc.integer(), fc.boolean(), (n, k, seed, centered) => {
        const pts = latinHypercube(n, k, mulberry32(seed), { centered });
        expect(pts).toHaveLength(n);
        for (let j = 0; j < k; j++) {
          const hits = new Array<number>(n).fill(0);
          for (const p of pts) {
            const x = p[j] as number;
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThan(1);
            const s = Math.floor(x * n);
            // The stratum is [s/n, (s+1)/n) as computed in doubles.
            expect(x).toBeGreaterThanOrEqual(s / n);
            expect(x).toBeLessThan((s + 1) / n);
            hits[s] = (hits[s] as number) + 1;
          }
          expect(hits.every((h) => h === 1)).toBe(true);
        }
      }),
    );
  });

  it('is deterministic for a seed and uses the documented number of draws', () => {
    expect(latinHypercube(20, 3, mulberry32(5))).toEqual(latinHypercube(20, 3, mulberry32(5)));
    expect(latinHypercube(20, 3, mulberry32(5))).not.toEqual(latinHypercube(20, 3, mulberry32(6)));
    const rng = counting(mulberry32(1));
    latinHypercube(20, 3, rng);
    expect(rng.draws).toBe(3 * (19 + 20));
    const centred = counting(mulberry32(1));
    const pts = latinHypercube(4, 2, centred, { centered: true });
    expect(centred.draws).toBe(2 * 3);
    for (const p of pts) for (const x of p) expect([0.125, 0.375, 0.625, 0.875]).toContain(x);
  });

  it('keeps a point inside its stratum when the jitter rounds up', () => {
    const almostOne: Rng = { next: () => 1 - 2 ** -53 };
    const pts = latinHypercube(7, 1, almostOne);
    const strata = pts.map((p) => Math.floor((p[0] as number) * 7)).sort();
    expect(strata).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const p of pts) expect(p[0]).toBeLessThan(1);
  });

  it('rejects bad sizes and a generator outside [0, 1)', () => {
    expect(() => latinHypercube(0, 2, mulberry32(1))).toThrow(RangeError);
    expect(() => latinHypercube(3, -1, mulberry32(1))).toThrow(RangeError);
    expect(() => latinHypercube(3, 1, { next: () => 1 })).toThrow(/\[0, 1\)/);
    expect(() => drawUniform({ next: () => Number.NaN })).toThrow(RangeError);
  });

  it('randomPermutation is a permutation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer(), (n, seed) => {
        const p = randomPermutation(mulberry32(seed), n);
        expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
    );
  });
});

describe('scaleToRanges', () => {
  const ranges = [
    { name: '/sectors/0/patrols', min: 2, max: 6 },
    { name: '/detection/p', min: 0.2, max: 0.6 },
  ];

  it('maps unit coordinates linearly onto ranges', () => {
    expect(scaleToRanges([0, 1], ranges)).toEqual({ '/sectors/0/patrols': 2, '/detection/p': 0.6 });
    const mid = scaleToRanges([0.5, 0.25], ranges);
    expect(mid['/sectors/0/patrols']).toBe(4);
    expect(mid['/detection/p']).toBeCloseTo(0.3, 15);
    expect(scaleToRanges([0.7], [{ name: 'fixed', min: 3, max: 3 }])).toEqual({ fixed: 3 });
  });

  it('property: scaled values stay within their ranges', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (x, min, width) => {
          const v = scaleToRanges([x], [{ name: 'p', min, max: min + width }]).p as number;
          expect(v).toBeGreaterThanOrEqual(min);
          expect(v).toBeLessThanOrEqual(min + width);
        },
      ),
    );
  });

  it('scales a whole design, and rejects mismatches and bad ranges', () => {
    const design = scaleDesign(latinHypercube(5, 2, mulberry32(3)), ranges);
    expect(design).toHaveLength(5);
    const patrols = design.map((d) => d['/sectors/0/patrols'] as number).sort((a, b) => a - b);
    patrols.forEach((v, s) => {
      expect(v).toBeGreaterThanOrEqual(2 + (4 * s) / 5);
      expect(v).toBeLessThanOrEqual(2 + (4 * (s + 1)) / 5);
    });
    expect(() => scaleToRanges([0.5], ranges)).toThrow(/1 coordinates but there are 2 ranges/);
    expect(() => scaleToRanges([1.5, 0], ranges)).toThrow(/coordinate 0/);
    expect(() => scaleToRanges([0.5], [{ name: 'bad', min: 2, max: 1 }])).toThrow(/"bad"/);
  });
});
