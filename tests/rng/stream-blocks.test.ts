/**
 * A table of keyed streams (src/rng/stream-blocks.ts) hands out, slot for slot and turn for
 * turn, exactly the uniforms of its keys' own streams: whatever is prepared or opened, in any
 * order, going back, and across re-seeded runs. The engine's crossing streams are such a table,
 * so the golden hashes depend on it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RandomStreams } from '../../src/rng/streams';

const KEYS = ['cross/a/x', 'cross/b/x', 'cross/c/x', 'cross/a/y', 'cross/b/y', 'cross/c/y'];
const K = 5;

/** The uniforms of `key`'s own stream in `turn`, from a fresh instance (a pure function of seed, key, turn). */
function reference(seed: number, key: string, turn: number, n: number): number[] {
  const rng = new RandomStreams(seed).stream(key, K).open(turn);
  return Array.from({ length: n }, () => rng.next());
}

/** One step of a plan: prepare some slots, or open one and draw some of its block. */
const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('prepare' as const), turn: fc.nat(12), wanted: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('open' as const), slot: fc.nat(5), turn: fc.nat(12), draws: fc.integer({ min: 0, max: K }) }),
  fc.record({ kind: fc.constant('reseed' as const), seed: fc.nat(1000) }),
);

describe('a table of keyed streams', () => {
  it('gives each slot the uniforms of its key, whatever was prepared, opened or re-seeded before (property)', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.array(stepArb, { minLength: 1, maxLength: 60 }), (seed0, plan) => {
        const streams = new RandomStreams(seed0);
        const table = streams.blocks(KEYS, K);
        let seed = seed0;
        for (const step of plan) {
          if (step.kind === 'reseed') {
            seed = step.seed;
            streams.reseed(seed);
          } else if (step.kind === 'prepare') {
            table.prepare(
              0,
              KEYS.length,
              step.turn,
              Float64Array.from(step.wanted, (w) => (w ? 1 : 0)),
            );
          } else {
            const rng = table.open(step.slot, step.turn);
            const got = Array.from({ length: step.draws }, () => rng.next());
            expect(got).toEqual(reference(seed, KEYS[step.slot] as string, step.turn, step.draws));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is the same table for the same keys, and its slots count in the streams drawn', () => {
    const streams = new RandomStreams(3);
    const table = streams.blocks(KEYS, K);
    expect(streams.blocks(KEYS, K)).toBe(table);
    expect(() => streams.blocks(KEYS, K + 1)).toThrow(/drawsPerTurn 6 differs from 5/);
    table.prepare(0, 3, 2, Float64Array.of(1, 0, 1));
    // Two slots' generators brought to turn 2's block and through it: 3 blocks of 5 each.
    expect(streams.drawn).toBe(2 * 3 * K);
    expect(streams.size).toBe(KEYS.length);
    streams.reseed(4);
    expect(streams.drawn).toBe(0);
  });

  it('refuses a sixth draw in a turn and a turn that is not a non-negative integer', () => {
    const table = new RandomStreams(1).blocks(KEYS, K);
    const rng = table.open(2, 0);
    for (let i = 0; i < K; i++) rng.next();
    expect(() => rng.next()).toThrow(/'cross\/c\/x': more than 5 draws in turn 0/);
    for (const turn of [-1, 0.5, Number.NaN, 2 ** 53]) expect(() => table.open(0, turn)).toThrow(RangeError);
  });
});
