/**
 * Real reports say what their experiments say, and read at 1400 px: a plain Monte Carlo (one
 * policy), comparisons of 2 and 5 policies, and a Morris sweep of the default scenario. Every
 * figure's SVG is checked against the rows it was made from (chart-checks.ts), those rows
 * against the experiment, and the page in headless Chromium at 1400 px wide: no label cut or
 * outside its chart, no chart wider than the page. Screenshots of each report and each figure
 * are kept in out/screens/ (gitignored) for people to look at.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileScenario, comparePolicies, loadScenario, runMonteCarlo, sweep, type Comparison, type MonteCarloResult } from '../../src/index';
import type { FanRow, ForestRow, HeatCell, HeatSector, HistogramBin, IntervalRow } from '../../src/report/charts';
import { metricInfo } from '../../src/report/metrics';
import { renderPage } from '../../src/report/page';
import { buildReport, type ReportInput, type ReportOptions } from '../../src/report/report';
import type { Figure } from '../../src/report/section';
import { readPolicyFile } from '../../src/cli/commands/mc';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from '../helpers/chromium';
import { DEFAULT_SCENARIO, ROOT } from '../helpers/paths';
import { checkFan, checkForest, checkHeat, checkHistogram, checkIntervals, checkNoCutText, checkTornado } from './chart-checks';
import { figureSvgs } from './svg-marks';
import { checkMap, mapSectorRows } from './map-checks';

const SCREENS = join(ROOT, 'out', 'screens');
const scenario = loadScenario(DEFAULT_SCENARIO);
const BUNDLED = ['russian-border-guards-return', 'csto-multinational-force', 'technical-assistance', '201st-quick-reaction'].map((p) =>
  readPolicyFile(join(ROOT, 'scenarios', 'policies', `${p}.json`)),
);
const RUNS = 12;
const TURNS = 20;
const REPLAY = 6;

interface Built {
  name: string;
  html: string;
  figures: Figure[];
  input: ReportInput;
  options: ReportOptions;
}

async function build(name: string, input: ReportInput, options: ReportOptions): Promise<Built> {
  const { head, sections } = buildReport(input, options);
  const html = await renderPage(head, sections);
  const figures = sections.flatMap((s) => s.body.filter((p): p is Figure => typeof p !== 'string'));
  return { name, html, figures, input, options };
}

const values = <T>(f: Figure) => (f.spec.data as { values: T[] }).values;

/** Checks every figure of a report against the rows it was drawn from. */
function checkFigures(r: Built): string[] {
  const svgs = figureSvgs(r.html);
  const kinds: string[] = [];
  for (const f of r.figures) {
    const svg = svgs.get(f.id) as string;
    expect(svg, `${r.name}: figure ${f.id} is on the page`).toBeDefined();
    checkNoCutText(svg, `${r.name} ${f.id}`);
    const what = `${r.name} ${f.id}`;
    if (f.id === 'forest') {
      const rows = values<ForestRow>(f);
      checkForest(svg, rows, [...new Set(rows.map((x) => x.metric))]);
      kinds.push('forest');
    } else if (f.id.startsWith('fan-')) {
      checkFan(svg, values<FanRow>(f), what);
      kinds.push('fan');
    } else if (f.id.startsWith('heat-')) {
      const cells = values<HeatCell>(f);
      const sectors = [...new Map(cells.map((c) => [c.sector, { label: c.sector, x0: c.x0, x1: c.x1 }] as const)).values()] as HeatSector[];
      checkHeat(
        svg,
        cells,
        sectors,
        what,
        cells.some((c) => c.policy !== undefined),
      );
      kinds.push('heat');
    } else if (f.id.startsWith('hist-')) {
      const bins = values<HistogramBin>(f);
      const runs = Object.fromEntries(
        [...new Set(bins.map((b) => b.series))].map((s) => [s, bins.filter((b) => b.series === s).reduce((a, b) => a + b.count, 0)]),
      );
      for (const n of Object.values(runs)) expect(n, `${what}: the replayed runs`).toBe(REPLAY);
      checkHistogram(svg, bins, runs, what);
      kinds.push('hist');
    } else if (f.id.startsWith('cost-')) {
      checkIntervals(svg, values<IntervalRow>(f), what);
      kinds.push('cost');
    } else if (f.id === 'tornado') {
      const rows = values<{ parameter: string; group: string; low: number; high: number }>(f);
      const order = ((f.spec.layer as { encoding?: { y?: { sort?: string[] } } }[])[0]?.encoding?.y?.sort ?? []) as string[];
      expect(order.length, `${what}: every input has a bar`).toBe(3);
      checkTornado(svg, rows, order, what);
      expect(order.map((p) => Math.max(...rows.filter((x) => x.parameter === p).map((x) => Math.abs(x.high - x.low))))).toEqual(
        [...order.map((p) => Math.max(...rows.filter((x) => x.parameter === p).map((x) => Math.abs(x.high - x.low))))].sort((a, b) => b - a),
      );
      kinds.push('tornado');
    } else if (f.id.startsWith('map-')) {
      const rows = mapSectorRows(f.spec);
      expect(rows, `${what}: every sector on the map`).toHaveLength(scenario.sectors.length);
      checkMap(svg, f.spec, what);
      kinds.push('map');
    } else throw new Error(`${what}: a figure kind the test does not know`);
  }
  return kinds;
}

describe('reports of real experiments: every figure against its data', () => {
  const reports: Built[] = [];
  let mc: MonteCarloResult;
  let cmp5: Comparison;

  beforeAll(async () => {
    mc = await runMonteCarlo(scenario, { runs: RUNS, seed: 7, turns: TURNS, perTurn: ['gotAway', 'interdicted', 'clashes'] });
    const cmp2 = await comparePolicies(scenario, { runs: RUNS, seed: 7, turns: TURNS, policies: [{ name: 'status-quo' }, BUNDLED[2] as never] });
    cmp5 = await comparePolicies(scenario, { runs: RUNS, seed: 7, turns: TURNS, policies: [{ name: 'status-quo' }, ...BUNDLED] });
    const sw = await sweep(scenario, {
      design: 'morris',
      parameters: ['/forces[id=border-panj]/personnel', '/sectors[id=panj]/sensorDetection', '/parameters/detection/sweepWidthKm'],
      trajectories: 3,
      runs: 2,
      seed: 7,
      turns: 8,
      metrics: ['gotAway', 'interdicted'],
    });
    reports.push(await build('monte-carlo', mc, { scenario, replayRuns: REPLAY }));
    reports.push(await build('compare-2', cmp2, { scenario, replayRuns: REPLAY, policies: BUNDLED }));
    reports.push(await build('compare-5', cmp5, { scenario, replayRuns: REPLAY, policies: BUNDLED }));
    reports.push(await build('sweep', sw, {}));
  });

  it('each report kind draws its charts, each where its data puts it', () => {
    const kinds = Object.fromEntries(reports.map((r) => [r.name, checkFigures(r)]));
    expect(new Set(kinds['monte-carlo'])).toEqual(new Set(['fan', 'map', 'heat', 'hist']));
    for (const name of ['compare-2', 'compare-5']) expect(new Set(kinds[name])).toEqual(new Set(['forest', 'cost', 'fan', 'map', 'heat', 'hist']));
    expect(kinds.sweep).toEqual(['tornado']);
  });

  it("the rows are the experiment's: forest = paired differences, fans = per-turn quantiles, heat = replayed sector means", () => {
    const r5 = reports.find((r) => r.name === 'compare-5') as Built;
    const forest = values<ForestRow>(r5.figures.find((f) => f.id === 'forest') as Figure);
    for (const cmp of cmp5.comparisons) {
      const p = cmp.metrics.gotAway as NonNullable<(typeof cmp.metrics)[string]>;
      const row = forest.find((x) => x.policy === cmp.policy && x.metric === metricInfo('gotAway').label) as ForestRow;
      expect(row.estimate).toBeCloseTo((100 * p.meanDifference) / p.meanBaseline, 9);
      expect(row.low).toBeCloseTo((100 * p.ci95[0]) / p.meanBaseline, 9);
    }
    const rmc = reports.find((r) => r.name === 'monte-carlo') as Built;
    const fan = rmc.figures.find(
      (f) => f.id.startsWith('fan-') && values<FanRow>(f).length > 0 && f.spec.title && JSON.stringify(f.spec.title).includes('Got away per turn'),
    ) as Figure;
    const rows = values<FanRow>(fan);
    expect(rows.map((x) => x.p50)).toEqual(mc.perTurn?.gotAway?.p50);
    expect(rows.map((x) => x.turn)).toEqual(Array.from({ length: TURNS }, (_, t) => t));
    expect(rows[0]?.time).toBe(Date.UTC(2021, 7, 16));
    // A rare event is a running total: it never falls.
    const clashes = rmc.figures.find((f) => JSON.stringify(f.spec.title).includes('Clashes so far')) as Figure;
    const med = values<FanRow>(clashes).map((x) => x.mean);
    for (let i = 1; i < med.length; i++) expect(med[i]).toBeGreaterThanOrEqual(med[i - 1] as number);
    // Heat map: columns as wide as the scenario's sectors are long.
    const heat = values<HeatCell>(rmc.figures.find((f) => f.id === 'heat-0') as Figure);
    for (const sec of compileScenario(scenario).sectors) {
      const cell = heat.find((c) => Math.abs((c.x0 + c.x1) / 2 - sec.position.alongBorderKm) < 1e-9) as HeatCell;
      expect(cell.x1 - cell.x0, sec.id).toBeCloseTo(sec.lengthKm, 9);
    }
  });

  describe('in headless Chromium at 1400 px', () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      rmSync(SCREENS, { recursive: true, force: true });
      mkdirSync(SCREENS, { recursive: true });
      browser = await launchChromium({ width: 1400, height: 1000 });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('no label is cut or outside its chart, every chart at its own size; screenshots in out/screens/', async () => {
      for (const r of reports) {
        const page = await (browser as Browser).context.newPage();
        await page.setContent(r.html, { waitUntil: 'load' });
        const [scrollWidth, clientWidth] = await page.$eval('html', (el) => [el.scrollWidth, el.clientWidth]);
        expect(scrollWidth, `${r.name}: the page does not scroll sideways`).toBeLessThanOrEqual(clientWidth);
        const problems = await page.$$eval('figure.chart', (figs) =>
          figs.flatMap((fig) => {
            const out: string[] = [];
            const id = fig.getAttribute('data-chart');
            const svg = fig.querySelector('svg');
            if (!svg) return [`${id}: no chart`];
            const box = svg.getBoundingClientRect();
            const figBox = fig.getBoundingClientRect();
            if (box.right > figBox.right + 1 || box.left < figBox.left - 1) out.push(`${id}: wider than its figure`);
            // Drawn at its own size: a chart shrunk to fit its figure has smaller, harder text.
            const natural = Number(svg.getAttribute('width'));
            if (box.width < 0.97 * natural) out.push(`${id}: shrunk to ${Math.round((100 * box.width) / natural)} % of its width to fit`);
            for (const t of Array.from(svg.querySelectorAll('text')) as unknown as (typeof fig)[]) {
              const tb = t.getBoundingClientRect();
              if (tb.width === 0) continue;
              if (tb.left < box.left - 1 || tb.right > box.right + 1 || tb.top < box.top - 1 || tb.bottom > box.bottom + 1)
                out.push(`${id}: '${t.textContent}' outside its chart`);
              if ((t.textContent ?? '').includes('…')) out.push(`${id}: '${t.textContent}' cut`);
            }
            return out;
          }),
        );
        expect(problems, r.name).toEqual([]);
        const dir = join(SCREENS, r.name);
        mkdirSync(dir, { recursive: true });
        await fullPageScreenshot(page, join(SCREENS, `${r.name}.png`));
        for (const f of r.figures) await page.locator(`figure[data-chart="${f.id}"]`).screenshot({ path: join(dir, `${f.id}.png`) });
        await page.close();
      }
    });
  });
});

/** The tallest screenshot taken in one piece, px: well under Chromium's 16,384 px capture limit. */
const TILE_PX = 8000;

/**
 * A full-page screenshot in pieces of at most {@link TILE_PX}: `NAME.png` from the top, then
 * `NAME-from-Ypx.png`. The tallest report page is about 17,000 px, over the 2^14 px that
 * Chromium captures in one go: a full-page screenshot of it failed now and then with "Unable to
 * capture screenshot" in fresh-clone CI runs of December 2026, once even when taken again, after
 * every check of the page had passed. A piece is taken again once on that answer. The
 * screenshots are for people to look at; the checks above them are the test.
 */
async function fullPageScreenshot(page: Page, path: string): Promise<void> {
  const [width, height] = await page.$eval('html', (el) => [el.scrollWidth, el.scrollHeight] as const);
  for (let y = 0; y < height; y += TILE_PX) {
    const clip = { x: 0, y, width, height: Math.min(TILE_PX, height - y) };
    const options = { path: y === 0 ? path : path.replace(/\.png$/, `-from-${y}px.png`), fullPage: true, clip };
    try {
      await page.screenshot(options);
    } catch (e) {
      if (!/Unable to capture screenshot/.test(String(e))) throw e;
      await page.screenshot(options);
    }
  }
}
