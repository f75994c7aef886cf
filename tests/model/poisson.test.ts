import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './fast-check-seed';
import {
  exponentialQuantile,
  logFactorial,
  normalQuantile,
  poissonCdf,
  poissonPmf,
  poissonQuantile,
  poissonSurvival,
  thinnedRate,
} from '../../src/model/poisson';
import { mulberry32, proportionTolerance } from './mulberry32';

describe('Poisson counts (docs/model.md §4)', () => {
  it('arrivals at 3 a week: P(N = 0) = 0.049787, P(N ≥ 5) = 0.184737', () => {
    expect(poissonPmf(0, 3)).toBeCloseTo(0.049787, 6);
    expect(poissonSurvival(5, 3)).toBeCloseTo(0.184737, 6);
    expect(poissonCdf(4, 3) + poissonSurvival(5, 3)).toBeCloseTo(1, 12);
  });

  it('thinned by detection p = 0.4: P(no detection in a week) = exp(-1.2) = 0.301194', () => {
    expect(thinnedRate(3, 0.4)).toBeCloseTo(1.2, 12);
    expect(poissonPmf(0, thinnedRate(3, 0.4))).toBeCloseTo(0.301194, 6);
  });

  const draw = (n: number, seed: number, f: (u: number) => number) => {
    const rng = mulberry32(seed);
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(f(rng.next()));
    return out;
  };

  it('inverse-transform counts reproduce P(N = 0) and P(N ≥ 5) (statistical)', () => {
    const n = 50_000;
    const xs = draw(n, 1, (u) => poissonQuantile(u, 3));
    const p0 = 0.049787;
    const p5 = 0.184737;
    expect(Math.abs(xs.filter((x) => x === 0).length / n - p0)).toBeLessThan(proportionTolerance(p0, n));
    expect(Math.abs(xs.filter((x) => x >= 5).length / n - p5)).toBeLessThan(proportionTolerance(p5, n));
    // Mean 3 with standard error sqrt(3 / n).
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    expect(Math.abs(mean - 3)).toBeLessThan(4 * Math.sqrt(3 / n));
  });

  it('thinning attempt by attempt gives P(no detection) = exp(-1.2) (statistical)', () => {
    // Count attempts from one uniform, then each attempt is detected iff its own uniform < 0.4.
    const rng = mulberry32(2);
    const n = 50_000;
    let quiet = 0;
    for (let w = 0; w < n; w++) {
      const attempts = poissonQuantile(rng.next(), 3);
      let detected = 0;
      for (let i = 0; i < attempts; i++) if (rng.next() < 0.4) detected++;
      if (detected === 0) quiet++;
    }
    const p = Math.exp(-1.2);
    expect(Math.abs(quiet / n - p)).toBeLessThan(proportionTolerance(p, n));
  });

  it('rates add across sectors: the sum of independent counts is Poisson(Σλ) (statistical)', () => {
    const rng = mulberry32(3);
    const rates = [0.5, 1.2, 1.3];
    const n = 50_000;
    let zero = 0;
    let atLeast5 = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let total = 0;
      for (const r of rates) total += poissonQuantile(rng.next(), r);
      if (total === 0) zero++;
      if (total >= 5) atLeast5++;
      sum += total;
    }
    expect(Math.abs(zero / n - poissonPmf(0, 3))).toBeLessThan(proportionTolerance(poissonPmf(0, 3), n));
    expect(Math.abs(atLeast5 / n - poissonSurvival(5, 3))).toBeLessThan(proportionTolerance(poissonSurvival(5, 3), n));
    expect(Math.abs(sum / n - 3)).toBeLessThan(4 * Math.sqrt(3 / n));
  });

  it('large means: exact inversion past exp(-λ) underflow, and the normal approximation', () => {
    for (const lambda of [700, 5_000, 1e6]) {
      expect(poissonQuantile(0.5, lambda)).toBeGreaterThanOrEqual(Math.floor(lambda - 1));
      expect(poissonQuantile(0.5, lambda)).toBeLessThanOrEqual(Math.ceil(lambda + 1));
      const lo = poissonQuantile(0.02275, lambda); // Φ(-2)
      expect(Math.abs(lo - (lambda - 2 * Math.sqrt(lambda)))).toBeLessThan(0.1 * Math.sqrt(lambda) + 2);
    }
    expect(poissonQuantile(0.5, 1e9)).toBe(1e9);
    expect(poissonQuantile(0.999999, 0)).toBe(0);
    expect(poissonQuantile(0.5, NaN)).toBe(0);
  });

  it('the quantile is the smallest k with P(N ≤ k) > u, on both sides of u = 0.5', () => {
    for (const lambda of [1e-6, 0.1, 3, 50, 700]) {
      for (let i = 0; i < 200; i++) {
        const u = (i + 0.5) / 200;
        const k = poissonQuantile(u, lambda);
        expect(poissonCdf(k, lambda)).toBeGreaterThan(u - 1e-9);
        if (k > 0) expect(poissonCdf(k - 1, lambda)).toBeLessThanOrEqual(u + 1e-9);
      }
    }
    expect(poissonQuantile(1 - 1e-12, 1e-300)).toBe(0);
    expect(poissonQuantile(1 - 1e-12, 3)).toBeGreaterThan(15);
  });

  it('one uniform gives counts non-decreasing in the mean (common random numbers, property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        (u, l1, extra) => {
          const k1 = poissonQuantile(u, l1);
          const k2 = poissonQuantile(u, l1 + extra);
          expect(Number.isInteger(k1) && k1 >= 0).toBe(true);
          expect(k2).toBeGreaterThanOrEqual(k1);
        },
      ),
      { numRuns: Number(process.env.MODEL_PROPERTY_RUNS ?? 1000) },
    );
  });

  it('helpers: log factorial, normal quantile, exponential waits', () => {
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 12);
    let exact = 0;
    for (let k = 2; k <= 30; k++) exact += Math.log(k);
    expect(logFactorial(30)).toBeCloseTo(exact, 10);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(exponentialQuantile(1 - Math.exp(-1), 2)).toBeCloseTo(0.5, 12);
    expect(exponentialQuantile(0.5, 0)).toBe(Infinity);
  });
});
