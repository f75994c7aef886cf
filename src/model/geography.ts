/**
 * Geography of the theatre as the engine needs it: where sectors and bases lie along the
 * border, and road distances between them. Positions are one-dimensional along the border plus
 * a distance inland, which is all that open sources give for the Tajik-Afghan frontier (a
 * river line with roads that run along it and up to the bases).
 *
 * @module
 */
import { nonNegative } from './probability';

/** A place: a sector (on the border) or a base (inland). */
export interface PlacePosition {
  /** Position along the border from its western end (km). */
  alongBorderKm: number;
  /** Road distance from the border (km); 0 for a sector. */
  fromBorderKm: number;
}

/**
 * Midpoints of sectors listed west to east, from their lengths: the default position of a
 * sector along the border.
 *
 * @param lengthsKm - sector lengths (km), west to east
 * @returns the midpoint of each sector (km from the western end)
 * @example
 * sectorMidpointsKm([100, 50]); // [50, 125]
 */
export function sectorMidpointsKm(lengthsKm: readonly number[]): number[] {
  const out: number[] = [];
  let start = 0;
  for (const l of lengthsKm) {
    const len = nonNegative(l);
    out.push(start + len / 2);
    start += len;
  }
  return out;
}

/**
 * Road distance between two places: along the border, plus the difference of their distances
 * inland. Assumption: roads follow the river and branch inland to the bases (the Panj valley
 * road and the Pamir highway), so a trip goes to the border road, along it, and back up.
 * Symmetric; 0 for a place and itself.
 *
 * @param a - first place
 * @param b - second place
 * @returns distance (km), ≥ 0
 * @example
 * roadDistanceKm({ alongBorderKm: 150, fromBorderKm: 90 }, { alongBorderKm: 200, fromBorderKm: 0 }); // 140
 */
export function roadDistanceKm(a: PlacePosition, b: PlacePosition): number {
  const d = Math.abs(a.alongBorderKm - b.alongBorderKm) + Math.abs(a.fromBorderKm - b.fromBorderKm);
  return Number.isFinite(d) ? d : Infinity;
}
