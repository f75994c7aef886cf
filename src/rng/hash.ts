/**
 * Fast 32-bit hashing of stable keys, and derivation of run seeds.
 *
 * The hash is MurmurHash3's x86_32 block mix and finaliser (Austin Appleby, public domain),
 * applied to a sequence of 32-bit words: the seed's two halves, optional integers, then the
 * key's UTF-16 code units one per block. The finaliser gives full avalanche (each input bit
 * flips each output bit with probability about 1/2). It is not cryptographic, and it need not be:
 * it only has to turn stable identifiers into well-spread generator states.
 *
 * @module
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const TWO_32 = 4294967296;

/** Salts that separate independent hashes of the same input. */
export const SALT = {
  seedHigh: 0x5be0cd19,
  seedLow: 0x1f83d9ab,
} as const;

/** One MurmurHash3 block step: mix the 32-bit word `k` into the running hash `h`. */
export function mixWord(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser (fmix32) after xoring in the number of words; returns an unsigned 32-bit integer. */
export function finish(h: number, words: number): number {
  h ^= words;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Mix a non-negative safe integer as two words (low 32 bits, then the high 21). */
export function mixSafeInteger(h: number, n: number): number {
  return mixWord(mixWord(h, n >>> 0), Math.floor(n / TWO_32) >>> 0);
}

/** Mix each UTF-16 code unit of `s` as one word. */
export function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = mixWord(h, s.charCodeAt(i));
  return h;
}

/**
 * A 32-bit hash of a string under a 32-bit seed (MurmurHash3-style, one UTF-16 code unit a block).
 *
 * @param s - any string
 * @param seed - a 32-bit salt (different seeds give practically independent hashes)
 * @returns an unsigned 32-bit integer
 * @example
 * hashString('arrivals/panj/imu', 0); // a fixed integer in [0, 2^32)
 */
export function hashString(s: string, seed = 0): number {
  return finish(mixString(seed | 0, s), s.length);
}

/**
 * Throw unless `seed` is a non-negative safe integer (0 ≤ seed ≤ 2^53 - 1).
 *
 * @param seed - candidate seed
 * @param what - name used in the message
 * @throws RangeError otherwise
 */
export function assertSeed(seed: number, what = 'seed'): void {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`${what} must be a non-negative safe integer, got ${String(seed)}`);
  }
}

/**
 * The seed of run `index` of a Monte Carlo with root seed `rootSeed`: two independent 32-bit
 * hashes of (rootSeed, index) joined into a 52-bit non-negative safe integer. Any worker count
 * and any sharding give run i the same seed.
 *
 * @param rootSeed - the experiment's seed, a non-negative safe integer
 * @param index - the run index, a non-negative safe integer
 * @returns an integer in [0, 2^52)
 * @throws RangeError if either argument is not a non-negative safe integer
 * @example
 * deriveSeed(1, 0) !== deriveSeed(1, 1); // true
 */
export function deriveSeed(rootSeed: number, index: number): number {
  assertSeed(rootSeed, 'rootSeed');
  assertSeed(index, 'index');
  const high = finish(mixSafeInteger(mixSafeInteger(SALT.seedHigh, rootSeed), index), 4);
  const low = finish(mixSafeInteger(mixSafeInteger(SALT.seedLow, rootSeed), index), 4);
  return (high >>> 12) * TWO_32 + low;
}
