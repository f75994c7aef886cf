/**
 * The unit of work of a Monte Carlo: a contiguous block of run indices (start, start + stride,
 * ...) of one compiled scenario. The same function runs in the main thread (one worker) and in
 * the pool's worker threads, so every worker count gives the same numbers.
 *
 * @internal
 * @module
 */
import { compileScenario, type CompiledScenario } from '../engine/compile';
import type { TurnRecord } from '../engine/results';
import { play } from '../engine/play';
import { deriveSeed } from '../rng/hash';
import type { Scenario } from '../scenario/schema';
import { oneLine } from './errors';
import type { ChunkPolicy } from './policy';

/** A block of runs to play. */
export interface ChunkTask {
  /** Identifies the scenario (its hash with the policy's), so a worker compiles it once. */
  key: string;
  /**
   * The scenario with the policy applied (validated); to a worker thread, as its JSON text,
   * which crosses as one string (a worker parses it once a key) instead of an object graph
   * cloned for every block.
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

function compiled(task: ChunkTask): CompiledScenario {
  let c = compiledCache.get(task.key);
  if (c === undefined) {
    c = compileScenario(typeof task.scenario === 'string' ? (JSON.parse(task.scenario) as Scenario) : task.scenario);
    if (compiledCache.size >= CACHE_SIZE) compiledCache.delete(compiledCache.keys().next().value as string);
    compiledCache.set(task.key, c);
  }
  return c;
}

/** The value of a flattened metric name (`gotAway`, `smuggling.gotAway`) in one turn's record. */
export function turnMetric(record: TurnRecord, name: string): number {
  const direct = record.metrics[name];
  if (direct !== undefined) return direct;
  const dot = name.indexOf('.');
  if (dot > 0) {
    const v = record.byKind[name.slice(0, dot)]?.[name.slice(dot + 1)];
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
  const c = compiled(task);
  const detail = task.perTurn.length > 0;
  for (let j = 0; j < task.count; j++) {
    const index = task.start + j * task.stride;
    const seed = deriveSeed(task.rootSeed, index);
    const p = task.policy;
    if (p !== undefined && p.decide === undefined) throw new Error(`policy ${p.name}: the function was not loaded (module ${p.module ?? 'missing'})`);
    let r;
    try {
      r = play(c, { seed, turns: task.turns, log: false, detail, hashes: false, freeze: false, ...(p?.decide !== undefined ? { policy: { name: p.name, decide: p.decide } } : {}) });
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
