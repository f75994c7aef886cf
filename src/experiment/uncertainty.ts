/**
 * Monte Carlo over the uncertain inputs as well as the dice: `uncertainty: 'ranges'`.
 *
 * The experiment's runs are P input points × k replications: run j plays input point ⌊j / k⌋
 * on the seed `deriveSeed(seed, j)`, as every Monte Carlo does. The points are a Latin
 * hypercube over the input space's factors, keyed by the root seed, each coordinate mapped
 * through its input's distribution. Because a run's point follows from its index alone, any
 * worker count, any sharding and any resume give the same runs; and the policies of a
 * comparison, which play the same run indices, share each run's input point and seed.
 *
 * @module
 */
import type { Scenario } from '../scenario/schema';
import { createRng } from '../rng/streams';
import type { ChunkDesign } from './chunk';
import { latinHypercube } from './designs';
import { ExperimentError } from './errors';
import { inputSpace, pointValues, type InputSpace, type UncertainInput } from './input-space';

/** What an experiment with uncertainty records in its manifest. */
export interface UncertaintyManifest {
  mode: 'ranges';
  /** The design of the input points: a Latin hypercube, Saltelli's (sweep --design sobol), or a calibration wave's. */
  design: 'lhs' | 'saltelli' | 'waves';
  points: number;
  replications: number;
  /** The factors (inputs or groups of inputs) sampled. */
  factors: number;
  /** Pointers held at their nominal values. */
  hold: string[];
}

/** Options of an experiment with uncertainty. */
export interface UncertaintyOptions {
  /** 'none' (default): inputs at their nominal values; 'ranges': every declared range sampled. */
  uncertainty?: 'none' | 'ranges';
  /** Runs per input point, k (default 8); the runs are points × k. */
  replications?: number;
  /** Pointers (or prefixes) of ranges kept at their nominal values. */
  hold?: readonly string[];
}

/** Default runs per input point. */
export const DEFAULT_REPLICATIONS = 8;

/**
 * The input points of one scenario (one policy) of an experiment with uncertainty: which values
 * each run index plays.
 */
export class UncertaintyPlan {
  readonly manifest: UncertaintyManifest;
  private readonly unit: number[][];
  private readonly inputs: readonly UncertainInput[];
  private readonly pointers: string[];

  /**
   * @param space - the input space (shared by the policies of a comparison)
   * @param scenarioIndex - which of the space's scenarios this plan plays
   * @param runs - total runs, a multiple of `replications`
   */
  constructor(
    readonly space: InputSpace,
    scenarioIndex: number,
    seed: number,
    runs: number,
    readonly replications: number,
    /** Explicit unit points (default: the Latin hypercube keyed by the seed). */
    design?: { kind: 'saltelli' | 'waves'; unit: number[][]; seedBlock?: number },
  ) {
    if (!Number.isSafeInteger(replications) || replications < 1) throw new ExperimentError(`replications must be an integer >= 1, got ${replications}`);
    const points = runs / replications;
    if (!Number.isSafeInteger(points) || points < 1)
      throw new ExperimentError(`runs (${runs}) must be a multiple of the replications per point (${replications})`);
    this.inputs = space.inputs[scenarioIndex] ?? [];
    this.pointers = this.inputs.map((i) => i.pointer);
    this.unit = design?.unit ?? designPoints(seed, points, space.factors.length);
    if (this.unit.length !== points) throw new ExperimentError(`the design has ${this.unit.length} points for ${points}`);
    this.seedBlock = design?.seedBlock;
    this.manifest = { mode: 'ranges', design: design?.kind ?? 'lhs', points, replications, factors: space.factors.length, hold: [...space.hold] };
  }

  /** Points that share their runs' seeds (a Saltelli row: A, B and every AB_i), or undefined. */
  private readonly seedBlock: number | undefined;

  /** The input point of a run. */
  pointOf(runIndex: number): number {
    return Math.floor(runIndex / this.replications);
  }

  /** Point p's coordinates in the unit hypercube, one per factor. */
  unitPoint(p: number): readonly number[] {
    return this.unit[p] as number[];
  }

  /** Point p's values, pointer → value, for this plan's scenario. */
  values(p: number): Record<string, number> {
    return pointValues(this.inputs, this.unitPoint(p));
  }

  /** What a block of runs (indices start, start + stride, ...) needs to set its points' values. */
  chunkDesign(start: number, stride: number, count: number): ChunkDesign {
    const first = this.pointOf(start);
    const last = this.pointOf(start + (count - 1) * stride);
    const values: number[][] = [];
    for (let p = first; p <= last; p++) {
      const v = this.values(p);
      values.push(this.pointers.map((ptr) => v[ptr] as number));
    }
    return {
      replications: this.replications,
      firstPoint: first,
      pointers: this.pointers,
      values,
      ...(this.seedBlock !== undefined ? { seedBlock: this.seedBlock } : {}),
    };
  }
}

/**
 * The unit-hypercube design of an experiment with uncertainty: a Latin hypercube of `points`
 * points in `factors` dimensions from the generator keyed `frontier-sim/uncertainty/<seed>`.
 */
export function designPoints(seed: number, points: number, factors: number): number[][] {
  return latinHypercube(points, factors, createRng(`frontier-sim/uncertainty/${seed}`));
}

/**
 * The plans of an experiment's scenarios (one per policy, each with the policy applied), over
 * their shared input space.
 */
export function uncertaintyPlans(scenarios: readonly Scenario[], seed: number, runs: number, options: UncertaintyOptions): UncertaintyPlan[] {
  const space = inputSpace(scenarios, options.hold ? { hold: options.hold } : {});
  const k = options.replications ?? DEFAULT_REPLICATIONS;
  return scenarios.map((_, i) => new UncertaintyPlan(space, i, seed, runs, k));
}
