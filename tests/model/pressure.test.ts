import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './fast-check-seed';
import {
  ACTOR_KINDS,
  crossingAttemptRate,
  deterrenceFactor,
  opiumHarvestFactor,
  passOpenFactor,
  riverCrossability,
  seasonalFactor,
} from '../../src/model/pressure';
import { TERRAIN_CLASSES } from '../../src/model/detection';

describe('crossing-attempt rate', () => {
  it('is presence × per-capita rate × intent × season × deterrence', () => {
    expect(
      crossingAttemptRate({
        presence: 100, attemptsPerPresencePerTurn: 0.05, intent: 0.6,
        seasonalMultiplier: 1, deterrenceIndex: 0, deterrenceSensitivity: 0,
      }),
    ).toBeCloseTo(3, 12);
    expect(
      crossingAttemptRate({
        presence: 100, attemptsPerPresencePerTurn: 0.05, intent: 0.6,
        seasonalMultiplier: 0.5, deterrenceIndex: 0.5, deterrenceSensitivity: 0.2,
      }),
    ).toBeCloseTo(1.5 * Math.exp(-0.1), 12);
    expect(deterrenceFactor(0.5, 0.2)).toBeCloseTo(0.904837, 6);
  });

  it('is finite and ≥ 0 for any finite non-negative inputs (property)', () => {
    const x = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(x, x, x, x, x, x, (presence, per, intent, season, index, sens) => {
        const r = crossingAttemptRate({
          presence, attemptsPerPresencePerTurn: per, intent, seasonalMultiplier: season,
          deterrenceIndex: index, deterrenceSensitivity: sens,
        });
        expect(Number.isFinite(r)).toBe(true);
        expect(r).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('seasonality', () => {
  it('the opium harvest peaks in spring-early summer and averages 1 over the year', () => {
    expect(opiumHarvestFactor(5)).toBeCloseTo(1.75, 12);
    expect(opiumHarvestFactor(12)).toBeCloseTo(0.75, 12);
    let sum = 0;
    for (let m = 1; m <= 12; m++) sum += opiumHarvestFactor(m, 2);
    expect(sum / 12).toBeCloseTo(1, 12);
    expect(opiumHarvestFactor(5, 0)).toBe(1);
  });

  it('snow closes high-mountain passes in winter, not the river plain', () => {
    expect(passOpenFactor(1, 'high-mountain', 0.1)).toBeCloseTo(0.1, 12);
    expect(passOpenFactor(7, 'high-mountain', 0.1)).toBe(1);
    expect(passOpenFactor(1, 'river-plain', 0.1)).toBe(1);
    expect(passOpenFactor(4, 'high-mountain', 0.1)).toBeCloseTo(0.55, 12);
  });

  it('the river is hardest to cross in the summer flood', () => {
    expect(riverCrossability(6)).toBeLessThan(riverCrossability(12));
    expect(riverCrossability(3, [0.1, 0.2, 0.3])).toBeCloseTo(0.3, 12);
  });

  it('only smuggling follows the harvest', () => {
    const s = seasonalFactor('smuggling', { month: 5, terrain: 'river-plain' });
    const r = seasonalFactor('refugees', { month: 5, terrain: 'river-plain' });
    expect(s / r).toBeCloseTo(1.75, 12);
  });

  it('every seasonal factor is finite and ≥ 0 (exhaustive over kinds, terrains, months)', () => {
    for (const kind of ACTOR_KINDS) {
      for (const terrain of TERRAIN_CLASSES) {
        for (let month = 1; month <= 24; month++) {
          const f = seasonalFactor(kind, { month, terrain, harvestAmplitude: 3 });
          expect(Number.isFinite(f) && f >= 0).toBe(true);
        }
      }
    }
  });
});
