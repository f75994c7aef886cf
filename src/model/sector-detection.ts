/**
 * The chance that one crossing attempt in a sector is detected this turn: patrols (Koopman random
 * search), fixed posts and sensors, combined as independent looks (docs/model.md §3).
 *
 * @module
 */
import { fixedPostsProbability, patrolCoverage, randomSearchFromCoverage, postSpacingKm, sectorDetectionProbability } from './detection';
import { clampProbability, nonNegative } from './probability';

/** What a sector offers against one attempt in one turn. */
export interface SectorDefence {
  /** Patrol personnel out searching, weighted by readiness, fatigue and quality (persons). */
  effectivePatrolPersonnel: number;
  lengthKm: number;
  depthKm: number;
  /** The terrain's multiplier on the sweep rate (dimensionless; 1 for neutral ground). */
  searchMultiplier: number;
  /**
   * The terrain's season multiplier on the sweep rate this turn (dimensionless): its table's
   * value for the month (seasonSearchMultiplier), or the mean over the turn's days.
   */
  seasonMultiplier: number;
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
 *   { effectivePatrolPersonnel: 100, lengthKm: 100, depthKm: 5, searchMultiplier: 1, seasonMultiplier: 1,
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
    seasonMultiplier: d.seasonMultiplier,
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
  postCount: number;
  postRadiusKm: number;
}

/**
 * {@link attemptDetectionProbability} of one sector, with what depends only on the sector and the
 * search parameters worked out once, and what depends on the season too once for each season multiplier: the same operations in the same order, so
 * the same probability to the last bit (tests/model/sector-detection.test.ts checks it). The
 * engine asks for every sector every turn, and only the patrol effort, the season and the
 * sensors change.
 *
 * @example
 * const d = new SectorDetection({ lengthKm: 100, depthKm: 5, searchMultiplier: 1, postCount: 0, postRadiusKm: 0 },
 *   { sweepWidthKm: 2, patrolSpeedKmPerHour: 4, exposureHours: 6, personnelPerPatrol: 4 });
 * d.probability(100, 0.9, 0); // = attemptDetectionProbability({ effectivePatrolPersonnel: 100, seasonMultiplier: 0.9, sensorDetection: 0, ... }, ...)
 */
export class SectorDetection {
  /**
   * nonNegative(sweep width × terrain × season) × nonNegative(patrol speed) (km²/h per patrol)
   * for the season multiplier `seasonAt` (NaN: none yet): worked out when the season changes, held
   * in the object's own fields (a border of 12,000 sectors reads one a sector each turn).
   */
  private sweptPerHour = 0;
  private seasonAt = NaN;
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
   * @param seasonMultiplier - the terrain's season multiplier on the sweep rate this turn (dimensionless)
   * @param sensorDetection - the sensors' chance to detect an attempt (0-1)
   * @returns the detection probability of one attempt (0-1)
   */
  probability(effectivePatrolPersonnel: number, seasonMultiplier: number, sensorDetection: number): number {
    // The last answer again for the same inputs: a sector's defence changes only when its units
    // or the season do, and a turn across two months asks for each month's chance besides the
    // turn's (the same inputs where the months search alike). A pure function of its arguments,
    // so the answer is the one it would work out (±0 inputs give the same chance, 0 coverage).
    if (!(effectivePatrolPersonnel === this.lastEffective && seasonMultiplier === this.lastSeason && sensorDetection === this.lastSensors)) {
      this.remember(effectivePatrolPersonnel, seasonMultiplier, sensorDetection);
    }
    return this.lastChance;
  }

  /**
   * {@link SectorDetection.probability} of `effective[i]`, `season[i]` and `sensors[i]`, written to
   * `out[at]`: for the engine, which calls it for every sector and turn. Only integers and
   * objects cross the call (V8 boxes a double passed to or returned from a call it does not
   * inline).
   *
   * @example
   * model.probabilityInto(pDetect, i, patrolEffective, searchSeason, sensors, i);
   */
  probabilityInto(out: Float64Array, at: number, effective: Float64Array, season: Float64Array, sensors: Float64Array, i: number): void {
    if (!(effective[i] === this.lastEffective && season[i] === this.lastSeason && sensors[i] === this.lastSensors)) {
      this.rememberAt(effective, season, sensors, i);
    }
    out[at] = this.lastChance;
  }

  /** Works out the chance for `effective[i]`, `season[i]` and `sensors[i]`, and remembers it. */
  private rememberAt(effective: Float64Array, season: Float64Array, sensors: Float64Array, i: number): void {
    this.remember(effective[i] as number, season[i] as number, sensors[i] as number);
  }

  /** Works out the chance for these inputs and remembers both (the one cache of both forms). */
  private remember(effectivePatrolPersonnel: number, seasonMultiplier: number, sensorDetection: number): void {
    this.lastChance = this.workOut(effectivePatrolPersonnel, seasonMultiplier, sensorDetection);
    this.lastEffective = effectivePatrolPersonnel;
    this.lastSeason = seasonMultiplier;
    this.lastSensors = sensorDetection;
  }

  private lastEffective = NaN;
  private lastSeason = NaN;
  private lastSensors = NaN;
  private lastChance = NaN;

  private workOut(effectivePatrolPersonnel: number, seasonMultiplier: number, sensorDetection: number): number {
    const { lengthKm, depthKm } = this.sector;
    const effortPerKm = lengthKm > 0 ? effectivePatrolPersonnel / lengthKm : 0;
    const patrolsPerKm = nonNegative(effortPerKm) / this.perPatrol;
    if (!(seasonMultiplier === this.seasonAt)) {
      const rate = this.terrainMultiplier * nonNegative(seasonMultiplier);
      this.sweptPerHour = nonNegative(this.search.sweepWidthKm * rate) * nonNegative(this.search.patrolSpeedKmPerHour);
      this.seasonAt = seasonMultiplier;
    }
    const swept = this.sweptPerHour * nonNegative(this.search.exposureHours * patrolsPerKm);
    // No depth (≤ 0 or NaN) is full coverage: swept / 0 = +Infinity, since swept > 0 here. Written
    // as a division, not with the constant Infinity as a third branch: with it, V8 boxed z in a
    // new heap number each time (1 MB a run at 1,200 toy sectors; docs/performance.md, change 67).
    const z = !(swept > 0) ? 0 : swept / (depthKm > 0 ? depthKm : 0);
    const patrol = this.exhaustive ? Math.min(1, z) : randomSearchFromCoverage(z);
    return clampProbability(1 - (1 - clampProbability(patrol)) * this.postsMiss * (1 - clampProbability(sensorDetection)));
  }
}
