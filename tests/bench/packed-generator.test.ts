/**
 * The keyed streams step alea on packed state (src/rng/generator.ts, `nextPacked`) instead of
 * seedrandom's closures, for speed (docs/performance.md). It must be the same generator, draw
 * for draw, from the same seeded state.
 */
import alea from 'seedrandom/lib/alea.js';
import { describe, expect, test } from 'vitest';
import { fillPackedMany, generatorFromHashes, HALF_CELL, nextPacked, seedPacked, skipPacked } from '../../src/rng/generator';
import fc from 'fast-check';
import { RandomStreams } from '../../src/rng/streams';

describe('packed alea', () => {
  test('equals seedrandom alea draw for draw (100 states x 10,000 draws)', () => {
    for (let k = 0; k < 100; k++) {
      const h = [Math.imul(k + 1, 0x9e3779b1), Math.imul(k + 7, 0x85ebca6b), Math.imul(k + 13, 0xc2b2ae35)] as const;
      const words = 2 + (k % 40);
      const reference = generatorFromHashes(h[0], h[1], h[2], words);
      const state = new Float64Array(12);
      seedPacked(state, 4, h[0], h[1], h[2], words);
      for (let i = 0; i < 10_000; i++) expect(nextPacked(state, 4)).toBe(reference());
    }
  });

  test('matches seedrandom from arbitrary states, including extreme ones', () => {
    const states = [
      { c: 1, s0: 0, s1: 0, s2: 0 },
      { c: 0, s0: 0.9999999997671694, s1: 0.9999999997671694, s2: 0.9999999997671694 },
      { c: 2091638, s0: 0.5, s1: 0.25, s2: 0.125 },
    ];
    for (const st of states) {
      const reference = alea('', { state: st });
      const state = Float64Array.of(st.s0, st.s1, st.s2, st.c);
      for (let i = 0; i < 1000; i++) expect(nextPacked(state, 0)).toBe(reference());
    }
  });

  test('skipPacked(n) leaves the state nextPacked would after n draws', () => {
    for (let k = 0; k < 50; k++) {
      const h = [Math.imul(k + 3, 0x9e3779b1), Math.imul(k + 5, 0x85ebca6b), Math.imul(k + 11, 0xc2b2ae35)] as const;
      const stepped = new Float64Array(8);
      const skipped = new Float64Array(8);
      seedPacked(stepped, 4, h[0], h[1], h[2], 9);
      seedPacked(skipped, 4, h[0], h[1], h[2], 9);
      for (const n of [0, 1, 2, 3, 4, 5, 17, 1000]) {
        for (let i = 0; i < n; i++) nextPacked(stepped, 4);
        skipPacked(skipped, 4, n);
        expect(Array.from(skipped)).toEqual(Array.from(stepped));
        expect(nextPacked(skipped, 4)).toBe(nextPacked(stepped, 4));
      }
    }
  });

  test('fillPackedMany gives each listed generator the draws nextPacked would, and leaves the rest alone', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 12 }), fc.integer({ min: 1, max: 7 }), fc.integer(), (slots, n, salt) => {
        const state = new Float64Array(4 * 12);
        for (let j = 0; j < 12; j++) seedPacked(state, 4 * j, Math.imul(j + 1, 0x9e3779b1) ^ salt, Math.imul(j + 7, 0x85ebca6b), salt, 5);
        const reference = state.slice();
        const out = new Float64Array(12 * n).fill(-1);
        fillPackedMany(state, Int32Array.from(slots), slots.length, out, n);
        for (let j = 0; j < 12; j++) {
          const listed = slots.includes(j);
          for (let i = 0; i < n; i++) expect(out[j * n + i]).toBe(listed ? nextPacked(reference, 4 * j) + HALF_CELL : -1);
          expect(Array.from(state.subarray(4 * j, 4 * j + 4))).toEqual(Array.from(reference.subarray(4 * j, 4 * j + 4)));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('keyed streams still skip, count and throw as before', () => {
    const s = new RandomStreams(5);
    const keys = Array.from({ length: 100 }, (_, i) => `k/${i}`);
    for (let t = 0; t < 3; t++) for (const k of keys) s.at(k, t, 4).next();
    expect(s.drawn).toBe(100 * (2 * 4 + 1));
    expect(() => {
      const r = s.at('k/0', 3, 4);
      for (let i = 0; i < 5; i++) r.next();
    }).toThrow(/more than 4 draws/);
  });
});
