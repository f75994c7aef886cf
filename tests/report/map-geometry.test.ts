/**
 * The maps say what their data says: read back from the SVG that Vega renders, each sector is
 * drawn as long as its stretch of the border (proportional to its km, within 1 %), its colour
 * follows its value (darker for more; blue below zero and red above on a difference map), its
 * aria-label carries its value, and bases sit where their coordinates put them (the projection's
 * arithmetic agrees with d3-geo's, which Vega uses). Reports of scenarios with geometry have the
 * map section, of both eras; scenarios without keep the strips.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Browser } from '../helpers/chromium';
import { tempDir } from '../helpers/temp';
import { checkNoCutText } from './chart-checks';
import { comparePolicies, loadScenario, parseScenario, runMonteCarlo } from '../../src/index';
import { compileScenario } from '../../src/engine/compile';
import { insideRings, mapGeometry, polygonsOf, type MapGeometry } from '../../src/report/map-geometry';
import { placeLabels } from '../../src/report/map-labels';
import { mapProjection, mapSpec, type SectorValue } from '../../src/report/map-spec';
import { renderSvg } from '../../src/report/render';
import { buildReport } from '../../src/report/report';
import { replayDetail } from '../../src/report/replay';
import { renderPage } from '../../src/report/page';
import { figureSvgs } from './svg-marks';
import { ROOT } from '../helpers/paths';
import { luminance, pathPoints, svgItems, type SvgItem } from './svg-marks';
import { checkMap, mapSectorRows, pixelLength, strokeOf, valueOf } from './map-checks';

const scenarioOf = (f: string) => loadScenario(join(ROOT, 'scenarios', f));

function geometryOf(f: string): MapGeometry {
  const s = scenarioOf(f);
  return mapGeometry(s, compileScenario(s).exerciseRangeKm) as MapGeometry;
}

/** The drawn sectors: geoshape paths whose aria-label starts with a sector's label. */
function sectorPaths(svg: string, geo: MapGeometry): Map<string, SvgItem> {
  const items = svgItems(svg).filter((i) => i.tag === 'path' && i.attrs['aria-roledescription'] === 'geoshape');
  const out = new Map<string, SvgItem>();
  for (const s of geo.sectors) {
    const found = items.filter((i) => i.label.startsWith(`${s.label}: km `));
    expect(found, s.id).toHaveLength(1);
    out.set(s.id, found[0] as SvgItem);
  }
  return out;
}

describe('map geometry', () => {
  const geo = geometryOf('tajik-afghan-2021.json');

  it('each sector is drawn as long as its km of the line (one scale within 1 %), and in proportion to its length in the model', async () => {
    const values = geo.sectors.map((s, i) => ({ sector: s.id, value: i }));
    const svg = await renderSvg(mapSpec(geo, values, { title: 't', legendTitle: 'n', what: 'n' }), 'm');
    const paths = sectorPaths(svg, geo);
    const pxPerKm = geo.sectors.map((s) => pixelLength(paths.get(s.id) as SvgItem) / (s.toKm - s.fromKm));
    const median = [...pxPerKm].sort((a, b) => a - b)[6] as number;
    for (const [i, r] of pxPerKm.entries()) expect(Math.abs(r / median - 1), geo.sectors[i]!.id).toBeLessThan(0.01);
    const pxPerModelKm = geo.sectors.map((s) => pixelLength(paths.get(s.id) as SvgItem) / s.lengthKm);
    for (const r of pxPerModelKm) expect(Math.abs(r / (median * (geo.lineKm / 1344)) - 1)).toBeLessThan(0.012);
    // The map fills its frame: the border spans most of the width.
    const xs = [...paths.values()].flatMap((p) =>
      pathPoints({ ...p, attrs: { ...p.attrs, d: (p.attrs.d ?? '').replace(/M/g, 'L').replace(/^L/, 'M') } }).map((q) => q.x),
    );
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.7 * 980);
  });

  it('colours follow the data: values read back from aria-labels, darker for more', async () => {
    const values: SectorValue[] = geo.sectors.map((s, i) => ({ sector: s.id, value: ((i * 7) % 12) * 2.5 }));
    const svg = await renderSvg(mapSpec(geo, values, { title: 't', legendTitle: 'n', what: 'got away per run', ramp: 'purple' }), 'm');
    const paths = sectorPaths(svg, geo);
    const drawn = values.map((v) => ({
      v: v.value,
      read: valueOf((paths.get(v.sector) as SvgItem).label),
      lum: luminance(strokeOf(paths.get(v.sector) as SvgItem)),
    }));
    for (const d of drawn) expect(d.read).toBeCloseTo(d.v, 6);
    const sorted = [...drawn].sort((a, b) => a.v - b.v);
    for (let i = 1; i < sorted.length; i++) expect((sorted[i] as { lum: number }).lum).toBeLessThan((sorted[i - 1] as { lum: number }).lum);
  });

  it('a difference map is diverging around zero: blue for fewer, red for more, near white for none', async () => {
    const values: SectorValue[] = geo.sectors.map((s, i) => ({ sector: s.id, value: (i - 5) * 3 }));
    const svg = await renderSvg(mapSpec(geo, values, { title: 't', legendTitle: 'n', what: 'change', diverging: true, maxAbs: 20 }), 'm');
    const paths = sectorPaths(svg, geo);
    for (const v of values) {
      const [r, g, b] = strokeOf(paths.get(v.sector) as SvgItem);
      if (v.value < 0) expect(b, v.sector).toBeGreaterThan(r);
      else if (v.value > 0) expect(r, v.sector).toBeGreaterThan(b);
      else expect(Math.min(r, g, b), v.sector).toBeGreaterThan(230);
    }
  });

  it('the sides come from the data: home where the bases are (names there), far where the provinces across are', () => {
    expect(geo.sides).toEqual({ homeIsLeft: true, home: 'Tajikistan', far: 'Afghanistan', homeOutlines: ['tajikistan'] });
    // Every sector's name spot lies on the home side: in that country's outline.
    const inside = (g: MapGeometry, id: string, p: number[]) =>
      polygonsOf(g.outlines.find((o) => o.id === id)!.geometry).some((rings) => insideRings(rings, p[0]!, p[1]!));
    for (const x of geo.sectors) expect(inside(geo, 'tajikistan', x.labelAt), x.id).toBe(true);
    // Where they are drawn on the report's map: on the home side where there is room (here, all
    // but at most two of the crowded western sectors).
    const proj = mapProjection(geo, 900);
    const home = polygonsOf(geo.outlines.find((o) => o.id === 'tajikistan')!.geometry).map((rings) => rings.map((r) => r.map((q) => proj.pixel(q))));
    const names = placeLabels(geo, proj, { places: true, countries: true, crowded: false }).filter((l) => l.kind === 'sector');
    expect(names).toHaveLength(12);
    expect(names.filter((l) => home.some((rings) => insideRings(rings, l.x, l.y))).length).toBeGreaterThanOrEqual(10);
    // The same border with bases and provinces swapped: home is now to the right (south).
    const s = scenarioOf('tajik-afghan-2021.json');
    const p0 = s.provinces.find((p) => p.at)!.at!;
    const b0 = (s.bases ?? []).find((b) => b.at)!.at!;
    const swapped = { ...s, bases: (s.bases ?? []).map((b) => ({ ...b, at: p0 })), provinces: s.provinces.map((p) => ({ ...p, at: b0 })) };
    const g = mapGeometry(swapped, 50) as MapGeometry;
    expect(g.sides).toEqual({ homeIsLeft: false, home: 'Afghanistan', far: 'Tajikistan', homeOutlines: ['afghanistan'] });
    for (const x of g.sectors) expect(inside(g, 'afghanistan', x.labelAt), x.id).toBe(true);
    // Without outlines or places, the sides are named for what they are.
    const bare = mapGeometry(
      { ...s, geography: { ...s.geography!, outlines: [] }, bases: [], provinces: s.provinces.map(({ at: _a, country: _c, ...p }) => p) },
      50,
    ) as MapGeometry;
    expect(bare.sides).toEqual({ homeIsLeft: true, home: 'home', far: 'far', homeOutlines: [] });
  });

  it('bases sit where their coordinates put them: the projection agrees with the one Vega draws', async () => {
    const svg = await renderSvg(
      mapSpec(
        geo,
        geo.sectors.map((x) => ({ sector: x.id, value: 1 })),
        { title: 't', legendTitle: 'n', what: 'n' },
      ),
      'm',
    );
    const proj = mapProjection(geo, 980);
    const items = svgItems(svg);
    for (const b of geo.bases) {
      const mark = items.find((i) => i.label === `Base ${b.name}`);
      expect(mark, b.id).toBeDefined();
      const [x, y] = proj.pixel([b.lon, b.lat]);
      // The symbol's origin, inside the plot group (translated by the chart's padding and title).
      const plot = items.find((i) => i.label.startsWith(`${geo.sectors[0]!.label}: km `)) as SvgItem;
      expect(mark!.x - plot.x).toBeCloseTo(x, 0);
      expect(mark!.y - plot.y).toBeCloseTo(y, 0);
    }
  });
});

describe('maps in reports', () => {
  for (const f of ['tajik-afghan-2021.json', 'tajik-afghan-2015.json', 'afghan-northern-frontier-2021.json']) {
    it(`${f}: a map of every sector, and a difference map per policy`, async () => {
      const s = scenarioOf(f);
      const policies = [{ name: 'status-quo' }, { name: 'more-sensors', overlay: { parameters: { detection: { sweepWidthKm: 3 } } } }];
      const comparison = await comparePolicies(s, { runs: 2, seed: 1, turns: 6, policies });
      const { sections } = buildReport(comparison, { scenario: s, policies });
      const map = sections.find((x) => x.id === 'map');
      expect(map).toBeDefined();
      const figures = map!.body.filter((p) => typeof p !== 'string') as unknown as {
        id: string;
        spec: { layer: { data: { values: { properties?: { sector?: string } }[] } }[] };
      }[];
      expect(figures.map((g) => g.id)).toEqual(['map-attempts', 'map-gotAway', 'map-diff-0']);
      const html = await renderPage(buildReport(comparison, { scenario: s, policies }).head, sections);
      const svgs = figureSvgs(html);
      for (const g of figures) {
        const rows = mapSectorRows(g.spec as never);
        expect(rows).toHaveLength(s.sectors.length);
        checkMap(svgs.get(g.id) as string, g.spec as never, `${f} ${g.id}`);
      }
    });
  }

  it('a chosen map metric colours the maps; one the runs do not report is said, not silently dropped', async () => {
    const s = scenarioOf('tajik-afghan-2021.json');
    const mc = await runMonteCarlo(s, { runs: 2, seed: 1, turns: 4 });
    const ids = (metric: string) => {
      const map = buildReport(mc, { scenario: s, mapMetric: metric }).sections.find((x) => x.id === 'map');
      return {
        figures: map!.body.filter((p) => typeof p !== 'string').map((p) => (p as { id: string }).id),
        notes: map!.body.filter((p) => typeof p === 'string' && p.includes('class="note"')),
      };
    };
    expect(ids('detected')).toEqual({ figures: ['map-attempts', 'map-detected'], notes: [] });
    const unknown = ids('nope');
    expect(unknown.figures).toEqual(['map-attempts', 'map-gotAway']);
    expect(unknown.notes.join('')).toContain('no sector metric &quot;nope&quot;');
  });

  it('a scenario without geometry keeps the strips and has no map', async () => {
    const { geography: _drawn, ...rest } = scenarioOf('afghan-northern-frontier-2021.json');
    const s = parseScenario(rest, { source: 'without geography' });
    expect(replayDetail(s, { seed: 1, runs: 1, turns: 3 }).map).toBeUndefined();
    const mc = await runMonteCarlo(s, { runs: 2, seed: 1, turns: 3 });
    const ids = buildReport(mc, { scenario: s }).sections.map((x) => x.id);
    expect(ids).toContain('border');
    expect(ids).not.toContain('map');
  });
});

describe("Afghanistan's northern frontier on the map: three countries' segments of one line", () => {
  const geo = geometryOf('afghan-northern-frontier-2021.json');
  const country = (id: string) => (id.startsWith('tkm-') ? 'turkmenistan' : id.startsWith('uzb-') ? 'uzbekistan' : 'tajikistan');
  const inside = (id: string, p: number[]) => polygonsOf(geo.outlines.find((o) => o.id === id)!.geometry).some((r) => insideRings(r, p[0]!, p[1]!));

  it("each segment's sectors are scaled to its own drawn length; each sector's name lies in its own country", async () => {
    expect(geo.sides.home).toBe('Turkmenistan, Uzbekistan and Tajikistan');
    expect(geo.sides.far).toBe('Afghanistan');
    // Within a country the model's km and the drawn km keep one ratio, the segment's.
    const ratio = (c: string) => geo.sectors.filter((x) => country(x.id) === c).map((x) => (x.toKm - x.fromKm) / x.lengthKm);
    for (const c of ['turkmenistan', 'uzbekistan', 'tajikistan']) for (const r of ratio(c)) expect(Math.abs(r / ratio(c)[0]! - 1), c).toBeLessThan(0.01);
    expect(ratio('uzbekistan')[0]).toBeGreaterThan(ratio('turkmenistan')[0]! + 0.03);
    for (const x of geo.sectors) {
      expect(inside(country(x.id), x.labelAt), x.id).toBe(true);
      // ... and not across the line.
      expect(inside('afghanistan', x.labelAt), x.id).toBe(false);
    }
    const svg = await renderSvg(
      mapSpec(
        geo,
        geo.sectors.map((x, i) => ({ sector: x.id, value: i })),
        { title: 't', legendTitle: 'n', what: 'n' },
      ),
      'm',
    );
    const paths = sectorPaths(svg, geo);
    const pxPerKm = geo.sectors.map((x) => pixelLength(paths.get(x.id) as SvgItem) / (x.toKm - x.fromKm));
    for (const [i, r] of pxPerKm.entries()) expect(Math.abs(r / pxPerKm[0]! - 1), geo.sectors[i]!.id).toBeLessThan(0.01);
  });

  it('a border given as a MultiLineString: tiled across its parts, drawn in proportion, a gap counting no km', async () => {
    const s = scenarioOf('afghan-northern-frontier-2021.json');
    const line = s.geography!.border.coordinates as number[][];
    // Split at the Uzbek-Tajik-Afghan tripoint (the end of uzb-termez): the same line in two parts.
    const at = line.findIndex((p) => p[0] === 67.7797);
    expect(at).toBeGreaterThan(0);
    const split = { type: 'MultiLineString' as const, coordinates: [line.slice(0, at + 1), line.slice(at)] };
    const multi = parseScenario({ ...s, geography: { ...s.geography!, border: split } }, { source: 'split' });
    const g = mapGeometry(multi, 50) as MapGeometry;
    expect(g.lineKm).toBeCloseTo(geo.lineKm, 6);
    const svg = await renderSvg(
      mapSpec(
        g,
        g.sectors.map((x, i) => ({ sector: x.id, value: i })),
        { title: 't', legendTitle: 'n', what: 'n' },
      ),
      'm',
    );
    const paths = sectorPaths(svg, g);
    const pxPerKm = g.sectors.map((x) => pixelLength(paths.get(x.id) as SvgItem) / (x.toKm - x.fromKm));
    for (const [i, r] of pxPerKm.entries()) expect(Math.abs(r / pxPerKm[0]! - 1), g.sectors[i]!.id).toBeLessThan(0.01);
    // A gap: the second part starts a few positions later, so the line is shorter and the last sector runs past its end.
    const gapped = { type: 'MultiLineString' as const, coordinates: [line.slice(0, at + 1), line.slice(at + 6)] };
    expect(() => parseScenario({ ...s, geography: { ...s.geography!, border: gapped } }, { source: 'gapped' })).toThrow(
      /sectors\/16\/line\/toKm[\s\S]*runs [\d.]+ km past its eastern end/,
    );
  });
});

describe("the northern frontier's report map in headless Chromium at 1400 px", () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium({ width: 1400, height: 1000 });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('every sector on the map with a readable name, nothing cut; screenshots in out/screens/maps/', async () => {
    const s = scenarioOf('afghan-northern-frontier-2021.json');
    const policies = [{ name: 'status-quo' }, { name: 'more-sensors', overlay: { parameters: { detection: { sweepWidthKm: 3 } } } }];
    const comparison = await comparePolicies(s, { runs: 2, seed: 1, turns: 6, policies });
    const { head, sections } = buildReport(comparison, { scenario: s, policies });
    const html = await renderPage(head, sections);
    const svgs = figureSvgs(html);
    const file = join(tempDir('frontier-northern-map-'), 'report.html');
    writeFileSync(file, html);
    const page = await browser!.context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const dir = join(ROOT, 'out', 'screens', 'maps');
    mkdirSync(dir, { recursive: true });
    for (const id of ['map-attempts', 'map-diff-0']) {
      const svg = svgs.get(id) as string;
      checkNoCutText(svg, id);
      // Each sector's name is written on the map, and every name lies within the figure.
      const texts = svgItems(svg).filter((i) => i.tag === 'text');
      for (const x of s.sectors)
        expect(
          texts.some((t) => t.text === x.name.replace(/\s*[(,].*$/, '')),
          `${id}: ${x.id}`,
        ).toBe(true);
      const figure = page.locator(`figure[data-chart="${id}"]`);
      const box = (await figure.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(1400);
      const outside = await figure.evaluate((f) => {
        const b = f.getBoundingClientRect();
        return [...f.querySelectorAll('svg text')]
          .map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1))
          .map(({ t }) => t);
      });
      expect(outside, id).toEqual([]);
      await figure.screenshot({ path: join(dir, `northern-frontier-${id}.png`) });
    }
    await page.close();
  }, 180_000);
});
