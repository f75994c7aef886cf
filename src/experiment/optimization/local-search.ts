/**
 * The stochastic search: a discrete local search on the integer lattice of allocations, run as
 * retrospective approximation (Pasupathy & Schmeiser): a sequence of sample-average problems
 * on growing samples of common random numbers, each solved with a finer step from the previous
 * solution. One level's search:
 *
 * 1. probe each coordinate one step up and one step down (2n candidates on the sample);
 * 2. predict every exchange "step from sector j to sector i" as the sum of the two probes
 *    (exact when sectors do not interact), and evaluate the best `predicted` exchanges plus
 *    `random` others drawn from a seeded stream (the interactions the prediction misses:
 *    displacement, shared quick-reaction forces);
 * 3. without `fill`, the probes that are feasible are moves too (spend less, or more);
 * 4. move to the best candidate if it beats the incumbent on the sample; stop when none does.
 *
 * Why hand-written: no maintained npm package does discrete, constrained simulation
 * optimisation; the continuous optimisers on npm (e.g. Nelder-Mead in `fmin`) are unconstrained
 * and would need rounding and a projection onto the totals, and CMA-ES ports are unmaintained.
 *
 * @module
 */
import type { Rng } from '../../rng/rng';
import { randomIndex } from '../designs';
import { keyOf, moved, type SearchProblem } from './problem';
import { extraSpendUsdPerYear, isFeasible } from './space';

/** Options of {@link exchangeSearch}. */
export interface ExchangeSearchOptions {
  /** Step per coordinate. */
  step: readonly number[];
  /** Most moves (default 8). */
  maxIterations?: number;
  /** Exchanges evaluated per iteration by predicted value (default 4). */
  predicted?: number;
  /** Exchanges evaluated per iteration at random among the others (default 2). */
  random?: number;
  /** The stream the random exchanges are drawn from. */
  rng: Rng;
}

/** A feasible candidate and its value on the level's sample. */
export interface Visited {
  x: number[];
  value: number;
}

/** The result of {@link exchangeSearch}. */
export interface ExchangeSearchResult {
  x: number[];
  value: number;
  /** Moves made. */
  moves: number;
  /** Candidates evaluated (probes and exchanges). */
  evaluations: number;
  /** Every feasible candidate evaluated, by key. */
  visited: Map<string, Visited>;
}

interface Move {
  x: number[];
  predicted: number;
}

/**
 * One level of the search from `start` (see the module comment).
 *
 * @param onMove - called after each move with the new incumbent
 */
export async function exchangeSearch(
  p: SearchProblem,
  start: readonly number[],
  o: ExchangeSearchOptions,
  onMove?: (x: readonly number[], value: number) => void,
): Promise<ExchangeSearchResult> {
  const { space } = p;
  const n = space.coordinates.length;
  const visited = new Map<string, Visited>();
  const remember = (x: number[], value: number) => {
    if (isFeasible(space, x)) visited.set(keyOf(x), { x, value });
  };
  let x = start.slice();
  let [value] = (await p.values([x])) as [number];
  remember(x, value);
  let evaluations = 1;
  let moves = 0;
  const budget = space.caps.budgetUsdPerYear;
  for (let iter = 0; iter < (o.maxIterations ?? 8); iter++) {
    // 1. Probes.
    const up = new Array<number>(n).fill(0);
    const down = new Array<number>(n).fill(0);
    const probes: { i: number; d: number; x: number[] }[] = [];
    for (let i = 0; i < n; i++) {
      const s = o.step[i] as number;
      const u = Math.min(s, (space.upper[i] as number) - (x[i] as number));
      const d = Math.min(s, (x[i] as number) - (space.lower[i] as number));
      up[i] = u;
      down[i] = d;
      if (u > 0) probes.push({ i, d: u, x: moved(x, i, u) });
      if (d > 0) probes.push({ i, d: -d, x: moved(x, i, -d) });
    }
    const pv = await p.values(probes.map((q) => q.x));
    evaluations += probes.length;
    const slopeUp = new Array<number>(n).fill(NaN);
    const slopeDown = new Array<number>(n).fill(NaN);
    const candidates: Visited[] = [];
    probes.forEach((q, j) => {
      const v = pv[j] as number;
      if (q.d > 0) slopeUp[q.i] = (v - value) / q.d;
      else slopeDown[q.i] = (v - value) / -q.d;
      if (!space.fill && isFeasible(space, q.x, false)) candidates.push({ x: q.x, value: v });
      remember(q.x, v);
    });
    // 2. Exchanges: predicted by the probes, the best few and a few at random.
    const exchanges: Move[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j || space.coordinates[i]?.lever !== space.coordinates[j]?.lever) continue;
        const a = Math.min(up[i] as number, down[j] as number, o.step[i] as number, o.step[j] as number);
        if (!(a > 0) || Number.isNaN(slopeUp[i]) || Number.isNaN(slopeDown[j])) continue;
        const y = moved(x, i, a, j);
        if (budget !== undefined && extraSpendUsdPerYear(space, y) > budget + 1e-6) continue;
        exchanges.push({ x: y, predicted: value + a * ((slopeUp[i] as number) + (slopeDown[j] as number)) });
      }
    }
    const ranked = exchanges.map((m, k) => ({ m, k })).sort((a, b) => a.m.predicted - b.m.predicted || a.k - b.k);
    const chosen = ranked.slice(0, o.predicted ?? 4).map((r) => r.m);
    const rest = ranked.slice(o.predicted ?? 4).map((r) => r.m);
    for (let r = 0; r < (o.random ?? 2) && rest.length > 0; r++) chosen.push(rest.splice(randomIndex(o.rng, rest.length), 1)[0] as Move);
    const ev = await p.values(chosen.map((m) => m.x));
    evaluations += chosen.length;
    chosen.forEach((m, j) => {
      candidates.push({ x: m.x, value: ev[j] as number });
      remember(m.x, ev[j] as number);
    });
    // 3. Move to the best candidate that beats the incumbent.
    let best: Visited | undefined;
    for (const c of candidates) if (c.value < value && (best === undefined || c.value < best.value)) best = c;
    if (best === undefined) break;
    x = best.x;
    value = best.value;
    moves++;
    onMove?.(x, value);
  }
  return { x, value, moves, evaluations, visited };
}
