/**
 * `renderReport`: one self-contained HTML page (inline CSS and SVG, no scripts, no fonts, no
 * network) from a Monte Carlo, a comparison, a sweep, or several of them together.
 *
 * @module
 */
import { FLOW_METRICS } from '../engine/results';
import type { Comparison } from '../experiment/compare';
import { RUNS_FORMAT } from '../experiment/manifest';
import type { MonteCarloResult, PerTurnSummary } from '../experiment/monte-carlo';
import { describePolicy, type Policy } from '../experiment/policy';
import type { Summary } from '../experiment/statistics';
import type { SweepResult } from '../experiment/sweep';
import { scenarioHash } from '../scenario/hash';
import type { Scenario } from '../scenario/schema';
import { fanSpec, forestSpec, heatSpec, renderSvg, tornadoSpec, type FanRow, type ForestRow, type HeatCell, type TornadoRow, type VegaLiteSpec } from './charts';
import { STYLE, esc, num, pct, table, type TableCell } from './html';
import { metricInfo, pickMetrics } from './metrics';
import { replayDetail, type ReplayDetail } from './replay';
import { optimizationSection } from './optimization-section';
import type { OptimizationResult } from '../experiment/optimization';
import { howSureSection } from './how-sure';

/** Several results in one report (any may be absent, at least one present). */
export interface ReportBundle {
  monteCarlo?: MonteCarloResult;
  comparison?: Comparison;
  sweep?: SweepResult;
  /** Per-turn and per-sector detail (from {@link replayDetail}); computed when `scenario` is given. */
  detail?: ReplayDetail;
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
}

/** A problem with a report's input (wrong scenario, nothing to report). */
export class ReportError extends Error {
  override readonly name: string = 'ReportError';
}

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
  if (!b.monteCarlo && !b.comparison && !b.sweep) throw new ReportError('nothing to report: expected a Monte Carlo (runs file or mc --format json), a comparison or a sweep result');
  return b;
}

interface Experiment {
  scenarioName: string;
  scenarioHash: string;
  seed: number;
  runs: number;
  turns: number;
  policies: { name: string; overlayHash: string }[];
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
    return { scenarioName: m.scenario.name, scenarioHash: m.scenario.hash, seed: m.seed, runs: m.runs, turns: m.turns, policies: base ? [base, ...rest] : rest };
  }
  const m = (b.sweep as SweepResult).manifest;
  return { scenarioName: m.scenario.name, scenarioHash: m.scenario.hash, seed: m.seed, runs: m.runs, turns: m.turns, policies: [m.policy] };
}

/**
 * Replays what the report needs from `scenario`: the policies the result names whose overlays
 * are known (no overlay, or one of `policies` with the same name and overlay hash).
 */
export function replayForReport(input: ReportInput, scenario: Scenario, options: { replayRuns?: number; policies?: readonly Policy[] } = {}): ReplayDetail {
  const b = toBundle(input);
  const ex = experimentOf(b);
  const hash = scenarioHash(scenario);
  if (hash !== ex.scenarioHash) {
    throw new ReportError(`the scenario given (${scenario.metadata.name}, hash ${hash}) is not the one the experiment ran (${ex.scenarioName}, hash ${ex.scenarioHash})`);
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
  return replayDetail(scenario, { seed: ex.seed, runs: Math.max(1, Math.min(runs, ex.runs)), turns: ex.turns, policies: replayable });
}

interface Figure {
  id: string;
  spec: VegaLiteSpec;
  caption: string;
  /** Spans the whole row. */
  wide?: boolean;
}

const PER_TURN_FLOWS = new Set<string>([...FLOW_METRICS, 'quickReactionSorties', 'cost']);

/** The y-axis title of a per-turn chart: the unit, "per turn" for flows. */
function unitTitle(m: string): string {
  const base = m.includes('.') ? m.slice(m.indexOf('.') + 1) : m;
  const unit = metricInfo(m).unit || metricInfo(m).label;
  return PER_TURN_FLOWS.has(base) ? `${unit} per turn` : unit;
}

/** A JSON pointer shortened for a chart label: `/forces[id=border-panj]/personnel` → `border-panj/personnel`. */
function shortPointer(p: string): string {
  const parts = p.split('/').filter((x) => x !== '');
  const short = parts.map((x) => x.replace(/^[^[]*\[id=([^\]]+)\]$/, '$1'));
  if (parts.length > 1 && parts[0] === 'parameters') short.shift();
  return short.join('/') || p;
}

function summaryRows(metrics: Record<string, Summary>, names: readonly string[]): TableCell[][] {
  return names
    .filter((m) => metrics[m] !== undefined)
    .map((m) => {
      const s = metrics[m] as Summary;
      const unit = metricInfo(m).unit;
      return [{ html: `${esc(m)}${unit ? ` <span class="note">(${esc(unit)})</span>` : ''}` }, s.mean, s.sd, { html: `${num(s.ci95[0])} – ${num(s.ci95[1])}`, numeric: true }, s.p5, s.p50, s.p95, s.min, s.max];
    });
}
const SUMMARY_HEADER = ['metric (unit)', 'mean', 'sd', '95 % CI of the mean', 'p5', 'median', 'p95', 'min', 'max'];

function summarySection(metrics: Record<string, Summary>, key: readonly string[], runs: number, what: string): string {
  const all = Object.keys(metrics);
  const rest = all.filter((m) => !key.includes(m));
  const restBorder = rest.filter((m) => !m.includes('.'));
  const restKind = rest.filter((m) => m.includes('.'));
  return (
    table(SUMMARY_HEADER, summaryRows(metrics, key), `Key metrics, ${what} (${num(runs)} runs; run totals)`) +
    (restBorder.length ? `<details><summary>All whole-border metrics (${restBorder.length} more)</summary>${table(SUMMARY_HEADER, summaryRows(metrics, restBorder))}</details>` : '') +
    (restKind.length ? `<details><summary>Metrics by actor kind (${restKind.length})</summary>${table(SUMMARY_HEADER, summaryRows(metrics, restKind))}</details>` : '')
  );
}

/**
 * Renders the HTML report: one self-contained page. The same input and options give the same
 * bytes.
 *
 * @example
 * const mc = await runMonteCarlo(scenario, { runs: 200, seed: 1, perTurn: ['gotAway', 'interdicted'] });
 * const html = await renderReport(mc, { scenario });
 * writeFileSync('report.html', html);
 * @throws ReportError when there is nothing to report or `scenario` is not the experiment's.
 */
export async function renderReport(input: ReportInput, options: ReportOptions = {}): Promise<string> {
  const b = { ...toBundle(input) };
  const ex = experimentOf(b);
  if (!b.detail && options.scenario) b.detail = replayForReport(b, options.scenario, options);
  const figures: { section: string; fig: Figure }[] = [];
  const sections: { id: string; title: string; lead: string; body: string[] }[] = [];
  const section = (id: string, title: string, lead: string) => {
    const s = { id, title, lead, body: [] as string[] };
    sections.push(s);
    return s;
  };
  const figPlaceholder = (s: { id: string; body: string[] }, fig: Figure) => {
    figures.push({ section: s.id, fig });
    s.body.push(`\u0000fig:${fig.id}\u0000`);
  };

  // Available whole-border metrics.
  const totalsNames = Object.keys(b.monteCarlo?.metrics ?? b.comparison?.policies[0]?.metrics ?? b.sweep?.points[0]?.metrics ?? {});
  const key = options.metrics ? [...options.metrics] : pickMetrics(totalsNames.filter((m) => !m.includes('.')), 6);
  const detail = b.detail;
  const turnNote = detail ? `turn 1 starts ${detail.startDate}, ${detail.turnLengthDays} days a turn` : '';
  const turnWord = 'Turn';

  if (b.optimization) optimizationSection(b.optimization, { section, figure: figPlaceholder });

  // 1. Fan charts.
  {
    const perPolicy: { name: string; series: Record<string, PerTurnSummary>; runs: number }[] = [];
    const mcPer = b.monteCarlo?.perTurn;
    if (b.monteCarlo && mcPer && Object.keys(mcPer).length > 0) perPolicy.push({ name: b.monteCarlo.manifest.policy.name, series: mcPer, runs: b.monteCarlo.runs });
    for (const p of detail?.policies ?? []) {
      const have = perPolicy.find((q) => q.name === p.policy);
      if (have) {
        for (const [m, s] of Object.entries(p.perTurn)) if (!have.series[m]) have.series[m] = s;
      } else perPolicy.push({ name: p.policy, series: p.perTurn, runs: detail?.runs ?? 0 });
    }
    const fanMetrics = key.filter((m) => perPolicy.some((p) => p.series[m]));
    if (fanMetrics.length > 0) {
      const runsNote = [...new Set(perPolicy.map((p) => p.runs))].map((n) => num(n)).join(' / ');
      const s = section('over-time', 'Over time', `How the key metrics evolve turn by turn across the runs (${runsNote} runs${perPolicy.length > 1 ? ` per policy: ${perPolicy.map((p) => p.name).join(', ')}` : ''}). Each chart is a fan: the solid line is the median run's value for that turn, the dashed line the mean, and the shaded band holds the middle 90 % of runs (5th to 95th percentile). A wide band means the outcome is uncertain; a band that moves up or down shows a trend.`);
      fanMetrics.forEach((m, i) => {
        const rows: FanRow[] = [];
        for (const p of perPolicy) {
          const ser = p.series[m];
          if (!ser) continue;
          ser.p50.forEach((_, t) => rows.push({ series: p.name, turn: t + 1, p5: ser.p5[t] as number, p50: ser.p50[t] as number, p95: ser.p95[t] as number, mean: ser.mean[t] as number }));
        }
        const info = metricInfo(m);
        figPlaceholder(s, {
          id: `fan-${i}`,
          spec: fanSpec(rows, { title: `${info.label} per turn`, subtitle: 'median (solid), mean (dashed), 5th–95th percentile of runs (band)', yTitle: unitTitle(m), xTitle: turnWord }),
          caption: `${info.label}: ${info.meaning}, in each turn. Solid line: the median run; dashed: the mean; band: where 90 % of runs fall. For rare events the median can sit at 0 while the mean shows how often they happen.${turnNote ? ` Turn 1 starts ${detail?.startDate}; a turn is ${detail?.turnLengthDays} days.` : ''}`,
        });
      });
    }
  }

  // 2. Border heat maps.
  if (detail && detail.sectors.length > 0) {
    const names = detail.sectors.map((x) => x.name.replace(/\s*\(.*\)\s*$/, '') || x.name);
    const labels = new Set(names).size === names.length ? names : detail.sectors.map((x) => x.id);
    const s = section('border', 'Along the border', `The border as a strip from west (left) to east (right), one column per sector, against time (first turn at the top). Each cell is the mean over ${num(detail.runs)} replayed runs (runs 0–${detail.runs - 1} of the experiment, same seeds) of the sector's count in that turn: darker cells are where pressure is; a dark patch drifting sideways is pressure being displaced along the border.`);
    let n = 0;
    const maps: readonly { metric: string; what: string; ramp: 'orange' | 'purple' | 'red' }[] = [
      { metric: 'attempts', what: 'crossing attempts', ramp: 'orange' },
      { metric: 'gotAway', what: 'crossings that got away', ramp: 'purple' },
      { metric: 'clashes', what: 'clashes', ramp: 'red' },
    ] as const;
    for (const p of detail.policies) {
      for (const mp of maps) {
        const grid = p.bySector[mp.metric];
        if (!grid) continue;
        const any = grid.some((row) => row.some((v) => v > 0));
        if (!any && mp.metric !== 'attempts') {
          s.body.push(`<p class="note">No ${esc(mp.what)} in any sector in the replayed runs${detail.policies.length > 1 ? ` under ${esc(p.policy)}` : ''}, so no heat map for them.</p>`);
          continue;
        }
        const cells: HeatCell[] = [];
        grid.forEach((row, si) => row.forEach((v, ti) => cells.push({ sector: labels[si] as string, turn: ti + 1, value: v })));
        const info = metricInfo(mp.metric);
        figPlaceholder(s, {
          id: `heat-${n++}`,
          spec: heatSpec(cells, {
            title: `${info.label} by sector and turn${detail.policies.length > 1 ? `: ${p.policy}` : ''}`,
            subtitle: `mean of ${detail.runs} runs per sector and turn`,
            sectors: labels,
            legendTitle: [info.unit || info.label, 'per turn'],
            turnTitle: 'Turn',
            ramp: mp.ramp,
          }),
          caption: `Mean ${mp.what} per sector (columns, west to east) and turn (rows, top to bottom)${detail.policies.length > 1 ? ` under policy ${p.policy}` : ''}. The colour scale is on the right; white is none. Turn 1 starts ${detail.startDate}; a turn is ${detail.turnLengthDays} days.`,
        });
      }
    }
  }

  // 3. Policy comparison.
  if (b.comparison && b.comparison.comparisons.length > 0) {
    const c = b.comparison;
    const s = section('comparison', 'Policy comparison', `Each policy against the baseline "${c.baseline}", run on the same ${num(c.manifest.runs)} seeds (common random numbers: run i of every policy sees the same random draws wherever the policy does not change them). A paired difference is policy minus baseline, computed run by run; its 95 % confidence interval comes from the spread of those per-run differences.`);
    const rows: ForestRow[] = [];
    const forestMetrics: string[] = [];
    const skipped: string[] = [];
    for (const m of key) {
      let used = false;
      for (const cmp of c.comparisons) {
        const p = cmp.metrics[m];
        if (!p) continue;
        if (!(Math.abs(p.meanBaseline) > 0) || !Number.isFinite(p.ci95[0])) {
          skipped.push(m);
          continue;
        }
        const scale = 100 / Math.abs(p.meanBaseline);
        rows.push({ metric: metricInfo(m).label, policy: cmp.policy, estimate: p.meanDifference * scale, low: p.ci95[0] * scale, high: p.ci95[1] * scale });
        used = true;
      }
      if (used) forestMetrics.push(metricInfo(m).label);
    }
    if (rows.length > 0) {
      figPlaceholder(s, {
        id: 'forest',
        wide: true,
        spec: forestSpec(rows, { title: `Paired differences vs ${c.baseline}, with 95 % confidence intervals`, subtitle: `change in the run total as a percentage of the baseline's mean; ${num(c.manifest.runs)} paired runs`, xTitle: `Change vs ${c.baseline} (% of baseline mean)`, metrics: forestMetrics }),
        caption: `A forest plot: each dot is a policy's mean paired difference from the baseline for one metric, as a percentage of the baseline's mean; the bar is its 95 % confidence interval. A bar that does not cross the dashed zero line is a difference the runs resolve; one that crosses it is not distinguishable from no effect at this number of runs.${skipped.length ? ` Not shown (baseline mean 0): ${[...new Set(skipped)].join(', ')}.` : ''}`,
      });
    }
    for (const cmp of c.comparisons) {
      const names = [...key, ...Object.keys(cmp.metrics).filter((m) => !key.includes(m) && !m.includes('.'))].filter((m) => cmp.metrics[m]);
      const tr = names.map((m): TableCell[] => {
        const p = cmp.metrics[m] as NonNullable<(typeof cmp.metrics)[string]>;
        const resolved = p.ci95[0] > 0 || p.ci95[1] < 0;
        return [m, p.meanBaseline, p.meanPolicy, { html: `${num(p.meanDifference)}${resolved ? '' : ' <span class="note">(n.s.)</span>'}`, numeric: true }, { html: `${num(p.ci95[0])} – ${num(p.ci95[1])}`, numeric: true }, { html: pct(p.varianceReduction), numeric: true }];
      });
      s.body.push(table(['metric', `${c.baseline} mean`, `${cmp.policy} mean`, 'paired difference', '95 % CI', 'variance reduction'], tr, `${cmp.policy} vs ${c.baseline} (difference = ${cmp.policy} − ${c.baseline}; run totals)`));
    }
    s.body.push(`<p class="note">n.s.: the 95 % interval includes 0. Variance reduction: the share of the variance of a difference between independent runs that pairing removed (higher is better; 90 % means one paired run is worth ten independent ones).</p>`);
  }

  // 3b. How sure are we: the inputs' part of each answer (how-sure.ts).
  const howSure = howSureSection(b, key);
  if (howSure) sections.push(howSure);

  // 4. Sensitivity.
  if (b.sweep && !b.sweep.sobol) {
    const sw = b.sweep;
    const metric = key.find((m) => sw.points[0]?.metrics[m]) ?? Object.keys(sw.points[0]?.metrics ?? {})[0];
    const s = section('sensitivity', 'Sensitivity', `Which uncertain inputs move the outcomes: a ${sw.manifest.design === 'morris' ? 'Morris elementary-effects screening' : sw.manifest.design === 'lhs' ? 'Latin hypercube sweep' : 'grid sweep'} over ${sw.parameters.length} parameter${sw.parameters.length === 1 ? '' : 's'}, ${num(sw.points.length)} design points × ${num(sw.manifest.runs)} runs each (the same run seeds at every point).`);
    if (metric !== undefined) {
      const info = metricInfo(metric);
      const rows: TornadoRow[] = [];
      let order: string[] = [];
      if (sw.morris?.[metric]) {
        const scr = sw.morris[metric];
        const eff = [...scr.effects].sort((a, b2) => a.rank - b2.rank);
        order = eff.map((e) => shortPointer(e.name));
        for (const e of eff) rows.push({ parameter: shortPointer(e.name), group: e.mu >= 0 ? 'raises the outcome' : 'lowers the outcome', low: 0, high: e.mu >= 0 ? e.muStar : -e.muStar });
        figPlaceholder(s, {
          id: 'tornado',
          wide: true,
          spec: tornadoSpec(rows, { title: `What moves ${info.label.toLowerCase()}: Morris screening`, subtitle: 'μ*: mean absolute elementary effect of moving an input across its whole range', xTitle: `Effect on mean ${info.label.toLowerCase()} (${info.unit || 'units'} per run)`, order, groupTitle: 'Direction', groups: ['lowers the outcome', 'raises the outcome'] }),
          caption: `A tornado chart: inputs sorted by importance (μ*, largest on top). A bar's length is how much the run total of ${metric} moves, on average, when that input goes from its lowest to its highest value; it points right (orange) when raising the input raises the outcome (μ > 0) and left (blue) when it lowers it. σ in the table is large when the effect depends on the other inputs.`,
        });
        s.body.push(table(['rank', 'parameter (JSON pointer)', 'μ*', 'μ', 'σ'], eff.map((e) => [String(e.rank), e.name, e.muStar, e.mu, e.sigma]), `Morris screening of ${metric}`));
      } else {
        // Grid / LHS: the mean outcome at the lowest third and the highest third of each input's range.
        const overall = sw.points.reduce((a, p) => a + (p.metrics[metric]?.mean ?? 0), 0) / Math.max(1, sw.points.length);
        const swings: { parameter: string; lowMean: number; highMean: number }[] = [];
        for (const par of sw.parameters) {
          const span = par.max - par.min;
          const lows = sw.points.filter((p) => span === 0 || (p.values[par.pointer] as number) <= par.min + span / 3);
          const highs = sw.points.filter((p) => span > 0 && (p.values[par.pointer] as number) >= par.max - span / 3);
          const mean = (ps: typeof sw.points) => ps.reduce((a, p) => a + (p.metrics[metric]?.mean ?? 0), 0) / ps.length;
          if (lows.length === 0 || highs.length === 0) continue;
          swings.push({ parameter: par.pointer, lowMean: mean(lows), highMean: mean(highs) });
        }
        swings.sort((a, b2) => Math.abs(b2.highMean - b2.lowMean) - Math.abs(a.highMean - a.lowMean) || a.parameter.localeCompare(b2.parameter));
        order = swings.map((w) => shortPointer(w.parameter));
        for (const w of swings) {
          rows.push({ parameter: shortPointer(w.parameter), group: 'input low', low: 0, high: w.lowMean - overall });
          rows.push({ parameter: shortPointer(w.parameter), group: 'input high', low: 0, high: w.highMean - overall });
        }
        if (rows.length > 0) {
          figPlaceholder(s, {
            id: 'tornado',
            wide: true,
            spec: tornadoSpec(rows, { title: `What moves ${info.label.toLowerCase()}: one input at a time`, subtitle: `mean over design points with the input in the lowest vs highest third of its range, minus the overall mean (${num(overall)})`, xTitle: `Change in mean ${info.label.toLowerCase()} (${info.unit || 'units'} per run)`, order, groupTitle: 'Input', groups: ['input low', 'input high'] }),
            caption: `A tornado chart: inputs sorted by the swing of ${metric} between their low and high settings, largest on top. Blue: the outcome with the input low; orange: with it high, both relative to the mean over all design points.`,
          });
        }
        s.body.push(table(['parameter (JSON pointer)', 'min', 'max', `mean ${metric}, input low`, `mean ${metric}, input high`], swings.map((w) => {
          const par = sw.parameters.find((p) => p.pointer === w.parameter);
          return [w.parameter, par?.min ?? NaN, par?.max ?? NaN, w.lowMean, w.highMean];
        })));
      }
      s.body.push(`<details><summary>Every design point (${sw.points.length})</summary>${table(['point', ...sw.parameters.map((p) => shortPointer(p.pointer)), ...key.filter((m) => sw.points[0]?.metrics[m]).map((m) => `${m} mean`)], sw.points.map((p) => [String(p.index), ...sw.parameters.map((q) => p.values[q.pointer] ?? NaN), ...key.filter((m) => sw.points[0]?.metrics[m]).map((m) => p.metrics[m]?.mean ?? NaN)]))}</details>`);
    }
  }

  // 5. Summary tables.
  {
    const s = section('summary', 'Summary tables', 'Per metric, the distribution over runs of the run totals (flows summed over the turns; ratios and states as the engine defines them: see docs/outputs.md). The 95 % CI is the Student-t interval for the mean; p5, median and p95 describe the spread of single runs.');
    if (b.monteCarlo) s.body.push(summarySection(b.monteCarlo.metrics, key, b.monteCarlo.runs, `Monte Carlo, policy ${b.monteCarlo.manifest.policy.name}`));
    if (b.comparison) for (const p of b.comparison.policies) s.body.push(summarySection(p.metrics, key, b.comparison.manifest.runs, `comparison, policy ${p.name}`));
    if (!b.monteCarlo && !b.comparison) sections.pop();
  }

  // 6. Manifest.
  {
    const s = section('manifest', 'Manifest', 'What these numbers depend on. The same engine version, scenario (by hash), seed and runs reproduce them exactly.');
    const dl = (pairs: [string, string][]) => `<dl class="manifest">${pairs.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
    const common: [string, string][] = [
      ['scenario', esc(ex.scenarioName)],
      ['scenario hash', `<code>${esc(ex.scenarioHash)}</code>`],
      ['root seed', `<code>${esc(String(ex.seed))}</code> (run i uses a seed derived from it and i)`],
      ['runs', num(ex.runs)],
      ['turns per run', num(ex.turns)],
    ];
    if (b.monteCarlo) {
      const m = b.monteCarlo.manifest;
      s.body.push('<h3>Monte Carlo</h3>' + dl([
        ['engine', `${esc(m.engine.name)} ${esc(m.engine.version)}`],
        ['scenario', esc(m.scenario.name)],
        ['scenario hash', `<code>${esc(m.scenario.hash)}</code>`],
        ['root seed', `<code>${esc(String(m.seed))}</code> (run i uses a seed derived from it and i)`],
        ['runs', `${num(b.monteCarlo.runs)}${b.monteCarlo.runs !== m.runs ? ` (${num(m.runs)} requested)` : ''}${m.shard ? ` (shard ${m.shard.index}/${m.shard.count})` : ''}`],
        ['turns per run', num(m.turns)],
        ['policy', `${esc(m.policy.name)}${m.policy.overlayHash ? ` (overlay <code>${esc(m.policy.overlayHash)}</code>)` : ' (the scenario as it is)'}`],
        ...(b.monteCarlo.precision ? [['precision targets', esc(b.monteCarlo.precision.targets.map((t) => `${t.metric} ±${num(t.halfWidth)} (target ${num(t.target)})`).join(', ') + (b.monteCarlo.precision.met ? ': met' : ': not met'))] as [string, string]] : []),
      ]));
    }
    if (b.comparison) {
      const m = b.comparison.manifest;
      s.body.push('<h3>Comparison</h3>' + dl([
        ['engine', `${esc(m.engine.name)} ${esc(m.engine.version)}`],
        ['scenario', esc(m.scenario.name)],
        ['scenario hash', `<code>${esc(m.scenario.hash)}</code>`],
        ['root seed', `<code>${esc(String(m.seed))}</code>`],
        ['runs per policy', num(m.runs)],
        ['turns per run', num(m.turns)],
        ['baseline', esc(m.baseline)],
        ['policies', m.policies.map((p) => `${esc(p.name)}${p.overlayHash ? ` (overlay <code>${esc(p.overlayHash)}</code>)` : ''}`).join(', ')],
      ]));
    }
    if (b.sweep) {
      const m = b.sweep.manifest;
      s.body.push('<h3>Sweep</h3>' + dl([
        ['engine', `${esc(m.engine.name)} ${esc(m.engine.version)}`],
        ['scenario', esc(m.scenario.name)],
        ['scenario hash', `<code>${esc(m.scenario.hash)}</code>`],
        ['root seed', `<code>${esc(String(m.seed))}</code>`],
        ['design', esc(m.design)],
        ['runs per point', num(m.runs)],
        ['turns per run', num(m.turns)],
        ['policy', esc(m.policy.name)],
        ['parameters', b.sweep.parameters.map((p) => `<code>${esc(p.pointer)}</code> ${num(p.min)}–${num(p.max)}`).join('<br>')],
      ]));
    }
    if (!b.monteCarlo && !b.comparison && !b.sweep) s.body.push(dl(common));
    if (detail) s.body.push(`<p class="note">Heat maps${b.monteCarlo?.perTurn ? '' : ' and fan charts'} come from replaying runs 0–${detail.runs - 1} with per-turn detail on the experiment's seeds (root seed ${esc(String(detail.seed))}).</p>`);
  }

  // Render the charts (in order; each with its own id prefix).
  const svgs = new Map<string, string>();
  for (const { fig } of figures) svgs.set(fig.id, await renderSvg(fig.spec, fig.id));

  const title = options.title ?? `Report: ${ex.scenarioName}`;
  const kinds = [b.optimization && 'allocation optimisation', b.monteCarlo && 'Monte Carlo', b.comparison && 'policy comparison', b.sweep && 'sensitivity sweep'].filter(Boolean).join(', ');
  const html: string[] = [];
  html.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
  html.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  html.push(`<title>${esc(title)}</title>`, `<style>${STYLE}</style>`, '</head>', '<body>');
  html.push('<header class="top">', `<h1>${esc(title)}</h1>`, `<p>${esc(ex.scenarioName)}</p>`);
  html.push(`<p>${esc(kinds)} · ${num(ex.runs)} runs · ${num(ex.turns)} turns · seed ${esc(String(ex.seed))} · scenario <code>${esc(ex.scenarioHash)}</code></p>`);
  html.push(`<nav class="toc">${sections.map((s) => `<a href="#${s.id}">${esc(s.title)}</a>`).join('')}</nav>`, '</header>');
  for (const s of sections) {
    html.push(`<section id="${s.id}">`, `<h2>${esc(s.title)}</h2>`, `<p class="lead">${esc(s.lead)}</p>`);
    let open = false;
    for (const part of s.body) {
      const m = /^\u0000fig:(.+)\u0000$/.exec(part);
      if (m) {
        const fig = figures.find((f) => f.fig.id === m[1])?.fig as Figure;
        if (!open) {
          html.push('<div class="charts">');
          open = true;
        }
        html.push(`<figure class="chart${fig.wide ? ' wide' : ''}" id="chart-${fig.id}" data-chart="${fig.id}">${svgs.get(fig.id)}<figcaption>${esc(fig.caption)}</figcaption></figure>`);
      } else {
        if (open) {
          html.push('</div>');
          open = false;
        }
        html.push(part);
      }
    }
    if (open) html.push('</div>');
    html.push('</section>');
  }
  html.push(`<footer>Made by ${esc(engineName(b))}${options.generatedAt ? ` on ${esc(options.generatedAt)}` : ''}. Charts: Vega-Lite, rendered to SVG when the report was made. This page loads nothing from the network.</footer>`);
  html.push('</body>', '</html>', '');
  return html.join('\n');
}

function engineName(b: ReportBundle): string {
  const e = b.monteCarlo?.manifest.engine ?? b.comparison?.manifest.engine ?? b.sweep?.manifest.engine;
  return e ? `${e.name} ${e.version}` : 'frontier-sim';
}
