/**
 * The unit of work of a Monte Carlo: a contiguous block of run indices (start, start + stride,
 * ...) of one compiled scenario. The same function runs in the main thread (one worker) and in
 * the pool's worker threads, so every worker count gives the same numbers.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { compileScenario, type CompiledScenario } from '../engine/compile';
import type { TurnRecord } from '../engine/results';
import { play } from '../engine/play';
import { deriveSeed } from '../rng/hash';
import type { Scenario } from '../scenario/schema';
import { oneLine } from './errors';
import type { ChunkPolicy } from './policy';
import { resolvePath, setAtPath } from './pointer';

/** A block of runs to play. */
export interface ChunkTask {
  /** Identifies the scenario (its hash with the policy's), so a worker compiles it once. */
  key: string;
  /**
   * The scenario with the policy applied (validated); to a worker thread, as its JSON text,
   * which crosses as one string (a worker parses it once a key) instead of an object graph
   * cloned for every block, and only until the threads hold it (worker-protocol.ts).
   */
  scenario: Scenario | string;
  rootSeed: number;
  /** First run index of the block. */
  start: number;
  /** Distance between consecutive run indices (1, or the shard count). */
  stride: number;
  /** Number of runs in the block. */
  count: number;
  /** Turns per run. */
  turns: number;
  /** Metrics whose per-turn values each run reports (empty: none). */
  perTurn: readonly string[];
  /** A function policy: `decide` in this thread; worker threads import `module` instead. */
  policy?: ChunkPolicy;
  /** With uncertainty: the input values of the block's points (run j plays point ⌊j / k⌋). */
  design?: ChunkDesign;
}

/** The input points of a block of runs, in an experiment with uncertainty (uncertainty.ts). */
export interface ChunkDesign {
  /** Runs per point, k. */
  replications: number;
  /** The point of the block's first run. */
  firstPoint: number;
  /** The inputs set, by JSON pointer. */
  pointers: string[];
  /** values[p - firstPoint][i]: the value of pointers[i] at point p. */
  values: number[][];
  /**
   * Points that share seeds (common random numbers across a Saltelli row): run r of point p
   * plays the seed of run index ⌊p / seedBlock⌋ · k + r. Default: each run its own index's seed.
   */
  seedBlock?: number;
}

/** The index whose derived seed a run plays. */
function seedIndex(index: number, design: ChunkDesign | undefined): number {
  if (design?.seedBlock === undefined) return index;
  const k = design.replications;
  return Math.floor(Math.floor(index / k) / design.seedBlock) * k + (index % k);
}

/** What one run reports to the experiment: its totals, and per-turn values when asked. */
export interface RunOutput {
  index: number;
  seed: number;
  totals: Record<string, number>;
  series?: Record<string, number[]>;
}

const compiledCache = new Map<string, CompiledScenario>();
const CACHE_SIZE = 16;

/**
 * Whether this thread holds the compiled scenario of `key` (a task without a design may then
 * come without its scenario: worker-protocol.ts).
 */
export function isCompiled(key: string): boolean {
  return compiledCache.has(key);
}

function compiled(task: ChunkTask, point?: number): CompiledScenario {
  // A point's scenario is known by its values, not its index: another experiment on the same
  // scenario (another seed, another design) has other values at its point p.
  const key = point === undefined ? task.key : `${task.key}#${(task.design as ChunkDesign).values[point - (task.design as ChunkDesign).firstPoint]?.join(',')}`;
  let c = compiledCache.get(key);
  if (c === undefined) {
    c = compileScenario(point === undefined ? scenarioOf(task) : scenarioAtPoint(task, point));
    if (compiledCache.size >= CACHE_SIZE) compiledCache.delete(compiledCache.keys().next().value as string);
    compiledCache.set(key, c);
  }
  return c;
}

function scenarioOf(task: ChunkTask): Scenario {
  return typeof task.scenario === 'string' ? (JSON.parse(task.scenario) as Scenario) : task.scenario;
}

/**
 * The scenario with a design point's values set at their pointers. Not validated again: each
 * value lies inside the range the scenario declares there, which the schema's bounds on min
 * and max already admit, and no check relates one number to another (docs/uncertainty.md).
 */
function scenarioAtPoint(task: ChunkTask, point: number): Scenario {
  const d = task.design as ChunkDesign;
  const doc = typeof task.scenario === 'string' ? (JSON.parse(task.scenario) as Scenario) : structuredClone(task.scenario);
  const row = d.values[point - d.firstPoint];
  if (row === undefined) throw new Error(`design point ${point} is not in the block (points ${d.firstPoint}-${d.firstPoint + d.values.length - 1})`);
  const paths = resolvedPaths(task, doc);
  paths.forEach((path, i) => setAtPath(doc, path, row[i]));
  return doc;
}

const pathCache = new Map<string, (string | number)[][]>();

/** The design's pointers resolved to plain paths in the task's scenario, once per scenario (3 ms for 230 pointers). */
function resolvedPaths(task: ChunkTask, doc: Scenario): (string | number)[][] {
  const d = task.design as ChunkDesign;
  const key = `${task.key}\u0000${d.pointers.join('\u0000')}`;
  let paths = pathCache.get(key);
  if (paths === undefined) {
    paths = d.pointers.map((p) => resolvePath(doc, p));
    if (pathCache.size >= CACHE_SIZE) pathCache.delete(pathCache.keys().next().value as string);
    pathCache.set(key, paths);
  }
  return paths;
}

/** The value of a flattened metric name (`gotAway`, `smuggling.gotAway`) in one turn's record. */
export function turnMetric(record: TurnRecord, name: string): number {
  const direct = (record.metrics as Readonly<Record<string, number>>)[name];
  if (direct !== undefined) return direct;
  const dot = name.indexOf('.');
  if (dot > 0) {
    const v = (record.byKind as Readonly<Record<string, Readonly<Record<string, number>>>>)[name.slice(0, dot)]?.[name.slice(dot + 1)];
    if (v !== undefined) return v;
  }
  return 0;
}

/** Plays the runs of a block, in order. */
export function runChunk(task: ChunkTask): RunOutput[] {
  const out: RunOutput[] = [];
  playChunk(task, (run) => out.push(run));
  return out;
}

/** Plays the runs of a block, in order, handing each to `each` as it is played. */
export function playChunk(task: ChunkTask, each: (run: RunOutput) => void): void {
  let c = task.design === undefined ? compiled(task) : undefined;
  let point = -1;
  const detail = task.perTurn.length > 0;
  for (let j = 0; j < task.count; j++) {
    const index = task.start + j * task.stride;
    if (task.design !== undefined && Math.floor(index / task.design.replications) !== point) {
      point = Math.floor(index / task.design.replications);
      c = compiled(task, point);
    }
    const seed = deriveSeed(task.rootSeed, seedIndex(index, task.design));
    const p = task.policy;
    if (p !== undefined && p.decide === undefined) throw new Error(`policy ${p.name}: the function was not loaded (module ${p.module ?? 'missing'})`);
    let r;
    try {
      r = play(c as CompiledScenario, {
        seed,
        turns: task.turns,
        log: false,
        detail,
        hashes: false,
        freeze: false,
        ...(p?.decide !== undefined ? { policy: { name: p.name, decide: p.decide } } : {}),
      });
    } catch (e) {
      // The same words whichever thread played it: the run, its seed, what went wrong.
      throw new Error(`run ${index} (seed ${seed}) failed: ${oneLine(e)}`, { cause: e });
    }
    const run: RunOutput = { index, seed, totals: r.totals };
    if (detail) {
      const series: Record<string, number[]> = {};
      for (const m of task.perTurn) series[m] = r.turns.map((t) => turnMetric(t, m));
      run.series = series;
    }
    each(run);
  }
}
