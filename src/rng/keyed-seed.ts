/**
 * The seed of a keyed stream's generator: a hash of (seed, key) under the keyed salts, the one
 * definition shared by {@link RandomStreams}' streams and {@link StreamBlocks}' slots, so that
 * a key gives the same uniforms from either.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { seedPacked } from './generator';
import { mixSafeInteger, mixWord } from './hash';

/** Salts of the three state words of keyed streams (other kinds of stream have their own). */
const KEYED = [0x6a09e667, 0xbb67ae85, 0x3c6ef372] as const;

/** Seeds packed generator `index` of `state` by hashing (seed, key) under the keyed salts. */
export function seedKeyed(state: Float64Array, index: number, seed: number, key: string): void {
  // The three hashes of mixString, in one pass over the key (a run seeds one stream per actor
  // and sector: 60,000 on a 12,000-sector border).
  let h0 = mixSafeInteger(KEYED[0], seed);
  let h1 = mixSafeInteger(KEYED[1], seed);
  let h2 = mixSafeInteger(KEYED[2], seed);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h0 = mixWord(h0, c);
    h1 = mixWord(h1, c);
    h2 = mixWord(h2, c);
  }
  seedPacked(state, 4 * index, h0, h1, h2, 2 + key.length);
}
