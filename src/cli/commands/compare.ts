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
import { LIMITS } from '../../scenario/schema';
import { choiceFlag, integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { renderTable } from '../table';
import { UsageError } from '../usage-error';
import { UNCERTAINTY_FLAGS, UNCERTAINTY_HELP, comparisonUncertaintyTable, uncertaintyFlags } from './uncertainty-output';
import { COMMON_FLAGS, cell, csvField, csvNumber, emit, listFlag, readPolicyFile, runInteractive, runsFlag, workersFlag } from './mc';

export const compareHelp = `Usage: frontier-sim compare FILE --policy P.json [--policy Q.json ...] [options]

Plays the status quo and each policy on the same run seeds (common random numbers) and
reports, per metric, the paired mean difference (policy - baseline) with its 95 % confidence
interval and the variance reduction that pairing gives over independent seeds.

Options:
  --policy FILE     a policy overlay (JSON: the changes, or { "name", "overlay" }); repeatable
  --baseline NAME   the policy to compare against (default: status-quo, the scenario as is)
  --runs N          runs per policy (default 500)
  --seed N          root seed (default 1)
  --workers N       worker threads (default: the number of CPUs)
  --turns N         turns per run (default: the scenario's calendar)
  --metrics M,..    metrics to show in the table (default: all)
  --format F        table (default), json or csv (on stdout)
  --out FILE        write the output to FILE (atomically) instead of stdout
  --report FILE     also write the HTML report of the comparison (charts, heat maps from a
                    replay of the first runs; the same as 'report' on --format json output)
${UNCERTAINTY_HELP}  -h, --help        this text
`;

/** The comparison as a table for people. */
export function comparisonTable(c: Comparison, metrics?: readonly string[]): string {
  const parts = [
    `${c.manifest.scenario.name}`,
    `${c.manifest.runs} paired runs per policy, seed ${c.manifest.seed}, ${c.manifest.turns} turns; scenario ${c.manifest.scenario.hash}, frontier-sim ${c.manifest.engine.version}`,
  ];
  for (const cmp of c.comparisons) {
    const names = (metrics ?? Object.keys(cmp.metrics)).filter((m) => cmp.metrics[m] !== undefined);
    const rows = names.map((m) => {
      const p = cmp.metrics[m] as NonNullable<(typeof cmp.metrics)[string]>;
      return [m, cell(p.meanBaseline), cell(p.meanPolicy), cell(p.meanDifference), cell(p.ci95[0]), cell(p.ci95[1]), Number.isFinite(p.varianceReduction) ? `${(100 * p.varianceReduction).toFixed(1)} %` : '-'];
    });
    parts.push('', `${cmp.policy} vs ${c.baseline} (difference = ${cmp.policy} - ${c.baseline})`, renderTable(['metric', c.baseline, cmp.policy, 'difference', 'ci95 low', 'ci95 high', 'var. reduction'], rows).trimEnd());
  }
  return parts.join('\n') + '\n';
}

/** The comparison as CSV: one row per (policy, metric). */
export function comparisonCsv(c: Comparison): string {
  const lines = ['policy,baseline,metric,n,mean_baseline,mean_policy,mean_difference,ci95_low,ci95_high,sd_difference,correlation,variance_reduction'];
  for (const cmp of c.comparisons) {
    for (const [m, p] of Object.entries(cmp.metrics)) {
      lines.push(
        [csvField(cmp.policy), csvField(c.baseline), csvField(m), p.n, ...[p.meanBaseline, p.meanPolicy, p.meanDifference, p.ci95[0], p.ci95[1], p.sdDifference, p.correlation, p.varianceReduction].map(csvNumber)].join(','),
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
  const metrics = listFlag(values.metrics as string | undefined);
  const scenario = loadScenario(positionals[0] as string);
  const turns = integerFlag('turns', values.turns as string | undefined, scenario.calendar.turns, LIMITS.turns);
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
  if (result === undefined) return 1;
  if (metrics) {
    const known = Object.keys(result.comparisons[0]?.metrics ?? {});
    const bad = metrics.find((m) => !known.includes(m));
    if (bad !== undefined) throw new UsageError(`--metrics: unknown metric '${bad}'; known: ${known.join(', ')}`);
  }
  const text = format === 'json' ? JSON.stringify(result, null, 2) + '\n' : format === 'csv' ? comparisonCsv(result) : comparisonTable(result, metrics) + comparisonUncertaintyTable(result, metrics);
  emit(io, text, values.out as string | undefined);
  const reportFile = values.report as string | undefined;
  if (reportFile !== undefined) {
    writeFileAtomic(reportFile, await renderReport(result, { scenario, policies }));
    io.err(`report written to ${resolve(reportFile)}\n`);
  }
  return 0;
}
