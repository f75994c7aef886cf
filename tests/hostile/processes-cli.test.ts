/**
 * Hostile cases of the CLI's experiment options (issue 25, defects 1, 10, 11): every option is
 * checked before any work, whatever the worker count, and a bad one is one line and exit 2,
 * with no output file, lock or temporary file left behind; a failure while running (a full
 * disk) is one line and exit 1, leaving a runs file that --resume continues. Each case runs with
 * 1, 2 and 4 workers.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { expectFailure, listing, mountTmpfs, scratch, smallScenario, spawnCli, writeJson } from './processes-helpers';

const work = scratch('proc-cli');
afterAll(() => work.cleanup());

const SCENARIO = writeJson(work.path('s.json'), smallScenario(4));
const POLICY = writeJson(work.path('p.json'), { name: 'more', overlay: { forces: [{ id: 'tj-panj', personnel: 900 }] } });
const BROKEN = writeJson(work.path('broken.json'), { name: 'broken', overlay: { sectors: [{ id: 'panj', lengthKm: -1 }] } });
const WORKERS = [1, 2, 4] as const;

let caseNo = 0;
/** A fresh folder for a case's outputs: what is in it afterwards is what the case left. */
function caseDir(): string {
  const dir = work.path(`case-${++caseNo}`);
  mkdirSync(dir);
  return dir;
}

/** [name, args after the command, expected message]. */
type Case = [string, string[], RegExp];

/** Options the experiment checks (the metric names, what one process holds): with 1, 2 and 4 workers. */
const MC_CHECKED_BY_THE_EXPERIMENT: Case[] = [
  ['--per-turn nope', ['--per-turn', 'nope'], /^frontier-sim: perTurn: unknown metric "nope"/],
  ['--per-turn constructor', ['--per-turn', 'constructor'], /^frontier-sim: perTurn: unknown metric "constructor"/],
  ['--until foo:1', ['--until', 'foo:1'], /^frontier-sim: until: unknown metric "foo"/],
  ['--until gotAway:abc', ['--until', 'gotAway:abc'], /^frontier-sim: .*gotAway:abc/],
  [
    '--runs 2000000 in one process',
    ['--runs', '2000000'],
    /^frontier-sim: 2,000,000 runs in this process is more than one process holds \(1,000,000 runs\); split them into shards/,
  ],
  ['--max-runs 10000000', ['--until', 'gotAway:0.001', '--max-runs', '10000000'], /^frontier-sim: maxRuns \(10,000,000\) is more than one process holds/],
  [
    '--per-turn over the bound',
    ['--runs', '1000000', '--turns', '5200', '--per-turn', 'gotAway,attempts'],
    /^frontier-sim: perTurn would keep 10,400,000,000 values/,
  ],
];

/** Flags the CLI checks as it reads them (before the worker count means anything). */
const MC_FLAGS: Case[] = [
  ['--runs 9007199254740991', ['--runs', '9007199254740991'], /^frontier-sim: --runs must be at most 1000000000, got '9007199254740991'$/m],
  ['--runs 1e12', ['--runs', '1e12'], /^frontier-sim: --runs must be a whole number from 1 to 1000000000, got '1e12'$/m],
  ['--runs 1000000000000', ['--runs', '1000000000000'], /^frontier-sim: --runs must be at most 1000000000, got '1000000000000'$/m],
  ['--runs 4294967296', ['--runs', '4294967296'], /^frontier-sim: --runs must be at most 1000000000/],
  ['--runs 0', ['--runs', '0'], /^frontier-sim: --runs must be at least 1, got '0'$/m],
  ['--workers 0', ['--workers', '0'], /^frontier-sim: --workers must be at least 1, got '0'$/m],
  ['--workers 257', ['--workers', '257'], /^frontier-sim: --workers must be at most 256, got '257'$/m],
  ['--turns 0', ['--turns', '0'], /^frontier-sim: --turns must be at least 1, got '0'$/m],
  ['--turns 5201', ['--turns', '5201'], /^frontier-sim: --turns must be at most 5200, got '5201'$/m],
  ['--shard 0/2000000', ['--shard', '0/2000000'], /^frontier-sim: --shard: N must be from 1 to 1000000/],
];

async function expectMcRefused(workers: number, args: string[], says: RegExp): Promise<void> {
  const dir = caseDir();
  const o = await spawnCli(['mc', SCENARIO, '--workers', String(workers), '--out', `${dir}/r.ndjson`, '--summary', `${dir}/s.txt`, ...args], {
    deadlineMs: 30_000,
  });
  expectFailure(o, 2, says);
  expect(o.stdout).toBe('');
  // No runs file (a manifest-only file would block the corrected rerun), no lock, no temporary file.
  expect(listing(dir)).toEqual([]);
}

describe.each(WORKERS)('mc with %i worker(s): an option the experiment refuses is exit 2 before any work, and leaves nothing', (workers) => {
  it.concurrent.each(MC_CHECKED_BY_THE_EXPERIMENT)('%s', (_name, args, says) => expectMcRefused(workers, args, says));
});

describe('mc: a flag out of its range is exit 2 at once, and leaves nothing', () => {
  it.concurrent.each(MC_FLAGS)('%s', (_name, args, says) => expectMcRefused(2, args, says));
});

/** compare and sweep options the experiment checks: with 1, 2 and 4 workers. */
const OTHERS_CHECKED_BY_THE_EXPERIMENT: Case[] = [
  [
    'compare --runs 600000 (x 2 policies)',
    ['compare', SCENARIO, '--policy', POLICY, '--runs', '600000'],
    /^frontier-sim: 600,000 runs x 2 policies is more runs than one process holds/,
  ],
  [
    'compare with a broken last policy',
    ['compare', SCENARIO, '--policy', POLICY, '--policy', BROKEN, '--runs', '20'],
    /broken\.json:1:\d+ \/overlay\/sectors\/0\/lengthKm/,
  ],
  [
    'sweep --trajectories 60000 (x 2 points)',
    ['sweep', SCENARIO, '--design', 'morris', '--param', '/parameters/detection/sweepWidthKm=1:2', '--trajectories', '60000'],
    /^frontier-sim: trajectories must be an integer from 1 to 50,000/,
  ],
  [
    'sweep --levels 3 with morris',
    ['sweep', SCENARIO, '--design', 'morris', '--param', '/parameters/detection/sweepWidthKm=1:2', '--levels', '3'],
    /^frontier-sim: levels must be even for the morris design, got 3/,
  ],
  [
    'sweep grid over 100,000 points',
    ['sweep', SCENARIO, '--param', '/parameters/detection/sweepWidthKm=1:2', '--param', '/parameters/detection/exposureHours=1:2', '--levels', '400'],
    /^frontier-sim: the grid has 160,000 points/,
  ],
  [
    'sweep with a point that breaks the scenario',
    ['sweep', SCENARIO, '--param', '/parameters/detection/dutyFraction=0.2,2'],
    /sweep point 1 \/parameters\/detection\/dutyFraction/,
  ],
  [
    'sweep --metrics constructor',
    ['sweep', SCENARIO, '--param', '/parameters/detection/sweepWidthKm=1,2', '--metrics', 'constructor'],
    /^frontier-sim: unknown metric "constructor"/,
  ],
];

/** Flags the CLI checks as it reads them. */
const OTHER_FLAGS: Case[] = [
  ['compare --runs 1', ['compare', SCENARIO, '--policy', POLICY, '--runs', '1'], /^frontier-sim: --runs must be at least 2/],
  [
    'sweep --points 1e9',
    ['sweep', SCENARIO, '--design', 'lhs', '--param', '/parameters/detection/sweepWidthKm=1:2', '--points', '1000000000'],
    /^frontier-sim: --points must be at most 100000/,
  ],
  [
    'sweep --levels 1e9',
    ['sweep', SCENARIO, '--param', '/parameters/detection/sweepWidthKm=1:2', '--levels', '1000000000'],
    /^frontier-sim: --levels must be at most 1000/,
  ],
  [
    'sweep --trajectories 1e9',
    ['sweep', SCENARIO, '--design', 'morris', '--param', '/parameters/detection/sweepWidthKm=1:2', '--trajectories', '1000000000'],
    /^frontier-sim: --trajectories must be at most 100000/,
  ],
  ['run --turns 0', ['run', SCENARIO, '--turns', '0'], /^frontier-sim: --turns must be at least 1/],
  ['run --turns 1000000000', ['run', SCENARIO, '--turns', '1000000000'], /^frontier-sim: --turns must be at most 5200/],
];

async function expectRefused(workers: number, args: string[], says: RegExp): Promise<void> {
  const dir = caseDir();
  const out = args[0] === 'run' ? [] : ['--workers', String(workers), '--out', `${dir}/out.txt`];
  const o = await spawnCli([...args, ...out], { deadlineMs: 30_000 });
  expectFailure(o, 2, says);
  expect(o.stdout).toBe('');
  expect(listing(dir)).toEqual([]);
}

describe.each(WORKERS)('compare and sweep with %i worker(s): an option the experiment refuses is exit 2 before any work', (workers) => {
  it.concurrent.each(OTHERS_CHECKED_BY_THE_EXPERIMENT)('%s', (_name, args, says) => expectRefused(workers, args, says));
});

describe('compare, sweep and run: a flag out of its range is exit 2 at once', () => {
  it.concurrent.each(OTHER_FLAGS)('%s', (_name, args, says) => expectRefused(2, args, says));
});

describe('a full disk under --out (a 64 KiB tmpfs, as root)', () => {
  it.each(WORKERS)('%i worker(s): exit 1 in one line; the runs file ends on a whole line and --resume finishes it elsewhere', async (workers) => {
    const mount = mountTmpfs(work.dir, 64);
    if ('skip' in mount) {
      console.warn(`skipped: ${mount.skip}`);
      return;
    }
    try {
      const runs = `${mount.dir}/r.ndjson`;
      const o = await spawnCli(['mc', SCENARIO, '--runs', '400', '--workers', String(workers), '--out', runs], { deadlineMs: 60_000 });
      expectFailure(o, 1, /^frontier-sim: writing .*r\.ndjson: no space left on the device \(ENOSPC\)$/m);
      expect(o.stdout).toBe('');
      const text = readFileSync(runs, 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      const kept = text.split('\n').length - 2;
      expect(kept).toBeGreaterThan(0);
      // No lock, no temporary file: only the runs file.
      expect(listing(mount.dir)).toEqual(['r.ndjson']);
      // The same file moved to a disk with room continues to the very bytes of an uninterrupted run.
      const moved = work.path(`moved-${workers}.ndjson`);
      writeFileSync(moved, text);
      const resumed = await spawnCli(['mc', SCENARIO, '--runs', '400', '--workers', String(workers), '--out', moved, '--resume', '--format', 'json'], {
        deadlineMs: 60_000,
      });
      expect(resumed.code, resumed.stderr).toBe(0);
      const whole = work.path(`whole-${workers}.ndjson`);
      const fresh = await spawnCli(['mc', SCENARIO, '--runs', '400', '--workers', String(workers), '--out', whole, '--format', 'json'], { deadlineMs: 60_000 });
      expect(fresh.code, fresh.stderr).toBe(0);
      expect(readFileSync(moved, 'utf8')).toBe(readFileSync(whole, 'utf8'));
      expect(resumed.stdout).toBe(fresh.stdout);
    } finally {
      mount.unmount();
    }
  });

  it('a summary that does not fit: exit 1, the old summary kept, no temporary file', async () => {
    const mount = mountTmpfs(work.dir, 8);
    if ('skip' in mount) {
      console.warn(`skipped: ${mount.skip}`);
      return;
    }
    try {
      const summary = `${mount.dir}/summary.json`;
      writeFileSync(summary, 'the previous summary\n');
      writeFileSync(`${mount.dir}/filler`, Buffer.alloc(4096));
      const o = await spawnCli(['mc', SCENARIO, '--runs', '30', '--workers', '1', '--format', 'json', '--per-turn', 'gotAway,attempts', '--summary', summary], {
        deadlineMs: 60_000,
      });
      expectFailure(o, 1, /^frontier-sim: cannot write .*summary\.json: no space left on the device \(ENOSPC\); .* was not changed$/m);
      expect(readFileSync(summary, 'utf8')).toBe('the previous summary\n');
      expect(listing(mount.dir)).toEqual(['filler', 'summary.json']);
    } finally {
      mount.unmount();
    }
  });
});

describe('the runs file is created only when it can be', () => {
  it('a read-only folder is exit 2 before any work, not EROFS at the end', async () => {
    const mount = mountTmpfs(work.dir, 64, true);
    if ('skip' in mount) {
      console.warn(`skipped: ${mount.skip}`);
      return;
    }
    try {
      for (const flag of ['--out', '--summary']) {
        const o = await spawnCli(['mc', SCENARIO, '--runs', '50000', '--workers', '2', flag, `${mount.dir}/x`], { deadlineMs: 30_000 });
        expectFailure(o, 2, new RegExp(`^frontier-sim: ${flag} .*/x: cannot create a file in .*: it is on a read-only file system \\(EROFS\\)$`, 'm'), 10_000);
      }
      expect(existsSync(`${mount.dir}/x`)).toBe(false);
    } finally {
      mount.unmount();
    }
  });
});

describe('many workers', () => {
  it.each([4, 8])('mc and compare with %i workers print no warning (one abort listener an experiment, not one a block)', async (workers) => {
    const m = await spawnCli(['mc', SCENARIO, '--runs', '300', '--workers', String(workers), '--format', 'csv']);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stderr).toBe('');
    const c = await spawnCli(['compare', SCENARIO, '--policy', POLICY, '--runs', '200', '--workers', String(workers), '--format', 'csv']);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stderr).toBe('');
  });
});
