import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pairedComparison } from '../../src/experiment/paired';
import { moments } from '../../src/experiment/statistics';
import { mulberry32 } from './mulberry32';

const finiteDouble = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('pairedComparison', () => {
  it('matches a hand-computed example', () => {
    // X = baseline, Y = policy, D = Y − X = [1, 2, 1, 2]
    // mean X = 13, Var X = (9 + 1 + 1 + 9) / 3 = 20/3
    // mean Y = 14.5, Var Y = (12.25 + 0.25 + 0.25 + 12.25) / 3 = 25/3
    // mean D = 1.5, Var D = 4 · 0.25 / 3 = 1/3, Cov = (10.5 + 0.5 + 0.5 + 10.5) / 3 = 22/3
    // ratio = (1/3) / (45/3) = 1/45; reduction = 44/45
    // CI = 1.5 ± t(0.975, 3) · √(1/3) / 2, t(0.975, 3) = 3.1824463052837078
    const c = pairedComparison([10, 12, 14, 16], [11, 14, 15, 18]);
    expect(c.n).toBe(4);
    expect(c.meanBaseline).toBe(13);
    expect(c.meanPolicy).toBe(14.5);
    expect(c.meanDifference).toBe(1.5);
    expect(c.varianceBaseline).toBeCloseTo(20 / 3, 13);
    expect(c.variancePolicy).toBeCloseTo(25 / 3, 13);
    expect(c.varianceDifference).toBeCloseTo(1 / 3, 14);
    expect(c.sdDifference).toBeCloseTo(Math.sqrt(1 / 3), 14);
    expect(c.covariance).toBeCloseTo(22 / 3, 13);
    expect(c.correlation).toBeCloseTo(22 / Math.sqrt(500), 13);
    expect(c.varianceRatio).toBeCloseTo(1 / 45, 14);
    expect(c.varianceReduction).toBeCloseTo(44 / 45, 14);
    const h = (3.1824463052837078 * Math.sqrt(1 / 3)) / 2;
    expect(c.halfWidth).toBeCloseTo(h, 12);
    expect(c.ci95[0]).toBeCloseTo(1.5 - h, 12);
    expect(c.ci95[1]).toBeCloseTo(1.5 + h, 12);
  });

  it('identical arms: zero difference, collapsed interval, full reduction', () => {
    const c = pairedComparison([1, 5, 2, 8], [1, 5, 2, 8]);
    expect(c.meanDifference).toBe(0);
    expect(c.sdDifference).toBe(0);
    expect(c.ci95).toEqual([0, 0]);
    expect(c.varianceRatio).toBe(0);
    expect(c.varianceReduction).toBe(1);
    expect(c.correlation).toBeCloseTo(1, 14);
  });

  it('negatively correlated arms: pairing hurts (negative reduction)', () => {
    const c = pairedComparison([1, 2, 3, 4], [4, 3, 2, 1]);
    expect(c.correlation).toBeCloseTo(-1, 14);
    expect(c.varianceReduction).toBeCloseTo(-1, 14);
  });

  it('constant arms: ratio undefined', () => {
    const c = pairedComparison([2, 2, 2], [3, 3, 3]);
    expect(c.meanDifference).toBe(1);
    expect(c.varianceRatio).toBeNaN();
    expect(c.correlation).toBeNaN();
  });

  it('common random numbers reduce the variance of a policy effect', () => {
    // A toy "model": a count of detections over 30 attempts, detected iff u < p. The policy raises
    // p from 0.30 to 0.35. On common random numbers both arms use the same u's.
    const runs = 400;
    const model = (rng: { next(): number }, p: number): number => {
      let k = 0;
      for (let a = 0; a < 30; a++) if (rng.next() < p) k++;
      return k;
    };
    const x: number[] = [];
    const yCrn: number[] = [];
    const yInd: number[] = [];
    for (let i = 0; i < runs; i++) {
      x.push(model(mulberry32(i), 0.3));
      yCrn.push(model(mulberry32(i), 0.35));
      yInd.push(model(mulberry32(1_000_000 + i), 0.35));
    }
    const crn = pairedComparison(x, yCrn);
    const ind = pairedComparison(x, yInd);
    expect(crn.varianceReduction).toBeGreaterThan(0.7);
    expect(Math.abs(ind.varianceReduction)).toBeLessThan(0.2);
    expect(crn.halfWidth).toBeLessThan(ind.halfWidth / 2);
    // The true effect is 30 · 0.05 = 1.5; both intervals should cover it here.
    expect(crn.ci95[0]).toBeLessThan(1.5);
    expect(crn.ci95[1]).toBeGreaterThan(1.5);
    // Pathwise monotone: with the same u's the policy never detects fewer.
    for (let i = 0; i < runs; i++) expect(yCrn[i]).toBeGreaterThanOrEqual(x[i] as number);
  });

  it('property: paired mean difference = difference of means; Var D = Var X + Var Y − 2 Cov', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(finiteDouble, finiteDouble), { minLength: 2, maxLength: 100 }), (pairs) => {
        const x = pairs.map((p) => p[0]);
        const y = pairs.map((p) => p[1]);
        const c = pairedComparison(x, y);
        const scale = Math.max(1, ...x.map(Math.abs), ...y.map(Math.abs));
        expect(Math.abs(c.meanDifference - (c.meanPolicy - c.meanBaseline))).toBeLessThanOrEqual(1e-9 * scale);
        expect(c.meanBaseline).toBe(moments(x).mean);
        const identity = c.varianceBaseline + c.variancePolicy - 2 * c.covariance;
        expect(Math.abs(c.varianceDifference - identity)).toBeLessThanOrEqual(1e-9 * scale * scale);
        expect(c.ci95[0]).toBeLessThanOrEqual(c.meanDifference);
        expect(c.ci95[1]).toBeGreaterThanOrEqual(c.meanDifference);
        if (Number.isFinite(c.varianceRatio)) {
          expect(c.varianceReduction).toBeCloseTo(1 - c.varianceRatio, 12);
          expect(c.varianceRatio).toBeGreaterThanOrEqual(0);
          expect(c.varianceRatio).toBeLessThanOrEqual(2 + 1e-9); // Var(X − Y) ≤ 2 (Var X + Var Y)
        }
      }),
    );
  });

  it('rejects arrays of different lengths and values that are not finite', () => {
    expect(() => pairedComparison([1, 2], [1])).toThrow(/same run seeds/);
    expect(() => pairedComparison([1, Number.NaN], [1, 2])).toThrow(/baseline value of run 1/);
    expect(() => pairedComparison([1, 2], [1, Infinity])).toThrow(/policy value of run 1/);
  });

  it('n = 1 gives a mean difference but no spread', () => {
    const c = pairedComparison([3], [5]);
    expect(c.meanDifference).toBe(2);
    expect(c.sdDifference).toBeNaN();
    expect(c.ci95[0]).toBeNaN();
  });
});
