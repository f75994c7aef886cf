/**
 * The Slurm recipe of docs/scaling.md, without a cluster: the guide shows the shipped scripts
 * verbatim and documents every setting they read, the package ships them, and the scripts do
 * their part when bash runs them with the variables Slurm sets for a task. The recipe on a real
 * Slurm cluster is `npm run test:slurm` (tests/slurm).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { fencedBlocks, GUIDE, makeProject, oneProcess, SCRIPTS_DIR, scriptNames } from './guide';

const guide = readFileSync(GUIDE, 'utf8');
const script = (name: string) => readFileSync(join(SCRIPTS_DIR, name), 'utf8');

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
function project(): string {
  const d = mkdtempSync(join(tmpdir(), 'fsim-slurm-guide-'));
  dirs.push(d);
  makeProject(d);
  return d;
}

/** Runs a script with bash as slurmd would for one task, with the experiment in FRONTIER_*. */
function task(dir: string, name: string, slurm: Record<string, string>, frontier: Record<string, string>) {
  // A PATH without any other frontier-sim: the script must find the project's own.
  const PATH = (process.env.PATH ?? '')
    .split(':')
    .filter((p) => !existsSync(join(p, 'frontier-sim')))
    .join(':');
  return spawnSync('bash', [name], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH, HOME: process.env.HOME ?? dir, SLURM_SUBMIT_DIR: dir, SLURM_CPUS_PER_TASK: '1', ...slurm, ...frontier },
  });
}

/** The variables Slurm sets for task `i` of an array job `job` of the given indices. */
function arrayTask(job: number, i: number, indices: number[]): Record<string, string> {
  return {
    SLURM_JOB_ID: String(job + 1 + i),
    SLURM_ARRAY_JOB_ID: String(job),
    SLURM_ARRAY_TASK_ID: String(i),
    SLURM_ARRAY_TASK_MIN: String(Math.min(...indices)),
    SLURM_ARRAY_TASK_MAX: String(Math.max(...indices)),
    SLURM_ARRAY_TASK_COUNT: String(indices.length),
  };
}

describe('docs/scaling.md and scaling/slurm', () => {
  it('the guide shows each shipped script verbatim, and shows no script that is not shipped', () => {
    const names = scriptNames();
    expect(names).toEqual(['mc-shards.sbatch', 'merge.sbatch']);
    const blocks = fencedBlocks(guide);
    for (const name of names) {
      const shown = blocks.filter((b) => b.label.includes(`\`scaling/slurm/${name}\``));
      expect(shown, name).toHaveLength(1);
      expect(shown[0]?.body, name).toBe(script(name));
    }
    const shownScripts = blocks.filter((b) => b.body.startsWith('#!/bin/bash\n#SBATCH'));
    expect(shownScripts.map((b) => b.body).sort()).toEqual(names.map(script).sort());
  });

  it('the guide names every setting the scripts read, with the scripts\' defaults', () => {
    const settings = new Map<string, string>();
    for (const name of scriptNames()) {
      for (const m of script(name).matchAll(/\$\{(FRONTIER_\w+):?-([^}]*)\}/g)) {
        const [, variable, fallback] = m as unknown as [string, string, string];
        if (settings.has(variable)) expect(fallback, `${variable}'s default differs between the scripts`).toBe(settings.get(variable));
        settings.set(variable, fallback);
      }
    }
    expect([...settings.keys()].sort()).toEqual(['FRONTIER_LOGS', 'FRONTIER_OUT', 'FRONTIER_POLICY', 'FRONTIER_RUNS', 'FRONTIER_SCENARIO', 'FRONTIER_SEED', 'FRONTIER_SHARDS']);
    for (const [variable, fallback] of settings) {
      const row = guide.split('\n').find((l) => l.startsWith(`| \`${variable}\``));
      expect(row, `docs/scaling.md's table has no row for ${variable}`).toBeDefined();
      expect(row).toContain(`\`${fallback}\``);
    }
  });

  it('the package ships the scripts', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('scaling');
  });

  it(
    'run as Slurm runs a task, the scripts make their log and output directories, take the shard count from FRONTIER_SHARDS (also when one index is rerun) and merge to one process\'s bytes',
    () => {
      const dir = project();
      const experiment = { FRONTIER_SHARDS: '2', FRONTIER_RUNS: '24', FRONTIER_OUT: 'out/runs', FRONTIER_LOGS: 'out/logs' };
      // Shard 0 as a task of the whole array; shard 1 as a rerun of that one index, where
      // SLURM_ARRAY_TASK_COUNT is 1.
      const first = task(dir, 'mc-shards.sbatch', arrayTask(100, 0, [0, 1]), experiment);
      expect(first.status, first.stdout + first.stderr).toBe(0);
      const rerun = task(dir, 'mc-shards.sbatch', arrayTask(200, 1, [1]), experiment);
      expect(rerun.status, rerun.stdout + rerun.stderr).toBe(0);
      const merge = task(dir, 'merge.sbatch', { SLURM_JOB_ID: '300' }, experiment);
      expect(merge.status, merge.stdout + merge.stderr).toBe(0);

      expect(readdirSync(join(dir, 'out', 'logs')).sort()).toEqual(['mc-100_0.out', 'mc-200_1.out', 'merge-300.out']);
      expect(readFileSync(join(dir, 'out', 'logs', 'merge-300.out'), 'utf8')).toMatch(/policy russian-border-guards-return, 24 runs, seed 20211/);
      oneProcess(dir, 24, join(dir, 'ref.ndjson'), join(dir, 'ref.json'));
      expect(readFileSync(join(dir, 'out', 'runs', 'summary.json'), 'utf8')).toBe(readFileSync(join(dir, 'ref.json'), 'utf8'));
      expect(readFileSync(join(dir, 'out', 'runs', 'all-runs.ndjson'), 'utf8')).toBe(readFileSync(join(dir, 'ref.ndjson'), 'utf8'));
    },
    60_000,
  );

  it('a task of an array that reaches past FRONTIER_SHARDS fails at once and says how to submit', () => {
    const dir = project();
    const r = task(dir, 'mc-shards.sbatch', arrayTask(100, 3, [0, 1, 2, 3, 4, 5, 6, 7]), { FRONTIER_SHARDS: '4', FRONTIER_RUNS: '8', FRONTIER_OUT: 'runs' });
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'logs', 'mc-100_3.out'), 'utf8')).toMatch(/FRONTIER_SHARDS is 4: submit with --array=0-3/);
    expect(readdirSync(join(dir, 'runs'))).toEqual([]);
  });
});
