/**
 * What a map of the border draws, taken from a scenario with geometry: the border line, each
 * sector's stretch of it, the outlines of the countries around it, bases, drill sites and the
 * provinces across, as plain data (GeoJSON positions, [longitude, latitude]) that the map specs
 * (map-spec.ts) turn into charts. A scenario without `geography` has no map.
 *
 * @module
 */
import { quantityValue } from '../scenario/quantity';
import type { Scenario } from '../scenario/schema';
import { lineLengthKm, nearestOnLine, pointAlong, sliceLine, type BorderLine } from '../scenario/geo-line';

/** A sector on the map. */
export interface MapSector {
  id: string;
  /** The short name (before any parenthesis or comma) when the short names are unique, else the id. */
  label: string;
  name: string;
  /** Its stretch of the drawn line, km from the line's western end. */
  fromKm: number;
  toKm: number;
  /** Its length in the model (lengthKm), km. */
  lengthKm: number;
  /** The stretch, as the parts of the line it covers. */
  coordinates: number[][][];
  /** Its middle on the line. */
  mid: number[];
  /** Where its label goes: on the home side (see {@link MapSides}), and how the text aligns there. */
  labelAt: number[];
  align: 'left' | 'right' | 'center';
  /**
   * Further places for its name, in order of preference: points of its stretch (its middle
   * first, then towards its ends), each with a point 16 km off it on the home side.
   */
  anchors: { on: number[]; home: number[] }[];
}

/** A named place on the map. */
export interface MapPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

/** A drill on the map: its site and the range within which exercise troops deter. */
export interface MapDrill extends MapPlace {
  /** When it runs, for people ("from 2021-10-18, 6 days"), or '' when an event or order starts it. */
  when: string;
  /** parameters.deterrence.exerciseRangeKm: drills this close to the border deter (along all of it). */
  rangeKm: number;
}

/**
 * The two sides of the border, from the scenario's data: the home side is where its bases
 * stand (the side the forces guard from), the far side where its provinces across are. Sector
 * names and units go on the home side, crossing events on the far side.
 */
export interface MapSides {
  /** Whether the home side lies left of the line, walking it west to east (usually north). */
  homeIsLeft: boolean;
  /**
   * The names of the outlines on each side, west to east ("Turkmenistan, Uzbekistan and
   * Tajikistan"; "home", "far" without outlines or places).
   */
  home: string;
  far: string;
  /** The ids of the home side's outlines, drawn lighter (several when countries share the guard of the line). */
  homeOutlines: string[];
}

/** Everything a map of the border draws. */
export interface MapGeometry {
  border: BorderLine;
  /** The drawn line's length, km. */
  lineKm: number;
  /** Where the geometry comes from (geography.source). */
  source: string;
  outlines: { id: string; name: string; geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }; labelAt: number[] }[];
  sectors: MapSector[];
  bases: MapPlace[];
  provinces: MapPlace[];
  drills: MapDrill[];
  sides: MapSides;
}

const KM_PER_DEGREE = 111.195;

/** A point `km` to the left of the line at `atKm` (walking west to east; right for negative km), and which way that is. */
function leftOf(line: BorderLine, atKm: number, km: number, spanKm = 15): { at: number[]; align: MapSector['align'] } {
  // The line's direction over 2 × spanKm, not its last meander.
  const a = pointAlong(line, atKm - spanKm);
  const b = pointAlong(line, atKm + spanKm);
  const mid = pointAlong(line, atKm);
  const cos = Math.cos(((mid[1] as number) * Math.PI) / 180);
  const dx = ((b[0] as number) - (a[0] as number)) * cos;
  const dy = (b[1] as number) - (a[1] as number);
  const norm = Math.hypot(dx, dy) || 1;
  const [nx, ny] = [-dy / norm, dx / norm];
  const at = [(mid[0] as number) + (nx * km) / (KM_PER_DEGREE * cos), (mid[1] as number) + (ny * km) / KM_PER_DEGREE];
  const ex = Math.sign(km) * nx;
  return { at, align: ex < -0.45 ? 'right' : ex > 0.45 ? 'left' : 'center' };
}

/** Which side of the line a place lies on, walking it west to east: 1 left, -1 right (by its nearest segment). */
function sideOf(line: BorderLine, p: readonly number[]): number {
  return nearestOnLine(line, p).side;
}

/** Whether a position lies inside a polygon given as rings (the first the outline, the others holes), by ray casting. */
export function insideRings(rings: readonly (readonly (readonly number[])[])[], x: number, y: number): boolean {
  const inRing = (ring: readonly (readonly number[])[]) => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  return rings.length > 0 && inRing(rings[0] as readonly (readonly number[])[]) && !rings.slice(1).some(inRing);
}

/** The polygons of an outline's geometry. */
export function polygonsOf(geometry: { type: string; coordinates: unknown }): number[][][][] {
  return (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
}

/** The home and far sides of a scenario's border (see {@link MapSides}). */
function sidesOf(scenario: Scenario, line: BorderLine, lineKm: number): MapSides {
  // Bases vote for their side, provinces across for the other; with neither, home is left.
  let vote = 0;
  for (const b of scenario.bases ?? []) if (b.at) vote += sideOf(line, [b.at.lon, b.at.lat]);
  for (const p of scenario.provinces) if (p.at) vote -= sideOf(line, [p.at.lon, p.at.lat]);
  const homeIsLeft = vote >= 0;
  // The outlines that hold points 15 km off the line on a side name that side: each that holds
  // at least 2 of 40 points spread along it (5 % of the line: a country that guards a stretch of
  // it, not one that a point near a tripoint strays into), west to east.
  const outlinesOn = (left: boolean) => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 40; i++) {
      const [x, y] = leftOf(line, ((i + 0.5) / 40) * lineKm, left ? 15 : -15).at as [number, number];
      const o = (scenario.geography?.outlines ?? []).find((o) => polygonsOf(o.geometry).some((rings) => insideRings(rings, x, y)));
      if (o) counts.set(o.id, (counts.get(o.id) ?? 0) + 1);
    }
    return [...counts].filter(([, n]) => n >= 2).map(([id]) => scenario.geography?.outlines?.find((o) => o.id === id) as { id: string; name: string });
  };
  const listed = (names: string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
  const home = outlinesOn(homeIsLeft);
  const far = outlinesOn(!homeIsLeft);
  const across = scenario.provinces.map((p) => p.country).find((c): c is string => !!c);
  return {
    homeIsLeft,
    home: listed(home.map((o) => o.name)) || 'home',
    far: listed(far.map((o) => o.name)) || across || 'far',
    homeOutlines: home.map((o) => o.id),
  };
}

/** The mean of a ring's vertices: where a country's name goes (good enough for labels). */
function labelPoint(geometry: { type: string; coordinates: unknown }): number[] {
  const largest =
    polygonsOf(geometry)
      .map((p) => p[0] ?? [])
      .sort((x, y) => y.length - x.length)[0] ?? [];
  const n = Math.max(1, largest.length);
  return [largest.reduce((s, p) => s + (p[0] as number), 0) / n, largest.reduce((s, p) => s + (p[1] as number), 0) / n];
}

/**
 * The map of a scenario, or undefined when it has no geography.
 *
 * @param exerciseRangeKm - how close to the border a drill deters (the compiled scenario's).
 * @example
 * const geo = mapGeometry(scenario, compileScenario(scenario).exerciseRangeKm);
 * geo?.sectors.map((s) => s.toKm - s.fromKm); // km of the drawn line per sector
 */
export function mapGeometry(scenario: Scenario, exerciseRangeKm: number): MapGeometry | undefined {
  const g = scenario.geography;
  if (!g) return undefined;
  const border = g.border as BorderLine;
  const lineKm = lineLengthKm(border);
  const sides = sidesOf(scenario, border, lineKm);
  // On the home side: inside the home country's outline when there is one, else by the nearest stretch of line.
  const homeRings = (g.outlines ?? []).filter((o) => sides.homeOutlines.includes(o.id)).flatMap((o) => polygonsOf(o.geometry));
  const onHome = (p: number[]) =>
    homeRings.length > 0 ? homeRings.some((rings) => insideRings(rings, p[0] as number, p[1] as number)) : sideOf(border, p) === (sides.homeIsLeft ? 1 : -1);
  // The name before any parenthesis or comma: "Termez (the Amu Darya; ...), facing Balkh" is Termez on a map.
  const short = scenario.sectors.map((s) => s.name.replace(/\s*[(,].*$/, '') || s.name);
  const labels = new Set(short).size === short.length ? short : scenario.sectors.map((s) => s.id);
  const sectors = scenario.sectors.map((s, i): MapSector => {
    const { fromKm, toKm } = s.line ?? { fromKm: 0, toKm: 0 };
    const off = sides.homeIsLeft ? 16 : -16;
    // A long sector's side is that of its general course (a quarter of it), not of a loop.
    const span = Math.max(15, Math.min(60, (toKm - fromKm) / 4));
    // ... unless that lands across a meander: then the line's nearer course.
    const homeward = (at: number) => {
      const tries = [span, 15, 4].map((sp) => leftOf(border, at, off, sp));
      return tries.find((t) => onHome(t.at)) ?? (tries[0] as ReturnType<typeof leftOf>);
    };
    const label = homeward((fromKm + toKm) / 2);
    const anchors = [0.5, 0.35, 0.65, 0.2, 0.8].map((f) => {
      const at = fromKm + f * (toKm - fromKm);
      return { on: pointAlong(border, at), home: homeward(at).at };
    });
    return {
      id: s.id,
      label: labels[i] as string,
      name: s.name,
      fromKm,
      toKm,
      lengthKm: quantityValue(s.lengthKm),
      coordinates: sliceLine(border, fromKm, toKm),
      mid: pointAlong(border, (fromKm + toKm) / 2),
      labelAt: label.at,
      align: label.align,
      anchors,
    };
  });
  const bases: MapPlace[] = (scenario.bases ?? []).filter((b) => b.at).map((b) => ({ id: b.id, name: b.name, lon: b.at!.lon, lat: b.at!.lat }));
  const provinces: MapPlace[] = scenario.provinces.filter((p) => p.at).map((p) => ({ id: p.id, name: p.name, lon: p.at!.lon, lat: p.at!.lat }));
  const siteOf = (id: string): number[] | undefined => {
    const b = bases.find((x) => x.id === id);
    if (b) return [b.lon, b.lat];
    return sectors.find((x) => x.id === id)?.mid;
  };
  const drills: MapDrill[] = [];
  for (const d of scenario.drills ?? []) {
    const at = siteOf(d.location);
    if (!at) continue;
    const days = quantityValue(d.durationDays);
    const when = d.startDate
      ? `from ${d.startDate}, ${days} days`
      : d.startDay !== undefined
        ? `from day ${quantityValue(d.startDay)}, ${days} days`
        : `${days} days, when ordered`;
    drills.push({ id: d.id, name: d.name, lon: at[0] as number, lat: at[1] as number, when, rangeKm: exerciseRangeKm });
  }
  const outlines = (g.outlines ?? []).map((o) => ({
    id: o.id,
    name: o.name,
    geometry: o.geometry as MapGeometry['outlines'][number]['geometry'],
    labelAt: labelPoint(o.geometry),
  }));
  return { border, lineKm, source: g.source, outlines, sectors, bases, provinces, drills, sides };
}

/** A circle of `radiusKm` around a point, as a GeoJSON ring (64 vertices; on a sphere). */
export function circleRing(lon: number, lat: number, radiusKm: number): number[][] {
  const R = 6371.0088;
  const d = radiusKm / R;
  const [l1, p1] = [(lon * Math.PI) / 180, (lat * Math.PI) / 180];
  const ring: number[][] = [];
  for (let i = 0; i <= 64; i++) {
    const θ = (-2 * Math.PI * i) / 64;
    const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(θ));
    const l2 = l1 + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
    ring.push([(l2 * 180) / Math.PI, (p2 * 180) / Math.PI]);
  }
  return ring;
}
