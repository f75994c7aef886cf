/**
 * Cost: upkeep of the forces and the cost of quick-reaction sorties. Political costs (a Russian
 * base acting on Tajik soil, a sovereignty cost) are carried as a money equivalent per sortie,
 * which is an assumption an analyst can sweep.
 *
 * @module
 */
import { nonNegative } from './probability';

/**
 * Cost of one turn: personnel × upkeep per person per week × weeks in the turn, plus sorties ×
 * cost per sortie.
 *
 * @param personnel - persons in the unit (persons)
 * @param costPerPersonPerWeekUsd - upkeep (USD/person/week)
 * @param weeks - length of the turn (weeks)
 * @param sorties - quick-reaction sorties this turn (count)
 * @param sortieCostUsd - cost of one sortie (USD)
 * @returns cost (USD), finite for finite inputs
 * @example
 * turnCostUsd(100, 50, 1, 2, 5000); // 15000
 */
export function turnCostUsd(
  personnel: number,
  costPerPersonPerWeekUsd: number,
  weeks: number,
  sorties: number,
  sortieCostUsd: number,
): number {
  const c =
    nonNegative(personnel) * nonNegative(costPerPersonPerWeekUsd) * nonNegative(weeks) +
    nonNegative(sorties) * nonNegative(sortieCostUsd);
  return Number.isFinite(c) ? c : 0;
}
