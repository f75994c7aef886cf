/**
 * Monte Carlo: many seeded runs of one scenario under one policy, summarised per metric.
 *
 * Run i uses the seed `deriveSeed(seed, i)`. Runs are played in blocks by an executor (the
 * calling thread or a pool of worker threads) and merged strictly in run order, so any worker
 * count, any sharding and any resume give the same summaries, bit for bit. Memory holds one
 * double per run and metric (plus, when asked, one per run, turn and per-turn metric), never
 * a run's history.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import type { MetricTable } from '../engine/results';
import { LIMITS, type Scenario } from '../scenario/schema';
import { scenarioHash } from '../scenario/hash';
import { assertSeed } from '../rng/hash';
import type { ChunkTask, RunOutput } from './chunk';
import { ExperimentError } from './errors';
import { ENGINE_VERSION, RUNS_FORMAT, RUNS_FORMAT_VERSION, manifestDifference, type Manifest, type Shard } from './manifest';
import { applyPolicy, chunkPolicy, describePolicy, type Policy } from './policy';
import { MAX_WORKERS, createExecutor, type Executor, type RunBlock } from './pool';
import { unpackRuns, type PackedRuns } from './packed-runs';
import { checkPrecision, nextRunTotal, parsePrecisionTargets, type PrecisionStatus, type PrecisionTarget } from './precision';
import { MetricAccumulator, summarize, type Summary } from './statistics';
import { RunsFileError, RunsReader, RunsWriter, inspectRunsFile, takeRun, type RunsFileInfo, type RunsHeaderExtras } from './stream';
import { DEFAULT_REPLICATIONS, uncertaintyPlans, type UncertaintyOptions, type UncertaintyPlan } from './uncertainty';
import { varianceSplit, type UncertaintySummary } from './variance-split';

/** Progress of a Monte Carlo, reported after each block of runs. */
export interface MonteCarloProgress {
  /** Runs done (including runs read back from a resumed file). */
  done: number;
  /** Runs planned so far (grows at precision checkpoints). */
  total: number;
  /**
   * Runs played by this process so far (not read back from a resumed file). Its growth over
   * time is the speed: the experiment layer reads no clock, the caller's progress display does.
   */
  played: number;
}

/**
 * Options of {@link runMonteCarlo}. With `uncertainty: 'ranges'` the runs are input points ×
 * `replications`, and the inputs are sampled too (uncertainty.ts, docs/uncertainty.md).
 */
export interface MonteCarloOptions extends UncertaintyOptions {
  /** Number of runs (with `until`: runs before the first precision check). */
  runs: number;
  /** Root seed: run i uses `deriveSeed(seed, i)`. */
  seed: number;
  /** Worker threads (default 1: the calling thread). Never changes a number. */
  workers?: number;
  /** The policy (default: the scenario as it is, named 'status-quo'). */
  policy?: Policy;
  /** Turns per run (default: the scenario's calendar). */
  turns?: number;
  /** Called after each block of runs. */
  onProgress?: (progress: MonteCarloProgress) => void;
  /** Stops the experiment: the promise rejects with the signal's reason; a runs file keeps every run written. */
  signal?: AbortSignal;
  /**
   * Precision targets, `"metric:halfwidth"` (comma-separated or an array): runs are added at
   * deterministic checkpoints (`nextRunTotal`) until every 95 % CI half-width is at most its
   * target, or `maxRuns` is reached.
   */
  until?: string | readonly string[] | readonly PrecisionTarget[];
  /** Cap on runs with `until` (default 100,000). */
  maxRuns?: number;
  /** Metrics to keep per turn (for fan charts): per turn mean, p5, p50, p95 across runs. */
  perTurn?: readonly string[];
  /** Stream every run to this NDJSON file (a manifest line, then one line per run in run order). */
  out?: string;
  /** Continue the `out` file left by an interrupted process (start it if it does not exist). */
  resume?: boolean;
  /** Play only the runs index, index + count, ... (merge the shards' files with `mergeRunsFiles`). */
  shard?: Shard;
  /** Called with each run, in run order. */
  onRun?: (run: RunOutput) => void;
}

/** Per-turn quantiles of one metric across runs (index t is turn t + 1). */
export interface PerTurnSummary {
  mean: number[];
  p5: number[];
  p50: number[];
  p95: number[];
}

/** Where a Monte Carlo with precision targets stopped. */
export interface PrecisionOutcome {
  /** Whether every target was met (false: `maxRuns` was reached first). */
  met: boolean;
  targets: PrecisionStatus[];
}

/** The result of {@link runMonteCarlo}. */
export interface MonteCarloResult {
  manifest: Manifest;
  /** Runs summarised. */
  runs: number;
  /**
   * Per metric of the runs' totals: n, mean, sd, ci95, p5, p50, p95, min, max. Every
   * {@link MetricName} is there (`mc.metrics.gotAway`).
   */
  metrics: MetricTable<Summary>;
  /** Per-turn summaries of the `perTurn` metrics. */
  perTurn?: Record<string, PerTurnSummary>;
  /** With `until`: the state of the targets at the stopping point. */
  precision?: PrecisionOutcome;
  /**
   * With uncertainty 'ranges' (and every run, not a shard): per metric, the distribution over
   * inputs and chance and its variance split.
   */
  uncertainty?: Record<string, UncertaintySummary>;
}

/** Internal: a Monte Carlo result with its per-run values (for paired comparisons and sweeps). */
export interface MonteCarloRun {
  result: MonteCarloResult;
  accumulator: MetricAccumulator;
}

/** Internal options: an executor shared between several Monte Carlos. */
export interface InternalOptions {
  executor?: Executor;
  /** With uncertainty: the input points (a comparison's policies share one input space). */
  plan?: UncertaintyPlan;
}

const DEFAULT_MAX_RUNS = 100_000;

function checkCount(name: string, n: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new ExperimentError(`${name} must be an integer from ${min} to ${max}, got ${String(n)}`);
  }
  return n;
}

/** Number of run indices start, start + stride, ... below `total`. */
export function shardSize(total: number, start: number, stride: number): number {
  return total > start ? Math.ceil((total - start) / stride) : 0;
}

function normalizeTargets(until: MonteCarloOptions['until']): PrecisionTarget[] | null {
  if (until === undefined) return null;
  if (typeof until === 'string') return parsePrecisionTargets(until);
  if (until.length === 0) return null;
  if (typeof until[0] === 'string') return parsePrecisionTargets(until as readonly string[]);
  return parsePrecisionTargets((until as readonly PrecisionTarget[]).map((t) => `${t.metric}:${t.halfWidth}`));
}

/** The manifest a Monte Carlo with these options writes (with uncertainty: and this plan). */
export function buildManifest(scenario: Scenario, options: MonteCarloOptions, plan?: UncertaintyPlan): Manifest {
  const targets = normalizeTargets(options.until);
  const m: Manifest = {
    format: RUNS_FORMAT,
    formatVersion: RUNS_FORMAT_VERSION,
    engine: { name: 'frontier-sim', version: ENGINE_VERSION },
    scenario: { name: scenario.metadata.name, hash: scenarioHash(scenario) },
    seed: options.seed,
    runs: options.runs,
    turns: options.turns ?? scenario.calendar.turns,
    policy: describePolicy(options.policy),
    options: {
      until: targets,
      maxRuns: targets ? (options.maxRuns ?? DEFAULT_MAX_RUNS) : null,
      perTurn: [...(options.perTurn ?? [])],
    },
  };
  if (options.shard) m.shard = { index: options.shard.index, count: options.shard.count };
  if (plan) m.uncertainty = plan.manifest;
  return m;
}

function validate(scenario: Scenario, options: MonteCarloOptions): void {
  if (typeof options !== 'object' || options === null) throw new ExperimentError('runMonteCarlo needs options { runs, seed }');
  checkCount('runs', options.runs, 1);
  try {
    assertSeed(options.seed);
  } catch (e) {
    throw new ExperimentError((e as Error).message);
  }
  if (options.workers !== undefined) checkCount('workers', options.workers, 1, MAX_WORKERS);
  if (options.turns !== undefined) checkCount('turns', options.turns, 0, LIMITS.turns);
  if (options.maxRuns !== undefined) checkCount('maxRuns', options.maxRuns, 1);
  if (options.shard !== undefined) {
    const { index, count } = options.shard;
    checkCount('shard count', count, 1);
    checkCount('shard index', index, 0, count - 1);
    if (options.until !== undefined) throw new ExperimentError('precision targets (until) need every run in one process; they cannot be combined with shards');
  }
  if (options.resume && options.out === undefined) throw new ExperimentError('resume needs an output file (out)');
  const per = options.perTurn ?? [];
  if (new Set(per).size !== per.length) throw new ExperimentError(`perTurn names a metric twice: ${per.join(', ')}`);
  if (options.uncertainty !== undefined && options.uncertainty !== 'none' && options.uncertainty !== 'ranges') {
    throw new ExperimentError(`uncertainty must be 'none' or 'ranges', got ${String(options.uncertainty)}`);
  }
  if (options.uncertainty === 'ranges') {
    if (options.until !== undefined) throw new ExperimentError('precision targets (until) cannot be combined with uncertainty ranges: the input design is planned for the runs given');
    const k = checkCount('replications', options.replications ?? DEFAULT_REPLICATIONS, 1);
    if (options.runs % k !== 0) throw new ExperimentError(`runs (${options.runs}) must be a multiple of the replications per point (${k})`);
  } else if (options.replications !== undefined || options.hold !== undefined) {
    throw new ExperimentError("replications and hold go with uncertainty: 'ranges'");
  }
  if (options.until !== undefined && options.maxRuns !== undefined && options.maxRuns < options.runs) {
    throw new ExperimentError(`maxRuns (${options.maxRuns}) is below runs (${options.runs})`);
  }
  void scenario;
}

/**
 * Runs a Monte Carlo.
 *
 * @example
 * const scenario = loadScenario('scenarios/tajik-afghan-2021.json');
 * const mc = await runMonteCarlo(scenario, { runs: 1000, seed: 1, workers: 4 });
 * mc.metrics.gotAway.mean; mc.metrics.gotAway.ci95;
 * @throws ExperimentError for bad options or a runs file that cannot be resumed; ScenarioError
 *   when the policy's overlay breaks the scenario; the signal's reason when aborted.
 */
export async function runMonteCarlo(scenario: Scenario, options: MonteCarloOptions): Promise<MonteCarloResult> {
  return (await runMonteCarloDetailed(scenario, options)).result;
}

/** What a runs file records beside its manifest, for a report to replay its runs. */
function runsHeaderExtras(scenario: Scenario, policy: Policy | undefined): RunsHeaderExtras {
  const overlay = policy !== undefined && 'overlay' in policy && policy.overlay !== undefined ? { name: policy.name, overlay: policy.overlay } : undefined;
  return { scenario, ...(overlay ? { policy: overlay } : {}) };
}

/** Internal: {@link runMonteCarlo}, also returning the per-run values. */
export async function runMonteCarloDetailed(scenario: Scenario, options: MonteCarloOptions, internal: InternalOptions = {}): Promise<MonteCarloRun> {
  validate(scenario, options);
  const played = applyPolicy(scenario, options.policy);
  const plan = options.uncertainty === 'ranges' ? (internal.plan ?? (uncertaintyPlans([played], options.seed, options.runs, options)[0] as UncertaintyPlan)) : undefined;
  const manifest = buildManifest(scenario, options, plan);
  const targets = manifest.options.until;
  const maxRuns = manifest.options.maxRuns ?? options.runs;
  const fnPolicy = chunkPolicy(options.policy, internal.executor?.workers ?? options.workers ?? 1);
  const key = `${scenarioHash(played)}`;
  const turns = manifest.turns;
  const perTurn = manifest.options.perTurn;
  const start = options.shard?.index ?? 0;
  const stride = options.shard?.count ?? 1;
  const { signal, onProgress, onRun } = options;
  signal?.throwIfAborted();

  const collector = new RunCollector(manifest, options.runs, onRun);
  const acc = collector.accumulator;

  // The runs file: resume it, or create it.
  let writer: RunsWriter | undefined;
  let existing: RunsReader | undefined;
  let existingLeft = 0;
  if (options.out !== undefined) {
    const path = options.out;
    // A file without a complete manifest line was cut as it was created: nothing to keep.
    const info = existsSync(path) && options.resume ? inspectOrNothing(path) : undefined;
    if (info !== undefined) {
      if (info.manifest.formatVersion < RUNS_FORMAT_VERSION) {
        throw new RunsFileError(
          `cannot resume ${path}: it is in runs format ${info.manifest.formatVersion} (an older frontier-sim, lines without checksums); ` +
            'it can still be merged and reported, but a resumed experiment starts a new file',
        );
      }
      const diff = manifestDifference(info.manifest, manifest);
      if (diff !== undefined) {
        throw new RunsFileError(`cannot resume ${path}: it was started with different settings (${diff})`);
      }
      existing = new RunsReader(path, info.validBytes);
      existingLeft = info.runs;
      writer = RunsWriter.resume(path, info);
    } else if (existsSync(path) && !options.resume) {
      throw new RunsFileError(`${path} exists; add --resume (resume: true) to continue it, or remove it first`);
    } else {
      writer = RunsWriter.create(path, manifest, runsHeaderExtras(scenario, options.policy));
    }
  }

  const ownExecutor = internal.executor === undefined;
  let executor: Executor | undefined = internal.executor;
  let done = 0; // positions ingested
  let playedHere = 0;

  const ingest = (run: RunOutput): void => {
    collector.ingest(run);
    done++;
  };

  const report = (totalPositions: number): void => {
    if (!onProgress) return;
    onProgress({ done, total: totalPositions, played: playedHere });
  };

  /** Plays (or reads back) positions up to `to` (exclusive). */
  const playTo = async (to: number): Promise<void> => {
    while (done < to && existingLeft > 0 && existing) {
      const run = existing.next();
      if (run === undefined) break;
      existingLeft--;
      takeRun(existing, run, ingest);
    }
    if (done >= to) {
      report(to);
      return;
    }
    // No more threads than runs left to play (the count never changes a number).
    executor ??= createExecutor(Math.min(options.workers ?? 1, Math.max(1, to - done)));
    const ex = executor;
    const remaining = to - done;
    const chunk = Math.max(1, Math.min(ex.workers === 1 ? 8 : 64, Math.ceil(remaining / (ex.workers * 8))));
    const window = ex.workers * 3;
    const inflight: Promise<RunBlock>[] = [];
    let launchPos = done;
    const launch = (): void => {
      while (inflight.length < window && launchPos < to) {
        const count = Math.min(chunk, to - launchPos);
        const first = start + launchPos * stride;
        const task: ChunkTask = { key, scenario: played, rootSeed: options.seed, start: first, stride, count, turns, perTurn, ...(fnPolicy ? { policy: fnPolicy } : {}), ...(plan ? { design: plan.chunkDesign(first, stride, count) } : {}) };
        const p = ex.run(task, signal);
        p.catch(() => undefined); // awaited in order below; avoid an unhandled rejection meanwhile
        inflight.push(p);
        launchPos += count;
      }
    };
    launch();
    while (inflight.length > 0) {
      const block = await (inflight.shift() as Promise<RunBlock>);
      signal?.throwIfAborted();
      let played: number;
      if (writer === undefined && collector.ingestPacked(block)) {
        // Straight into the columns: nothing asked for the runs as objects.
        played = (block as PackedRuns).index.length;
        done += played;
      } else {
        const runs = unpackRuns(block);
        let lines = '';
        for (const run of runs) {
          ingest(run);
          if (writer) lines += writer.line(run) + '\n';
        }
        if (writer && lines) writer.write(lines);
        played = runs.length;
      }
      playedHere += played;
      report(to);
      launch();
    }
  };

  let precision: PrecisionOutcome | undefined;
  try {
    if (targets) {
      let total = options.runs;
      for (;;) {
        await playTo(total);
        const summaries: Record<string, { n: number; ci95: [number, number] }> = {};
        for (const m of acc.metrics) {
          const mo = acc.moments(m);
          summaries[m] = { n: mo.n, ci95: [mo.mean - mo.halfWidth, mo.mean + mo.halfWidth] };
        }
        const check = checkPrecision(summaries, targets);
        const next = nextRunTotal(total, check, { maxRuns });
        if (next <= total) {
          precision = { met: check.met, targets: check.targets };
          break;
        }
        total = next;
      }
    } else {
      await playTo(shardSize(options.runs, start, stride));
    }
    if (existingLeft > 0) throw new RunsFileError(`${options.out}: has more runs than this experiment plans`);
  } finally {
    existing?.close();
    writer?.close();
    if (ownExecutor && executor) await executor.close();
  }

  return { result: collector.result(precision), accumulator: acc };
}

/**
 * Internal: takes runs in run order (checked), keeps their values, and gives the result. Shared
 * by Monte Carlo and merge, so that both give the same bytes.
 */
export class RunCollector {
  readonly accumulator: MetricAccumulator;
  private readonly series: MetricAccumulator | undefined;
  private firstChecked = false;

  constructor(
    readonly manifest: Manifest,
    plannedRuns: number,
    private readonly onRun?: (run: RunOutput) => void,
  ) {
    const start = manifest.shard?.index ?? 0;
    const stride = manifest.shard?.count ?? 1;
    // Sized to the runs planned (all of them are ingested), so no growth slack: 92 doubles a run.
    this.accumulator = new MetricAccumulator({ start, stride, initialCapacity: shardSize(plannedRuns, start, stride) });
    this.series = manifest.options.perTurn.length > 0 ? new MetricAccumulator({ start, stride }) : undefined;
  }

  ingest(run: RunOutput): void {
    const { perTurn, until } = this.manifest.options;
    const turns = this.manifest.turns;
    if (!this.firstChecked) {
      this.firstChecked = true;
      const known = Object.keys(run.totals);
      for (const m of perTurn) {
        if (!known.includes(m)) throw new ExperimentError(`perTurn: unknown metric "${m}"; known metrics: ${known.join(', ')}`);
      }
      for (const t of until ?? []) {
        if (!known.includes(t.metric)) throw new ExperimentError(`until: unknown metric "${t.metric}"; known metrics: ${known.join(', ')}`);
      }
    }
    this.accumulator.add(run.index, run.totals);
    if (this.series) {
      const rec: Record<string, number> = {};
      for (const m of perTurn) {
        const s = run.series?.[m];
        if (s === undefined || s.length !== turns) throw new RunsFileError(`run ${run.index} has no per-turn series of "${m}" over ${turns} turns`);
        for (let t = 0; t < turns; t++) rec[`${m}\u0000${t}`] = s[t] as number;
      }
      this.series.add(run.index, rec);
    }
    this.onRun?.(run);
  }

  /**
   * Ingests a block packed by a worker straight into the accumulator's columns, when nothing
   * needs its runs as objects (no `onRun`, no per-turn series) and the block is the next in run
   * order with the metrics of the runs before it. The same values in the same order as
   * {@link RunCollector.ingest} run by run, without an object a run on the main thread, which
   * shares the machine's cores with the workers.
   *
   * @returns false, having done nothing, when the block must be ingested run by run
   */
  ingestPacked(block: RunBlock): boolean {
    if (Array.isArray(block) || this.onRun !== undefined || this.series !== undefined || !this.firstChecked) return false;
    return this.accumulator.addRows(block.index, block.keys, block.values);
  }

  result(precision?: PrecisionOutcome): MonteCarloResult {
    const result: MonteCarloResult = { manifest: this.manifest, runs: this.accumulator.count, metrics: this.accumulator.summaries() as MetricTable<Summary> };
    if (this.series) result.perTurn = perTurnSummaries(this.series, this.manifest.options.perTurn, this.manifest.turns);
    if (precision) result.precision = precision;
    const u = this.manifest.uncertainty;
    // A shard holds only some replications of each point: the split needs every run (merge them).
    if (u && this.manifest.shard === undefined && u.replications >= 2 && u.points >= 2 && this.accumulator.count === u.points * u.replications) {
      result.uncertainty = Object.fromEntries(this.accumulator.metrics.map((m) => [m, varianceSplit(this.accumulator.values(m), u.replications)]));
    }
    return result;
  }
}

function inspectOrNothing(path: string): RunsFileInfo | undefined {
  try {
    return inspectRunsFile(path);
  } catch (e) {
    if (e instanceof RunsFileError && e.noManifest) return undefined;
    throw e;
  }
}

function perTurnSummaries(acc: MetricAccumulator, metrics: readonly string[], turns: number): Record<string, PerTurnSummary> {
  const out: Record<string, PerTurnSummary> = {};
  for (const m of metrics) {
    const s: PerTurnSummary = { mean: [], p5: [], p50: [], p95: [] };
    for (let t = 0; t < turns; t++) {
      const v = acc.count > 0 ? summarize(acc.values(`${m}\u0000${t}`)) : summarize([]);
      s.mean.push(v.mean);
      s.p5.push(v.p5);
      s.p50.push(v.p50);
      s.p95.push(v.p95);
    }
    out[m] = s;
  }
  return out;
}
