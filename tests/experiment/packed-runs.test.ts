/**
 * A worker packs a block's totals into one Float64Array (src/experiment/packed-runs.ts); the
 * main thread must get back the same runs: the same doubles bit for bit, the same names in the
 * same order, the series as they were, in run order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunOutput } from '../../src/experiment/chunk';
import { RunPacker, unpackRuns } from '../../src/experiment/packed-runs';

const value = fc.oneof(fc.double(), fc.constantFrom(-0, 0, NaN, Infinity, -Infinity, Number.MIN_VALUE, 2 ** 53 - 1));

function roundTrip(runs: RunOutput[]): RunOutput[] {
  const packer = new RunPacker(2);
  for (const r of runs) packer.add(r);
  // Through the structured clone a worker's message takes.
  return unpackRuns(structuredClone(packer.result()));
}

describe('packed runs', () => {
  it('give back the same runs, names in order and doubles bit for bit (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.array(value, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 9 }),
        (names, rows) => {
          const runs: RunOutput[] = rows.map((row, i) => ({
            index: 3 * i,
            seed: 1000 + i,
            totals: Object.fromEntries(names.map((n, j) => [n, row[j] as number])),
          }));
          if (rows.length > 2) runs[1] = { ...(runs[1] as RunOutput), series: { gotAway: [1, 2] } };
          const back = roundTrip(runs);
          expect(back.map((r) => [r.index, r.seed])).toEqual(runs.map((r) => [r.index, r.seed]));
          back.forEach((r, i) => {
            expect(Object.keys(r.totals)).toEqual(Object.keys((runs[i] as RunOutput).totals));
            for (const n of names) expect(Object.is(r.totals[n], (runs[i] as RunOutput).totals[n])).toBe(true);
            expect(r.series).toEqual((runs[i] as RunOutput).series);
          });
        },
      ),
      // '__proto__' as a name once for sure (fast-check draws it only now and then).
      { examples: [[['__proto__', ' '], [[1, 2, 3, 4, 5, 6, 7, 8]]]] },
    );
  });

  it("sends runs whose names differ from the first run's as they are, after the packed ones, in order", () => {
    const a: RunOutput = { index: 0, seed: 1, totals: { x: 1, y: 2 } };
    const b: RunOutput = { index: 1, seed: 2, totals: { y: 3, x: 4 } };
    const c: RunOutput = { index: 2, seed: 3, totals: { x: 5, y: 6 } };
    const back = roundTrip([a, b, c]);
    expect(back).toEqual([a, b, c]);
    expect(back.map((r) => Object.keys(r.totals))).toEqual([
      ['x', 'y'],
      ['y', 'x'],
      ['x', 'y'],
    ]);
  });
});
