/**
 * Detection: the probability that a crossing attempt in a sector is seen, from patrols
 * (Koopman random search), fixed posts and sensors, combined as independent looks.
 *
 * Sources: B. O. Koopman, "Search and Screening" (OEG Report 56, 1946; revised 1980) for the
 * random-search and exhaustive-search laws; the fixed-post law is the geometric coverage of a
 * line by circles of radius R spaced s apart. See docs/model.md.
 *
 * @module
 */
import { clampProbability, combineIndependent, monthIndex, nonNegative } from './probability';

/**
 * Search coverage ratio z = W v t / A (dimensionless): the area swept divided by the area
 * searched. A zero or negative area with positive effort means the area is saturated
 * (z = +Infinity); with no effort it means no search (z = 0).
 *
 * @param sweepWidthKm - effective sweep width W of one searcher (km)
 * @param speedKmPerHour - search speed v (km/h)
 * @param durationHours - search time t (h)
 * @param areaKm2 - area A in which the target is uniformly located (km²)
 * @returns z (dimensionless, ≥ 0)
 * @example
 * searchCoverage(2, 5, 10, 200); // 0.5
 */
export function searchCoverage(sweepWidthKm: number, speedKmPerHour: number, durationHours: number, areaKm2: number): number {
  const sweptKm2 = nonNegative(sweepWidthKm) * nonNegative(speedKmPerHour) * nonNegative(durationHours);
  // 0 * Infinity is NaN: no effort sweeps nothing, however fast.
  if (!(sweptKm2 > 0)) return 0;
  if (!(areaKm2 > 0)) return Infinity;
  return sweptKm2 / areaKm2;
}

/**
 * Koopman's random-search law from a coverage ratio: P = 1 - exp(-z).
 * Written with expm1 so that small coverages keep their precision.
 *
 * @param coverage - coverage ratio z = W v t / A (dimensionless)
 * @returns detection probability in [0, 1]
 * @example
 * randomSearchFromCoverage(0.5); // 0.393469...
 */
export function randomSearchFromCoverage(coverage: number): number {
  const z = nonNegative(coverage);
  if (z === Infinity) return 1;
  return clampProbability(-Math.expm1(-z));
}

/**
 * Koopman random search: P = 1 - exp(-W v t / A). The target is uniformly located in A and the
 * searcher's track is random with respect to it; overlap of the track with itself is what makes
 * the law fall short of the exhaustive sweep.
 *
 * @param sweepWidthKm - effective sweep width W (km)
 * @param speedKmPerHour - search speed v (km/h)
 * @param durationHours - search time t (h)
 * @param areaKm2 - search area A (km²)
 * @returns detection probability in [0, 1]
 * @example
 * randomSearchProbability(2, 5, 10, 200); // 0.393469 (docs/model.md §3)
 */
export function randomSearchProbability(sweepWidthKm: number, speedKmPerHour: number, durationHours: number, areaKm2: number): number {
  return randomSearchFromCoverage(searchCoverage(sweepWidthKm, speedKmPerHour, durationHours, areaKm2));
}

/**
 * Exhaustive (parallel-sweep) search: P = min(1, W v t / A). The upper bound that perfectly
 * coordinated tracks reach; random search approaches it only for small coverage.
 *
 * @param sweepWidthKm - effective sweep width W (km)
 * @param speedKmPerHour - search speed v (km/h)
 * @param durationHours - search time t (h)
 * @param areaKm2 - search area A (km²)
 * @returns detection probability in [0, 1]
 * @example
 * exhaustiveSearchProbability(2, 5, 10, 200); // 0.5 (docs/model.md §3)
 */
export function exhaustiveSearchProbability(sweepWidthKm: number, speedKmPerHour: number, durationHours: number, areaKm2: number): number {
  return clampProbability(searchCoverage(sweepWidthKm, speedKmPerHour, durationHours, areaKm2));
}

/**
 * Spacing of fixed posts along a sector, assuming they are evenly spread.
 *
 * @param sectorLengthKm - length of border in the sector (km)
 * @param postCount - number of posts (count)
 * @returns spacing s (km); +Infinity when there are no posts
 * @example
 * postSpacingKm(60, 4); // 15
 */
export function postSpacingKm(sectorLengthKm: number, postCount: number): number {
  const n = nonNegative(postCount);
  if (!(n > 0)) return Infinity;
  return nonNegative(sectorLengthKm) / n;
}

/**
 * Fixed posts spaced s apart along the line, each seeing everything within radius R:
 * P = min(1, 2R / s). A crossing point uniform along the line is seen iff it falls within R of a
 * post (a "cookie-cutter" sensor; a softer sensor would lower the result, see docs/model.md).
 *
 * @param detectionRadiusKm - post detection radius R (km)
 * @param spacingKm - distance s between neighbouring posts (km)
 * @returns detection probability in [0, 1]
 * @example
 * fixedPostsProbability(2, 10); // 0.4
 */
export function fixedPostsProbability(detectionRadiusKm: number, spacingKm: number): number {
  const r = nonNegative(detectionRadiusKm);
  if (!(r > 0)) return 0;
  if (!(spacingKm > 0)) return 1;
  return clampProbability((2 * r) / spacingKm);
}

/**
 * Independent looks combined: 1 - Π(1 - p_i). Patrols, posts and sensors are treated as
 * independent chances to see the same attempt (an assumption: correlated blind spots such as
 * night or dead ground would make the true value lower).
 *
 * @param probabilities - detection probability of each look (each in [0, 1])
 * @returns combined probability in [0, 1]
 * @example
 * combineIndependentLooks([0.4, 0.5]); // 0.7
 */
export function combineIndependentLooks(probabilities: readonly number[]): number {
  return combineIndependent(probabilities);
}

/**
 * Combat/search effectiveness of one person: readiness × (1 - fatigue) × quality, each a
 * fraction clamped to [0, 1]. Used both for patrol effort and for fighting power.
 *
 * @param readiness - readiness fraction (0-1)
 * @param fatigue - fatigue fraction (0 = fresh, 1 = exhausted)
 * @param quality - training/equipment quality fraction (0-1)
 * @returns effectiveness multiplier in [0, 1]
 * @example
 * personnelEffectiveness(0.8, 0.25, 0.5); // 0.3
 */
export function personnelEffectiveness(readiness: number, fatigue: number, quality: number): number {
  return clampProbability(readiness) * (1 - clampProbability(fatigue)) * clampProbability(quality);
}

/**
 * Effective patrol effort per km of border: personnel on patrol × readiness × (1 - fatigue) ×
 * quality, divided by the sector length. Garrisons, reserves and exercises contribute nothing:
 * the caller passes only personnel whose role is patrol.
 *
 * @param personnelOnPatrol - personnel assigned to patrol in the sector (persons)
 * @param readiness - readiness fraction (0-1)
 * @param fatigue - fatigue fraction (0-1)
 * @param quality - quality fraction (0-1)
 * @param sectorLengthKm - sector length (km)
 * @returns effective patrol personnel per km (persons/km); 0 for a zero-length sector
 * @example
 * effectivePatrolEffortPerKm(300, 0.8, 0.25, 0.5, 90); // 1
 */
export function effectivePatrolEffortPerKm(personnelOnPatrol: number, readiness: number, fatigue: number, quality: number, sectorLengthKm: number): number {
  const effective = nonNegative(personnelOnPatrol) * personnelEffectiveness(readiness, fatigue, quality);
  if (!(effective > 0)) return 0;
  if (!(sectorLengthKm > 0)) return 0;
  const perKm = effective / sectorLengthKm;
  // Infinity / Infinity: an unbounded force on an unbounded border has no defined density.
  return Number.isNaN(perKm) ? 0 : perKm;
}

/**
 * Season multiplier on patrol sweep rate for a month, from the sector's terrain class
 * (`terrains[].searchMultiplierByMonth`: snow that slows patrols, vegetation that hides crossers).
 * The scenario gives the table; without one the season changes nothing.
 *
 * @param month - calendar month (1-12, wrapping)
 * @param byMonth - multipliers by month (dimensionless, ≥ 0, 12 entries, January first), or
 *   undefined (no seasonal effect)
 * @returns multiplier ≥ 0 (dimensionless); 1 without a table
 * @example
 * seasonSearchMultiplier(1, [0.5, 0.5, 0.75, 0.9, 1, 1, 1, 1, 1, 0.9, 0.75, 0.5]); // 0.5
 */
export function seasonSearchMultiplier(month: number, byMonth?: readonly number[]): number {
  if (byMonth === undefined) return 1;
  return nonNegative(byMonth[monthIndex(month)] ?? 1);
}

/** Parameters that turn patrol effort per km into a Koopman coverage ratio. */
export interface PatrolSearchParams {
  /** Effective sweep width of one patrol (km). */
  sweepWidthKm: number;
  /** Patrol speed while searching (km/h). */
  patrolSpeedKmPerHour: number;
  /** Hours each patrol searches in one turn (h/turn). */
  patrolHoursPerTurn: number;
  /** Persons per patrol group (persons): patrols, not people, sweep the ground. */
  personnelPerPatrol: number;
  /** Depth of the border strip in which crossers can be met (km); area per km of border = depth. */
  sectorDepthKm: number;
  /** Terrain multiplier on W·v (dimensionless). */
  terrainMultiplier: number;
  /** Season multiplier on W·v (dimensionless). */
  seasonMultiplier: number;
}

/**
 * Patrol coverage per turn from effort per km:
 * z = (e / g) · W · v · h · m_terrain · m_season / D, where e is effective personnel per km, g
 * the patrol size and D the strip depth. Derivation: a sector of length L has area L·D and
 * e·L/g patrols, each sweeping W·v·h km², so L cancels.
 *
 * @param effortPerKm - effective patrol personnel per km of border (persons/km)
 * @param params - sweep width, speed, hours, patrol size, depth, multipliers
 * @returns coverage ratio z per turn (dimensionless)
 * @example
 * patrolCoverage(1, { sweepWidthKm: 2, patrolSpeedKmPerHour: 3, patrolHoursPerTurn: 8,
 *   personnelPerPatrol: 6, sectorDepthKm: 5, terrainMultiplier: 1, seasonMultiplier: 1 }); // 1.6
 */
export function patrolCoverage(effortPerKm: number, params: PatrolSearchParams): number {
  const patrolsPerKm = nonNegative(effortPerKm) / Math.max(1, nonNegative(params.personnelPerPatrol));
  const rate = nonNegative(params.terrainMultiplier) * nonNegative(params.seasonMultiplier);
  return searchCoverage(params.sweepWidthKm * rate, params.patrolSpeedKmPerHour, params.patrolHoursPerTurn * patrolsPerKm, params.sectorDepthKm);
}

/**
 * Koopman random-search detection by patrols in one turn, from effort per km.
 * Monotone non-decreasing in effort.
 *
 * @param effortPerKm - effective patrol personnel per km (persons/km)
 * @param params - see {@link PatrolSearchParams}
 * @returns detection probability in [0, 1]
 * @example
 * patrolDetectionProbability(1, { sweepWidthKm: 2, patrolSpeedKmPerHour: 3, patrolHoursPerTurn: 8,
 *   personnelPerPatrol: 6, sectorDepthKm: 5, terrainMultiplier: 1, seasonMultiplier: 1 }); // 0.798...
 */
export function patrolDetectionProbability(effortPerKm: number, params: PatrolSearchParams): number {
  return randomSearchFromCoverage(patrolCoverage(effortPerKm, params));
}

/** The three looks at a crossing attempt in a sector. */
export interface SectorLooks {
  /** Patrol detection probability (0-1), e.g. from {@link patrolDetectionProbability}. */
  patrol: number;
  /** Fixed-post detection probability (0-1), e.g. from {@link fixedPostsProbability}. */
  posts: number;
  /** Sensor detection probability (0-1): the scenario's sensor level, raised by assistance. */
  sensors: number;
}

/**
 * Sector detection probability: patrols, posts and sensors as independent looks.
 *
 * @param looks - the three per-look probabilities
 * @returns combined probability in [0, 1]
 * @example
 * sectorDetectionProbability({ patrol: 0.5, posts: 0.2, sensors: 0 }); // 0.6
 */
export function sectorDetectionProbability(looks: SectorLooks): number {
  return combineIndependent([looks.patrol, looks.posts, looks.sensors]);
}
