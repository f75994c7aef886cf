/**
 * `frontier-sim compare FILE --policy P.json ...`: policies against a baseline (the status quo
 * unless --baseline names one) on common random numbers: per metric the paired mean difference
 * with its 95 % CI and the variance reduction over independent seeds.
 *
 * @module
 */
import { resolve } from 'node:path';
import { comparePolicies, type Comparison } from '../../experiment/compare';
import { renderReport } from '../../report';
import { writeFileAtomic } from '../atomic-write';
import { STATUS_QUO, type Policy } from '../../experiment/policy';
import { loadScenario } from '../../scenario';
import { choiceFlag, integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { formatNumber, renderTable } from '../table';
import type { PairedComparison } from '../../experiment/paired';
import { costEffectiveness } from '../../report/cost-effectiveness';
import { formatDifference, formatInterval, formatMetric, formatPercentChange, formatQuantity } from '../../report/units';
import { metricsNote, parseMetricsFlag, tableMetrics } from '../metrics-flag';
import { UsageError } from '../usage-error';
import { runInteractive } from '../interrupt';
import { UNCERTAINTY_FLAGS, UNCERTAINTY_HELP, comparisonUncertaintyTable, uncertaintyFlags } from './uncertainty-output';
import { COMMON_FLAGS, csvField, csvNumber, emit, readPolicyFile, runsFlag, scenarioLoadOptions, turnsFlag, workersFlag } from './mc';

export const compareHelp = `Usage: frontier-sim compare FILE --policy P.json [--policy Q.json ...] [options]

Plays the status quo and each policy on the same run seeds (common random numbers) and
reports, per metric, the paired mean difference (policy - baseline) with its 95 % confidence
interval, the change in % of the baseline's mean, and the policy's cost-effectiveness (USD per
extra kg seized and per got-away averted, with a conservative 95 % CI).

Values carry their units: USD 97.4 M, 2.7 % (a difference of shares in percentage points, pp),
113.7 t. 'n.s.' marks a difference whose 95 % CI includes 0.

var. reduction: how much of the run-to-run noise of a difference the common random numbers
remove, 1 - Var(policy - baseline) / (Var(baseline) + Var(policy)); 90 % means one paired run
is worth ten pairs of independent runs. Shown only where both policies vary from run to run
(with one of them constant it is 0 or undefined by construction, whatever the pairing did).

Options:
  --policy FILE     a policy overlay (JSON: the changes, or { "name", "overlay" }); repeatable
  --baseline NAME   the policy to compare against (default: status-quo, the scenario as is)
  --runs N          runs per policy (default 500)
  --seed N          root seed (default 1)
  --workers N       runs played at once: this process and N-1 worker threads (default: the number of CPUs)
  --turns N         turns per run (default: the scenario's calendar)
  --metrics M,..    metrics to show: names (a,b,c), or 'all' (every metric but those zero by
                    construction for their actor kind); default: the headline metrics (15)
  --format F        table (default), json or csv (on stdout)
  --out FILE        write the output to FILE (atomically) instead of stdout
  --report FILE     also write the HTML report of the comparison (charts, heat maps from a
                    replay of the first runs; the same as 'report' on --format json output)
${UNCERTAINTY_HELP}  --allow-extends-outside  let "extends" name a file outside the scenario's directory
  -h, --help        this text
`;

/**
 * Variance reduction says something only when both policies vary from run to run: with one arm
 * constant (a cost fixed by the policy, a sovereignty cost of 0) it is 0 % or undefined by
 * construction, whatever the pairing did.
 */
export function varianceReductionMeaningful(p: PairedComparison): boolean {
  return p.n >= 2 && p.varianceBaseline > 0 && p.variancePolicy > 0 && Number.isFinite(p.varianceReduction);
}

/** One line on cost-effectiveness for the table: USD per extra kg seized and per got-away averted. */
export function costEffectivenessLine(metrics: Readonly<Record<string, PairedComparison>>): string | undefined {
  const figures = costEffectiveness(metrics);
  if (figures.every((f) => f.status === 'no-data')) return undefined;
  const what = { kgSeized: 'per extra kg seized', gotAwayAverted: 'per got-away averted' } as const;
  const parts = figures.map((f) => {
    if (f.status === 'no-data') return `${what[f.effect]}: no data`;
    if (f.status === 'no-gain') return `${what[f.effect]}: no resolved gain (its 95 % CI includes 0)`;
    const usd = (x: number) => formatQuantity(x, 'USD');
    if (f.status === 'saves') return `${what[f.effect]}: it costs less and gains (saves ${usd(-f.ratio)} ${what[f.effect]})`;
    return `${usd(f.ratio)} ${what[f.effect]} (95 % CI ${usd(f.low)} to ${usd(f.high)})`;
  });
  return `cost-effectiveness: ${parts.join('\n                    ')}`;
}

/**
 * The comparison as tables for people: per policy, the headline metrics (or `metrics`) with
 * their units, the paired difference with its 95 % CI, the change in % of the baseline and,
 * where it means something, the variance reduction; then its cost-effectiveness.
 */
export function comparisonTable(c: Comparison, metrics?: readonly string[] | 'all'): string {
  const parts = [
    `${c.manifest.scenario.name}`,
    `${formatNumber(c.manifest.runs)} paired runs per policy (the same seeds for every policy), seed ${c.manifest.seed}, ${c.manifest.turns} turns; scenario ${c.manifest.scenario.hash}, frontier-sim ${c.manifest.engine.version}`,
  ];
  const known = Object.keys(c.comparisons[0]?.metrics ?? {});
  const zero = (m: string) => c.policies.every((p) => p.metrics[m]?.min === 0 && p.metrics[m]?.max === 0);
  const names = tableMetrics(metrics, known, zero);
  for (const cmp of c.comparisons) {
    const rows = names
      .filter((m) => cmp.metrics[m] !== undefined)
      .map((m) => {
        const p = cmp.metrics[m] as PairedComparison;
        const resolved = p.ci95[0] > 0 || p.ci95[1] < 0 || (p.ci95[0] === 0 && p.ci95[1] === 0);
        return [
          m,
          formatMetric(m, p.meanBaseline),
          formatMetric(m, p.meanPolicy),
          `${formatDifference(m, p.meanDifference)}${resolved ? '' : ' (n.s.)'}`,
          formatInterval(m, p.ci95[0], p.ci95[1], { signed: true, difference: true }),
          formatPercentChange(p.meanDifference, p.meanBaseline),
          varianceReductionMeaningful(p) ? formatQuantity(p.varianceReduction, 'share') : '–',
        ];
      });
    parts.push(
      '',
      `${cmp.policy} vs ${c.baseline} (difference = policy - baseline, run by run)`,
      renderTable(['metric', 'baseline', 'policy', 'difference', '95 % CI', '% change', 'var. reduction'], rows).trimEnd(),
    );
    const ce = costEffectivenessLine(cmp.metrics);
    if (ce !== undefined) parts.push(ce);
  }
  parts.push('', `${metricsNote(names.length, known.length, metrics)}. n.s.: the 95 % CI includes 0. Run totals; units as docs/outputs.md.`);
  return parts.join('\n') + '\n';
}

/** The comparison as CSV: one row per (policy, metric). */
export function comparisonCsv(c: Comparison): string {
  const lines = ['policy,baseline,metric,n,mean_baseline,mean_policy,mean_difference,ci95_low,ci95_high,sd_difference,correlation,variance_reduction'];
  for (const cmp of c.comparisons) {
    for (const [m, p] of Object.entries(cmp.metrics)) {
      lines.push(
        [
          csvField(cmp.policy),
          csvField(c.baseline),
          csvField(m),
          p.n,
          ...[p.meanBaseline, p.meanPolicy, p.meanDifference, p.ci95[0], p.ci95[1], p.sdDifference, p.correlation, p.varianceReduction].map(csvNumber),
        ].join(','),
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** Runs `compare`; returns the exit code. */
export async function compareCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_FLAGS,
    policy: { type: 'string', multiple: true },
    baseline: { type: 'string' },
    metrics: { type: 'string' },
    out: { type: 'string' },
    report: { type: 'string' },
    ...UNCERTAINTY_FLAGS,
  });
  if (values.help) {
    io.out(compareHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('compare needs exactly one scenario file');
  const files = (values.policy as string[] | undefined) ?? [];
  if (files.length === 0) throw new UsageError('compare needs at least one --policy FILE');
  const unc = uncertaintyFlags(values, values.runs as string | undefined, 500);
  const runs = unc.runs ?? runsFlag(values.runs as string | undefined, 500);
  if (runs < 2) throw new UsageError('--runs must be at least 2 for a confidence interval');
  const seed = integerFlag('seed', values.seed as string | undefined, 1);
  const workers = workersFlag(values.workers as string | undefined);
  const format = choiceFlag('format', values.format as string | undefined, ['table', 'json', 'csv'] as const, 'table');
  const policies: Policy[] = [STATUS_QUO, ...files.map(readPolicyFile)];
  const metricsText = values.metrics as string | undefined;
  const scenario = loadScenario(positionals[0] as string, scenarioLoadOptions(values));
  const turns = turnsFlag(values.turns as string | undefined, scenario.calendar.turns);
  const result = await runInteractive(io, (signal, onProgress) =>
    comparePolicies(scenario, {
      policies,
      runs,
      seed,
      workers,
      turns,
      signal,
      onProgress,
      ...(values.baseline !== undefined ? { baseline: values.baseline as string } : {}),
      ...unc.options,
    }),
  );
  const known = Object.keys(result.comparisons[0]?.metrics ?? {});
  const metrics = parseMetricsFlag(metricsText, known);
  const zero = (m: string) => result.policies.every((p) => p.metrics[m]?.min === 0 && p.metrics[m]?.max === 0);
  const text =
    format === 'json'
      ? JSON.stringify(result, null, 2) + '\n'
      : format === 'csv'
        ? comparisonCsv(result)
        : comparisonTable(result, metrics) + comparisonUncertaintyTable(result, tableMetrics(metrics, known, zero));
  emit(io, text, values.out as string | undefined);
  const reportFile = values.report as string | undefined;
  if (reportFile !== undefined) {
    writeFileAtomic(
      reportFile,
      await renderReport(result, { scenario, policies, ...(Array.isArray(metrics) ? { metrics: metrics.filter((m) => !m.includes('.')) } : {}) }),
    );
    io.err(`report written to ${resolve(reportFile)}\n`);
  }
  return 0;
}
