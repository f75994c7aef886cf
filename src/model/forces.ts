/**
 * Forces: readiness and fatigue dynamics, movement between places, and quick-reaction delays.
 * All first-order relaxations: each state variable moves a fixed fraction of the way toward its
 * target each week (an assumption chosen because one rate per variable is all that open sources
 * could ever calibrate); a turn of d days compounds the weekly rate over d/7 weeks (time.ts).
 *
 * @module
 */
import { clampProbability, nonNegative } from './probability';
import { compoundPerWeek, relaxationMeanFactor } from './time';

/** What a unit is doing; only 'patrol' searches the border. */
export type ForceRole = 'patrol' | 'quick-reaction' | 'garrison' | 'exercise' | 'advisory';

/**
 * Fatigue after one turn. Deployed units (patrol, or any unit fighting) tire toward 1:
 * f' = f + rise × (1 - f). Units resting in garrison recover toward 0: f' = f × (1 - recovery).
 *
 * @param fatigue - current fatigue (0 = fresh, 1 = exhausted)
 * @param deployed - whether the unit was deployed (patrolling/fighting) this turn
 * @param risePerTurn - fraction of the remaining gap to 1 closed per deployed turn (0-1)
 * @param recoveryPerTurn - fraction of fatigue shed per resting turn (0-1)
 * @returns new fatigue in [0, 1]
 * @example
 * updateFatigue(0.2, true, 0.1, 0.3); // 0.28
 * updateFatigue(0.2, false, 0.1, 0.3); // 0.14
 */
export function updateFatigue(fatigue: number, deployed: boolean, risePerTurn: number, recoveryPerTurn: number): number {
  const f = clampProbability(fatigue);
  if (deployed) return clampProbability(f + clampProbability(risePerTurn) * (1 - f));
  return clampProbability(f * (1 - clampProbability(recoveryPerTurn)));
}

/** The fatigue a rotating unit settles at, and the share of its distance from there that a turn keeps. */
export interface FatigueRotation {
  /** f* = ρ(1 − κ) / (1 − (1 − ρ)(1 − κ)): where fatigue settles (0-1). */
  readonly settle: number;
  /** b^w with b = (1 − ρ)(1 − κ): the share of |f − f*| left after the turn's w weeks. */
  readonly keep: number;
}

/**
 * The fatigue dynamics of units that rotate on duty (patrol, exercise), for a turn of `weeks`
 * weeks. One week tires, then rests: f' = (f + ρ(1 − f))(1 − κ) = a + b f with a = ρ(1 − κ) and
 * b = (1 − ρ)(1 − κ), an affine map whose fixed point is f* = a / (1 − b). Over w weeks it
 * compounds to f' = f* + (f − f*) b^w: exactly w weekly steps for whole w, and the same
 * exponential path in between.
 *
 * @param risePerWeek - ρ, share of the gap to exhaustion closed per week on duty (0-1)
 * @param recoveryPerWeek - κ, share of fatigue shed per week of rest (0-1)
 * @param weeks - turn length (weeks)
 * @returns f* and b^w
 * @example
 * fatigueRotation(0.1, 0.3, 1); // { settle: 0.1909..., keep: 0.63 }
 */
export function fatigueRotation(risePerWeek: number, recoveryPerWeek: number, weeks: number): FatigueRotation {
  const rho = clampProbability(risePerWeek);
  const kappa = clampProbability(recoveryPerWeek);
  const b = (1 - rho) * (1 - kappa);
  const settle = b < 1 ? clampProbability((rho * (1 - kappa)) / (1 - b)) : 0;
  const w = nonNegative(weeks);
  return { settle, keep: b < 1 ? clampProbability(Math.pow(b, w)) : 1 };
}

/**
 * Fatigue of a rotating unit after a turn: f' = f* + (f − f*) b^w ({@link fatigueRotation}).
 *
 * @param fatigue - fatigue at the start of the turn (0-1)
 * @param rotation - from {@link fatigueRotation}
 * @returns fatigue at the end of the turn (0-1)
 * @example
 * rotatedFatigue(0, fatigueRotation(0.1, 0.3, 1)); // 0.07 = (0 + 0.1) × 0.7
 */
export function rotatedFatigue(fatigue: number, rotation: FatigueRotation): number {
  const f = clampProbability(fatigue);
  return clampProbability(rotation.settle + (f - rotation.settle) * rotation.keep);
}

/**
 * Fatigue of a unit on duty (patrol, exercise) after a turn of `weeks` weeks: the units rotate,
 * so each week tires (rise ρ) and then rests (recovery κ), and fatigue settles at
 * ρ(1 − κ) / (1 − (1 − ρ)(1 − κ)) instead of creeping to exhaustion. A one-week turn applies the
 * week as it is (two {@link updateFatigue} steps); another length compounds it
 * ({@link rotatedFatigue}): the same path at whole weeks.
 *
 * @param fatigue - fatigue at the start of the turn (0-1)
 * @param risePerWeek - ρ (0-1)
 * @param recoveryPerWeek - κ (0-1)
 * @param rotation - {@link fatigueRotation}(ρ, κ, weeks)
 * @param weeks - turn length (weeks)
 * @returns fatigue at the end of the turn (0-1)
 * @example
 * dutyFatigue(0, 0.1, 0.3, fatigueRotation(0.1, 0.3, 1), 1); // 0.07
 */
export function dutyFatigue(fatigue: number, risePerWeek: number, recoveryPerWeek: number, rotation: FatigueRotation, weeks: number): number {
  return weeks === 1
    ? updateFatigue(updateFatigue(fatigue, true, risePerWeek, recoveryPerWeek), false, risePerWeek, recoveryPerWeek)
    : rotatedFatigue(fatigue, rotation);
}

/**
 * Readiness after one turn: r' = r + rate × (target - r). Target and rate come from the unit's
 * situation (training and advisors raise the target, casualties and supply problems lower it).
 *
 * @param readiness - current readiness (0-1)
 * @param targetReadiness - readiness the unit tends to in its situation (0-1)
 * @param ratePerTurn - fraction of the gap closed per turn (0-1): a weekly rate compounded over
 *   the turn (compoundPerWeek, time.ts)
 * @returns new readiness in [0, 1]
 * @example
 * updateReadiness(0.5, 0.9, 0.25); // 0.6
 */
export function updateReadiness(readiness: number, targetReadiness: number, ratePerTurn: number): number {
  const r = clampProbability(readiness);
  return clampProbability(r + clampProbability(ratePerTurn) * (clampProbability(targetReadiness) - r));
}

/**
 * A level that builds up over time with assistance (sensors, training): x' = x + rate × (cap - x).
 * Same relaxation as readiness; named separately because its parameters come from different
 * sources (assistance programmes, not unit condition).
 *
 * @param level - current level (0-1), e.g. sensor detection probability
 * @param capLevel - level the assistance tends to (0-1)
 * @param gainPerTurn - fraction of the gap closed per turn (0-1); 0 without assistance
 * @returns new level in [0, 1]
 * @example
 * assistanceGrowth(0.1, 0.5, 0.1); // 0.14
 */
export function assistanceGrowth(level: number, capLevel: number, gainPerTurn: number): number {
  return updateReadiness(level, capLevel, gainPerTurn);
}

/**
 * A level that assistance raises toward `cap` (sensors, training), at its mean over a turn of
 * `weeks` weeks: cap − (cap − x) × the mean share of the gap left over the turn
 * ({@link relaxationMeanFactor}). The level itself without assistance or at the cap already
 * (assistance never lowers it).
 *
 * @param level - level at the start of the turn (0-1)
 * @param cap - level the assistance tends to (0-1)
 * @param gainPerWeek - γ, share of the gap closed per week at the full rate (0-1)
 * @param fullMean - the mean share left at the full rate (m = 1), worked out once per scenario
 * @param m - the share of the full rate this place gets (advisors: 1; a programme: its multiplier)
 * @param weeks - turn length (weeks)
 * @returns the mean level over the turn (0-1)
 * @example
 * assistedMean(0.1, 0.5, 0.1, relaxationMeanFactor(0.9), 1, 1); // 0.5 − 0.4 × 0.9491...
 */
export function assistedMean(level: number, cap: number, gainPerWeek: number, fullMean: number, m: number, weeks: number): number {
  if (!(m > 0) || !(level < cap)) return level;
  const share = m === 1 ? fullMean : relaxationMeanFactor(1 - compoundPerWeek(gainPerWeek * m, weeks));
  return cap - (cap - level) * share;
}

/**
 * The share of a gap that assistance at `m` of its full weekly rate closes in one turn:
 * 1 − (1 − m γ)^(d/7) (the budget multiplier of a programme; 1 with advisors present).
 *
 * @param gainPerWeek - γ at the full rate (0-1)
 * @param fullPerTurn - the share at the full rate (m = 1), worked out once per scenario
 * @param m - the share of the full rate (0-1)
 * @param weeks - turn length (weeks)
 * @returns share of the gap closed in the turn (0-1)
 * @example
 * assistedGainPerTurn(0.1, compoundPerWeek(0.1, 1), 0.5, 1); // 0.05
 */
export function assistedGainPerTurn(gainPerWeek: number, fullPerTurn: number, m: number, weeks: number): number {
  return m === 1 ? fullPerTurn : compoundPerWeek(gainPerWeek * m, weeks);
}

/**
 * Travel time between two places (h): distance / speed. Road access of a sector is expressed as
 * the speed at which reinforcements can move to it.
 *
 * @param distanceKm - road distance (km)
 * @param speedKmPerHour - movement speed over that road (km/h)
 * @returns hours; 0 for no distance; +Infinity when the speed is 0 (no access)
 * @example
 * travelHours(120, 30); // 4
 */
export function travelHours(distanceKm: number, speedKmPerHour: number): number {
  const d = nonNegative(distanceKm);
  if (d === 0) return 0;
  const v = nonNegative(speedKmPerHour);
  if (v === 0) return Infinity;
  return d / v;
}

/**
 * Turns a move takes: ceil(travel hours / movement hours per turn). Moving anywhere takes at
 * least one turn unless the distance is 0. The hours a unit drives in a turn are its hours a day ×
 * the turn's days; that a move ends at a turn boundary is what a turn-based engine cannot avoid
 * (docs/model.md, "Time": at most one turn late).
 *
 * @param distanceKm - road distance (km)
 * @param speedKmPerHour - movement speed (km/h)
 * @param movementHoursPerTurn - hours a unit can move in one turn (h/turn)
 * @returns whole turns (≥ 0); +Infinity when unreachable
 * @example
 * movementTurns(300, 25, 8); // 2 (12 h of driving at 8 h a turn)
 */
export function movementTurns(distanceKm: number, speedKmPerHour: number, movementHoursPerTurn: number): number {
  const hours = travelHours(distanceKm, speedKmPerHour);
  if (hours === 0) return 0;
  const perTurn = nonNegative(movementHoursPerTurn);
  if (hours === Infinity || perTurn === 0) return Infinity;
  // A hair of tolerance so that 16 h at 8 h a turn is 2 turns, not 3 from rounding.
  return Math.max(1, Math.ceil(hours / perTurn - 1e-9));
}

/**
 * Delay before a quick-reaction force reaches a sector: the time to get going (notice,
 * political decision) plus travel.
 *
 * @param noticeHours - time to get moving after the call (h)
 * @param distanceKm - road distance from base (km)
 * @param speedKmPerHour - movement speed (km/h)
 * @returns delay (h); +Infinity when unreachable
 * @example
 * responseDelayHours(2, 120, 40); // 5
 */
export function responseDelayHours(noticeHours: number, distanceKm: number, speedKmPerHour: number): number {
  return nonNegative(noticeHours) + travelHours(distanceKm, speedKmPerHour);
}

/**
 * Attrition rate of a force in the Lanchester laws, scaled by its condition: base rate ×
 * readiness × (1 - fatigue) × quality × terrain/posture multiplier.
 *
 * @param baseRatePerHour - casualties inflicted per effective combatant per hour in ideal
 *   condition (per hour; per pair per hour for the linear law)
 * @param readiness - readiness (0-1)
 * @param fatigue - fatigue (0-1)
 * @param quality - quality (0-1)
 * @param postureMultiplier - terrain and posture (e.g. a defender in a post) multiplier
 *   (dimensionless, ≥ 0); default 1
 * @returns rate (per hour), ≥ 0
 * @example
 * effectiveAttritionRate(0.1, 0.8, 0.25, 0.5); // 0.03
 */
export function effectiveAttritionRate(baseRatePerHour: number, readiness: number, fatigue: number, quality: number, postureMultiplier = 1): number {
  const r =
    nonNegative(baseRatePerHour) * clampProbability(readiness) * (1 - clampProbability(fatigue)) * clampProbability(quality) * nonNegative(postureMultiplier);
  return Number.isFinite(r) ? r : 0;
}
