/**
 * The one interface the rest of the engine sees for randomness.
 *
 * Everything random in frontier-sim draws from an `Rng`; the generator behind it
 * (seedrandom's `alea` today) can change without changing any caller.
 */
export interface Rng {
  /** A uniform draw in [0, 1). */
  next(): number;
}
