/**
 * Where blocks of runs are played: in the calling thread (one worker) or in a piscina pool of
 * worker threads. Both run the same `runChunk`, so the worker count never changes a number.
 *
 * Finding the worker file: it sits next to the module that holds this code. In the built
 * package that is `dist/index.js`, `dist/index.cjs` or `dist/cli.js`, and the worker is
 * `dist/experiment-worker.js` (ESM) or `.cjs`; run from the sources (vitest, tsx) it is
 * `src/experiment/worker.ts`, which worker threads load through tsx's loader.
 *
 * @internal
 * @module
 */
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { runChunk, type ChunkTask, type RunOutput } from './chunk';
import type { PackedRuns } from './packed-runs';

/** A block of runs as an executor gives it back: packed by a worker thread, or as objects. */
export type RunBlock = PackedRuns | RunOutput[];

/** Plays blocks of runs. */
export interface Executor {
  /** Number of blocks that can run at the same time. */
  readonly workers: number;
  /** Plays a block (unpack it with `unpackRuns` where the runs are needed as objects). */
  run(task: ChunkTask, signal?: AbortSignal): Promise<RunBlock>;
  close(): Promise<void>;
}

/** Largest worker count accepted. */
export const MAX_WORKERS = 256;

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

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

/** Runs blocks in the calling thread, yielding to the event loop between blocks. */
class InlineExecutor implements Executor {
  readonly workers = 1;
  async run(task: ChunkTask, signal?: AbortSignal): Promise<RunBlock> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw abortError(signal);
    return runChunk(task);
  }
  async close(): Promise<void> {}
}

/** Runs blocks in a piscina pool of `workers` threads. */
class PoolExecutor implements Executor {
  private readonly pool: Piscina;
  constructor(readonly workers: number) {
    const { filename, execArgv } = workerEntry();
    this.pool = new Piscina({ filename, execArgv, minThreads: workers, maxThreads: workers, idleTimeout: 30_000, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  }
  async run(task: ChunkTask, signal?: AbortSignal): Promise<RunBlock> {
    if (signal?.aborted) throw abortError(signal);
    // A function cannot cross to a worker thread: the worker imports it from the policy's module.
    const policy = task.policy === undefined ? {} : { policy: { name: task.policy.name, ...(task.policy.module !== undefined ? { module: task.policy.module } : {}), ...(task.policy.exportName !== undefined ? { exportName: task.policy.exportName } : {}) } };
    // The scenario as JSON text, made once: serializing its object graph for every block cost
    // the main thread 70-190 us, and each worker 130 us to rebuild it (default scenario).
    const sent: ChunkTask = { ...task, scenario: scenarioText(task.scenario), ...policy };
    try {
      return (await this.pool.run(sent, signal ? { signal } : {})) as RunBlock;
    } catch (e) {
      if (signal?.aborted) throw abortError(signal);
      throw e;
    }
  }
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

const texts = new WeakMap<object, string>();

/** The JSON text of a scenario, kept for as long as the scenario object lives. */
function scenarioText(scenario: ChunkTask['scenario']): string {
  if (typeof scenario === 'string') return scenario;
  let text = texts.get(scenario);
  if (text === undefined) {
    text = JSON.stringify(scenario);
    texts.set(scenario, text);
  }
  return text;
}

/**
 * An executor for `workers` threads: in-process for 1, a piscina pool otherwise.
 *
 * @throws RangeError for a worker count that is not an integer in [1, 256].
 */
export function createExecutor(workers = 1): Executor {
  if (!Number.isSafeInteger(workers) || workers < 1 || workers > MAX_WORKERS) {
    throw new RangeError(`workers must be an integer from 1 to ${MAX_WORKERS}, got ${String(workers)}`);
  }
  return workers === 1 ? new InlineExecutor() : new PoolExecutor(workers);
}
