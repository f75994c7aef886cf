/**
 * Paired policy comparison on common random numbers: every policy plays the same run seeds
 * (run i on `deriveSeed(seed, i)`), so that a difference between two policies' run i is the
 * policy's effect with most of the noise cancelled. Per metric: the paired mean difference
 * (policy − baseline) with its 95 % CI, and the variance reduction over independent seeds.
 *
 * @module
 */
import type { Scenario } from '../scenario/schema';
import type { MetricTable } from '../engine/results';
import { scenarioHash } from '../scenario/hash';
import { ExperimentError } from './errors';
import { ENGINE_VERSION } from './manifest';
import { EXPERIMENT_LIMITS } from './limits';
import {
  checkMonteCarloOptions,
  executorFor,
  prepareMonteCarlo,
  runMonteCarloDetailed,
  type MonteCarloOptions,
  type PreparedMonteCarlo,
  type MonteCarloProgress,
  type MonteCarloRun,
} from './monte-carlo';
import { pairedComparison, type PairedComparison } from './paired';
import { applyPolicy, describePolicy, type Policy, type PolicyDescriptor } from './policy';
import type { Summary } from './statistics';
import type { InputFactor } from './input-space';
import { robustEffect, type RobustEffect } from './robustness';
import { factorOrders } from './sobol';
import { uncertaintyPlans, type UncertaintyManifest, type UncertaintyOptions, type UncertaintyPlan } from './uncertainty';

/** Each metric's paired effect over the inputs (differences run by run). */
function robustEffects(
  base: MonteCarloRun,
  p: MonteCarloRun,
  metrics: readonly string[],
  plan: UncertaintyPlan,
  names: { policy: string; baseline: string },
): Record<string, RobustEffect> {
  const unit = Array.from({ length: plan.manifest.points }, (_, q) => plan.unitPoint(q));
  const orders = factorOrders(unit);
  const out: Record<string, RobustEffect> = {};
  for (const m of metrics) {
    const a = base.accumulator.values(m);
    const b = p.accumulator.values(m);
    const d = new Float64Array(a.length);
    for (let j = 0; j < a.length; j++) d[j] = (b[j] as number) - (a[j] as number);
    out[m] = robustEffect(m, d, plan.replications, unit, plan.space, names, orders);
  }
  return out;
}

/**
 * Options of {@link comparePolicies}. With `uncertainty: 'ranges'`, `runs` is input points ×
 * `replications`, and every policy plays the same input point and seed in each run.
 */
export interface CompareOptions extends UncertaintyOptions {
  /** The policies, at least two (or one and the status quo as baseline: see `baseline`). */
  policies: readonly Policy[];
  /** Runs per policy (the same run seeds for every policy). */
  runs: number;
  /** Root seed. */
  seed: number;
  /**
   * Runs played at once (default 1: the calling thread alone; N above 1: the calling thread and
   * N − 1 worker threads). Never changes a number.
   */
  workers?: number;
  /** Name of the baseline policy (default: the first). */
  baseline?: string;
  /** Turns per run (default: the scenario's calendar). */
  turns?: number;
  /** Progress over all policies. */
  onProgress?: (progress: MonteCarloProgress) => void;
  signal?: AbortSignal;
}

/** What a comparison's numbers depend on. */
export interface ComparisonManifest {
  engine: { name: 'frontier-sim'; version: string };
  scenario: { name: string; hash: string };
  seed: number;
  runs: number;
  turns: number;
  baseline: string;
  policies: PolicyDescriptor[];
  /** With uncertainty 'ranges': the input design every policy shares. */
  uncertainty?: UncertaintyManifest;
}

/** One policy against the baseline. */
export interface PolicyComparison {
  policy: string;
  /** Per metric: the paired comparison, differences policy − baseline. */
  /** Per metric: the paired difference policy - baseline; every {@link MetricName} is there. */
  metrics: MetricTable<PairedComparison>;
  /**
   * With uncertainty 'ranges': per metric, the effect over the plausible inputs (distribution,
   * variance split, P(better), what decides it, where it flips).
   */
  uncertainty?: Record<string, RobustEffect>;
}

/** The result of {@link comparePolicies}. */
export interface Comparison {
  manifest: ComparisonManifest;
  baseline: string;
  /** Each policy's own summaries, in the order given. */
  policies: { name: string; metrics: MetricTable<Summary> }[];
  /** Each policy but the baseline against the baseline, in the order given. */
  comparisons: PolicyComparison[];
  /** With uncertainty 'ranges': the factors of the design, in the order of its coordinates. */
  inputs?: InputFactor[];
}

/**
 * Compares policies on common random numbers.
 *
 * @example
 * const c = await comparePolicies(scenario, {
 *   policies: [{ name: 'status-quo' }, { name: 'more-patrols', overlay: { forces: [{ id: 'border-panj', personnel: 900 }] } }],
 *   runs: 500, seed: 1,
 * });
 * c.comparisons[0].metrics.gotAway.meanDifference; // with .ci95 and .varianceReduction
 */
export async function comparePolicies(scenario: Scenario, options: CompareOptions): Promise<Comparison> {
  if (typeof options !== 'object' || options === null) throw new ExperimentError('comparePolicies needs options { policies, runs, seed }');
  const policies = options.policies;
  if (!Array.isArray(policies) || policies.length < 2) throw new ExperimentError('comparePolicies needs at least two policies');
  if (policies.length > EXPERIMENT_LIMITS.policies)
    throw new ExperimentError(`comparePolicies takes at most ${EXPERIMENT_LIMITS.policies} policies, got ${policies.length}`);
  let descriptors: PolicyDescriptor[];
  try {
    descriptors = policies.map((p) => describePolicy(p));
  } catch (e) {
    throw e instanceof TypeError ? new ExperimentError(e.message, { cause: e }) : e;
  }
  const names = descriptors.map((d) => d.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) throw new ExperimentError(`two policies are named "${dup}"; names must differ`);
  const baseline = options.baseline ?? (names[0] as string);
  const baseIndex = names.indexOf(baseline);
  if (baseIndex < 0) throw new ExperimentError(`baseline "${baseline}" is not one of the policies (${names.join(', ')})`);
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') throw new ExperimentError('onProgress must be a function');

  // Every policy's Monte Carlo is checked (its overlay applied, its module imported) before any
  // policy plays a run: a mistake in the last policy must not cost the runs of the first.
  const perOptions: MonteCarloOptions[] = policies.map((policy) => ({
    runs: options.runs,
    seed: options.seed,
    policy,
    ...(options.uncertainty !== undefined ? { uncertainty: options.uncertainty } : {}),
    ...(options.replications !== undefined ? { replications: options.replications } : {}),
    ...(options.hold !== undefined ? { hold: options.hold } : {}),
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.turns !== undefined ? { turns: options.turns } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  }));
  checkMonteCarloOptions(perOptions[0] as MonteCarloOptions);
  const plans =
    options.uncertainty === 'ranges'
      ? uncertaintyPlans(
          policies.map((p) => applyPolicy(scenario, p)),
          options.seed,
          options.runs,
          options,
        )
      : undefined;
  const prepared: PreparedMonteCarlo[] = [];
  for (const [i, o] of perOptions.entries()) prepared.push(await prepareMonteCarlo(scenario, o, options.workers ?? 1, plans?.[i]));
  if (options.runs * policies.length > EXPERIMENT_LIMITS.runsHeld) {
    throw new ExperimentError(
      `${options.runs.toLocaleString('en-US')} runs x ${policies.length} policies is more runs than one process holds (${EXPERIMENT_LIMITS.runsHeld.toLocaleString('en-US')}); compare fewer runs or fewer policies at a time`,
    );
  }
  options.signal?.throwIfAborted();

  const executor = executorFor(
    options.workers ?? 1,
    scenario,
    (prepared[0] as PreparedMonteCarlo).manifest.turns,
    prepared.map((p) => p.fnPolicy),
  );
  const perPolicy: MonteCarloRun[] = [];
  try {
    let doneBefore = 0;
    const grand = options.runs * policies.length;
    for (const [i, o] of perOptions.entries()) {
      const r = await runMonteCarloDetailed(
        scenario,
        {
          ...o,
          ...(options.onProgress
            ? { onProgress: (p: MonteCarloProgress) => options.onProgress?.({ done: doneBefore + p.done, total: grand, played: doneBefore + p.played }) }
            : {}),
        },
        { executor, prepared: prepared[i] as PreparedMonteCarlo },
      );
      doneBefore += options.runs;
      perPolicy.push(r);
    }
  } finally {
    await executor.close();
  }
  const base = perPolicy[baseIndex] as (typeof perPolicy)[number];
  const metricNames = base.accumulator.metrics.filter((m) => perPolicy.every((p) => p.accumulator.metrics.includes(m)));
  const comparisons: PolicyComparison[] = [];
  perPolicy.forEach((p, i) => {
    if (i === baseIndex) return;
    const metrics: Record<string, PairedComparison> = {};
    for (const m of metricNames) metrics[m] = pairedComparison(base.accumulator.values(m), p.accumulator.values(m));
    const cmp: PolicyComparison = { policy: names[i] as string, metrics: metrics as MetricTable<PairedComparison> };
    const plan = plans?.[i];
    if (plan && plan.replications >= 2 && plan.manifest.points >= 2)
      cmp.uncertainty = robustEffects(base, p, metricNames, plan, { policy: names[i] as string, baseline });
    comparisons.push(cmp);
  });
  return {
    manifest: {
      engine: { name: 'frontier-sim', version: ENGINE_VERSION },
      scenario: { name: scenario.metadata.name, hash: scenarioHash(scenario) },
      seed: options.seed,
      runs: options.runs,
      turns: base.result.manifest.turns,
      baseline,
      policies: descriptors,
      ...(plans ? { uncertainty: (plans[0] as UncertaintyPlan).manifest } : {}),
    },
    ...(plans ? { inputs: (plans[0] as UncertaintyPlan).space.factors } : {}),
    baseline,
    policies: perPolicy.map((p, i) => ({ name: names[i] as string, metrics: p.result.metrics })),
    comparisons,
  };
}
