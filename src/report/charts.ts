/**
 * The report's charts: Vega-Lite specs, compiled by vega-lite and rendered to static SVG by
 * vega's headless `View.toSVG()` when the report is made. Nothing is fetched: the data are
 * inline and the loader refuses any URL.
 *
 * vega and vega-lite are ESM-only; they are loaded with a dynamic `import()` so that the
 * CommonJS build of this package can load them too.
 *
 * @module
 */

/** A Vega-Lite spec (a plain JSON object). */
export type VegaLiteSpec = Record<string, unknown>;

type VegaModule = typeof import('vega');
type VegaLiteModule = typeof import('vega-lite');

let modules: Promise<{ vega: VegaModule; vl: VegaLiteModule }> | undefined;

/** Loads vega and vega-lite once (dynamic import: they are ESM-only). */
export function loadVega(): Promise<{ vega: VegaModule; vl: VegaLiteModule }> {
  modules ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vl]) => {
    // A CommonJS build may see the namespace under `default`.
    const v = vega as unknown as Partial<VegaModule> & { default?: VegaModule };
    const l = vl as unknown as Partial<VegaLiteModule> & { default?: VegaLiteModule };
    return { vega: (v.View ? v : v.default) as VegaModule, vl: (l.compile ? l : l.default) as VegaLiteModule };
  });
  return modules;
}

/** The fonts of every chart: the reader's own sans-serif (no web fonts). */
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const CONFIG = {
  font: FONT,
  background: 'white',
  padding: 8,
  view: { stroke: null },
  title: { fontSize: 14, fontWeight: 600, anchor: 'start', color: '#1f2933', subtitleColor: '#52606d', subtitleFontSize: 11 },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 500, labelColor: '#3e4c59', titleColor: '#1f2933', gridColor: '#e4e7eb', domainColor: '#9aa5b1', tickColor: '#9aa5b1' },
  legend: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 500 },
  range: { category: ['#1f6feb', '#d9480f', '#2f9e44', '#9c36b5', '#e8590c', '#0c8599', '#5c940d', '#c2255c'] },
};

/**
 * Renders a Vega-Lite spec to an SVG string. `idPrefix` makes the SVG's internal ids (clip
 * paths, gradients) unique within a page that holds several charts; ids are reset per chart,
 * so the same spec always gives the same bytes.
 */
export async function renderSvg(spec: VegaLiteSpec, idPrefix: string): Promise<string> {
  const { vega, vl } = await loadVega();
  const full = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', ...spec, config: { ...CONFIG, ...((spec.config as object) ?? {}) } };
  const compiled = vl.compile(full as Parameters<VegaLiteModule['compile']>[0], { logger: quietLogger() }).spec;
  const loader = vega.loader();
  const refuse = async (uri: string): Promise<never> => {
    throw new Error(`the report fetches nothing; a chart asked for ${uri}`);
  };
  loader.load = refuse;
  loader.sanitize = refuse;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader });
  (vega as unknown as { resetSVGDefIds?: () => void }).resetSVGDefIds?.();
  try {
    const svg = await view.toSVG();
    return prefixIds(svg, idPrefix);
  } finally {
    view.finalize();
  }
}

/**
 * Vega-Lite's compile warnings (e.g. how it resolved a scale's step between layers) are about
 * our own specs, already checked by the report's tests; printed, they would only clutter the
 * command's stderr. Errors still throw.
 */
function quietLogger() {
  let level = 0;
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: readonly unknown[]): never {
      throw new Error(args.map(String).join(' '));
    },
    warn: () => logger,
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/** Prefixes every `id="x"` and its references `url(#x)` / `href="#x"` in an SVG string. */
export function prefixIds(svg: string, prefix: string): string {
  const ids = new Set<string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) ids.add(m[1] as string);
  if (ids.size === 0) return svg;
  return svg
    .replace(/(\sid=")([^"]+)"/g, (_m, a: string, id: string) => `${a}${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (m, id: string) => (ids.has(id) ? `url(#${prefix}-${id})` : m))
    .replace(/(href=")#([^"]+)"/g, (m, a: string, id: string) => (ids.has(id) ? `${a}#${prefix}-${id}"` : m));
}

/** One turn of a fan chart. */
export interface FanRow {
  series: string;
  turn: number;
  p5: number;
  p50: number;
  p95: number;
  mean: number;
}

/** A fan chart: per-turn median (solid line), mean (dashed) and the p5–p95 band, one colour per series. */
export function fanSpec(rows: readonly FanRow[], o: { title: string; subtitle?: string; yTitle: string; xTitle: string; width?: number; height?: number }): VegaLiteSpec {
  const series = [...new Set(rows.map((r) => r.series))];
  const color = { field: 'series', type: 'nominal', title: 'Policy', sort: series, legend: series.length > 1 ? { orient: 'top', direction: 'horizontal' } : null };
  return {
    title: { text: o.title, ...(o.subtitle ? { subtitle: o.subtitle } : {}) },
    width: o.width ?? 430,
    height: o.height ?? 180,
    data: { values: rows.filter((r) => Number.isFinite(r.p50)) },
    encoding: {
      x: { field: 'turn', type: 'quantitative', title: o.xTitle, scale: { nice: false, zero: false }, axis: { tickMinStep: 1 } },
    },
    layer: [
      { mark: { type: 'area', opacity: 0.2 }, encoding: { y: { field: 'p5', type: 'quantitative', title: o.yTitle, axis: { titleLimit: 240 } }, y2: { field: 'p95' }, color } },
      { mark: { type: 'line', strokeWidth: 1.25, strokeDash: [4, 3] }, encoding: { y: { field: 'mean', type: 'quantitative' }, color } },
      { mark: { type: 'line', strokeWidth: 2.25 }, encoding: { y: { field: 'p50', type: 'quantitative' }, color } },
    ],
  };
}

/** One sector-turn cell of a heat map. */
export interface HeatCell {
  sector: string;
  turn: number;
  value: number;
}

/** Colour ramps of the heat maps: white for none, then darker for more. */
export const HEAT_RAMPS: Readonly<Record<string, readonly string[]>> = {
  orange: ['#ffffff', '#fee8c8', '#fdbb84', '#e34a33', '#7f0000'],
  purple: ['#ffffff', '#e7e1ef', '#a59ad0', '#6a51a3', '#3f007d'],
  red: ['#ffffff', '#fcd5d5', '#f08080', '#c92a2a', '#67000d'],
};

/** The border as a strip west to east (x) against turns (y, first turn at the top), coloured by a mean. */
export function heatSpec(cells: readonly HeatCell[], o: { title: string; subtitle?: string; sectors: readonly string[]; legendTitle: string | readonly string[]; turnTitle: string; ramp?: keyof typeof HEAT_RAMPS }): VegaLiteSpec {
  const turns = cells.reduce((m, c) => Math.max(m, c.turn), 1);
  return {
    title: { text: o.title, ...(o.subtitle ? { subtitle: o.subtitle } : {}) },
    width: Math.max(300, Math.min(600, o.sectors.length * 30)),
    height: Math.max(180, Math.min(420, turns * 7)),
    data: { values: cells.map((c) => ({ ...c, t0: c.turn - 0.5, t1: c.turn + 0.5 })) },
    mark: { type: 'rect', stroke: '#f0f0f0', strokeWidth: 0.3 },
    encoding: {
      x: { field: 'sector', type: 'ordinal', sort: [...o.sectors], title: 'Sector, west → east', axis: { labelAngle: -45, labelLimit: 110, labelFontSize: 10 } },
      y: { field: 't0', type: 'quantitative', title: o.turnTitle, scale: { domain: [0.5, turns + 0.5], reverse: true, nice: false, zero: false }, axis: { tickMinStep: 1, grid: false } },
      y2: { field: 't1' },
      color: { field: 'value', type: 'quantitative', title: typeof o.legendTitle === 'string' ? o.legendTitle : [...o.legendTitle], scale: { range: [...(HEAT_RAMPS[o.ramp ?? 'orange'] as readonly string[])], interpolate: 'rgb', zero: true, nice: true }, legend: { orient: 'right', gradientLength: 150, titleLimit: 200 } },
    },
  };
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
export function forestSpec(rows: readonly ForestRow[], o: { title: string; subtitle?: string; xTitle: string; metrics: readonly string[]; width?: number }): VegaLiteSpec {
  const policies = [...new Set(rows.map((r) => r.policy))];
  const many = policies.length > 1;
  const color = { field: 'policy', type: 'nominal', title: 'Policy vs baseline', sort: policies, legend: many ? { orient: 'top', direction: 'horizontal', columns: Math.min(policies.length, 3), labelLimit: 0, symbolType: 'circle' } : null };
  const y = { field: 'metric', type: 'nominal', sort: [...o.metrics], title: null, axis: { labelLimit: 0, labelFontSize: 12, grid: false, ticks: false, domain: false, labelPadding: 8 } };
  const yOffset = many ? { yOffset: { field: 'policy', type: 'nominal', sort: policies, scale: { paddingInner: 0.15, paddingOuter: 0.35 } } } : {};
  const data = { y, color, ...yOffset };
  return {
    title: { text: o.title, ...(o.subtitle ? { subtitle: o.subtitle } : {}) },
    width: o.width ?? 560,
    height: { step: many ? 12 * policies.length + 14 : 26 },
    data: { values: rows.map((r) => ({ metric: r.metric, policy: r.policy, estimate: r.estimate, low: r.low, high: r.high })) },
    layer: [
      { mark: { type: 'rule', color: '#52606d', strokeDash: [4, 3], strokeWidth: 1.25 }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      { mark: { type: 'rule', strokeWidth: 2.5 }, encoding: { x: { field: 'low', type: 'quantitative', title: o.xTitle, axis: { grid: true } }, x2: { field: 'high' }, ...data } },
      { mark: { type: 'point', filled: true, size: 55, opacity: 1 }, encoding: { x: { field: 'estimate', type: 'quantitative' }, ...data } },
    ],
    config: { axisY: { labelFontWeight: 500 } },
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
export function tornadoSpec(rows: readonly TornadoRow[], o: { title: string; subtitle?: string; xTitle: string; order: readonly string[]; groupTitle: string; groups: readonly string[] }): VegaLiteSpec {
  return {
    title: { text: o.title, ...(o.subtitle ? { subtitle: o.subtitle } : {}) },
    width: 480,
    height: { step: 22 },
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y: { field: 'parameter', type: 'nominal', sort: [...o.order], title: null, axis: { labelLimit: 400 } },
          x: { field: 'low', type: 'quantitative', title: o.xTitle },
          x2: { field: 'high' },
          color: { field: 'group', type: 'nominal', title: o.groupTitle, sort: [...o.groups], scale: { domain: [...o.groups], range: ['#1f6feb', '#d9480f'] }, legend: { orient: 'top', direction: 'horizontal' } },
        },
      },
      { mark: { type: 'rule', color: '#52606d' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
    ],
  };
}
