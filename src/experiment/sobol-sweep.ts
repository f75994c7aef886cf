/**
 * `sweep --design sobol`: Sobol' indices of any metric, or of a policy's paired effect on it,
 * through the engine. The inputs (every declared range, or those named) are the factors of a
 * Saltelli design (sobol.ts) of N base rows; each point is played `runs` times, and the runs
 * of one design row (its A, B and AB_i points) share their seeds, so that chance cancels in the
 * differences f(A) − f(AB_i) the estimators are made of. The output at a point is the mean of
 * its runs (for an effect: of the paired differences, policy − baseline, on the same seeds).
 *
 * @module
 */
import type { Scenario } from '../scenario/schema';
import { ExperimentError } from './errors';
import { inputSpace, type InputFactor } from './input-space';
import { runMonteCarloDetailed, type MonteCarloProgress, type MonteCarloRun } from './monte-carlo';
import { applyPolicy, describePolicy, type Policy, type PolicyDescriptor } from './policy';
import type { Executor } from './pool';
import { saltelliDesign, sobolIndices, type SobolIndex } from './sobol';
import { UncertaintyPlan } from './uncertainty';
import { pointMeans } from './variance-split';

/** Options of a Sobol' sweep. */
export interface SobolSweepOptions {
  /** Base rows N (the design has N (F + 2) points). */
  n: number;
  /** Runs per point (default 1). */
  runs: number;
  seed: number;
  turns?: number;
  /** The policy whose paired effect (policy − baseline) is analysed, instead of the metric itself. */
  effectOf?: Policy;
  /** Only these pointers (or prefixes); default every declared range. */
  only?: readonly string[];
  /** Pointers (or prefixes) held at their nominal values. */
  hold?: readonly string[];
  /** Metrics to analyse (default: all). */
  metrics?: readonly string[];
  /** Bootstrap resamples (default 500). */
  resamples?: number;
  onProgress?: (progress: MonteCarloProgress) => void;
  signal?: AbortSignal;
}

/** The indices of one metric (or effect). */
export interface SobolAnalysis {
  /** Mean and variance of the output over the design's A and B points. */
  mean: number;
  variance: number;
  /** Per factor, in the order of {@link SobolSweepResult.factors}. */
  indices: SobolIndex[];
}

/** The Sobol' part of a sweep's result. */
export interface SobolSweepResult {
  n: number;
  points: number;
  factors: InputFactor[];
  /** The policy whose effect was analysed, if any. */
  effectOf?: PolicyDescriptor;
  /** Per metric. */
  metrics: Record<string, SobolAnalysis>;
}

/** Factors kept: all, or those whose pointers lie under one of `only`. */
function keep(all: readonly string[], only: readonly string[] | undefined): string[] | undefined {
  if (only === undefined) return undefined;
  const matched = new Set<string>();
  for (const o of only) {
    const hit = all.filter((p) => p === o || p.startsWith(`${o}/`) || p.startsWith(`${o}[`));
    if (hit.length === 0) throw new ExperimentError(`--param ${o}: the scenario declares no range there`);
    hit.forEach((h) => matched.add(h));
  }
  return all.filter((p) => !matched.has(p));
}

/**
 * Runs a Sobol' sweep over `base` (the scenario with the sweep's policy applied).
 *
 * @example
 * const r = await sobolSweep(scenario, { n: 512, runs: 1, seed: 1 }, executor);
 * r.metrics.kgThrough.indices[0].total;
 */
export async function sobolSweep(base: Scenario, options: SobolSweepOptions, executor: Executor): Promise<SobolSweepResult> {
  const scenarios = options.effectOf ? [base, applyPolicy(base, options.effectOf)] : [base];
  const probe = inputSpace(scenarios, options.hold ? { hold: options.hold } : {});
  const dropped = keep(
    probe.factors.flatMap((f) => f.pointers),
    options.only,
  );
  const space = dropped === undefined ? probe : inputSpace(scenarios, { hold: [...(options.hold ?? []), ...dropped] });
  const F = space.factors.length;
  const design = saltelliDesign(options.n, F, options.seed);
  const points = design.points.length;
  const runs = points * options.runs;
  const played: MonteCarloRun[] = [];
  for (const [i, s] of scenarios.entries()) {
    const plan = new UncertaintyPlan(space, i, options.seed, runs, options.runs, { kind: 'saltelli', unit: design.points, seedBlock: F + 2 });
    const before = i * runs;
    played.push(
      await runMonteCarloDetailed(
        s,
        {
          runs,
          seed: options.seed,
          uncertainty: 'ranges',
          replications: options.runs,
          ...(options.turns !== undefined ? { turns: options.turns } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.onProgress
            ? {
                onProgress: (p: MonteCarloProgress) =>
                  options.onProgress?.({ done: before + p.done, total: runs * scenarios.length, played: before + p.played }),
              }
            : {}),
        },
        { executor, plan },
      ),
    );
  }
  const first = played[0] as MonteCarloRun;
  const known = first.accumulator.metrics;
  const wanted = options.metrics ?? known;
  const metrics: Record<string, SobolAnalysis> = {};
  for (const m of wanted) {
    if (!known.includes(m)) throw new ExperimentError(`unknown metric "${m}"; known metrics: ${known.join(', ')}`);
    let y = first.accumulator.values(m);
    if (played[1]) {
      const b = played[1].accumulator.values(m);
      y = y.map((v, j) => (b[j] as number) - v);
    }
    const means = options.runs > 1 ? pointMeans(y, options.runs) : y;
    let variance = 0;
    for (const v of means) variance = Math.max(variance, Math.abs(v - (means[0] as number)));
    if (variance === 0) {
      metrics[m] = {
        mean: means[0] as number,
        variance: 0,
        indices: space.factors.map(() => ({ first: 0, firstCi95: [0, 0], firstSe: 0, total: 0, totalCi95: [0, 0], totalSe: 0 })),
      };
      continue;
    }
    const r = sobolIndices(design, means, { resamples: options.resamples ?? 500, seed: options.seed });
    metrics[m] = { mean: r.mean, variance: r.variance, indices: r.indices };
  }
  return { n: options.n, points, factors: space.factors, ...(options.effectOf ? { effectOf: describePolicy(options.effectOf) } : {}), metrics };
}
