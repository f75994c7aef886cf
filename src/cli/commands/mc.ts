/**
 * `frontier-sim mc FILE`: a Monte Carlo of one scenario under one policy, with a summary per
 * metric; optionally streaming every run to a resumable NDJSON file, sharded, or run until
 * precision targets are met. Also the helpers the other experiment commands share.
 *
 * @module
 */
import type { MetricTable } from '../../engine/results';
import { availableParallelism } from 'node:os';
import { EXPERIMENT_LIMITS } from '../../experiment/limits';
import { runMonteCarlo, type MonteCarloResult } from '../../experiment/monte-carlo';
import type { Policy } from '../../experiment/policy';
import type { Summary } from '../../experiment/statistics';
import { loadPolicyFile, loadScenario, ScenarioError } from '../../scenario';
import { resolveBundled } from '../../scenario/bundled';
import { LIMITS } from '../../scenario/schema';
import { writeFileAtomic } from '../atomic-write';
import { choiceFlag, integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { runInteractive } from '../interrupt';
import { lockRunsFile } from '../runs-lock';
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
  --workers N       runs played at once: this process and N-1 worker threads (default: the number of CPUs)
  --turns N         turns per run (default: the scenario's calendar)
  --policy FILE     a policy overlay (JSON: the changes, or { "name", "overlay" })
  --out FILE        stream every run to FILE as NDJSON (a manifest line, then a line per run);
                    FILE.lock keeps any other process from writing FILE meanwhile
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

Exit status: 0 done, 1 runtime failure or the --out file is being written by another process,
2 bad usage, 130 interrupted by Ctrl-C, 143 by SIGTERM (continue with --resume).
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

/** --workers, from 1 to 256, default the number of CPUs. */
export function workersFlag(text: string | undefined): number {
  return integerFlag('workers', text, availableParallelism(), EXPERIMENT_LIMITS.workers, 1);
}

/** --runs, from 1 to a billion (one process holds at most a million: more need --shard). */
export function runsFlag(text: string | undefined, fallback: number): number {
  return integerFlag('runs', text, fallback, EXPERIMENT_LIMITS.runs, 1);
}

/** --turns, from 1 to the scenario format's limit, default the scenario's calendar. */
export function turnsFlag(text: string | undefined, fallback: number): number {
  return integerFlag('turns', text, fallback, LIMITS.turns, 1);
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
 * ScenarioError naming the file, line and column (exit 2). Like a scenario, a policy that ships
 * with the package may be given by its name (its file's name without `.json`) when no file of
 * that name is in the working directory.
 */
export function readPolicyFile(path: string): Policy {
  let p;
  try {
    p = loadPolicyFile(resolveBundled(path, 'policy').path);
  } catch (e) {
    // A file that cannot be read at all (missing, a FIFO, too large) is a bad --policy value.
    const only = e instanceof ScenarioError && e.issues.length === 1 ? e.issues[0] : undefined;
    if (only !== undefined && only.pointer === '' && only.line === undefined) throw new UsageError(`--policy ${path}: ${only.message}`);
    throw e;
  }
  return { name: p.name, overlay: p.overlay };
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
      return [
        name,
        v(s.mean),
        formatInterval(name, s.ci95[0], s.ci95[1]),
        formatQuantity(s.sd, metricInfo(name).quantity, { difference: true }),
        v(s.p5),
        v(s.p50),
        v(s.p95),
      ];
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
  const { values, positionals } = parseCommandArgs(
    argv,
    {
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
    },
    { runsFiles: ['out'] },
  );
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
  const maxRuns = maxRunsText === undefined ? undefined : integerFlag('max-runs', maxRunsText, 1, EXPERIMENT_LIMITS.runs, 1);
  const perTurn = listFlag(values['per-turn'] as string | undefined);
  // One writer a runs file: taken before anything else, so that a second writer fails at once.
  const lock = out !== undefined ? lockRunsFile(out) : undefined;
  try {
    const policy = values.policy === undefined ? undefined : readPolicyFile(values.policy as string);
    const scenario = loadScenario(positionals[0] as string, scenarioLoadOptions(values));
    const turns = turnsFlag(values.turns as string | undefined, scenario.calendar.turns);
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
      out !== undefined ? `finished runs are kept in ${out}: run the same command with --resume to continue` : '',
    );
    const metrics = parseMetricsFlag(values.metrics as string | undefined, Object.keys(result.metrics));
    const text = formatMonteCarlo(result, format, metrics);
    const shown = tableMetrics(metrics, Object.keys(result.metrics), (x) => result.metrics[x]?.min === 0 && result.metrics[x]?.max === 0);
    emit(io, format === 'table' ? text + monteCarloUncertaintyTable(result, shown) : text, values.summary as string | undefined);
  } finally {
    lock?.release();
  }
  return 0;
}
