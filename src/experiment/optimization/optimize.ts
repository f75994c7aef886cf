/**
 * `optimizeAllocation`: where should the next guards (posts, dollars) go? Integer allocation
 * of patrol personnel (and optionally posts) over the border sectors, minimising (or
 * maximising) any run-total metric or weighted sum of metrics, with every candidate played on
 * common random numbers. Stages: marginal allocation, a retrospective-approximation local search
 * (pipeline.ts), Kim-Nelson selection of the best finalist, and a final paired evaluation
 * against today's allocation and an even spread. With displacement in the scenario it solves
 * twice, once against a fixed adversary (the naive optimum) and once against the adapting one
 * (the robust optimum), and reports what the naive allocation loses when red adapts.
 *
 * Deterministic for a seed, and the same for any worker count: every stage reads per-run values
 * by run index, and every choice is made on them in a fixed order.
 *
 * @module
 */
import { assertSeed } from '../../rng/hash';
import { scenarioHash, canonicalJson, fingerprint } from '../../scenario/hash';
import { LIMITS, type Scenario } from '../../scenario/schema';
import type { Comparison } from '../compare';
import { ExperimentError } from '../errors';
import { ENGINE_VERSION } from '../manifest';
import type { MonteCarloProgress } from '../monte-carlo';
import { pairedComparison, type PairedComparison } from '../paired';
import { applyPolicy, describePolicy, type OverlayPolicy, type Policy, type PolicyDescriptor } from '../policy';
import { MAX_WORKERS, createExecutor } from '../pool';
import { summarize, type Summary } from '../statistics';
import { ADAPTIVE_ADVERSARY, FIXED_ADVERSARY, hasDisplacement, type AdversaryModel } from './adversary';
import { Evaluator, type EvaluationCounts, type EvaluationStore } from './evaluator';
import { evaluateFinal, type FinalEvaluation } from './final-evaluation';
import { parseObjective, reportedValue, type Objective, type ObjectiveSpec } from './objective';
import { initialSteps, optimizeAgainst, stageSeeds, type AdversaryOptimum, type ConvergencePoint, type SearchOptions, type SelectionOptions } from './pipeline';
import {
  allocationOverlay,
  allocationSpace,
  extraSpendUsdPerYear,
  spreadAllocation,
  type AllocationSpace,
  type Coordinate,
  type Lever,
  type SectorInfo,
  type SpaceOptions,
} from './space';

/** Which adversaries to optimise against. */
export type AdversaryMode = 'auto' | 'both' | 'fixed' | 'adaptive';

/** Options of {@link optimizeAllocation}. */
export interface OptimizeOptions extends SpaceOptions {
  /** What to minimise: a metric, `"m1:w1,m2:w2"` or `{ m1: w1, m2: w2 }` (default `gotAway`). */
  objective?: ObjectiveSpec;
  /** Default 'minimize'. */
  sense?: 'minimize' | 'maximize';
  /** Root seed of every stage. */
  seed: number;
  /**
   * Runs played at once (default 1: the calling thread alone; N above 1: the calling thread and
   * N − 1 worker threads). Never changes a number.
   */
  workers?: number;
  /** Turns per run: the horizon (default: the scenario's calendar). */
  turns?: number;
  /** Blue's policy the allocation is optimised under (default: the scenario as it is). */
  policy?: Policy;
  /**
   * 'auto' (default): against both adversaries when the scenario has displacement, else against
   * the fixed one; 'both'; 'fixed' (naive only); 'adaptive' (robust only).
   */
  adversary?: AdversaryMode;
  /** Replace the adversary models (e.g. a red policy as the adapting adversary). */
  adversaries?: { fixed?: AdversaryModel; adaptive?: AdversaryModel };
  search?: SearchOptions;
  selection?: SelectionOptions;
  /** Runs of the final paired evaluation (default 500). */
  finalRuns?: number;
  /** Keeps evaluations between processes (resume). */
  store?: EvaluationStore;
  onProgress?: (p: OptimizeProgress) => void;
  signal?: AbortSignal;
}

/** Progress of an optimisation, after each evaluation. */
export interface OptimizeProgress {
  stage: string;
  /** Runs played or restored so far. */
  done: number;
  /** An estimate of the runs the whole optimisation takes (grows if it was low). */
  total: number;
  /** Runs played by this process (the rate's numerator: restored runs cost nothing). */
  played: number;
}

/** One row of the allocation table. */
export interface AllocationRow {
  sector: string;
  name: string;
  lever: Lever;
  today: number;
  proposed: number;
  change: number;
  /** The even spread of the same total, for comparison. */
  even: number;
  /** The naive optimum (adversary held fixed), when the robust one was sought too. */
  naive?: number;
}

/** What an optimisation's numbers depend on (the state file of `optimize --resume` must match it). */
export interface OptimizationManifest {
  engine: { name: 'frontier-sim'; version: string };
  scenario: { name: string; hash: string };
  seed: number;
  turns: number;
  objective: { label: string; sense: 'minimize' | 'maximize'; terms: { metric: string; weight: number }[] };
  policy: PolicyDescriptor;
  space: { side: string; levers: Lever[]; caps: AllocationSpace['caps']; fill: boolean; lower: number[]; upper: number[] };
  adversaries: { name: string; adapts: boolean }[];
  search: Required<Pick<SearchOptions, 'runs' | 'levels' | 'maxIterations' | 'predicted' | 'random'>> & { step: number[] };
  selection: { finalists: number; alpha: number; indifference: number | null; firstStage: number; batch: number; maxRuns: number };
  finalRuns: number;
}

/** The final evaluation of the allocations against one adversary. */
export interface AllocationEvaluation {
  adversary: string;
  /** Root seed and runs (`frontier-sim compare --seed SEED --runs RUNS` reproduces them). */
  seed: number;
  runs: number;
  /** The objective per allocation (in its own sense). */
  objective: Record<string, Summary>;
  /** The objective of each allocation minus today's, paired. */
  vsToday: Record<string, PairedComparison>;
  /** The proposed allocation minus the even spread, paired. */
  vsEven: PairedComparison;
}

/** Naive against robust, when both were sought. */
export interface Robustness {
  /** Allocation found against the fixed adversary. */
  naive: number[];
  /** Allocation found against the adapting adversary. */
  robust: number[];
  /** Naive − robust, both against the adapting adversary (objective units, paired). */
  naiveMinusRobust: PairedComparison;
  /**
   * What the naive allocation loses when red adapts, in the objective's sense: naive − robust
   * for a minimised objective, robust − naive for a maximised one (positive: the naive
   * allocation does worse).
   */
  loss: { mean: number; ci95: [number, number] };
  /** Naive − today against the fixed adversary: what the naive planner expects. */
  promised: PairedComparison;
  /** Naive − today against the adapting adversary: what the naive allocation delivers. */
  delivered: PairedComparison;
}

/** The result of {@link optimizeAllocation}. */
export interface OptimizationResult {
  manifest: OptimizationManifest;
  sectors: SectorInfo[];
  coordinates: Coordinate[];
  /** Allocations by name: today, even, by-length, proposed, and naive with both adversaries. */
  allocations: Record<string, number[]>;
  /** Extra yearly spending of the proposed allocation over today (USD/year, cost model). */
  extraSpendUsdPerYear: number;
  table: AllocationRow[];
  /** The optimum against each adversary, in the order solved (fixed first). */
  optima: AdversaryOptimum[];
  /** The final paired evaluation (against the adapting adversary when there is one). */
  evaluation: AllocationEvaluation;
  robustness?: Robustness;
  /** Every metric of the final evaluation, paired against today (the report's input). */
  comparison: Comparison;
  /** The allocations as overlay policies, baseline first (what `compare --policy` reads). */
  policies: OverlayPolicy[];
  convergence: ConvergencePoint[];
  counts: EvaluationCounts;
}

const checkInt = (name: string, v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): void => {
  if (v !== undefined && !(typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max))
    throw new ExperimentError(`${name} must be an integer from ${min} to ${max}, got ${String(v)}`);
};

function checkOptions(o: OptimizeOptions): void {
  if (typeof o !== 'object' || o === null)
    throw new ExperimentError('optimizeAllocation needs options { seed, extraPersonnel | totalPersonnel | budgetUsdPerYear, ... }');
  try {
    assertSeed(o.seed);
  } catch (e) {
    throw new ExperimentError((e as Error).message);
  }
  checkInt('workers', o.workers, 1, MAX_WORKERS);
  checkInt('turns', o.turns, 1, LIMITS.turns);
  checkInt('finalRuns', o.finalRuns, 2);
  checkInt('search.runs', o.search?.runs, 2);
  checkInt('search.levels', o.search?.levels, 1, 12);
  checkInt('search.greedySteps', o.search?.greedySteps, 1, 10_000);
  checkInt('search.maxIterations', o.search?.maxIterations, 0, 10_000);
  checkInt('search.predicted', o.search?.predicted, 0, 10_000);
  checkInt('search.random', o.search?.random, 0, 10_000);
  checkInt('selection.finalists', o.selection?.finalists, 1, 100);
  if (o.adversary !== undefined && !['auto', 'both', 'fixed', 'adaptive'].includes(o.adversary))
    throw new ExperimentError(`adversary must be auto, both, fixed or adaptive, got ${String(o.adversary)}`);
}

/** The adversaries an optimisation solves against, in order (fixed first). */
function adversariesOf(base: Scenario, o: OptimizeOptions): AdversaryModel[] {
  const fixed = o.adversaries?.fixed ?? FIXED_ADVERSARY;
  const adaptive = o.adversaries?.adaptive ?? ADAPTIVE_ADVERSARY;
  if (fixed.name === adaptive.name) throw new ExperimentError(`the two adversary models need different names (both are "${fixed.name}")`);
  const mode = o.adversary ?? 'auto';
  if (mode === 'fixed') return [fixed];
  if (mode === 'adaptive') return [adaptive];
  if (mode === 'both') return [fixed, adaptive];
  return hasDisplacement(base) || o.adversaries?.adaptive !== undefined ? [fixed, adaptive] : [fixed];
}

/** The manifest of an optimisation with these options (checked against a state file before resuming). */
export function optimizationManifest(scenario: Scenario, options: OptimizeOptions): OptimizationManifest {
  checkOptions(options);
  const objective = parseObjective(options.objective ?? 'gotAway', options.sense);
  const base = options.policy?.kind === 'function' ? scenario : applyPolicy(scenario, options.policy);
  const space = allocationSpace(base, options);
  return manifestOf(scenario, options, objective, space, adversariesOf(base, options));
}

function manifestOf(scenario: Scenario, o: OptimizeOptions, objective: Objective, space: AllocationSpace, adversaries: AdversaryModel[]): OptimizationManifest {
  const s = o.search ?? {};
  const sel = o.selection ?? {};
  return {
    engine: { name: 'frontier-sim', version: ENGINE_VERSION },
    scenario: { name: scenario.metadata.name, hash: scenarioHash(scenario) },
    seed: o.seed,
    turns: o.turns ?? scenario.calendar.turns,
    objective: { label: objective.label, sense: objective.sense, terms: objective.terms.map((t) => ({ ...t })) },
    policy: describePolicy(o.policy),
    space: { side: space.side, levers: [...space.levers], caps: { ...space.caps }, fill: space.fill, lower: [...space.lower], upper: [...space.upper] },
    adversaries: adversaries.map((a) => ({ name: a.name, adapts: a.adapts })),
    search: {
      runs: s.runs ?? 32,
      levels: s.levels ?? 3,
      maxIterations: s.maxIterations ?? 8,
      predicted: s.predicted ?? 4,
      random: s.random ?? 2,
      step: initialSteps(space, s),
    },
    selection: {
      finalists: sel.finalists ?? 5,
      alpha: sel.alpha ?? 0.05,
      indifference: sel.indifference ?? null,
      firstStage: sel.firstStage ?? 2 * (sel.batch ?? 10),
      batch: sel.batch ?? 10,
      maxRuns: sel.maxRuns ?? 5000,
    },
    finalRuns: o.finalRuns ?? 500,
  };
}

/** A fingerprint of a manifest (what a state file records). */
export function manifestFingerprint(m: OptimizationManifest): string {
  return fingerprint(canonicalJson(m));
}

/** An estimate of the runs an optimisation takes, for progress bars. */
function plannedRuns(m: OptimizationManifest, space: AllocationSpace, allocations: number): number {
  const n = space.coordinates.length;
  const greedy = ((m.search.step[0] ?? 1) > 0 ? 21 : 1) * n * m.search.runs;
  let search = 0;
  for (let k = 0; k < m.search.levels; k++) search += 3 * (2 * n + m.search.predicted + m.search.random) * m.search.runs * 2 ** k;
  const select = m.selection.finalists * 100;
  return m.adversaries.length * (greedy + search + select) + m.finalRuns * (allocations + (m.adversaries.length > 1 ? 2 : 0));
}

/**
 * Finds the best allocation of personnel (and optionally posts) over the sectors.
 *
 * @example
 * const scenario = loadScenario('scenarios/tajik-afghan-2021.json');
 * const r = await optimizeAllocation(scenario, { extraPersonnel: 2000, seed: 1, workers: 2 });
 * r.table;                            // sector, today, proposed, change
 * r.evaluation.vsEven.ci95;           // proposed − even spread of the same guards, 95 % CI
 * r.robustness?.loss;                 // what the naive allocation loses when red adapts
 * @throws ExperimentError for options that define no problem; ScenarioError when a policy
 *   overlay breaks the scenario; the signal's reason when aborted.
 */
export async function optimizeAllocation(scenario: Scenario, options: OptimizeOptions): Promise<OptimizationResult> {
  checkOptions(options);
  const objective = parseObjective(options.objective ?? 'gotAway', options.sense);
  const bluePolicy = options.policy?.kind === 'function' ? options.policy : undefined;
  const base = bluePolicy ? scenario : applyPolicy(scenario, options.policy);
  const space = allocationSpace(base, options);
  const adversaries = adversariesOf(base, options);
  const manifest = manifestOf(scenario, options, objective, space, adversaries);
  const reported = (v: number) => reportedValue(objective, v);

  const allocations: Record<string, number[]> = {
    today: [...space.today],
    even: spreadAllocation(space, () => 1),
    'by-length': spreadAllocation(space, (k) => space.sectors[k.sectorIndex]?.lengthKm ?? 0),
  };
  const finalCount = 3 + adversaries.length;
  let total = plannedRuns(manifest, space, finalCount);
  let stage = 'starting';
  let finalDone = 0;
  const executor = createExecutor(options.workers ?? 1);
  const evaluator = new Evaluator({
    space,
    objective,
    executor,
    ...(options.turns !== undefined ? { turns: options.turns } : {}),
    ...(bluePolicy ? { policy: bluePolicy } : {}),
    ...(options.store ? { store: options.store } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    onRuns: () => progress(),
  });
  const progress = (playedFinal = 0) => {
    if (!options.onProgress) return;
    const c = evaluator.counts;
    const done = c.runsPlayed + c.runsRestored + finalDone + playedFinal;
    total = Math.max(total, done);
    options.onProgress({ stage, done, total, played: c.runsPlayed + finalDone + playedFinal });
  };
  const convergence: ConvergencePoint[] = [];
  try {
    options.signal?.throwIfAborted();
    const optima: AdversaryOptimum[] = [];
    for (const adversary of adversaries) {
      const extra = optima.map((o) => ({ x: o.allocation, origin: 'naive optimum' as const }));
      optima.push(
        await optimizeAgainst(
          {
            space,
            evaluator,
            seed: options.seed,
            search: options.search ?? {},
            selection: options.selection ?? {},
            reported,
            onConvergence: (p) => convergence.push(p),
            onStage: (s) => {
              stage = s;
              progress();
            },
          },
          adversary,
          extra,
        ),
      );
    }
    const last = optima[optima.length - 1] as AdversaryOptimum;
    allocations.proposed = last.allocation;
    const naive = optima.length > 1 ? (optima[0] as AdversaryOptimum) : undefined;
    if (naive) allocations.naive = naive.allocation;

    // Final paired evaluation on the root seed's runs.
    const names = Object.keys(allocations);
    const policies: OverlayPolicy[] = names.map((name) => ({ name, overlay: allocationOverlay(space, allocations[name] as number[]) }));
    const finalRuns = options.finalRuns ?? 500;
    const evalAdversary = adversaries[adversaries.length - 1] as AdversaryModel;
    const finalOptions = (note: string) => ({
      runs: finalRuns,
      seed: options.seed,
      executor,
      objective,
      ...(options.turns !== undefined ? { turns: options.turns } : {}),
      ...(bluePolicy ? { bluePolicy } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (p: MonteCarloProgress) => {
        stage = note;
        progress(p.played);
      },
    });
    const main: FinalEvaluation = await evaluateFinal(base, evalAdversary, policies, finalOptions(`final paired evaluation (${evalAdversary.name} adversary)`));
    finalDone += finalRuns * policies.length;
    let fixedEval: FinalEvaluation | undefined;
    if (naive) {
      const fixed = adversaries[0] as AdversaryModel;
      fixedEval = await evaluateFinal(
        base,
        fixed,
        policies.filter((p) => p.name === 'today' || p.name === 'naive'),
        finalOptions(`final paired evaluation (${fixed.name} adversary)`),
      );
      finalDone += finalRuns * 2;
    }
    progress();

    const obj = main.objective;
    const pair = (a: string, b: string, from = obj) => pairedComparison(from[a] as Float64Array, from[b] as Float64Array);
    const vsToday: Record<string, PairedComparison> = {};
    for (const n of names) if (n !== 'today') vsToday[n] = pair('today', n);
    const evaluation: AllocationEvaluation = {
      adversary: main.adversary,
      seed: options.seed,
      runs: finalRuns,
      objective: Object.fromEntries(names.map((n) => [n, summarize(obj[n] as Float64Array)])),
      vsToday,
      vsEven: pair('even', 'proposed'),
    };
    let robustness: Robustness | undefined;
    if (naive && fixedEval) {
      const nr = pair('proposed', 'naive');
      const sign = objective.sense === 'maximize' ? -1 : 1;
      const lo = sign * nr.ci95[0];
      const hi = sign * nr.ci95[1];
      robustness = {
        naive: naive.allocation,
        robust: last.allocation,
        naiveMinusRobust: nr,
        loss: { mean: sign * nr.meanDifference, ci95: [Math.min(lo, hi), Math.max(lo, hi)] },
        promised: pair('today', 'naive', fixedEval.objective),
        delivered: pair('today', 'naive'),
      };
    }
    const table: AllocationRow[] = space.coordinates.map((k, i) => {
      const row: AllocationRow = {
        sector: k.sector,
        name: space.sectors[k.sectorIndex]?.name ?? k.sector,
        lever: k.lever,
        today: space.today[i] as number,
        proposed: last.allocation[i] as number,
        change: (last.allocation[i] as number) - (space.today[i] as number),
        even: (allocations.even as number[])[i] as number,
      };
      if (naive) row.naive = naive.allocation[i] as number;
      return row;
    });
    return {
      manifest,
      sectors: [...space.sectors],
      coordinates: [...space.coordinates],
      allocations,
      extraSpendUsdPerYear: extraSpendUsdPerYear(space, last.allocation),
      table,
      optima,
      evaluation,
      ...(robustness ? { robustness } : {}),
      comparison: main.comparison,
      policies,
      convergence,
      counts: { ...evaluator.counts },
    };
  } finally {
    await executor.close();
  }
}

export { stageSeeds };
