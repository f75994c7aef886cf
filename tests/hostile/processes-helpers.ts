/**
 * Helpers of the process-side hostile cases (tests/hostile/processes-*.test.ts): the real CLI as
 * a child process with a deadline, the contract every case asserts (exit status, one line on
 * stderr, no stack trace, bounded time), signals sent at a chosen moment, generated heavy
 * scenarios, temporary folders and, as root, small tmpfs mounts (a full disk, a read-only
 * folder). Everything a helper creates is removed by the caller's `cleanup`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CLI, ROOT } from '../helpers/paths';

/** What a child process did. */
export interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from start to exit. */
  ms: number;
  /** Milliseconds from the first signal sent (see {@link spawnCli}'s `signals`) to exit. */
  afterSignal?: number;
}

/** A signal to send `atMs` after the start, or once `when` (a regular expression) matches stderr/stdout or a file grows. */
export interface Timed {
  signal: NodeJS.Signals;
  atMs?: number;
  /** Send once this file has at least this many lines (a runs file with runs in it), `atMs` after that. */
  whenLines?: { file: string; lines: number };
}

/** Options of {@link spawnCli}. */
export interface SpawnOptions {
  cwd?: string;
  /** Kill with SIGKILL after this many ms (the case then fails on time). */
  deadlineMs?: number;
  signals?: Timed[];
  /** Replace node's stdout with a pipe whose reader has already gone (EPIPE on the first write). */
  closedStdout?: boolean;
  env?: NodeJS.ProcessEnv;
}

function lines(file: string): number {
  try {
    return readFileSync(file, 'utf8').split('\n').length - 1;
  } catch {
    return 0;
  }
}

/** Runs the built CLI with `args`; resolves when it exits (or is killed at the deadline). */
export function spawnCli(args: readonly string[], options: SpawnOptions = {}): Promise<Outcome> {
  const started = performance.now();
  let child: ChildProcess;
  if (options.closedStdout) {
    // A reader that exits before the CLI writes (`frontier-sim ... | true`); bash reports the
    // CLI's own status on a last line of stderr.
    child = spawn('bash', ['-c', '"$@" | true; echo "status ${PIPESTATUS[0]}" >&2', 'bash', process.execPath, CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } else {
    child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  }
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let firstSignal: number | undefined;
  const timers: NodeJS.Timeout[] = [];
  for (const t of options.signals ?? []) {
    const send = () => {
      firstSignal ??= performance.now();
      child.kill(t.signal);
    };
    if (t.whenLines !== undefined) {
      const { file, lines: n } = t.whenLines;
      const poll = setInterval(() => {
        if (lines(file) >= n) {
          clearInterval(poll);
          timers.push(setTimeout(send, t.atMs ?? 0));
        }
      }, 20);
      timers.push(poll);
    } else {
      timers.push(setTimeout(send, t.atMs ?? 0));
    }
  }
  const deadline = setTimeout(() => child.kill('SIGKILL'), options.deadlineMs ?? 60_000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(deadline);
      for (const t of timers) clearTimeout(t);
      const end = performance.now();
      const outcome = { code, signal, stdout, stderr, ms: end - started, ...(firstSignal !== undefined ? { afterSignal: end - firstSignal } : {}) };
      // FSIM_CASE_TIMES=file collects each case's times to exit (for reports; tests assert only loose bounds).
      const log = process.env.FSIM_CASE_TIMES;
      if (log)
        appendFileSync(
          log,
          JSON.stringify({
            args: args.map((a) => a.replace(/^.*\/fsim-[^/]+\//, '')),
            code,
            signal,
            ms: Math.round(outcome.ms),
            afterSignal: outcome.afterSignal === undefined ? null : Math.round(outcome.afterSignal),
          }) + '\n',
        );
      resolve(outcome);
    });
  });
}

/** The CLI's exit status behind a `| true` pipe (see `closedStdout`), and stderr without that line. */
export function pipedStatus(o: Outcome): { status: number; stderr: string } {
  const m = /status (\d+)\n$/.exec(o.stderr);
  if (!m) throw new Error(`no status line in ${o.stderr}`);
  return { status: Number(m[1]), stderr: o.stderr.slice(0, m.index) };
}

/** Signs of a stack trace or of Node's own crash report. */
const STACK = /^\s+at |node:internal|Unexpected message from Worker|FATAL ERROR|Emitted 'error' event|\n\s*\^\s*\n/m;

/** The contract of a failing case: its exit status, one line on stderr, no stack trace, bounded time. */
export function expectFailure(o: Outcome, status: number, says: RegExp, maxMs = 30_000): void {
  const context = `exit ${o.code} (signal ${o.signal}) after ${Math.round(o.ms)} ms\nstderr: ${o.stderr}\nstdout: ${o.stdout.slice(0, 500)}`;
  expect(o.code, context).toBe(status);
  expect(o.stderr, context).toMatch(says);
  expectOneLine(o.stderr, context);
  expect(o.ms, context).toBeLessThan(maxMs);
}

/** Exactly one line on stderr, and no stack trace. */
export function expectOneLine(stderr: string, context = stderr): void {
  expect(stderr.endsWith('\n'), context).toBe(true);
  expect(stderr.trimEnd().split('\n'), context).toHaveLength(1);
  expect(stderr, context).not.toMatch(STACK);
}

/** A scratch folder under the system's temporary folder; `cleanup` removes it. */
export function scratch(prefix: string): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `fsim-${prefix}-`));
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Names in `dir` (hidden ones too), sorted: what a case left behind. */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** The small scenario of tests/fixtures (3 sectors, 1 actor), with `turns` turns. */
export function smallScenario(turns = 4): object {
  const s = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'scenarios', 'minimal.json'), 'utf8')) as Record<string, unknown>;
  delete s.$schema;
  (s.calendar as Record<string, unknown>).turns = turns;
  // Its terrains declared, so that validate has no warning to print.
  s.terrains = [{ id: 'river-plain' }, { id: 'high-mountain' }];
  return s;
}

/**
 * A scenario whose runs are heavy: `sectors` sectors with a patrol each and `actors` actors
 * present in every sector (each (actor, sector) pair is resolved every turn), `turns` turns.
 * 4,000 sectors x 10 actors takes about a tenth of a second a turn on one core.
 */
export function heavyScenario(sectors: number, actors: number, turns: number): object {
  const kinds = ['smuggling', 'refugees', 'recruits', 'armed-group'];
  return {
    metadata: { name: `heavy ${sectors} x ${actors}`, sources: [{ id: 'assumption', citation: 'Generated by a test.' }] },
    calendar: { start: '2021-01-04', turnLengthDays: 7, turns },
    provinces: [{ id: 'p', name: 'P', country: 'Afghanistan' }],
    bases: [],
    sectors: Array.from({ length: sectors }, (_, i) => ({ id: `s${i}`, name: `S${i}`, lengthKm: 5, terrain: 'river-plain', provinceAcross: 'p' })),
    forces: Array.from({ length: sectors }, (_, i) => ({ id: `f${i}`, name: `F${i}`, side: 'tajikistan', personnel: 100, location: `s${i}`, role: 'patrol' })),
    actors: Array.from({ length: actors }, (_, i) => ({
      id: `a${i}`,
      name: `A${i}`,
      kind: kinds[i % 4],
      strength: 1000,
      intent: 0.5,
      attemptsPerWeek: 50,
      presence: { p: 1 },
    })),
    parameters: { detection: { sweepWidthKm: 2, patrolSpeedKmPerHour: 5, exposureHours: 10, personnelPerPatrol: 10, sectorDepthKm: 20, dutyFraction: 0.3 } },
  };
}

/** Writes `value` as JSON to `path`; returns the path. */
export function writeJson(path: string, value: unknown): string {
  writeFileSync(path, JSON.stringify(value));
  return path;
}

/** Whether this process may mount file systems (root). */
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Mounts a tmpfs of `sizeKb` KiB at a new folder (read-only with `readOnly`), as root.
 *
 * @returns the mount point and its `unmount` (which also removes the folder), or a reason it
 *   cannot be done here (not root, no mount permission in this container)
 */
export function mountTmpfs(parent: string, sizeKb: number, readOnly = false): { dir: string; unmount: () => void } | { skip: string } {
  if (!IS_ROOT) return { skip: 'mounting a tmpfs needs root' };
  const dir = join(parent, `tmpfs-${sizeKb}k${readOnly ? '-ro' : ''}`);
  mkdirSync(dir);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k${readOnly ? ',ro' : ''}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `cannot mount a tmpfs here: ${(r.stderr || r.error?.message || '').trim()}` };
  }
  return {
    dir,
    unmount: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
