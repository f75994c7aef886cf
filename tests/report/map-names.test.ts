/**
 * The names on a border map keep off the border: drawn in headless Chromium, no name's text
 * (its rendered box) covers a point of the drawn line, for every bundled scenario with a map,
 * at the report's width and at a small one. A name across the line would put its sector or
 * place on the wrong side; nor does a name cover another. Every base keeps a name at the report's width. Screenshots in
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
import { namesAcrossLine, namesOverlapping, readDrawn } from './map-names';

const SCREENS = join(ROOT, 'out', 'screens', 'maps');
const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

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
        expect(namesAcrossLine(drawn), `${file} at ${width} px: names across the line`).toEqual([]);
        expect(namesOverlapping(drawn), `${file} at ${width} px: names over names`).toEqual([]);
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
