/**
 * Hostile cases of the library's experiments (issue 25, defects 1, 3, 10, 11): every failure is
 * an ExperimentError in the calling thread, with the same words for 1, 2 and 4 workers; options
 * are checked before any run; the pool is torn down and the host process survives (no
 * "Unexpected message from Worker", no V8 abort, no MaxListenersExceededWarning); an
 * AbortSignal.timeout(500) rejects promptly.
 *
 * Each worker count runs every case in one child process on the built package, so that a crash
 * of the host is seen as what it is (the child's exit and stderr) instead of killing the test
 * runner; one case also runs in this process.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExperimentError, parseScenario, runMonteCarlo, simulate } from '../../src/index';
import { ROOT } from '../helpers/paths';
import { heavyScenario, scratch, smallScenario, writeJson } from './processes-helpers';

const work = scratch('proc-lib');
afterAll(() => work.cleanup());

const scenarioFile = writeJson(work.path('small.json'), smallScenario(6));
const heavyFile = writeJson(work.path('heavy.json'), heavyScenario(2000, 8, 52));
writeFileSync(work.path('throws-at-load.mjs'), 'throw new Error("top-level boom");\n');
writeFileSync(work.path('no-export.mjs'), 'export const other = 1;\n');
writeFileSync(work.path('decide-throws.mjs'), 'export default function decide(view) { if (view.turn === 2) throw new Error("decide boom"); return []; }\n');

/** The child: runs every case with the worker count it is given and prints one JSON line a case. */
const CHILD = `
import { readFileSync } from 'node:fs';
import { parseScenario, runMonteCarlo, comparePolicies, sweep } from ${JSON.stringify(join(ROOT, 'dist', 'index.js'))};
const workers = Number(process.argv[2]);
const s = parseScenario(JSON.parse(readFileSync(${JSON.stringify(scenarioFile)}, 'utf8')));
const heavy = parseScenario(JSON.parse(readFileSync(${JSON.stringify(heavyFile)}, 'utf8')));
const dir = ${JSON.stringify(work.dir)};
const fn = (module, decide = () => []) => ({ kind: 'function', name: 'p', decide, module });
const boom = (n) => { let calls = 0; return () => { if (++calls === n) throw new Error('callback boom'); }; };
const base = { runs: 300, seed: 1, workers };
const cases = {
  'onProgress throws': (p) => runMonteCarlo(s, { ...base, onProgress: boom(2) }),
  'onRun throws': (p) => runMonteCarlo(s, { ...base, onRun: boom(5), onProgress: p }),
  'compare: onProgress throws': () => comparePolicies(s, { ...base, policies: [{ name: 'a' }, { name: 'b' }], onProgress: boom(3) }),
  'sweep: onProgress throws': () => sweep(s, { ...base, runs: 40, design: 'grid', parameters: [{ pointer: '/parameters/detection/sweepWidthKm', values: [1, 2] }], onProgress: boom(2) }),
  'policy module missing': (p) => runMonteCarlo(s, { ...base, policy: fn(dir + '/missing.mjs'), onProgress: p }),
  'policy module throws as it loads': (p) => runMonteCarlo(s, { ...base, policy: fn(dir + '/throws-at-load.mjs'), onProgress: p }),
  'policy module without the export': (p) => runMonteCarlo(s, { ...base, policy: fn(dir + '/no-export.mjs'), onProgress: p }),
  'policy function throws': (p) => runMonteCarlo(s, { ...base, policy: fn(dir + '/decide-throws.mjs', (v) => { if (v.turn === 2) throw new Error('decide boom'); return []; }), onProgress: p }),
  'perTurn constructor': (p) => runMonteCarlo(s, { ...base, perTurn: ['constructor'], onProgress: p }),
  'until foo:1': (p) => runMonteCarlo(s, { ...base, until: 'foo:1', onProgress: p }),
  'runs 2^53 - 1': (p) => runMonteCarlo(s, { ...base, runs: 2 ** 53 - 1, onProgress: p }),
  'runs 2^32': (p) => runMonteCarlo(s, { ...base, runs: 2 ** 32, onProgress: p }),
  'runs 1e12 in shards of 1e6': (p) => runMonteCarlo(s, { ...base, runs: 1e12, shard: { index: 0, count: 1e6 }, onProgress: p }),
  'maxRuns 1e7': (p) => runMonteCarlo(s, { ...base, until: 'gotAway:0.0001', maxRuns: 1e7, onProgress: p }),
  'turns 1e9': (p) => runMonteCarlo(s, { ...base, turns: 1e9, onProgress: p }),
  'workers 257': (p) => runMonteCarlo(s, { ...base, workers: 257, onProgress: p }),
  'per-turn values over the bound': (p) => runMonteCarlo(s, { ...base, runs: 1e6, turns: 5200, perTurn: ['gotAway', 'attempts'], onProgress: p }),
  'compare: a broken last policy': (p) => comparePolicies(s, { ...base, policies: [{ name: 'a' }, { name: 'b', overlay: { sectors: [{ id: 'panj', lengthKm: -5 }] } }], onProgress: p }),
  'compare: runs x policies over the bound': (p) => comparePolicies(s, { ...base, runs: 600000, policies: [{ name: 'a' }, { name: 'b' }], onProgress: p }),
  'sweep: levels 1e9': (p) => sweep(s, { ...base, design: 'grid', levels: 1e9, parameters: [{ pointer: '/parameters/detection/sweepWidthKm', min: 1, max: 2 }], onProgress: p }),
  'sweep: points 1e9': (p) => sweep(s, { ...base, design: 'lhs', points: 1e9, parameters: [{ pointer: '/parameters/detection/sweepWidthKm', min: 1, max: 2 }], onProgress: p }),
  'sweep: trajectories 1e9': (p) => sweep(s, { ...base, design: 'morris', trajectories: 1e9, parameters: [{ pointer: '/parameters/detection/sweepWidthKm', min: 1, max: 2 }], onProgress: p }),
  'sweep: a point that breaks the scenario': (p) => sweep(s, { ...base, design: 'grid', parameters: [{ pointer: '/parameters/detection/dutyFraction', values: [0.2, 0.5, 2] }], onProgress: p }),
  'sweep: unknown metric': (p) => sweep(s, { ...base, design: 'grid', metrics: ['toString'], parameters: [{ pointer: '/parameters/detection/sweepWidthKm', values: [1, 2] }], onProgress: p }),
  'AbortSignal.timeout(500)': (p) => runMonteCarlo(s, { ...base, runs: 1e6, signal: AbortSignal.timeout(500), onProgress: p }),
  'AbortSignal.timeout(500), heavy runs': (p) => runMonteCarlo(heavy, { ...base, runs: 1000, signal: AbortSignal.timeout(500), onProgress: p }),
  'compare: AbortSignal.timeout(500)': (p) => comparePolicies(s, { ...base, runs: 100000, policies: [{ name: 'a' }, { name: 'b' }], signal: AbortSignal.timeout(500), onProgress: p }),
  'sweep: AbortSignal.timeout(500)': (p) => sweep(s, { ...base, runs: 100000, design: 'grid', parameters: [{ pointer: '/parameters/detection/sweepWidthKm', values: [1, 2] }], signal: AbortSignal.timeout(500), onProgress: p }),
  'a finished run, for comparison': () => runMonteCarlo(s, { ...base, runs: 50 }),
};
for (const [name, run] of Object.entries(cases)) {
  let progress = 0;
  const t0 = performance.now();
  let out;
  try {
    const r = await run(() => { progress++; });
    out = { ok: true, runs: r.runs ?? null };
  } catch (e) {
    out = { ok: false, name: e?.name, kind: e?.kind ?? null, message: String(e?.message ?? e) };
  }
  console.log(JSON.stringify({ case: name, ms: performance.now() - t0, progress, ...out }));
}
`;
const childFile = join(work.dir, 'child.mjs');
writeFileSync(childFile, CHILD);

interface CaseResult {
  case: string;
  ms: number;
  progress: number;
  ok: boolean;
  name?: string;
  kind?: 'usage' | 'runtime' | null;
  message?: string;
}

/** What each case must give: the error's kind and words, and whether runs may have started. */
const EXPECTED: Record<string, { kind: 'usage' | 'runtime' | 'abort' | 'scenario'; says: RegExp; before?: true }> = {
  'onProgress throws': { kind: 'runtime', says: /^onProgress threw: callback boom$/ },
  'onRun throws': { kind: 'runtime', says: /^onRun threw: callback boom$/ },
  'compare: onProgress throws': { kind: 'runtime', says: /^onProgress threw: callback boom$/ },
  'sweep: onProgress throws': { kind: 'runtime', says: /^onProgress threw: callback boom$/ },
  'policy module missing': { kind: 'usage', says: /^policy "p": its module .*missing\.mjs could not be loaded: Cannot find module/, before: true },
  'policy module throws as it loads': {
    kind: 'usage',
    says: /^policy "p": its module .*throws-at-load\.mjs could not be loaded: top-level boom$/,
    before: true,
  },
  'policy module without the export': { kind: 'usage', says: /^policy "p": module .*no-export\.mjs has no function export "default"$/, before: true },
  'policy function throws': { kind: 'runtime', says: /^run 0 \(seed \d+\) failed: decide boom$/ },
  'perTurn constructor': { kind: 'usage', says: /^perTurn: unknown metric "constructor"; known metrics: attempts, /, before: true },
  'until foo:1': { kind: 'usage', says: /^until: unknown metric "foo"/, before: true },
  'runs 2^53 - 1': { kind: 'usage', says: /^runs must be an integer from 1 to 1,000,000,000, got 9007199254740991$/, before: true },
  'runs 2^32': { kind: 'usage', says: /^runs must be an integer from 1 to 1,000,000,000, got 4294967296$/, before: true },
  'runs 1e12 in shards of 1e6': { kind: 'usage', says: /^runs must be an integer from 1 to 1,000,000,000/, before: true },
  'maxRuns 1e7': { kind: 'usage', says: /^maxRuns \(10,000,000\) is more than one process holds \(1,000,000 runs\)/, before: true },
  'turns 1e9': { kind: 'usage', says: /^turns must be an integer from 0 to 5,200, got 1000000000$/, before: true },
  'workers 257': { kind: 'usage', says: /^workers must be an integer from 1 to 256, got 257$/, before: true },
  'per-turn values over the bound': { kind: 'usage', says: /^perTurn would keep 10,400,000,000 values/, before: true },
  'compare: a broken last policy': { kind: 'scenario', says: /policy b \/sectors\/0\/lengthKm: expected a number/, before: true },
  'compare: runs x policies over the bound': { kind: 'usage', says: /^600,000 runs x 2 policies is more runs than one process holds/, before: true },
  'sweep: levels 1e9': { kind: 'usage', says: /^levels must be an integer from 1 to 1,000, got 1000000000$/, before: true },
  'sweep: points 1e9': { kind: 'usage', says: /^points must be an integer from 1 to 100,000, got 1000000000$/, before: true },
  'sweep: trajectories 1e9': { kind: 'usage', says: /^trajectories must be an integer from 1 to 50,000, got 1000000000$/, before: true },
  'sweep: a point that breaks the scenario': { kind: 'scenario', says: /sweep point 2 \/parameters\/detection\/dutyFraction/, before: true },
  'sweep: unknown metric': { kind: 'usage', says: /^unknown metric "toString"/, before: true },
  'AbortSignal.timeout(500)': { kind: 'abort', says: /aborted due to timeout/ },
  'AbortSignal.timeout(500), heavy runs': { kind: 'abort', says: /aborted due to timeout/ },
  'compare: AbortSignal.timeout(500)': { kind: 'abort', says: /aborted due to timeout/ },
  'sweep: AbortSignal.timeout(500)': { kind: 'abort', says: /aborted due to timeout/ },
};

function runChild(workers: number): { results: CaseResult[]; status: number | null; signal: string | null; stderr: string } {
  const r = spawnSync(process.execPath, [childFile, String(workers)], { cwd: ROOT, encoding: 'utf8', timeout: 240_000, killSignal: 'SIGKILL' });
  const results = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as CaseResult);
  return { results, status: r.status, signal: r.signal, stderr: r.stderr };
}

const byWorkers = new Map<number, CaseResult[]>();

describe.each([1, 2, 4])('%i worker(s): failures are ExperimentErrors in the calling thread', (workers) => {
  it('every case, in one host process that survives them all', () => {
    const r = runChild(workers);
    const context = `status ${r.status}, signal ${r.signal}\nstderr: ${r.stderr}`;
    // The host survived: it ran every case and exited by itself, saying nothing on stderr (no
    // crash report, no stack trace, no MaxListenersExceededWarning).
    expect(r.signal, context).toBeNull();
    expect(r.status, context).toBe(0);
    expect(r.stderr, context).toBe('');
    expect(r.results.map((c) => c.case)).toEqual([...Object.keys(EXPECTED), 'a finished run, for comparison']);
    byWorkers.set(workers, r.results);
    for (const c of r.results) {
      const want = EXPECTED[c.case];
      const where = `${c.case} (${workers} workers): ${JSON.stringify(c)}`;
      if (want === undefined) {
        expect(c.ok, where).toBe(true);
        continue;
      }
      expect(c.ok, where).toBe(false);
      expect(c.message, where).toMatch(want.says);
      if (want.kind === 'scenario') {
        // A policy or a design point that breaks the scenario: the scenario's own error, with its pointer.
        expect(c.name, where).toBe('ScenarioError');
      } else if (want.kind === 'abort') {
        expect(c.name, where).toBe('TimeoutError');
        // Promptly: the timer's 500 ms and a block of runs (or the threads' stop), not seconds.
        expect(c.ms, where).toBeLessThan(2_500);
      } else {
        expect(c.name, where).toBe('ExperimentError');
        expect(c.kind, where).toBe(want.kind);
        expect(c.message, where).not.toMatch(/\n|\[object Object\]/);
      }
      if (want.before) expect(c.progress, `${where}: checked before any run`).toBe(0);
    }
  });
});

describe('the same words whatever the worker count', () => {
  it('each failure says the same with 1, 2 and 4 workers', () => {
    const one = byWorkers.get(1);
    if (one === undefined) return expect.fail('the 1-worker case did not run');
    for (const workers of [2, 4]) {
      const other = byWorkers.get(workers);
      if (other === undefined) return expect.fail(`the ${workers}-worker case did not run`);
      for (const c of one) {
        if (EXPECTED[c.case]?.kind === 'abort') continue;
        expect(other.find((o) => o.case === c.case)?.message, c.case).toBe(c.message);
      }
    }
  });
});

describe('in this process', () => {
  it('a throwing onRun with 2 worker threads rejects, and this process carries on', async () => {
    const s = parseScenario(smallScenario(3));
    let calls = 0;
    const p = runMonteCarlo(s, {
      runs: 200,
      seed: 3,
      workers: 2,
      onRun: () => {
        if (++calls === 7) throw new RangeError('mine');
      },
    });
    const e = await p.then(
      () => expect.fail('expected a rejection'),
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(ExperimentError);
    expect((e as ExperimentError).kind).toBe('runtime');
    expect((e as ExperimentError).message).toBe('onRun threw: mine');
    expect((e as ExperimentError).cause).toBeInstanceOf(RangeError);
    // Still able to run an experiment with threads afterwards.
    expect((await runMonteCarlo(s, { runs: 20, seed: 3, workers: 2 })).runs).toBe(20);
  });
});

describe('simulate', () => {
  it.each([1e9, 5201, -1, 1.5])('turns %s is a RangeError at once, not a run without end', (turns) => {
    const s = parseScenario(smallScenario(3));
    expect(() => simulate(s, { seed: 1, turns })).toThrow(new RangeError(`turns must be an integer from 0 to 5200, got ${turns}`));
  });
});
