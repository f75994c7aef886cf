/**
 * The one place that knows which generator is behind {@link Rng}: seedrandom's `alea`
 * (Baagøe's multiply-with-carry variant, period about 2^116, 32 bits per draw).
 *
 * Generators are never seeded through alea's Mash string hash (about 1.2 µs); a state is
 * computed by the fast key hash instead and restored with alea's `{ state }` option (about
 * 0.16 µs). Swapping the generator means changing this file (and the golden values in the tests).
 *
 * @module
 */
import alea from 'seedrandom/lib/alea.js';
import { finish } from './hash';

const TWO_NEG_32 = 2.3283064365386963e-10;

/**
 * Half of alea's resolution (2^-33). Every uniform handed out is alea's output plus this, the
 * midpoint of its 2^-32 cell: values (i + 1/2)/2^32 for i = 0 .. 2^32 - 1. So a uniform is never
 * exactly 0 or 1, and u and 1 - u have the same resolution (inverse transforms of both tails are
 * symmetric; a Poisson count never comes from the degenerate u = 0).
 */
export const HALF_CELL = 1.1641532182693481e-10;

/** A raw generator: each call returns the next multiple of 2^-32 in [0, 1). */
export type RawGenerator = () => number;

/**
 * An alea generator whose state is three running MurmurHash3 values, finalised with distinct
 * word counts (so the three words are practically independent) and scaled to [0, 1); carry 1.
 *
 * @param h0 - running hash of the key (before {@link finish})
 * @param h1 - running hash of the key under a second salt
 * @param h2 - running hash of the key under a third salt
 * @param words - number of words mixed in
 */
export function generatorFromHashes(h0: number, h1: number, h2: number, words: number): RawGenerator {
  return alea('', {
    state: {
      c: 1,
      s0: finish(h0, words) * TWO_NEG_32,
      s1: finish(h1, words) * TWO_NEG_32,
      s2: finish(h2, words) * TWO_NEG_32,
    },
  });
}

/**
 * The same generator on packed state: `state[at .. at + 3]` holds alea's (s0, s1, s2, c), as
 * {@link generatorFromHashes} would seed them. Used by the keyed streams, which keep thousands
 * of generators in one Float64Array instead of one alea closure (and its Mash) each.
 */
export function seedPacked(state: Float64Array, at: number, h0: number, h1: number, h2: number, words: number): void {
  state[at] = finish(h0, words) * TWO_NEG_32;
  state[at + 1] = finish(h1, words) * TWO_NEG_32;
  state[at + 2] = finish(h2, words) * TWO_NEG_32;
  state[at + 3] = 1;
}

/**
 * One draw of the packed generator at `at`: alea's step, the same arithmetic as seedrandom's
 * `Alea.next` (tests/bench/packed-generator.test.ts checks them equal, draw for draw).
 */
export function nextPacked(state: Float64Array, at: number): number {
  const t = 2091639 * (state[at] as number) + (state[at + 3] as number) * TWO_NEG_32;
  state[at] = state[at + 1] as number;
  state[at + 1] = state[at + 2] as number;
  const c = t | 0;
  state[at + 3] = c;
  const u = t - c;
  state[at + 2] = u;
  return u;
}

/**
 * `n` draws of the packed generator at `at`, discarded: {@link nextPacked}'s arithmetic with the
 * state in locals, read and written once (a stream skips the unused rest of each turn's block).
 */
export function skipPacked(state: Float64Array, at: number, n: number): void {
  advancePacked(state, at, n, null, 0);
}

/**
 * `n` draws of the packed generator at `at` as stream uniforms (+ {@link HALF_CELL}) into
 * `out[from]` … `out[from + n - 1]`: {@link nextPacked}'s arithmetic with the state in locals. A
 * loop over many generators calling this overlaps their steps in the processor, which one
 * generator's chain of dependent steps cannot.
 */
export function fillPacked(state: Float64Array, at: number, out: Float64Array, from: number, n: number): void {
  advancePacked(state, at, n, out, from);
}

/**
 * {@link fillPacked} of `n` draws for each generator j of `slots[0 .. count - 1]` (state at 4j,
 * uniforms to `out[j·n]` …), two generators at a time: a generator's steps form one chain of
 * dependent multiplications, and two chains side by side in one loop let the processor overlap
 * them (3-4 % of a 1,200-sector run, bench/toy-floor.ts). The same uniforms as one at a time.
 *
 * @example
 * fillPackedMany(state, Int32Array.of(0, 3), 2, block, 5); // 5 draws of generators 0 and 3
 */
export function fillPackedMany(state: Float64Array, slots: Int32Array, count: number, out: Float64Array, n: number): void {
  let x = 0;
  for (; x + 1 < count; x += 2) {
    const ja = slots[x] as number;
    const jb = slots[x + 1] as number;
    const a = 4 * ja;
    const b = 4 * jb;
    let a0 = state[a] as number;
    let a1 = state[a + 1] as number;
    let a2 = state[a + 2] as number;
    let ac = state[a + 3] as number;
    let b0 = state[b] as number;
    let b1 = state[b + 1] as number;
    let b2 = state[b + 2] as number;
    let bc = state[b + 3] as number;
    const fa = ja * n;
    const fb = jb * n;
    for (let i = 0; i < n; i++) {
      const ta = 2091639 * a0 + ac * TWO_NEG_32;
      const tb = 2091639 * b0 + bc * TWO_NEG_32;
      a0 = a1;
      a1 = a2;
      ac = ta | 0;
      a2 = ta - ac;
      b0 = b1;
      b1 = b2;
      bc = tb | 0;
      b2 = tb - bc;
      out[fa + i] = a2 + HALF_CELL;
      out[fb + i] = b2 + HALF_CELL;
    }
    state[a] = a0;
    state[a + 1] = a1;
    state[a + 2] = a2;
    state[a + 3] = ac;
    state[b] = b0;
    state[b + 1] = b1;
    state[b + 2] = b2;
    state[b + 3] = bc;
  }
  if (x < count) {
    const j = slots[x] as number;
    advancePacked(state, 4 * j, n, out, j * n);
  }
}

/** n steps of the packed generator at `at`, each uniform written to `out` from `from` unless it is null. */
function advancePacked(state: Float64Array, at: number, n: number, out: Float64Array | null, from: number): void {
  let s0 = state[at] as number;
  let s1 = state[at + 1] as number;
  let s2 = state[at + 2] as number;
  let c = state[at + 3] as number;
  for (let i = 0; i < n; i++) {
    const t = 2091639 * s0 + c * TWO_NEG_32;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    if (out !== null) out[from + i] = s2 + HALF_CELL;
  }
  state[at] = s0;
  state[at + 1] = s1;
  state[at + 2] = s2;
  state[at + 3] = c;
}
