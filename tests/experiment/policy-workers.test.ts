/**
 * Function policies on worker threads (issue 22): a TypeScript policy module runs with workers
 * when the process runs under tsx and gives the bytes of one worker; a process without a
 * TypeScript loader is told what to do; and a `decide` that is not the policy its module exports
 * is refused, whatever the worker count.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { PolicyFunction } from '../../src/engine/policy-function';
import { ExperimentError } from '../../src/experiment/errors';
import { runMonteCarlo } from '../../src/experiment/monte-carlo';
import { findTsx, isTypeScriptModule } from '../../src/experiment/worker-loader';
import { actor, patrol, sector } from '../engine/synthetic';
import { dynScenario } from '../engine/dynamics-helpers';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/temp';

const FIX = join(ROOT, 'tests', 'fixtures', 'policies');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const DIST = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;

const POLICY_TS = `import type { PolicyFunction } from ${JSON.stringify(DIST)};
const day: number = 3;
export const invite: PolicyFunction = (view) => (view.turn === day ? [{ type: 'invite-guards', side: 'russia', sectors: [view.sectors[0]!.id], personnelPerSector: 200, arrivalDays: 14 }] : []);
`;

/** A user's script: the same Monte Carlo with 1 and 2 workers, each writing a runs file. */
const SCRIPT = `import { loadScenario, runMonteCarlo } from ${JSON.stringify(DIST)};
import { invite } from './my-policy.ts';
const scenario = loadScenario('tajik-afghan-2021');
const module = new URL('./my-policy.ts', import.meta.url).href;
for (const workers of [1, 2]) {
  const r = await runMonteCarlo(scenario, { runs: 24, seed: 7, workers, out: 'runs-' + workers + '.jsonl', policy: { kind: 'function', name: 'invite', decide: invite, module, exportName: 'invite' } });
  console.log(JSON.stringify({ workers, gotAway: r.metrics.gotAway.mean }));
}
`;

function userProject(): string {
  const dir = tempDir('fsim-tspolicy-');
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(dir, 'my-policy.ts'), POLICY_TS);
  writeFileSync(join(dir, 'script.ts'), SCRIPT);
  return dir;
}

describe('a TypeScript policy module on worker threads (the built package)', () => {
  test('under tsx, 2 workers write the bytes of 1 worker', () => {
    const dir = userProject();
    const out = execFileSync(TSX, ['script.ts'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { workers: number; gotAway: number });
    expect(lines.map((l) => l.workers)).toEqual([1, 2]);
    expect(lines[1]?.gotAway).toBe(lines[0]?.gotAway);
    const one = readFileSync(join(dir, 'runs-1.jsonl'));
    expect(one.length).toBeGreaterThan(1000);
    expect(readFileSync(join(dir, 'runs-2.jsonl')).equals(one)).toBe(true);
  }, 180_000);

  test('without a TypeScript loader, an ExperimentError says what to do', () => {
    const dir = userProject();
    const script = `import { loadScenario, runMonteCarlo } from ${JSON.stringify(DIST)};
const decide = () => [];
try {
  await runMonteCarlo(loadScenario('tajik-afghan-2021'), { runs: 4, seed: 1, workers: 2, policy: { kind: 'function', name: 'p', decide, module: './my-policy.ts', exportName: 'invite' } });
  console.log('ran');
} catch (e) { console.log(e.name + ': ' + e.message); }
`;
    writeFileSync(join(dir, 'plain.mjs'), script);
    const r = spawnSync(process.execPath, ['plain.mjs'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).not.toMatch(/ERR_UNKNOWN_FILE_EXTENSION|\n\s+at /);
    expect(r.stdout).toMatch(/^ExperimentError: policy "p": policy module \.\/my-policy\.ts is TypeScript/);
    expect(r.stdout).toMatch(/install tsx .*`npx tsx script\.ts`/);
    expect(r.stdout).toMatch(/workers: 1/);
  }, 90_000);
});

describe('finding tsx for worker threads', () => {
  test("from tsx's loader on the command line, from the module's folder, or not at all", () => {
    const api = /[\\/]tsx[\\/]dist[\\/]esm[\\/]api[\\/]index\.mjs$/;
    const loader = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const outside = pathToFileURL(join(tempDir(), 'p.ts')).href;
    const cwd = tempDir();
    expect(findTsx(outside, ['--import', loader], cwd)).toMatch(api);
    expect(findTsx(pathToFileURL(join(FIX, 'invite-policy.ts')).href, [], cwd)).toMatch(api);
    expect(findTsx(outside, ['--inspect'], cwd)).toBeUndefined();
    expect(isTypeScriptModule('file:///p/a.mts')).toBe(true);
    expect(isTypeScriptModule('/p/a.mjs')).toBe(false);
  });
});

describe('decide and the module export must be the same policy', () => {
  const s = dynScenario({
    sectors: [sector('a', 50), sector('b', 50)],
    forces: [patrol('g', 'a', 10)],
    actors: [actor('net', 'smuggling', 20, { a: 1, b: 1 })],
    turns: 12,
  });
  const invite: PolicyFunction = (view) =>
    view.turn === 3 ? [{ type: 'invite-guards', side: 'russia', sectors: ['a'], personnelPerSector: 200, arrivalDays: 14 }] : [];
  const module = join(FIX, 'invite-policy.ts');

  test('an equal policy from a TypeScript module runs, with the numbers of 1 worker', async () => {
    const policy = { kind: 'function' as const, name: 'invite', decide: invite, module, exportName: 'invite' };
    const one = await runMonteCarlo(s, { runs: 12, seed: 3, policy });
    const two = await runMonteCarlo(s, { runs: 12, seed: 3, workers: 2, policy });
    expect(two.metrics).toEqual(one.metrics);
  }, 60_000);

  test.each([1, 2])(
    'a module export that decides otherwise is refused (%i worker(s))',
    async (workers) => {
      const policy = { kind: 'function' as const, name: 'invite', decide: invite, module, exportName: 'inviteTwice' };
      const run = runMonteCarlo(s, { runs: 12, seed: 3, workers, policy });
      await expect(run).rejects.toThrow(ExperimentError);
      await expect(runMonteCarlo(s, { runs: 12, seed: 3, workers, policy })).rejects.toThrow(
        /policy "invite": decide and the export "inviteTwice" of .*invite-policy\.ts are not the same policy \(turn 5 of a probe run/,
      );
    },
    60_000,
  );
});
