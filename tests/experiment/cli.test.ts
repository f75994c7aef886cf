// The real, built command (`npm run build` first): determinism across workers, shards + merge,
// kill -9 and --resume, ESM and CJS builds, usage errors.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli';
import { CLI, DEFAULT_SCENARIO, ROOT } from '../helpers/paths';
import { defaultScenario, doublePatrolOverlay, tempDir } from './experiment-helpers';

const small = ['--runs', '30', '--seed', '4', '--turns', '5'];

describe('frontier-sim mc / merge (built CLI)', () => {
  test('1 shard and 3 shards merged (on 1 or 2 workers) give the same bytes', () => {
    const dir = tempDir();
    const single = join(dir, 'single.ndjson');
    const one = runCli(['mc', DEFAULT_SCENARIO, ...small, '--workers', '1', '--out', single, '--format', 'json']);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toBe(''); // no progress bar when stderr is not a terminal
    const json = JSON.parse(one.stdout) as { runs: number; metrics: Record<string, { n: number }> };
    expect(json.runs).toBe(30);
    expect(Object.values(json.metrics)[0]?.n).toBe(30);

    const shards = [0, 1, 2].map((i) => join(dir, `shard-${i}.ndjson`));
    shards.forEach((path, i) => {
      const r = runCli(['mc', DEFAULT_SCENARIO, ...small, '--workers', String(1 + (i % 2)), '--shard', `${i}/3`, '--out', path, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
    });
    const merged = join(dir, 'merged.ndjson');
    const m = runCli(['merge', ...[...shards].reverse(), '--out', merged, '--format', 'json']);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stdout).toBe(one.stdout);
    expect(readFileSync(merged, 'utf8')).toBe(readFileSync(single, 'utf8'));
    // A missing shard is refused in one line, exit 2.
    const bad = runCli(['merge', shards[0] as string, shards[1] as string]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/shard 2\/3 is missing/);
  });

  test('SIGKILL part-way, then --resume: the same runs file and summary as an uninterrupted run', async () => {
    const dir = tempDir();
    const args = ['mc', DEFAULT_SCENARIO, '--runs', '600', '--seed', '9', '--turns', '3', '--workers', '1', '--format', 'json'];
    const killed = join(dir, 'killed.ndjson');
    const child = spawn(process.execPath, [CLI, ...args, '--out', killed], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const lines = () => (existsSync(killed) ? readFileSync(killed, 'utf8').split('\n').length - 1 : 0);
    const t0 = Date.now();
    while (lines() < 40 && Date.now() - t0 < 30_000) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited;
    const partial = lines() - 1;
    expect(partial).toBeGreaterThanOrEqual(39);
    expect(partial).toBeLessThan(600); // it really was cut short
    const resumed = runCli([...args, '--out', killed, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const whole = join(dir, 'whole.ndjson');
    const full = runCli([...args, '--out', whole]);
    expect(full.code, full.stderr).toBe(0);
    expect(resumed.stdout).toBe(full.stdout);
    expect(readFileSync(killed, 'utf8')).toBe(readFileSync(whole, 'utf8'));
    // Resuming with other settings is refused, in one line.
    const other = runCli(['mc', DEFAULT_SCENARIO, '--runs', '600', '--seed', '10', '--turns', '3', '--out', killed, '--resume']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^frontier-sim: cannot resume .*different settings \(seed: 9 vs 10\)\n$/);
  }, 60_000);

  test('the ESM and the CJS builds give the same Monte Carlo (worker pool in both)', () => {
    const code = (load: string) => `${load}
const s = m.loadScenario(${JSON.stringify(DEFAULT_SCENARIO)});
m.runMonteCarlo(s, { runs: 16, seed: 3, turns: 4, workers: 2 }).then((r) => console.log(JSON.stringify(r)));`;
    const run = (type: string, load: string) => execFileSync(process.execPath, [`--input-type=${type}`, '-e', code(load)], { cwd: ROOT, encoding: 'utf8' });
    const esm = run('module', "const m = await import('frontier-sim');");
    const cjs = run('commonjs', "const m = require('frontier-sim');");
    expect(JSON.parse(esm).runs).toBe(16);
    expect(cjs).toBe(esm);
    expect(statSync(join(ROOT, 'dist', 'experiment-worker.js')).isFile()).toBe(true);
    expect(statSync(join(ROOT, 'dist', 'experiment-worker.cjs')).isFile()).toBe(true);
  });
});

describe('frontier-sim compare / sweep (built CLI)', () => {
  test('compare: json with variance reduction; table written atomically with --out', () => {
    const dir = tempDir();
    const policyFile = join(dir, 'more-patrols.json');
    writeFileSync(policyFile, JSON.stringify(doublePatrolOverlay(defaultScenario())));
    const json = runCli(['compare', DEFAULT_SCENARIO, '--policy', policyFile, '--runs', '20', '--turns', '5', '--workers', '1', '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    const c = JSON.parse(json.stdout) as { comparisons: { metrics: Record<string, { varianceReduction: number }> }[] };
    expect(c.comparisons[0]?.metrics.gotAway?.varianceReduction).toBeGreaterThan(0);
    const out = join(dir, 'cmp.txt');
    const table = runCli([
      'compare',
      DEFAULT_SCENARIO,
      '--policy',
      policyFile,
      '--runs',
      '20',
      '--turns',
      '5',
      '--workers',
      '1',
      '--metrics',
      'gotAway,detected',
      '--out',
      out,
    ]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/var\. reduction/);
    expect(text).toMatch(/^gotAway /m);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]); // the temporary file was renamed
  });

  test('sweep: grid over an id-based pointer, and Morris in csv', () => {
    const s = defaultScenario();
    const actor = s.actors[0]?.id as string;
    const grid = runCli([
      'sweep',
      DEFAULT_SCENARIO,
      '--param',
      `/actors[id=${actor}]/intent=0.2,0.8`,
      '--runs',
      '4',
      '--turns',
      '3',
      '--workers',
      '1',
      '--format',
      'json',
      '--metrics',
      'attempts',
    ]);
    expect(grid.code, grid.stderr).toBe(0);
    const r = JSON.parse(grid.stdout) as { points: { values: Record<string, number> }[] };
    expect(r.points.map((p) => p.values[`/actors[id=${actor}]/intent`])).toEqual([0.2, 0.8]);
    const morris = runCli([
      'sweep',
      DEFAULT_SCENARIO,
      '--design',
      'morris',
      '--param',
      '/parameters/detection/sweepWidthKm=0.5:4',
      '--param',
      `/actors[id=${actor}]/intent=0.1:0.9`,
      '--trajectories',
      '2',
      '--runs',
      '2',
      '--turns',
      '2',
      '--workers',
      '1',
      '--format',
      'csv',
      '--metrics',
      'detected',
    ]);
    expect(morris.code, morris.stderr).toBe(0);
    expect(morris.stdout.split('\n')[0]).toBe('metric,rank,parameter,mu_star,mu,sigma');
  });

  test('every command has --help; usage errors are one line with exit 2', () => {
    for (const c of ['mc', 'compare', 'sweep', 'merge']) {
      const h = runCli([c, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toContain(`Usage: frontier-sim ${c}`);
    }
    const cases: [string[], RegExp][] = [
      [['mc', DEFAULT_SCENARIO, '--shard', '3/3'], /--shard: I must be below N/],
      [['mc', DEFAULT_SCENARIO, '--shard', 'x'], /--shard must be I\/N/],
      [['mc', DEFAULT_SCENARIO, '--runs', '0'], /--runs must be at least 1/],
      [['mc', DEFAULT_SCENARIO, '--resume'], /--resume needs --out/],
      [['mc', DEFAULT_SCENARIO, '--until', 'gotAway'], /precision target "gotAway": no colon/],
      [['mc', DEFAULT_SCENARIO, '--runs', '2', '--turns', '1', '--workers', '1', '--until', 'nope:1'], /unknown metric "nope"/],
      [['mc', DEFAULT_SCENARIO, '--policy', '/nonexistent.json'], /--policy \/nonexistent.json: file not found/],
      [['compare', DEFAULT_SCENARIO], /at least one --policy/],
      [['sweep', DEFAULT_SCENARIO, '--param', '/nope=1,2', '--runs', '1'], /pointer \/nope: no "nope"/],
      [['sweep', DEFAULT_SCENARIO], /--param POINTER/],
      [['merge'], /needs the runs files/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
    }
  });
});
