/**
 * Checks of a scenario's geometry beyond the JSON Schema: latitudes within ±90°, and sectors
 * that tile the border line west to east, without gaps or overlaps, from its western end to its
 * eastern end (docs/scenarios.md, "Geometry"). A scenario without `geography` has nothing to
 * tile: its sectors' lines, if any, are unused.
 *
 * @internal
 * @module
 */
import { isJsonObject, type JsonObject, type JsonValue } from './sanitize';
import { lineLengthKm, type BorderLine, type LonLatPosition } from './geo-line';
import type { ValueIssue } from './validate';

/** How far the last sector may end from the line's eastern end: 0.1 % of the line, at least 0.1 km (rounding). */
export function endToleranceKm(lineKm: number): number {
  return Math.max(0.1, lineKm * 1e-3);
}

/** Gaps and overlaps smaller than this are rounding: 1 m. */
const JOIN_TOLERANCE_KM = 1e-3;

const km = (x: number) => `${Math.round(x * 1000) / 1000} km`;

function isPosition(p: JsonValue | undefined): p is number[] {
  return Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x));
}

/** The border line when its shape is valid (positions of two finite numbers), else undefined. */
function borderOf(geo: JsonObject, issues: ValueIssue[]): BorderLine | undefined {
  const b = geo.border;
  if (!isJsonObject(b) || !Array.isArray(b.coordinates)) return undefined;
  const parts = b.type === 'LineString' ? [b.coordinates] : b.type === 'MultiLineString' ? b.coordinates : undefined;
  if (!parts || !parts.every((p) => Array.isArray(p) && p.length >= 2 && p.every(isPosition))) return undefined;
  let bad = 0;
  (parts as number[][][]).forEach((part, pi) =>
    part.forEach((p, i) => {
      if (Math.abs(p[1] as number) > 90 && bad++ < 5) {
        const path =
          b.type === 'LineString' ? ['geography', 'border', 'coordinates', String(i), '1'] : ['geography', 'border', 'coordinates', String(pi), String(i), '1'];
        issues.push({ path, anchor: 'value', message: `latitude ${p[1]} is outside [-90, 90] (positions are [longitude, latitude])` });
      }
    }),
  );
  if (bad > 0) return undefined;
  return b.type === 'LineString'
    ? { type: 'LineString', coordinates: parts[0] as LonLatPosition[] }
    : { type: 'MultiLineString', coordinates: parts as LonLatPosition[][] };
}

function intervalOf(s: JsonObject): { fromKm: number; toKm: number } | undefined {
  const l = s.line;
  if (!isJsonObject(l) || typeof l.fromKm !== 'number' || typeof l.toKm !== 'number') return undefined;
  return { fromKm: l.fromKm, toKm: l.toKm };
}

/** Pushes the geometry issues of a (merged) scenario. */
export function checkGeography(value: JsonObject, issues: ValueIssue[]): void {
  const sectors = Array.isArray(value.sectors) ? value.sectors : [];
  const geo = value.geography;
  // Without a geography there is no line to tile: sectors' lines are then unused (a scenario
  // derived from one with geometry, e.g. a theatre's segment, may keep them).
  if (!isJsonObject(geo)) return;
  const line = borderOf(geo, issues);
  if (!line) return;
  const lineKm = lineLengthKm(line);
  let endOfPrevious = 0;
  let previous = 'the western end of geography.border';
  let lastIndex = -1;
  for (let i = 0; i < sectors.length; i++) {
    const s = sectors[i];
    if (!isJsonObject(s)) return;
    const name = typeof s.id === 'string' ? `sector ${JSON.stringify(s.id)}` : `sector ${i}`;
    const iv = intervalOf(s);
    if (!iv) {
      if (s.line === undefined)
        issues.push({
          path: ['sectors', String(i)],
          anchor: 'value',
          message: `${name} has no line: with a geography every sector needs line: { fromKm, toKm }, its stretch of geography.border (${km(lineKm)} long), west to east`,
        });
      return;
    }
    if (!(iv.toKm > iv.fromKm)) {
      issues.push({
        path: ['sectors', String(i), 'line', 'toKm'],
        anchor: 'value',
        message: `${name} ends at ${km(iv.toKm)}, not after it starts (${km(iv.fromKm)}); expected toKm > fromKm`,
      });
      return;
    }
    const step = iv.fromKm - endOfPrevious;
    if (Math.abs(step) > JOIN_TOLERANCE_KM) {
      const what = step > 0 ? `leaves a gap of ${km(step)} after ${previous}` : `overlaps ${previous} by ${km(-step)}`;
      issues.push({
        path: ['sectors', String(i), 'line', 'fromKm'],
        anchor: 'value',
        message: `${name} ${what}: expected fromKm ${km(endOfPrevious)}, where ${previous === 'the western end of geography.border' ? 'the line starts' : 'it ends'} (sectors tile the line west to east)`,
      });
      return;
    }
    endOfPrevious = iv.toKm;
    previous = name;
    lastIndex = i;
  }
  if (lastIndex >= 0 && Math.abs(endOfPrevious - lineKm) > endToleranceKm(lineKm)) {
    const what =
      endOfPrevious < lineKm
        ? `leaves the last ${km(lineKm - endOfPrevious)} of the line uncovered`
        : `runs ${km(endOfPrevious - lineKm)} past its eastern end`;
    issues.push({
      path: ['sectors', String(lastIndex), 'line', 'toKm'],
      anchor: 'value',
      message: `${previous} ends at ${km(endOfPrevious)} and ${what}: expected toKm ${km(lineKm)} (geography.border's length, within ${km(endToleranceKm(lineKm))})`,
    });
  }
}
