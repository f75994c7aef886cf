/**
 * Morris elementary-effects screening (Morris 1991), with the mu* measure of Campolongo,
 * Cariboni & Saltelli (2007): which uncertain inputs move an outcome, at a cost of r·(k + 1)
 * model evaluations for k inputs.
 *
 * @module
 */

import type { Rng } from '../rng/rng';
import { drawUniform, randomIndex, randomPermutation } from './designs';
import { moments } from './statistics';

/** Options of {@link morrisDesign}. */
export interface MorrisOptions {
  /** The inputs: their names, or just how many (then named `x0`, `x1`, ...). */
  factors: number | readonly string[];
  /** Number of trajectories r (≥ 1; 10 to 50 is usual; sigma needs r ≥ 2). */
  trajectories: number;
  /** Number of grid levels p per input: an even number ≥ 2 (default 4). */
  levels?: number;
  /** Source of the random draws. */
  rng: Rng;
}

/** One step of a trajectory: which input moved, and in which direction. */
export interface MorrisStep {
  /** Index of the input that changed. */
  factor: number;
  /** +1 if it increased by Δ, −1 if it decreased by Δ. */
  direction: 1 | -1;
}

/** A Morris design: r trajectories of k + 1 points each in the unit hypercube. */
export interface MorrisDesign {
  /** Input names, in coordinate order. */
  factors: string[];
  /** Number of trajectories r. */
  trajectories: number;
  /** Number of grid levels p. */
  levels: number;
  /** The step Δ = p / (2(p − 1)) in unit coordinates. */
  delta: number;
  /**
   * The r·(k + 1) points, coordinates in [0, 1] on the grid {0, 1/(p−1), ..., 1}. Trajectory t
   * is rows t·(k + 1) to t·(k + 1) + k; row t·(k + 1) + s + 1 differs from the row before it
   * only in input `steps[t][s].factor`.
   */
  points: number[][];
  /** Per trajectory, its k steps in order. */
  steps: MorrisStep[][];
}

/**
 * Generates a Morris screening design: r random one-at-a-time trajectories on a p-level grid.
 *
 * Construction (Morris 1991, equivalent to his B* = (J x* + (Δ/2)[(2B − J)D* + J])P* matrix):
 * with Δ = p / (2(p − 1)), each input gets a random base level from {0, 1/(p−1), ..., 1 − Δ}
 * and a random direction; inputs going down start at base + Δ. The inputs then move one at a
 * time, in a random order, by ±Δ. Every point stays on the grid inside [0, 1], and each input
 * moves exactly once per trajectory.
 *
 * Draw order per trajectory (fixed, so a seed always gives the same design): k draws for the
 * base levels (input order), k draws for the directions (u < ½ means up), then k − 1 draws for
 * the Fisher-Yates permutation of the inputs.
 *
 * Map the points onto parameter ranges with `scaleToRanges` from `designs.ts`.
 *
 * @throws RangeError for bad counts or an odd number of levels.
 * @example
 * ```ts
 * const design = morrisDesign({ factors: ['patrols', 'drones', 'weather'], trajectories: 20, rng });
 * design.points.length; // 20 · (3 + 1) = 80 model runs
 * const outputs = design.points.map((x) => model(x));
 * const result = morrisAnalyze(design, outputs);
 * result.ranking; // input names, most influential (largest mu*) first
 * ```
 */
export function morrisDesign(options: MorrisOptions): MorrisDesign {
  const { trajectories: r, levels: p = 4, rng } = options;
  const factors = typeof options.factors === 'number' ? Array.from({ length: options.factors }, (_, i) => `x${i}`) : [...options.factors];
  const k = factors.length;
  if (typeof options.factors === 'number' && (!Number.isSafeInteger(options.factors) || options.factors < 1)) {
    throw new RangeError(`morrisDesign: factors must be an integer >= 1, got ${options.factors}`);
  }
  if (k < 1) throw new RangeError('morrisDesign: at least one input is needed');
  if (new Set(factors).size !== k) throw new RangeError(`morrisDesign: repeated input names in ${JSON.stringify(factors)}`);
  if (!Number.isSafeInteger(r) || r < 1) throw new RangeError(`morrisDesign: trajectories must be an integer >= 1, got ${r}`);
  // Even p is what makes Δ = p/(2(p−1)) a whole number (p/2) of grid steps, so that every level
  // is visited with equal probability (Morris 1991).
  if (!Number.isSafeInteger(p) || p < 2 || p % 2 !== 0) {
    throw new RangeError(`morrisDesign: levels must be an even integer >= 2, got ${p}`);
  }
  const half = p / 2; // Δ in grid steps
  const delta = half / (p - 1);
  const points: number[][] = [];
  const steps: MorrisStep[][] = [];
  for (let t = 0; t < r; t++) {
    const base = Array.from({ length: k }, () => randomIndex(rng, half));
    const up = Array.from({ length: k }, () => drawUniform(rng) < 0.5);
    const order = randomPermutation(rng, k);
    // Grid indexes of the current point; a coordinate is index / (p − 1), computed the same way
    // every time so equal levels are equal doubles.
    const idx = base.map((b, i) => (up[i] ? b : b + half));
    points.push(idx.map((v) => v / (p - 1)));
    const trajectorySteps: MorrisStep[] = [];
    for (const i of order) {
      const dir: 1 | -1 = up[i] ? 1 : -1;
      idx[i] = (idx[i] as number) + dir * half;
      points.push(idx.map((v) => v / (p - 1)));
      trajectorySteps.push({ factor: i, direction: dir });
    }
    steps.push(trajectorySteps);
  }
  return { factors, trajectories: r, levels: p, delta, points, steps };
}

/** The screening measures of one input. */
export interface MorrisEffect {
  /** Input index (coordinate). */
  factor: number;
  /** Input name. */
  name: string;
  /** Mean of the elementary effects (Morris's μ; signed effects can cancel). */
  mu: number;
  /** Mean of the absolute elementary effects (Campolongo et al. 2007's μ*): the importance. */
  muStar: number;
  /**
   * Sample standard deviation of the elementary effects (σ, divisor r − 1; `NaN` for r = 1):
   * large when the input's effect depends on where the other inputs are (non-linearity or
   * interaction), 0 for an input that enters linearly and additively.
   */
  sigma: number;
  /** 1-based rank by μ* (1 = most influential; ties broken by input index). */
  rank: number;
  /** The r elementary effects, one per trajectory. */
  elementaryEffects: number[];
}

/** The result of a Morris analysis. */
export interface MorrisResult {
  /** Per input, in input order. */
  effects: MorrisEffect[];
  /** Input names by decreasing μ* (ties by input index). */
  ranking: string[];
}

/**
 * Computes Morris's elementary effects and their summaries μ, μ* and σ per input.
 *
 * The elementary effect of input i in a trajectory is
 * `EE_i = (f(after) − f(before)) / (±Δ)`, the sign being the direction of the step, i.e. the
 * change of the output per unit change of the input **in unit coordinates** (per whole range of
 * the input). Effects of inputs with different units are therefore comparable: each says how
 * much the output moves when that input crosses its declared range.
 *
 * @param design - from {@link morrisDesign}
 * @param outputs - the model output at each design point, in the same order as `design.points`
 * @throws RangeError if the number of outputs differs from the number of points or an output is
 *   not a finite number.
 * @example
 * ```ts
 * const design = morrisDesign({ factors: 3, trajectories: 10, rng });
 * const y = design.points.map(([a, b, c]) => 10 * a + 0.5 * b + 0 * c);
 * morrisAnalyze(design, y).effects.map((e) => e.muStar); // [10, 0.5, 0] (up to rounding)
 * ```
 */
export function morrisAnalyze(design: MorrisDesign, outputs: ArrayLike<number>): MorrisResult {
  const k = design.factors.length;
  const r = design.trajectories;
  if (outputs.length !== design.points.length || design.points.length !== r * (k + 1)) {
    throw new RangeError(`morrisAnalyze: ${outputs.length} outputs for a design of ${design.points.length} points (expected ${r * (k + 1)})`);
  }
  for (let i = 0; i < outputs.length; i++) {
    const y = outputs[i];
    if (typeof y !== 'number' || !Number.isFinite(y)) {
      throw new RangeError(`morrisAnalyze: output ${i} is ${String(y)}; expected a finite number`);
    }
  }
  const ee = Array.from({ length: k }, () => new Array<number>(r).fill(NaN));
  for (let t = 0; t < r; t++) {
    const row = t * (k + 1);
    const trajectory = design.steps[t] as MorrisStep[];
    for (let s = 0; s < k; s++) {
      const step = trajectory[s] as MorrisStep;
      const dy = (outputs[row + s + 1] as number) - (outputs[row + s] as number);
      (ee[step.factor] as number[])[t] = dy / (step.direction * design.delta);
    }
  }
  const effects: MorrisEffect[] = ee.map((effectsOfInput, i) => {
    const m = moments(effectsOfInput);
    const abs = moments(effectsOfInput.map(Math.abs));
    return {
      factor: i,
      name: design.factors[i] as string,
      mu: m.mean,
      muStar: abs.mean,
      sigma: m.sd,
      rank: 0,
      elementaryEffects: effectsOfInput,
    };
  });
  const order = [...effects].sort((a, b) => b.muStar - a.muStar || a.factor - b.factor);
  order.forEach((e, position) => {
    e.rank = position + 1;
  });
  return { effects, ranking: order.map((e) => e.name) };
}
