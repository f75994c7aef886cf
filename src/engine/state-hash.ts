/**
 * State hashes: a short fingerprint of the state after each turn, chained with the previous one,
 * so that two runs agree on every hash exactly when they agree on every state. Used by golden
 * tests, by replays, and by users checking that two machines gave the same result.
 *
 * @module
 */
import { hashString } from '../rng/hash';
import type { SimState } from './state';

/**
 * Hex fingerprint (64 bits, from two independently seeded 32-bit hashes) of `state`, chained
 * with `previous`. The state is serialised with JSON.stringify: its key order is fixed by the
 * code that builds it, never by input files.
 *
 * @example
 * const h0 = stateHash(state, '');
 */
export function stateHash(state: SimState, previous: string): string {
  const text = previous + JSON.stringify(state);
  const hi = hashString(text, 0x9e3779b9) >>> 0;
  const lo = hashString(text, 0x85ebca6b) >>> 0;
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
