import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './fast-check-seed';
import * as model from '../../src/model';

/** Finite non-negative inputs, including 0, subnormals and huge values. */
const x = fc.oneof(
  fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
  fc.double({ min: 0, max: 10, noNaN: true }),
  fc.constantFrom(0, Number.MIN_VALUE, 1, Number.MAX_VALUE),
);
/** Anything at all, to check that bad inputs are guarded rather than propagated. */
const any = fc.double();
const table = fc.option(fc.array(any, { minLength: 12, maxLength: 12 }), { nil: undefined });
const month = fc.integer({ min: -24, max: 36 });

function isProbability(p: number): void {
  expect(Number.isNaN(p)).toBe(false);
  expect(p).toBeGreaterThanOrEqual(0);
  expect(p).toBeLessThanOrEqual(1);
}

const cases: [string, fc.Arbitrary<number>][] = [
  ['finite non-negative inputs', x],
  ['any double, NaN and ±Infinity included', any],
];

describe.each(cases)('every probability is in [0, 1] and never NaN: %s', (_name, v) => {
  it('detection', () => {
    fc.assert(
      fc.property(v, v, v, v, (a, b, c, d) => {
        isProbability(model.randomSearchProbability(a, b, c, d));
        isProbability(model.exhaustiveSearchProbability(a, b, c, d));
        isProbability(model.randomSearchFromCoverage(a));
        isProbability(model.fixedPostsProbability(a, b));
        isProbability(model.fixedPostsProbability(a, model.postSpacingKm(b, c)));
        isProbability(model.combineIndependentLooks([a, b, c, d]));
        isProbability(model.personnelEffectiveness(a, b, c));
        isProbability(model.sectorDetectionProbability({ patrol: a, posts: b, sensors: c }));
        isProbability(
          model.patrolDetectionProbability(a, {
            sweepWidthKm: b,
            patrolSpeedKmPerHour: c,
            patrolHoursPerTurn: d,
            personnelPerPatrol: a,
            sectorDepthKm: b,
            terrainMultiplier: c,
            seasonMultiplier: d,
          }),
        );
        const e = model.effectivePatrolEffortPerKm(a, b, c, d, a);
        expect(Number.isNaN(e)).toBe(false);
        expect(e).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('pressure, displacement, interdiction, forces, Poisson', () => {
    fc.assert(
      fc.property(v, v, v, v, month, table, (a, b, c, d, m, t) => {
        isProbability(model.deterrenceFactor(a, b));
        isProbability(model.passOpenFactor(m, t, a));
        isProbability(model.riverCrossability(m, [a, b, c, d]));
        isProbability(model.smoothInterdictionRate(a, b, c));
        isProbability(model.smoothingWeightFromHalfLife(a));
        isProbability(model.probabilityEventuallyCrosses(a, b));
        isProbability(model.interdictionGivenDetection(a, b));
        isProbability(model.responseProbability(a, b));
        isProbability(model.arrivalInTimeProbability(a, b));
        isProbability(model.seizureProbability(a, b, c));
        isProbability(model.updateFatigue(a, b > 0.5, c, d));
        isProbability(model.updateReadiness(a, b, c));
        isProbability(model.poissonPmf(Math.floor(Math.abs(a) % 50), b));
        isProbability(model.poissonSurvival(Math.floor(Math.abs(a) % 50), b));
        const eff = model.interdictionEffectiveness(a, b, c);
        if (eff !== null) isProbability(eff);
        const obs = model.observedInterdictionRate(a, b);
        if (obs !== null) isProbability(obs);
        for (const p of Object.values(model.crossingProbabilities(a, b, c))) isProbability(p);
        const f = model.seasonalActivityFactor(m, a, t);
        expect(Number.isNaN(f) || f < 0).toBe(false);
        const s = model.seasonalFactor({ month: m, passOpenByMonth: t, seasonWeights: t, seasonAmplitude: a, winterClosedFactor: b });
        expect(Number.isNaN(s) || s < 0).toBe(false);
        const rate = model.crossingAttemptRate({
          presence: a,
          attemptsPerPresencePerTurn: b,
          intent: c,
          seasonalMultiplier: d,
          deterrenceIndex: a,
          deterrenceSensitivity: b,
        });
        expect(Number.isNaN(rate) || rate < 0).toBe(false);
        const k = model.poissonQuantile(Math.abs(c) % 1, Math.min(Math.abs(d), 1e12));
        expect(Number.isInteger(k) && k >= 0).toBe(true);
      }),
    );
  });
});
