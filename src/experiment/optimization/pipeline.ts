/**
 * The optimum against one adversary: the marginal-allocation start, the retrospective-
 * approximation local search on growing samples of common random numbers, and Kim-Nelson
 * selection of the best finalist on fresh runs.
 *
 * Samples: the search's level k plays blocks 0 .. 2^k − 1 of `blockRuns` runs (block b on root
 * seed `deriveSeed(searchSeed, b)`), so a candidate met again at a finer level reuses its
 * earlier blocks; selection plays batches on `deriveSeed(selectSeed, b)`, runs the search never
 * saw, so that the search's luck does not favour its own pick.
 *
 * @module
 */
import { createRng } from '../../rng/streams';
import { deriveSeed } from '../../rng/hash';
import type { AdversaryModel } from './adversary';
import { sampleMean, type Evaluator, type Sample } from './evaluator';
import { marginalAllocation } from './greedy';
import { kimNelson, type KimNelsonResult } from './kim-nelson';
import { exchangeSearch, type Visited } from './local-search';
import { keyOf, type SearchProblem } from './problem';
import { leverTotal, type AllocationSpace } from './space';

/** Settings of the search stages (all have defaults). */
export interface SearchOptions {
  /** Runs of a search block: level 0's sample (default 32). */
  runs?: number;
  /** Levels of retrospective approximation (default 3): level k has 2^k blocks and half level k−1's step. */
  levels?: number;
  /** Greedy steps to place the totals (default 20): the first step is what is left to place / this. */
  greedySteps?: number;
  /** The greedy's step, by lever (default: from `greedySteps`). */
  step?: { personnel?: number; posts?: number };
  /** Most moves per level (default 8). */
  maxIterations?: number;
  /** Exchanges evaluated per iteration by predicted value (default 4). */
  predicted?: number;
  /** Exchanges evaluated per iteration at random (default 2). */
  random?: number;
}

/** Settings of the ranking-and-selection stage. */
export interface SelectionOptions {
  /** Finalists compared (default 5). */
  finalists?: number;
  /** 1 − probability of correct selection (default 0.05). */
  alpha?: number;
  /**
   * δ, in the objective's units (default: 1 % of the search's estimate of the gain over
   * today, and at least 10⁻⁶ of today's value).
   */
  indifference?: number;
  /** First-stage runs per finalist (default 20). */
  firstStage?: number;
  /** Runs added per finalist at a time (default 10). */
  batch?: number;
  /** Most runs per finalist (default 5,000). */
  maxRuns?: number;
}

/** A point of the convergence trace. */
export interface ConvergencePoint {
  /** The adversary the search runs against. */
  adversary: string;
  stage: 'greedy' | 'search' | 'selection';
  /** Search level (0 for the greedy, the last level for selection). */
  level: number;
  /** Step of the stage (persons, for personnel). */
  step: number;
  /** Evaluations so far (all adversaries). */
  evaluations: number;
  /** Runs played or restored so far (all adversaries). */
  runs: number;
  /** Runs per evaluation of the stage. */
  sampleRuns: number;
  /** The incumbent's objective on the stage's sample (in the objective's sense). */
  value: number;
}

/** A finalist of the selection. */
export interface Finalist {
  allocation: number[];
  /** Why it is a finalist. */
  origin: 'search' | 'greedy' | 'naive optimum' | 'visited';
  /** Its objective on the search's last sample (in the objective's sense). */
  searchValue: number;
  /** Its mean objective over the selection's runs (in the objective's sense). */
  selectionMean: number;
  selectionRuns: number;
  /** Runs after which it was eliminated (null: the pick). */
  eliminatedAt: number | null;
}

/** The ranking-and-selection outcome. */
export interface SelectionOutcome {
  method: 'kim-nelson';
  /** Stated probability of correct selection when the best is `indifference` better than the rest. */
  pcs: number;
  /** δ, in the objective's units. */
  indifference: number;
  /** Whether the procedure ended by its own rule (else it hit `maxRuns` and the pick has no guarantee). */
  certified: boolean;
  firstStage: number;
  batch: number;
  finalists: Finalist[];
  /** Index of the pick in `finalists`. */
  chosen: number;
  /** Root seed of the selection's batches. */
  seed: number;
}

/** The optimum against one adversary. */
export interface AdversaryOptimum {
  adversary: string;
  adapts: boolean;
  allocation: number[];
  /** The marginal-allocation start. */
  greedy: number[];
  selection: SelectionOutcome;
  /** Today's objective on the search's last sample, and the pick's (in the objective's sense). */
  searchToday: number;
  searchBest: number;
}

/** What a pipeline needs. */
export interface PipelineContext {
  space: AllocationSpace;
  evaluator: Evaluator;
  seed: number;
  search: SearchOptions;
  selection: SelectionOptions;
  /** Converts an internal (smaller is better) value to the objective's sense. */
  reported(v: number): number;
  onConvergence(p: ConvergencePoint): void;
  onStage(stage: string): void;
}

const DEFAULT_FINALISTS = 5;

/** The greedy's first step per coordinate. */
export function initialSteps(space: AllocationSpace, o: SearchOptions): number[] {
  const steps = o.greedySteps ?? 20;
  const perLever = new Map<string, number>();
  for (const lever of space.levers) {
    const given = o.step?.[lever];
    if (given !== undefined) {
      perLever.set(lever, Math.max(1, Math.floor(given)));
      continue;
    }
    const cap = space.caps[lever];
    let left: number;
    if (cap !== undefined) left = cap - leverTotal(space, lever, space.lower);
    else {
      const costs = space.coordinates.map((k, i) => (k.lever === lever ? (space.unitCostUsdPerYear[i] as number) : Infinity)).filter((c) => c > 0);
      left = Math.floor((space.caps.budgetUsdPerYear ?? 0) / Math.min(...costs));
    }
    perLever.set(lever, Math.max(1, Math.ceil(left / steps)));
  }
  return space.coordinates.map((k) => perLever.get(k.lever) as number);
}

/** The seeds of the stages, from the optimisation's root seed (the final evaluation uses the root itself). */
export function stageSeeds(seed: number): { search: number; selection: number } {
  return { search: deriveSeed(seed, 1), selection: deriveSeed(seed, 2) };
}

/** Runs the stages against `adversary`; `extra` finalists (e.g. the naive optimum) join the selection. */
export async function optimizeAgainst(
  ctx: PipelineContext,
  adversary: AdversaryModel,
  extra: readonly { x: number[]; origin: Finalist['origin'] }[] = [],
): Promise<AdversaryOptimum> {
  const { space, evaluator, search: so } = ctx;
  const seeds = stageSeeds(ctx.seed);
  const blockRuns = so.runs ?? 32;
  const levels = so.levels ?? 3;
  const block = (b: number): Sample => ({ key: `search/${b}`, seed: deriveSeed(seeds.search, b), runs: blockRuns });
  const problem = (level: number): SearchProblem => ({
    space,
    async values(xs) {
      const blocks = 2 ** level;
      const jobs = xs.flatMap((x) => Array.from({ length: blocks }, (_, b) => ({ x, sample: block(b) })));
      const got = await evaluator.evaluateAll(adversary, jobs);
      return xs.map((_, i) => {
        let s = 0;
        for (let b = 0; b < blocks; b++) s += sampleMean(got[i * blocks + b] as Float64Array);
        return s / blocks;
      });
    },
  });
  const point = (stage: ConvergencePoint['stage'], level: number, step: number, value: number, sampleRuns = blockRuns * 2 ** level) =>
    ctx.onConvergence({
      adversary: adversary.name,
      stage,
      level,
      step,
      evaluations: evaluator.counts.evaluations,
      runs: evaluator.counts.runsPlayed + evaluator.counts.runsRestored,
      sampleRuns,
      value: ctx.reported(value),
    });

  // 1. Marginal allocation on level 0's sample.
  const step0 = initialSteps(space, so);
  ctx.onStage(`greedy start (${adversary.name} adversary)`);
  const greedy = await marginalAllocation(problem(0), step0, (s) => point('greedy', 0, step0[s.coordinate] as number, s.value));
  point('greedy', 0, step0[0] as number, greedy.value);

  // 2. Local search, level by level.
  let x = greedy.x;
  let visited = new Map<string, Visited>();
  for (let level = 0; level < levels; level++) {
    const step = step0.map((s) => Math.max(1, Math.round(s / 2 ** level)));
    ctx.onStage(`search level ${level + 1}/${levels}, step ${step[0]} (${adversary.name} adversary)`);
    const rng = createRng(`frontier-sim/optimize/${ctx.seed}/${adversary.name}/level/${level}`);
    const r = await exchangeSearch(
      problem(level),
      x,
      {
        step,
        rng,
        ...(so.maxIterations !== undefined ? { maxIterations: so.maxIterations } : {}),
        ...(so.predicted !== undefined ? { predicted: so.predicted } : {}),
        ...(so.random !== undefined ? { random: so.random } : {}),
      },
      (_, v) => point('search', level, step[0] as number, v),
    );
    x = r.x;
    visited = r.visited;
    point('search', level, step[0] as number, r.value);
  }
  const last = problem(levels - 1);

  // 3. Finalists: the search's pick, the extras and the greedy start, then the best visited.
  const finalists: { x: number[]; origin: Finalist['origin'] }[] = [];
  const seen = new Set<string>();
  const take = (y: number[], origin: Finalist['origin']) => {
    if (seen.has(keyOf(y))) return;
    seen.add(keyOf(y));
    finalists.push({ x: y, origin });
  };
  take(x, 'search');
  for (const e of extra) take(e.x, e.origin);
  take(greedy.x, 'greedy');
  const ranked = [...visited.values()].sort((a, b) => a.value - b.value || (keyOf(a.x) < keyOf(b.x) ? -1 : 1));
  for (const v of ranked) if (finalists.length < (ctx.selection.finalists ?? DEFAULT_FINALISTS)) take(v.x, 'visited');
  const searchValues = await last.values(finalists.map((f) => f.x));
  const [searchToday] = (await last.values([space.today])) as [number];

  // 4. Kim-Nelson on fresh runs.
  ctx.onStage(`selection among ${finalists.length} finalists (${adversary.name} adversary)`);
  const gain = Math.abs(searchToday - Math.min(...searchValues));
  const delta = ctx.selection.indifference ?? Math.max(0.01 * gain, 1e-6 * Math.max(1, Math.abs(searchToday)));
  const batch = ctx.selection.batch ?? 10;
  const kn: KimNelsonResult = await kimNelson(
    finalists.length,
    (b, systems) =>
      evaluator.evaluateMany(
        adversary,
        systems.map((i) => (finalists[i] as { x: number[] }).x),
        { key: `select/${b}`, seed: deriveSeed(seeds.selection, b), runs: batch },
      ),
    {
      indifference: delta,
      batch,
      ...(ctx.selection.alpha !== undefined ? { alpha: ctx.selection.alpha } : {}),
      ...(ctx.selection.firstStage !== undefined ? { firstStage: ctx.selection.firstStage } : {}),
      ...(ctx.selection.maxRuns !== undefined ? { maxRuns: ctx.selection.maxRuns } : {}),
    },
  );
  const chosen = finalists[kn.best] as { x: number[] };
  point('selection', levels - 1, Math.max(1, Math.round((step0[0] as number) / 2 ** (levels - 1))), kn.means[kn.best] as number, kn.runs[kn.best] as number);
  return {
    adversary: adversary.name,
    adapts: adversary.adapts,
    allocation: chosen.x,
    greedy: greedy.x,
    searchToday: ctx.reported(searchToday),
    searchBest: ctx.reported(searchValues[kn.best] as number),
    selection: {
      method: 'kim-nelson',
      pcs: kn.pcs,
      indifference: kn.indifference,
      certified: kn.certified,
      firstStage: kn.firstStage,
      batch: kn.batch,
      seed: seeds.selection,
      chosen: kn.best,
      finalists: finalists.map((f, i) => ({
        allocation: f.x,
        origin: f.origin,
        searchValue: ctx.reported(searchValues[i] as number),
        selectionMean: ctx.reported(kn.means[i] as number),
        selectionRuns: kn.runs[i] as number,
        eliminatedAt: kn.eliminatedAt[i] ?? null,
      })),
    },
  };
}
