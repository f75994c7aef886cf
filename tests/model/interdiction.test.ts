import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './fast-check-seed';
import {
  arrivalInTimeProbability,
  crossingOutcome,
  crossingProbabilities,
  expectedTries,
  interdictionEffectiveness,
  interdictionGivenDetection,
  probabilityEventuallyCrosses,
  resolveLoad,
  responseProbability,
  seizureProbability,
  simulateRepeatTrials,
  splitLoad,
} from '../../src/model/interdiction';
import { patrolDetectionProbability, type PatrolSearchParams } from '../../src/model/detection';
import { mulberry32, proportionTolerance } from './mulberry32';

const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe('interdiction effectiveness (docs/model.md §5)', () => {
  it('700 + 100 caught and 200 got away gives 0.8', () => {
    expect(interdictionEffectiveness(700, 100, 200)).toBeCloseTo(0.8, 12);
  });

  it('is undefined (null) with nothing caught and nobody away', () => {
    expect(interdictionEffectiveness(0, 0, 0)).toBeNull();
    expect(interdictionEffectiveness(0, 0, 5)).toBe(0);
    expect(interdictionEffectiveness(5, 0, 0)).toBe(1);
  });
});

describe('repeat trials with giving up (docs/model.md §5)', () => {
  it('p = 0.4, d = 0.3 gives 0.8333', () => {
    expect(probabilityEventuallyCrosses(0.4, 0.3)).toBeCloseTo(0.6 / 0.72, 12);
    expect(probabilityEventuallyCrosses(0.4, 0.3)).toBeCloseTo(0.8333, 4);
    expect(expectedTries(0.4, 0.3)).toBeCloseTo(1 / 0.72, 12);
  });

  it('limits: never caught, always caught, never give up', () => {
    expect(probabilityEventuallyCrosses(0, 0.3)).toBe(1);
    expect(probabilityEventuallyCrosses(1, 0.3)).toBe(0);
    expect(probabilityEventuallyCrosses(1, 0)).toBe(0);
    expect(probabilityEventuallyCrosses(0.9, 0)).toBeCloseTo(1, 12);
    expect(probabilityEventuallyCrosses(0.4, 1)).toBeCloseTo(0.6, 12);
  });

  it('the try-by-try simulation agrees (statistical)', () => {
    const rng = mulberry32(4);
    const n = 40_000;
    let crossed = 0;
    let arrests = 0;
    for (let i = 0; i < n; i++) {
      const r = simulateRepeatTrials(0.4, 0.3, rng);
      if (r.crossed) crossed++;
      arrests += r.arrests;
    }
    const p = probabilityEventuallyCrosses(0.4, 0.3);
    expect(Math.abs(crossed / n - p)).toBeLessThan(proportionTolerance(p, n));
    // Arrests per crosser: 0.4 / 0.72 on average; generous 5 % relative band (sd of arrests ≈ 0.8).
    expect(Math.abs(arrests / n / (0.4 / 0.72) - 1)).toBeLessThan(0.05);
  });
});

describe('complicity, response and loads', () => {
  it('seizure = detection × response × (1 - complicity)', () => {
    expect(interdictionGivenDetection(0.8, 0.25)).toBeCloseTo(0.6, 12);
    expect(seizureProbability(0.5, 0.8, 0.25)).toBeCloseTo(0.3, 12);
    expect(seizureProbability(1, 1, 1)).toBe(0);
    expect(responseProbability(0.5, 0.4)).toBeCloseTo(0.7, 12);
    expect(arrivalInTimeProbability(2, 4)).toBeCloseTo(Math.exp(-0.5), 12);
    expect(arrivalInTimeProbability(0, 0)).toBe(1);
    expect(arrivalInTimeProbability(Infinity, 4)).toBe(0);
  });

  it('kg seized + kg through = kg attempted (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), unit, unit, (kg, p, u) => {
        const s = splitLoad(kg, p);
        expect(s.seizedKg).toBeGreaterThanOrEqual(0);
        expect(s.throughKg).toBeGreaterThanOrEqual(0);
        expect(Math.abs(s.seizedKg + s.throughKg - kg)).toBeLessThanOrEqual(Number.EPSILON * kg);
        const r = resolveLoad(kg, p, u);
        expect(r.seizedKg + r.throughKg).toBe(kg);
      }),
    );
    expect(splitLoad(100, 0.3)).toEqual({ seizedKg: 30, throughKg: 70 });
  });

  it('a detected flow splits by complicity: c = 0.25 lets a quarter of reached loads through (statistical)', () => {
    const rng = mulberry32(6);
    const n = 40_000;
    const p = seizureProbability(1, 1, 0.25);
    let seized = 0;
    for (let i = 0; i < n; i++) if (resolveLoad(10, p, rng.next()).seizedKg > 0) seized++;
    expect(Math.abs(seized / n - 0.75)).toBeLessThan(proportionTolerance(0.75, n));
  });
});

describe('one attempt from one uniform', () => {
  it('partitions [0, 1) into apprehended, turned back, evaded, undetected', () => {
    const probs = crossingProbabilities(0.5, 0.6, 0.2);
    expect(probs.apprehended).toBeCloseTo(0.3, 12);
    expect(probs.turnedBack).toBeCloseTo(0.1, 12);
    expect(probs.evaded).toBeCloseTo(0.1, 12);
    expect(probs.undetected).toBeCloseTo(0.5, 12);
    expect(crossingOutcome(0.1, probs)).toBe('apprehended');
    expect(crossingOutcome(0.35, probs)).toBe('turned-back');
    expect(crossingOutcome(0.45, probs)).toBe('evaded');
    expect(crossingOutcome(0.9, probs)).toBe('undetected');
  });

  it('probabilities are in [0, 1] and sum to 1 for any inputs (property)', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), (d, a, t) => {
        const p = crossingProbabilities(d, a, t);
        for (const v of Object.values(p)) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
        expect(p.apprehended + p.turnedBack + p.evaded + p.undetected).toBeCloseTo(1, 12);
      }),
    );
  });

  const params: PatrolSearchParams = {
    sweepWidthKm: 2,
    patrolSpeedKmPerHour: 3,
    patrolHoursPerTurn: 8,
    personnelPerPatrol: 6,
    sectorDepthKm: 5,
    terrainMultiplier: 0.7,
    seasonMultiplier: 1,
  };

  it('with common random numbers, more patrol effort never turns an interdiction into a got-away (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        unit,
        unit,
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 50 }),
        (effort, extra, pa, pt, us) => {
          const before = crossingProbabilities(patrolDetectionProbability(effort, params), pa, pt);
          const after = crossingProbabilities(patrolDetectionProbability(effort + extra, params), pa, pt);
          const away = (probs: typeof before) =>
            us.filter((u) => {
              const o = crossingOutcome(u, probs);
              return o === 'evaded' || o === 'undetected';
            }).length;
          expect(away(after)).toBeLessThanOrEqual(away(before));
        },
      ),
    );
  });
});
