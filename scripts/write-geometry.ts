/**
 * `npx tsx scripts/write-geometry.ts`: regenerates the geometry that scenarios carry
 * (`geography` and each sector's `line`) from Natural Earth as the npm package `world-atlas`
 * ships it (TopoJSON), for scenarios/base/tajik-afghan-border.json (the Tajik-Afghan scenarios)
 * and scenarios/afghan-northern-frontier-2021.json:
 *
 * - the border: for each segment of it (one country on the home side facing Afghanistan), the
 *   arcs the two share at 1:10m, found with topojson-client's `mesh` and joined into one line;
 *   the segments oriented west to east and joined at the countries' tripoints into one
 *   LineString (a MultiLineString if they did not meet), positions rounded to 4 decimals (about
 *   10 m);
 * - the outlines of the countries around it at 1:50m, clipped to a box around the border, for
 *   context on maps;
 * - each sector's stretch of the line: within its segment, the sectors' lengthKm (which sum to
 *   the segment's published length, e.g. 1,344 km for Tajikistan's) scaled to the drawn length
 *   of that segment (e.g. about 1,172 km: at 1:10m the rivers' meanders are smoothed), in order
 *   west to east, rounded to 0.1 km. The factors are written in `geography.note`.
 *
 * Loading a scenario never needs the dataset: the files carry the result. Run this after
 * changing the sectors' lengths, and commit the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { lineLengthKm, type BorderLine } from '../src/scenario/geo-line';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Countries by their ISO 3166-1 numeric code, as world-atlas ids them. */
const TAJIKISTAN = '762';
const AFGHANISTAN = '004';
const TURKMENISTAN = '795';
const UZBEKISTAN = '860';
/** Countries drawn for context, with the ids the scenario gives them. */
const CONTEXT: Record<string, string> = {
  '762': 'tajikistan',
  '004': 'afghanistan',
  '860': 'uzbekistan',
  '795': 'turkmenistan',
  '417': 'kyrgyzstan',
  '586': 'pakistan',
  '156': 'china',
  '356': 'india',
  '364': 'iran',
};

type Pos = [number, number];
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const roundPos = (p: readonly number[]): Pos => [round(p[0] as number, 4), round(p[1] as number, 4)];

/** Joins line pieces that share ends into as few lines as possible. */
function join(pieces: Pos[][]): Pos[][] {
  const lines = pieces.map((p) => [...p]);
  const same = (a: Pos, b: Pos) => a[0] === b[0] && a[1] === b[1];
  let merged = true;
  while (merged && lines.length > 1) {
    merged = false;
    outer: for (let i = 0; i < lines.length; i++) {
      for (let j = 0; j < lines.length; j++) {
        if (i === j) continue;
        const a = lines[i] as Pos[];
        const b = lines[j] as Pos[];
        const aEnd = a[a.length - 1] as Pos;
        const candidates: [boolean, Pos[]][] = [
          [same(aEnd, b[0] as Pos), b],
          [same(aEnd, b[b.length - 1] as Pos), [...b].reverse()],
        ];
        for (const [ok, next] of candidates) {
          if (ok) {
            lines[i] = [...a, ...next.slice(1)];
            lines.splice(j, 1);
            merged = true;
            break outer;
          }
        }
      }
    }
  }
  return lines;
}

/** Sutherland–Hodgman: a ring clipped to the box (a ring may come back empty). */
function clipRing(ring: readonly Pos[], box: readonly [number, number, number, number]): Pos[] {
  const [w, s, e, n] = box;
  const edges: [(p: Pos) => boolean, (a: Pos, b: Pos) => Pos][] = [
    [(p) => p[0] >= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= e, (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= s, (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s]],
    [(p) => p[1] <= n, (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n]],
  ];
  let out = ring.slice(0, -1) as Pos[];
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    input.forEach((cur, i) => {
      const prev = input[(i + input.length - 1) % input.length] as Pos;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    });
    if (out.length === 0) return [];
  }
  const rounded = out.map(roundPos).filter((p, i, a) => i === 0 || p[0] !== (a[i - 1] as Pos)[0] || p[1] !== (a[i - 1] as Pos)[1]);
  return rounded.length >= 3 ? [...rounded, rounded[0] as Pos] : [];
}

function outlines(box: readonly [number, number, number, number]): { id: string; name: string; geometry: { type: 'MultiPolygon'; coordinates: Pos[][][] } }[] {
  const topo = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const out = [];
  for (const g of topo.objects.countries.geometries) {
    const id = CONTEXT[String(g.id)];
    if (!id) continue;
    const f = feature(topo, g) as unknown as { geometry: { type: string; coordinates: Pos[][] | Pos[][][] } };
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Pos[][][];
    const clipped = polygons.map((rings) => rings.map((r) => clipRing(r, box)).filter((r) => r.length > 0)).filter((rings) => rings.length > 0);
    if (clipped.length > 0)
      out.push({ id, name: (g.properties as { name?: string } | undefined)?.name ?? id, geometry: { type: 'MultiPolygon' as const, coordinates: clipped } });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** A stretch of the border: the arcs one country shares with the country across, and the sectors on it (by id). */
interface Segment {
  /** The country on the home side, by its world-atlas id, and its name for the note. */
  country: string;
  name: string;
  sectors: (id: string) => boolean;
}

/** A scenario file whose geometry this script writes. */
interface Target {
  file: string;
  /** The country across (world-atlas id). */
  across: string;
  /** West to east: the sectors of each lie in order along the line. */
  segments: Segment[];
  /** The box the outlines are clipped to: [west, south, east, north], degrees. */
  box: readonly [number, number, number, number];
}

const TARGETS: Target[] = [
  {
    file: 'scenarios/base/tajik-afghan-border.json',
    across: AFGHANISTAN,
    segments: [{ country: TAJIKISTAN, name: 'Tajikistan', sectors: () => true }],
    box: [63, 33.5, 79, 41.5],
  },
  {
    file: 'scenarios/afghan-northern-frontier-2021.json',
    across: AFGHANISTAN,
    segments: [
      { country: TURKMENISTAN, name: 'Turkmenistan', sectors: (id) => id.startsWith('tkm-') },
      { country: UZBEKISTAN, name: 'Uzbekistan', sectors: (id) => id.startsWith('uzb-') },
      { country: TAJIKISTAN, name: 'Tajikistan', sectors: (id) => !id.startsWith('tkm-') && !id.startsWith('uzb-') },
    ],
    box: [59.5, 33.5, 79, 41.5],
  },
];

/** The arcs two countries share at 1:10m, joined into one line (topojson-client's mesh), not yet oriented. */
function sharedLine(a: string, b: string): Pos[] {
  const topo = require('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection }>;
  const pair = [a, b].sort();
  const shared = mesh(topo, topo.objects.countries, (x, y) => {
    const ids = [String(x.id), String(y.id)].sort();
    return ids[0] === pair[0] && ids[1] === pair[1];
  });
  const pieces = (shared.type === 'MultiLineString' ? shared.coordinates : [shared.coordinates]) as Pos[][];
  const lines = join(pieces.map((p) => p.map(roundPos)));
  if (lines.length !== 1) throw new Error(`the border of ${a} and ${b} came in ${lines.length} pieces, expected 1`);
  return lines[0] as Pos[];
}

/**
 * The segments' lines, each oriented west to east and in order: one LineString when each
 * segment begins where the one before it ends (the countries' tripoints), else a
 * MultiLineString of the runs that do.
 */
function border(target: Target): { geom: BorderLine; segmentKm: number[] } {
  const lines = target.segments.map((s) => sharedLine(s.country, target.across));
  const same = (p: Pos, q: Pos) => p[0] === q[0] && p[1] === q[1];
  // Orient each segment west to east, or to start where the previous one ended.
  const oriented: Pos[][] = [];
  lines.forEach((line, i) => {
    const first = line[0] as Pos;
    const last = line[line.length - 1] as Pos;
    const prev = oriented[i - 1];
    const prevEnd = prev?.[prev.length - 1];
    if (prevEnd && (same(prevEnd, first) || same(prevEnd, last))) oriented.push(same(prevEnd, first) ? line : [...line].reverse());
    else oriented.push(first[0] <= last[0] ? line : [...line].reverse());
  });
  const segmentKm = oriented.map((l) => lineLengthKm({ type: 'LineString', coordinates: l }));
  const parts: Pos[][] = [];
  for (const l of oriented) {
    const run = parts[parts.length - 1];
    if (run && same(run[run.length - 1] as Pos, l[0] as Pos)) run.push(...l.slice(1));
    else parts.push([...l]);
  }
  const geom: BorderLine = parts.length === 1 ? { type: 'LineString', coordinates: parts[0] as Pos[] } : { type: 'MultiLineString', coordinates: parts };
  return { geom, segmentKm };
}

const lengthOf = (s: Record<string, unknown>) => {
  const q = s.lengthKm as number | { value: number };
  return typeof q === 'number' ? q : q.value;
};

/** Each sector's { fromKm, toKm }: within its segment, its lengthKm scaled to the segment's drawn km; rounded to 0.1 km. */
function intervals(target: Target, sectors: Record<string, unknown>[], segmentKm: number[]): { fromKm: number; toKm: number }[] {
  const out: { fromKm: number; toKm: number }[] = [];
  let offset = 0;
  let next = 0;
  target.segments.forEach((seg, k) => {
    const own = sectors.slice(next).findIndex((s) => !seg.sectors(s.id as string));
    const mine = own < 0 ? sectors.slice(next) : sectors.slice(next, next + own);
    if (mine.length === 0) throw new Error(`no sector on ${seg.name}'s segment`);
    next += mine.length;
    const km = segmentKm[k] as number;
    const total = mine.reduce((a, s) => a + lengthOf(s), 0);
    let at = 0;
    for (const [i, s] of mine.entries()) {
      const fromKm = round(offset + (at / total) * km, 1);
      at += lengthOf(s);
      const last = k === target.segments.length - 1 && i === mine.length - 1;
      const toKm = last ? round(offset + km, 1) : round(offset + (at / total) * km, 1);
      out.push({ fromKm, toKm });
    }
    offset += km;
  });
  if (next !== sectors.length)
    throw new Error(
      `sectors after the last segment: ${sectors
        .slice(next)
        .map((s) => s.id)
        .join(', ')}`,
    );
  return out;
}

/** What the `geography.note` says of the scaling. */
function note(target: Target, sectors: Record<string, unknown>[], km: number, segmentKm: number[]): string {
  const per = target.segments.map((seg, k) => {
    const total = sectors.filter((s) => seg.sectors(s.id as string)).reduce((a, s) => a + lengthOf(s), 0);
    return { name: seg.name, km: segmentKm[k] as number, total };
  });
  if (per.length === 1) {
    const { total } = per[0] as (typeof per)[number];
    return `The drawn line is ${round(km, 1)} km long (great circles between its positions): at 1:10m the Panj's meanders are smoothed, so it is shorter than the ${total} km the sectors' lengthKm add up to. Each sector's line interval is its lengthKm scaled by ${round(km / total, 4)}, in order west to east.`;
  }
  const parts = per.map((p) => `${p.name}'s ${round(p.km, 1)} km (its sectors' lengthKm add up to ${p.total} km: scaled by ${round(p.km / p.total, 4)})`);
  return `The drawn line is ${round(km, 1)} km long (great circles between its positions), west to east ${parts.join(', ')}: at 1:10m the rivers' meanders are smoothed, so each segment is shorter than the published length its sectors add up to. Each sector's line interval is its lengthKm scaled by its segment's factor, in order west to east within its segment.`;
}

/** The file with `geography` before `sectors` and each sector's `line` after its `lengthKm`. */
function write(target: Target): void {
  const path = resolve(root, target.file);
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const { geom, segmentKm } = border(target);
  const km = lineLengthKm(geom);
  const sectors = doc.sectors as Record<string, unknown>[];
  const lines = intervals(target, sectors, segmentKm);
  const newSectors = sectors.map((s, i) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s)) {
      if (k === 'line') continue;
      out[k] = v;
      if (k === 'lengthKm') out.line = lines[i];
    }
    return out;
  });
  const names = target.segments.map((s) => s.name);
  const who =
    names.length === 1 ? `the arcs ${names[0]} and Afghanistan share` : `the arcs Afghanistan shares with ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const geography = {
    source: `Natural Earth 1:10m (the npm package world-atlas, countries-10m): ${who}, joined west to east; outlines at 1:50m (countries-50m) clipped to ${target.box.join(', ')} (W, S, E, N). Written by scripts/write-geometry.ts.`,
    note: note(target, sectors, km, segmentKm),
    border: geom,
    outlines: outlines(target.box),
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === 'geography') continue;
    if (k === 'sectors') out.geography = geography;
    out[k] = k === 'sectors' ? newSectors : v;
  }
  // One position a line, not one number a line.
  const text = `${JSON.stringify(out, null, 2).replace(/\[\s+(-?[\d.e-]+),\s+(-?[\d.e-]+)\s+\]/g, '[$1, $2]')}\n`;
  writeFileSync(path, text);
  const positions = geom.type === 'LineString' ? geom.coordinates.length : geom.coordinates.reduce((a, p) => a + p.length, 0);
  console.log(
    `${target.file}: border ${positions} positions in ${geom.type === 'LineString' ? 1 : geom.coordinates.length} part(s), ${km.toFixed(1)} km (${segmentKm.map((x) => x.toFixed(1)).join(' + ')}); ${geography.outlines.length} outlines; ${sectors.length} sectors`,
  );
}

for (const target of TARGETS) write(target);
