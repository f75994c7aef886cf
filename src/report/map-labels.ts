/**
 * Where a map's names go: greedy placement in pixels, so that names neither cover the border
 * nor each other. Each name has candidate spots in order of preference (a sector's on the home
 * side first, nearest first; then the far side); it takes the first free one, or its first
 * when none is (on a small map, no spot). Sector names set off from their sector get a leader line.
 *
 * @module
 */
import { insideRings, polygonsOf, type MapGeometry } from './map-geometry';
import type { MapProjection } from './map-spec';

/** A placed name. */
export interface PlacedLabel {
  kind: 'sector' | 'base' | 'province' | 'drill' | 'country';
  text: string;
  /** The text's anchor, pixels. */
  x: number;
  y: number;
  align: 'left' | 'right' | 'center';
  /** Where a leader line starts (the sector's middle), when the name is set off. */
  from?: [number, number];
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const FONT: Record<PlacedLabel['kind'], number> = { sector: 11, base: 10.5, province: 11.5, drill: 10.5, country: 11 };
/** Bold kinds are about a tenth wider; country names are spaced 2 px a letter (map-spec.ts). */
const BOLD: Record<PlacedLabel['kind'], number> = { sector: 1.1, base: 1, province: 1, drill: 1, country: 1.1 };
const SPACING: Record<PlacedLabel['kind'], number> = { sector: 0, base: 0, province: 0, drill: 0, country: 2 };

/**
 * Advance widths (em) of DejaVu Sans, the sans-serif a bare Linux machine draws system-ui with
 * and wider than most: a name's box from them holds the name in the usual fonts too. A constant
 * width a letter did not: "Hamadoni" and "Khorog" overlapped.
 */
const LOWER = [
  0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592,
  0.818, 0.592, 0.592, 0.525,
];
const UPPER = [
  0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684,
  0.989, 0.685, 0.611, 0.685,
];

function charEm(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 97 && code <= 122) return LOWER[code - 97] as number;
  if (code >= 65 && code <= 90) return UPPER[code - 65] as number;
  if (code >= 48 && code <= 57) return 0.636;
  if (" ,.'-()".includes(c)) return c === '-' ? 0.361 : c === '(' || c === ')' ? 0.39 : 0.318;
  return 0.7; // other letters (accented, other scripts): as wide as most capitals
}

/** A name's width in pixels, drawn as `kind`. */
export function nameWidth(kind: PlacedLabel['kind'], text: string): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * FONT[kind] * BOLD[kind] + SPACING[kind] * text.length;
}

function boxOf(kind: PlacedLabel['kind'], text: string, x: number, y: number, align: PlacedLabel['align']): Box {
  const w = nameWidth(kind, text);
  const h = FONT[kind] * 1.2;
  const x0 = align === 'left' ? x : align === 'right' ? x - w : x - w / 2;
  return { x0: x0 - 2, x1: x0 + w + 2, y0: y - h / 2 - 1, y1: y + h / 2 + 1 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * A base's name as the map writes it: without parentheses, and only up to its first comma when
 * longer than 20 characters ("Serhetabat (Kushka), Turkmen border detachment" → "Serhetabat"):
 * the marker's description (its aria-label) keeps the whole name.
 */
export function baseLabel(name: string): string {
  const plain = name.replace(/\s*\([^)]*\)/g, '').trim();
  return plain.length > 20 ? (plain.split(',')[0] as string).trim() : plain;
}

/** Places the names of a map's sectors, places and countries. */
export function placeLabels(
  geo: MapGeometry,
  proj: MapProjection,
  options: { places: boolean; countries: boolean; crowded: boolean; keepClear?: readonly (readonly [number, number])[] },
): PlacedLabel[] {
  const { width, height } = proj;
  // The border, as points every 3 px (its casing is 9 px wide).
  const line: [number, number][] = [];
  for (const s of geo.sectors)
    for (const part of s.coordinates) {
      const px = part.map((p) => proj.pixel(p));
      px.forEach((p, i) => {
        const q = px[i + 1];
        line.push(p);
        if (!q) return;
        const steps = Math.floor(Math.hypot(q[0] - p[0], q[1] - p[1]) / 3);
        for (let k = 1; k < steps; k++) line.push([p[0] + ((q[0] - p[0]) * k) / steps, p[1] + ((q[1] - p[1]) * k) / steps]);
      });
    }
  const taken: Box[] = [];
  // Markers of bases and drill sites, so that names keep off them.
  for (const b of options.places ? [...geo.bases, ...geo.drills] : []) {
    const [x, y] = proj.pixel([b.lon, b.lat]);
    taken.push({ x0: x - 6, x1: x + 6, y0: y - 6, y1: y + 6 });
  }
  // Points that marks drawn over the map will cover (the replay's units), pixels.
  for (const [x, y] of options.keepClear ?? []) taken.push({ x0: x - 6, x1: x + 6, y0: y - 6, y1: y + 6 });
  const clearOfLine = (b: Box) => !line.some(([x, y]) => x > b.x0 - 5 && x < b.x1 + 5 && y > b.y0 - 5 && y < b.y1 + 5);
  const free = (b: Box) => b.x0 >= 2 && b.x1 <= width - 2 && b.y0 >= 2 && b.y1 <= height - 2 && !taken.some((t) => overlaps(t, b)) && clearOfLine(b);
  const out: PlacedLabel[] = [];
  // With no free spot: the first that at least keeps off the border (a name across the line
  // would put its place on the wrong side), else the first (fallback), or none.
  const place = (
    kind: PlacedLabel['kind'],
    text: string,
    spots: { x: number; y: number; align: PlacedLabel['align']; from?: [number, number] }[],
    fallback = true,
  ) => {
    const spot =
      spots.find((c) => free(boxOf(kind, text, c.x, c.y, c.align))) ??
      (fallback ? (spots.find((c) => clearOfLine(boxOf(kind, text, c.x, c.y, c.align))) ?? spots[0]) : undefined);
    if (!spot) return;
    taken.push(boxOf(kind, text, spot.x, spot.y, spot.align));
    out.push({ kind, text, x: spot.x, y: spot.y, align: spot.align, ...(spot.from ? { from: spot.from } : {}) });
  };
  const around = (x: number, y: number, d: number) => [
    { x: x + d, y, align: 'left' as const },
    { x: x - d, y, align: 'right' as const },
    { x, y: y - d - 3, align: 'center' as const },
    { x, y: y + d + 3, align: 'center' as const },
  ];
  // Eight spots at distance d, each with a leader line back to (x, y).
  const aroundFar = (x: number, y: number, d: number) =>
    [
      ...around(x, y, d),
      { x: x + d * 0.7, y: y - d * 0.7, align: 'left' as const },
      { x: x - d * 0.7, y: y - d * 0.7, align: 'right' as const },
      { x: x + d * 0.7, y: y + d * 0.7, align: 'left' as const },
      { x: x - d * 0.7, y: y + d * 0.7, align: 'right' as const },
    ].map((c) => ({ ...c, from: [x, y] as [number, number] }));
  // The home countries' outlines in pixels: a name meant for the home side must lie in one.
  const homeRings = geo.outlines
    .filter((o) => geo.sides.homeOutlines.includes(o.id))
    .flatMap((o) => polygonsOf(o.geometry).map((rs) => rs.map((r) => r.map((p) => proj.pixel(p)))));
  const onHome = (x: number, y: number) => homeRings.length === 0 || homeRings.some((rs) => insideRings(rs, x, y));
  for (const b of options.places ? geo.bases : []) {
    const [x, y] = proj.pixel([b.lon, b.lat]);
    // Next to the marker, else farther out with a leader line; on the marker's side of the line
    // only (across it, the name would read as a place on the other side). A base whose name
    // finds no room keeps its marker, whose description (read out by screen readers) gives the
    // whole name.
    const spots = [8, 18, 30, 44, 60].flatMap((d) => (d === 8 ? around(x, y, d) : aroundFar(x, y, d)));
    const side = onHome(x, y);
    place(
      'base',
      baseLabel(b.name),
      spots.filter((c) => onHome(c.x, c.y) === side),
      false,
    );
  }
  for (const p of options.places ? geo.provinces : []) {
    const [x, y] = proj.pixel([p.lon, p.lat]);
    // A province's name marks a region, not a point: it may move farther off, with no leader line.
    // On a small map, one with no room is left out rather than written over another name.
    place(
      'province',
      p.name,
      [{ x, y: y + 10, align: 'center' }, { x, y: y - 10, align: 'center' }, ...around(x, y, 6), ...around(x, y, 18), ...around(x, y, 30)],
      !options.crowded,
    );
  }
  for (const s of geo.sectors) {
    // Home side first, at its middle and then towards its ends (a long sector whose middle is
    // crowded still gets its name on the home side); then the far side.
    // On a small map, only near its middle and close to it: long leader lines would cross.
    const anchors = options.crowded ? s.anchors.slice(0, 3) : s.anchors;
    const distances = options.crowded ? [13, 24, 36] : [13, 24, 36, 50, 66, 84];
    const spots = [1, -1].flatMap((side) =>
      anchors.flatMap((a, k) => {
        const [mx, my] = proj.pixel(a.on);
        const [lx, ly] = proj.pixel(a.home);
        const len = Math.hypot(lx - mx, ly - my) || 1;
        const [nx, ny] = [(lx - mx) / len, (ly - my) / len];
        return distances
          .map((d) => {
            const x = mx + side * nx * d;
            const y = my + side * ny * d;
            const align: PlacedLabel['align'] = side * nx < -0.45 ? 'right' : side * nx > 0.45 ? 'left' : 'center';
            return { x, y, align, ...(d > 13 || k > 0 ? { from: [mx, my] as [number, number] } : {}) };
          })
          .filter((spot) => side < 0 || onHome(spot.x, spot.y));
      }),
    );
    // On a small map, a name that finds no free spot is left out (the larger maps name every sector).
    place('sector', s.label, spots, !options.crowded);
  }
  // A drill's name after the sectors', and only where there is room (the caption explains the dashed ring).
  for (const d of options.places ? geo.drills : []) {
    const [x, y] = proj.pixel([d.lon, d.lat]);
    place('drill', `drill, ${d.rangeKm} km range`, [...around(x, y + 14, 8), ...around(x, y - 14, 8)], false);
  }
  if (options.countries) {
    for (const o of geo.outlines) {
      // Spots inside the country's visible part, nearest its middle first.
      const rings = polygonsOf(o.geometry).map((rs) => rs.map((r) => r.map((p) => proj.pixel(p))));
      const inside: [number, number][] = [];
      for (let y = 30; y < height - 20; y += 20) for (let x = 60; x < width - 60; x += 30) if (rings.some((rs) => insideRings(rs, x, y))) inside.push([x, y]);
      if (inside.length < 4) continue;
      const cx = inside.reduce((a, p) => a + p[0], 0) / inside.length;
      const cy = inside.reduce((a, p) => a + p[1], 0) / inside.length;
      const text = o.name.toUpperCase();
      const spots = inside
        .sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy))
        .map(([x, y]) => ({ x, y, align: 'center' as const }));
      const spot = spots.find(
        (c) =>
          free(boxOf('country', text, c.x, c.y, c.align)) &&
          rings.some((rs) => insideRings(rs, c.x - text.length * 4, c.y) && insideRings(rs, c.x + text.length * 4, c.y)),
      );
      if (spot) place('country', text, [spot]);
    }
  }
  return out;
}
