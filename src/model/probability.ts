/**
 * Guards shared by every process module.
 *
 * The model is fed by scenario files and by arithmetic on earlier results; a single NaN or a
 * probability of 1.0000000000000002 would propagate silently through thousands of turns. Every
 * probability leaves a model function through {@link clampProbability}.
 *
 * @module
 */

/**
 * Clamp a number to a probability in [0, 1]. NaN and negative values map to 0 (no effect is
 * the conservative reading of a broken input), +Infinity maps to 1.
 *
 * @param x - a candidate probability (dimensionless)
 * @returns x clamped to [0, 1]
 * @example
 * clampProbability(1.2); // 1
 * clampProbability(NaN); // 0
 */
export function clampProbability(x: number): number {
  if (!(x > 0)) return 0;
  if (x >= 1) return 1;
  return x;
}

/**
 * A non-negative quantity: NaN and negative values map to 0; +Infinity stays +Infinity, so that
 * callers can decide what an infinite effort or rate means.
 *
 * @param x - any number
 * @returns max(0, x), with NaN read as 0
 * @example
 * nonNegative(-3); // 0
 */
export function nonNegative(x: number): number {
  return x > 0 ? x : 0;
}

/**
 * Probability that at least one of several independent looks succeeds: 1 - Π(1 - p_i).
 * Each p_i is clamped first, so a bad look cannot push the result outside [0, 1].
 *
 * @param probabilities - per-look detection probabilities (dimensionless, each in [0, 1])
 * @returns the combined probability in [0, 1]; 0 for an empty list
 * @example
 * combineIndependent([0.5, 0.5]); // 0.75
 */
export function combineIndependent(probabilities: readonly number[]): number {
  let miss = 1;
  for (const p of probabilities) miss *= 1 - clampProbability(p);
  return clampProbability(1 - miss);
}

/**
 * Validate a calendar month (1 = January ... 12 = December). Integers outside 1..12 wrap
 * around (month 13 is January again) so that an engine can pass `startMonth + turn`; anything
 * that is not an integer is a programming error and throws.
 *
 * @param month - calendar month, an integer (1-12, wrapping)
 * @returns the month index 0..11
 * @throws RangeError if `month` is not an integer
 * @example
 * monthIndex(13); // 0 (January)
 */
export function monthIndex(month: number): number {
  if (!Number.isInteger(month)) throw new RangeError(`month must be an integer, got ${month}`);
  return (((month - 1) % 12) + 12) % 12;
}
