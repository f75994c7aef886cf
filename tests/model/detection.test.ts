import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './fast-check-seed';
import {
  combineIndependentLooks,
  effectivePatrolEffortPerKm,
  exhaustiveSearchProbability,
  fixedPostsProbability,
  patrolCoverage,
  patrolDetectionProbability,
  postSpacingKm,
  randomSearchFromCoverage,
  randomSearchProbability,
  searchCoverage,
  seasonSearchMultiplier,
  sectorDetectionProbability,
  type PatrolSearchParams,
} from '../../src/model/detection';
import { mulberry32, proportionTolerance } from './mulberry32';

const nonNeg = fc.double({ min: 0, max: 1e6, noNaN: true });
const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe('Koopman random search (docs/model.md §3)', () => {
  it('W = 2 km, v = 5 km/h, t = 10 h, A = 200 km² gives 0.393469', () => {
    expect(randomSearchProbability(2, 5, 10, 200)).toBeCloseTo(0.393469, 6);
    expect(randomSearchProbability(2, 5, 10, 200)).toBeCloseTo(1 - Math.exp(-0.5), 12);
  });

  it('the exhaustive sweep gives 0.5 and caps at 1', () => {
    expect(exhaustiveSearchProbability(2, 5, 10, 200)).toBeCloseTo(0.5, 12);
    expect(exhaustiveSearchProbability(2, 5, 100, 200)).toBe(1);
  });

  it('random search approaches the exhaustive sweep for small coverage and never exceeds it', () => {
    const z = 1e-6;
    expect(randomSearchFromCoverage(z) / z).toBeCloseTo(1, 6);
    fc.assert(
      fc.property(nonNeg, nonNeg, nonNeg, nonNeg, (w, v, t, a) => {
        expect(randomSearchProbability(w, v, t, a)).toBeLessThanOrEqual(exhaustiveSearchProbability(w, v, t, a) + 1e-15);
      }),
    );
  });

  it('splitting the effort into n independent looks converges to the same law (statistical)', () => {
    // Random search is the limit of many independent small looks, each with chance z/n; simulate
    // n = 50 looks per trial with z = 0.5 and compare with 1 - (1 - z/n)^n (≈ 1 - e^{-z}).
    const rng = mulberry32(11);
    const n = 50;
    const z = 0.5;
    const trials = 20_000;
    let found = 0;
    for (let i = 0; i < trials; i++) {
      for (let j = 0; j < n; j++) {
        if (rng.next() < z / n) {
          found++;
          break;
        }
      }
    }
    const exact = 1 - (1 - z / n) ** n;
    expect(Math.abs(found / trials - exact)).toBeLessThan(proportionTolerance(exact, trials));
    expect(Math.abs(exact - randomSearchFromCoverage(z))).toBeLessThan(0.002);
  });

  it('guards zero areas and zero effort', () => {
    expect(searchCoverage(2, 5, 10, 0)).toBe(Infinity);
    expect(randomSearchProbability(2, 5, 10, 0)).toBe(1);
    expect(randomSearchProbability(0, 5, 10, 0)).toBe(0);
    expect(randomSearchProbability(2, 5, 0, 200)).toBe(0);
    expect(randomSearchProbability(Infinity, 0, 10, 200)).toBe(0);
    expect(randomSearchProbability(NaN, 5, 10, 200)).toBe(0);
  });
});

describe('fixed posts', () => {
  it('P = min(1, 2R/s)', () => {
    expect(fixedPostsProbability(2, 10)).toBeCloseTo(0.4, 12);
    expect(fixedPostsProbability(3, 5)).toBe(1);
    expect(fixedPostsProbability(2, postSpacingKm(60, 4))).toBeCloseTo(4 / 15, 12);
    expect(fixedPostsProbability(2, postSpacingKm(60, 0))).toBe(0);
    expect(fixedPostsProbability(0, 0)).toBe(0);
    expect(fixedPostsProbability(1, 0)).toBe(1);
  });

  it('matches a crossing point uniform along the line (statistical)', () => {
    // Posts at 0, s, 2s, ...; a crossing at x is seen iff it lies within R of the nearest post.
    const rng = mulberry32(5);
    const s = 10;
    const r = 2;
    const trials = 20_000;
    let seen = 0;
    for (let i = 0; i < trials; i++) {
      const x = rng.next() * 100;
      const toPost = Math.abs(x - Math.round(x / s) * s);
      if (toPost <= r) seen++;
    }
    const p = fixedPostsProbability(r, s);
    expect(Math.abs(seen / trials - p)).toBeLessThan(proportionTolerance(p, trials));
  });
});

describe('independent looks and patrol effort', () => {
  it('combines as 1 - Π(1 - p)', () => {
    expect(combineIndependentLooks([0.4, 0.5])).toBeCloseTo(0.7, 12);
    expect(combineIndependentLooks([])).toBe(0);
    expect(sectorDetectionProbability({ patrol: 0.5, posts: 0.2, sensors: 0 })).toBeCloseTo(0.6, 12);
  });

  it('effort per km is personnel × readiness × (1 - fatigue) × quality / length', () => {
    expect(effectivePatrolEffortPerKm(300, 0.8, 0.25, 0.5, 90)).toBeCloseTo(1, 12);
    expect(effectivePatrolEffortPerKm(300, 0.8, 0.25, 0.5, 0)).toBe(0);
    expect(effectivePatrolEffortPerKm(0, 1, 0, 1, 10)).toBe(0);
    expect(effectivePatrolEffortPerKm(100, 1, 1, 1, 10)).toBe(0);
  });

  const params: PatrolSearchParams = {
    sweepWidthKm: 2,
    patrolSpeedKmPerHour: 3,
    patrolHoursPerTurn: 8,
    personnelPerPatrol: 6,
    sectorDepthKm: 5,
    terrainMultiplier: 1,
    seasonMultiplier: 1,
  };

  it('patrol coverage is (e/g) W v h m / D, so the sector length cancels', () => {
    expect(patrolCoverage(1, params)).toBeCloseTo(1.6, 12);
    expect(patrolDetectionProbability(1, params)).toBeCloseTo(1 - Math.exp(-1.6), 12);
    expect(patrolCoverage(1, { ...params, terrainMultiplier: 0.5, seasonMultiplier: 0.5 })).toBeCloseTo(0.4, 12);
  });

  it('detection is monotone non-decreasing in patrol effort (property)', () => {
    fc.assert(
      fc.property(nonNeg, nonNeg, unit, unit, (e1, extra, terrain, season) => {
        const p = { ...params, terrainMultiplier: terrain, seasonMultiplier: season };
        expect(patrolDetectionProbability(e1 + extra, p)).toBeGreaterThanOrEqual(patrolDetectionProbability(e1, p));
      }),
    );
  });

  it("the season multiplier is the terrain table's month, and 1 without a table", () => {
    const snow = [0.5, 0.5, 0.75, 0.9, 1, 1, 1, 1, 1, 0.9, 0.75, 0.5];
    expect(seasonSearchMultiplier(1, snow)).toBe(0.5);
    expect(seasonSearchMultiplier(13, snow)).toBe(seasonSearchMultiplier(1, snow));
    for (let m = 1; m <= 12; m++) expect(seasonSearchMultiplier(m)).toBe(1);
    expect(() => seasonSearchMultiplier(1.5, snow)).toThrow(RangeError);
  });
});
