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

/** One workload's figures: per operation, in ms. */
export interface Timing {
  bestMs: number;
  medianMs: number;
  bestCpuMs: number;
}

/**
 * Best (smallest) time per operation, in ms, of `reps` timed rounds after a warm-up (see
 * {@link bestOfEach}). The best of several rounds is the figure least disturbed by other load on
 * the machine.
 */
export function bestOf(reps: number, opsPerRound: number, round: () => void, warmupMs = WARMUP_MS): Timing {
  return bestOfEach(reps, [[opsPerRound, round]], warmupMs)[0] as Timing;
}

/**
 * Rounds of warm-up before timing: as many as fit in this time, at least one. One round of 100
 * runs did not always let the JIT settle: within one process the first timed rounds of the
 * default scenario took up to 20 % longer than the rounds after them.
 */
export const WARMUP_MS = 500;

/**
 * {@link bestOf} for several workloads whose ratio is wanted (the engine and its floor): after
 * each one's warm-up, their timed rounds are taken in turn (A, B, A, B, …), so that a change in
 * the machine's load during the measurement meets them alike.
 */
export function bestOfEach(reps: number, workloads: readonly (readonly [opsPerRound: number, round: () => void])[], warmupMs = WARMUP_MS): Timing[] {
  for (const [, round] of workloads) {
    const t0 = now();
    do round();
    while (now() - t0 < warmupMs);
  }
  const times = workloads.map((): number[] => []);
  const bestCpu = workloads.map(() => Infinity);
  for (let r = 0; r < reps; r++) {
    workloads.forEach(([opsPerRound, round], j) => {
      const c0 = cpuMs();
      const t0 = now();
      round();
      (times[j] as number[]).push((now() - t0) / opsPerRound);
      bestCpu[j] = Math.min(bestCpu[j] as number, (cpuMs() - c0) / opsPerRound);
    });
  }
  return times.map((t, j) => {
    t.sort((x, y) => x - y);
    return { bestMs: t[0] as number, medianMs: t[Math.floor(t.length / 2)] as number, bestCpuMs: bestCpu[j] as number };
  });
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
