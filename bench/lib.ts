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

/** The smallest, middle and largest of several rounds' figures. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** {@link Spread} of `xs` (the median of an even count: the mean of the middle two). */
export function spread(xs: readonly number[]): Spread {
  const v = xs.slice().sort((a, b) => a - b);
  const m = v.length >> 1;
  const median = v.length % 2 === 1 ? (v[m] as number) : ((v[m - 1] as number) + (v[m] as number)) / 2;
  return { min: v[0] as number, median, max: v[v.length - 1] as number };
}

/** One workload of {@link interleavedRounds}: a name and one operation (a run). */
export interface Workload {
  name: string;
  /** Plays one operation; `i` counts the operations of the round from 0 (a seed). */
  op: (i: number) => void;
}

/** Each workload's time per operation (ms), wall and CPU, in every timed round. */
export interface RoundTimes {
  opsPerRound: number;
  wallMs: number[];
  cpuMs: number[];
}

/**
 * Times several workloads in rounds taken in turn (A, B, C, A, B, C, ...), so that a change in the
 * machine's load meets them alike and a ratio can be taken within each round. Each workload
 * first warms up for `warmupMs` (at least one operation), which also sizes its rounds: as many
 * operations as fill about `roundMs` (at least one).
 */
export function interleavedRounds(rounds: number, workloads: readonly Workload[], warmupMs: number, roundMs: number): Record<string, RoundTimes> {
  const out: Record<string, RoundTimes> = {};
  for (const w of workloads) {
    const t0 = now();
    let n = 0;
    do w.op(n++);
    while (now() - t0 < warmupMs);
    const per = (now() - t0) / n;
    out[w.name] = { opsPerRound: Math.max(1, Math.round(roundMs / per)), wallMs: [], cpuMs: [] };
  }
  for (let r = 0; r < rounds; r++) {
    for (const w of workloads) {
      const t = out[w.name] as RoundTimes;
      const c0 = cpuMs();
      const t0 = now();
      for (let i = 0; i < t.opsPerRound; i++) w.op(i);
      t.wallMs.push((now() - t0) / t.opsPerRound);
      t.cpuMs.push((cpuMs() - c0) / t.opsPerRound);
    }
  }
  return out;
}
