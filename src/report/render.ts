/**
 * Rendering the report's charts: Vega-Lite specs, compiled by vega-lite and rendered to static
 * SVG by vega's headless `View.toSVG()` when the report is made. Nothing is fetched: the data
 * are inline and the loader refuses any URL.
 *
 * vega and vega-lite are ESM-only; they are loaded with a dynamic `import()` so that the
 * CommonJS build of this package can load them too.
 *
 * @module
 */

/** A Vega-Lite spec (a plain JSON object). */
export type VegaLiteSpec = Record<string, unknown>;

import { ReportError } from './errors';

type VegaModule = typeof import('vega');
type VegaLiteModule = typeof import('vega-lite');

let modules: Promise<{ vega: VegaModule; vl: VegaLiteModule }> | undefined;

/**
 * vega and vega-lite are optional peer dependencies: the library and most of the CLI run
 * without them (a small install); the HTML report needs them. Their absence is one sentence.
 */
function missingCharts(e: unknown): unknown {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const message = e instanceof Error ? e.message : '';
  if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /vega/.test(message)) {
    return new ReportError(
      'the HTML report draws its charts with vega and vega-lite, optional peer dependencies that are not installed here: run `npm install vega@^6 vega-lite@^6`',
    );
  }
  return e;
}

/** Loads vega and vega-lite once (dynamic import: they are ESM-only). */
export function loadVega(): Promise<{ vega: VegaModule; vl: VegaLiteModule }> {
  modules ??= Promise.all([import('vega'), import('vega-lite')])
    .catch((e: unknown) => {
      modules = undefined;
      throw missingCharts(e);
    })
    .then(([vega, vl]) => {
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
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 500,
    labelColor: '#3e4c59',
    titleColor: '#1f2933',
    gridColor: '#e4e7eb',
    domainColor: '#9aa5b1',
    tickColor: '#9aa5b1',
  },
  legend: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 500, labelLimit: 0, titleLimit: 0 },
  header: { labelFontSize: 12, labelFontWeight: 600, labelColor: '#1f2933', labelLimit: 0, titleFontSize: 12 },
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
