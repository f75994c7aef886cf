/**
 * Calibration by history matching (Craig, Goldstein et al. 1997; Vernon, Goldstein & Bower 2010;
 * Andrianakis et al. 2015): rule out the inputs at which the model cannot reproduce the
 * historical targets, in waves, and keep the rest, the non-implausible space.
 *
 * For a target z (a scenario's `targets` entry) and an input point x, the implausibility is
 *
 *     I(x) = |z − E[f(x)]| / √(V_obs + V_model(x) + V_disc)
 *
 * with V_obs the observation variance (the target's sd², or a quarter of its band squared),
 * V_disc the model discrepancy (discrepancySd², default 0), and V_model(x) = the run-to-run
 * variance of f at x (the world is one draw of it: the ensemble variability) + the emulator's
 * variance at x. A point whose largest I over the targets exceeds 3 is ruled out (Pukelsheim's
 * three-sigma rule: any unimodal distribution keeps 95 % of its mass within 3 sd).
 *
 * Wave w: P points from the space not ruled out by the waves before (a Latin hypercube over
 * the non-implausible box, filtered), k runs each; one emulator per target is fitted to the
 * point means (emulator.ts); the space not ruled out is estimated on a large Latin hypercube.
 *
 * @module
 */
import { applyOverlay, parseScenario } from '../scenario';
import type { Scenario, Target } from '../scenario/schema';
import { createRng } from '../rng/streams';
import { latinHypercube } from './designs';
import { emulate, fitEmulator, type Emulator } from './emulator';
import { ExperimentError } from './errors';
import { inputQuantile, type InputDistribution } from './input-distributions';
import { inputSpace, type InputFactor, type InputSpace } from './input-space';
import { runMonteCarloDetailed, type MonteCarloProgress } from './monte-carlo';
import { createExecutor } from './pool';
import { UncertaintyPlan } from './uncertainty';

/** Options of {@link calibrate}. */
export interface CalibrateOptions {
  seed: number;
  /** Waves (default 3). */
  waves?: number;
  /** Input points a wave (default 128). */
  points?: number;
  /** Runs a point (default 4). */
  replications?: number;
  /** Points the non-implausible space is judged on (default 20,000). */
  candidates?: number;
  /** Implausibility cut-off (default 3). */
  cutoff?: number;
  /** Ranges held at their nominal values (pointers or prefixes). */
  hold?: readonly string[];
  /**
   * Runs played at once (default 1: the calling thread alone; N above 1: the calling thread and
   * N − 1 worker threads). Never changes a number.
   */
  workers?: number;
  turns?: number;
  onProgress?: (p: MonteCarloProgress) => void;
  signal?: AbortSignal;
}

/** A target as matched: the observation and its variances. */
export interface MatchedTarget {
  id: string;
  metric: string;
  per?: string;
  era: string;
  source: string;
  z: number;
  varObs: number;
  varDisc: number;
  withoutActors: string[];
}

/** One wave's record. */
export interface CalibrationWave {
  wave: number;
  /** Points run this wave (fewer than asked when the space left is small). */
  points: number;
  /** Share of the whole input space ruled out after this wave (cumulative). */
  ruledOut: number;
  /** Share of this wave's run points whose simulated means are not implausible. */
  runPointsNonImplausible: number;
  /** Per target: the emulator's fit and its active inputs. */
  emulators: { target: string; r2: number; active: string[]; emulator: Emulator; varModelRuns: number }[];
}

/** A factor's non-implausible range. */
export interface CalibratedRange {
  factor: string;
  /** Per pointer of the factor: the prior range and the non-implausible one (in the input's units). */
  inputs: { pointer: string; prior: [number, number]; nonImplausible: [number, number] }[];
  /** The range's width as a share of the prior's, in quantiles (1: not narrowed). */
  widthShare: number;
  /** The non-implausible range in quantiles of the prior. */
  quantiles: [number, number];
}

/** The result of {@link calibrate}. */
export interface Calibration {
  scenario: { name: string };
  seed: number;
  cutoff: number;
  replications: number;
  targets: MatchedTarget[];
  factors: InputFactor[];
  waves: CalibrationWave[];
  /** Share of the input space ruled out after the last wave. */
  ruledOut: number;
  /** Per factor, the non-implausible range (those narrowed to under 95 % of the prior first). */
  ranges: CalibratedRange[];
  /** Runs played. */
  runs: number;
}

/** The observation and variances of a scenario target. */
export function matchedTarget(t: Target): MatchedTarget {
  const z = t.value ?? ((t.band?.[0] as number) + (t.band?.[1] as number)) / 2;
  const sd = t.sd ?? (t.band ? ((t.band[1] as number) - (t.band[0] as number)) / 4 : NaN);
  if (!Number.isFinite(z) || !(sd > 0)) throw new ExperimentError(`target ${t.id}: needs a value with sd, or a band`);
  return {
    id: t.id,
    metric: t.metric,
    ...(t.per !== undefined ? { per: t.per } : {}),
    era: t.era,
    source: t.source,
    z,
    varObs: sd * sd,
    varDisc: (t.discrepancySd ?? 0) ** 2,
    withoutActors: [...(t.withoutActors ?? [])].sort(),
  };
}

/** A target's value in one run's totals. */
function targetValue(t: MatchedTarget, totals: (m: string) => number): number {
  const v = totals(t.metric);
  return t.per === undefined ? v : v / Math.max(1, totals(t.per));
}

/** Largest implausibility over the targets at a unit point, by the emulators. */
export function implausibility(
  targets: readonly MatchedTarget[],
  emulators: readonly { emulator: Emulator; varModelRuns: number }[],
  unit: ArrayLike<number>,
): number {
  let worst = 0;
  targets.forEach((t, i) => {
    const e = emulators[i] as { emulator: Emulator; varModelRuns: number };
    const { mean, variance } = emulate(e.emulator, unit);
    const I = Math.abs(t.z - mean) / Math.sqrt(t.varObs + t.varDisc + e.varModelRuns + variance);
    if (I > worst) worst = I;
  });
  return worst;
}

/** Whether a unit point is ruled out by any wave of a calibration. */
export function ruledOutBy(c: Pick<Calibration, 'targets' | 'waves' | 'cutoff'>, unit: ArrayLike<number>): boolean {
  return c.waves.some((w) => implausibility(c.targets, w.emulators, unit) > c.cutoff);
}

/**
 * Calibrates a scenario's uncertain inputs against its `targets` by history matching.
 *
 * @example
 * const c = await calibrate(loadScenario('scenarios/tajik-afghan-2015.json'), { seed: 1 });
 * c.ruledOut; c.ranges.filter((r) => r.widthShare < 0.95);
 */
export async function calibrate(scenario: Scenario, options: CalibrateOptions): Promise<Calibration> {
  const targets = (scenario.targets ?? []).map(matchedTarget);
  if (targets.length === 0) throw new ExperimentError(`${scenario.metadata.name} has no targets to calibrate against (docs/calibration.md)`);
  const waves = options.waves ?? 3;
  const P = options.points ?? 128;
  const k = options.replications ?? 4;
  const cutoff = options.cutoff ?? 3;
  const nCand = options.candidates ?? 20_000;
  if (!(k >= 2)) throw new ExperimentError('calibration needs at least 2 replications a point (the ensemble variability)');
  // One scenario per set of removed actors (targets measured without some actors).
  const variantKeys = [...new Set(targets.map((t) => t.withoutActors.join(',')))];
  const variants = variantKeys.map((key) =>
    key === ''
      ? scenario
      : parseScenario(applyOverlay(scenario, { actors: key.split(',').map((id) => ({ id, remove: true })), targets: null }), {
          source: `${scenario.metadata.name} without ${key}`,
        }),
  );
  const space = inputSpace(variants, options.hold ? { hold: options.hold } : {});
  const F = space.factors.length;
  const executor = createExecutor(options.workers ?? 1);
  const record: CalibrationWave[] = [];
  let box: [number, number][] = space.factors.map(() => [0, 1]);
  let runs = 0;
  const judge = latinHypercube(nCand, F, createRng(`frontier-sim/calibrate/judge/${options.seed}`));
  try {
    for (let w = 0; w < waves; w++) {
      // Points: a Latin hypercube over the box, kept where no earlier wave rules them out.
      const pool = latinHypercube(Math.max(20 * P, 2000), F, createRng(`frontier-sim/calibrate/wave/${w}/${options.seed}`)).map((u) =>
        u.map((x, f) => (box[f] as [number, number])[0] + x * ((box[f] as [number, number])[1] - (box[f] as [number, number])[0])),
      );
      const unit = pool.filter((u) => !ruledOutBy({ targets, waves: record, cutoff }, u)).slice(0, P);
      if (unit.length < 8) break;
      const n = unit.length;
      const values: number[][][] = targets.map(() => unit.map(() => [] as number[]));
      for (const [vi, variant] of variants.entries()) {
        const plan = new UncertaintyPlan(space, vi, options.seed + w, n * k, k, { kind: 'waves', unit });
        const r = await runMonteCarloDetailed(
          variant,
          {
            runs: n * k,
            seed: options.seed + w,
            uncertainty: 'ranges',
            replications: k,
            ...(options.turns !== undefined ? { turns: options.turns } : {}),
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          },
          { executor, plan },
        );
        runs += n * k;
        const acc = r.accumulator;
        const cols = new Map<string, Float64Array>();
        const col = (m: string) => {
          let c = cols.get(m);
          if (c === undefined) {
            if (!acc.metrics.includes(m)) throw new ExperimentError(`target metric "${m}" is not a run total; known: ${acc.metrics.join(', ')}`);
            c = acc.values(m);
            cols.set(m, c);
          }
          return c;
        };
        targets.forEach((t, ti) => {
          if (t.withoutActors.join(',') !== variantKeys[vi]) return;
          for (let j = 0; j < n * k; j++) (values[ti] as number[][])[Math.floor(j / k)]!.push(targetValue(t, (m) => col(m)[j] as number));
        });
      }
      const emulators = targets.map((t, ti) => {
        const perPoint = values[ti] as number[][];
        const means = perPoint.map((v) => v.reduce((a, b) => a + b, 0) / v.length);
        const within = perPoint.reduce((s, v, p) => s + v.reduce((a, b) => a + (b - (means[p] as number)) ** 2, 0) / (v.length - 1), 0) / n;
        const emulator = fitEmulator(unit, means, within / k);
        return {
          target: t.id,
          r2: emulator.r2,
          active: emulator.active.map((f) => space.factors[f]?.name ?? String(f)),
          emulator,
          varModelRuns: within,
          means,
        };
      });
      // Run points judged by their simulated means (the emulator's variance replaced by the mean's noise).
      let kept = 0;
      for (let p = 0; p < n; p++) {
        const worst = Math.max(
          ...targets.map((t, ti) => {
            const e = emulators[ti] as (typeof emulators)[number];
            return Math.abs(t.z - (e.means[p] as number)) / Math.sqrt(t.varObs + t.varDisc + e.varModelRuns * (1 + 1 / k));
          }),
        );
        if (worst <= cutoff) kept++;
      }
      record.push({ wave: w + 1, points: n, ruledOut: NaN, runPointsNonImplausible: kept / n, emulators: emulators.map(({ means: _m, ...e }) => e) });
      const alive = judge.filter((u) => !ruledOutBy({ targets, waves: record, cutoff }, u));
      (record[w] as CalibrationWave).ruledOut = 1 - alive.length / judge.length;
      if (alive.length === 0) break;
      box = space.factors.map((_, f) => marginalRange(alive.map((u) => u[f] as number)));
    }
  } finally {
    await executor.close();
  }
  const last = record[record.length - 1];
  return {
    scenario: { name: scenario.metadata.name },
    seed: options.seed,
    cutoff,
    replications: k,
    targets,
    factors: space.factors,
    waves: record,
    ruledOut: last?.ruledOut ?? 0,
    ranges: calibratedRanges(space, box),
    runs,
  };
}

/** Each factor's non-implausible range, narrowest first. */
function calibratedRanges(space: InputSpace, box: readonly [number, number][]): CalibratedRange[] {
  const out = space.factors.map((f, i) => {
    const [lo, hi] = box[i] as [number, number];
    const inputs = f.pointers.map((pointer) => {
      const d = space.inputs.flat().find((x) => x.pointer === pointer)?.distribution as InputDistribution;
      return { pointer, prior: [d.min, d.max] as [number, number], nonImplausible: [inputQuantile(d, lo), inputQuantile(d, hi)] as [number, number] };
    });
    return { factor: f.name, inputs, widthShare: hi - lo, quantiles: [lo, hi] as [number, number] };
  });
  return out.sort((a, b) => a.widthShare - b.widthShare || (a.factor < b.factor ? -1 : 1));
}

/**
 * A factor's non-implausible range: the 0.5 % and 99.5 % quantiles of its coordinate over the
 * points not ruled out. The space not ruled out is not a box: an input that matters only
 * together with another keeps its whole range here, while the joint constraint lives in the
 * emulators (ruledOutBy). Quantiles rather than the extremes, so that a handful of points in a
 * corner do not keep a range whole.
 */
function marginalRange(coords: number[]): [number, number] {
  const sorted = coords.slice().sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))] as number;
  return sorted.length < 200 ? [sorted[0] as number, sorted[sorted.length - 1] as number] : [at(0.005), at(0.995)];
}
