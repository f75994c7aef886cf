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
import { EXPERIMENT_LIMITS } from '../../experiment/limits';
import { runMonteCarlo, type MonteCarloResult } from '../../experiment/monte-carlo';
import type { Policy } from '../../experiment/policy';
import type { Summary } from '../../experiment/statistics';
import { loadScenario } from '../../scenario';
import { LIMITS } from '../../scenario/schema';
import { writeFileAtomic } from '../atomic-write';
import { choiceFlag, integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { runInteractive } from '../interrupt';
import { lockRunsFile } from '../runs-lock';
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
  --out FILE        stream every run to FILE as NDJSON (a manifest line, then a line per run);
                    FILE.lock keeps any other process from writing FILE meanwhile
  --resume          continue the --out file of an interrupted run (starts it if absent)
  --shard I/N       play only runs I, I+N, I+2N, ... (0 <= I < N); combine with 'merge'
  --until M:H[,..]  add runs until the 95 % CI half-width of metric M is at most H
  --max-runs N      cap on runs with --until (default 100000)
  --per-turn M,..   keep per-turn p5/p50/p95 of these metrics (in --format json)
  --metrics M,..    metrics to report (default: all)
  --format F        table (default), json or csv (on stdout)
  --summary FILE    write the summary to FILE (atomically) instead of stdout
${UNCERTAINTY_HELP}  -h, --help        this text

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
} as const;

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
    const scenario = loadScenario(positionals[0] as string);
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
    const metrics = listFlag(values.metrics as string | undefined);
    const text = formatMonteCarlo(selectMetrics(result, metrics), format);
    emit(io, format === 'table' ? text + monteCarloUncertaintyTable(result, metrics) : text, values.summary as string | undefined);
  } finally {
    lock?.release();
  }
  return 0;
}
