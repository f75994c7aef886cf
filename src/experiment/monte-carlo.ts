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
import { existsSync, rmSync, statSync } from 'node:fs';
import type { MetricTable } from '../engine/results';
import { LIMITS, type Scenario } from '../scenario/schema';
import { scenarioHash } from '../scenario/hash';
import { assertSeed } from '../rng/hash';
import type { ChunkTask, RunOutput } from './chunk';
import { ExperimentError, oneLine, runtimeFailure } from './errors';
import { EXPERIMENT_LIMITS } from './limits';
import { isMetric, runMetricNames } from './metric-names';
import { importPolicyFunction, policyModuleUrl } from './policy-module';
import { findTsx, isTypeScriptModule, typeScriptAdvice } from './worker-loader';
import { ENGINE_VERSION, RUNS_FORMAT, RUNS_FORMAT_VERSION, manifestDifference, type Manifest, type Shard } from './manifest';
import { applyPolicy, chunkPolicy, describePolicy, type ChunkPolicy, type Policy } from './policy';
import { MAX_WORKERS, createExecutor, type Executor, type RunBlock } from './pool';
import { checkSamePolicy } from './policy-probe';
import { unpackRuns, type PackedRuns } from './packed-runs';
import { errnoText, fileKind } from './fs-errors';
import { PrecisionTargetError, checkPrecision, nextRunTotal, parsePrecisionTargets, type PrecisionStatus, type PrecisionTarget } from './precision';
import { MetricAccumulator, summarize, type Summary } from './statistics';
import { RunsFileError, RunsReader, RunsWriter, inspectRunsFile, takeRun, type RunsFileInfo, type RunsHeaderExtras } from './stream';
import { DEFAULT_REPLICATIONS, uncertaintyPlans, type UncertaintyOptions, type UncertaintyPlan } from './uncertainty';
import { untilAborted } from './until-aborted';
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
  /**
   * Runs played at once (default 1: the calling thread alone; N above 1: the calling thread and
   * N − 1 worker threads). Never changes a number.
   */
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

/** Internal options: an executor shared between several Monte Carlos; the options already prepared. */
export interface InternalOptions {
  executor?: Executor;
  /** What {@link prepareMonteCarlo} returned for these options (comparisons check every policy first). */
  prepared?: PreparedMonteCarlo;
  /** With uncertainty: the input points (a comparison's policies share one input space). */
  plan?: UncertaintyPlan;
}

const DEFAULT_MAX_RUNS = 100_000;

function checkCount(name: string, n: unknown, min: number, max: number = EXPERIMENT_LIMITS.runs): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new ExperimentError(`${name} must be an integer from ${min} to ${max.toLocaleString('en-US')}, got ${describeValue(n)}`);
  }
  return n;
}

function describeValue(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : typeof v === 'number' || typeof v === 'boolean' || v == null ? String(v) : typeof v;
}

/** Number of run indices start, start + stride, ... below `total`. */
export function shardSize(total: number, start: number, stride: number): number {
  return total > start ? Math.ceil((total - start) / stride) : 0;
}

function normalizeTargets(until: MonteCarloOptions['until']): PrecisionTarget[] | null {
  if (until === undefined) return null;
  try {
    if (typeof until === 'string') return parsePrecisionTargets(until);
    if (!Array.isArray(until)) throw new ExperimentError('until must be "metric:halfwidth" targets (a string or an array)');
    if (until.length === 0) return null;
    if (typeof until[0] === 'string') return parsePrecisionTargets(until as readonly string[]);
    return parsePrecisionTargets((until as readonly PrecisionTarget[]).map((t) => `${t.metric}:${t.halfWidth}`));
  } catch (e) {
    if (e instanceof PrecisionTargetError) throw new ExperimentError(e.message, { cause: e });
    throw e;
  }
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

/**
 * The options' counts and flags, checked without looking at the scenario.
 *
 * @throws ExperimentError (usage)
 */
export function checkMonteCarloOptions(options: MonteCarloOptions): void {
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
    if (typeof options.shard !== 'object' || options.shard === null) throw new ExperimentError('shard must be { index, count }');
    const { index, count } = options.shard;
    checkCount('shard count', count, 1, EXPERIMENT_LIMITS.shards);
    checkCount('shard index', index, 0, count - 1);
    if (options.until !== undefined) throw new ExperimentError('precision targets (until) need every run in one process; they cannot be combined with shards');
  }
  if (options.out !== undefined && (typeof options.out !== 'string' || options.out === '')) throw new ExperimentError('out must be a file name');
  if (options.resume && options.out === undefined) throw new ExperimentError('resume needs an output file (out)');
  for (const name of ['onProgress', 'onRun'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') throw new ExperimentError(`${name} must be a function`);
  }
  const signal = options.signal as unknown;
  if (
    signal !== undefined &&
    !(typeof signal === 'object' && signal !== null && typeof (signal as AbortSignal).addEventListener === 'function' && 'aborted' in signal)
  ) {
    throw new ExperimentError('signal must be an AbortSignal');
  }
  const per = options.perTurn ?? [];
  if (!Array.isArray(per) || !per.every((m) => typeof m === 'string')) throw new ExperimentError('perTurn must be an array of metric names');
  if (new Set(per).size !== per.length) throw new ExperimentError(`perTurn names a metric twice: ${per.join(', ')}`);
  if (options.uncertainty !== undefined && options.uncertainty !== 'none' && options.uncertainty !== 'ranges') {
    throw new ExperimentError(`uncertainty must be 'none' or 'ranges', got ${String(options.uncertainty)}`);
  }
  if (options.uncertainty === 'ranges') {
    if (options.until !== undefined)
      throw new ExperimentError('precision targets (until) cannot be combined with uncertainty ranges: the input design is planned for the runs given');
    const k = checkCount('replications', options.replications ?? DEFAULT_REPLICATIONS, 1);
    if (options.runs % k !== 0) throw new ExperimentError(`runs (${options.runs}) must be a multiple of the replications per point (${k})`);
  } else if (options.replications !== undefined || options.hold !== undefined) {
    throw new ExperimentError("replications and hold go with uncertainty: 'ranges'");
  }
  if (options.until !== undefined && options.maxRuns !== undefined && options.maxRuns < options.runs) {
    throw new ExperimentError(`maxRuns (${options.maxRuns}) is below runs (${options.runs})`);
  }
}

/** What {@link prepareMonteCarlo} checked and worked out: everything a Monte Carlo needs but its runs. */
export interface PreparedMonteCarlo {
  manifest: Manifest;
  /** The scenario the runs play (the policy's overlay applied and validated). */
  played: Scenario;
  /** The function policy's part for the blocks of runs, if any. */
  fnPolicy: ChunkPolicy | undefined;
  /** Runs this process holds at most (its shard's, or up to maxRuns with precision targets). */
  held: number;
  /** With uncertainty: the input points. */
  plan?: UncertaintyPlan;
}

/**
 * Checks every option of a Monte Carlo before any work, whatever the worker count: the counts
 * and their ranges, the policy (its overlay applied to the scenario, its module imported), the
 * metric names of `perTurn` and `until` against the metrics a run reports, and what the
 * experiment would hold in memory. Comparisons prepare every policy's Monte Carlo first.
 *
 * @throws ExperimentError (usage) or ScenarioError (a policy's overlay breaks the scenario).
 */
export async function prepareMonteCarlo(
  scenario: Scenario,
  options: MonteCarloOptions,
  workers = options.workers ?? 1,
  sharedPlan?: UncertaintyPlan,
): Promise<PreparedMonteCarlo> {
  checkMonteCarloOptions(options);
  let played: Scenario;
  let fnPolicy: ChunkPolicy | undefined;
  try {
    played = applyPolicy(scenario, options.policy);
    fnPolicy = chunkPolicy(options.policy, workers);
  } catch (e) {
    throw e instanceof TypeError ? new ExperimentError(e.message, { cause: e }) : e;
  }
  const plan =
    options.uncertainty === 'ranges' ? (sharedPlan ?? (uncertaintyPlans([played], options.seed, options.runs, options)[0] as UncertaintyPlan)) : undefined;
  const manifest = buildManifest(scenario, options, plan);
  const targets = manifest.options.until;
  const start = options.shard?.index ?? 0;
  const stride = options.shard?.count ?? 1;
  const held = targets ? (manifest.options.maxRuns ?? options.runs) : shardSize(options.runs, start, stride);
  if (held > EXPERIMENT_LIMITS.runsHeld) {
    const what = targets ? `maxRuns (${held.toLocaleString('en-US')})` : `${held.toLocaleString('en-US')} runs in this process`;
    throw new ExperimentError(
      `${what} is more than one process holds (${EXPERIMENT_LIMITS.runsHeld.toLocaleString('en-US')} runs); split them into shards (--shard I/N; shard in the library) and merge their files`,
    );
  }
  const metrics = runMetricNames(played);
  const known = () => `known metrics: ${metrics.join(', ')}`;
  for (const m of manifest.options.perTurn) if (!isMetric(metrics, m)) throw new ExperimentError(`perTurn: unknown metric ${JSON.stringify(m)}; ${known()}`);
  for (const t of targets ?? []) if (!isMetric(metrics, t.metric)) throw new ExperimentError(`until: unknown metric ${JSON.stringify(t.metric)}; ${known()}`);
  const perTurnValues = held * manifest.options.perTurn.length * manifest.turns;
  if (perTurnValues > EXPERIMENT_LIMITS.perTurnValues) {
    throw new ExperimentError(
      `perTurn would keep ${perTurnValues.toLocaleString('en-US')} values (runs x metrics x turns), more than ${EXPERIMENT_LIMITS.perTurnValues.toLocaleString('en-US')}; ask for fewer runs, metrics or turns`,
    );
  }
  if (fnPolicy?.module !== undefined) await checkPolicyModule(played, fnPolicy as ChunkPolicy & { module: string }, options.seed, manifest.turns, workers);
  if (options.out !== undefined) checkRunsFilePath(options.out);
  return { manifest, played, fnPolicy, held, ...(plan ? { plan } : {}) };
}

/**
 * Imports a function policy's module in this thread (its errors before any thread starts) and
 * checks that its export is the policy `decide` is; for a TypeScript module, finds the tsx that
 * threads import it through (`fnPolicy.tsx`), required for `workers > 1`.
 */
async function checkPolicyModule(played: Scenario, fnPolicy: ChunkPolicy & { module: string }, seed: number, turns: number, workers: number): Promise<void> {
  const exportName = fnPolicy.exportName ?? 'default';
  const exported = await importPolicyFunction(fnPolicy.name, fnPolicy.module, exportName);
  if (fnPolicy.decide !== undefined)
    checkSamePolicy(played, { name: fnPolicy.name, decide: fnPolicy.decide, module: fnPolicy.module, exportName }, exported, seed, turns);
  const url = policyModuleUrl(fnPolicy.module);
  if (!isTypeScriptModule(url)) return;
  const tsx = findTsx(url);
  if (tsx !== undefined) fnPolicy.tsx = tsx;
  else if (workers > 1)
    throw new ExperimentError(
      `policy "${fnPolicy.name}": ${typeScriptAdvice(fnPolicy.module, 'worker threads import TypeScript through tsx, which was not found')}`,
    );
}

/** A runs file is a regular file (or a new path): never a device, a FIFO or a folder. */
function checkRunsFilePath(path: string): void {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw new ExperimentError(`${path}: ${errnoText(e)}`, { cause: e });
  }
  if (!st.isFile()) throw new ExperimentError(`${path}: not a regular file (${fileKind(st)}); a runs file must be a file or a new path`);
}

/**
 * Runs a Monte Carlo.
 *
 * @example
 * const scenario = loadScenario('scenarios/tajik-afghan-2021.json');
 * const mc = await runMonteCarlo(scenario, { runs: 1000, seed: 1, workers: 4 });
 * mc.metrics.gotAway.mean; mc.metrics.gotAway.ci95;
 * @throws ExperimentError for bad options or a runs file that cannot be resumed (kind 'usage'),
 *   checked before any run; for a run, a callback, a policy module or the runs file failing
 *   while it runs (kind 'runtime'); ScenarioError when the policy's overlay breaks the scenario;
 *   the signal's reason when aborted.
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
  const { manifest, played, fnPolicy, plan } =
    internal.prepared ?? (await prepareMonteCarlo(scenario, options, internal.executor?.workers ?? options.workers ?? 1, internal.plan));
  const targets = manifest.options.until;
  const maxRuns = manifest.options.maxRuns ?? options.runs;
  // The manifest holds the scenario's hash: the played one's when no policy overlay changed it.
  const key = played === scenario ? manifest.scenario.hash : scenarioHash(played);
  const turns = manifest.turns;
  const perTurn = manifest.options.perTurn;
  const start = options.shard?.index ?? 0;
  const stride = options.shard?.count ?? 1;
  const { signal, onProgress, onRun } = options;
  signal?.throwIfAborted();

  const collector = new RunCollector(manifest, options.runs, onRun);
  const acc = collector.accumulator;
  const file = options.out !== undefined ? openRunsFile(options.out, manifest, Boolean(options.resume), runsHeaderExtras(scenario, options.policy)) : undefined;
  const writer = file?.writer;
  const existing = file?.existing;
  let existingLeft = file?.runs ?? 0;

  const ownExecutor = internal.executor === undefined;
  let executor: Executor | undefined = internal.executor;
  let done = 0; // positions ingested
  let playedHere = 0;
  let written = 0; // run lines this process wrote

  const ingest = (run: RunOutput): void => {
    collector.ingest(run);
    done++;
  };

  const report = (totalPositions: number): void => {
    if (!onProgress) return;
    try {
      onProgress({ done, total: totalPositions, played: playedHere });
    } catch (e) {
      throw runtimeFailure('onProgress threw', e);
    }
  };

  const write = (lines: string): void => {
    try {
      writer?.write(lines);
    } catch (e) {
      throw new ExperimentError(`writing ${options.out}: ${errnoText(e)}`, { kind: 'runtime', cause: e });
    }
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
    executor ??= executorFor(Math.min(options.workers ?? 1, Math.max(1, to - done)), played, turns, [fnPolicy]);
    const ex = executor;
    // Blocks are sized as they are launched, smaller as the runs left to launch fall
    // (`blockSize`), and launched whenever a block ends, not only when the oldest has been
    // taken in: a slow block at the head (a thread still warming its engine) no longer holds
    // the others back. They are taken in, in order, from `inflight`.
    const running = { count: 0, stopped: false };
    const inflight: Promise<RunBlock>[] = [];
    let launchPos = done;
    const launch = (): void => {
      while (!running.stopped && running.count < ex.workers * RUNNING_PER_WORKER && inflight.length < ex.workers * HELD_PER_WORKER && launchPos < to) {
        const count = blockSize(ex.workers, to - launchPos, played, turns);
        const first = start + launchPos * stride;
        const task: ChunkTask = {
          key,
          scenario: played,
          rootSeed: options.seed,
          start: first,
          stride,
          count,
          turns,
          perTurn,
          ...(fnPolicy ? { policy: fnPolicy } : {}),
          ...(plan ? { design: plan.chunkDesign(first, stride, count) } : {}),
        };
        const p = ex.run(task);
        running.count++;
        // Taken in, in order, below; meanwhile its end launches the next block, and its
        // rejection is not an unhandled one.
        p.then(
          () => undefined,
          () => undefined,
        ).finally(() => {
          running.count--;
          try {
            launch();
          } catch {
            // Nothing was launched; the loop below launches again after it takes in a block,
            // meets the same failure and throws it to the caller (here it would be unhandled).
          }
        });
        inflight.push(p);
        launchPos += count;
      }
    };
    try {
      launch();
      while (inflight.length > 0) {
        const block = await untilAborted(inflight.shift() as Promise<RunBlock>, signal).catch((e: unknown) => {
          throw signal?.aborted ? signal.reason : blockFailure(e);
        });
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
          if (lines) {
            write(lines);
            written += runs.length;
          }
          played = runs.length;
        }
        playedHere += played;
        report(to);
        launch();
      }
    } finally {
      running.stopped = true;
    }
  };

  let precision: PrecisionOutcome | undefined;
  let failed = true;
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
    failed = false;
  } finally {
    existing?.close();
    // Stop the threads first: nothing they still send can reach this process afterwards.
    if (ownExecutor && executor) await executor.close();
    file?.close({ remove: failed && file.created && written === 0 });
  }

  return { result: collector.result(precision), accumulator: acc };
}

/** The work of a run: every (actor, sector) pair is resolved every turn. */
function runWork(scenario: Scenario, turns: number): number {
  return Math.max(1, scenario.sectors.length * scenario.actors.length) * Math.max(1, turns);
}

/**
 * Work of a run above which even one worker plays in a thread of its own, not the calling
 * thread (which sees an abort only between runs): such a run takes a tenth of a second or more.
 * The default scenario's runs are 4,000 (under a millisecond each).
 */
const HEAVY_RUN = 100_000;

/**
 * The executor of an experiment playing the function policies `fnPolicies`: `workers` threads,
 * or for one worker the calling thread, unless its runs are heavy and nothing forces the calling
 * thread (a function policy without a module, or a TypeScript module without tsx).
 */
export function executorFor(workers: number, scenario: Scenario, turns: number, fnPolicies: readonly (ChunkPolicy | undefined)[]): Executor {
  const fns = fnPolicies.filter((p) => p !== undefined);
  // Threads import a policy from its module, a TypeScript one through tsx (checkPolicyModule).
  const inProcessOnly = fns.some((p) => p.module === undefined || (p.tsx === undefined && isTypeScriptModule(p.module)));
  return createExecutor(workers, { thread: !inProcessOnly && runWork(scenario, turns) > HEAVY_RUN });
}

/** Blocks a worker may have launched and not ended (so that each has its next one queued). */
const RUNNING_PER_WORKER = 3;

/**
 * Blocks a worker may have launched and not yet taken in, ended or not: bounds what waits
 * behind a slow block at the head.
 */
const HELD_PER_WORKER = 16;

/**
 * Most work a block holds with more than one worker (`runWork` units): 32 runs of the default
 * scenario, about 25 ms. A thread's block of light runs carries no AbortSignal (pool.ts
 * `BLOCKS_PER_THREAD`), so this also bounds how long an experiment stopped while it shares the
 * pool waits for its blocks to end.
 */
const MAX_BLOCK_WORK = 32 * 4_000;

/**
 * Runs the next block holds, `left` runs being still to launch. With one worker, few enough that
 * an abort or a timer waits at most about one block: 8 runs of a small scenario, one run of a
 * large one. With more, a share of what is left ("guided self-scheduling", Polychronopoulos and
 * Kuck 1987), at most {@link MAX_BLOCK_WORK}, and ever smaller towards the end, so that the
 * workers end together: with blocks of one size to the last, a worker waited on the other's last
 * block, 11 ms of a 210 ms Monte Carlo. The share, an eighth of a worker's part, makes the first
 * blocks the size all blocks had before: a runs file is written a block at a time, and a disk
 * that fills keeps the runs of every block that fitted (a quarter made the first block of 400
 * small runs on 2 workers 50 runs, more than a 64 KiB disk holds after the manifest). The size
 * of a block never changes a number: each run is played from its own index's seed.
 */
function blockSize(workers: number, left: number, scenario: Scenario, turns: number): number {
  const work = runWork(scenario, turns);
  if (workers === 1) return Math.max(1, Math.min(8, Math.floor(40_000 / work), left));
  return Math.max(1, Math.min(Math.floor(MAX_BLOCK_WORK / work), Math.ceil(left / (workers * 8))));
}

/** A block that failed, as a runtime ExperimentError with the same words for any worker count. */
function blockFailure(e: unknown): unknown {
  if (e instanceof ExperimentError) return e;
  const message = oneLine(e);
  // A run's failure names the run (chunk.ts), a policy module's the policy (policy-module.ts);
  // anything else is the thread itself (it died, or ran out of memory).
  const ours = /^(run \d+ \(seed \d+\) failed|policy ")/.test(message);
  return new ExperimentError(ours ? message : `a worker thread failed: ${message}`, { kind: 'runtime', cause: e });
}

/** The runs file of a Monte Carlo, opened (resumed or created) before any run. */
interface OpenRunsFile {
  writer: RunsWriter;
  existing: RunsReader | undefined;
  /** Runs already in a resumed file. */
  runs: number;
  /** Whether this process created the file (so that it can remove it if no run was written). */
  created: boolean;
  close(options: { remove: boolean }): void;
}

function openRunsFile(path: string, manifest: Manifest, resume: boolean, extras: RunsHeaderExtras): OpenRunsFile {
  // A file without a complete manifest line was cut as it was created: nothing to keep.
  const info = existsSync(path) && resume ? inspectOrNothing(path) : undefined;
  let writer: RunsWriter;
  let existing: RunsReader | undefined;
  let created = false;
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
    try {
      writer = RunsWriter.resume(path, info);
    } catch (e) {
      existing.close();
      throw new ExperimentError(`cannot continue ${path}: ${errnoText(e)}`, { cause: e });
    }
  } else if (existsSync(path) && !resume) {
    throw new RunsFileError(`${path} exists; add --resume (resume: true) to continue it, or remove it first`);
  } else {
    try {
      writer = RunsWriter.create(path, manifest, extras);
    } catch (e) {
      rmSync(path, { force: true });
      const code = (e as NodeJS.ErrnoException).code;
      throw new ExperimentError(`cannot create ${path}: ${errnoText(e)}`, {
        kind: code === 'ENOSPC' || code === 'EIO' || code === 'EDQUOT' ? 'runtime' : 'usage',
        cause: e,
      });
    }
    created = true;
  }
  return {
    writer,
    existing,
    runs: info?.runs ?? 0,
    created,
    close({ remove }) {
      try {
        writer.close();
      } finally {
        // Nothing finished: a file with only the manifest would block the corrected rerun.
        if (remove) rmSync(path, { force: true });
      }
    },
  };
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
    if (this.onRun !== undefined) {
      try {
        this.onRun(run);
      } catch (e) {
        throw runtimeFailure('onRun threw', e);
      }
    }
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
