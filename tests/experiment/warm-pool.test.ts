/**
 * The warm worker pool (issue 23 item 3, src/experiment/pool.ts): consecutive experiments with
 * 2 workers (the calling thread and one thread of the pool) are played by the same thread; an experiment stopped in the middle of its blocks
 * terminates only its own work and leaves the pool to the next, with the same numbers;
 * closeWorkerPool ends it; and a script that never calls it still exits as soon as its work is
 * done (the pool's threads and idle timer are unref'd). Blocks go without their scenario once
 * the threads hold it (worker-protocol.ts): a thread that no longer does gets it again, and a
 * scenario changed in place is sent anew.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runMonteCarlo } from '../../src/experiment/monte-carlo';
import { closeWorkerPool, POOL_IDLE_MS, warmPoolResends, warmPoolThreads } from '../../src/experiment/pool';
import { loadScenario, type Scenario } from '../../src/scenario';
import { DEFAULT_SCENARIO, ROOT } from '../helpers/paths';

const scenario = loadScenario(DEFAULT_SCENARIO);
const mc = (seed: number, signal?: AbortSignal) => runMonteCarlo(scenario, { runs: 64, seed, turns: 10, workers: 2, ...(signal ? { signal } : {}) });
afterAll(() => closeWorkerPool());

describe('the warm worker pool', () => {
  test('consecutive experiments share its threads; closeWorkerPool ends them', async () => {
    await closeWorkerPool();
    expect(warmPoolThreads()).toBeUndefined();
    const a = await mc(1);
    const threads = warmPoolThreads();
    expect(threads).toHaveLength(1); // 2 workers: the calling thread and one of the pool's
    const b = await mc(2);
    expect(warmPoolThreads()).toEqual(threads);
    expect(b.metrics).not.toEqual(a.metrics);
    await closeWorkerPool();
    expect(warmPoolThreads()).toBeUndefined();
    // A new pool, new threads, the same numbers.
    const again = await mc(1);
    expect(again.metrics).toEqual(a.metrics);
    expect(warmPoolThreads()).not.toEqual(threads);
  }, 120_000);

  test('an experiment stopped mid-way ends a pool it had to itself; the next gives the same numbers', async () => {
    const reference = await mc(3);
    const controller = new AbortController();
    const stopped = runMonteCarlo(scenario, {
      runs: 4000,
      seed: 4,
      workers: 2,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 64) controller.abort(new Error('enough'));
      },
    });
    await expect(stopped).rejects.toThrow('enough');
    // Its threads were terminated with its blocks: nothing starts in their place.
    expect(warmPoolThreads()).toBeUndefined();
    expect((await mc(3)).metrics).toEqual(reference.metrics);
  }, 120_000);

  test('stopped while another experiment shares the pool: only its own blocks stop', async () => {
    const reference = await mc(5);
    const controller = new AbortController();
    const other = mc(5);
    const stopped = runMonteCarlo(scenario, {
      runs: 4000,
      seed: 6,
      workers: 2,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 64) controller.abort(new Error('enough'));
      },
    });
    await expect(stopped).rejects.toThrow('enough');
    expect((await other).metrics).toEqual(reference.metrics);
    expect(warmPoolThreads()).toHaveLength(1);
    expect((await mc(5)).metrics).toEqual(reference.metrics);
  }, 120_000);

  test('a thread that dropped a scenario (an uncertainty design compiled 16 others since) is sent it again', async () => {
    await closeWorkerPool();
    const before = await mc(7);
    // Twice: the thread takes the first two blocks of each at once, so that it has had the
    // scenario's text in at least four, more than the three the pool sends it with (a cold
    // thread may get no more than those two of the first).
    expect((await mc(7)).metrics).toEqual(before.metrics);
    expect(warmPoolResends()).toBe(0);
    // 64 input points, about 32 a thread: each keeps only the last 16 it compiled.
    const opts = { runs: 128, seed: 8, turns: 5, uncertainty: 'ranges' as const, replications: 2 };
    const design = await runMonteCarlo(scenario, { ...opts, workers: 2 });
    expect(design.metrics).toEqual((await runMonteCarlo(scenario, { ...opts, workers: 1 })).metrics);
    const after = await mc(7);
    expect(warmPoolResends()).toBeGreaterThan(0);
    expect(after.metrics).toEqual(before.metrics);
  }, 120_000);

  test('a scenario changed in place between experiments: the threads play it as it is now', async () => {
    const s = structuredClone(scenario) as Scenario;
    const run = (workers: number) => runMonteCarlo(s, { runs: 64, seed: 9, turns: 10, workers });
    const first = await run(2);
    const heroin = s.actors.find((a) => a.id === 'heroin') as (typeof s.actors)[number] & { attemptsPerWeek: { value: number } };
    heroin.attemptsPerWeek.value = 140;
    const changed = await run(2);
    expect(changed.metrics).not.toEqual(first.metrics);
    expect(changed.metrics).toEqual((await run(1)).metrics);
  }, 120_000);

  test('a script that never closes the pool exits when its work is done, long before the idle time', () => {
    const code = [
      "const { loadScenario, runMonteCarlo } = await import('frontier-sim');",
      `const s = loadScenario(${JSON.stringify(DEFAULT_SCENARIO)});`,
      'const r = await runMonteCarlo(s, { runs: 32, seed: 1, turns: 5, workers: 2 });',
      'console.log(r.runs);',
    ].join('\n');
    // Well under the idle time: a process kept alive by the pool would be killed and throw here.
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', timeout: POOL_IDLE_MS - 5_000 });
    expect(out.trim()).toBe('32');
  }, 60_000);

  test('its threads load the engine only: the worker bundle imports no schema, validator or report', () => {
    for (const file of ['experiment-worker.js', 'experiment-worker.cjs']) {
      const text = readFileSync(join(ROOT, 'dist', file), 'utf8');
      const imported = new Set([...text.matchAll(/(?:^import .* from |require\()"([^"]+)"/gm)].map((m) => m[1]));
      expect(imported.size, file).toBeGreaterThan(0);
      for (const name of imported) expect(['seedrandom/lib/alea.js', 'immer', 'path', 'url', 'fs', 'module'], `${file} imports ${name}`).toContain(name);
      for (const word of ['ajv', 'typebox', 'scenario-validator', 'vega', 'jsonc-parser']) expect(text.includes(word), `${file} holds ${word}`).toBe(false);
    }
  });
});
