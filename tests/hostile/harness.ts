/**
 * The hostile corpus's runner: a case is a table row (what to prepare, what to run, what must
 * come out), run in a process of its own in a fresh temporary directory that is removed
 * afterwards. Every case asserts, besides its own expectations:
 * - the exit status it names (never a crash: 134 or a signal is a failure);
 * - no stack trace and nothing from node's internals on stdout or stderr;
 * - a position (`file:line:column`) when the case says one exists;
 * - the files it names as precious left exactly as they were (or still absent): no partial or
 *   clobbered output;
 * - bounded time and memory: the process is killed after `maxMs` (a hang detector, deliberately
 *   generous so that a loaded CI machine never trips it: it asserts nothing about speed), and
 *   its peak memory, reported by report-usage.mjs, stays under `maxRssMb`.
 *
 * Cases are data in tests/hostile/cases/*.ts (no test code runs when they are imported, so that
 * corpus-docs.test.ts can count them); each *.test.ts file hands a table to {@link hostileSuite}.
 * Other test files may reuse it for their own cases (processes, signals, outputs).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers/paths';

/** The preload that reports a process's peak memory on descriptor 3. */
const REPORTER = join(ROOT, 'tests', 'hostile', 'report-usage.mjs');

/** What a case's process produced. */
export interface CaseResult {
  /** Exit status, or null when killed by a signal. */
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** Wall time (ms): reported, never asserted beyond the hang detector. */
  ms: number;
  /** Peak resident memory (MB), when the process exited normally. */
  rssMb: number | undefined;
  /** Whether the hang detector killed it. */
  timedOut: boolean;
}

/** A hostile case: a table row. */
export interface HostileCase {
  /** What the case does, as the test's name. */
  name: string;
  /** Writes the inputs into `dir` (large ones are generated here, never committed). */
  setup?: (dir: string) => void;
  /** The CLI's arguments, or a script (an ES module) run with `node`; paths relative to `dir`. */
  cli?: (dir: string) => string[];
  /** An ES module run by node in `dir`; `FSIM` in its environment is the built package's entry. */
  script?: string;
  /** Environment added to the process's. */
  env?: Record<string, string>;
  /** The exit status due. */
  exit: number;
  /** Must match stderr (a message). */
  stderr?: RegExp;
  /** Must match stdout. */
  stdout?: RegExp;
  /** Must appear in neither stdout nor stderr (a secret, a file's content). */
  never?: RegExp;
  /** stderr names a position, `file:line:column`. */
  position?: boolean;
  /** stderr is one line (a usage error or a runtime failure). */
  oneLine?: boolean;
  /** Files (relative to `dir`) that must be exactly as before: unchanged, or still absent. */
  precious?: string[];
  /** Files that must exist afterwards, with what they must contain. */
  produces?: Record<string, RegExp>;
  /** Further checks on the result. */
  check?: (r: CaseResult, dir: string) => void;
  /** Hang detector (ms): generous on purpose, see the module comment. Default 120 s. */
  maxMs?: number;
  /** Peak memory allowed (MB). Default 1,024. */
  maxRssMb?: number;
}

/** What a stack trace or a crash of node looks like in output. */
const STACK = /\n\s+at .+[:(]\d+:\d+\)?|node:internal|FATAL ERROR|Emitted 'error' event|Unhandled|Error: \S+\n\s+at /;

/** A file's content hash (read in blocks: a case's file may be large), or what else it is. */
function snapshot(path: string): string {
  if (!existsSync(path)) return 'absent';
  const st = statSync(path);
  if (!st.isFile()) return `not a file (${st.mode})`;
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Runs one case's process in `dir`. */
export function runCase(c: HostileCase, dir: string): CaseResult {
  const maxMs = c.maxMs ?? 120_000;
  const args = c.cli !== undefined ? ['--import', REPORTER, CLI, ...c.cli(dir)] : ['--import', REPORTER, '--input-type=module', '-e', c.script ?? ''];
  const started = Date.now();
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, args, {
    cwd: dir,
    env: { ...process.env, FSIM: join(ROOT, 'dist', 'index.js'), FSIM_ROOT: ROOT, ...c.env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    timeout: maxMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Date.now() - started;
  const usage = (r.output?.[3] ?? '').trim();
  let rssMb: number | undefined;
  if (usage !== '') rssMb = Math.round((JSON.parse(usage.split('\n').pop() as string) as { maxRssKb: number }).maxRssKb / 1024);
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms, rssMb, timedOut };
}

/** Runs a case in a fresh temporary directory (removed afterwards) and asserts what it must. */
export function checkCase(c: HostileCase): CaseResult {
  const dir = mkdtempSync(join(tmpdir(), 'fsim-hostile-'));
  try {
    c.setup?.(dir);
    const before = new Map((c.precious ?? []).map((p) => [p, snapshot(join(dir, p))]));
    const r = runCase(c, dir);
    const shown = `exit ${r.status} (signal ${r.signal}), ${r.ms} ms, ${r.rssMb ?? '?'} MB\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr.slice(0, 2000)}`;
    expect(r.timedOut, `killed after ${c.maxMs ?? 120_000} ms: a hang\n${shown}`).toBe(false);
    expect(r.status, shown).toBe(c.exit);
    expect(STACK.test(r.stdout) || STACK.test(r.stderr), `a stack trace or crash in the output\n${shown}`).toBe(false);
    if (c.stderr) expect(r.stderr, shown).toMatch(c.stderr);
    if (c.stdout) expect(r.stdout, shown).toMatch(c.stdout);
    if (c.never) {
      expect(r.stdout, shown).not.toMatch(c.never);
      expect(r.stderr, shown).not.toMatch(c.never);
    }
    if (c.position) expect(r.stderr, shown).toMatch(/[^\s:]+:\d+:\d+ /);
    if (c.oneLine) expect(r.stderr.trim().split('\n'), shown).toHaveLength(1);
    for (const [p, was] of before) expect(snapshot(join(dir, p)), `${p} must be left as it was\n${shown}`).toBe(was);
    for (const [p, re] of Object.entries(c.produces ?? {})) {
      expect(existsSync(join(dir, p)), `${p} must exist\n${shown}`).toBe(true);
      expect(readFileSync(join(dir, p), 'utf8')).toMatch(re);
    }
    expect(r.rssMb, `no usage report: the process did not exit normally\n${shown}`).toBeDefined();
    expect(r.rssMb as number, `peak memory over ${c.maxRssMb ?? 1024} MB\n${shown}`).toBeLessThanOrEqual(c.maxRssMb ?? 1024);
    c.check?.(r, dir);
    // FSIM_HOSTILE_REPORT=file: one line a case with what it took (for docs/limits.md).
    const report = process.env.FSIM_HOSTILE_REPORT;
    if (report) appendFileSync(report, `${JSON.stringify({ name: c.name, exit: r.status, ms: r.ms, rssMb: r.rssMb })}\n`);
    return r;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A describe block with one test a case (each case in its own process and directory). */
export function hostileSuite(title: string, cases: readonly HostileCase[]): void {
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`hostile case named twice: ${c.name}`);
    names.add(c.name);
  }
  describe(title, () => {
    for (const c of cases) it(c.name, () => void checkCase(c), (c.maxMs ?? 120_000) + 30_000);
  });
}
