/**
 * The final, paired evaluation of a few allocations (today, the even spread, the spread by
 * border length, the optimum, the naive optimum) on runs that no earlier stage saw: run i on
 * `deriveSeed(seed, i)` with the optimisation's own root seed, the runs `frontier-sim compare
 * --seed SEED` plays, so `compare` with the allocations as policy files reproduces every number.
 * Each allocation is an overlay policy on the scenario as the adversary plays it; the result is a
 * {@link Comparison} (every metric, paired against today) plus the objective's per-run values.
 *
 * @module
 */
import type { Scenario } from '../../scenario/schema';
import type { MetricTable } from '../../engine/results';
import { scenarioHash } from '../../scenario/hash';
import type { Comparison, PolicyComparison } from '../compare';
import { ENGINE_VERSION } from '../manifest';
import { runMonteCarloDetailed, type MonteCarloProgress, type MonteCarloRun } from '../monte-carlo';
import { pairedComparison, type PairedComparison } from '../paired';
import { applyPolicy, describePolicy, type OverlayPolicy, type Policy } from '../policy';
import type { Executor } from '../pool';
import type { AdversaryModel } from './adversary';
import { objectiveValues, type Objective } from './objective';

/** What the final evaluation gives back. */
export interface FinalEvaluation {
  adversary: string;
  comparison: Comparison;
  /** The objective's per-run values (in its own sense), by allocation name. */
  objective: Record<string, Float64Array>;
}

/** Options of {@link evaluateFinal}. */
export interface FinalOptions {
  runs: number;
  seed: number;
  turns?: number;
  executor: Executor;
  objective: Objective;
  /** Blue's policy function, if any (overlay policies are already in `scenario`). */
  bluePolicy?: Policy;
  signal?: AbortSignal;
  onProgress?: (p: MonteCarloProgress) => void;
}

/**
 * Plays each allocation (the first is the baseline) against the adversary on the same runs.
 *
 * @param scenario - the scenario the space was built from (blue's overlay policy applied)
 * @param allocations - named overlay policies, baseline first
 */
export async function evaluateFinal(
  scenario: Scenario,
  adversary: AdversaryModel,
  allocations: readonly OverlayPolicy[],
  o: FinalOptions,
): Promise<FinalEvaluation> {
  const played = adversary.scenario(scenario);
  const fn = adversary.policy ?? (o.bluePolicy?.kind === 'function' ? o.bluePolicy : undefined);
  const runs: MonteCarloRun[] = [];
  let before = 0;
  for (const a of allocations) {
    // With a policy function in play the overlay is applied here; otherwise it is the run's
    // policy, so that manifests name it (and a report can replay it).
    const target = fn ? applyPolicy(played, a) : played;
    const policy: Policy = fn ?? a;
    const done = before;
    runs.push(
      await runMonteCarloDetailed(
        target,
        {
          runs: o.runs,
          seed: o.seed,
          policy,
          ...(o.turns !== undefined ? { turns: o.turns } : {}),
          ...(o.signal ? { signal: o.signal } : {}),
          ...(o.onProgress
            ? { onProgress: (p: MonteCarloProgress) => o.onProgress?.({ done: done + p.done, total: o.runs * allocations.length, played: done + p.played }) }
            : {}),
        },
        { executor: o.executor },
      ),
    );
    before += o.runs;
  }
  const base = runs[0] as MonteCarloRun;
  const metrics = base.accumulator.metrics.filter((m) => runs.every((r) => r.accumulator.metrics.includes(m)));
  const comparisons: PolicyComparison[] = runs.slice(1).map((r, i) => {
    const out: Record<string, PairedComparison> = {};
    for (const m of metrics) out[m] = pairedComparison(base.accumulator.values(m), r.accumulator.values(m));
    // Every metric of the runs' totals: each MetricName is there.
    return { policy: (allocations[i + 1] as OverlayPolicy).name, metrics: out as MetricTable<PairedComparison> };
  });
  const plain: Objective = { ...o.objective, sense: 'minimize' };
  const objective: Record<string, Float64Array> = {};
  runs.forEach((r, i) => {
    objective[(allocations[i] as OverlayPolicy).name] = objectiveValues(plain, (m) => r.accumulator.values(m), r.result.runs);
  });
  const comparison: Comparison = {
    manifest: {
      engine: { name: 'frontier-sim', version: ENGINE_VERSION },
      scenario: { name: played.metadata.name, hash: scenarioHash(played) },
      seed: o.seed,
      runs: o.runs,
      turns: base.result.manifest.turns,
      baseline: (allocations[0] as OverlayPolicy).name,
      policies: allocations.map((a) => describePolicy(a)),
    },
    baseline: (allocations[0] as OverlayPolicy).name,
    policies: runs.map((r, i) => ({ name: (allocations[i] as OverlayPolicy).name, metrics: r.result.metrics })),
    comparisons,
  };
  return { adversary: adversary.name, comparison, objective };
}
