/**
 * The conversions of rates and durations to a turn (src/model/time.ts), the fatigue rotation and
 * the count-weighted memory: each checked against the closed form it stands for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './fast-check-seed';
import { compoundPerWeek, relaxationMeanFactor, turnOfDay, turnsFromDays, windowTurns } from '../../src/model/time';
import { fatigueRotation, rotatedFatigue, updateFatigue } from '../../src/model/forces';
import { memoryDecayPerTurn, rememberedRate, smoothInterdictionRate, smoothingWeightFromHalfLife } from '../../src/model/displacement';

const unit = fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000);

describe('compoundPerWeek', () => {
  it('is the weekly rate itself for one week, bit for bit', () => {
    fc.assert(
      fc.property(unit, (r) => {
        expect(Object.is(compoundPerWeek(r, 1), r)).toBe(true);
      }),
    );
  });

  it('closes over w weeks what w weekly steps close: 1 − (1 − r)^w', () => {
    expect(compoundPerWeek(0.1, 4)).toBeCloseTo(1 - 0.9 ** 4, 12);
    fc.assert(
      fc.property(unit, fc.integer({ min: 1, max: 52 }), (r, w) => {
        let gap = 1;
        for (let k = 0; k < w; k++) gap *= 1 - compoundPerWeek(r, 1);
        expect(compoundPerWeek(r, w)).toBeCloseTo(1 - gap, 10);
      }),
    );
  });

  it('seven days of a daily step make a week (the same exponential in between)', () => {
    fc.assert(
      fc.property(unit, (r) => {
        const day = compoundPerWeek(r, 1 / 7);
        expect(1 - (1 - day) ** 7).toBeCloseTo(r, 10);
      }),
    );
    expect(compoundPerWeek(1, 1 / 7)).toBe(1);
    expect(compoundPerWeek(0.5, 0)).toBe(0);
  });
});

describe('days as turns', () => {
  it('a delay goes to the nearest turn boundary, halfway to the later one', () => {
    expect(turnsFromDays(21, 7)).toBe(3);
    expect(turnsFromDays(21, 28)).toBe(1);
    expect(turnsFromDays(14, 28)).toBe(1);
    expect(turnsFromDays(13, 28)).toBe(0);
    expect(turnsFromDays(0, 28)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 366 }), (days, d) => {
        expect(Math.abs(turnsFromDays(days, d) * d - days)).toBeLessThanOrEqual(d / 2);
      }),
    );
  });

  it('a day falls in the turn whose days include it; a window is at least one turn', () => {
    expect(turnOfDay(21, 7)).toBe(3);
    expect(turnOfDay(20, 7)).toBe(2);
    expect(turnOfDay(21, 28)).toBe(0);
    expect(windowTurns(28, 7)).toBe(4);
    expect(windowTurns(28, 1)).toBe(28);
    expect(windowTurns(28, 28)).toBe(1);
    expect(windowTurns(1, 28)).toBe(1);
  });
});

describe('relaxations over a turn', () => {
  it('the mean share of the gap is ∫₀¹ k^u du, checked by quadrature', () => {
    for (const k of [0.05, 0.3, 0.63, 0.9, 0.999]) {
      let sum = 0;
      const n = 20000;
      for (let j = 0; j < n; j++) sum += k ** ((j + 0.5) / n);
      expect(relaxationMeanFactor(k)).toBeCloseTo(sum / n, 8);
    }
    expect(relaxationMeanFactor(1)).toBe(1);
    expect(relaxationMeanFactor(0)).toBe(0);
  });

  it('the fatigue rotation of w weeks is w weekly rotations (tire, then rest)', () => {
    fc.assert(
      fc.property(unit, unit, unit, fc.integer({ min: 1, max: 12 }), (f0, rho, kappa, w) => {
        let f = f0;
        for (let k = 0; k < w; k++) f = updateFatigue(updateFatigue(f, true, rho, kappa), false, rho, kappa);
        expect(rotatedFatigue(f0, fatigueRotation(rho, kappa, w))).toBeCloseTo(f, 10);
      }),
    );
    // With the defaults it settles at ρ(1 − κ) / (1 − (1 − ρ)(1 − κ)) = 0.07 / 0.37.
    expect(fatigueRotation(0.1, 0.3, 1).settle).toBeCloseTo(0.07 / 0.37, 12);
    expect(rotatedFatigue(0.4, fatigueRotation(0, 0, 3))).toBe(0.4);
  });
});

describe('the remembered interdiction rate', () => {
  it('is the weighted share of the attempts interdicted, and nothing learned leaves it', () => {
    expect(rememberedRate(0.2, 8, 2, 4)).toBeCloseTo(0.3, 12);
    // Never more interdicted than attempted.
    expect(rememberedRate(0.2, 8, 3, 2)).toBeCloseTo(0.36, 12);
    expect(rememberedRate(0.2, 8, 0, 0)).toBe(0.2);
    expect(rememberedRate(0.7, 0, 1, 4)).toBe(0.25);
  });

  it('for a steady flow it is the exponential smoothing with λ = 1 − 2^(−d/h)', () => {
    // a attempts a turn, i interdicted: the weight settles at a / (1 − δ), so each turn's
    // observation gets a / (δ a / (1 − δ) + a) = 1 − δ: the smoothing weight of the half-life.
    const h = 28;
    const d = 7;
    const delta = memoryDecayPerTurn(h, d);
    expect(1 - delta).toBeCloseTo(smoothingWeightFromHalfLife(h / d), 12);
    const a = 5;
    let seen = a / (1 - delta);
    let r = 0.1;
    let ewma = 0.1;
    for (const i of [1, 0, 3, 2, 5, 0, 1]) {
      const before = seen * delta;
      r = rememberedRate(r, before, i, a);
      seen = before + a;
      ewma = smoothInterdictionRate(ewma, i / a, 1 - delta);
      expect(r).toBeCloseTo(ewma, 12);
    }
  });

  it('counts in calendar time: a week of daily turns remembers what one weekly turn does', () => {
    // The same 14 attempts (2 a day, 1 interdicted on each even day) from nothing remembered.
    const h = 28;
    let rDay = 0;
    let seenDay = 0;
    for (let day = 0; day < 7; day++) {
      const before = seenDay * memoryDecayPerTurn(h, 1);
      rDay = rememberedRate(rDay, before, day % 2 === 0 ? 1 : 0, 2);
      seenDay = before + 2;
    }
    const rWeek = rememberedRate(0, 0, 4, 14);
    // Days weigh the older attempts a little less: within a few per cent of the weekly count.
    expect(rDay).toBeCloseTo(rWeek, 2);
    expect(seenDay).toBeLessThan(14);
    expect(seenDay).toBeGreaterThan(14 * memoryDecayPerTurn(h, 7));
  });
});
