/**
 * End to end: a real report from a small Monte Carlo, comparison and Morris sweep of the default
 * scenario, opened in headless Chromium (the build the project ships: tests/helpers/chromium.ts):
 * every chart rendered, no network request, no console error; a screenshot in out/ (gitignored).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { comparePolicies, loadScenario, runMonteCarlo, sweep, type Comparison, type MonteCarloResult, type SweepResult } from '../../src/index';
import { renderReport } from '../../src/report';
import { launchChromium, type Browser, watchedPage } from '../helpers/chromium';
import { runCli } from '../helpers/cli';
import { DEFAULT_SCENARIO, ROOT } from '../helpers/paths';

const OUT = join(ROOT, 'out');
const MORE_SENSORS = { name: 'more-sensors', overlay: { parameters: { detection: { sweepWidthKm: 3 } } } };

describe('HTML report end to end', () => {
  const scenario = loadScenario(DEFAULT_SCENARIO);
  const dir = mkdtempSync(join(tmpdir(), 'frontier-report-'));
  let mc: MonteCarloResult;
  let cmp: Comparison;
  let sw: SweepResult;
  let html = '';
  let renderMs = 0;

  beforeAll(async () => {
    mc = await runMonteCarlo(scenario, { runs: 12, seed: 7, turns: 16, perTurn: ['gotAway', 'interdicted', 'effectiveness'] });
    cmp = await comparePolicies(scenario, { runs: 12, seed: 7, turns: 16, policies: [{ name: 'status-quo' }, MORE_SENSORS] });
    sw = await sweep(scenario, {
      design: 'morris',
      parameters: ['/forces[id=border-panj]/personnel', '/sectors[id=panj]/sensorDetection'],
      trajectories: 2,
      runs: 2,
      seed: 7,
      turns: 8,
      metrics: ['gotAway', 'interdicted'],
    });
    const t0 = performance.now();
    html = await renderReport({ monteCarlo: mc, comparison: cmp, sweep: sw }, { scenario, replayRuns: 8, policies: [MORE_SENSORS] });
    renderMs = performance.now() - t0;
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'report-e2e.html'), html);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is self-contained and deterministic', async () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(http|src="http/i);
    // The only URLs are SVG namespaces and the spec's $schema is not in the output.
    const urls = [...html.matchAll(/https?:\/\/[^\s"')<]+/g)].map((m) => m[0]);
    expect(urls.every((u) => u.startsWith('http://www.w3.org/'))).toBe(true);
    const again = await renderReport({ monteCarlo: mc, comparison: cmp, sweep: sw }, { scenario, replayRuns: 8, policies: [MORE_SENSORS] });
    expect(again === html).toBe(true);
    // The manifest is there.
    expect(html).toContain(mc.manifest.scenario.hash);
    expect(html).toContain(mc.manifest.engine.version);
    console.info(`report: ${html.length} bytes, rendered in ${renderMs.toFixed(0)} ms`);
  });

  describe('in headless Chromium', () => {
    let browser: Browser | undefined;
    let context: BrowserContext | undefined;

    beforeAll(async () => {
      browser = await launchChromium({ width: 1280, height: 900 });
      context = browser.context;
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('renders every chart, makes no network request and logs no error', async () => {
      const file = join(dir, 'report.html');
      writeFileSync(file, html);
      const { page, requests, problems } = await watchedPage(context as BrowserContext);
      const url = pathToFileURL(file).href;
      await page.goto(url, { waitUntil: 'load' });

      const charts = await page.$$eval('figure.chart', (figs) =>
        figs.map((f) => {
          const svg = f.querySelector('svg');
          const box = svg?.getBoundingClientRect();
          return {
            id: f.getAttribute('data-chart'),
            paths: f.querySelectorAll('svg path').length,
            rects: f.querySelectorAll('svg rect').length,
            marks: f.querySelectorAll('svg .mark-area path, svg .mark-line path, svg .mark-rect path, svg .mark-rule line, svg .mark-symbol path').length,
            texts: f.querySelectorAll('svg text').length,
            width: box?.width ?? 0,
            height: box?.height ?? 0,
            caption: f.querySelector('figcaption')?.textContent ?? '',
          };
        }),
      );
      const ids = charts.map((c) => c.id);
      // 3 fan charts (the per-turn metrics of the key metrics) + more from the replay; heat maps; forest; tornado.
      expect(ids.filter((id) => id?.startsWith('fan-')).length).toBeGreaterThanOrEqual(3);
      expect(ids.filter((id) => id?.startsWith('heat-')).length).toBeGreaterThanOrEqual(2);
      expect(ids).toContain('forest');
      expect(ids).toContain('tornado');
      for (const c of charts) {
        expect(c.marks, `chart ${c.id} has marks`).toBeGreaterThan(0);
        expect(c.paths + c.rects, `chart ${c.id} has SVG shapes`).toBeGreaterThan(5);
        expect(c.texts, `chart ${c.id} has a title and axis labels`).toBeGreaterThan(5);
        expect(c.width).toBeGreaterThan(200);
        expect(c.height).toBeGreaterThan(100);
        expect(c.caption.length, `chart ${c.id} has an explanation`).toBeGreaterThan(60);
      }
      // Heat maps: one rect-mark cell per sector and turn.
      const cells = await page.$$eval('figure[data-chart="heat-0"] svg .mark-rect.role-mark path', (p) => p.length);
      expect(cells).toBe(scenario.sectors.length * 16);
      // Ids are unique across the page's SVGs.
      const dupIds = await page.$$eval('[id]', (els) => {
        const seen = new Set<string>();
        return els.map((e) => e.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
      });
      expect(dupIds).toEqual([]);

      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: join(OUT, 'report-e2e.png'), fullPage: true });
      await page.close();
    });
  });

  it('frontier-sim report turns a runs file into the same kind of report (built CLI, ESM)', () => {
    const runs = join(dir, 'runs.ndjson');
    const mcRun = runCli([
      'mc',
      DEFAULT_SCENARIO,
      '--runs',
      '6',
      '--turns',
      '10',
      '--seed',
      '3',
      '--workers',
      '1',
      '--out',
      runs,
      '--per-turn',
      'gotAway,interdicted',
      '--format',
      'json',
    ]);
    expect(mcRun.code, mcRun.stderr).toBe(0);
    const out = join(dir, 'cli-report.html');
    const csv = join(dir, 'runs.csv');
    const r = runCli(['report', runs, '--out', out, '--scenario', DEFAULT_SCENARIO, '--replay', '3', '--runs-csv', csv]);
    expect(r.code, r.stderr).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('data-chart="fan-0"');
    expect(page).toContain('data-chart="heat-0"');
    // Same summary numbers as the Monte Carlo printed.
    const printed = JSON.parse(mcRun.stdout) as MonteCarloResult;
    expect(page).toContain(printed.manifest.scenario.hash);
    expect(readFileSync(csv, 'utf8').split('\r\n').length).toBe(6 + 2);
    // Deterministic bytes for the same input.
    const out2 = join(dir, 'cli-report-2.html');
    expect(runCli(['report', runs, '--out', out2, '--scenario', DEFAULT_SCENARIO, '--replay', '3']).code).toBe(0);
    expect(readFileSync(out2, 'utf8') === page).toBe(true);

    expect(runCli(['report', '--help']).code).toBe(0);
    expect(runCli(['report', runs]).code).toBe(2); // no --out
    expect(runCli(['report', join(dir, 'missing.ndjson'), '--out', out]).code).toBe(2);
    writeFileSync(join(dir, 'junk.json'), '{"hello": 1}');
    const junk = runCli(['report', join(dir, 'junk.json'), '--out', out]);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toMatch(/nothing to report/);
  });

  it('the CommonJS build of frontier-sim/report renders a report too (vega is ESM-only, loaded by dynamic import)', () => {
    const file = join(dir, 'mc.json');
    writeFileSync(file, JSON.stringify(mc));
    const script = `const lib = require(${JSON.stringify(join(ROOT, 'dist', 'report.cjs'))});
      lib.renderReport(JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))).then((h) => { process.stdout.write(String((h.match(/<svg/g) || []).length)); }, (e) => { console.error(e); process.exit(1); });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(Number(r.stdout)).toBeGreaterThanOrEqual(3);
  });
});
