/**
 * Shared helpers of the benchmark suite (`npm run bench`, bench/suite.ts): timing, the machine
 * description, and the synthetic borders of the scaling benchmark.
 *
 * Everything here imports the BUILT package (`../dist/index.js`), so the suite measures what
 * users run. Build first (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_SCENARIO = fileURLToPath(new URL('../scenarios/tajik-afghan-2021.json', import.meta.url));

/** Milliseconds since an arbitrary origin (monotonic). */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * Best (smallest) time per operation, in ms, of `reps` timed rounds after one warm-up round.
 * The best of several rounds is the figure least disturbed by other load on the machine.
 */
export function bestOf(reps: number, opsPerRound: number, round: () => void): { bestMs: number; medianMs: number; bestCpuMs: number } {
  round(); // warm-up: let the JIT settle
  const times: number[] = [];
  let bestCpuMs = Infinity;
  for (let r = 0; r < reps; r++) {
    const c0 = cpuMs();
    const t0 = now();
    round();
    times.push((now() - t0) / opsPerRound);
    bestCpuMs = Math.min(bestCpuMs, (cpuMs() - c0) / opsPerRound);
  }
  times.sort((a, b) => a - b);
  return { bestMs: times[0] as number, medianMs: times[Math.floor(times.length / 2)] as number, bestCpuMs };
}

/**
 * CPU time of this process so far (ms, user + system, all threads). On a machine loaded by
 * other work, CPU time is the steadier figure: wall time also counts the time spent waiting
 * for a core.
 */
export const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export interface Machine {
  nproc: number;
  cpuModel: string;
  node: string;
  platform: string;
  totalMemoryMB: number;
  /** 1, 5 and 15 minute load averages when the suite started and when it ended. */
  loadStart: number[];
  loadEnd?: number[];
  commit: string;
}

export function machine(): Machine {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m?.[1]) cpuModel = m[1].trim();
  } catch {
    // not Linux: keep os.cpus()
  }
  let nproc = os.availableParallelism();
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    // no nproc binary
  }
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    nproc,
    cpuModel,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    totalMemoryMB: Math.round(os.totalmem() / 2 ** 20),
    loadStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    commit,
  };
}

/** Peak resident set size of this process so far (MB), threads included. */
export const maxRssMB = (): number => process.resourceUsage().maxRSS / 1024;

/** Formats a number with a thousands separator and `digits` decimals. */
export function fmt(x: number | null | undefined, digits = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'n/a';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
