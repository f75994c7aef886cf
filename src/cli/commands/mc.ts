/**
 * `frontier-sim mc FILE`: a Monte Carlo of one scenario under one policy, with a summary per
 * metric; optionally streaming every run to a resumable NDJSON file, sharded, or run until
 * precision targets are met. Also the helpers the other experiment commands share.
 *
 * @module
 */
import type { MetricTable } from '../../engine/results';
import { availableParallelism } from 'node:os';
import { ExperimentError } from '../../experiment/errors';
import { runMonteCarlo, type MonteCarloResult } from '../../experiment/monte-carlo';
import type { Policy } from '../../experiment/policy';
import { PrecisionTargetError } from '../../experiment/precision';
import type { Summary } from '../../experiment/statistics';
import { loadPolicyFile, loadScenario, ScenarioError } from '../../scenario';
import { LIMITS } from '../../scenario/schema';
import { writeFileAtomic } from '../atomic-write';
import { choiceFlag, integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { createProgressBar, type ExperimentProgress } from '../progress';
import { formatNumber, renderTable } from '../table';
import { metricInfo } from '../../report/metrics';
import { formatInterval, formatMetric, formatQuantity } from '../../report/units';
import { metricsNote, parseMetricsFlag, tableMetrics } from '../metrics-flag';
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
  --metrics M,..    metrics to show: names (a,b,c), or 'all'; the table shows the headline
                    metrics by default (at most 15), json and csv every metric
  --format F        table (default), json or csv (on stdout)
  --summary FILE    write the summary to FILE (atomically) instead of stdout
${UNCERTAINTY_HELP}  --allow-extends-outside  let "extends" name a file outside the scenario's directory
  -h, --help        this text

Exit status: 0 done, 1 runtime failure or interrupted (resume with --resume), 2 bad usage.
`;

/** The flags every experiment command shares. */
export const COMMON_FLAGS = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  turns: { type: 'string' },
  format: { type: 'string' },
  'allow-extends-outside': { type: 'boolean' },
} as const;

/** How the command loads scenarios: `--allow-extends-outside`. */
export function scenarioLoadOptions(values: Record<string, unknown>): { allowExtendsOutside: boolean } {
  return { allowExtendsOutside: values['allow-extends-outside'] === true };
}

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
 * the file's base name without `.json`), with the scenario loader's rules: a problem is a
 * ScenarioError naming the file, line and column (exit 2).
 */
export function readPolicyFile(path: string): Policy {
  let p;
  try {
    p = loadPolicyFile(path);
  } catch (e) {
    // A file that cannot be read at all (missing, a FIFO, too large) is a bad --policy value.
    const only = e instanceof ScenarioError && e.issues.length === 1 ? e.issues[0] : undefined;
    if (only !== undefined && only.pointer === '' && only.line === undefined) throw new UsageError(`--policy ${path}: ${only.message}`);
    throw e;
  }
  return { name: p.name, overlay: p.overlay };
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

/** The summary table of a Monte Carlo: per metric, values with their units (USD 97.4 M, 2.7 %, 113.7 t). */
export function summaryTable(metrics: Readonly<Record<string, Summary>>, names: readonly string[] = Object.keys(metrics)): string {
  const header = ['metric', 'mean', '95 % CI of the mean', 'sd', 'p5', 'median', 'p95'];
  const rows = names
    .filter((name) => metrics[name] !== undefined)
    .map((name) => {
      const s = metrics[name] as Summary;
      const v = (x: number) => formatMetric(name, x);
      return [name, v(s.mean), formatInterval(name, s.ci95[0], s.ci95[1]), formatQuantity(s.sd, metricInfo(name).quantity, { difference: true }), v(s.p5), v(s.p50), v(s.p95)];
    });
  return renderTable(header, rows);
}

/** The summary CSV of a Monte Carlo (every metric, full precision). */
export function summaryCsv(metrics: Readonly<Record<string, Summary>>): string {
  const lines = ['metric,n,mean,sd,ci95_low,ci95_high,p5,p50,p95,min,max'];
  for (const [name, s] of Object.entries(metrics)) {
    lines.push([csvField(name), s.n, ...[s.mean, s.sd, s.ci95[0], s.ci95[1], s.p5, s.p50, s.p95, s.min, s.max].map(csvNumber)].join(','));
  }
  return lines.join('\n') + '\n';
}

/** The result restricted to some metrics (all when `metrics` is undefined or 'all'). */
export function selectMetrics(result: MonteCarloResult, metrics: readonly string[] | 'all' | undefined): MonteCarloResult {
  if (metrics === undefined || metrics === 'all') return result;
  // For printing only: the table the CLI writes holds the metrics asked for, not every name.
  const picked = Object.fromEntries(metrics.filter((m) => result.metrics[m]).map((m) => [m, result.metrics[m] as Summary]));
  return { ...result, metrics: picked as MetricTable<Summary> };
}

/**
 * A Monte Carlo result in one of the output formats. json and csv hold every metric (or those
 * named); the table the headline metrics, or `metrics` ('all', or names).
 */
export function formatMonteCarlo(result: MonteCarloResult, format: 'table' | 'json' | 'csv', metrics?: readonly string[] | 'all'): string {
  if (format === 'json') return JSON.stringify(selectMetrics(result, metrics), null, 2) + '\n';
  if (format === 'csv') return summaryCsv(selectMetrics(result, metrics).metrics);
  const m = result.manifest;
  const known = Object.keys(result.metrics);
  const names = tableMetrics(metrics, known, (x) => result.metrics[x]?.min === 0 && result.metrics[x]?.max === 0);
  const lines = [
    m.scenario.name,
    `policy ${m.policy.name}, ${formatNumber(result.runs)} runs${m.shard ? ` (shard ${m.shard.index}/${m.shard.count} of ${formatNumber(m.runs)})` : ''}, seed ${m.seed}, ${m.turns} turns; scenario ${m.scenario.hash}, frontier-sim ${m.engine.version}`,
  ];
  if (result.precision) {
    const p = result.precision;
    lines.push(
      `precision: ${p.met ? 'met' : `NOT met (stopped at --max-runs ${m.options.maxRuns})`}: ` +
        p.targets.map((t) => `${t.metric} ±${formatNumber(t.halfWidth)} (target ${formatNumber(t.target)})`).join(', '),
    );
  }
  lines.push(`run totals: flows summed over the turns, shares and readiness averaged (docs/outputs.md); ${metricsNote(names.length, known.length, metrics)}`);
  return `${lines.join('\n')}\n\n${summaryTable(result.metrics, names)}`;
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
  const scenario = loadScenario(positionals[0] as string, scenarioLoadOptions(values));
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
  const metrics = parseMetricsFlag(values.metrics as string | undefined, Object.keys(result.metrics));
  const text = formatMonteCarlo(result, format, metrics);
  const shown = tableMetrics(metrics, Object.keys(result.metrics), (x) => result.metrics[x]?.min === 0 && result.metrics[x]?.max === 0);
  emit(io, format === 'table' ? text + monteCarloUncertaintyTable(result, shown) : text, values.summary as string | undefined);
  return 0;
}
