import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './fast-check-seed';
import { crossingAttemptRate, deterrenceFactor, passOpenFactor, riverCrossability, seasonalActivityFactor, seasonalFactor } from '../../src/model/pressure';

// Tables as a scenario declares them (the Tajik scenarios' opium harvest, Pamir passes and Panj):
// the model has none of its own.
const HARVEST = [0, 0, 0, 0.5, 1, 1, 0.5, 0, 0, 0, 0, 0];
const HIGH_PASSES = [0, 0, 0, 0.5, 1, 1, 1, 1, 1, 1, 0.5, 0];
const RIVER = [1, 1, 0.9, 0.7, 0.5, 0.4, 0.4, 0.5, 0.7, 0.9, 1, 1];

describe('crossing-attempt rate', () => {
  it('is presence × per-capita rate × intent × season × deterrence', () => {
    expect(
      crossingAttemptRate({
        presence: 100,
        attemptsPerPresencePerTurn: 0.05,
        intent: 0.6,
        seasonalMultiplier: 1,
        deterrenceIndex: 0,
        deterrenceSensitivity: 0,
      }),
    ).toBeCloseTo(3, 12);
    expect(
      crossingAttemptRate({
        presence: 100,
        attemptsPerPresencePerTurn: 0.05,
        intent: 0.6,
        seasonalMultiplier: 0.5,
        deterrenceIndex: 0.5,
        deterrenceSensitivity: 0.2,
      }),
    ).toBeCloseTo(1.5 * Math.exp(-0.1), 12);
    expect(deterrenceFactor(0.5, 0.2)).toBeCloseTo(0.904837, 6);
  });

  it('is finite and ≥ 0 for any finite non-negative inputs (property)', () => {
    const x = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(x, x, x, x, x, x, (presence, per, intent, season, index, sens) => {
        const r = crossingAttemptRate({
          presence,
          attemptsPerPresencePerTurn: per,
          intent,
          seasonalMultiplier: season,
          deterrenceIndex: index,
          deterrenceSensitivity: sens,
        });
        expect(Number.isFinite(r)).toBe(true);
        expect(r).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('seasonality', () => {
  it('a harvest season peaks where its weights do and averages 1 over the year', () => {
    expect(seasonalActivityFactor(5, 1, HARVEST)).toBeCloseTo(1.75, 12);
    expect(seasonalActivityFactor(12, 1, HARVEST)).toBeCloseTo(0.75, 12);
    let sum = 0;
    for (let m = 1; m <= 12; m++) sum += seasonalActivityFactor(m, 2, HARVEST);
    expect(sum / 12).toBeCloseTo(1, 12);
    expect(seasonalActivityFactor(5, 0, HARVEST)).toBe(1);
  });

  it('without a declared table nothing is seasonal (no default theatre)', () => {
    for (let m = 1; m <= 12; m++) {
      expect(seasonalActivityFactor(m, 3, undefined)).toBe(1);
      expect(passOpenFactor(m, undefined, 0.1)).toBe(1);
      expect(riverCrossability(m)).toBe(1);
      expect(seasonalFactor({ month: m, winterClosedFactor: 0.3, seasonAmplitude: 2 })).toBe(1);
    }
  });

  it('a pass table closes the passes where it says, down to the closed share', () => {
    expect(passOpenFactor(1, HIGH_PASSES, 0.1)).toBeCloseTo(0.1, 12);
    expect(passOpenFactor(7, HIGH_PASSES, 0.1)).toBe(1);
    expect(passOpenFactor(4, HIGH_PASSES, 0.1)).toBeCloseTo(0.55, 12);
  });

  it('hemispheres: a table shifted by six months moves the season by six months', () => {
    const south = [...HARVEST.slice(6), ...HARVEST.slice(0, 6)];
    const southPasses = [...HIGH_PASSES.slice(6), ...HIGH_PASSES.slice(0, 6)];
    for (let m = 1; m <= 12; m++) {
      expect(seasonalActivityFactor(m + 6, 1, south)).toBe(seasonalActivityFactor(m, 1, HARVEST));
      expect(passOpenFactor(m + 6, southPasses, 0.1)).toBe(passOpenFactor(m, HIGH_PASSES, 0.1));
    }
  });

  it('the river table gives its month', () => {
    expect(riverCrossability(6, RIVER)).toBeLessThan(riverCrossability(12, RIVER));
    expect(riverCrossability(3, [0.1, 0.2, 0.3])).toBeCloseTo(0.3, 12);
  });

  it("the seasonal factor is river × passes × the actor's season", () => {
    const s = seasonalFactor({ month: 5, riverCrossabilityByMonth: RIVER, seasonWeights: HARVEST });
    const r = seasonalFactor({ month: 5, riverCrossabilityByMonth: RIVER });
    expect(s / r).toBeCloseTo(1.75, 12);
    expect(r).toBeCloseTo(0.5, 12);
  });

  it('every seasonal factor is finite and ≥ 0 (exhaustive over tables and months)', () => {
    for (const weights of [undefined, HARVEST]) {
      for (const passes of [undefined, HIGH_PASSES]) {
        for (let month = 1; month <= 24; month++) {
          const f = seasonalFactor({ month, passOpenByMonth: passes, seasonWeights: weights, seasonAmplitude: 3, riverCrossabilityByMonth: RIVER });
          expect(Number.isFinite(f) && f >= 0).toBe(true);
        }
      }
    }
  });
});
