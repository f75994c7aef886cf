/**
 * Outputs never destroy data (issue 25, defect 7 and Build 5), and a closed stdout is the reader
 * having seen enough (issue 15, item 4):
 * - outputs differ from each other and from every input (also under another name);
 * - only a regular file (or a new path) is replaced; a symbolic link is followed, never turned
 *   into a file; /dev/null, a character device and a FIFO are written as streams, never renamed
 *   over; a runs file must be a regular file;
 * - `... | head` (EPIPE) ends every command that prints quietly, with its own status.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IS_ROOT, expectFailure, listing, pipedStatus, scratch, smallScenario, spawnCli, writeJson } from './processes-helpers';

const work = scratch('proc-out');
afterAll(() => work.cleanup());

const SCENARIO = writeJson(work.path('s.json'), smallScenario(4));
const POLICY = writeJson(work.path('p.json'), { name: 'more', overlay: { forces: [{ id: 'tj-panj', personnel: 900 }] } });
const mc = (...args: string[]) => ['mc', SCENARIO, '--runs', '6', '--workers', '1', ...args];

let caseNo = 0;
function caseDir(): string {
  const dir = work.path(`case-${++caseNo}`);
  mkdirSync(dir);
  return dir;
}

const SHARDS: string[] = [];
const FULL = work.path('full.ndjson');
beforeAll(async () => {
  for (const i of [0, 1, 2]) {
    const path = work.path(`shard-${i}.ndjson`);
    const o = await spawnCli(mc('--shard', `${i}/3`, '--out', path));
    expect(o.code, o.stderr).toBe(0);
    SHARDS.push(path);
  }
  const o = await spawnCli(mc('--out', FULL));
  expect(o.code, o.stderr).toBe(0);
}, 120_000);

describe('outputs differ from each other and from every input', () => {
  it.concurrent.each([
    [
      'mc --out r --summary r',
      (d: string) => mc('--out', `${d}/r.ndjson`, '--summary', `${d}/r.ndjson`),
      /--summary .*r\.ndjson: --out .*r\.ndjson writes the same file/,
    ],
    ['mc --out r --summary ./r (another spelling)', (d: string) => mc('--out', `${d}/r.ndjson`, '--summary', `${d}/./sub/../r.ndjson`), /writes the same file/],
    [
      'compare --out x.html --report x.html',
      (d: string) => ['compare', SCENARIO, '--policy', POLICY, '--runs', '4', '--workers', '1', '--out', `${d}/x.html`, '--report', `${d}/x.html`],
      /--report .*x\.html: --out .*x\.html writes the same file/,
    ],
    [
      'mc --summary over the scenario',
      (d: string) => {
        void d;
        return mc('--summary', SCENARIO);
      },
      /--summary .*s\.json: it is the input .*s\.json; writing it would destroy it/,
    ],
    [
      'mc --summary over the policy',
      (d: string) => {
        void d;
        return mc('--policy', POLICY, '--summary', POLICY);
      },
      /it is the input --policy .*p\.json/,
    ],
  ])('%s: exit 2 before any work', async (_name, args, says) => {
    const dir = caseDir();
    mkdirSync(`${dir}/sub`);
    const before = readFileSync(SCENARIO, 'utf8');
    const o = await spawnCli(args(dir));
    expectFailure(o, 2, says);
    expect(listing(dir)).toEqual(['sub']);
    expect(readFileSync(SCENARIO, 'utf8')).toBe(before);
  });

  it('merge s0 s1 s2 --out s0 (also as a hard link to s0): exit 2, the shard untouched', async () => {
    const dir = caseDir();
    const before = readFileSync(SHARDS[0] as string, 'utf8');
    const o = await spawnCli(['merge', ...SHARDS, '--out', SHARDS[0] as string]);
    expectFailure(o, 2, /--out .*shard-0\.ndjson: it is the input .*shard-0\.ndjson; writing it would destroy it/);
    spawnSync('ln', [SHARDS[0] as string, `${dir}/alias.ndjson`]);
    const alias = await spawnCli(['merge', ...SHARDS, '--out', `${dir}/alias.ndjson`]);
    expectFailure(alias, 2, /it is the input .*shard-0\.ndjson/);
    expect(readFileSync(SHARDS[0] as string, 'utf8')).toBe(before);
  });
});

describe('only regular files are replaced', () => {
  it('a symbolic link is followed: its target replaced, the link still a link', async () => {
    const dir = caseDir();
    writeFileSync(`${dir}/target.txt`, 'old\n');
    symlinkSync(`${dir}/target.txt`, `${dir}/link.txt`);
    const o = await spawnCli(mc('--format', 'csv', '--summary', `${dir}/link.txt`));
    expect(o.code, o.stderr).toBe(0);
    expect(lstatSync(`${dir}/link.txt`).isSymbolicLink()).toBe(true);
    expect(readlinkSync(`${dir}/link.txt`)).toBe(`${dir}/target.txt`);
    expect(readFileSync(`${dir}/target.txt`, 'utf8')).toMatch(/^metric,n,mean/);
    expect(listing(dir)).toEqual(['link.txt', 'target.txt']);
  });

  it('a link to nothing is refused (exit 2), and nothing is created', async () => {
    const dir = caseDir();
    symlinkSync(`${dir}/nowhere.txt`, `${dir}/dangling.txt`);
    const o = await spawnCli(mc('--summary', `${dir}/dangling.txt`));
    expectFailure(o, 2, /--summary .*dangling\.txt: a symbolic link to a file that does not exist/);
    expect(listing(dir)).toEqual(['dangling.txt']);
  });

  it('/dev/null as --summary and --report is written to, and stays a character device', async () => {
    const o = await spawnCli(['compare', SCENARIO, '--policy', POLICY, '--runs', '4', '--workers', '1', '--out', '/dev/null']);
    expect(o.code, o.stderr).toBe(0);
    const m = await spawnCli(mc('--summary', '/dev/null'));
    expect(m.code, m.stderr).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a character device of our own (mknod, as root) is written as a stream, never renamed over', async () => {
    if (!IS_ROOT) return console.warn('skipped: mknod needs root');
    const dir = caseDir();
    const made = spawnSync('mknod', ['-m', '666', `${dir}/null`, 'c', '1', '3']);
    if (made.status !== 0) return console.warn(`skipped: mknod failed here: ${made.stderr}`);
    const o = await spawnCli(mc('--summary', `${dir}/null`));
    expect(o.code, o.stderr).toBe(0);
    expect(statSync(`${dir}/null`).isCharacterDevice()).toBe(true);
    expect(listing(dir)).toEqual(['null']);
  });

  it('a FIFO as --summary is written to as a stream, and stays a FIFO', async () => {
    const dir = caseDir();
    if (spawnSync('mkfifo', [`${dir}/fifo`]).status !== 0) return console.warn('skipped: mkfifo is not available');
    const reader = spawnSync(
      'bash',
      [
        '-c',
        `cat "$1" & reader=$!; "$2" "$3" mc "$4" --runs 6 --workers 1 --format csv --summary "$1"; wait $reader`,
        'bash',
        `${dir}/fifo`,
        process.execPath,
        `${process.cwd()}/dist/cli.js`,
        SCENARIO,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(reader.status, reader.stderr).toBe(0);
    expect(reader.stdout).toMatch(/^metric,n,mean/);
    expect(lstatSync(`${dir}/fifo`).isFIFO()).toBe(true);
  });

  it.each([
    ['mc --out /dev/null', ['--out', '/dev/null'], /--out \/dev\/null: is a character device; it must be a regular file or a new path/],
    ['mc --out /dev/null --resume', ['--out', '/dev/null', '--resume'], /--out \/dev\/null: is a character device; it must be a regular file or a new path/],
    ['mc --out a folder', ['--out', '/tmp'], /--out \/tmp: is a folder, not a file/],
  ])('%s: a runs file must be a regular file (exit 2)', async (_name, extra, says) => {
    const o = await spawnCli(mc(...extra));
    expectFailure(o, 2, says);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('merge --out /dev/null: a merged runs file must be a regular file (exit 2)', async () => {
    const o = await spawnCli(['merge', ...SHARDS, '--out', '/dev/null']);
    expectFailure(o, 2, /--out \/dev\/null: is a character device/);
  });
});

describe('a runs file that failed before its first run leaves nothing', () => {
  it('--per-turn nope --out r.ndjson: exit 2, no file; the corrected command then runs', async () => {
    const dir = caseDir();
    const bad = await spawnCli(mc('--per-turn', 'nope', '--out', `${dir}/r.ndjson`));
    expectFailure(bad, 2, /unknown metric "nope"/);
    expect(listing(dir)).toEqual([]);
    const good = await spawnCli(mc('--per-turn', 'gotAway', '--out', `${dir}/r.ndjson`));
    expect(good.code, good.stderr).toBe(0);
    expect(listing(dir)).toEqual(['r.ndjson']);
  });
});

describe('a closed stdout (| true, EPIPE) ends every printing command quietly, status 0', () => {
  it.concurrent.each([
    ['run --format json', () => ['run', SCENARIO, '--format', 'json']],
    ['run --log all', () => ['run', SCENARIO, '--log', 'all']],
    ['run (table)', () => ['run', SCENARIO]],
    ['validate', () => ['validate', SCENARIO, SCENARIO, SCENARIO]],
    ['mc', () => mc()],
    ['mc --format json', () => mc('--format', 'json', '--per-turn', 'gotAway')],
    ['compare', () => ['compare', SCENARIO, '--policy', POLICY, '--runs', '4', '--workers', '1']],
    ['sweep', () => ['sweep', SCENARIO, '--param', '/parameters/detection/sweepWidthKm=1,2', '--runs', '2', '--workers', '1']],
    ['merge', () => ['merge', ...SHARDS]],
    ['report --out /dev/stdout', () => ['report', FULL, '--out', '/dev/stdout']],
    ['--help', () => ['mc', '--help']],
  ])('%s', async (_name, args) => {
    const o = await spawnCli(args(), { closedStdout: true });
    const { status, stderr } = pipedStatus(o);
    expect(status, stderr).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    // report says where it wrote on stderr, one line; every other command says nothing.
    expect(stderr.split('\n').filter((l) => l !== '').length).toBeLessThanOrEqual(1);
  });
});

describe('no temporary file is left anywhere by these cases', () => {
  it('the scratch folder holds only what the cases made', () => {
    const stray = listing(work.dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'));
    expect(stray).toEqual([]);
    expect(existsSync(`${SCENARIO}.lock`)).toBe(false);
    rmSync(work.path('nothing'), { force: true });
  });
});
