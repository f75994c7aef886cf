/**
 * Evaluating candidate allocations on common random numbers: every candidate of a stage is
 * played on the same run seeds (a "sample": runs 0..n-1 of a root seed), so that differences
 * between candidates are the allocation's effect with most of the noise cancelled. Each
 * evaluation plays the Monte Carlo's unit of work (`runChunk`, run i on `deriveSeed(seed, i)`)
 * on the worker pool shared by the whole optimisation; its per-run objective values are kept in
 * memory and, when a store is given, outside it (the resumable state file of `frontier-sim
 * optimize`).
 *
 * @module
 */
import { untilAborted } from '../until-aborted';
import { scenarioHash } from '../../scenario/hash';
import type { Scenario } from '../../scenario/schema';
import type { ChunkTask } from '../chunk';
import { ExperimentError } from '../errors';
import { unpackRuns } from '../packed-runs';
import { chunkPolicy, type Policy } from '../policy';
import type { Executor, RunBlock } from '../pool';
import type { AdversaryModel } from './adversary';
import type { Objective } from './objective';
import { applyAllocation, type AllocationSpace } from './space';

/** Most runs in one block sent to a worker. */
export const CHUNK_RUNS = 32;

/** A set of runs every candidate of a stage is played on. */
export interface Sample {
  /** Names the sample in cache keys, e.g. `search/0` (a block of the search) or `select/3`. */
  readonly key: string;
  /** Root seed: run i uses `deriveSeed(seed, i)`. */
  readonly seed: number;
  readonly runs: number;
}

/**
 * Where evaluations are kept between processes (the CLI's state file). Keys name the
 * adversary, the sample and the allocation; values are the per-run objective values, in run
 * order.
 */
export interface EvaluationStore {
  get(key: string): ArrayLike<number> | undefined;
  set(key: string, values: Float64Array): void;
}

/** Counters of an {@link Evaluator}. */
export interface EvaluationCounts {
  /** Evaluations asked for (a candidate on a sample), including repeats served from memory. */
  evaluations: number;
  /** Runs simulated by this process. */
  runsPlayed: number;
  /** Runs read back from the store (a resumed optimisation). */
  runsRestored: number;
}

/** Options of {@link Evaluator}. */
export interface EvaluatorOptions {
  space: AllocationSpace;
  objective: Objective;
  executor: Executor;
  /** Turns per run (default: the scenario's calendar). */
  turns?: number;
  /** Blue's policy function, if any (an overlay policy is already in the space's template). */
  policy?: Policy;
  store?: EvaluationStore;
  signal?: AbortSignal;
  /** Called as runs are played or restored. */
  onRuns?: (counts: EvaluationCounts) => void;
  /** Most evaluations in flight at once (default 2 × workers, at least 2). */
  concurrency?: number;
}

/** Plays candidates on samples, with a cache; see the module comment. */
export class Evaluator {
  readonly counts: EvaluationCounts = { evaluations: 0, runsPlayed: 0, runsRestored: 0 };
  private readonly memory = new Map<string, Float64Array>();
  private readonly templates = new Map<string, Scenario>();
  private readonly keys = new Map<string, string>();
  private readonly limit: number;

  constructor(private readonly o: EvaluatorOptions) {
    this.limit = Math.max(2, o.concurrency ?? 2 * o.executor.workers);
  }

  /** The cache key of a candidate on a sample against an adversary. */
  static key(adversary: AdversaryModel, sample: Sample, x: readonly number[]): string {
    return `${adversary.name}|${sample.key}|${x.join(',')}`;
  }

  /** The template scenario as `adversary` plays it (made once per adversary). */
  template(adversary: AdversaryModel): Scenario {
    let t = this.templates.get(adversary.name);
    if (t === undefined) {
      t = adversary.scenario(this.o.space.template);
      const same =
        t.sectors.length === this.o.space.template.sectors.length &&
        t.forces.length === this.o.space.template.forces.length &&
        t.forces.every((f, i) => f.id === this.o.space.template.forces[i]?.id);
      if (!same) throw new ExperimentError(`adversary "${adversary.name}" changed the scenario's sectors or forces; it may change anything else`);
      this.templates.set(adversary.name, t);
    }
    return t;
  }

  /** Per-run objective values ("smaller is better") of x on the sample. */
  async evaluate(adversary: AdversaryModel, x: readonly number[], sample: Sample): Promise<Float64Array> {
    this.counts.evaluations++;
    const key = Evaluator.key(adversary, sample, x);
    const known = this.memory.get(key);
    if (known !== undefined) return known;
    const stored = this.o.store?.get(key);
    if (stored !== undefined && stored.length === sample.runs) {
      const values = Float64Array.from(stored);
      this.memory.set(key, values);
      this.counts.runsRestored += sample.runs;
      this.o.onRuns?.(this.counts);
      return values;
    }
    const policy = adversary.policy ?? this.o.policy;
    if (adversary.policy !== undefined && this.o.policy !== undefined)
      throw new ExperimentError(
        `adversary "${adversary.name}" plays a policy function, and so does blue (${this.o.policy.name}): one run plays one policy function`,
      );
    const values = await this.play(adversary, x, sample, policy);
    this.memory.set(key, values);
    this.o.store?.set(key, values);
    this.counts.runsPlayed += sample.runs;
    this.o.onRuns?.(this.counts);
    return values;
  }

  /**
   * Plays x on the sample with the worker pool: blocks of at most {@link CHUNK_RUNS} runs of
   * `runChunk`, the unit every Monte Carlo plays (run i on `deriveSeed(sample.seed, i)`), keyed
   * by the adversary's template and x so that a worker compiles each candidate once. This skips
   * what `runMonteCarlo` adds for a whole experiment (two hashes of the scenario, a manifest),
   * which costs more than the runs of a small sample.
   */
  private async play(adversary: AdversaryModel, x: readonly number[], sample: Sample, policy: Policy | undefined): Promise<Float64Array> {
    const scenario = applyAllocation(this.o.space, x, this.template(adversary));
    const fn = chunkPolicy(policy, this.o.executor.workers);
    const turns = this.o.turns ?? scenario.calendar.turns;
    const key = `optimize/${this.templateKey(adversary)}/${x.join(',')}`;
    const blocks: Promise<RunBlock>[] = [];
    for (let start = 0; start < sample.runs; start += CHUNK_RUNS) {
      const task: ChunkTask = {
        key,
        scenario,
        rootSeed: sample.seed,
        start,
        stride: 1,
        count: Math.min(CHUNK_RUNS, sample.runs - start),
        turns,
        perTurn: [],
        ...(fn ? { policy: fn } : {}),
      };
      const p = this.o.executor.run(task);
      p.catch(() => undefined); // awaited in order below
      blocks.push(p);
    }
    const values = new Float64Array(sample.runs);
    const sign = this.o.objective.sense === 'maximize' ? -1 : 1;
    for (const p of blocks) {
      for (const run of unpackRuns(await untilAborted(p, this.o.signal))) {
        let v = 0;
        for (const t of this.o.objective.terms) {
          const m = run.totals[t.metric];
          if (m === undefined) throw new ExperimentError(`objective: unknown metric "${t.metric}"; known metrics: ${Object.keys(run.totals).join(', ')}`);
          v += sign * t.weight * m;
        }
        values[run.index] = v;
      }
    }
    return values;
  }

  /** A short key of the adversary's template (its hash, made once). */
  private templateKey(adversary: AdversaryModel): string {
    let k = this.keys.get(adversary.name);
    if (k === undefined) {
      k = `${adversary.name}/${scenarioHash(this.template(adversary))}`;
      this.keys.set(adversary.name, k);
    }
    return k;
  }

  /** {@link Evaluator.evaluate} of several (candidate, sample) jobs, a few at a time; results in the order given. */
  async evaluateAll(adversary: AdversaryModel, jobs: readonly { readonly x: readonly number[]; readonly sample: Sample }[]): Promise<Float64Array[]> {
    const out: Float64Array[] = new Array<Float64Array>(jobs.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < jobs.length) {
        const j = jobs[next] as { x: readonly number[]; sample: Sample };
        const i = next++;
        out[i] = await this.evaluate(adversary, j.x, j.sample);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.limit, jobs.length) }, worker));
    return out;
  }

  /** Several candidates on one sample; results in the order given. */
  evaluateMany(adversary: AdversaryModel, xs: readonly (readonly number[])[], sample: Sample): Promise<Float64Array[]> {
    return this.evaluateAll(
      adversary,
      xs.map((x) => ({ x, sample })),
    );
  }
}

/** The mean of a sample's per-run values. */
export function sampleMean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return values.length > 0 ? s / values.length : NaN;
}
