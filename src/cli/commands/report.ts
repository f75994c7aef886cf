/**
 * `frontier-sim report INPUT --out report.html`: the HTML report of a Monte Carlo (its runs file
 * or `mc --format json`), a comparison or a sweep (`--format json`); optionally the per-run rows
 * as CSV or NDJSON.
 *
 * @module
 */
import { loadScenario } from '../../scenario';
import { ReportError, readReportInput, renderReport, replayForReport, runsToCsv, runsToNdjson } from '../../report';
import { missingCharts } from '../../report/report';
import { parseMetricsFlag } from '../metrics-flag';
import { writeFileAtomic } from '../atomic-write';
import { integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { UsageError } from '../usage-error';
import { readPolicyFile, scenarioLoadOptions } from './mc';

export const reportHelp = `Usage: frontier-sim report INPUT --out report.html [options]

Writes one self-contained HTML report (inline charts and styles; it opens offline and loads
nothing from the network) from:
  - a runs file written by 'mc --out runs.ndjson' (a manifest line, then one line per run),
  - or the JSON of 'mc', 'compare' or 'sweep' with --format json.
The charts over time, along the border and of run totals replay the experiment's first runs
(same seeds) with per-turn detail, which needs the experiment's scenario: a runs file records
it (and its policy overlay), so 'report runs.ndjson --out r.html' draws every chart; for the
JSON of mc or compare, or a runs file from an older frontier-sim that did not record it, give
--scenario FILE (and --policy FILE for each overlay). Without it the report refuses, unless
--summary-only asks for the tables and the charts that need no replay.

Options:
  --out FILE         the HTML report (written atomically) (required unless --runs-csv/--runs-ndjson)
  --scenario FILE    the experiment's scenario (its hash must match), when the input does not
                     record it
  --policy FILE      a policy overlay the experiment used (repeatable), to replay it too
  --replay N         runs to replay (default: the experiment's runs, at most 50)
  --metrics M,..     key metrics to chart (default: chosen by name among those present)
  --map-metric M     the sector metric the maps colour the border by, for scenarios with
                     geometry: attempts, gotAway (default), clashes, detected, interdicted, ...
  --summary-only     make the report without the charts that replay runs, when the input does
                     not record its scenario and none is given
  --title TEXT       page title
  --timestamp TEXT   shown in the footer as the generation time (default: none, so the same
                     input gives the same bytes); 'now' for the current time (UTC)
  --runs-csv FILE    also write the runs file's per-run rows as CSV (columns: docs/outputs.md)
  --runs-ndjson FILE also write them as NDJSON
  --allow-extends-outside  let "extends" name a file outside the scenario's directory
  -h, --help         this text

Exit status: 0 done, 1 runtime failure, 2 bad usage or an input that is not a result,
130/143 interrupted by Ctrl-C/SIGTERM.
`;

/** Runs `report`; returns the exit code. */
export async function reportCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: 'string' },
    scenario: { type: 'string' },
    policy: { type: 'string', multiple: true },
    replay: { type: 'string' },
    metrics: { type: 'string' },
    'map-metric': { type: 'string' },
    title: { type: 'string' },
    timestamp: { type: 'string' },
    'runs-csv': { type: 'string' },
    'runs-ndjson': { type: 'string' },
    'summary-only': { type: 'boolean' },
    'allow-extends-outside': { type: 'boolean' },
  });
  if (values.help) {
    io.out(reportHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('report needs exactly one input file (a runs .ndjson file or a result .json)');
  const out = values.out as string | undefined;
  const runsCsv = values['runs-csv'] as string | undefined;
  const runsNdjson = values['runs-ndjson'] as string | undefined;
  if (out === undefined && runsCsv === undefined && runsNdjson === undefined) throw new UsageError('report needs --out FILE (the HTML report)');
  const replay = values.replay === undefined ? undefined : integerFlag('replay', values.replay as string, 1);
  if (replay !== undefined && replay < 1) throw new UsageError('--replay must be at least 1');

  const mapMetric = values['map-metric'] as string | undefined;
  if (mapMetric !== undefined && !/^[A-Za-z][A-Za-z0-9]*$/.test(mapMetric))
    throw new UsageError(`--map-metric: expected the name of a sector metric (attempts, gotAway, clashes, ...), got ${JSON.stringify(mapMetric)}`);
  const given = ((values.policy as string[] | undefined) ?? []).map(readPolicyFile);
  const stamp = values.timestamp as string | undefined;
  const generatedAt = stamp === 'now' ? new Date().toISOString().replace(/\.\d+Z$/, 'Z') : stamp;

  let input;
  try {
    input = readReportInput(positionals[0] as string, { keepRuns: runsCsv !== undefined || runsNdjson !== undefined });
  } catch (e) {
    if (e instanceof ReportError || (e instanceof Error && e.name === 'RunsFileError')) throw new UsageError(e.message);
    throw e;
  }
  const file = positionals[0] as string;
  const scenario = values.scenario === undefined ? input.scenario : loadScenario(values.scenario as string, scenarioLoadOptions(values));
  const known = Object.keys(input.bundle.monteCarlo?.metrics ?? input.bundle.comparison?.policies[0]?.metrics ?? input.bundle.sweep?.points[0]?.metrics ?? {});
  const selection = parseMetricsFlag(values.metrics as string | undefined, known);
  const metrics = selection === 'all' ? known.filter((m) => !m.includes('.')) : selection;
  if (scenario === undefined && out !== undefined && !values['summary-only'] && (input.bundle.monteCarlo || input.bundle.comparison)) {
    const missing = missingCharts(input.bundle);
    if (missing !== undefined) {
      const why = input.recordsNoScenario
        ? `${file} was written before runs files recorded their scenario`
        : `${file} holds results, not the scenario they came from`;
      throw new UsageError(
        `${why}, so the charts that replay its runs cannot be drawn: give --scenario FILE (the scenario the experiment ran, and --policy FILE for each policy overlay), or --summary-only for a report without them`,
      );
    }
  }
  if (runsCsv !== undefined || runsNdjson !== undefined) {
    if (!input.runs) throw new UsageError('--runs-csv/--runs-ndjson need a runs file (mc --out runs.ndjson) as input');
    if (runsCsv !== undefined) writeFileAtomic(runsCsv, runsToCsv(input.runs));
    if (runsNdjson !== undefined) writeFileAtomic(runsNdjson, runsToNdjson(input.runs));
  }
  if (out === undefined) return 0;
  const t0 = performance.now();
  const bundle = { ...input.bundle };
  if (scenario) {
    try {
      bundle.detail = replayForReport(bundle, scenario, {
        ...(replay !== undefined ? { replayRuns: replay } : {}),
        policies: [...given, ...(input.policies ?? [])],
        ...(mapMetric ? { mapMetric } : {}),
      });
    } catch (e) {
      if (e instanceof ReportError) throw new UsageError(e.message);
      throw e;
    }
  }
  const html = await renderReport(bundle, {
    ...(values.title !== undefined ? { title: values.title as string } : {}),
    ...(generatedAt !== undefined ? { generatedAt } : {}),
    ...(metrics ? { metrics } : {}),
    ...(scenario ? { scenario } : {}),
    ...(mapMetric ? { mapMetric } : {}),
  });
  writeFileAtomic(out, html);
  io.err(`report: ${out} (${html.length.toLocaleString('en-US')} bytes, ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  return 0;
}
