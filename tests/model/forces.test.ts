import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './fast-check-seed';
import {
  assistanceGrowth,
  effectiveAttritionRate,
  movementTurns,
  responseDelayHours,
  travelHours,
  updateFatigue,
  updateReadiness,
} from '../../src/model/forces';
import { clashInWindow, conflictShareOfBorder, safeRatio } from '../../src/model/metrics';

describe('forces', () => {
  it('fatigue rises while deployed and recovers in garrison', () => {
    expect(updateFatigue(0.2, true, 0.1, 0.3)).toBeCloseTo(0.28, 12);
    expect(updateFatigue(0.2, false, 0.1, 0.3)).toBeCloseTo(0.14, 12);
    // n deployed turns from fresh: 1 - (1 - rise)^n.
    let f = 0;
    for (let i = 0; i < 5; i++) f = updateFatigue(f, true, 0.1, 0.3);
    expect(f).toBeCloseTo(1 - 0.9 ** 5, 12);
  });

  it('readiness and assistance relax toward their targets', () => {
    expect(updateReadiness(0.5, 0.9, 0.25)).toBeCloseTo(0.6, 12);
    expect(assistanceGrowth(0.1, 0.5, 0.1)).toBeCloseTo(0.14, 12);
  });

  it('movement takes whole turns from road speed and distance', () => {
    expect(travelHours(120, 30)).toBe(4);
    expect(movementTurns(300, 25, 8)).toBe(2);
    expect(movementTurns(128, 8, 8)).toBe(2);
    expect(movementTurns(1, 100, 8)).toBe(1);
    expect(movementTurns(0, 0, 8)).toBe(0);
    expect(movementTurns(10, 0, 8)).toBe(Infinity);
    expect(responseDelayHours(2, 120, 40)).toBe(5);
  });

  it('attrition rate scales with condition', () => {
    expect(effectiveAttritionRate(0.1, 0.8, 0.25, 0.5)).toBeCloseTo(0.03, 12);
    expect(effectiveAttritionRate(0.1, 0.8, 0.25, 0.5, 2)).toBeCloseTo(0.06, 12);
  });

  it('state variables stay in [0, 1] for any inputs (property)', () => {
    fc.assert(
      fc.property(fc.double(), fc.boolean(), fc.double(), fc.double(), (x, deployed, a, b) => {
        for (const v of [updateFatigue(x, deployed, a, b), updateReadiness(x, a, b), assistanceGrowth(x, a, b)]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('metrics', () => {
  it('the share of the border with a clash in the last four turns', () => {
    expect(conflictShareOfBorder([100, 300], [true, false])).toBeCloseTo(0.25, 12);
    expect(conflictShareOfBorder([], [])).toBe(0);
    expect(clashInWindow(7, 10)).toBe(true);
    expect(clashInWindow(6, 10)).toBe(false);
    expect(clashInWindow(null, 10)).toBe(false);
    expect(safeRatio(3, 4)).toBe(0.75);
    expect(safeRatio(0, 0)).toBeNull();
  });
});
