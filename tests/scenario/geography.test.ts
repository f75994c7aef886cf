/**
 * Geometry in scenarios: the Tajik-Afghan library carries the border from Natural Earth with
 * twelve sectors tiling it; sectors that leave a gap, overlap, stop short or claim a line that is
 * not there are refused with the pointer, line and column of the offending value; scenarios
 * without geometry still load. Distances along a line are checked against closed forms.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenario } from '../../src/scenario';
import { simulate } from '../../src/engine/simulate';
import { distanceKm, lineLengthKm, nearestOnLine, pointAlong, sliceLine, type BorderLine } from '../../src/scenario/geo-line';
import { endToleranceKm } from '../../src/scenario/geography-checks';
import { issuesOf, minimalObject } from './helpers';
import { ROOT } from '../helpers/paths';
import { join } from 'node:path';

const LINE: BorderLine = {
  type: 'LineString',
  coordinates: [
    [68, 37],
    [69, 37.2],
    [70, 37.1],
    [71, 37.6],
  ],
};

/** The minimal scenario (three sectors, and more at the east end when given) placed on LINE at the given km. */
function withTiling(intervals: readonly [number, number][], geography = true): Record<string, unknown> {
  const s = minimalObject();
  const given = s.sectors as Record<string, unknown>[];
  if (intervals.length < given.length) throw new Error('give at least three intervals');
  s.sectors = intervals.map(([fromKm, toKm], i) => ({ ...(given[i] ?? { ...given[0], id: `s${i}`, name: `S${i}` }), line: { fromKm, toKm } }));
  if (geography) s.geography = { border: LINE, source: 'test' };
  return s;
}

/** Cuts [0, L] at the given fractions (sorted, distinct). */
function cuts(fractions: readonly number[], total: number): [number, number][] {
  const at = [0, ...[...new Set(fractions)].sort((a, b) => a - b).map((f) => f * total), total];
  return at.slice(1).map((x, i) => [at[i] as number, x]);
}

describe('distances along a line', () => {
  it('one degree of a meridian is πR/180 km, and the length of a line adds its segments', () => {
    expect(distanceKm([70, 37], [70, 38])).toBeCloseTo((Math.PI * 6371.0088) / 180, 6);
    expect(lineLengthKm(LINE)).toBeCloseTo(distanceKm([68, 37], [69, 37.2]) + distanceKm([69, 37.2], [70, 37.1]) + distanceKm([70, 37.1], [71, 37.6]), 9);
  });

  it('slices of a tiling add up to the whole line, and each is as long as its interval (within 0.1 %)', () => {
    const total = lineLengthKm(LINE);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: 0, maxLength: 8 }), (fractions) => {
        let sum = 0;
        for (const [a, b] of cuts(fractions, total)) {
          const km = sliceLine(LINE, a, b).reduce((acc, part) => acc + lineLengthKm({ type: 'LineString', coordinates: part }), 0);
          // Points within a segment are interpolated in degrees: metres off on 100 km segments, nothing on the data's 2.6 km ones.
          expect(Math.abs(km - (b - a))).toBeLessThanOrEqual(1e-3 * (b - a) + 0.05);
          sum += km;
        }
        expect(sum).toBeCloseTo(total, 1);
      }),
    );
    expect(distanceKm(pointAlong(LINE, 0), [68, 37])).toBe(0);
    expect(distanceKm(pointAlong(LINE, total), [71, 37.6])).toBeLessThan(1e-9);
  });

  it('a place falls on a line at its nearest point, with its distance from the line and its side', () => {
    const straight: BorderLine = {
      type: 'LineString',
      coordinates: [
        [68, 37],
        [70, 37],
      ],
    };
    const north = nearestOnLine(straight, [68.5, 37.1]);
    const south = nearestOnLine(straight, [69.5, 36.9]);
    expect(north.km).toBeLessThan(south.km);
    expect(north.offKm).toBeCloseTo(distanceKm([68.5, 37.1], [68.5, 37]), 6);
    expect(south.km).toBeCloseTo(distanceKm([68, 37], [69.5, 37]), 0);
    expect([north.side, south.side]).toEqual([1, -1]); // left and right, walking west to east
    // On a line of several segments, a point on it is where pointAlong puts it.
    const total = lineLengthKm(LINE);
    for (const f of [0.1, 0.45, 0.8]) {
      const on = nearestOnLine(LINE, pointAlong(LINE, f * total));
      expect(on.km).toBeCloseTo(f * total, 1);
      expect(on.offKm).toBeLessThan(1e-6);
    }
  });
});

describe('geometry in the library', () => {
  for (const f of ['tajik-afghan-2021.json', 'tajik-afghan-2015.json']) {
    it(`${f}: the Natural Earth border (about 1,172 km), 12 sectors tiling it in proportion to their lengthKm`, () => {
      const s = loadScenario(join(ROOT, 'scenarios', f));
      const geo = s.geography;
      expect(geo).toBeDefined();
      const km = lineLengthKm(geo!.border as BorderLine);
      expect(km).toBeGreaterThan(1150);
      expect(km).toBeLessThan(1190);
      expect(s.sectors).toHaveLength(12);
      const lengths = s.sectors.map((x) => (typeof x.lengthKm === 'number' ? x.lengthKm : (x.lengthKm.value as number)));
      const total = lengths.reduce((a, b) => a + b, 0);
      s.sectors.forEach((x, i) => {
        expect(x.line, x.id).toBeDefined();
        // Rounded to 0.1 km at each end.
        expect(Math.abs(x.line!.toKm - x.line!.fromKm - ((lengths[i] as number) * km) / total)).toBeLessThanOrEqual(0.11);
      });
      // Its western end is the Tajik-Afghan-Uzbek tripoint (about 67.8° E), its eastern end the Chinese one (about 74.9° E).
      const pts = (geo!.border as { coordinates: number[][] }).coordinates;
      expect(pts[0]![0]).toBeGreaterThan(67.5);
      expect(pts[0]![0]).toBeLessThan(68.2);
      expect(pts[pts.length - 1]![0]).toBeGreaterThan(74.5);
      expect(geo!.outlines?.map((o) => o.id)).toEqual(expect.arrayContaining(['afghanistan', 'tajikistan', 'uzbekistan', 'china', 'pakistan']));
      for (const b of s.bases ?? []) expect(b.at, b.id).toBeDefined();
      for (const p of s.provinces) expect(p.at, p.id).toBeDefined();
    });
  }

  it('the engine never reads geometry: the run without it is the same, bit for bit', () => {
    const s = loadScenario(join(ROOT, 'scenarios', 'tajik-afghan-2021.json'));
    const { geography: _g, ...rest } = s;
    const bare = parseScenario({
      ...rest,
      sectors: s.sectors.map(({ line: _line, ...x }) => x),
      bases: (s.bases ?? []).map(({ at: _at, ...b }) => b),
      provinces: s.provinces.map(({ at: _at, ...p }) => p),
    });
    expect(JSON.stringify(bare)).not.toMatch(/"(geography|line|at)":/);
    const run = (x: typeof s) => simulate(x, { seed: 5, turns: 12, log: false, detail: false }).hash;
    expect(run(bare)).toBe(run(s));
  });

  it("the northern frontier: one line of three countries' segments (about 723 + 137 + 1,172 km), each segment's sectors scaled to it", () => {
    const s = loadScenario(join(ROOT, 'scenarios', 'afghan-northern-frontier-2021.json'));
    const geo = s.geography!;
    expect(geo.border.type).toBe('LineString');
    const km = lineLengthKm(geo.border as BorderLine);
    expect(km).toBeGreaterThan(2000);
    expect(km).toBeLessThan(2060);
    // From the Iran-Turkmenistan-Afghanistan tripoint (about 61.3° E) to the Chinese one (about 74.9° E).
    const pts = (geo.border as { coordinates: number[][] }).coordinates;
    expect(pts[0]![0]).toBeGreaterThan(61);
    expect(pts[0]![0]).toBeLessThan(61.6);
    expect(pts[pts.length - 1]![0]).toBeGreaterThan(74.5);
    const segment = (id: string) => (id.startsWith('tkm-') ? 0 : id.startsWith('uzb-') ? 1 : 2);
    const drawn = [0, 0, 0];
    const model = [0, 0, 0];
    for (const x of s.sectors) {
      drawn[segment(x.id)]! += x.line!.toKm - x.line!.fromKm;
      model[segment(x.id)]! += typeof x.lengthKm === 'number' ? x.lengthKm : (x.lengthKm.value as number);
    }
    expect(model).toEqual([804, 144, 1344]);
    // Each segment as Natural Earth draws it (rounded to 0.1 km at each end).
    [723.2, 136.6, 1171.6].forEach((k, i) => expect(Math.abs((drawn[i] as number) - k), `segment ${i}`).toBeLessThan(0.11));
    for (const x of s.sectors) {
      const k = segment(x.id);
      const ratio = (drawn[k] as number) / (model[k] as number);
      const own = typeof x.lengthKm === 'number' ? x.lengthKm : (x.lengthKm.value as number);
      expect(Math.abs(x.line!.toKm - x.line!.fromKm - own * ratio), x.id).toBeLessThanOrEqual(0.11);
    }
    expect(geo.note).toMatch(/Turkmenistan's 723\.2 km .*scaled by 0\.8995.*Uzbekistan's 136\.6 km.*Tajikistan's 1171\.6 km/);
    for (const b of s.bases ?? []) expect(b.at, b.id).toBeDefined();
    for (const p of s.provinces) expect(p.at, p.id).toBeDefined();
  });

  it('a scenario without geometry still loads', () => {
    const { geography: _g, ...rest } = loadScenario(join(ROOT, 'scenarios', 'afghan-northern-frontier-2021.json'));
    expect(parseScenario(rest).geography).toBeUndefined();
  });
});

describe('sectors tile the line', () => {
  const total = lineLengthKm(LINE);

  it('any tiling of the line from end to end is valid', () => {
    fc.assert(
      // Cuts at whole thousandths of the line: two distinct doubles an ulp apart would cut a
      // sector of no length (the same km once multiplied by the length), which is rightly refused.
      fc.property(fc.uniqueArray(fc.integer({ min: 10, max: 990 }), { minLength: 2, maxLength: 6 }), (thousandths) => {
        const tiling = cuts(
          thousandths.map((k) => k / 1000),
          total,
        );
        expect(() => parseScenario(withTiling(tiling))).not.toThrow();
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('a gap or an overlap is refused at the sector that starts in the wrong place, with what was expected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.double({ min: 0.5, max: 40, noNaN: true }), fc.boolean(), (k, shift, gap) => {
        const tiles = cuts([0.2, 0.4, 0.6], total);
        const at = tiles[k] as [number, number];
        tiles[k] = [at[0] + (gap ? shift : -shift), at[1]];
        const issues = issuesOf(() => parseScenario(withTiling(tiles)));
        expect(issues).toHaveLength(1);
        expect(issues[0]!.pointer).toBe(`/sectors/${k}/line/fromKm`);
        expect(issues[0]!.message).toMatch(gap ? /leaves a gap of [\d.]+ km after sector "[a-z0-9]+"/ : /overlaps sector "[a-z0-9]+" by [\d.]+ km/);
        expect(issues[0]!.message).toContain(`expected fromKm ${Math.round((tiles[k - 1] as [number, number])[1] * 1000) / 1000} km`);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('stopping short of the eastern end, or running past it, is refused at the last sector', () => {
    const tol = endToleranceKm(total);
    for (const end of [total - 5 * tol, total + 5 * tol]) {
      const issues = issuesOf(() =>
        parseScenario(
          withTiling([
            [0, 50],
            [50, 100],
            [100, end],
          ]),
        ),
      );
      expect(issues.map((i) => i.pointer)).toEqual(['/sectors/2/line/toKm']);
      expect(issues[0]!.message).toMatch(end < total ? /leaves the last [\d.]+ km of the line uncovered/ : /runs [\d.]+ km past its eastern end/);
    }
    expect(() =>
      parseScenario(
        withTiling([
          [0, 50],
          [50, 100],
          [100, total + tol / 2],
        ]),
      ),
    ).not.toThrow();
  });

  it('names the line and column in the file and a missing line; lines without a geography are unused', () => {
    const text = JSON.stringify(
      withTiling([
        [0, 50],
        [50, 100],
        [90, total],
      ]),
      null,
      2,
    );
    const [issue] = issuesOf(() => parseScenario(text, { source: 'gap.json' }));
    expect(issue!.file).toBe('gap.json');
    expect(issue!.pointer).toBe('/sectors/2/line/fromKm');
    const lines = text.split('\n');
    expect(lines[issue!.line! - 1]!.slice(issue!.column! - 1)).toMatch(/^90\b/);

    const missing = withTiling([
      [0, 50],
      [50, 100],
      [100, total],
    ]);
    delete ((missing.sectors as Record<string, unknown>[])[1] as Record<string, unknown>).line;
    expect(issuesOf(() => parseScenario(missing)).map((i) => [i.pointer, /has no line/.test(i.message)])).toEqual([['/sectors/1', true]]);

    // Without a geography there is nothing to tile: lines are unused (a derived scenario may keep them).
    expect(() =>
      parseScenario(
        withTiling(
          [
            [0, 50],
            [50, 100],
            [100, total],
          ],
          false,
        ),
      ),
    ).not.toThrow();
  });

  it('a latitude beyond ±90° is refused', () => {
    const s = withTiling([
      [0, 50],
      [50, 100],
      [100, total],
    ]);
    s.geography = {
      border: {
        type: 'LineString',
        coordinates: [
          [68, 37],
          [69, 120],
        ],
      },
      source: 'test',
    };
    expect(issuesOf(() => parseScenario(s)).map((i) => i.pointer)).toEqual(['/geography/border/coordinates/1/1']);
  });
});
