/**
 * Sweeps: a grid, a Latin hypercube or a Morris screening design over scenario parameters
 * named by JSON pointer (or over every range the scenario declares). Each design point sets its
 * values in a copy of the scenario (a Quantity at the pointer is replaced by the number), checks
 * the result like any scenario, and runs a Monte Carlo on the same run seeds as every other
 * point (common random numbers, so differences between points are the parameters' effects).
 *
 * @module
 */
import { parseScenario } from '../scenario';
import { scenarioHash } from '../scenario/hash';
import type { Scenario } from '../scenario/schema';
import { createRng } from '../rng/streams';
import { fullFactorial, latinHypercube, scaleToRanges } from './designs';
import { ExperimentError } from './errors';
import { ENGINE_VERSION } from './manifest';
import { EXPERIMENT_LIMITS } from './limits';
import { isMetric, runMetricNames } from './metric-names';
import { executorFor, prepareMonteCarlo, runMonteCarloDetailed, type MonteCarloProgress } from './monte-carlo';
import { morrisAnalyze, morrisDesign, type MorrisEffect } from './morris';
import { findRanges, getAt, isRange, parsePointer, setAt } from './pointer';
import { applyPolicy, describePolicy, type Policy, type PolicyDescriptor } from './policy';
import { createExecutor } from './pool';
import type { Summary } from './statistics';
import { sobolSweep, type SobolSweepResult } from './sobol-sweep';

/** A swept parameter: explicit values (grid), or a range (default: the range declared at the pointer). */
export interface SweepParameter {
  /** JSON pointer into the scenario, e.g. `/parameters/detection/sweepWidthKm` or `/actors[id=taliban]/intent`. */
  pointer: string;
  /** Grid levels (grid design only). */
  values?: readonly number[];
  /** Lower end of the range. */
  min?: number;
  /** Upper end of the range. */
  max?: number;
}

/** The kinds of design. */
export type SweepDesign = 'grid' | 'lhs' | 'morris' | 'sobol';

/** Options of {@link sweep}. */
export interface SweepOptions {
  /** Parameters by pointer (a string is a pointer to a declared range). */
  parameters?: readonly (string | SweepParameter)[];
  /** Sweep every range `{ min, max }` the scenario declares (alone or with `parameters`). */
  fromRanges?: boolean;
  /** 'grid' (full factorial), 'lhs' (Latin hypercube) or 'morris' (elementary-effects screening). */
  design: SweepDesign;
  /** Latin hypercube: number of points (default 10). */
  points?: number;
  /** Grid: levels for a parameter given as a range (default 3); Morris: grid levels p, even (default 4). */
  levels?: number;
  /** Morris: number of trajectories r (default 10). */
  trajectories?: number;
  /** Sobol': base rows N (default 512; the design has N (F + 2) points). */
  samples?: number;
  /** Sobol': analyse this policy's paired effect (policy − the sweep's policy) instead of the metric. */
  effectOf?: Policy;
  /** Sobol': ranges kept at their nominal values (pointers or prefixes). */
  hold?: readonly string[];
  /** Sobol': bootstrap resamples (default 500). */
  resamples?: number;
  /** Monte Carlo runs per design point. */
  runs: number;
  /** Root seed of every point's runs, and of the design's draws. */
  seed: number;
  /**
   * Runs played at once (default 1: the calling thread alone; N above 1: the calling thread and
   * N − 1 worker threads). Never changes a number.
   */
  workers?: number;
  turns?: number;
  /** Applied before the swept values are set. */
  policy?: Policy;
  /** Metrics to report (default: all). */
  metrics?: readonly string[];
  onProgress?: (progress: MonteCarloProgress) => void;
  signal?: AbortSignal;
}

/** A swept parameter as used. */
export interface SweptParameter {
  pointer: string;
  min: number;
  max: number;
  /** Grid levels. */
  values?: number[];
}

/** One design point and its Monte Carlo summaries. */
export interface SweepPoint {
  index: number;
  /** Parameter values, by pointer. */
  values: Record<string, number>;
  metrics: Record<string, Summary>;
}

/** Morris screening of one outcome (the mean of the metric over the point's runs). */
export interface MorrisScreening {
  /** Input pointers by decreasing μ*. */
  ranking: string[];
  /** Per input, in input order: μ, μ*, σ, rank (elementary effects per whole range of the input). */
  effects: Omit<MorrisEffect, 'elementaryEffects'>[];
}

/** The result of {@link sweep}. */
export interface SweepResult {
  manifest: {
    engine: { name: 'frontier-sim'; version: string };
    scenario: { name: string; hash: string };
    seed: number;
    runs: number;
    turns: number;
    design: SweepDesign;
    policy: PolicyDescriptor;
  };
  parameters: SweptParameter[];
  points: SweepPoint[];
  /** Morris design: per metric, which inputs move it most. */
  morris?: Record<string, MorrisScreening>;
  /** Sobol' design: per metric (or effect), first-order and total indices of every factor. */
  sobol?: SobolSweepResult;
}

function resolveParameters(scenario: Scenario, options: SweepOptions): SweptParameter[] {
  const out: SweptParameter[] = [];
  const seen = new Set<string>();
  const add = (p: SweptParameter) => {
    if (seen.has(p.pointer)) throw new ExperimentError(`parameter ${p.pointer} is swept twice`);
    seen.add(p.pointer);
    out.push(p);
  };
  if (options.fromRanges) for (const r of findRanges(scenario)) add({ pointer: r.pointer, min: r.min, max: r.max });
  for (const given of options.parameters ?? []) {
    const p: SweepParameter = typeof given === 'string' ? { pointer: given } : given;
    parsePointer(p.pointer);
    const current = getAt(scenario, p.pointer);
    if (p.values !== undefined) {
      if (options.design !== 'grid')
        throw new ExperimentError(`parameter ${p.pointer}: explicit values need the grid design; give min and max for ${options.design}`);
      if (!Array.isArray(p.values) || p.values.length === 0 || !p.values.every(Number.isFinite))
        throw new ExperimentError(`parameter ${p.pointer}: values must be finite numbers`);
      if (p.values.length > EXPERIMENT_LIMITS.levels)
        throw new ExperimentError(`parameter ${p.pointer}: at most ${EXPERIMENT_LIMITS.levels} values, got ${p.values.length}`);
      add({ pointer: p.pointer, min: Math.min(...p.values), max: Math.max(...p.values), values: [...p.values] });
      continue;
    }
    let min = p.min;
    let max = p.max;
    if (min === undefined || max === undefined) {
      if (!isRange(current)) {
        throw new ExperimentError(`parameter ${p.pointer}: give min and max (or values): the scenario declares no range there`);
      }
      min ??= current.min;
      max ??= current.max;
    }
    if (!Number.isFinite(min) || !Number.isFinite(max) || !(min <= max))
      throw new ExperimentError(`parameter ${p.pointer}: needs finite min <= max, got [${min}, ${max}]`);
    add({ pointer: p.pointer, min, max });
  }
  if (out.length === 0) throw new ExperimentError('a sweep needs parameters (by pointer) or fromRanges with ranges declared in the scenario');
  return out;
}

function checkInt(name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    throw new ExperimentError(`${name} must be an integer from ${min} to ${max.toLocaleString('en-US')}, got ${typeof v === 'number' ? v : typeof v}`);
  }
  return v;
}

const MAX_POINTS = EXPERIMENT_LIMITS.designPoints;

/** The design's points (values by pointer), its size checked before any array of that size is made. */
function designPoints(
  design: SweepDesign,
  params: readonly SweptParameter[],
  options: SweepOptions,
): { values: Record<string, number>[]; morris?: ReturnType<typeof morrisDesign> } {
  const rng = createRng(`frontier-sim/sweep/${design}/${options.seed}`);
  const ranges = params.map((p) => ({ name: p.pointer, min: p.min, max: p.max }));
  if (design === 'grid') {
    const levels = checkInt('levels', options.levels ?? 3, 1, EXPERIMENT_LIMITS.levels);
    const size = params.reduce((n, p) => n * (p.values?.length ?? levels), 1);
    if (size > MAX_POINTS)
      throw new ExperimentError(
        `the grid has ${size.toLocaleString('en-US')} points (${params.map((p) => p.values?.length ?? levels).join(' x ')}), more than ${MAX_POINTS.toLocaleString('en-US')}; use fewer levels, or the lhs or morris design`,
      );
    const values = fullFactorial(
      params.map((p) => ({
        name: p.pointer,
        levels: p.values ?? (levels === 1 ? [(p.min + p.max) / 2] : Array.from({ length: levels }, (_, i) => p.min + ((p.max - p.min) * i) / (levels - 1))),
      })),
      { maxPoints: MAX_POINTS },
    );
    return { values };
  }
  if (design === 'lhs') {
    const n = checkInt('points', options.points ?? 10, 1, MAX_POINTS);
    return { values: latinHypercube(n, params.length, rng).map((x) => scaleToRanges(x, ranges)) };
  }
  const perTrajectory = params.length + 1;
  const trajectories = checkInt('trajectories', options.trajectories ?? 10, 1, Math.max(1, Math.floor(MAX_POINTS / perTrajectory)));
  const levels = checkInt('levels', options.levels ?? 4, 2, EXPERIMENT_LIMITS.levels);
  if (levels % 2 !== 0) throw new ExperimentError(`levels must be even for the morris design, got ${levels}`);
  const morris = morrisDesign({ factors: params.map((p) => p.pointer), trajectories, levels, rng });
  return { values: morris.points.map((x) => scaleToRanges(x, ranges)), morris };
}

/** The scenario of design point i: the swept values set in a copy of the base, validated. */
function pointScenario(base: Scenario, name: string, params: readonly SweptParameter[], values: Record<string, number>, i: number): Scenario {
  const doc = structuredClone(base) as Scenario;
  for (const p of params) setAt(doc, p.pointer, values[p.pointer]);
  return parseScenario(doc, { source: `${name}, sweep point ${i}` });
}

/**
 * Runs a sweep.
 *
 * Everything is checked before the first run: the design and its size, every design point's
 * scenario (a value that breaks the scenario at point 57 is reported before point 0 plays), the
 * metric names and the Monte Carlo options.
 *
 * @example
 * const s = await sweep(scenario, {
 *   parameters: [{ pointer: '/parameters/detection/sweepWidthKm', values: [0.5, 1, 2] }],
 *   design: 'grid', runs: 100, seed: 1,
 * });
 * s.points.map((p) => p.metrics.gotAway.mean);
 */
export async function sweep(scenario: Scenario, options: SweepOptions): Promise<SweepResult> {
  if (typeof options !== 'object' || options === null) throw new ExperimentError('sweep needs options { design, runs, seed }');
  const design = options.design;
  if (design !== 'grid' && design !== 'lhs' && design !== 'morris' && design !== 'sobol')
    throw new ExperimentError(`design must be grid, lhs, morris or sobol, got ${String(design)}`);
  let base: Scenario;
  try {
    base = applyPolicy(scenario, options.policy);
  } catch (e) {
    throw e instanceof TypeError ? new ExperimentError(e.message, { cause: e }) : e;
  }
  if (design === 'sobol') return sobolDesignSweep(scenario, base, options);
  const params = resolveParameters(base, options);
  const { values: pointValues, morris } = designPoints(design, params, options);
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') throw new ExperimentError('onProgress must be a function');
  const known = runMetricNames(base);
  if (options.metrics !== undefined) {
    if (!Array.isArray(options.metrics)) throw new ExperimentError('metrics must be an array of metric names');
    for (const m of options.metrics)
      if (!isMetric(known, m)) throw new ExperimentError(`unknown metric ${JSON.stringify(m)}; known metrics: ${known.join(', ')}`);
  }
  const mcOptions = {
    runs: options.runs,
    seed: options.seed,
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.turns !== undefined ? { turns: options.turns } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const { manifest } = await prepareMonteCarlo(base, mcOptions);
  for (let i = 0; i < pointValues.length; i++) {
    pointScenario(base, scenario.metadata.name, params, pointValues[i] as Record<string, number>, i);
    if (i % 64 === 63) {
      // Checking many points takes a while: let an abort through.
      await new Promise<void>((resolve) => setImmediate(resolve));
      options.signal?.throwIfAborted();
    }
  }
  options.signal?.throwIfAborted();

  const executor = executorFor(options.workers ?? 1, base, manifest.turns, []);
  const points: SweepPoint[] = [];
  const means: Record<string, number[]> = {};
  let turns = options.turns ?? base.calendar.turns;
  try {
    const grand = pointValues.length * options.runs;
    for (let i = 0; i < pointValues.length; i++) {
      const values = pointValues[i] as Record<string, number>;
      const doneBefore = i * options.runs;
      const r = await runMonteCarloDetailed(
        pointScenario(base, scenario.metadata.name, params, values, i),
        {
          ...mcOptions,
          ...(options.onProgress
            ? { onProgress: (p: MonteCarloProgress) => options.onProgress?.({ done: doneBefore + p.done, total: grand, played: doneBefore + p.played }) }
            : {}),
        },
        { executor },
      );
      turns = r.result.manifest.turns;
      const wanted = options.metrics ?? Object.keys(r.result.metrics);
      const metrics: Record<string, Summary> = {};
      for (const m of wanted) {
        const s = r.result.metrics[m] as Summary;
        metrics[m] = s;
        (means[m] ??= []).push(s.mean);
      }
      points.push({ index: i, values, metrics });
    }
  } finally {
    await executor.close();
  }
  const result: SweepResult = {
    manifest: sweepManifest(scenario, options, turns),
    parameters: params,
    points,
  };
  if (morris) {
    const screening: Record<string, MorrisScreening> = {};
    for (const [m, ys] of Object.entries(means)) {
      const a = morrisAnalyze(morris, ys);
      screening[m] = { ranking: a.ranking, effects: a.effects.map(({ elementaryEffects: _e, ...rest }) => rest) };
    }
    result.morris = screening;
  }
  return result;
}

/** The Sobol' design: every declared range (or those `parameters` name), played through the engine. */
async function sobolDesignSweep(scenario: Scenario, base: Scenario, options: SweepOptions): Promise<SweepResult> {
  const only = options.fromRanges
    ? undefined
    : (options.parameters ?? []).map((p) => {
        const q: SweepParameter = typeof p === 'string' ? { pointer: p } : p;
        if (q.values !== undefined || q.min !== undefined || q.max !== undefined)
          throw new ExperimentError(`parameter ${q.pointer}: the sobol design samples the ranges the scenario declares; give the pointer alone`);
        return q.pointer;
      });
  if (only !== undefined && only.length === 0)
    throw new ExperimentError('a sweep needs parameters (by pointer) or fromRanges with ranges declared in the scenario');
  const executor = createExecutor(options.workers ?? 1);
  let r: SobolSweepResult;
  try {
    r = await sobolSweep(
      base,
      {
        n: checkInt('samples', options.samples ?? 512, 2, MAX_POINTS),
        runs: checkInt('runs', options.runs, 1, EXPERIMENT_LIMITS.runsHeld),
        seed: options.seed,
        ...(options.turns !== undefined ? { turns: options.turns } : {}),
        ...(options.effectOf ? { effectOf: options.effectOf } : {}),
        ...(only ? { only } : {}),
        ...(options.hold ? { hold: options.hold } : {}),
        ...(options.metrics ? { metrics: options.metrics } : {}),
        ...(options.resamples !== undefined ? { resamples: options.resamples } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      },
      executor,
    );
  } finally {
    await executor.close();
  }
  return {
    manifest: sweepManifest(scenario, options, options.turns ?? base.calendar.turns),
    parameters: r.factors.map((f) => ({ pointer: f.name, min: NaN, max: NaN })),
    points: [],
    sobol: r,
  };
}

/** What a sweep's numbers depend on. */
function sweepManifest(scenario: Scenario, options: SweepOptions, turns: number): SweepResult['manifest'] {
  return {
    engine: { name: 'frontier-sim', version: ENGINE_VERSION },
    scenario: { name: scenario.metadata.name, hash: scenarioHash(scenario) },
    seed: options.seed,
    runs: options.runs,
    turns,
    design: options.design,
    policy: describePolicy(options.policy),
  };
}
