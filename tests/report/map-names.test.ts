/**
 * The names on a border map keep off the border: drawn in headless Chromium, no name's text
 * (its rendered box) covers a point of the drawn line, for every bundled scenario with a map,
 * at the report's width and at a small one. A name across the line would put its sector or
 * place on the wrong side. Every base keeps a name at the report's width. Screenshots in
 * out/screens/maps/.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { mapGeometry } from '../../src/report/map-geometry';
import { mapSpec } from '../../src/report/map-spec';
import { baseLabel } from '../../src/report/map-labels';
import { renderSvg } from '../../src/report/render';
import { launchChromium, type Browser } from '../helpers/chromium';
import { ROOT } from '../helpers/paths';

const SCREENS = join(ROOT, 'out', 'screens', 'maps');
const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

/** In the page: the names' boxes, and points every 2 px along the drawn sectors, in page pixels. */
interface Drawn {
  names: { text: string; x0: number; x1: number; y0: number; y1: number }[];
  line: [number, number][];
}

/** What an SVG path offers for sampling its drawn points (the DOM's SVGPathElement). */
interface PathLike {
  getScreenCTM(): { a: number; b: number; c: number; d: number; e: number; f: number } | null;
  getTotalLength(): number;
  getPointAtLength(d: number): { x: number; y: number };
}

function readDrawn(root: { querySelectorAll(selector: string): ArrayLike<unknown> }): Drawn {
  type Box = { left: number; right: number; top: number; bottom: number };
  const texts = root.querySelectorAll('g.mark-text.role-mark text') as ArrayLike<{ textContent: string | null; getBoundingClientRect(): Box }>;
  const names = Array.from(texts).map((t) => {
    const r = t.getBoundingClientRect();
    return { text: t.textContent ?? '', x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
  });
  const line: [number, number][] = [];
  for (const p of Array.from(root.querySelectorAll('path[aria-label*=": km "]') as ArrayLike<PathLike>)) {
    const m = p.getScreenCTM();
    if (m === null) continue;
    const length = p.getTotalLength();
    for (let d = 0; d <= length; d += 2) {
      const q = p.getPointAtLength(d);
      line.push([m.a * q.x + m.c * q.y + m.e, m.b * q.x + m.d * q.y + m.f]);
    }
  }
  return { names, line };
}

describe('names on the border maps', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ width: 1100, height: 700 });
    mkdirSync(SCREENS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('no name covers the border line, at 980 and 600 px; every base is named at 980 px', async () => {
    let maps = 0;
    for (const file of files) {
      const scenario = loadScenario(join(ROOT, 'scenarios', file));
      const geo = mapGeometry(scenario, 50);
      if (geo === undefined) continue;
      for (const width of [980, 600]) {
        const spec = mapSpec(
          geo,
          geo.sectors.map((x, i) => ({ sector: x.id, value: i })),
          { title: file, legendTitle: 'n', what: 'n', width },
        );
        const page = await browser.context.newPage();
        await page.setContent(`<!doctype html><html><body style="margin:0">${await renderSvg(spec, 'm')}</body></html>`);
        const drawn = await page.locator('svg').first().evaluate(readDrawn);
        await page.screenshot({ path: join(SCREENS, `${file.replace(/\.json$/, '')}-${width}.png`) });
        await page.close();
        maps += 1;
        expect(drawn.line.length, `${file} at ${width} px: the line's points`).toBeGreaterThan(100);
        const sectorNames = geo.sectors.filter((s) => drawn.names.some((n) => n.text === s.label)).length;
        expect(sectorNames, `${file} at ${width} px: sector names`).toBeGreaterThan(0);
        // Shrunk by a pixel: a glyph's box touching the line's casing is not a name across it.
        const across = drawn.names.filter((n) => drawn.line.some(([x, y]) => x > n.x0 + 1 && x < n.x1 - 1 && y > n.y0 + 1 && y < n.y1 - 1));
        expect(
          across.map((n) => n.text),
          `${file} at ${width} px`,
        ).toEqual([]);
        // Nor does a name cover another (by more than 2 px each way: glyph boxes include leading).
        const overlapping = drawn.names.flatMap((a, i) =>
          drawn.names
            .slice(i + 1)
            .filter((b) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 2 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 2)
            .map((b) => `${a.text} / ${b.text}`),
        );
        expect(overlapping, `${file} at ${width} px`).toEqual([]);
        if (width === 980)
          for (const b of geo.bases)
            expect(
              drawn.names.map((n) => n.text),
              `${file}: ${b.name}`,
            ).toContain(baseLabel(b.name));
      }
    }
    expect(maps).toBeGreaterThanOrEqual(8);
  });

  it('a base is named without parentheses, and up to its first comma when long', () => {
    expect(baseLabel('Serhetabat (Kushka), Turkmen border detachment')).toBe('Serhetabat');
    expect(baseLabel('201st base, Bokhtar')).toBe('201st base, Bokhtar');
    expect(baseLabel('Khorog garrison (Pamir)')).toBe('Khorog garrison');
    expect(baseLabel('Harb-Maidon training ground')).toBe('Harb-Maidon training ground');
  });
});
