import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './fast-check-seed';
import {
  observedInterdictionRate,
  routeChoiceProbabilities,
  smoothingWeightFromHalfLife,
  smoothInterdictionRate,
} from '../../src/model/displacement';

const weightsAndRates = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.tuple(
    fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: n, maxLength: n }),
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
  ),
);

describe('logit displacement', () => {
  it('sensitivity 0 leaves the base weights unchanged', () => {
    const p = routeChoiceProbabilities([1, 3, 6], [0.9, 0.1, 0.5], 0);
    expect(p[0]).toBeCloseTo(0.1, 12);
    expect(p[1]).toBeCloseTo(0.3, 12);
    expect(p[2]).toBeCloseTo(0.6, 12);
  });

  it('shifts attempts away from the better-watched sector by exp(-θ Δr)', () => {
    const [a = NaN, b = NaN] = routeChoiceProbabilities([1, 1], [0.5, 0], 4);
    expect(a / b).toBeCloseTo(Math.exp(-2), 12);
    expect(a + b).toBeCloseTo(1, 12);
  });

  it('reinforcing one sector pushes crossings to its neighbours (SOAR)', () => {
    const before = routeChoiceProbabilities([1, 1, 1], [0.2, 0.2, 0.2], 5);
    const after = routeChoiceProbabilities([1, 1, 1], [0.6, 0.2, 0.2], 5);
    expect(after[0]).toBeLessThan(before[0] ?? 0);
    expect(after[1]).toBeGreaterThan(before[1] ?? 1);
  });

  it('all-zero weights route nothing; mismatched lengths throw', () => {
    expect(routeChoiceProbabilities([0, 0], [0.1, 0.2], 3)).toEqual([0, 0]);
    expect(() => routeChoiceProbabilities([1], [0.1, 0.2], 3)).toThrow(RangeError);
  });

  it('choice probabilities are in [0, 1] and sum to 1 for any weights and sensitivity (property)', () => {
    fc.assert(
      fc.property(
        weightsAndRates,
        fc.oneof(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constant(Infinity)),
        ([w, r], theta) => {
          const p = routeChoiceProbabilities(w, r, theta);
          expect(p).toHaveLength(w.length);
          for (const x of p) {
            expect(Number.isNaN(x)).toBe(false);
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
          }
          const total = p.reduce((s, x) => s + x, 0);
          if (w.some((x) => x > 0)) expect(total).toBeCloseTo(1, 9);
          else expect(total).toBe(0);
        },
      ),
    );
  });
});

describe('remembered interdiction rate', () => {
  it('smooths exponentially and ignores turns with no attempts', () => {
    expect(smoothInterdictionRate(0.2, 0.6, 0.25)).toBeCloseTo(0.3, 12);
    expect(smoothInterdictionRate(0.2, null, 0.25)).toBe(0.2);
    expect(smoothInterdictionRate(0.2, 0.6, 1)).toBeCloseTo(0.6, 12);
    expect(observedInterdictionRate(3, 12)).toBeCloseTo(0.25, 12);
    expect(observedInterdictionRate(0, 0)).toBeNull();
  });

  it('a half-life of h turns halves the weight of an old observation every h turns', () => {
    const lambda = smoothingWeightFromHalfLife(3);
    expect((1 - lambda) ** 3).toBeCloseTo(0.5, 12);
    expect(smoothingWeightFromHalfLife(1)).toBeCloseTo(0.5, 12);
    expect(smoothingWeightFromHalfLife(0)).toBe(1);
  });

  it('stays in [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.double(), fc.option(fc.double(), { nil: null }), fc.double(), (r, x, l) => {
        const v = smoothInterdictionRate(r, x, l);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }),
    );
  });
});
