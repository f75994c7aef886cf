/**
 * frontier-sim/testing: fast-check arbitraries and helpers for property-testing claims about
 * policies and scenarios. fast-check (^4) is a peer dependency.
 *
 * @example
 * import fc from 'fast-check';
 * import { arbitraries } from 'frontier-sim/testing';
 * fc.assert(fc.property(arbitraries.seed(), (seed) => Number.isSafeInteger(seed)));
 *
 * @packageDocumentation
 */
import fc from 'fast-check';

/** Arbitraries for frontier-sim inputs. */
export const arbitraries = {
  /** A run seed: a non-negative safe integer, shrinking toward 0. */
  seed: (): fc.Arbitrary<number> => fc.nat({ max: Number.MAX_SAFE_INTEGER }),
};
