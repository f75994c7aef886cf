/**
 * `npx tsx scripts/write-geometry.ts`: regenerates the geometry that the Tajik-Afghan scenarios
 * carry (scenarios/base/tajik-afghan-border.json, `geography` and each sector's `line`), from
 * Natural Earth as the npm package `world-atlas` ships it (TopoJSON):
 *
 * - the border: the arcs that Tajikistan and Afghanistan share at 1:10m, found with
 *   topojson-client's `mesh`, joined into one line and oriented west to east, positions rounded
 *   to 4 decimals (about 10 m);
 * - the outlines of the countries around it at 1:50m, clipped to a box around the border, for
 *   context on maps;
 * - each sector's stretch of the line: the sectors' lengthKm (which sum to 1,344 km, the
 *   usual figure of the border's length) scaled to the length of the drawn line (about 1,172 km:
 *   at 1:10m the Panj's meanders are smoothed), in order west to east, rounded to 0.1 km.
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
const BASE = resolve(root, 'scenarios/base/tajik-afghan-border.json');

/** Countries by their ISO 3166-1 numeric code, as world-atlas ids them. */
const TAJIKISTAN = '762';
const AFGHANISTAN = '004';
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
};
/** The box the outlines are clipped to: [west, south, east, north], degrees. */
const BOX = [63, 33.5, 79, 41.5] as const;

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
function clipRing(ring: readonly Pos[]): Pos[] {
  const [w, s, e, n] = BOX;
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

function outlines(): { id: string; name: string; geometry: { type: 'MultiPolygon'; coordinates: Pos[][][] } }[] {
  const topo = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const out = [];
  for (const g of topo.objects.countries.geometries) {
    const id = CONTEXT[String(g.id)];
    if (!id) continue;
    const f = feature(topo, g) as unknown as { geometry: { type: string; coordinates: Pos[][] | Pos[][][] } };
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Pos[][][];
    const clipped = polygons.map((rings) => rings.map(clipRing).filter((r) => r.length > 0)).filter((rings) => rings.length > 0);
    if (clipped.length > 0)
      out.push({ id, name: (g.properties as { name?: string } | undefined)?.name ?? id, geometry: { type: 'MultiPolygon' as const, coordinates: clipped } });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

function border(): Pos[] {
  const topo = require('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection }>;
  const shared = mesh(topo, topo.objects.countries, (a, b) => {
    const ids = [String(a.id), String(b.id)].sort();
    return ids[0] === AFGHANISTAN && ids[1] === TAJIKISTAN;
  });
  const pieces = (shared.type === 'MultiLineString' ? shared.coordinates : [shared.coordinates]) as Pos[][];
  const lines = join(pieces.map((p) => p.map(roundPos)));
  if (lines.length !== 1) throw new Error(`the shared border came in ${lines.length} pieces, expected 1`);
  const line = lines[0] as Pos[];
  return (line[0] as Pos)[0] <= (line[line.length - 1] as Pos)[0] ? line : line.reverse();
}

/** The base file with `geography` after `bases` and each sector's `line` after its `lengthKm`. */
function write(): void {
  const doc = JSON.parse(readFileSync(BASE, 'utf8')) as Record<string, unknown>;
  const line = border();
  const geom: BorderLine = { type: 'LineString', coordinates: line };
  const km = lineLengthKm(geom);
  const sectors = doc.sectors as Record<string, unknown>[];
  const lengths = sectors.map((s) => {
    const q = s.lengthKm as number | { value: number };
    return typeof q === 'number' ? q : q.value;
  });
  const total = lengths.reduce((a, b) => a + b, 0);
  let at = 0;
  const newSectors = sectors.map((s, i) => {
    const fromKm = round((at / total) * km, 1);
    at += lengths[i] as number;
    const toKm = i === sectors.length - 1 ? round(km, 1) : round((at / total) * km, 1);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s)) {
      if (k === 'line') continue;
      out[k] = v;
      if (k === 'lengthKm') out.line = { fromKm, toKm };
    }
    return out;
  });
  const geography = {
    source: `Natural Earth 1:10m (the npm package world-atlas, countries-10m): the arcs Tajikistan and Afghanistan share, joined west to east; outlines at 1:50m (countries-50m) clipped to ${BOX.join(', ')} (W, S, E, N). Written by scripts/write-geometry.ts.`,
    note: `The drawn line is ${round(km, 1)} km long (great circles between its positions): at 1:10m the Panj's meanders are smoothed, so it is shorter than the ${total} km the sectors' lengthKm add up to. Each sector's line interval is its lengthKm scaled by ${round(km / total, 4)}, in order west to east.`,
    border: geom,
    outlines: outlines(),
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === 'geography') continue;
    if (k === 'sectors') out.geography = geography;
    out[k] = k === 'sectors' ? newSectors : v;
  }
  // One position a line, not one number a line.
  const text = `${JSON.stringify(out, null, 2).replace(/\[\s+(-?[\d.e-]+),\s+(-?[\d.e-]+)\s+\]/g, '[$1, $2]')}\n`;
  writeFileSync(BASE, text);
  console.log(
    `border: ${line.length} positions, ${km.toFixed(1)} km; ${geography.outlines.length} outlines; ${sectors.length} sectors scaled by ${(km / total).toFixed(4)}`,
  );
}

write();
