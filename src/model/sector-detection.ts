/**
 * The chance that one crossing attempt in a sector is detected this turn: patrols (Koopman random
 * search), fixed posts and sensors, combined as independent looks (docs/model.md §3).
 *
 * @module
 */
import {
  DEFAULT_TERRAIN_SEARCH_MULTIPLIER,
  fixedPostsProbability,
  patrolCoverage,
  randomSearchFromCoverage,
  postSpacingKm,
  sectorDetectionProbability,
  seasonSearchMultiplier,
  type TerrainClass,
} from './detection';

/** What a sector offers against one attempt in one turn. */
export interface SectorDefence {
  /** Patrol personnel out searching, weighted by readiness, fatigue and quality (persons). */
  effectivePatrolPersonnel: number;
  lengthKm: number;
  depthKm: number;
  terrain: TerrainClass;
  /** Calendar month of the turn, 1-12. */
  month: number;
  postCount: number;
  postRadiusKm: number;
  /** Per-attempt detection chance of the sector's sensors (0-1). */
  sensorDetection: number;
}

/** Search parameters shared by all sectors. */
export interface SearchParameters {
  sweepWidthKm: number;
  patrolSpeedKmPerHour: number;
  /** Hours an attempt spends in the searched strip (h): Koopman's t. */
  exposureHours: number;
  personnelPerPatrol: number;
  /**
   * 'random' (Koopman, P = 1 − exp(−z), the default) or 'exhaustive' (parallel sweep,
   * P = min(1, z)): the upper bound that perfectly coordinated tracks reach.
   */
  searchMode?: 'random' | 'exhaustive';
}

/**
 * Detection probability of one attempt: 1 − (1 − P_patrol)(1 − P_posts)(1 − P_sensors).
 *
 * @example
 * attemptDetectionProbability(
 *   { effectivePatrolPersonnel: 100, lengthKm: 100, depthKm: 5, terrain: 'river-plain', month: 3,
 *     postCount: 0, postRadiusKm: 0, sensorDetection: 0 },
 *   { sweepWidthKm: 2, patrolSpeedKmPerHour: 4, exposureHours: 6, personnelPerPatrol: 4 });
 */
export function attemptDetectionProbability(d: SectorDefence, p: SearchParameters): number {
  const effortPerKm = d.lengthKm > 0 ? d.effectivePatrolPersonnel / d.lengthKm : 0;
  const z = patrolCoverage(effortPerKm, {
    sweepWidthKm: p.sweepWidthKm,
    patrolSpeedKmPerHour: p.patrolSpeedKmPerHour,
    patrolHoursPerTurn: p.exposureHours,
    personnelPerPatrol: p.personnelPerPatrol,
    sectorDepthKm: d.depthKm,
    terrainMultiplier: DEFAULT_TERRAIN_SEARCH_MULTIPLIER[d.terrain],
    seasonMultiplier: seasonSearchMultiplier(d.month, d.terrain),
  });
  const patrol = p.searchMode === 'exhaustive' ? Math.min(1, z) : randomSearchFromCoverage(z);
  const posts = d.postCount > 0 ? fixedPostsProbability(d.postRadiusKm, postSpacingKm(d.lengthKm, d.postCount)) : 0;
  return sectorDetectionProbability({ patrol, posts, sensors: d.sensorDetection });
}
