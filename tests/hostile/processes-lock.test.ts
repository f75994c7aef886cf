/**
 * One writer a runs file (issue 24, item 1): `mc --out` holds `FILE.lock` while it runs, so a
 * second writer fails at once (exit 1, one line naming the owner) and the first's file is
 * intact; a lock left by a process that died (kill -9) is stale and taken over, so --resume after
 * a crash still works; another host's lock is trusted while its owner keeps touching it.
 */
import { readFileSync, utimesSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_STALE_MS, RunsLockError, currentOwner, lockRunsFile, staleReason } from '../../src/cli/runs-lock';
import { expectFailure, listing, scratch, smallScenario, spawnCli, writeJson } from './processes-helpers';

const work = scratch('proc-lock');
afterAll(() => work.cleanup());

const SCENARIO = writeJson(work.path('s.json'), smallScenario(52));
const RUNS = '6000';
const mc = (out: string, ...more: string[]) => ['mc', SCENARIO, '--runs', RUNS, '--workers', '2', '--out', out, ...more];

let caseNo = 0;
function caseDir(): string {
  const dir = work.path(`case-${++caseNo}`);
  mkdirSync(dir);
  return dir;
}

let reference = '';
beforeAll(async () => {
  const out = `${caseDir()}/r.ndjson`;
  const o = await spawnCli(mc(out));
  expect(o.code, o.stderr).toBe(0);
  reference = readFileSync(out, 'utf8');
}, 300_000);

describe('two writers', () => {
  it('two concurrent mc --out on one file: the second fails at once, the first finishes intact', async () => {
    const dir = caseDir();
    const out = `${dir}/r.ndjson`;
    const first = spawnCli(mc(out));
    // Once the first has written runs, a second writer (a requeued copy of the same task).
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && readFileSync(out, 'utf8').split('\n').length > 3) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    const second = await spawnCli(mc(out, '--resume'));
    const owner = JSON.parse(readFileSync(`${out}.lock`, 'utf8')) as { pid: number; host: string };
    expectFailure(
      second,
      1,
      new RegExp(
        `^frontier-sim: .*r\\.ndjson is being written by process ${owner.pid} on ${hostname()} \\(since [0-9T:.Z-]+\\); wait for it to end or stop it \\(if it is gone, remove .*r\\.ndjson\\.lock\\)$`,
        'm',
      ),
    );
    expect(second.stdout).toBe('');
    const done = await first;
    expect(done.code, done.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(reference);
    expect(listing(dir)).toEqual(['r.ndjson']);
  });
});

describe('a crashed writer', () => {
  it('kill -9, then --resume: the stale lock is taken over, and the file is the same bytes as one run', async () => {
    const dir = caseDir();
    const out = `${dir}/r.ndjson`;
    const killed = await spawnCli(mc(out), { signals: [{ signal: 'SIGKILL', whenLines: { file: out, lines: 3 } }] });
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(`${out}.lock`)).toBe(true);
    const resumed = await spawnCli(mc(out, '--resume'));
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(reference);
    expect(listing(dir)).toEqual(['r.ndjson']);
  });
});

describe('lock files as found', () => {
  const fresh = (dir: string, owner: object) => {
    writeFileSync(`${dir}/r.ndjson.lock`, JSON.stringify(owner));
    return `${dir}/r.ndjson`;
  };

  it.each([
    [
      'another host, touched just now',
      { pid: 1, host: 'node-elsewhere', boot: 'x', start: '1', since: '2024-01-01T00:00:00Z' },
      /being written by process 1 on node-elsewhere/,
    ],
    ['this host, a live process', () => ({ ...currentOwner(), since: 'a moment ago' }), /being written by process \d+ on /],
    ['unreadable, touched just now', 'not json', /being written by another process/],
  ])('%s: refused at once (exit 1)', async (_name, owner, says) => {
    const dir = caseDir();
    const content = typeof owner === 'function' ? owner() : owner;
    const out = typeof content === 'string' ? (writeFileSync(`${dir}/r.ndjson.lock`, content), `${dir}/r.ndjson`) : fresh(dir, content);
    const o = await spawnCli(mc(out, '--runs', '10'));
    expectFailure(o, 1, says);
    expect(listing(dir)).toEqual(['r.ndjson.lock']);
  });

  it.each([
    ['another host, untouched for longer than the stale time', { pid: 1, host: 'node-elsewhere', boot: 'x', start: '1', since: 'long ago' }, true],
    ['this host, a process that is gone', { pid: 2 ** 22 + 17, host: hostname(), boot: '', start: '', since: 'long ago' }, false],
    ['this host, a pid now used by a later process', () => ({ ...currentOwner(), start: '1', since: 'long ago' }), false],
  ])('%s: taken over', async (_name, owner, age) => {
    const dir = caseDir();
    const out = fresh(dir, typeof owner === 'function' ? owner() : owner);
    if (age) {
      const old = new Date(Date.now() - LOCK_STALE_MS - 60_000);
      utimesSync(`${out}.lock`, old, old);
    }
    const o = await spawnCli(mc(out, '--runs', '10'));
    expect(o.code, o.stderr).toBe(0);
    expect(listing(dir)).toEqual(['r.ndjson']);
  });
});

describe('lockRunsFile in this process', () => {
  it('a second lock of the same file fails while the first is held, and works once it is released', () => {
    const dir = caseDir();
    const file = `${dir}/r.ndjson`;
    const lock = lockRunsFile(file);
    expect(() => lockRunsFile(file)).toThrow(RunsLockError);
    expect(staleReason(lock.path, currentOwner())).toBeUndefined();
    lock.release();
    expect(listing(dir)).toEqual([]);
    lockRunsFile(file).release();
    expect(listing(dir)).toEqual([]);
  });

  it('release leaves a lock that another process took over alone', () => {
    const dir = caseDir();
    const lock = lockRunsFile(`${dir}/r.ndjson`);
    writeFileSync(lock.path, JSON.stringify({ pid: 1, host: 'other', boot: '', start: '', since: 'now' }));
    lock.release();
    expect(listing(dir)).toEqual(['r.ndjson.lock']);
  });
});
