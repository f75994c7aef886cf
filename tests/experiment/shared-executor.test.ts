/**
 * With 2 or more workers the calling thread plays blocks of runs beside the pool's threads
 * (src/experiment/pool.ts, SharedExecutor): it would otherwise wait for them. What shows where
 * a run was played is a function policy: the calling thread calls its `decide`, a thread the
 * export of its module. The numbers are those of 1 worker whichever played what.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { PolicyFunction } from '../../src/engine/policy-function';
import { runMonteCarlo } from '../../src/experiment/monte-carlo';
import { closeWorkerPool, warmPoolThreads } from '../../src/experiment/pool';
import { dynScenario } from '../engine/dynamics-helpers';
import { actor, patrol, sector } from '../engine/synthetic';
import { ROOT } from '../helpers/paths';

const module = join(ROOT, 'tests', 'fixtures', 'policies', 'invite-policy.mjs');
const scenario = dynScenario({
  sectors: [sector('a', 50), sector('b', 50)],
  forces: [patrol('g', 'a', 10)],
  actors: [actor('net', 'smuggling', 20, { a: 1, b: 1 })],
  turns: 12,
});
afterAll(() => closeWorkerPool());

/** The module's policy, counting the runs this thread starts (turn 0) with it. */
function countingInvite(): { decide: PolicyFunction; runsHere: () => number } {
  let runs = 0;
  const decide: PolicyFunction = (view) => {
    if (view.turn === 0) runs++;
    return view.turn === 3 ? [{ type: 'invite-guards', side: 'russia', sectors: ['a'], personnelPerSector: 200, arrivalDays: 14 }] : [];
  };
  return { decide, runsHere: () => runs };
}

describe('the calling thread as one of the workers', () => {
  const RUNS = 256;
  const mc = (workers: number, decide: PolicyFunction) =>
    runMonteCarlo(scenario, { runs: RUNS, seed: 5, workers, policy: { kind: 'function', name: 'invite', decide, module, exportName: 'invite' } });

  test("with 2 workers it plays some blocks and the pool's one thread the others, with the numbers of 1 worker", async () => {
    const one = countingInvite();
    const alone = await mc(1, one.decide);
    // The probe run (policy-probe.ts) and every run: all in this thread.
    expect(one.runsHere()).toBe(RUNS + 1);

    await closeWorkerPool();
    const two = countingInvite();
    const shared = await mc(2, two.decide);
    expect(shared.metrics).toEqual(alone.metrics);
    expect(warmPoolThreads()).toHaveLength(1);
    // The thread takes the first two blocks (the one it plays and its next) and this thread the
    // third, so each plays at least one.
    const here = two.runsHere() - 1;
    expect(here).toBeGreaterThan(0);
    expect(here).toBeLessThan(RUNS);
  }, 120_000);

  test('3 workers: the calling thread and two threads, the same numbers', async () => {
    const three = countingInvite();
    const r = await mc(3, three.decide);
    expect(r.metrics).toEqual((await mc(1, countingInvite().decide)).metrics);
    expect(warmPoolThreads()).toHaveLength(2);
    expect(three.runsHere() - 1).toBeLessThan(RUNS);
  }, 120_000);
});
