/**
 * `frontier-sim mc FILE`: a Monte Carlo of one scenario under one policy, with a summary per
 * metric; optionally streaming every run to a resumable NDJSON file, sharded, or run until
 * precision targets are met. Also the helpers the other experiment commands share.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { ExperimentError } from '../../experiment/errors';
import { runMonteCarlo, type MonteCarloResult } from '../../experiment/monte-carlo';
import type { Policy } from '../../experiment/policy';
import { PrecisionTargetError } from '../../experiment/precision';
import type { Summary } from '../../experiment/statistics';
import { loadScenario } from '../../scenario';
import { LIMITS } from '../../scenario/schema';
import { writeFileAtomic } from '../atomic-write';
import { choiceFlag, integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { createProgressBar, type ExperimentProgress } from '../progress';
import { formatNumber, renderTable } from '../table';
import { UsageError } from '../usage-error';
import { UNCERTAINTY_FLAGS, UNCERTAINTY_HELP, monteCarloUncertaintyTable, uncertaintyFlags } from './uncertainty-output';

export const mcHelp = `Usage: frontier-sim mc FILE [options]

Runs the scenario many times (run i on a seed derived from --seed and i) and summarises every
metric: mean, sd, 95 % confidence interval, p5, p50, p95, min, max. Any --workers count and
any sharding give the same numbers, byte for byte.

Options:
  --runs N          runs (default 1000; with --until: runs before the first check)
  --seed N          root seed (default 1)
  --workers N       worker threads (default: the number of CPUs)
  --turns N         turns per run (default: the scenario's calendar)
  --policy FILE     a policy overlay (JSON: the changes, or { "name", "overlay" })
  --out FILE        stream every run to FILE as NDJSON (a manifest line, then a line per run)
  --resume          continue the --out file of an interrupted run (starts it if absent)
  --shard I/N       play only runs I, I+N, I+2N, ... (0 <= I < N); combine with 'merge'
  --until M:H[,..]  add runs until the 95 % CI half-width of metric M is at most H
  --max-runs N      cap on runs with --until (default 100000)
  --per-turn M,..   keep per-turn p5/p50/p95 of these metrics (in --format json)
  --metrics M,..    metrics to report (default: all)
  --format F        table (default), json or csv (on stdout)
  --summary FILE    write the summary to FILE (atomically) instead of stdout
${UNCERTAINTY_HELP}  -h, --help        this text

Exit status: 0 done, 1 runtime failure or interrupted (resume with --resume), 2 bad usage.
`;

/** The flags every experiment command shares. */
export const COMMON_FLAGS = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  turns: { type: 'string' },
  format: { type: 'string' },
} as const;

/** --workers, default the number of CPUs. */
export function workersFlag(text: string | undefined): number {
  const n = integerFlag('workers', text, availableParallelism(), 256);
  if (n < 1) throw new UsageError('--workers must be at least 1');
  return n;
}

/** --runs (at least 1). */
export function runsFlag(text: string | undefined, fallback: number): number {
  const n = integerFlag('runs', text, fallback);
  if (n < 1) throw new UsageError('--runs must be at least 1');
  return n;
}

/** --shard I/N. */
export function shardFlag(text: string | undefined): { index: number; count: number } | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m) throw new UsageError(`--shard must be I/N with 0 <= I < N (e.g. 0/4), got '${text}'`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(count) || count < 1 || count > 1_000_000) throw new UsageError(`--shard: N must be from 1 to 1000000, got '${text}'`);
  if (index >= count) throw new UsageError(`--shard: I must be below N (shards are numbered from 0), got '${text}'`);
  return { index, count };
}

/** A comma-separated list flag. */
export function listFlag(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items;
}

/**
 * Reads a policy file: `{ "name": .., "overlay": {..} }`, or just the overlay (then the name is
 * the file's base name without `.json`).
 */
export function readPolicyFile(path: string): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new UsageError(`--policy ${path}: ${code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? (e as Error).message})`}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--policy ${path}: not valid JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`--policy ${path}: expected a JSON object`);
  const o = value as Record<string, unknown>;
  const fallbackName = basename(path).replace(/\.json$/i, '');
  if (Object.prototype.hasOwnProperty.call(o, 'overlay') && Object.keys(o).every((k) => ['name', 'overlay', 'description'].includes(k))) {
    if (o.name !== undefined && (typeof o.name !== 'string' || o.name === '')) throw new UsageError(`--policy ${path}: "name" must be a non-empty string`);
    if (typeof o.overlay !== 'object' || o.overlay === null || Array.isArray(o.overlay)) throw new UsageError(`--policy ${path}: "overlay" must be an object`);
    return { name: (o.name as string | undefined) ?? fallbackName, overlay: o.overlay };
  }
  return { name: fallbackName, overlay: o };
}

/** Maps an experiment's complaints about its options to usage errors (exit 2). */
export function asUsage(e: unknown): unknown {
  if (e instanceof ExperimentError || e instanceof PrecisionTargetError) return new UsageError(e.message);
  return e;
}

/** Whether an error is an abort (Ctrl-C). */
export function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

/**
 * Runs `work` with an AbortSignal that Ctrl-C (SIGINT) or SIGTERM fires; a second Ctrl-C ends
 * the process at once.
 */
export async function withInterrupt<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(sig === 'SIGINT' ? 130 : 143);
    const err = new Error(`interrupted by ${sig}`);
    err.name = 'AbortError';
    controller.abort(err);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * Runs an experiment the way every experiment command does: a progress bar on stderr (only when
 * it is a terminal), Ctrl-C or SIGTERM to stop. Returns the result, or undefined after printing
 * `interrupted` when the user stopped it; experiment errors become usage errors (exit 2).
 */
export async function runInteractive<T>(
  io: CommandIO,
  work: (signal: AbortSignal, onProgress: (p: ExperimentProgress) => void) => Promise<T>,
  interrupted = 'frontier-sim: interrupted',
): Promise<T | undefined> {
  const bar = createProgressBar(process.stderr);
  try {
    return await withInterrupt((signal) => work(signal, (p) => bar.update(p)));
  } catch (e) {
    bar.finish();
    if (isAbort(e)) {
      io.err(`${interrupted}\n`);
      return undefined;
    }
    throw asUsage(e);
  } finally {
    bar.finish();
  }
}

/** A number for CSV: full precision, empty for NaN. */
export function csvNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : '';
}

/** A CSV field, quoted when needed. */
export function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number for tables: as formatNumber, '-' for NaN. */
export function cell(n: number): string | number {
  return Number.isFinite(n) ? n : '-';
}

/** The summary table of a Monte Carlo. */
export function summaryTable(metrics: Readonly<Record<string, Summary>>): string {
  const header = ['metric', 'mean', 'sd', 'ci95 low', 'ci95 high', 'p5', 'p50', 'p95', 'min', 'max'];
  const rows = Object.entries(metrics).map(([name, s]) => [name, cell(s.mean), cell(s.sd), cell(s.ci95[0]), cell(s.ci95[1]), cell(s.p5), cell(s.p50), cell(s.p95), cell(s.min), cell(s.max)]);
  return renderTable(header, rows);
}

/** The summary CSV of a Monte Carlo. */
export function summaryCsv(metrics: Readonly<Record<string, Summary>>): string {
  const lines = ['metric,n,mean,sd,ci95_low,ci95_high,p5,p50,p95,min,max'];
  for (const [name, s] of Object.entries(metrics)) {
    lines.push([csvField(name), s.n, ...[s.mean, s.sd, s.ci95[0], s.ci95[1], s.p5, s.p50, s.p95, s.min, s.max].map(csvNumber)].join(','));
  }
  return lines.join('\n') + '\n';
}

/** The result restricted to some metrics (all when `metrics` is undefined). */
export function selectMetrics(result: MonteCarloResult, metrics: readonly string[] | undefined): MonteCarloResult {
  if (metrics === undefined) return result;
  const known = Object.keys(result.metrics);
  const bad = metrics.find((m) => !known.includes(m));
  if (bad !== undefined && known.length > 0) throw new UsageError(`--metrics: unknown metric '${bad}'; known: ${known.join(', ')}`);
  return { ...result, metrics: Object.fromEntries(metrics.filter((m) => result.metrics[m]).map((m) => [m, result.metrics[m] as Summary])) };
}

/** A Monte Carlo result in one of the output formats. */
export function formatMonteCarlo(result: MonteCarloResult, format: 'table' | 'json' | 'csv'): string {
  if (format === 'json') return JSON.stringify(result, null, 2) + '\n';
  if (format === 'csv') return summaryCsv(result.metrics);
  const m = result.manifest;
  const lines = [
    m.scenario.name,
    `policy ${m.policy.name}, ${result.runs} runs${m.shard ? ` (shard ${m.shard.index}/${m.shard.count} of ${m.runs})` : ''}, seed ${m.seed}, ${m.turns} turns; scenario ${m.scenario.hash}, frontier-sim ${m.engine.version}`,
  ];
  if (result.precision) {
    const p = result.precision;
    lines.push(
      `precision: ${p.met ? 'met' : `NOT met (stopped at --max-runs ${m.options.maxRuns})`}: ` +
        p.targets.map((t) => `${t.metric} ±${formatNumber(t.halfWidth)} (target ${formatNumber(t.target)})`).join(', '),
    );
  }
  return `${lines.join('\n')}\n\n${summaryTable(result.metrics)}`;
}

/** Writes command output to stdout or, atomically, to a file. */
export function emit(io: CommandIO, text: string, file: string | undefined): void {
  if (file === undefined) io.out(text);
  else writeFileAtomic(file, text);
}

/** Runs `mc`; returns the exit code. */
export async function mcCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_FLAGS,
    policy: { type: 'string' },
    out: { type: 'string' },
    resume: { type: 'boolean' },
    shard: { type: 'string' },
    until: { type: 'string', multiple: true },
    'max-runs': { type: 'string' },
    'per-turn': { type: 'string' },
    summary: { type: 'string' },
    metrics: { type: 'string' },
    ...UNCERTAINTY_FLAGS,
  });
  if (values.help) {
    io.out(mcHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('mc needs exactly one scenario file');
  const unc = uncertaintyFlags(values, values.runs as string | undefined, 1000);
  const runs = unc.runs ?? runsFlag(values.runs as string | undefined, 1000);
  const seed = integerFlag('seed', values.seed as string | undefined, 1);
  const workers = workersFlag(values.workers as string | undefined);
  const format = choiceFlag('format', values.format as string | undefined, ['table', 'json', 'csv'] as const, 'table');
  const shard = shardFlag(values.shard as string | undefined);
  const out = values.out as string | undefined;
  const resume = Boolean(values.resume);
  if (resume && out === undefined) throw new UsageError('--resume needs --out FILE (the runs file to continue)');
  const until = values.until as string[] | undefined;
  if (until !== undefined && shard !== undefined) throw new UsageError('--until needs every run in one process; it cannot be combined with --shard');
  const maxRunsText = values['max-runs'] as string | undefined;
  if (maxRunsText !== undefined && until === undefined) throw new UsageError('--max-runs goes with --until');
  const maxRuns = maxRunsText === undefined ? undefined : runsFlag(maxRunsText, 1);
  const perTurn = listFlag(values['per-turn'] as string | undefined);
  const policy = values.policy === undefined ? undefined : readPolicyFile(values.policy as string);
  const scenario = loadScenario(positionals[0] as string);
  const turns = integerFlag('turns', values.turns as string | undefined, scenario.calendar.turns, LIMITS.turns);

  const result = await runInteractive(
    io,
    (signal, onProgress) =>
      runMonteCarlo(scenario, {
        runs,
        seed,
        workers,
        turns,
        signal,
        onProgress,
        ...(policy ? { policy } : {}),
        ...(out !== undefined ? { out, resume } : {}),
        ...(shard ? { shard } : {}),
        ...(until ? { until } : {}),
        ...(maxRuns !== undefined ? { maxRuns } : {}),
        ...(perTurn ? { perTurn } : {}),
        ...unc.options,
      }),
    `frontier-sim: interrupted${out !== undefined ? `; every finished run is in ${out}: continue with the same command and --resume` : ''}`,
  );
  if (result === undefined) return 1;
  const metrics = listFlag(values.metrics as string | undefined);
  const text = formatMonteCarlo(selectMetrics(result, metrics), format);
  emit(io, format === 'table' ? text + monteCarloUncertaintyTable(result, metrics) : text, values.summary as string | undefined);
  return 0;
}
