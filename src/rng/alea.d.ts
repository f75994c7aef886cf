/**
 * Types for seedrandom's CommonJS `alea` entry point (the package's own types do not declare
 * the `lib/alea.js` subpath). Only the options frontier-sim uses are declared.
 */
declare module 'seedrandom/lib/alea.js' {
  /** alea's internal state: three fractions (multiples of 2^-32 in [0, 1)) and a carry. */
  export interface AleaState {
    c: number;
    s0: number;
    s1: number;
    s2: number;
  }
  /** A generator: each call returns the next uniform in [0, 1) (a multiple of 2^-32). */
  export interface AleaPrng {
    (): number;
    state(): AleaState;
  }
  /** Seed with a string (hashed by Mash), or restore `opts.state` after seeding. */
  function alea(seed?: string, opts?: { state?: AleaState | boolean }): AleaPrng;
  export default alea;
}
