/**
 * What the search stages see of an optimisation: the decision space and the value of
 * candidates on the stage's sample (smaller is better), plus the moves they share.
 *
 * @module
 */
import { extraSpendUsdPerYear, leverTotal, type AllocationSpace } from './space';

/** The problem a search stage solves: minimise `values` over the space. */
export interface SearchProblem {
  readonly space: AllocationSpace;
  /** Sample means of the candidates on the stage's sample (common random numbers), in order. */
  values(xs: readonly (readonly number[])[]): Promise<number[]>;
}

/** x with `amount` added to coordinate i (a new array). */
export function moved(x: readonly number[], i: number, amount: number, j = -1): number[] {
  const y = x.slice();
  y[i] = (y[i] as number) + amount;
  if (j >= 0) y[j] = (y[j] as number) - amount;
  return y;
}

/**
 * How much coordinate i can grow from x, at most `step`: its upper bound, what its lever's cap
 * leaves, and what the budget leaves at its unit cost.
 */
export function roomToAdd(space: AllocationSpace, x: readonly number[], i: number, step: number): number {
  const k = space.coordinates[i];
  if (k === undefined) return 0;
  let room = Math.min(step, (space.upper[i] as number) - (x[i] as number));
  const cap = space.caps[k.lever];
  if (cap !== undefined) room = Math.min(room, cap - leverTotal(space, k.lever, x));
  const budget = space.caps.budgetUsdPerYear;
  const cost = space.unitCostUsdPerYear[i] as number;
  if (budget !== undefined && cost > 0) room = Math.min(room, Math.floor((budget - extraSpendUsdPerYear(space, x)) / cost + 1e-9));
  return Math.max(0, room);
}

/** A stable text key of a decision vector. */
export const keyOf = (x: readonly number[]): string => x.join(',');
