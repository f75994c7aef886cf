/**
 * Metric helpers that are more than a sum: the share of the border with recent clashes (the
 * "conflict along 60 % of the border" figure, Rahmon, 6 Oct 2015) and ratios with a defined
 * empty case. Interdiction effectiveness lives in interdiction.ts.
 *
 * @module
 */
import { clampProbability, nonNegative } from './probability';

/**
 * Whether a sector had a clash within the last `windowTurns` turns, the current one included.
 *
 * @param lastClashTurn - turn of the sector's most recent clash (turn index), or `null` if none
 * @param currentTurn - current turn (turn index)
 * @param windowTurns - window length (turns), default 4
 * @returns true when currentTurn - windowTurns < lastClashTurn ≤ currentTurn
 * @example
 * clashInWindow(7, 10, 4); // true (turns 7-10)
 * clashInWindow(6, 10, 4); // false
 */
export function clashInWindow(lastClashTurn: number | null, currentTurn: number, windowTurns = 4): boolean {
  if (lastClashTurn === null) return false;
  return lastClashTurn <= currentTurn && lastClashTurn > currentTurn - windowTurns;
}

/**
 * Share of the border's length in sectors with a recent clash: Σ L_i [clash_i] / Σ L_i.
 *
 * @param sectorLengthsKm - length of each sector (km)
 * @param clashed - whether each sector had a clash in the window (same order)
 * @returns share in [0, 1]; 0 for a border of zero length
 * @throws RangeError when the arrays differ in length
 * @example
 * conflictShareOfBorder([100, 300], [true, false]); // 0.25
 */
export function conflictShareOfBorder(sectorLengthsKm: readonly number[], clashed: readonly boolean[]): number {
  if (sectorLengthsKm.length !== clashed.length) {
    throw new RangeError(`conflictShareOfBorder: ${sectorLengthsKm.length} lengths but ${clashed.length} flags`);
  }
  let total = 0;
  let hit = 0;
  for (let i = 0; i < sectorLengthsKm.length; i++) {
    const l = nonNegative(sectorLengthsKm[i] ?? 0);
    total += l;
    if (clashed[i]) hit += l;
  }
  if (!(total > 0) || total === Infinity) return 0;
  return clampProbability(hit / total);
}

/**
 * A ratio with a defined empty case: numerator / denominator, or `null` when the denominator
 * is 0 (e.g. the share of detected attempts in a turn with no attempts).
 *
 * @param numerator - count or quantity (≥ 0)
 * @param denominator - count or quantity (≥ 0)
 * @returns the ratio, or `null` for a zero denominator
 * @example
 * safeRatio(3, 4); // 0.75
 * safeRatio(0, 0); // null
 */
export function safeRatio(numerator: number, denominator: number): number | null {
  const d = nonNegative(denominator);
  if (!(d > 0) || d === Infinity) return null;
  return nonNegative(numerator) / d;
}
