/**
 * Distances along a border drawn as a line on the globe (a GeoJSON LineString or
 * MultiLineString of [longitude, latitude] positions): its length, the point at a given km, the
 * stretch between two km, and the point nearest a position. Great-circle distances on a sphere of the Earth's mean radius,
 * which is within 0.5 % of the ellipsoid's at these scales; validation and the maps share it.
 * Imports nothing.
 *
 * @module
 */

/** A GeoJSON position: [longitude, latitude] in degrees. */
export type LonLatPosition = readonly number[];

/** The line of a border: a LineString, or a MultiLineString whose parts run in order. */
export type BorderLine =
  { type: 'LineString'; coordinates: readonly LonLatPosition[] } | { type: 'MultiLineString'; coordinates: readonly (readonly LonLatPosition[])[] };

/** The Earth's mean radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Great-circle distance between two positions (haversine), km. */
export function distanceKm(a: LonLatPosition, b: LonLatPosition): number {
  const [lon1, lat1] = [(a[0] as number) * RAD, (a[1] as number) * RAD];
  const [lon2, lat2] = [(b[0] as number) * RAD, (b[1] as number) * RAD];
  const h = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The parts of a line (one for a LineString). */
export function lineParts(line: BorderLine): readonly (readonly LonLatPosition[])[] {
  return line.type === 'LineString' ? [line.coordinates] : line.coordinates;
}

/** The length of a line, km (the parts' lengths added; gaps between parts count nothing). */
export function lineLengthKm(line: BorderLine): number {
  let total = 0;
  for (const part of lineParts(line)) for (let i = 1; i < part.length; i++) total += distanceKm(part[i - 1] as LonLatPosition, part[i] as LonLatPosition);
  return total;
}

/** The point `f` of the way from a to b (linear in degrees: segments are short). */
function lerp(a: LonLatPosition, b: LonLatPosition, f: number): number[] {
  return [(a[0] as number) + f * ((b[0] as number) - (a[0] as number)), (a[1] as number) + f * ((b[1] as number) - (a[1] as number))];
}

/**
 * The stretch of a line from `fromKm` to `toKm` (km from its western end), as the parts it
 * covers (one part unless it spans a gap of a MultiLineString).
 *
 * @example
 * sliceLine(border, 0, 50); // [[[lon, lat], ...]]: the westernmost 50 km
 */
export function sliceLine(line: BorderLine, fromKm: number, toKm: number): number[][][] {
  const out: number[][][] = [];
  let at = 0;
  for (const part of lineParts(line)) {
    let current: number[][] | undefined;
    for (let i = 1; i < part.length; i++) {
      const a = part[i - 1] as LonLatPosition;
      const b = part[i] as LonLatPosition;
      const d = distanceKm(a, b);
      const s0 = at;
      const s1 = at + d;
      at = s1;
      if (s1 < fromKm || s0 > toKm || d === 0) continue;
      const start = s0 >= fromKm ? [...a] : lerp(a, b, (fromKm - s0) / d);
      const end = s1 <= toKm ? [...b] : lerp(a, b, (toKm - s0) / d);
      if (!current) {
        current = [start];
        out.push(current);
      }
      current.push(end);
    }
  }
  return out.filter((p) => p.length >= 2);
}

/** The position `km` from the line's western end (clamped to its ends). */
export function pointAlong(line: BorderLine, km: number): number[] {
  let at = 0;
  let last: LonLatPosition | undefined;
  for (const part of lineParts(line)) {
    for (let i = 1; i < part.length; i++) {
      const a = part[i - 1] as LonLatPosition;
      const b = part[i] as LonLatPosition;
      const d = distanceKm(a, b);
      if (at + d >= km && d > 0) return lerp(a, b, Math.max(0, (km - at) / d));
      at += d;
      last = b;
    }
  }
  const first = lineParts(line)[0]?.[0];
  return km <= 0 && first ? [...first] : [...(last ?? first ?? [0, 0])];
}

/** Where a position falls on a line: see {@link nearestOnLine}. */
export interface NearestOnLine {
  /** km from the line's western end to the nearest point. */
  readonly km: number;
  /** Great-circle distance from the position to that point, km. */
  readonly offKm: number;
  /** Which side the position lies on, walking the line west to east: 1 left, -1 right, 0 on it. */
  readonly side: number;
}

/**
 * The point of a line nearest to a position, found segment by segment on a local plane
 * (longitudes scaled by the cosine of the position's latitude: segments are short), with how far
 * along the line it is, how far the position is from it, and on which side.
 *
 * @example
 * nearestOnLine(border, [69.1, 37.24]); // { km: 192.2, offKm: 2.4, side: 1 }: 2.4 km left of the line, 192.2 km along it
 */
export function nearestOnLine(line: BorderLine, p: LonLatPosition): NearestOnLine {
  const [x, y] = [p[0] as number, p[1] as number];
  const cos = Math.cos(y * RAD);
  let best = Infinity;
  let nearest = { km: 0, point: [x, y], side: 0 };
  let at = 0;
  for (const part of lineParts(line)) {
    for (let i = 1; i < part.length; i++) {
      const a = part[i - 1] as LonLatPosition;
      const b = part[i] as LonLatPosition;
      const [dx, dy] = [((b[0] as number) - (a[0] as number)) * cos, (b[1] as number) - (a[1] as number)];
      const [px, py] = [(x - (a[0] as number)) * cos, y - (a[1] as number)];
      const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy || 1)));
      const d = distanceKm(a, b);
      const planar = Math.hypot(px - t * dx, py - t * dy);
      if (planar < best) {
        best = planar;
        nearest = { km: at + t * d, point: lerp(a, b, t), side: Math.sign(dx * py - dy * px) };
      }
      at += d;
    }
  }
  return { km: nearest.km, offKm: distanceKm(p, nearest.point), side: nearest.side };
}
