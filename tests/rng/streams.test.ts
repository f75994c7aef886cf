import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RandomStreams, createRng } from '../../src/rng/streams';
import { deriveSeed, hashString } from '../../src/rng/hash';
import type { Rng } from '../../src/rng/rng';
import { chiSquareCritical } from './chi-square';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 2718) });

const take = (rng: Rng, n: number): number[] => Array.from({ length: n }, () => rng.next());

describe('golden values (any change of generator, hashing or seeding shows here)', () => {
  it('first draws of a few keys for seed 42', () => {
    const s = new RandomStreams(42);
    expect(take(s.at('arrivals/panj/imu', 0, 4), 4)).toEqual([0.8582154846517369, 0.8269250401062891, 0.5609888242324814, 0.977875518030487]);
    expect(take(s.at('detection/panj', 0, 4), 4)).toEqual([0.8104101604549214, 0.9303398734191433, 0.576101828715764, 0.4976211575558409]);
    expect(take(s.at('weather', 0, 4), 4)).toEqual([0.7855985135538504, 0.3973971357336268, 0.7531822574092075, 0.48927508818451315]);
    expect(take(s.child('battle/panj/b1', 3), 3)).toEqual([0.6867451485013589, 0.9836474139010534, 0.1599043969763443]);
  });

  it('createRng, deriveSeed and hashString', () => {
    expect(take(createRng(42), 3)).toEqual([0.3795220284955576, 0.6263079914497212, 0.05613452440593392]);
    expect(take(createRng('frontier'), 3)).toEqual([0.5013018172467127, 0.3480994988931343, 0.7847686101449654]);
    expect([deriveSeed(0, 0), deriveSeed(42, 0), deriveSeed(42, 1), deriveSeed(2 ** 53 - 1, 2 ** 53 - 1)]).toEqual([
      1877090059928963, 1363427728920052, 3326142365373877, 1700184363285892,
    ]);
    expect([hashString(''), hashString('a'), hashString('arrivals/panj/imu', 7)]).toEqual([0, 721651713, 2798957582]);
  });
});

describe('common random numbers: keys are independent of each other', () => {
  const keyArb = fc.constantFrom('arrivals/a', 'arrivals/b', 'detection/a', 'detection/b', 'weather', 'events/x', 'battle');

  it('using more or fewer draws of one key, or adding or dropping keys, never moves another key (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(keyArb, fc.nat(5)), { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(keyArb, fc.nat(5)), { minLength: 1, maxLength: 30 }),
        fc.nat(1000),
        (planA, planB, seed) => {
          // Two runs with different plans per turn: in each turn each planned key draws `n` (≤ K = 5).
          const K = 5;
          const record = (plan: [string, number][]) => {
            const s = new RandomStreams(seed);
            const seen = new Map<string, number>();
            plan.forEach(([key, n], turn) => {
              const rng = s.at(key, turn, K);
              for (let i = 0; i < n; i++) seen.set(`${key}@${turn}#${i}`, rng.next());
            });
            return seen;
          };
          const a = record(planA);
          const b = record(planB);
          // Any (key, turn, index) drawn in both runs has the same value.
          for (const [id, value] of a) if (b.has(id)) expect(b.get(id)).toBe(value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a new key in the middle of a turn leaves the other keys draws unchanged', () => {
    const base = new RandomStreams(7);
    const extra = new RandomStreams(7);
    const seq = (s: RandomStreams, withNew: boolean) => {
      const out: number[] = [];
      for (let t = 0; t < 5; t++) {
        out.push(...take(s.at('arrivals/panj', t, 3), 2));
        if (withNew) take(s.at('new/sector', t, 10), 10);
        out.push(...take(s.at('detection/panj', t, 2), 2));
      }
      return out;
    };
    expect(seq(extra, true)).toEqual(seq(base, false));
  });

  it('different keys, seeds and kinds of stream give different draws', () => {
    const s = new RandomStreams(1);
    const firsts = ['a', 'b', 'a/b', 'b/a', 'ab', ''].map((k) => s.at(k, 0, 1).next());
    expect(new Set(firsts).size).toBe(firsts.length);
    expect(new RandomStreams(2).at('a', 0, 1).next()).not.toBe(new RandomStreams(1).at('a', 0, 1).next());
    expect(s.child('a', 0).next()).not.toBe(new RandomStreams(1).at('a', 0, 1).next());
    expect(s.child('a', 0).next()).not.toBe(s.child('a', 1).next());
  });
});

describe('at(): fixed blocks of K draws per turn', () => {
  it('turn t starts at position t·K whatever was drawn before', () => {
    const full = new RandomStreams(3);
    const all: number[] = [];
    for (let t = 0; t < 4; t++) all.push(...take(full.at('k', t, 3), 3));
    // Skipping turns, or drawing less in a turn, lands on the same positions.
    const sparse = new RandomStreams(3);
    expect(sparse.at('k', 2, 3).next()).toBe(all[6]);
    expect(take(sparse.at('k', 3, 3), 2)).toEqual(all.slice(9, 11));
    const partial = new RandomStreams(3);
    partial.at('k', 0, 3).next();
    expect(partial.at('k', 1, 3).next()).toBe(all[3]);
  });

  it('asking again within the same turn continues the block', () => {
    const s = new RandomStreams(3);
    const a = s.at('k', 1, 4).next();
    const b = s.at('k', 1, 4).next();
    const ref = new RandomStreams(3).at('k', 1, 4);
    expect([a, b]).toEqual(take(ref, 2));
  });

  it('throws on programming errors: too many draws, going back, changing K, bad arguments', () => {
    const s = new RandomStreams(3);
    const rng = s.at('k', 0, 2);
    rng.next();
    rng.next();
    expect(() => rng.next()).toThrow(/more than 2 draws in turn 0/);
    s.at('k', 3, 2);
    expect(() => s.at('k', 2, 2)).toThrow(/turn 2 asked for after turn 3/);
    expect(() => s.at('k', 4, 3)).toThrow(/drawsPerTurn 3 differs from 2/);
    expect(() => s.at('new', 0, 0)).toThrow(RangeError);
    expect(() => s.at('new', 0, 1.5)).toThrow(RangeError);
    expect(() => s.at('new2', -1, 1)).toThrow(RangeError);
    expect(() => s.at('k', 4.5, 2)).toThrow(RangeError);
    expect(() => s.at('k', NaN, 2)).toThrow(RangeError);
    expect(() => s.at('k', 2 ** 53, 2)).toThrow(RangeError);
    expect(() => s.child('k', -1)).toThrow(RangeError);
    for (const bad of [-1, 1.5, NaN, Infinity, 2 ** 53]) expect(() => new RandomStreams(bad)).toThrow(RangeError);
    expect(() => createRng(-3)).toThrow(RangeError);
  });

  it('counts every uniform drawn or skipped', () => {
    const s = new RandomStreams(9);
    s.at('a', 0, 5).next();
    s.at('a', 2, 5).next(); // skips to 10, draws 1
    take(s.at('b', 0, 3), 3);
    take(s.child('battle', 0), 7);
    expect(s.drawn).toBe(11 + 3 + 7);
  });

  it('child(key, turn) is a fresh, reproducible, unbounded generator', () => {
    const s = new RandomStreams(5);
    const first = take(s.child('battle/x', 2), 50);
    s.at('battle/x', 0, 1).next();
    expect(take(s.child('battle/x', 2), 50)).toEqual(first);
    expect(take(new RandomStreams(5).child('battle/x', 2), 50)).toEqual(first);
  });
});

describe('stream(): a kept handle', () => {
  it('gives the same draws as at() with the key, turn after turn, whatever is drawn in between', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }), (seed, used) => {
        const a = new RandomStreams(seed);
        const b = new RandomStreams(seed);
        const handle = b.stream('cross/panj/imu', 4);
        used.forEach((n, turn) => {
          const ra = a.at('cross/panj/imu', turn, 4);
          const rb = handle.at(turn);
          for (let i = 0; i < n; i++) expect(rb.next()).toBe(ra.next());
        });
        expect(b.drawn).toBe(a.drawn);
      }),
    );
  });

  it('checks its turn and K as at() does', () => {
    const s = new RandomStreams(1);
    const h = s.stream('k', 2);
    expect(() => h.at(-1)).toThrow(RangeError);
    h.at(3);
    expect(() => h.at(2)).toThrow(/turn 2 asked for after turn 3/);
    expect(() => s.stream('k', 3)).toThrow(/drawsPerTurn 3 differs from 2/);
    expect(() => s.stream('j', 0)).toThrow(RangeError);
    expect(s.stream('k', 2)).toBe(h);
  });
});

describe('uniforms', () => {
  it('lie strictly inside (0, 1) on the grid (i + 1/2)/2^32', () => {
    const rng = createRng(11);
    let ok = true;
    for (let i = 0; i < 100_000; i++) {
      const u = rng.next();
      ok &&= u > 0 && u < 1 && Number.isInteger(u * 2 ** 32 - 0.5);
    }
    expect(ok).toBe(true);
  });

  it('are uniform: chi-square over 100 bins, one long stream (α = 0.001, df = 99, critical 148.2)', () => {
    const s = new RandomStreams(20260101);
    const bins = new Array<number>(100).fill(0);
    const n = 200_000;
    for (let t = 0; t < n / 100; t++) {
      const rng = s.at('uniformity', t, 100);
      for (let i = 0; i < 100; i++) {
        const b = Math.floor(rng.next() * 100);
        bins[b] = (bins[b] ?? 0) + 1;
      }
    }
    const e = n / 100;
    const chi2 = bins.reduce((acc, o) => acc + (o - e) ** 2 / e, 0);
    expect(chi2).toBeLessThan(chiSquareCritical(99));
  });

  it('the first draws of many keys are uniform too (hashed states; α = 0.001, df = 99)', () => {
    const s = new RandomStreams(77);
    const bins = new Array<number>(100).fill(0);
    const n = 50_000;
    for (let i = 0; i < n; i++) {
      const b = Math.floor(s.at(`sector/${i}/arrivals`, 0, 1).next() * 100);
      bins[b] = (bins[b] ?? 0) + 1;
    }
    const e = n / 100;
    expect(bins.reduce((acc, o) => acc + (o - e) ** 2 / e, 0)).toBeLessThan(chiSquareCritical(99));
  });

  it('consecutive pairs are uniform on a 10 × 10 grid (α = 0.001, df = 99)', () => {
    const rng = createRng(8);
    const cells = new Array<number>(100).fill(0);
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const c = Math.floor(rng.next() * 10) * 10 + Math.floor(rng.next() * 10);
      cells[c] = (cells[c] ?? 0) + 1;
    }
    const e = n / 100;
    expect(cells.reduce((acc, o) => acc + (o - e) ** 2 / e, 0)).toBeLessThan(chiSquareCritical(99));
  });
});

describe('deriveSeed', () => {
  it('gives 100,000 distinct 52-bit seeds for consecutive run indices', () => {
    for (const root of [0, 1, 2 ** 53 - 1]) {
      const seen = new Set<number>();
      let inRange = true;
      for (let i = 0; i < 100_000; i++) {
        const s = deriveSeed(root, i);
        inRange &&= Number.isSafeInteger(s) && s >= 0 && s < 2 ** 52;
        seen.add(s);
      }
      expect(inRange).toBe(true);
      expect(seen.size).toBe(100_000);
    }
  });

  it('differs between roots and rejects bad arguments', () => {
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(2, 0));
    expect(deriveSeed(2 ** 32, 0)).not.toBe(deriveSeed(0, 0));
    for (const bad of [-1, 0.5, NaN, Infinity, 2 ** 53]) {
      expect(() => deriveSeed(bad, 0)).toThrow(RangeError);
      expect(() => deriveSeed(0, bad)).toThrow(RangeError);
    }
  });
});

describe('RandomStreams.reseed (a run reusing the streams of the last)', () => {
  /** Draws of a few keys over a few turns, with a child stream. */
  function draws(s: RandomStreams, keys: readonly string[]): number[] {
    const out: number[] = [];
    for (let t = 0; t < 3; t++) {
      for (const k of keys) {
        const r = s.stream(k, 4).at(t);
        out.push(r.next(), r.next());
      }
    }
    out.push(s.child('battle/x', 2).next());
    return out;
  }

  it('draws what a fresh instance for the new seed draws, in any order of keys, and counts only the new draws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.shuffledSubarray(['a', 'b', 'c', 'd', 'e'], { minLength: 1 }),
        (first, second, keys) => {
          const reused = new RandomStreams(first);
          draws(reused, ['e', 'd', 'c', 'b', 'a']);
          reused.reseed(second);
          expect(reused.seed).toBe(second);
          expect(reused.drawn).toBe(0);
          const fresh = new RandomStreams(second);
          expect(draws(reused, keys)).toEqual(draws(fresh, keys));
          expect(reused.drawn).toBe(fresh.drawn);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the checks of a stream: drawsPerTurn fixed for a key, seeds validated', () => {
    const s = new RandomStreams(1);
    s.stream('k', 4).at(5).next();
    s.reseed(2);
    expect(() => s.stream('k', 5)).toThrow(/differs/);
    expect(s.stream('k', 4).at(0).next()).toBe(new RandomStreams(2).at('k', 0, 4).next());
    for (const bad of [-1, 0.5, NaN, 2 ** 53]) expect(() => s.reseed(bad)).toThrow(RangeError);
  });
});

describe("open(): a turn's block is a function of (seed, key, turn) alone", () => {
  const draws = (rng: { next(): number }, n: number) => Array.from({ length: n }, () => rng.next());
  const fresh = (turn: number, n: number) => draws(new RandomStreams(21).stream('cross/a/b', 5).open(turn), n);

  it('gives the block of any turn, forward, back, and the same turn again, as a fresh stream would', () => {
    const s = new RandomStreams(21).stream('cross/a/b', 5);
    for (const [turn, n] of [
      [0, 5],
      [3, 2],
      [3, 5],
      [1, 4],
      [7, 1],
      [0, 3],
      [7, 5],
    ] as const) {
      expect(draws(s.open(turn), n)).toEqual(fresh(turn, n));
    }
  });

  it('agrees with at() on a run that goes forward', () => {
    const a = new RandomStreams(21);
    const b = new RandomStreams(21);
    for (let t = 0; t < 6; t++) expect(draws(a.stream('k', 3).open(t), t % 4)).toEqual(draws(b.at('k', t, 3), t % 4));
  });

  it('still throws past the block, and for a turn that is not a non-negative integer', () => {
    const s = new RandomStreams(21).stream('k2', 2);
    const rng = s.open(4);
    rng.next();
    rng.next();
    expect(() => rng.next()).toThrow(/more than 2 draws in turn 4/);
    expect(() => s.open(-1)).toThrow(RangeError);
    expect(() => s.open(1.5)).toThrow(RangeError);
  });
});
