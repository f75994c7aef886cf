import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './fast-check-seed';
import {
  observedInterdictionRate,
  routeChoiceInto,
  routeChoiceProbabilities,
  smoothingWeightFromHalfLife,
  smoothInterdictionRate,
} from '../../src/model/displacement';

const weightsAndRates = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
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
      fc.property(weightsAndRates, fc.oneof(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constant(Infinity)), ([w, r], theta) => {
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
      }),
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

/** routeChoiceProbabilities as it was written before routeChoiceInto (the reference). */
function referenceRouteChoice(baseWeights: readonly number[], perceived: readonly number[], sensitivity: number): number[] {
  const clamp = (x: number) => (!(x > 0) ? 0 : x >= 1 ? 1 : x);
  const n = baseWeights.length;
  const theta = sensitivity > 0 ? sensitivity : 0;
  const rates = perceived.map(clamp);
  let minRate = 1;
  for (let i = 0; i < n; i++) if ((baseWeights[i] ?? 0) > 0) minRate = Math.min(minRate, rates[i] ?? 1);
  const scores = new Array<number>(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w0 = baseWeights[i] ?? 0;
    const w = w0 > 0 ? w0 : 0;
    const w1 = w === Infinity ? Number.MAX_VALUE : w;
    const excess = (rates[i] ?? 0) - minRate;
    const s = w1 * (excess > 0 ? Math.exp(-theta * excess) : 1);
    scores[i] = s;
    total += s;
  }
  if (!(total > 0)) return scores.map(() => 0);
  if (total === Infinity) {
    let max = 0;
    for (const s of scores) max = Math.max(max, s);
    total = 0;
    for (let i = 0; i < n; i++) {
      scores[i] = (scores[i] ?? 0) / max;
      total += scores[i] ?? 0;
    }
  }
  return scores.map((s) => s / total);
}

describe('routeChoiceInto', () => {
  it('gives the shares of the reference implementation to the last bit, into the array given', () => {
    const weight = fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(0, Number.MAX_VALUE, Infinity, 1e-300));
    const rate = fc.oneof(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(weight, rate), { minLength: 1, maxLength: 30 }),
        fc.oneof(fc.double({ min: 0, max: 50, noNaN: true }), fc.constant(Infinity)),
        (pairs, theta) => {
          const w = pairs.map((p) => p[0]);
          const r = pairs.map((p) => p[1]);
          const into = new Float64Array(w.length);
          const out = routeChoiceInto(w, r, theta, into);
          expect(out).toBe(into);
          const ref = referenceRouteChoice(w, r, theta);
          ref.forEach((v, i) => expect(Object.is(out[i], v)).toBe(true));
          expect(routeChoiceProbabilities(w, r, theta)).toEqual(ref);
        },
      ),
    );
  });

  it('rejects arrays of different lengths', () => {
    expect(() => routeChoiceInto([1, 2], [0, 0], 1, new Float64Array(3))).toThrow(RangeError);
    expect(() => routeChoiceInto([1, 2], [0], 1, new Float64Array(2))).toThrow(RangeError);
  });
});
