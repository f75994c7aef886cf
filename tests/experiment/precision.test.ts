import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PrecisionTargetError,
  checkPrecision,
  ciHalfWidth,
  estimateRunsNeeded,
  meetsPrecision,
  nextRunTotal,
  parsePrecisionTarget,
  parsePrecisionTargets,
} from '../../src/experiment/precision';
import { MetricAccumulator, studentTQuantile, summarize } from '../../src/experiment/statistics';
import { mulberry32, normalDraw } from './mulberry32';

describe('parsePrecisionTarget', () => {
  it('parses metric:halfwidth', () => {
    expect(parsePrecisionTarget('seized_kg:5')).toEqual({ metric: 'seized_kg', halfWidth: 5 });
    expect(parsePrecisionTarget('  detected : 0.01 ')).toEqual({ metric: 'detected', halfWidth: 0.01 });
    expect(parsePrecisionTarget('m:.5')).toEqual({ metric: 'm', halfWidth: 0.5 });
    expect(parsePrecisionTarget('m:1e-3')).toEqual({ metric: 'm', halfWidth: 0.001 });
    expect(parsePrecisionTarget('m:+2')).toEqual({ metric: 'm', halfWidth: 2 });
    // The last colon separates, so metric names may contain colons.
    expect(parsePrecisionTarget('sector:north:seized_kg:2.5')).toEqual({
      metric: 'sector:north:seized_kg',
      halfWidth: 2.5,
    });
  });

  it('rejects bad input with a message that names the problem', () => {
    const cases: [string, RegExp][] = [
      ['', /no colon/],
      ['seized_kg', /no colon; expected "metric:halfwidth"/],
      [':5', /metric name is empty/],
      ['m:', /half-width is missing/],
      ['m:abc', /"abc" is not a number/],
      ['m:0x10', /not a number/],
      ['m:Infinity', /not a number/],
      ['m:NaN', /not a number/],
      ['m:1,5', /not a number/],
      ['m:0', /finite number > 0/],
      ['m:-1', /not a number/],
      ['m:1e400', /finite number > 0/],
    ];
    for (const [input, message] of cases) {
      let error: unknown;
      try {
        parsePrecisionTarget(input);
      } catch (e) {
        error = e;
      }
      expect(error, input).toBeInstanceOf(PrecisionTargetError);
      expect((error as PrecisionTargetError).message, input).toMatch(message);
      expect((error as PrecisionTargetError).input).toBe(input);
    }
  });

  it('parses lists: comma-separated and repeated flags', () => {
    expect(parsePrecisionTargets('a:1,b:2')).toEqual([
      { metric: 'a', halfWidth: 1 },
      { metric: 'b', halfWidth: 2 },
    ]);
    expect(parsePrecisionTargets(['a:1', 'b:2, c:3'])).toHaveLength(3);
    expect(() => parsePrecisionTargets('a:1,a:2')).toThrow(/"a" given twice/);
    expect(() => parsePrecisionTargets('a:1,,b:2')).toThrow(/empty target/);
    expect(() => parsePrecisionTargets([])).toThrow(/no precision target/);
  });

  it('property: round-trips any metric name and positive width', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== '' && !s.includes(',')),
        fc.double({ min: 1e-9, max: 1e9, noNaN: true }),
        (metric, w) => {
          expect(parsePrecisionTarget(`${metric}:${w}`)).toEqual({ metric, halfWidth: w });
        },
      ),
    );
  });
});

describe('half-widths and checks', () => {
  it('ciHalfWidth and meetsPrecision', () => {
    expect(ciHalfWidth({ n: 8, ci95: [3, 7] })).toBe(2);
    expect(meetsPrecision({ n: 8, ci95: [3, 7] }, 2)).toBe(true);
    expect(meetsPrecision({ n: 8, ci95: [3, 7] }, 1.9)).toBe(false);
    expect(meetsPrecision(summarize([1]), 100)).toBe(false); // one run: no interval
    expect(meetsPrecision(summarize([4, 4, 4]), 0.001)).toBe(true); // constant: zero width
  });

  it('checkPrecision reports each target and fails fast on an unknown metric', () => {
    const summaries = {
      a: summarize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
      b: summarize([5, 5, 5, 5]),
    };
    const check = checkPrecision(summaries, parsePrecisionTargets('a:1,b:0.1'));
    expect(check.met).toBe(false);
    expect(check.targets[0]).toMatchObject({ metric: 'a', target: 1, n: 10, met: false });
    expect(check.targets[0]!.halfWidth).toBeCloseTo(2.1658506, 6);
    expect(check.targets[1]).toMatchObject({ metric: 'b', met: true, runsNeeded: 4 });
    expect(check.runsNeeded).toBe(check.targets[0]!.runsNeeded);
    expect(checkPrecision(summaries, parsePrecisionTargets('a:3')).met).toBe(true);
    expect(() => checkPrecision(summaries, parsePrecisionTargets('c:1'))).toThrow(/unknown metric "c"; known metrics: "a", "b"/);
    expect(() => checkPrecision(summaries, parsePrecisionTargets('toString:1'))).toThrow(PrecisionTargetError);
  });
});

describe('estimateRunsNeeded', () => {
  it('is n (h / target)^2 for large n', () => {
    expect(estimateRunsNeeded(1000, 2, 1)).toBe(3993);
    const naive = Math.ceil(10_000 * 1.5 ** 2);
    expect(Math.abs(estimateRunsNeeded(10_000, 1.5, 1) - naive)).toBeLessThanOrEqual(naive * 1e-3);
  });

  it('returns the smallest m whose t interval fits, assuming the sd stays', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5000 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 1.01, max: 30, noNaN: true }),
        (n, target, factor) => {
          const h = target * factor;
          const m = estimateRunsNeeded(n, h, target);
          const sd = (h * Math.sqrt(n)) / studentTQuantile(0.975, n - 1);
          const width = (k: number): number => (studentTQuantile(0.975, k - 1) * sd) / Math.sqrt(k);
          expect(m).toBeGreaterThan(n);
          expect(width(m)).toBeLessThanOrEqual(target);
          expect(width(m - 1)).toBeGreaterThan(target);
          expect(m).toBeLessThanOrEqual(Math.ceil(n * (h / target) ** 2) + 1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is much smaller than the naive formula at tiny n (the t factor shrinks too)', () => {
    // n = 2: t(0.975, 1) = 12.7; half-width = 12.7 · s/√2 with s = 1, target 1.
    const h = (12.706204736174694 * 1) / Math.SQRT2;
    const m = estimateRunsNeeded(2, h, 1);
    expect(m).toBe(7); // t(0.975, 6) / √7 = 0.925 ≤ 1 < t(0.975, 5) / √6 = 1.049
    expect(Math.ceil(2 * h * h)).toBeGreaterThan(100);
  });

  it('handles met, unknown and bad targets', () => {
    expect(estimateRunsNeeded(100, 0.5, 1)).toBe(100);
    expect(estimateRunsNeeded(1, Number.NaN, 1)).toBeNaN();
    expect(() => estimateRunsNeeded(10, 1, 0)).toThrow(RangeError);
  });
});

describe('nextRunTotal', () => {
  const check = (met: boolean, runsNeeded: number) => ({ met, targets: [], runsNeeded });
  it('stops when met or at the cap', () => {
    expect(nextRunTotal(100, check(true, 100), { maxRuns: 1000 })).toBe(100);
    expect(nextRunTotal(1000, check(false, 5000), { maxRuns: 1000 })).toBe(1000);
  });
  it('follows the estimate within the growth limit and the cap', () => {
    expect(nextRunTotal(100, check(false, 150), { maxRuns: 1000 })).toBe(150);
    expect(nextRunTotal(100, check(false, 5000), { maxRuns: 1000 })).toBe(200);
    expect(nextRunTotal(100, check(false, 5000), { maxRuns: 1000, maxGrowth: 4 })).toBe(400);
    expect(nextRunTotal(600, check(false, 5000), { maxRuns: 1000 })).toBe(1000);
    expect(nextRunTotal(100, check(false, 101), { maxRuns: 1000, minStep: 32 })).toBe(132);
    expect(nextRunTotal(0, check(false, Number.NaN), { maxRuns: 1000 })).toBe(2);
    expect(nextRunTotal(1, check(false, Number.NaN), { maxRuns: 1000 })).toBe(2);
    expect(nextRunTotal(10, check(false, Number.NaN), { maxRuns: 1000 })).toBe(20);
    expect(() => nextRunTotal(10, check(false, 1), { maxRuns: 100, maxGrowth: 1 })).toThrow(RangeError);
  });

  it('drives an --until loop to the target, deterministically', () => {
    const run = (): { runs: number; halfWidth: number } => {
      const rng = mulberry32(99);
      const acc = new MetricAccumulator();
      const targets = parsePrecisionTargets('seized_kg:2');
      let total = 10;
      for (;;) {
        while (acc.count < total) acc.add(acc.count, { seized_kg: 100 + 25 * normalDraw(rng) });
        const c = checkPrecision(acc.summaries(), targets);
        const next = nextRunTotal(acc.count, c, { maxRuns: 100_000 });
        if (next === acc.count) return { runs: acc.count, halfWidth: c.targets[0]!.halfWidth };
        total = next;
      }
    };
    const a = run();
    expect(a.halfWidth).toBeLessThanOrEqual(2);
    // sd 25, target 2: about (1.96 · 25 / 2)^2 ≈ 600 runs.
    expect(a.runs).toBeGreaterThan(400);
    expect(a.runs).toBeLessThan(900);
    expect(run()).toEqual(a);
  });
});
