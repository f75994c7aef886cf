// `frontier-sim optimize`, the real built command (`npm run build` first): formats, worker-count
// determinism, the state file (interrupt, resume, refusals), the policy file that `compare`
// reproduces to the last bit, the report, and usage errors.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli';
import { CLI, DEFAULT_SCENARIO, ROOT } from '../helpers/paths';
import { tempDir } from './experiment-helpers';

/** A small optimisation of the default scenario: 200 more guards in steps of 100, over 3 turns, tiny samples. */
const small = [
  'optimize',
  DEFAULT_SCENARIO,
  '--personnel',
  '+200',
  '--step',
  '100',
  '--turns',
  '3',
  '--runs',
  '4',
  '--levels',
  '1',
  '--final-runs',
  '12',
  '--finalists',
  '3',
  '--seed',
  '3',
];
/** Long enough to be interrupted part-way (two search levels, steps of 50, 4 turns). */
const longer = [
  'optimize',
  DEFAULT_SCENARIO,
  '--personnel',
  '+200',
  '--step',
  '50',
  '--turns',
  '4',
  '--runs',
  '4',
  '--levels',
  '2',
  '--final-runs',
  '12',
  '--seed',
  '3',
];
const dirs: string[] = [];
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Json {
  table: { sector: string; today: number; proposed: number; change: number }[];
  evaluation: { vsToday: { proposed: { meanDifference: number; ci95: [number, number] } }; vsEven: { ci95: [number, number] } };
  robustness?: { loss: { mean: number } };
  counts: { runsPlayed: number; runsRestored: number };
}

describe('frontier-sim optimize (built CLI)', () => {
  test('json for 1 and 2 workers is the same; the table and csv say the same allocation', () => {
    const one = runCli([...small, '--workers', '1', '--format', 'json']);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toBe(''); // no progress bar into a pipe
    const two = runCli([...small, '--workers', '2', '--format', 'json']);
    expect(two.stdout).toBe(one.stdout);
    const r = JSON.parse(one.stdout) as Json;
    expect(r.table).toHaveLength(12);
    expect(r.table.reduce((a, row) => a + row.change, 0)).toBe(200);
    expect(r.table.every((row) => row.change >= 0)).toBe(true);
    expect(r.robustness).toBeDefined(); // the default scenario displaces: naive and robust
    const csv = runCli([...small, '--workers', '1', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('sector,name,lever,today,proposed,change,even,naive');
    expect(lines.slice(1).map((l) => Number(l.split(',').at(-3)))).toEqual(r.table.map((row) => row.change));
    const table = runCli([...small, '--workers', '1']);
    expect(table.stdout).toMatch(/^Allocation$/m);
    expect(table.stdout).toMatch(/proposed - even spread of the same total/);
    expect(table.stdout).toMatch(/loss of the naive optimum against the robust one/);
    expect(table.stdout).toMatch(/Kim-Nelson among \d+ finalists, P\(correct selection\) >= 95 %/);
  }, 300_000);

  test('the proposal as a policy file: compare on the same seed reproduces the paired difference bit for bit', () => {
    const d = dir();
    const policy = join(d, 'proposed.json');
    const r = runCli([...small, '--workers', '1', '--format', 'json', '--write-policy', policy]);
    expect(r.code, r.stderr).toBe(0);
    const mine = (JSON.parse(r.stdout) as Json).evaluation.vsToday.proposed;
    const c = runCli(['compare', DEFAULT_SCENARIO, '--policy', policy, '--seed', '3', '--runs', '12', '--turns', '3', '--workers', '1', '--format', 'json']);
    expect(c.code, c.stderr).toBe(0);
    const theirs = (JSON.parse(c.stdout) as { comparisons: { metrics: { gotAway: { meanDifference: number; ci95: [number, number] } } }[] }).comparisons[0]
      ?.metrics.gotAway;
    expect(theirs?.meanDifference).toBe(mine.meanDifference);
    expect(theirs?.ci95).toEqual(mine.ci95);
  }, 300_000);

  test('SIGTERM part-way, then --resume: the same result, with the evaluations read back', async () => {
    const d = dir();
    const state = join(d, 'state.json');
    const args = [...longer, '--workers', '1', '--format', 'json', '--state', state];
    const straight = runCli([...longer, '--workers', '1', '--format', 'json']);
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const t0 = Date.now();
    // The first evaluation saves the file; wait for a later save, so that some work is done.
    let saves = 0;
    let last = '';
    while (saves < 2 && Date.now() - t0 < 120_000) {
      await new Promise((res) => setTimeout(res, 50));
      const now = existsSync(state) ? readFileSync(state, 'utf8').length.toString() : '';
      if (now !== last && now !== '') saves++;
      last = now;
    }
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(stderr).toMatch(/interrupted by SIGTERM; every evaluation so far is in .*--resume to continue/);
    const again = runCli(args);
    expect(again.code, again.stderr).toBe(2);
    expect(again.stderr).toMatch(/exists; add --resume/);
    const resumed = runCli([...args, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/evaluations read back/);
    const a = JSON.parse(resumed.stdout) as Json & Record<string, unknown>;
    const b = JSON.parse(straight.stdout) as Json & Record<string, unknown>;
    expect(a.counts.runsRestored).toBeGreaterThan(0);
    expect({ ...a, counts: null }).toEqual({ ...b, counts: null });
    // Other settings cannot resume this file.
    const other = runCli([...args.map((x) => (x === '3' ? '4' : x)), '--resume']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/started with different settings \(seed\)/);
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 300_000);

  test('the report has the optimisation section with the strip of the change along the border', () => {
    const d = dir();
    const report = join(d, 'report.html');
    const r = runCli([...small, '--workers', '1', '--report', report]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(report, 'utf8');
    expect(html).toMatch(/<section id="optimization">/);
    expect(html).toMatch(/data-chart="optimization-strip-personnel"/);
    expect(html).toMatch(/data-chart="optimization-convergence"/);
    expect(html).toMatch(/<section id="comparison">/);
  }, 300_000);

  test('usage errors: one line, exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['optimize', DEFAULT_SCENARIO], /say what to allocate/],
      [['optimize', DEFAULT_SCENARIO, '--personnel=-5'], /--personnel must be N/],
      [['optimize', DEFAULT_SCENARIO, '--personnel', '+5', '--resume'], /--resume needs --state/],
      [['optimize', DEFAULT_SCENARIO, '--personnel', '+5', '--min', 'panj'], /--min must be SECTOR=N/],
      [['optimize', DEFAULT_SCENARIO, '--personnel', '+5', '--min', 'atlantis=3'], /no sector "atlantis"/],
      [['optimize', DEFAULT_SCENARIO, '--personnel', '+5', '--adversary', 'sly'], /--adversary must be one of/],
      [['optimize', DEFAULT_SCENARIO, '--personnel', '+5', '--state', '/nonexistent-dir/s.json'], /does not exist/],
      [[...small, '--objective', 'nonsense', '--workers', '1'], /unknown metric "nonsense"/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  }, 300_000);
});
