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
const CHAR: Record<PlacedLabel['kind'], number> = { sector: 0.62, base: 0.56, province: 0.55, drill: 0.56, country: 0.85 };

function boxOf(kind: PlacedLabel['kind'], text: string, x: number, y: number, align: PlacedLabel['align']): Box {
  const w = text.length * FONT[kind] * CHAR[kind];
  const h = FONT[kind] * 1.2;
  const x0 = align === 'left' ? x : align === 'right' ? x - w : x - w / 2;
  return { x0: x0 - 2, x1: x0 + w + 2, y0: y - h / 2 - 1, y1: y + h / 2 + 1 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

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
  const free = (b: Box) =>
    b.x0 >= 2 &&
    b.x1 <= width - 2 &&
    b.y0 >= 2 &&
    b.y1 <= height - 2 &&
    !taken.some((t) => overlaps(t, b)) &&
    !line.some(([x, y]) => x > b.x0 - 5 && x < b.x1 + 5 && y > b.y0 - 5 && y < b.y1 + 5);
  const out: PlacedLabel[] = [];
  const place = (
    kind: PlacedLabel['kind'],
    text: string,
    spots: { x: number; y: number; align: PlacedLabel['align']; from?: [number, number] }[],
    fallback = true,
  ) => {
    const spot = spots.find((c) => free(boxOf(kind, text, c.x, c.y, c.align))) ?? (fallback ? spots[0] : undefined);
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
  for (const b of options.places ? geo.bases : []) {
    const [x, y] = proj.pixel([b.lon, b.lat]);
    place('base', b.name.replace(/\s*\(.*\)\s*$/, ''), around(x, y, 8));
  }
  for (const p of options.places ? geo.provinces : []) {
    const [x, y] = proj.pixel([p.lon, p.lat]);
    place('province', p.name, [{ x, y: y + 10, align: 'center' }, { x, y: y - 10, align: 'center' }, ...around(x, y, 6)]);
  }
  // The home countries' outlines in pixels: a name meant for the home side must lie in one.
  const homeRings = geo.outlines
    .filter((o) => geo.sides.homeOutlines.includes(o.id))
    .flatMap((o) => polygonsOf(o.geometry).map((rs) => rs.map((r) => r.map((p) => proj.pixel(p)))));
  const onHome = (x: number, y: number) => homeRings.length === 0 || homeRings.some((rs) => insideRings(rs, x, y));
  for (const s of geo.sectors) {
    // Home side first, at its middle and then towards its ends (a long sector whose middle is
    // crowded still gets its name on the home side); then the far side.
    // On a small map, only near its middle and close to it: long leader lines would cross.
    const anchors = options.crowded ? s.anchors.slice(0, 3) : s.anchors;
    const distances = options.crowded ? [13, 24, 36] : [13, 24, 36, 50, 66];
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
