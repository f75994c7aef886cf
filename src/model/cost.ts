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
export function turnCostUsd(personnel: number, costPerPersonPerWeekUsd: number, weeks: number, sorties: number, sortieCostUsd: number): number {
  const c = nonNegative(personnel) * nonNegative(costPerPersonPerWeekUsd) * nonNegative(weeks) + nonNegative(sorties) * nonNegative(sortieCostUsd);
  return Number.isFinite(c) ? c : 0;
}

/**
 * Sovereignty points of foreign presence on station over a turn: thousands of personnel ×
 * points per thousand per week × weeks (docs/model.md §16).
 *
 * @param personnel - persons on station (persons)
 * @param perThousandPerWeek - points per thousand persons per week
 * @param weeks - weeks of presence in the turn
 * @returns points
 * @example
 * presenceSovereignty(2000, 0.5, 2); // 2
 */
export function presenceSovereignty(personnel: number, perThousandPerWeek: number, weeks: number): number {
  return (personnel / 1000) * perThousandPerWeek * weeks;
}

/**
 * The weeks of a turn that a drill running `days` of it counts for its cost and sovereignty: the
 * turn's weeks when it runs the whole turn (as every unit counts them), else its days / 7.
 *
 * @param days - the drill's days within the turn
 * @param turnLengthDays - the turn's length (days)
 * @param turnWeeks - the turn's length (weeks)
 * @returns weeks
 * @example
 * drillWeeks(3, 7, 1); // 0.428...
 */
export function drillWeeks(days: number, turnLengthDays: number, turnWeeks: number): number {
  return days === turnLengthDays ? turnWeeks : days / 7;
}
