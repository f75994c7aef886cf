/**
 * How a Monte Carlo hands its runs to an executor (src/experiment/monte-carlo.ts `playTo`,
 * `blockSize`): with more than one worker the blocks shrink towards the end, so that the workers
 * end together, and cover every run once; a slow block at the head does not hold back the
 * blocks after it. The executor is the real one (the calling thread and the warm pool's
 * thread), wrapped to see the blocks and, in one test, to hold the first one back.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { runMonteCarlo, runMonteCarloDetailed } from '../../src/experiment/monte-carlo';
import type { ChunkTask } from '../../src/experiment/chunk';
import { closeWorkerPool, createExecutor, type Executor, type RunBlock } from '../../src/experiment/pool';
import { dynScenario } from '../engine/dynamics-helpers';
import { actor, patrol, sector } from '../engine/synthetic';

const scenario = dynScenario({
  sectors: [sector('a', 50), sector('b', 50)],
  forces: [patrol('g', 'a', 10)],
  actors: [actor('net', 'smuggling', 20, { a: 1, b: 1 })],
  turns: 6,
});
afterAll(() => closeWorkerPool());

/** The real executor for `workers`, listing the blocks it was given, in the order given. */
function watched(workers: number, hold?: (task: ChunkTask) => Promise<void>): Executor & { given: ChunkTask[] } {
  const inner = createExecutor(workers);
  const given: ChunkTask[] = [];
  return {
    workers: inner.workers,
    given,
    async run(task: ChunkTask): Promise<RunBlock> {
      given.push(task);
      await hold?.(task);
      return inner.run(task);
    },
    close: () => inner.close(),
  };
}

describe('blocks of runs', () => {
  test('with 2 workers: every run once, in order, the blocks never growing and the last of one run', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 400 }), async (runs) => {
        const ex = watched(2);
        await runMonteCarloDetailed(scenario, { runs, seed: 1, workers: 2 }, { executor: ex });
        await ex.close();
        const starts = ex.given.map((t) => t.start);
        const counts = ex.given.map((t) => t.count);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(runs);
        expect(starts).toEqual(counts.map((_, i) => counts.slice(0, i).reduce((a, b) => a + b, 0)));
        for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1] as number);
        expect(counts.at(-1)).toBe(1);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  test('a block held back at the head: the blocks after it are played meanwhile, and the numbers are the same', async () => {
    const runs = 300;
    const alone = await runMonteCarlo(scenario, { runs, seed: 2, workers: 1 });
    let isHeld = true;
    let letGo: () => void = () => undefined;
    const released = new Promise<void>((r) => (letGo = r));
    const release = () => {
      isHeld = false;
      letGo();
    };
    // Let go after 5 s in any case: a scheduler that waits for the head would otherwise never
    // launch the blocks that let it go, and the test would fail by its timeout, not its message.
    const fallback = setTimeout(() => release(), 5_000);
    let launchedWhileHeld = 0;
    const ex = watched(2, async (task) => {
      if (task.start === 0) {
        await released;
        return;
      }
      // Every block launched while the first is held counts; the head is let go once twice as
      // many as may run at a time (3 a worker) have been.
      if (!isHeld) return;
      launchedWhileHeld++;
      if (launchedWhileHeld === 12) release();
    });
    const held = await runMonteCarloDetailed(scenario, { runs, seed: 2, workers: 2 }, { executor: ex }).finally(async () => {
      clearTimeout(fallback);
      await ex.close();
    });
    expect(launchedWhileHeld).toBe(12);
    expect(held.result.metrics).toEqual(alone.metrics);
  }, 120_000);

  test('a block that cannot be launched fails the experiment with its error, launched from wherever', async () => {
    // Blocks are launched both by the loop that takes them in and when any block ends; a launch
    // that throws in the second place must reach the caller, not become an unhandled rejection
    // (which vitest reports as an error of this file).
    const inner = createExecutor(2);
    const failing: Executor = {
      workers: inner.workers,
      run(task: ChunkTask): Promise<RunBlock> {
        if (task.start >= 100) throw new Error('no block from run 100 on');
        return inner.run(task);
      },
      close: () => inner.close(),
    };
    await expect(runMonteCarloDetailed(scenario, { runs: 300, seed: 3, workers: 2 }, { executor: failing })).rejects.toThrow('no block from run 100 on');
    await inner.close();
  }, 120_000);
});
