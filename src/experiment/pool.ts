/**
 * Where blocks of runs are played: in the calling thread (one worker); in the calling thread
 * and a piscina pool of worker threads beside it (more workers); or in the pool alone (heavy
 * runs, so that the calling thread sees an abort at once). All run the same `runChunk`, so the
 * worker count never changes a number.
 *
 * Finding the worker file: it sits next to the module that holds this code. In the built
 * package that is `dist/index.js`, `dist/index.cjs` or `dist/cli.js`, and the worker is
 * `dist/experiment-worker.js` (ESM) or `.cjs`; run from the sources (vitest, tsx) it is
 * `src/experiment/worker.ts`, which worker threads load through tsx's loader.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { setMaxListeners } from 'node:events';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { runChunk, type ChunkTask, type RunOutput } from './chunk';
import { ExperimentError } from './errors';
import { EXPERIMENT_LIMITS } from './limits';
import type { PackedRuns } from './packed-runs';
import type { ChunkPolicy } from './policy';
import { isScenarioWanted, type WorkerReply, type WorkerTask } from './worker-protocol';

/** A block of runs as an executor gives it back: packed by a worker thread, or as objects. */
export type RunBlock = PackedRuns | RunOutput[];

/** Plays blocks of runs. */
export interface Executor {
  /** Number of blocks that can run at the same time. */
  readonly workers: number;
  /**
   * Plays a block (unpack it with `unpackRuns` where the runs are needed as objects). Rejects
   * with the error of the run that failed (its message names the run), or, after `close`, with
   * an ExperimentError.
   */
  run(task: ChunkTask): Promise<RunBlock>;
  /** Stops: blocks not started never start; with threads, a block in progress is abandoned. */
  close(): Promise<void>;
}

/** Largest worker count accepted. */
export const MAX_WORKERS = EXPERIMENT_LIMITS.workers;

/**
 * Young-generation size of a worker thread (MB). A run allocates about 0.4 MB, nearly all of it
 * dead by the run's end (boxed doubles, per-turn frames), and a worker packs its block's results
 * off the heap as it goes (packed-runs.ts), so the nursery only needs to hold a run or two; V8's
 * default lets each worker's nursery grow to tens of megabytes. Measured with
 * bench/child-mc.mjs, default scenario, 2 workers, fresh processes one after the other
 * (docs/performance.md): 20,000 runs at 1,738 / 1,811 / 1,827 runs/s and 235 / 242 / 273 MB peak
 * RSS with 4 / 8 / 16 MB; 10,000 runs with V8's default peaked at 304 MB. With packed results
 * and the engine of the third pass (about 1,500 runs/s a worker), alternating builds: 16 MB
 * 4-6 % faster than 8 MB but 100,000 runs peaked at 287 and 306 MB; 12 MB 0-7 % faster, 267 and
 * 271 MB (8 MB: 246-281 MB).
 */
export const WORKER_YOUNG_GENERATION_MB = 12;

/** The URL of the module this code was bundled into (CJS: `__filename`; ESM: `import.meta.url`). */
function moduleUrl(): string {
  if (typeof __filename === 'string' && __filename !== '') return pathToFileURL(__filename).href;
  return import.meta.url;
}

/** The worker entry and the `execArgv` its threads need. */
export function workerEntry(): { filename: string; execArgv: string[] } {
  const here = moduleUrl();
  const path = new URL(here).pathname;
  if (/\.[cm]?ts$/.test(path)) {
    return { filename: new URL('./worker.ts', here).href, execArgv: ['--import', 'tsx'] };
  }
  const ext = path.endsWith('.cjs') ? 'cjs' : 'js';
  return { filename: new URL(`./experiment-worker.${ext}`, here).href, execArgv: [] };
}

/**
 * Runs blocks in the calling thread, yielding to the event loop before each block so that
 * timers, I/O and an abort are seen between blocks (a block is sized by the caller to a
 * bounded amount of work: `blockSize` in monte-carlo.ts).
 */
class InlineExecutor implements Executor {
  readonly workers = 1;
  private closed = false;
  async run(task: ChunkTask): Promise<RunBlock> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.closed) throw closedError();
    return runChunk(task);
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

function closedError(): Error {
  return new ExperimentError('the experiment stopped before this block of runs started', { kind: 'runtime' });
}

/**
 * How long the warm pool waits, once no experiment uses it, before it ends its threads (ms).
 * Its timer is unref'd and piscina unrefs idle threads, so a process that has nothing else to
 * do exits at once: the wait only spares the next experiment of a busy process (a calibration
 * wave, an optimiser's evaluation) the threads' start-up and first compilation of the engine.
 */
export const POOL_IDLE_MS = 30_000;

/**
 * Blocks a pool thread holds at a time when the calling thread plays beside it: the one it plays
 * and the next, so that it starts the next as soon as it ends one. With one at a time, it waited
 * for the calling thread, busy with a run of its own, to see its reply and hand it the next
 * block: 0.7-0.9 ms a block, 3-5 ms under load.
 */
const BLOCKS_PER_THREAD = 2;

/** Blocks of one scenario sent with its text, per thread, before blocks are sent without it. */
const TEXT_BLOCKS_PER_THREAD = 3;

/** Scenarios whose sending the pool tracks (a thread keeps 16 compiled: chunk.ts). */
const SCENARIOS_KEPT = 16;

/**
 * The piscina pool that lives across experiments in this process (issue 23): starting two
 * threads and compiling the engine in each cost about 0.7 s of CPU a call, which dominated
 * workloads that run hundreds of Monte Carlos. Experiments lease it ({@link PoolExecutor}); when
 * the last lease ends, an idle timer ({@link POOL_IDLE_MS}) ends its threads.
 *
 * An error the pool raises outside any task (a worker that dies while idle) goes to every lease
 * open at the time, or, with none open, ends the pool (the next experiment starts a new one).
 * The pool's 'error' listener stays for its whole life, so that a late message from a
 * terminated worker is never an uncaught exception.
 */
class WarmPool {
  readonly pool: Piscina;
  private readonly leases = new Set<PoolExecutor>();
  /** Blocks sent with their scenario's text, by key (the most recent keys only). */
  private readonly textsSent = new Map<string, number>();
  /** Blocks sent again with their scenario's text, a thread having asked for it. */
  resent = 0;
  private idle: ReturnType<typeof setTimeout> | undefined;
  private ending: Promise<void> | undefined;
  constructor(readonly workers: number) {
    const { filename, execArgv } = workerEntry();
    this.pool = new Piscina({
      filename,
      execArgv,
      minThreads: workers,
      maxThreads: workers,
      idleTimeout: POOL_IDLE_MS,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      // A thread may hold its next block while it plays one ({@link BLOCKS_PER_THREAD}). Piscina
      // gives a second task to no thread that runs an abortable one, so heavy blocks, which
      // carry their lease's signal, still go one at a time.
      concurrentTasksPerWorker: BLOCKS_PER_THREAD,
    });
    this.pool.on('error', (e: unknown) => {
      if (this.leases.size === 0) void this.end();
      for (const lease of this.leases) lease.fail(e);
    });
  }
  get ended(): boolean {
    return this.ending !== undefined;
  }
  get leased(): boolean {
    return this.leases.size > 0;
  }
  /** Whether `executor` is the one lease open. */
  onlyLease(executor: PoolExecutor): boolean {
    return this.leases.size === 1 && this.leases.has(executor);
  }
  /**
   * Whether a block of the scenario `key` goes with its text: until the threads have likely
   * compiled it (worker-protocol.ts; a thread that has not asks for it).
   */
  sendText(key: string): boolean {
    const sent = this.textsSent.get(key) ?? 0;
    if (sent >= this.workers * TEXT_BLOCKS_PER_THREAD) return false;
    if (sent === 0 && this.textsSent.size >= SCENARIOS_KEPT) this.textsSent.delete(this.textsSent.keys().next().value as string);
    this.textsSent.set(key, sent + 1);
    return true;
  }
  lease(executor: PoolExecutor): void {
    if (this.idle !== undefined) clearTimeout(this.idle);
    this.idle = undefined;
    this.leases.add(executor);
  }
  release(executor: PoolExecutor): void {
    this.leases.delete(executor);
    if (this.leases.size > 0 || this.ended) return;
    if (warm !== this) {
      void this.end();
      return;
    }
    this.idle = setTimeout(() => void this.end(), POOL_IDLE_MS);
    this.idle.unref();
  }
  /** Terminates the threads (idempotent); the pool is not leased again. */
  end(): Promise<void> {
    if (this.idle !== undefined) clearTimeout(this.idle);
    this.idle = undefined;
    if (warm === this) warm = undefined;
    this.ending ??= this.pool.destroy().catch(() => undefined);
    return this.ending;
  }
}

/** This process's warm pool, if one is running. */
let warm: WarmPool | undefined;

/**
 * A pool of `workers` threads for a new experiment: the warm pool when it has that many threads;
 * else a new warm pool (the old one ended) unless the old one is in use by an experiment still
 * running, in which case a pool of this experiment's own, ended when it closes.
 */
function leasePool(workers: number): WarmPool {
  if (warm !== undefined && warm.workers === workers && !warm.ended) return warm;
  if (warm !== undefined && warm.leased) return new WarmPool(workers);
  void warm?.end();
  warm = new WarmPool(workers);
  return warm;
}

/**
 * Ends the threads of the worker pool that experiments with `workers` of 2 or more share in this
 * process (and keep for {@link POOL_IDLE_MS} after the last one, so that the next one starts at
 * once). Its threads never keep a process alive once idle, so a script need not call this; call
 * it to free the threads' memory at once, or at the end of a long-lived program's work.
 * Experiments still running keep their threads until they end; the next experiment starts a new
 * pool.
 *
 * @returns when the idle threads have ended
 * @example
 * import { closeWorkerPool, loadScenario, runMonteCarlo } from 'frontier-sim';
 *
 * const scenario = loadScenario('scenarios/tajik-afghan-2021.json');
 * for (const seed of [1, 2, 3]) {
 *   // The three Monte Carlos share one pool of two threads: it starts once.
 *   const mc = await runMonteCarlo(scenario, { runs: 500, seed, workers: 2 });
 *   console.log(mc.metrics.gotAway?.mean);
 * }
 * await closeWorkerPool();
 */
export async function closeWorkerPool(): Promise<void> {
  const pool = warm;
  if (pool === undefined) return;
  if (pool.leased) {
    // In use: it ends when its last experiment does.
    warm = undefined;
    return;
  }
  await pool.end();
}

/**
 * Runs blocks on the warm pool (a lease of it for one experiment).
 *
 * Failures are data: a block that throws in a worker rejects its promise; an error the pool
 * raises outside any task is kept and rejects the next block; after
 * {@link PoolExecutor.close} nothing the pool reports reaches this experiment. Closing while
 * blocks are in progress: with the pool to itself, the lease ends the pool at once (its threads
 * terminated, as before the pool was kept); while other experiments share it, it aborts its own
 * abortable blocks through the lease's AbortSignal (piscina terminates the threads running them
 * and starts others in their place), waits for the others to end (blocks of light runs, bounded
 * in work: monte-carlo.ts `blockSize`) and leaves the pool to them.
 */
class PoolExecutor implements Executor {
  private readonly warm: WarmPool;
  private readonly abort = new AbortController();
  private readonly inFlight = new Set<Promise<unknown>>();
  private failure: unknown;
  private closing: Promise<void> | undefined;
  /**
   * @param abortable whether each block carries the lease's AbortSignal: heavy blocks do, so
   *   that an abort stops them at once even while the pool is shared; light ones do not, so
   *   that a thread may hold two ({@link BLOCKS_PER_THREAD}).
   */
  constructor(
    readonly workers: number,
    private readonly abortable = true,
  ) {
    this.warm = leasePool(workers);
    this.warm.lease(this);
    // Every block in progress listens to the lease's signal (piscina removes each listener when
    // its block ends): more than Node's default of 10 at a time is expected, not a leak.
    setMaxListeners(0, this.abort.signal);
  }
  /** An error the pool raised outside any task while this lease was open. */
  fail(e: unknown): void {
    if (this.closing === undefined) this.failure ??= e;
  }
  async run(task: ChunkTask): Promise<RunBlock> {
    if (this.closing !== undefined) throw closedError();
    if (this.failure !== undefined) throw this.failure;
    // A function cannot cross to a worker thread: the worker imports it from the policy's module.
    const policy = task.policy === undefined ? {} : { policy: functionless(task.policy) };
    const { scenario, ...rest } = task;
    const bare: WorkerTask = { ...rest, ...policy };
    // The scenario as JSON text, made once, and only while the threads may not hold it yet:
    // serializing its object graph for every block cost the main thread 70-190 us, and each
    // worker 130 us to rebuild it (default scenario); its text, 87 KB, was copied twice a block.
    const withText = (): WorkerTask => ({ ...bare, scenario: scenarioText(scenario, task.key) });
    let reply = await this.post(task.design !== undefined || this.warm.sendText(task.key) ? withText() : bare);
    if (isScenarioWanted(reply)) {
      this.warm.resent++;
      reply = await this.post(withText());
    }
    if (isScenarioWanted(reply)) throw new Error(`a worker thread did not take the scenario of block ${task.start}`);
    return reply;
  }
  /** Sends a block to a thread. */
  private async post(sent: WorkerTask): Promise<WorkerReply> {
    const done = this.warm.pool.run(sent, this.abortable ? { signal: this.abort.signal } : {}) as Promise<WorkerReply>;
    this.inFlight.add(done);
    try {
      return await done;
    } catch (e) {
      throw this.closing !== undefined ? closedError() : e;
    } finally {
      this.inFlight.delete(done);
    }
  }
  /** Ends the lease: blocks in progress are aborted (their threads terminated); idempotent. */
  close(): Promise<void> {
    this.closing ??= this.release();
    return this.closing;
  }
  private async release(): Promise<void> {
    if (this.inFlight.size > 0) {
      if (this.warm.onlyLease(this)) {
        // Stopped in the middle (an abort, Ctrl-C) with the pool to itself: end the whole pool,
        // as a pool of its own would have been. Aborting the blocks alone would make piscina
        // start new threads in place of the terminated ones, whose start-up a process that is
        // stopping (the CLI) would then wait for; the next experiment starts a new pool.
        await this.warm.end();
      } else {
        // Abortable blocks end now; light ones when their runs are played (bounded in work).
        this.abort.abort();
        await Promise.allSettled([...this.inFlight]);
      }
    }
    this.warm.release(this);
  }
}

/** A function policy as a thread takes it: where to import the function from, not the function. */
function functionless(p: ChunkPolicy): ChunkPolicy {
  const { decide: _decide, ...rest } = p;
  return rest;
}

const texts = new WeakMap<object, { key: string; text: string }>();

/**
 * The JSON text of a scenario whose hash is `key`, kept for as long as the scenario object
 * lives and its hash stays `key` (a scenario changed in place since is written anew).
 */
function scenarioText(scenario: ChunkTask['scenario'], key: string): string {
  if (typeof scenario === 'string') return scenario;
  let kept = texts.get(scenario);
  if (kept?.key !== key) {
    kept = { key, text: JSON.stringify(scenario) };
    texts.set(scenario, kept);
  }
  return kept.text;
}

/**
 * Plays blocks in the calling thread and on a pool of `workers - 1` threads: `workers` blocks at
 * a time. The calling thread otherwise waits for the threads (it was idle 86 % of a series of
 * Monte Carlos on 2 workers): so it works as one of them, warm already, and one thread fewer
 * starts and compiles the engine. Blocks go to the threads while each holds fewer than
 * {@link BLOCKS_PER_THREAD} (the one it plays and its next), and the calling thread takes the
 * next block whenever it has none (between blocks it serves the threads' replies, timers and an
 * abort).
 */
class SharedExecutor implements Executor {
  private readonly threads: PoolExecutor;
  private readonly waiting: { task: ChunkTask; resolve: (b: RunBlock) => void; reject: (e: unknown) => void }[] = [];
  private onThreads = 0;
  private here = false;
  private closed = false;
  constructor(readonly workers: number) {
    this.threads = new PoolExecutor(workers - 1, false);
  }
  run(task: ChunkTask): Promise<RunBlock> {
    if (this.closed) return Promise.reject(closedError());
    return new Promise<RunBlock>((resolve, reject) => {
      this.waiting.push({ task, resolve, reject });
      this.dispatch();
    });
  }
  private dispatch(): void {
    while (this.waiting.length > 0 && this.onThreads < this.threads.workers * BLOCKS_PER_THREAD) {
      const next = this.waiting.shift() as (typeof this.waiting)[number];
      this.onThreads++;
      this.threads
        .run(next.task)
        .then(next.resolve, next.reject)
        .finally(() => {
          this.onThreads--;
          this.dispatch();
        });
    }
    if (this.here || this.waiting.length === 0) return;
    const next = this.waiting.shift() as (typeof this.waiting)[number];
    this.here = true;
    this.playHere(next.task)
      .then(next.resolve, next.reject)
      .finally(() => {
        this.here = false;
        this.dispatch();
      });
  }
  /**
   * A block in the calling thread, run by run, yielding to the event loop before each run: a
   * thread's reply is taken in, and its next block but one sent, within a run, and an abort is
   * seen as soon. By runs, not by a clock: the experiment layer reads none (docs/determinism.md).
   */
  private async playHere(task: ChunkTask): Promise<RunOutput[]> {
    const out: RunOutput[] = [];
    for (let j = 0; j < task.count; j++) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.closed) throw closedError();
      for (const run of runChunk({ ...task, start: task.start + j * task.stride, count: 1 })) out.push(run);
    }
    return out;
  }
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.reject(closedError());
    await this.threads.close();
  }
}

/**
 * An executor for `workers` blocks at a time: in the calling thread for 1, else the calling
 * thread and `workers - 1` threads of the warm pool ({@link SharedExecutor}). With `thread`,
 * the calling thread plays none (its runs are heavy: it would see an abort only between them):
 * one worker thread for 1, `workers` threads otherwise.
 *
 * @throws RangeError for a worker count that is not an integer in [1, 256].
 */
export function createExecutor(workers = 1, options: { thread?: boolean } = {}): Executor {
  if (!Number.isSafeInteger(workers) || workers < 1 || workers > MAX_WORKERS) {
    throw new RangeError(`workers must be an integer from 1 to ${MAX_WORKERS}, got ${String(workers)}`);
  }
  if (options.thread) return new PoolExecutor(workers);
  return workers === 1 ? new InlineExecutor() : new SharedExecutor(workers);
}

/**
 * The thread ids of the warm pool's threads, or undefined with no warm pool: what the tests see
 * of the pool being kept (the same threads serve consecutive experiments).
 */
export function warmPoolThreads(): number[] | undefined {
  return warm?.pool.threads.map((t) => t.threadId);
}

/**
 * How many blocks the warm pool sent again with their scenario because a thread no longer held
 * it (undefined with no warm pool): what the tests see of that path being taken.
 */
export function warmPoolResends(): number | undefined {
  return warm?.resent;
}
