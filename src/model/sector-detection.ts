/**
 * The chance that one crossing attempt in a sector is detected this turn: patrols (Koopman random
 * search), fixed posts and sensors, combined as independent looks (docs/model.md §3).
 *
 * @module
 */
import {
  fixedPostsProbability,
  patrolCoverage,
  randomSearchFromCoverage,
  postSpacingKm,
  sectorDetectionProbability,
  seasonSearchMultiplier,
} from './detection';
import { clampProbability, monthIndex, nonNegative } from './probability';

/** What a sector offers against one attempt in one turn. */
export interface SectorDefence {
  /** Patrol personnel out searching, weighted by readiness, fatigue and quality (persons). */
  effectivePatrolPersonnel: number;
  lengthKm: number;
  depthKm: number;
  /** The terrain's multiplier on the sweep rate (dimensionless; 1 for neutral ground). */
  searchMultiplier: number;
  /** The terrain's further multiplier by month (12 values, January first), or undefined (none). */
  searchMultiplierByMonth?: readonly number[];
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
 *   { effectivePatrolPersonnel: 100, lengthKm: 100, depthKm: 5, searchMultiplier: 1, month: 3,
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
    terrainMultiplier: d.searchMultiplier,
    seasonMultiplier: seasonSearchMultiplier(d.month, d.searchMultiplierByMonth),
  });
  const patrol = p.searchMode === 'exhaustive' ? Math.min(1, z) : randomSearchFromCoverage(z);
  const posts = d.postCount > 0 ? fixedPostsProbability(d.postRadiusKm, postSpacingKm(d.lengthKm, d.postCount)) : 0;
  return sectorDetectionProbability({ patrol, posts, sensors: d.sensorDetection });
}

/** The geometry of a sector that {@link SectorDetection} needs. */
export interface SectorGeometry {
  lengthKm: number;
  depthKm: number;
  /** The terrain's multiplier on the sweep rate (dimensionless; 1 for neutral ground). */
  searchMultiplier: number;
  /** The terrain's further multiplier by month (12 values, January first), or null (none). */
  searchMultiplierByMonth: readonly number[] | null;
  postCount: number;
  postRadiusKm: number;
}

/**
 * {@link attemptDetectionProbability} of one sector, with what depends only on the sector and the
 * search parameters worked out once, and what depends on the month too once a month: the same operations in the same order, so
 * the same probability to the last bit (tests/model/sector-detection.test.ts checks it). The
 * engine asks for every sector every turn, and only the patrol effort, the month and the
 * sensors change.
 *
 * @example
 * const d = new SectorDetection({ lengthKm: 100, depthKm: 5, searchMultiplier: 1, searchMultiplierByMonth: null, postCount: 0, postRadiusKm: 0 },
 *   { sweepWidthKm: 2, patrolSpeedKmPerHour: 4, exposureHours: 6, personnelPerPatrol: 4 });
 * d.probability(100, 3, 0); // = attemptDetectionProbability({ effectivePatrolPersonnel: 100, month: 3, sensorDetection: 0, ... }, ...)
 */
export class SectorDetection {
  /**
   * nonNegative(sweep width × terrain × season) × nonNegative(patrol speed) (km²/h per patrol)
   * for the month index `monthAt` (-1: none yet): worked out when the month changes, held in the
   * object's own fields (a border of 12,000 sectors reads one a sector each turn).
   */
  private sweptPerHour = 0;
  private monthAt = -1;
  private readonly terrainMultiplier: number;
  /** max(1, patrol size) (persons). */
  private readonly perPatrol: number;
  /** 1 − P_posts: the posts' chance to miss an attempt. */
  private readonly postsMiss: number;
  private readonly exhaustive: boolean;

  constructor(
    private readonly sector: SectorGeometry,
    private readonly search: SearchParameters,
  ) {
    this.terrainMultiplier = nonNegative(sector.searchMultiplier);
    this.perPatrol = Math.max(1, nonNegative(search.personnelPerPatrol));
    const posts = sector.postCount > 0 ? fixedPostsProbability(sector.postRadiusKm, postSpacingKm(sector.lengthKm, sector.postCount)) : 0;
    this.postsMiss = 1 - clampProbability(posts);
    this.exhaustive = search.searchMode === 'exhaustive';
  }

  /**
   * @param effectivePatrolPersonnel - patrol personnel out searching (persons)
   * @param month - calendar month of the turn (integer, 1-12, wrapping)
   * @param sensorDetection - the sensors' chance to detect an attempt (0-1)
   * @returns the detection probability of one attempt (0-1)
   */
  probability(effectivePatrolPersonnel: number, month: number, sensorDetection: number): number {
    const { lengthKm, depthKm } = this.sector;
    const effortPerKm = lengthKm > 0 ? effectivePatrolPersonnel / lengthKm : 0;
    const patrolsPerKm = nonNegative(effortPerKm) / this.perPatrol;
    const m = monthIndex(month);
    if (m !== this.monthAt) {
      const rate = this.terrainMultiplier * nonNegative(seasonSearchMultiplier(m + 1, this.sector.searchMultiplierByMonth ?? undefined));
      this.sweptPerHour = nonNegative(this.search.sweepWidthKm * rate) * nonNegative(this.search.patrolSpeedKmPerHour);
      this.monthAt = m;
    }
    const swept = this.sweptPerHour * nonNegative(this.search.exposureHours * patrolsPerKm);
    const z = !(swept > 0) ? 0 : !(depthKm > 0) ? Infinity : swept / depthKm;
    const patrol = this.exhaustive ? Math.min(1, z) : randomSearchFromCoverage(z);
    return clampProbability(1 - (1 - clampProbability(patrol)) * this.postsMiss * (1 - clampProbability(sensorDetection)));
  }
}
