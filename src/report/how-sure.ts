/**
 * The report's "How sure are we" section: a comparison run with uncertainty over the inputs
 * (`compare --uncertainty ranges`), and Sobol' indices from `sweep --design sobol`, read for a
 * decision: each policy's effect over the plausible inputs next to the interval the dice alone
 * give, the probability that it is better, the inputs that decide it, and where it flips.
 *
 * Its charts are small inline SVGs drawn here (bars on a linear scale), so that the section
 * stands on its own beside the report's Vega-Lite charts.
 *
 * @module
 */
import type { Comparison } from '../experiment/compare';
import type { RobustEffect } from '../experiment/robustness';
import type { SweepResult } from '../experiment/sweep';
import { esc, num, pct, table, type TableCell } from './html';
import { metricInfo } from './metrics';

/** A section as renderReport lays it out. */
export interface ReportSection {
  id: string;
  title: string;
  lead: string;
  body: string[];
}

/** One row of an interval chart: a label, an outer interval, an inner interval and a point. */
export interface IntervalRow {
  label: string;
  /** Outer interval (the spread over the inputs). */
  low: number;
  high: number;
  /** Inner interval (the dice alone). */
  innerLow: number;
  innerHigh: number;
  /** The point (the mean). */
  value: number;
}

// Wide enough for "Border length in conflict · csto-multinational-force" in the label column at 1400 px.
const W = 900;
const LABEL = 380;
const ROW = 22;

/** The x position of v on a linear scale from [lo, hi] to the plot's pixels. */
export function scaleX(v: number, lo: number, hi: number, width = W - LABEL - 20): number {
  return LABEL + ((v - lo) / (hi - lo || 1)) * width;
}

/**
 * Interval chart: per row, a light bar over the outer interval, a dark bar over the inner one,
 * a dot at the value, and a dashed line at zero. Marks carry data attributes (tests check that
 * each sits where its number says).
 */
export function intervalSvg(rows: readonly IntervalRow[], axis: string): string {
  const lo = Math.min(0, ...rows.map((r) => Math.min(r.low, r.innerLow, r.value)));
  const hi = Math.max(0, ...rows.map((r) => Math.max(r.high, r.innerHigh, r.value)));
  const h = rows.length * ROW + 40;
  const x = (v: number) => scaleX(v, lo, hi).toFixed(2);
  const marks = rows.map((r, i) => {
    const y = 10 + i * ROW;
    return [
      `<text x="${LABEL - 6}" y="${y + 14}" text-anchor="end" font-size="11">${esc(r.label)}</text>`,
      `<rect class="outer" data-low="${r.low}" data-high="${r.high}" x="${x(r.low)}" y="${y + 5}" width="${(Number(x(r.high)) - Number(x(r.low))).toFixed(2)}" height="10" fill="#9ecae1"/>`,
      `<rect class="inner" data-low="${r.innerLow}" data-high="${r.innerHigh}" x="${x(r.innerLow)}" y="${y + 3}" width="${Math.max(1, Number(x(r.innerHigh)) - Number(x(r.innerLow))).toFixed(2)}" height="14" fill="#08519c"/>`,
      `<circle class="value" data-value="${r.value}" cx="${x(r.value)}" cy="${y + 10}" r="3" fill="#000"/>`,
    ].join('');
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${h}" viewBox="0 0 ${W} ${h}" role="img" aria-label="${esc(axis)}">` +
    marks.join('') +
    `<line class="zero" x1="${x(0)}" x2="${x(0)}" y1="5" y2="${h - 28}" stroke="#555" stroke-dasharray="3,3"/>` +
    `<text x="${x(lo)}" y="${h - 14}" font-size="10">${esc(num(lo))}</text><text x="${x(hi)}" y="${h - 14}" font-size="10" text-anchor="end">${esc(num(hi))}</text>` +
    `<text x="${(LABEL + W) / 2}" y="${h - 2}" font-size="11" text-anchor="middle">${esc(axis)}</text></svg>`
  );
}

/** Bars of shares in [0, 1] (Sobol' indices), a bar a row, with an optional second (total) bar. */
export function barsSvg(rows: readonly { label: string; value: number; second?: number }[], axis: string): string {
  const h = rows.length * ROW + 36;
  const x = (v: number) => scaleX(Math.max(0, Math.min(1, v)), 0, 1);
  const marks = rows.map((r, i) => {
    const y = 10 + i * ROW;
    return (
      `<text x="${LABEL - 6}" y="${y + 14}" text-anchor="end" font-size="11">${esc(r.label)}</text>` +
      (r.second !== undefined
        ? `<rect class="second" data-value="${r.second}" x="${LABEL}" y="${y + 2}" width="${(x(r.second) - LABEL).toFixed(2)}" height="16" fill="#c6dbef"/>`
        : '') +
      `<rect class="bar" data-value="${r.value}" x="${LABEL}" y="${y + 5}" width="${(x(r.value) - LABEL).toFixed(2)}" height="10" fill="#3182bd"/>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${h}" viewBox="0 0 ${W} ${h}" role="img" aria-label="${esc(axis)}">` +
    marks.join('') +
    `<text x="${LABEL}" y="${h - 14}" font-size="10">0</text><text x="${x(1)}" y="${h - 14}" font-size="10" text-anchor="end">1</text>` +
    `<text x="${(LABEL + W) / 2}" y="${h - 2}" font-size="11" text-anchor="middle">${esc(axis)}</text></svg>`
  );
}

/** A short label for an input pointer: its last two steps. */
function shortName(name: string): string {
  if (name.startsWith('group:')) return name;
  const steps = name.split('/').filter(Boolean);
  return steps.slice(-2).join('/');
}

function comparisonPart(c: Comparison, key: readonly string[]): string[] {
  const m = c.manifest.uncertainty;
  if (!m) return [];
  const body: string[] = [];
  const rows: IntervalRow[] = [];
  for (const cmp of c.comparisons) {
    for (const metric of key) {
      const e = cmp.uncertainty?.[metric];
      const base = c.policies.find((p) => p.name === c.baseline)?.metrics[metric]?.mean;
      if (!e || !(base !== undefined && Math.abs(base) > 0)) continue;
      const s = 100 / Math.abs(base);
      rows.push({
        label: `${metricInfo(metric).label} · ${cmp.policy}`,
        low: e.inputs.p5 * s,
        high: e.inputs.p95 * s,
        innerLow: (e.mean - e.chanceHalfWidth) * s,
        innerHigh: (e.mean + e.chanceHalfWidth) * s,
        value: e.mean * s,
      });
    }
  }
  if (rows.length > 0) {
    body.push(
      `<figure class="chart wide" data-chart="effects-over-inputs">${intervalSvg(rows, `Effect vs ${c.baseline} (% of the baseline's mean)`)}<figcaption>${esc(`Each policy's effect as a percentage of the baseline's mean. Light bar: 5-95 % of the expected effect over the plausible inputs (${m.points} input points); dark bar: the 95 % confidence interval a fixed-input experiment of the same runs reports, which describes the dice alone; dot: the mean. Where the light bar is far wider than the dark one, the answer is decided by what we assume, not by how many runs we play.`)}</figcaption></figure>`,
    );
  }
  for (const cmp of c.comparisons) {
    const u = cmp.uncertainty;
    if (!u) continue;
    const names = key.filter((k) => u[k]);
    const tr = names.map((metric): TableCell[] => {
      const e = u[metric] as RobustEffect;
      return [
        metric,
        e.mean,
        { html: `${num(e.inputs.p5)} – ${num(e.inputs.p95)}`, numeric: true },
        { html: `±${num(e.chanceHalfWidth)}`, numeric: true },
        { html: pct(e.inputShare, 0), numeric: true },
        { html: e.pBetter === null ? '–' : pct(e.pBetter, 0), numeric: true },
      ];
    });
    body.push(
      table(
        ['metric', 'mean effect', '5–95 % over the inputs', 'fixed-input 95 % CI', 'variance from the inputs', 'P(better)'],
        tr,
        `${cmp.policy} vs ${c.baseline} over the plausible inputs`,
      ),
    );
    const headline = names.find((k) => (u[k]?.drivers.length ?? 0) > 0);
    if (headline) {
      const d = (u[headline] as RobustEffect).drivers;
      body.push(
        `<figure class="chart" data-chart="drivers-${esc(cmp.policy)}">${barsSvg(
          d.map((x) => ({ label: shortName(x.name), value: x.firstOrder })),
          `First-order index of the effect on ${metricInfo(headline).label}`,
        )}<figcaption>${esc(`What decides ${cmp.policy}'s effect on ${metricInfo(headline).label}: each input's first-order Sobol' index, the share of the expected effect's variance over the inputs that the input explains alone (estimated from the design's points; inputs under the noise floor are left out).`)}</figcaption></figure>`,
      );
    }
    const sentences = names.flatMap((k) => u[k]?.sentences ?? []);
    if (sentences.length) body.push(`<ul class="findings">${sentences.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`);
  }
  return body;
}

function sobolPart(sw: SweepResult, key: readonly string[]): string[] {
  const so = sw.sobol;
  if (!so) return [];
  const metric = key.find((k) => so.metrics[k]) ?? Object.keys(so.metrics)[0];
  if (metric === undefined) return [];
  const a = so.metrics[metric];
  if (!a) return [];
  const rows = a.indices
    .map((ix, i) => ({ label: shortName(so.factors[i]?.name ?? String(i)), value: ix.first, second: ix.total }))
    .sort((p, q) => (q.second ?? 0) - (p.second ?? 0))
    .slice(0, 12);
  const what = so.effectOf ? `the effect of ${so.effectOf.name} on ${metricInfo(metric).label}` : metricInfo(metric).label;
  return [
    `<figure class="chart" data-chart="sobol">${barsSvg(rows, `Sobol' indices of ${what}`)}<figcaption>${esc(`Sobol' indices from a Saltelli design (N = ${so.n}, ${so.points} points): dark bar, first order (the input alone); light bar, total (with its interactions). The twelve inputs with the largest total index.`)}</figcaption></figure>`,
  ];
}

/**
 * The section, or undefined when nothing in the report was run with uncertainty.
 *
 * @param key - the report's key metrics
 */
export function howSureSection(input: { comparison?: Comparison; sweep?: SweepResult }, key: readonly string[]): ReportSection | undefined {
  const body = [...(input.comparison ? comparisonPart(input.comparison, key) : []), ...(input.sweep ? sobolPart(input.sweep, key) : [])];
  if (body.length === 0) return undefined;
  const m = input.comparison?.manifest.uncertainty;
  const lead = m
    ? `The comparison above holds nothing fixed but the dice when it is read by its confidence intervals. Here every uncertain input the scenario declares varies over its plausible range: ${m.points} input points (a Latin hypercube of ${m.factors} inputs${m.hold.length ? `, ${m.hold.length} held at their values` : ''}) × ${m.replications} runs, the same for every policy. Each effect's spread over the inputs is set beside the interval the runs alone give, with the probability that the policy is better and where that flips.`
    : "Which inputs decide the outcome: variance-based (Sobol') sensitivity indices.";
  return { id: 'how-sure', title: 'How sure are we', lead, body };
}
