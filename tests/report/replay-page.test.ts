/**
 * The after-action replay: `frontier-sim replay` (the built CLI) writes one self-contained page
 * whose numbers are those of `run --format json` for the same scenario, policy and seed; every
 * turn's panel shows that turn's numbers; each turn's map marks the sectors with that turn's
 * attempts (drawn in proportion to their km, colours in the order of the values); a bad input
 * leaves no file. In headless Chromium the turn control reaches every turn, one at a time, with
 * no script, request or error, and the map's names keep off the border line and each other;
 * screenshots of turns 1, 26 and 51 (the last) in out/screens/replay/.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/results';
import { launchChromium, type Browser, watchedPage } from '../helpers/chromium';
import { runCli } from '../helpers/cli';
import { DEFAULT_SCENARIO, ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/temp';
import { drawnKm, pixelLength, strokeOf, valueOf } from './map-checks';
import { namesAcrossLine, namesOverlapping, readDrawn } from './map-names';
import { luminance, svgItems } from './svg-marks';

const SCREENS = join(ROOT, 'out', 'screens', 'replay');
const SCENARIO_2015 = join(ROOT, 'scenarios', 'tajik-afghan-2015.json');
const POLICY = join(ROOT, 'scenarios', 'policies', '201st-quick-reaction.json');

interface PageData {
  scenario: string;
  policy: string;
  seed: number;
  hash: string;
  totals: Record<string, number>;
  turns: {
    turn: number;
    date: string;
    metrics: Record<string, number>;
    bySector: Record<string, Record<string, number>>;
    byKind: Record<string, Record<string, number>>;
  }[];
}

function dataOf(html: string): PageData {
  const m = /<script type="application\/json" id="replay-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no replay data in the page');
  return JSON.parse(m[1] as string) as PageData;
}

function runJson(args: string[]): RunResult {
  const r = runCli(['run', ...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as RunResult;
}

function expectSameNumbers(page: PageData, run: RunResult): void {
  expect(page.hash).toBe(run.hash);
  expect(page.totals).toEqual(run.totals);
  expect(page.turns).toHaveLength(run.turns.length);
  page.turns.forEach((t, i) => {
    const r = run.turns[i] as RunResult['turns'][number];
    expect({ turn: t.turn, date: t.date, metrics: t.metrics, bySector: t.bySector, byKind: t.byKind }).toEqual({
      turn: r.turn,
      date: r.date,
      metrics: r.metrics,
      bySector: r.bySector,
      byKind: r.byKind,
    });
  });
}

/** A panel's table rows as text cells. */
function panelRows(html: string, t: number): string[][] {
  const m = new RegExp(`<section class="panel" id="turn-${t}" data-turn="${t}">([\\s\\S]*?)</section>`).exec(html);
  if (!m) throw new Error(`no panel for turn ${t}`);
  const table = /<tbody>([\s\S]*?)<\/tbody>/.exec(m[1] as string)?.[1] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...(r[1] as string).matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => (c[1] as string).replace(/,/g, '')),
  );
}

describe('frontier-sim replay', () => {
  const dir = tempDir('frontier-replay-');
  const file = join(dir, 'replay.html');
  let html = '';

  beforeAll(() => {
    const r = runCli(['replay', DEFAULT_SCENARIO, '--seed', '7', '--out', file]);
    expect(r.code, r.stderr).toBe(0);
    html = readFileSync(file, 'utf8');
  }, 120_000);

  it('shows the 52 turns of the run, with the numbers of run --format json for the same seed', () => {
    const page = dataOf(html);
    expect(page.turns.map((t) => t.turn)).toEqual([...Array(52).keys()]);
    expectSameNumbers(page, runJson([DEFAULT_SCENARIO, '--seed', '7']));
    // What people read: each panel's whole-border row is the turn's metrics.
    for (const t of [0, 26, 51]) {
      const rows = panelRows(html, t);
      const whole = rows[rows.length - 1] as string[];
      expect(whole[0]).toBe('Whole border');
      const m = page.turns[t]!.metrics;
      expect(whole.slice(1, 5).map(Number)).toEqual([m.attempts, m.detected, m.interdicted, m.gotAway]);
      expect(rows).toHaveLength(13);
    }
  });

  it('with a policy overlay and another era, the same numbers as run with that policy', () => {
    const out = join(dir, 'policy.html');
    const r = runCli(['replay', SCENARIO_2015, '--seed', '11', '--turns', '6', '--policy', POLICY, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const page = dataOf(readFileSync(out, 'utf8'));
    expect(page.policy).not.toBe('status-quo');
    expectSameNumbers(page, runJson([SCENARIO_2015, '--seed', '11', '--turns', '6', '--policy', POLICY]));
  }, 120_000);

  it("each turn's map marks its sectors with that turn's attempts, in proportion to their km", () => {
    const page = dataOf(html);
    const t = 26;
    const svg = /<div class="ov" id="ov-26">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    const sectors = svgItems(svg).filter((i) => i.tag === 'path' && / in turn 26: /.test(i.label));
    expect(sectors).toHaveLength(12);
    const byLabel = (label: string) => Object.entries(page.turns[t]!.bySector).find(([id]) => label.toLowerCase().startsWith(id.split('-')[0] as string));
    const scale = sectors.map((s) => pixelLength(s) / drawnKm(s.label));
    for (const r of scale) expect(Math.abs(r / (scale[0] as number) - 1)).toBeLessThan(0.01);
    const total = sectors.reduce((a, s) => a + valueOf(s.label), 0);
    expect(total).toBe(page.turns[t]!.metrics.attempts);
    for (const s of sectors) if (byLabel(s.label)) expect(valueOf(s.label)).toBe(byLabel(s.label)![1].attempts);
    const sorted = [...sectors].sort((a, b) => valueOf(a.label) - valueOf(b.label));
    for (let i = 1; i < sorted.length; i++)
      if (valueOf(sorted[i]!.label) > valueOf(sorted[i - 1]!.label)) expect(luminance(strokeOf(sorted[i]!))).toBeLessThan(luminance(strokeOf(sorted[i - 1]!)));
  });

  it('is self-contained: no script that runs, nothing loaded, the same bytes again; a bad input leaves no file', () => {
    expect(html).not.toMatch(/<script(?![^>]*type="application\/json")|<link|<img|@import|url\(http|src="http/i);
    expect(html).toContain(`default-src 'none'`);
    const again = join(dir, 'again.html');
    expect(runCli(['replay', DEFAULT_SCENARIO, '--seed', '7', '--out', again]).code).toBe(0);
    expect(readFileSync(again, 'utf8') === html).toBe(true);
    const bad = runCli(['replay', join(dir, 'missing.json'), '--seed', '7', '--out', join(dir, 'bad.html')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'bad.html'))).toBe(false);
    expect(runCli(['replay', DEFAULT_SCENARIO, '--seed', '7']).code).toBe(2);
    // Nothing else was written beside the outputs (atomic writes leave no temporary file).
    expect(readdirSync(dir).sort()).toEqual(['again.html', 'policy.html', 'replay.html']);
  }, 120_000);

  describe('in headless Chromium', () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchChromium({ width: 1400, height: 1000 });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('the turn control reaches every turn, one at a time, with no request or error; screenshots of turns 1, 26 and 51', async () => {
      const { page, requests, problems } = await watchedPage(browser!.context);
      const url = pathToFileURL(file).href;
      await page.goto(url, { waitUntil: 'load' });
      mkdirSync(SCREENS, { recursive: true });
      // Displayed elements have an offset parent; those with display: none have none.
      const shown = async () => ({
        panels: await page.$$eval('section.panel', (ps) =>
          ps.filter((p) => (p as unknown as { offsetParent: unknown }).offsetParent !== null).map((p) => Number(p.getAttribute('data-turn'))),
        ),
        maps: await page.$$eval('.ov', (ps) => ps.filter((p) => (p as unknown as { offsetParent: unknown }).offsetParent !== null).map((p) => p.id)),
      });
      expect(await shown()).toEqual({ panels: [0], maps: ['ov-0'] });
      for (let t = 0; t < 52; t++) {
        await page.click(`nav.turns label[for="t${t}"]`);
        expect(await shown(), `turn ${t}`).toEqual({ panels: [t], maps: [`ov-${t}`] });
        if (t === 1 || t === 26 || t === 51) await page.screenshot({ path: join(SCREENS, `turn-${t}.png`) });
      }
      // The step links go back and forth too.
      await page.click('#turn-51 .step label[for="t50"]');
      expect((await shown()).panels).toEqual([50]);
      // The map's overlay lies on its ground: same size, same place.
      const box = (sel: string) =>
        page.$eval(sel, (e) => {
          const b = e.getBoundingClientRect();
          return [b.x, b.y, b.width, b.height];
        });
      const boxes = [...(await box('.stage .map > svg')), ...(await box('#ov-50 svg'))];
      for (let i = 0; i < 4; i++) expect(Math.abs((boxes[i + 4] as number) - (boxes[i] as number))).toBeLessThan(0.5);
      // Its names keep off the line the turn's overlay draws, and off each other.
      const drawn = await page.locator('.stage').first().evaluate(readDrawn);
      expect(drawn.line.length).toBeGreaterThan(100);
      expect(drawn.names.length).toBeGreaterThan(10);
      expect(namesAcrossLine(drawn)).toEqual([]);
      expect(namesOverlapping(drawn)).toEqual([]);
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
      await page.close();
    }, 180_000);
  });
});
