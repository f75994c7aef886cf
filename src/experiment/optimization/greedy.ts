/**
 * The marginal-allocation start (Gross 1956; Fox 1966): from the lower bounds, repeatedly give
 * one step of a lever to the sector where it lowers the objective most per unit (per USD under
 * a budget), until the totals are placed. For an objective that is a sum of convex decreasing
 * functions of each sector's level, such as expected got-aways without displacement, this
 * greedy is exact on the grid of its step: it is discrete water-filling. With displacement
 * the sectors interact and it is a good start, not an optimum.
 *
 * @module
 */
import { moved, roomToAdd, type SearchProblem } from './problem';

/** One step of the greedy. */
export interface GreedyStep {
  /** Coordinate that received the step. */
  coordinate: number;
  amount: number;
  /** Objective after the step (on the stage's sample, smaller is better). */
  value: number;
}

/** The result of {@link marginalAllocation}. */
export interface GreedyResult {
  x: number[];
  value: number;
  steps: GreedyStep[];
  /** Candidates evaluated. */
  evaluations: number;
}

/**
 * Marginal allocation with steps of `step[i]` units on coordinate i.
 *
 * @param onStep - called after each step taken
 */
export async function marginalAllocation(
  p: SearchProblem,
  step: readonly number[],
  onStep?: (s: GreedyStep, x: readonly number[]) => void,
): Promise<GreedyResult> {
  const { space } = p;
  let x = space.lower.slice();
  let [value] = (await p.values([x])) as [number];
  let evaluations = 1;
  const steps: GreedyStep[] = [];
  const perUsd = space.caps.budgetUsdPerYear !== undefined;
  for (;;) {
    const moves: { i: number; amount: number }[] = [];
    space.coordinates.forEach((_, i) => {
      const amount = roomToAdd(space, x, i, step[i] as number);
      if (amount > 0) moves.push({ i, amount });
    });
    if (moves.length === 0) break;
    const vals = await p.values(moves.map((m) => moved(x, m.i, m.amount)));
    evaluations += moves.length;
    let best = -1;
    let bestGain = -Infinity;
    moves.forEach((m, j) => {
      const cost = perUsd ? Math.max(1e-9, space.unitCostUsdPerYear[m.i] as number) : 1;
      const gain = (value - (vals[j] as number)) / (m.amount * cost);
      if (gain > bestGain) {
        bestGain = gain;
        best = j;
      }
    });
    if (!(bestGain > 0) && !space.fill) break;
    const m = moves[best] as { i: number; amount: number };
    x = moved(x, m.i, m.amount);
    value = vals[best] as number;
    const s = { coordinate: m.i, amount: m.amount, value };
    steps.push(s);
    onStep?.(s, x);
  }
  return { x, value, steps, evaluations };
}
