/**
 * Signals (issue 25 defect 3, issue 15 item 4, issue 24 item 4): SIGINT and SIGTERM end any
 * command promptly (within a second on an idle machine; the bound asserted here is looser, for
 * a loaded one) with one line on stderr and the signal's status (130, 143), leaving no partial
 * output; `mc --out` ends on a complete line and --resume continues to the same bytes as an
 * uninterrupted run; a second Ctrl-C ends it at once; a heavy run in the calling thread
 * (--workers 1), a long read and a read that blocks are no exception.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneLine, heavyScenario, listing, scratch, smallScenario, spawnCli, writeJson, type Outcome } from './processes-helpers';

const work = scratch('proc-sig');
afterAll(() => work.cleanup());

const SCENARIO = writeJson(work.path('s.json'), smallScenario(52));
const POLICY = writeJson(work.path('p.json'), { name: 'more', overlay: { forces: [{ id: 'tj-panj', personnel: 900 }] } });
/** Runs of several seconds each in one thread. */
const HEAVY = writeJson(work.path('heavy.json'), heavyScenario(4000, 10, 52));
/**
 * One run far longer than the 4 s before its signal: ten times HEAVY's turns. A run of HEAVY
 * alone came down to 3.4 s as the engine got faster (December 2026), and then finished before
 * the signal came.
 */
const LONG_RUN = writeJson(work.path('long-run.json'), heavyScenario(4000, 10, 520));
const STATUS = { SIGINT: 130, SIGTERM: 143 } as const;
/** Looser than the one second the CLI aims at, for a loaded test machine. */
const PROMPT_MS = 2_500;
const RUNS = '20000';
/** Runs for a command stopped part-way: far more than finish before its signal (20,000 did, alone, in December 2026). */
const LONG_RUNS = '200000';

let caseNo = 0;
function caseDir(): string {
  const dir = work.path(`case-${++caseNo}`);
  mkdirSync(dir);
  return dir;
}

/**
 * Stopped by `sig`: its status (or, when its thread was stuck in a system call for a second, the
 * signal itself), one line saying so, promptly.
 */
function expectStopped(o: Outcome, sig: 'SIGINT' | 'SIGTERM', says = new RegExp(`^frontier-sim: interrupted by ${sig}`), within = PROMPT_MS): void {
  const context = `exit ${o.code} signal ${o.signal} ${Math.round(o.afterSignal ?? -1)} ms after the signal\nstderr: ${o.stderr}`;
  expect(o.code === STATUS[sig] || (o.code === null && o.signal === sig), context).toBe(true);
  expect(o.stderr, context).toMatch(says);
  expectOneLine(o.stderr, context);
  expect(o.afterSignal, context).toBeLessThan(within);
}

let reference = '';
beforeAll(async () => {
  const dir = caseDir();
  const o = await spawnCli(['mc', SCENARIO, '--runs', RUNS, '--workers', '2', '--out', `${dir}/r.ndjson`, '--format', 'json']);
  expect(o.code, o.stderr).toBe(0);
  reference = readFileSync(`${dir}/r.ndjson`, 'utf8');
}, 600_000);

describe.each([1, 2])('mc --out with %i worker(s)', (workers) => {
  it.each(['SIGINT', 'SIGTERM'] as const)("%s: the signal's status, one line, a whole last line, no lock; --resume gives the same bytes", async (sig) => {
    const dir = caseDir();
    const runs = `${dir}/r.ndjson`;
    const args = ['mc', SCENARIO, '--runs', RUNS, '--workers', String(workers), '--out', runs];
    const o = await spawnCli(args, { signals: [{ signal: sig, whenLines: { file: runs, lines: 3 } }] });
    expect(o.code, o.stderr).toBe(STATUS[sig]);
    expectStopped(
      o,
      sig,
      new RegExp(`^frontier-sim: interrupted by ${sig}; finished runs are kept in .*r\\.ndjson: run the same command with --resume to continue$`, 'm'),
    );
    expect(o.stdout).toBe('');
    const text = readFileSync(runs, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(reference.startsWith(text)).toBe(true);
    expect(text.length).toBeLessThan(reference.length);
    expect(listing(dir)).toEqual(['r.ndjson']);
    const resumed = await spawnCli([...args, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(readFileSync(runs, 'utf8')).toBe(reference);
  });
});

describe('the calling thread busy with heavy runs (--workers 1)', () => {
  it('SIGTERM ends mc promptly on a whole line, status 143', async () => {
    const dir = caseDir();
    const runs = `${dir}/r.ndjson`;
    // Once the runs file is there (its manifest line): the first heavy run is being played.
    const o = await spawnCli(['mc', HEAVY, '--runs', '50', '--workers', '1', '--out', runs], {
      signals: [{ signal: 'SIGTERM', whenLines: { file: runs, lines: 1 } }],
    });
    expectStopped(
      o,
      'SIGTERM',
      /^frontier-sim: interrupted by SIGTERM; finished runs are kept in .*r\.ndjson: run the same command with --resume to continue$/m,
    );
    // Whatever it wrote ends on a whole line (or nothing was finished, and nothing is left).
    for (const name of listing(dir)) expect(readFileSync(`${dir}/${name}`, 'utf8').endsWith('\n')).toBe(true);
    expect(listing(dir).filter((n) => n !== 'r.ndjson')).toEqual([]);
  });

  it('a second Ctrl-C right after the first ends it at once, in one line', async () => {
    // The first one asks the experiment to stop, which a heavy run in its thread cannot do at
    // once; the second one does not wait.
    const runs = `${caseDir()}/r.ndjson`;
    const o = await spawnCli(['mc', HEAVY, '--runs', '50', '--workers', '1', '--out', runs], {
      signals: [
        { signal: 'SIGINT', whenLines: { file: runs, lines: 1 } },
        { signal: 'SIGINT', whenLines: { file: runs, lines: 1 }, atMs: 100 },
      ],
    });
    expectStopped(o, 'SIGINT', /^frontier-sim: interrupted by SIGINT; finished runs are kept in/);
  });

  it('SIGINT ends a long single run (run) promptly', async () => {
    const o = await spawnCli(['run', LONG_RUN, '--format', 'json'], { signals: [{ signal: 'SIGINT', atMs: 4_000 }] });
    expectStopped(o, 'SIGINT');
    expect(o.stdout).toBe('');
  });
});

describe('reads', () => {
  it('SIGINT ends the validation of a large file promptly', async () => {
    // No terrain on the sectors, so that a file validated before the signal writes nothing to
    // stderr (a warning a sector: on an idle machine in December 2026 the first of six copies
    // was done before the signal); and twelve copies at about 0.5 s each, so that the signal
    // comes long before the last.
    const scenario = heavyScenario(20_000, 10, 52) as { sectors: { terrain?: string }[] };
    for (const sector of scenario.sectors) delete sector.terrain;
    const big = writeJson(work.path('big.json'), scenario);
    const o = await spawnCli(['validate', ...Array.from({ length: 12 }, () => big)], { signals: [{ signal: 'SIGINT', atMs: 1_500 }] });
    expectStopped(o, 'SIGINT');
  });

  it('SIGTERM ends a read that blocks (a FIFO with no writer) promptly, or the FIFO is refused at once', async () => {
    const fifo = work.path('fifo.json');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) {
      console.warn('skipped: mkfifo is not available');
      return;
    }
    try {
      const o = await spawnCli(['validate', fifo], { signals: [{ signal: 'SIGTERM', atMs: 2_500 }], deadlineMs: 20_000 });
      if (o.code === 2) {
        expectOneLine(o.stderr);
        return;
      }
      // The thread cannot be stopped inside open(2): the process ends a second later, by the signal.
      expectStopped(o, 'SIGTERM', /^frontier-sim: interrupted by SIGTERM$/m, PROMPT_MS + 1_000);
    } finally {
      rmSync(fifo, { force: true });
    }
  });
});

describe('compare and sweep', () => {
  it.each([
    ['compare', ['compare', SCENARIO, '--policy', POLICY, '--runs', LONG_RUNS, '--workers', '2']],
    ['sweep', ['sweep', SCENARIO, '--param', '/parameters/detection/sweepWidthKm=1,2,3', '--runs', LONG_RUNS, '--workers', '2']],
  ])('%s: SIGTERM leaves neither --out nor --report, nor a temporary file', async (_name, args) => {
    const dir = caseDir();
    const report = args[0] === 'compare' ? ['--report', `${dir}/r.html`] : [];
    const o = await spawnCli([...args, '--out', `${dir}/out.txt`, ...report], { signals: [{ signal: 'SIGTERM', atMs: 5_000 }] });
    expectStopped(o, 'SIGTERM');
    expect(o.stdout).toBe('');
    expect(listing(dir)).toEqual([]);
  });
});
