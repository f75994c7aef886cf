/**
 * The report's charts, as Vega-Lite specs (rendered by render.ts). Each builder takes the rows
 * to draw and nothing else, so a test can render a spec and check every mark against its row.
 *
 * Conventions: time axes are dates (UTC, the same text on every machine) when the experiment's
 * calendar is known; with several policies a chart is drawn as small multiples, one panel per
 * policy on a shared scale, rather than as overlapping bands; labels and legends are never
 * truncated (labelLimit 0).
 *
 * @module
 */
export { renderSvg, loadVega, prefixIds, FONT, type VegaLiteSpec } from './render';
import type { VegaLiteSpec } from './render';

/** The colours of the policies, in order (the first is the baseline's). */
export const PALETTE = ['#1f6feb', '#d9480f', '#2f9e44', '#9c36b5', '#0c8599', '#c2255c', '#5c940d', '#8d6e63'];

const title = (o: { title: string; subtitle?: string | readonly string[] }) => ({
  text: o.title,
  ...(o.subtitle ? { subtitle: typeof o.subtitle === 'string' ? o.subtitle : [...o.subtitle] } : {}),
});

/**
 * A colour scale that gives each policy the same colour in every chart: the colour of its place
 * in `all` (every policy of the report, the baseline first), whichever of them a chart shows.
 */
function policyColor(field: string, policies: readonly string[], legend: object | null, all: readonly string[] = policies) {
  const colourOf = (p: string) => PALETTE[Math.max(0, all.indexOf(p)) % PALETTE.length] as string;
  return { field, type: 'nominal', sort: [...policies], scale: { domain: [...policies], range: policies.map(colourOf) }, legend };
}

/**
 * Ticks on the first of a month, every `step` months so that a span gets at most about
 * `labels` of them (a label '%b %Y' is then the very month its tick starts).
 */
function monthTicks(times: readonly number[], labels: number) {
  const months = times.length > 0 ? (Math.max(...times) - Math.min(...times)) / (30.44 * 86_400_000) : 0;
  const step = [1, 2, 3, 6, 12, 24, 60].find((k) => months / k <= labels) ?? 120;
  return { tickCount: { interval: 'month', step }, format: '%b %Y' };
}

/** The time axis: dates (UTC) when `dated`, else turn numbers from 0. */
function timeX(dated: boolean, titleText: string, times: readonly number[], labels: number) {
  return dated
    ? {
        field: 'time',
        type: 'temporal',
        title: titleText,
        scale: { type: 'utc', nice: false },
        axis: { ...monthTicks(times, labels), labelAngle: 0, labelOverlap: true, grid: true },
      }
    : { field: 'turn', type: 'quantitative', title: titleText, scale: { nice: false, zero: false }, axis: { tickMinStep: 1 } };
}

/** One turn of a fan chart. */
export interface FanRow {
  series: string;
  /** The turn, from 0. */
  turn: number;
  /** The turn's first day, as milliseconds since 1970 (UTC); required for a dated chart. */
  time?: number;
  p5: number;
  p50: number;
  p95: number;
  mean: number;
}

/**
 * A fan chart: per turn, the median run (solid line), the mean (dashed) and the 5th–95th
 * percentile band across runs. One panel per series (policy) on a shared y scale, at most
 * three to a row.
 */
export function fanSpec(
  rows: readonly FanRow[],
  o: {
    title: string;
    subtitle?: string | readonly string[];
    yTitle: string;
    timeTitle: string;
    dated: boolean;
    policies?: readonly string[];
    yFormat?: string;
    width?: number;
    height?: number;
  },
): VegaLiteSpec {
  const series = o.policies ? [...o.policies] : [...new Set(rows.map((r) => r.series))];
  const present = series.filter((s) => rows.some((r) => r.series === s));
  const color = policyColor('series', present, null, series);
  const x = timeX(
    o.dated,
    o.timeTitle,
    rows.map((r) => r.time ?? 0),
    present.length > 1 ? 4 : 6,
  );
  const layer = [
    {
      mark: { type: 'area', opacity: 0.22 },
      encoding: {
        x,
        y: { field: 'p5', type: 'quantitative', title: o.yTitle, axis: { titleLimit: 0, ...(o.yFormat ? { format: o.yFormat } : {}) } },
        y2: { field: 'p95' },
        color,
      },
    },
    { mark: { type: 'line', strokeWidth: 1.25, strokeDash: [4, 3] }, encoding: { x, y: { field: 'mean', type: 'quantitative' }, color } },
    { mark: { type: 'line', strokeWidth: 2.25 }, encoding: { x, y: { field: 'p50', type: 'quantitative' }, color } },
  ];
  const data = { values: rows.filter((r) => Number.isFinite(r.p50)).map((r) => ({ ...r })) };
  if (present.length <= 1) return { title: title(o), width: o.width ?? 430, height: o.height ?? 180, data, layer };
  return {
    title: title(o),
    data,
    facet: { field: 'series', type: 'nominal', sort: present, title: null, header: { labelOrient: 'top', labelAnchor: 'start' } },
    columns: Math.min(3, present.length),
    spec: { width: o.width ?? 300, height: o.height ?? 150, layer },
    resolve: { scale: { y: 'shared', x: 'shared' } },
  };
}

/** One sector-turn cell of a heat map. */
export interface HeatCell {
  sector: string;
  /** The policy (a panel) of a faceted map. */
  policy?: string;
  turn: number;
  value: number;
  /** The sector's western and eastern ends, km along the border. */
  x0: number;
  x1: number;
  /** The turn's first day and the next turn's (ms since 1970, UTC), or turn - 0.5 and turn + 0.5 undated. */
  t0: number;
  t1: number;
}

/** A sector as a heat map's column: its label and its ends along the border (km). */
export interface HeatSector {
  label: string;
  x0: number;
  x1: number;
}

/** Colour ramps of the heat maps: white for none, then darker for more. */
export const HEAT_RAMPS: Readonly<Record<string, readonly string[]>> = {
  orange: ['#ffffff', '#fee8c8', '#fdbb84', '#e34a33', '#7f0000'],
  purple: ['#ffffff', '#e7e1ef', '#a59ad0', '#6a51a3', '#3f007d'],
  red: ['#ffffff', '#fcd5d5', '#f08080', '#c92a2a', '#67000d'],
};

/** The diverging ramp of a difference map: blue for less, white for none, red for more. */
export const DIVERGING = ['#2166ac', '#92c5de', '#f7f7f7', '#f4a582', '#b2182b'];

/** A Vega expression that names the sector whose middle is at `datum.value` (km). */
function sectorLabelExpr(sectors: readonly HeatSector[]): string {
  const mids = sectors.map((s) => (s.x0 + s.x1) / 2);
  const names = sectors.map((s) => JSON.stringify(s.label).replace(/'/g, "\\'"));
  return `[${names.join(',')}][indexof([${mids.join(',')}], datum.value)]`;
}

/**
 * The border as a strip west to east (x, each sector's column as wide as the sector is long)
 * against time (y, first turn at the top), coloured by a mean per sector and turn. With
 * `diverging`, a difference (symmetric scale around 0); with cells of several policies, one
 * panel per policy.
 */
export function heatSpec(
  cells: readonly HeatCell[],
  o: {
    title: string;
    subtitle?: string;
    sectors: readonly HeatSector[];
    legendTitle: string | readonly string[];
    timeTitle: string;
    dated: boolean;
    ramp?: keyof typeof HEAT_RAMPS;
    diverging?: boolean;
    policies?: readonly string[];
    width?: number;
  },
): VegaLiteSpec {
  const turns = new Set(cells.map((c) => c.turn)).size;
  const westKm = Math.min(...o.sectors.map((s) => s.x0));
  const eastKm = Math.max(...o.sectors.map((s) => s.x1));
  const mids = o.sectors.map((s) => (s.x0 + s.x1) / 2);
  const x = {
    field: 'x0',
    type: 'quantitative',
    title: 'Sector, west → east',
    scale: { domain: [westKm, eastKm], nice: false, zero: false },
    axis: {
      values: mids,
      labelExpr: sectorLabelExpr(o.sectors),
      labelAngle: -45,
      labelAlign: 'right',
      labelBaseline: 'top',
      labelLimit: 0,
      labelOverlap: o.sectors.length > 40 ? 'greedy' : false,
      labelFontSize: 10,
      grid: false,
      ticks: true,
    },
  };
  const y = o.dated
    ? {
        field: 't0',
        type: 'temporal',
        title: o.timeTitle,
        scale: { type: 'utc', reverse: true, nice: false },
        axis: {
          ...monthTicks(
            cells.map((c) => c.t0),
            8,
          ),
          grid: false,
        },
      }
    : { field: 't0', type: 'quantitative', title: o.timeTitle, scale: { reverse: true, nice: false, zero: false }, axis: { tickMinStep: 1, grid: false } };
  const maxAbs = Math.max(1e-9, ...cells.map((c) => Math.abs(c.value)));
  const scale = o.diverging
    ? { domain: [-maxAbs, maxAbs], range: [...DIVERGING], interpolate: 'rgb' }
    : { range: [...(HEAT_RAMPS[o.ramp ?? 'orange'] as readonly string[])], interpolate: 'rgb', zero: true, nice: true };
  const color = {
    field: 'value',
    type: 'quantitative',
    title: typeof o.legendTitle === 'string' ? o.legendTitle : [...o.legendTitle],
    scale,
    legend: { orient: 'right', gradientLength: 150, titleLimit: 0, labelLimit: 0 },
  };
  const policies = o.policies ?? [...new Set(cells.map((c) => c.policy).filter((p): p is string => p !== undefined))];
  const inner = {
    mark: { type: 'rect', stroke: '#f0f0f0', strokeWidth: 0.3 },
    encoding: { x, x2: { field: 'x1' }, y, y2: { field: 't1' }, color, description: { field: 'description' } },
  };
  const height = Math.max(180, Math.min(420, turns * 7));
  // Each cell's aria-label: what a screen reader says, and what a test reads back.
  const dateOf = (c: HeatCell) => (o.dated ? ` (${new Date(c.t0).toISOString().slice(0, 10)})` : '');
  const data = {
    values: cells.map((c) => ({
      ...c,
      description: `${c.policy !== undefined ? `${c.policy}: ` : ''}${c.sector}, turn ${c.turn}${dateOf(c)}: ${round(c.value)}`,
    })),
  };
  if (policies.length <= 1) return { title: title(o), width: o.width ?? 760, height, data, ...inner };
  return {
    title: title(o),
    data,
    facet: { field: 'policy', type: 'nominal', sort: [...policies], title: null, header: { labelOrient: 'top', labelAnchor: 'start' } },
    columns: Math.min(2, policies.length),
    spec: { width: o.width ?? 390, height: Math.min(height, 240), ...inner },
    resolve: { scale: { color: 'shared' } },
  };
}

/** A number for an aria-label: up to 4 decimals. */
function round(v: number): string {
  return String(Math.round(v * 1e4) / 1e4);
}

/** One row of a forest plot. */
export interface ForestRow {
  metric: string;
  policy: string;
  estimate: number;
  low: number;
  high: number;
}

/**
 * A forest plot: paired differences with 95 % CIs, one row per metric and, within it, one line
 * per policy (in the legend's order), one colour per policy; a dashed zero line the height of
 * the plot. Every layer that draws data carries the same y and yOffset, so a policy's point and
 * its interval share its line; the zero line has no y, so it spans every row.
 */
export function forestSpec(
  rows: readonly ForestRow[],
  o: { title: string; subtitle?: string; xTitle: string; metrics: readonly string[]; policies?: readonly string[]; width?: number },
): VegaLiteSpec {
  const all = o.policies ? [...o.policies] : [...new Set(rows.map((r) => r.policy))];
  const policies = all.filter((p) => rows.some((r) => r.policy === p));
  const many = policies.length > 1;
  const color = policyColor(
    'policy',
    policies,
    many
      ? { title: 'Policy vs baseline', orient: 'top', direction: 'horizontal', columns: Math.min(policies.length, 3), labelLimit: 0, symbolType: 'circle' }
      : null,
    all,
  );
  const y = {
    field: 'metric',
    type: 'nominal',
    sort: [...o.metrics],
    title: null,
    axis: { labelLimit: 0, labelFontSize: 12, grid: false, ticks: false, domain: false, labelPadding: 8 },
  };
  const yOffset = many ? { yOffset: { field: 'policy', type: 'nominal', sort: policies, scale: { paddingInner: 0.15, paddingOuter: 0.35 } } } : {};
  const data = { y, color, ...yOffset };
  return {
    title: title(o),
    width: o.width ?? 560,
    height: many ? { step: 13, for: 'offset' } : { step: 26 },
    data: { values: rows.map((r) => ({ metric: r.metric, policy: r.policy, estimate: r.estimate, low: r.low, high: r.high })) },
    layer: [
      { mark: { type: 'rule', color: '#52606d', strokeDash: [4, 3], strokeWidth: 1.25 }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      {
        mark: { type: 'rule', strokeWidth: 2.5 },
        encoding: { x: { field: 'low', type: 'quantitative', title: o.xTitle, axis: { grid: true } }, x2: { field: 'high' }, ...data },
      },
      { mark: { type: 'point', filled: true, size: 55, opacity: 1 }, encoding: { x: { field: 'estimate', type: 'quantitative' }, ...data } },
    ],
    config: { axisY: { labelFontWeight: 500 } },
  };
}

/** One row of an interval chart: an estimate and its 95 % interval. */
export interface IntervalRow {
  label: string;
  estimate: number;
  low: number;
  high: number;
}

/**
 * Estimates with intervals, one row each (cost-effectiveness: USD per unit gained, per policy),
 * coloured as the policies are elsewhere; the x scale starts at 0 (a ratio's scale).
 */
export function intervalSpec(
  rows: readonly IntervalRow[],
  o: { title: string; subtitle?: string; xTitle: string; order: readonly string[]; policies: readonly string[]; width?: number },
): VegaLiteSpec {
  const color = policyColor('label', o.order, null, o.policies);
  const y = {
    field: 'label',
    type: 'nominal',
    sort: [...o.order],
    title: null,
    axis: { labelLimit: 0, grid: false, ticks: false, domain: false, labelPadding: 8 },
  };
  return {
    title: title(o),
    width: o.width ?? 240,
    height: { step: 30 },
    data: { values: rows.map((r) => ({ ...r })) },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 2.5 },
        encoding: {
          y,
          x: { field: 'low', type: 'quantitative', title: o.xTitle, scale: { zero: true }, axis: { grid: true, format: '~s' } },
          x2: { field: 'high' },
          color,
        },
      },
      { mark: { type: 'point', filled: true, size: 60, opacity: 1 }, encoding: { y, x: { field: 'estimate', type: 'quantitative' }, color } },
    ],
  };
}

/** One bar of a histogram: the runs whose total falls in [x0, x1). */
export interface HistogramBin {
  series: string;
  x0: number;
  x1: number;
  count: number;
}

/**
 * Bins of run totals: one nice step (1, 2 or 5 × 10^k) for every series, so that panels
 * compare; about `bins` bins over the range of all values; the last bin includes its upper
 * edge. A series whose values are all equal gets one bin around them.
 */
export function histogramBins(series: readonly { series: string; values: ArrayLike<number> }[], bins = 24): HistogramBin[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series)
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  if (!Number.isFinite(lo)) return [];
  const raw = hi > lo ? (hi - lo) / bins : Math.max(Math.abs(lo), 1) / 10;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p) as number;
  const start = Math.floor(lo / step) * step;
  const n = Math.max(1, Math.floor((hi - start) / step) + 1);
  const out: HistogramBin[] = [];
  for (const s of series) {
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < s.values.length; i++) {
      const k = Math.min(n - 1, Math.floor(((s.values[i] as number) - start) / step));
      counts[k] = (counts[k] as number) + 1;
    }
    counts.forEach((count, k) => out.push({ series: s.series, x0: start + k * step, x1: start + (k + 1) * step, count }));
  }
  return out;
}

/** A histogram of run totals: bars of counts of runs; one panel per policy, on a shared x. */
export function histogramSpec(
  bins: readonly HistogramBin[],
  o: { title: string; subtitle?: string; xTitle: string; policies: readonly string[]; xFormat?: string; width?: number },
): VegaLiteSpec {
  const present = o.policies.filter((p) => bins.some((b) => b.series === p));
  const color = policyColor('series', present, null, o.policies);
  const inner = {
    mark: { type: 'rect', stroke: 'white', strokeWidth: 0.5 },
    encoding: {
      x: { field: 'x0', type: 'quantitative', title: o.xTitle, scale: { zero: false, nice: false }, axis: { titleLimit: 0, format: o.xFormat ?? '~s' } },
      x2: { field: 'x1' },
      y: { field: 'count', type: 'quantitative', title: 'runs', axis: { tickMinStep: 1 } },
      color,
      description: { field: 'description' },
    },
  };
  const index = new Map<string, number>();
  const data = {
    values: bins.map((b) => {
      const k = index.get(b.series) ?? 0;
      index.set(b.series, k + 1);
      return { ...b, description: `${b.series}, bin ${k} (${round(b.x0)} to ${round(b.x1)}): ${b.count} run${b.count === 1 ? '' : 's'}` };
    }),
  };
  if (present.length <= 1) return { title: title(o), width: o.width ?? 430, height: 150, data, ...inner };
  return {
    title: title(o),
    data,
    facet: { field: 'series', type: 'nominal', sort: present, title: null, header: { labelOrient: 'top', labelAnchor: 'start' } },
    columns: Math.min(3, present.length),
    spec: { width: o.width ?? 300, height: 110, ...inner },
    resolve: { scale: { x: 'shared', y: 'shared' } },
  };
}

/** One bar of a tornado chart: an input's effect, from `low` to `high` (or 0 to `high`). */
export interface TornadoRow {
  parameter: string;
  group: string;
  low: number;
  high: number;
}

/** A tornado chart: horizontal bars, inputs sorted by the size of their effect, largest on top. */
export function tornadoSpec(
  rows: readonly TornadoRow[],
  o: { title: string; subtitle?: string; xTitle: string; order: readonly string[]; groupTitle: string; groups: readonly string[] },
): VegaLiteSpec {
  return {
    title: title(o),
    width: 480,
    height: { step: 22 },
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y: { field: 'parameter', type: 'nominal', sort: [...o.order], title: null, axis: { labelLimit: 0 } },
          x: { field: 'low', type: 'quantitative', title: o.xTitle, axis: { titleLimit: 0 } },
          x2: { field: 'high' },
          color: {
            field: 'group',
            type: 'nominal',
            title: o.groupTitle,
            sort: [...o.groups],
            scale: { domain: [...o.groups], range: ['#1f6feb', '#d9480f'] },
            legend: { orient: 'top', direction: 'horizontal', labelLimit: 0 },
          },
        },
      },
      { mark: { type: 'rule', color: '#52606d' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
    ],
  };
}
