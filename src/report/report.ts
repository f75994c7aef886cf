/**
 * `renderReport`: one self-contained HTML page (inline CSS and SVG, no scripts, no fonts, no
 * network) from a Monte Carlo, a comparison, a sweep, or several of them together.
 *
 * @module
 */
import type { Comparison } from '../experiment/compare';
import { RUNS_FORMAT } from '../experiment/manifest';
import type { MonteCarloResult } from '../experiment/monte-carlo';
import { describePolicy, type Policy } from '../experiment/policy';
import type { SweepResult } from '../experiment/sweep';
import { scenarioHash } from '../scenario/hash';
import { ReportError } from './errors';
import type { Scenario } from '../scenario/schema';
import { KEY_METRICS, pickMetrics } from './metrics';
import { renderPage, type PageHead } from './page';
import { replayDetail, type ReplayDetail } from './replay';
import { optimizationSection } from './optimization-section';
import type { OptimizationResult } from '../experiment/optimization';
import { howSureSection } from './how-sure';
import type { Experiment, ReportContext, RunTotals, Section, Timeline } from './section';
import { borderSection } from './sections/border';
import { comparisonSection } from './sections/comparison';
import { distributionsSection } from './sections/distributions';
import { manifestSection } from './sections/manifest';
import { mapSection } from './sections/map';
import { overTimeSection } from './sections/over-time';
import { sensitivitySection } from './sections/sensitivity';
import { summarySection } from './sections/summary';

/** Several results in one report (any may be absent, at least one present). */
export interface ReportBundle {
  monteCarlo?: MonteCarloResult;
  comparison?: Comparison;
  sweep?: SweepResult;
  /** Per-turn and per-sector detail (from {@link replayDetail}); computed when `scenario` is given. */
  detail?: ReplayDetail;
  /** Every run's totals, per policy (a runs file's runs): histograms use them rather than the replayed runs. */
  runTotals?: { policy: string; totals: readonly Readonly<Record<string, number>>[] }[];
  /** An allocation optimisation (`optimize --report`; its `comparison` goes in `comparison`). */
  optimization?: OptimizationResult;
}

/** What {@link renderReport} accepts: one result, or a bundle of them. */
export type ReportInput = MonteCarloResult | Comparison | SweepResult | ReportBundle;

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** Page title (default: from the scenario's name). */
  title?: string;
  /** Shown in the footer when given (the report holds no clock reading otherwise). */
  generatedAt?: string;
  /** Key metrics to chart (default: chosen by name among those present). */
  metrics?: readonly string[];
  /**
   * The experiment's scenario: the report then replays the experiment's first runs with
   * per-turn detail (same seeds) for the border heat map, and for fan charts the result lacks.
   * Must be the scenario the experiment ran (its hash is checked).
   */
  scenario?: Scenario;
  /** Runs to replay with `scenario` (default: the experiment's runs, at most 50). */
  replayRuns?: number;
  /** Policies with overlays, to replay those the result names (matched by name and overlay hash). */
  policies?: readonly Policy[];
  /** The sector metric the maps colour the border by: attempts, gotAway (default) or clashes. */
  mapMetric?: string;
}

export { ReportError };

function isComparison(x: object): x is Comparison {
  return Array.isArray((x as Comparison).comparisons) && Array.isArray((x as Comparison).policies);
}
function isSweep(x: object): x is SweepResult {
  return Array.isArray((x as SweepResult).points) && Array.isArray((x as SweepResult).parameters);
}
function isMonteCarlo(x: object): x is MonteCarloResult {
  const m = x as MonteCarloResult;
  return m.manifest?.format === RUNS_FORMAT && typeof m.metrics === 'object';
}

/** Sorts one result (or a bundle) into a bundle. */
export function toBundle(input: ReportInput): ReportBundle {
  if (typeof input !== 'object' || input === null) throw new ReportError('renderReport needs a Monte Carlo, comparison or sweep result');
  if (isComparison(input)) return { comparison: input };
  if (isSweep(input)) return { sweep: input };
  if (isMonteCarlo(input)) return { monteCarlo: input };
  const b = input as ReportBundle;
  if (!b.monteCarlo && !b.comparison && !b.sweep)
    throw new ReportError('nothing to report: expected a Monte Carlo (runs file or mc --format json), a comparison or a sweep result');
  return b;
}

function experimentOf(b: ReportBundle): Experiment {
  if (b.monteCarlo) {
    const m = b.monteCarlo.manifest;
    return { scenarioName: m.scenario.name, scenarioHash: m.scenario.hash, seed: m.seed, runs: b.monteCarlo.runs, turns: m.turns, policies: [m.policy] };
  }
  if (b.comparison) {
    const m = b.comparison.manifest;
    const base = m.policies.find((p) => p.name === m.baseline);
    const rest = m.policies.filter((p) => p.name !== m.baseline);
    return {
      scenarioName: m.scenario.name,
      scenarioHash: m.scenario.hash,
      seed: m.seed,
      runs: m.runs,
      turns: m.turns,
      policies: base ? [base, ...rest] : rest,
    };
  }
  const m = (b.sweep as SweepResult).manifest;
  return { scenarioName: m.scenario.name, scenarioHash: m.scenario.hash, seed: m.seed, runs: m.runs, turns: m.turns, policies: [m.policy] };
}

/**
 * Replays what the report needs from `scenario`: the policies the result names whose overlays
 * are known (no overlay, or one of `policies` with the same name and overlay hash).
 */
export function replayForReport(
  input: ReportInput,
  scenario: Scenario,
  options: { replayRuns?: number; policies?: readonly Policy[]; mapMetric?: string } = {},
): ReplayDetail {
  const b = toBundle(input);
  const ex = experimentOf(b);
  const hash = scenarioHash(scenario);
  if (hash !== ex.scenarioHash) {
    throw new ReportError(
      `the scenario given (${scenario.metadata.name}, hash ${hash}) is not the one the experiment ran (${ex.scenarioName}, hash ${ex.scenarioHash})`,
    );
  }
  const replayable: Policy[] = [];
  for (const d of ex.policies) {
    if (d.overlayHash === '') replayable.push({ name: d.name });
    else {
      const p = options.policies?.find((q) => q.name === d.name && describePolicy(q).overlayHash === d.overlayHash);
      if (p) replayable.push(p);
    }
  }
  if (replayable.length === 0) throw new ReportError(`cannot replay policy ${ex.policies.map((p) => p.name).join(', ')}: give its overlay file (--policy)`);
  const runs = options.replayRuns ?? Math.min(ex.runs, 50);
  const sectorMetrics = options.mapMetric ? { sectorMetrics: [...new Set(['attempts', 'gotAway', 'clashes', options.mapMetric])] } : {};
  return replayDetail(scenario, { seed: ex.seed, runs: Math.max(1, Math.min(runs, ex.runs)), turns: ex.turns, policies: replayable, ...sectorMetrics });
}

/**
 * The sections of a report, in order. Each builder returns undefined when its data are absent.
 * A new kind of section is one more entry here.
 */
const SECTIONS: readonly ((b: ReportBundle, ctx: ReportContext) => Section | undefined)[] = [
  (b) => optimizationSection(b.optimization),
  (b, ctx) => comparisonSection(b.comparison, ctx),
  (b, ctx) => howSureSection(b, ctx.key),
  (b, ctx) => overTimeSection(b.monteCarlo, ctx),
  (_b, ctx) => mapSection(ctx),
  (_b, ctx) => borderSection(ctx),
  (_b, ctx) => distributionsSection(ctx),
  (b, ctx) => sensitivitySection(b.sweep?.sobol ? undefined : b.sweep, ctx),
  (b, ctx) => summarySection(b, ctx),
  (b, ctx) => manifestSection(b, ctx),
];

/** The policies of the report in order, the baseline first (each keeps its colour in every chart). */
function policyOrder(b: ReportBundle): string[] {
  if (b.comparison) return [b.comparison.baseline, ...b.comparison.manifest.policies.map((p) => p.name).filter((n) => n !== b.comparison?.baseline)];
  if (b.monteCarlo) return [b.monteCarlo.manifest.policy.name, ...(b.detail?.policies.map((p) => p.policy) ?? [])].filter((p, i, a) => a.indexOf(p) === i);
  return b.detail?.policies.map((p) => p.policy) ?? [];
}

/** What the charts that need a replay could not draw, or undefined when every chart is there. */
export function missingCharts(b: ReportBundle): string | undefined {
  if (b.detail) return undefined;
  const perTurn = b.monteCarlo?.perTurn && Object.keys(b.monteCarlo.perTurn).length > 0;
  const lacking = ['the heat maps along the border', ...(perTurn ? [] : ['the charts over time']), ...(b.runTotals ? [] : ['the histograms of run totals'])];
  const list = lacking.length > 1 ? `${lacking.slice(0, -1).join(', ')} and ${lacking[lacking.length - 1]}` : (lacking[0] as string);
  return `This report leaves out ${list}: they replay the experiment's runs, which needs its scenario (frontier-sim report ... --scenario FILE, and --policy FILE for each policy overlay; a runs file written by mc --out records both).`;
}

/**
 * The report's sections and page header, before rendering: what {@link renderReport} draws.
 * Tests read each figure's rows from here and its marks from the page.
 */
export function buildReport(input: ReportInput, options: ReportOptions = {}): { head: PageHead; sections: Section[]; bundle: ReportBundle } {
  const b = { ...toBundle(input) };
  const experiment = experimentOf(b);
  if (!b.detail && options.scenario) b.detail = replayForReport(b, options.scenario, options);
  const totalsNames = Object.keys(b.monteCarlo?.metrics ?? b.comparison?.policies[0]?.metrics ?? b.sweep?.points[0]?.metrics ?? {});
  const key = options.metrics
    ? [...options.metrics]
    : pickMetrics(
        totalsNames.filter((m) => !m.includes('.')),
        KEY_METRICS.length,
      );
  const timeline: Timeline | undefined = b.detail
    ? { start: b.detail.startDate, days: b.detail.turnLengthDays }
    : options.scenario
      ? { start: options.scenario.calendar.start, days: options.scenario.calendar.turnLengthDays }
      : undefined;
  const runTotals: RunTotals[] = b.runTotals
    ? b.runTotals.map((r) => ({ ...r, source: 'all' as const }))
    : (b.detail?.policies ?? []).map((p) => ({ policy: p.policy, totals: p.totals, source: 'replay' as const }));
  const ctx: ReportContext = {
    experiment,
    key,
    policies: policyOrder(b),
    ...(b.detail ? { detail: b.detail } : {}),
    ...(timeline ? { timeline } : {}),
    runTotals,
    ...(options.mapMetric ? { mapMetric: options.mapMetric } : {}),
  };
  const sections = SECTIONS.map((build) => build(b, ctx)).filter((s): s is Section => s !== undefined);
  const kinds = [
    b.optimization && 'allocation optimisation',
    b.monteCarlo && 'Monte Carlo',
    b.comparison && 'policy comparison',
    b.sweep && 'sensitivity sweep',
  ]
    .filter(Boolean)
    .join(', ');
  const e = b.monteCarlo?.manifest.engine ?? b.comparison?.manifest.engine ?? b.sweep?.manifest.engine;
  const notice = b.monteCarlo || b.comparison ? missingCharts(b) : undefined;
  const head: PageHead = {
    title: options.title ?? `Report: ${experiment.scenarioName}`,
    experiment,
    kinds,
    ...(notice ? { notice } : {}),
    footer: `Made by ${e ? `${e.name} ${e.version}` : 'frontier-sim'}${options.generatedAt ? ` on ${options.generatedAt}` : ''}. Charts: Vega-Lite, rendered to SVG when the report was made. This page loads nothing from the network.`,
  };
  return { head, sections, bundle: b };
}

/**
 * Renders the HTML report: one self-contained page. The same input and options give the same
 * bytes. Without the experiment's scenario (option `scenario`, or `detail` in the bundle) the
 * charts that replay runs are left out, and the page says so at the top.
 *
 * @example
 * const mc = await runMonteCarlo(scenario, { runs: 200, seed: 1, perTurn: ['gotAway', 'interdicted'] });
 * const html = await renderReport(mc, { scenario });
 * writeFileSync('report.html', html);
 * @throws ReportError when there is nothing to report or `scenario` is not the experiment's.
 */
export async function renderReport(input: ReportInput, options: ReportOptions = {}): Promise<string> {
  const { head, sections } = buildReport(input, options);
  return renderPage(head, sections);
}
