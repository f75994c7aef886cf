/**
 * Time: how the model's rates and durations, given per day or per week in a scenario, become the
 * quantities of one turn of `turnLengthDays` days, so that a year played in 1-, 7- or 28-day
 * turns is the same year (docs/model.md, "Time").
 *
 * - A share of a gap closed per week (fatigue, readiness, assistance, a drill's gain) compounds:
 *   over w = d/7 weeks the gap left is (1 − r)^w, exactly what w weekly steps leave.
 * - A chance per week of something happening (an event) compounds the same way: it fails to
 *   happen in w weeks with (1 − p)^w.
 * - A memory's half-life in days is a half-life of h / d turns (displacement.ts's
 *   smoothingWeightFromHalfLife): an old observation keeps 2^(−elapsed days / h) of its weight,
 *   whatever the turn length.
 * - A duration or delay in days becomes whole turns at the nearest turn boundary (halfway: the
 *   later one), with an error of at most half a turn either way and none on average; a day in the
 *   run (a date, a departure) falls in the turn whose days include it ({@link turnOfDay}).
 *   These are the places where a turn-based engine must round (docs/model.md, "Time").
 *
 * @module
 */
import { clampProbability, nonNegative } from './probability';

/** Days in a week. */
export const DAYS_PER_WEEK = 7;

/**
 * The share of a gap closed over `weeks` weeks at `ratePerWeek` a week: 1 − (1 − r)^w.
 * Exactly `ratePerWeek` for one week, so a 7-day turn reads the rate as given.
 *
 * @param ratePerWeek - share of the gap closed in one week (0-1)
 * @param weeks - length of the step (weeks, ≥ 0)
 * @returns share of the gap closed over the step (0-1)
 * @example
 * compoundPerWeek(0.1, 1); // 0.1
 * compoundPerWeek(0.1, 4); // 1 − 0.9⁴ = 0.3439
 * compoundPerWeek(0.1, 1 / 7); // 0.01494 (a day)
 */
export function compoundPerWeek(ratePerWeek: number, weeks: number): number {
  const r = clampProbability(ratePerWeek);
  const w = nonNegative(weeks);
  if (w === 1) return r;
  if (r === 1) return w > 0 ? 1 : 0;
  return clampProbability(-Math.expm1(w * Math.log1p(-r)));
}

/**
 * The mean over a turn of a relaxing quantity's distance from where it settles, as a share of
 * that distance at the turn's start: for a distance that falls to `keep` of itself over the turn
 * along an exponential, ∫₀¹ keep^u du = (1 − keep) / (−ln keep). A quantity x relaxing toward x*
 * averages x* + (x₀ − x*) × this over the turn (docs/model.md, "Time"): what the turn's detection
 * reads of fatigue, sensors and training, instead of their values at its start.
 *
 * @param keep - share of the distance left at the turn's end (0-1)
 * @returns the mean share (0-1): 1 when nothing moves, 0 when it settles at once
 * @example
 * relaxationMeanFactor(0.5); // 0.7213
 * relaxationMeanFactor(1); // 1
 */
export function relaxationMeanFactor(keep: number): number {
  const k = clampProbability(keep);
  if (k === 1) return 1;
  if (k === 0) return 0;
  return clampProbability((1 - k) / -Math.log(k));
}

/**
 * A span in days as whole turns: the nearest turn boundary (halfway: the later one).
 *
 * @param days - a duration, delay or offset from the start of the run (days, ≥ 0)
 * @param turnLengthDays - days a turn (> 0)
 * @returns turns (integer ≥ 0)
 * @example
 * turnsFromDays(21, 7); // 3
 * turnsFromDays(21, 28); // 1 (the boundary at 28 days is nearer than the one at 0)
 * turnsFromDays(14, 28); // 1 (halfway: the later)
 */
export function turnsFromDays(days: number, turnLengthDays: number): number {
  const d = nonNegative(days);
  if (!(turnLengthDays > 0) || d === Infinity) return d === 0 ? 0 : Number.MAX_SAFE_INTEGER;
  return Math.min(Number.MAX_SAFE_INTEGER, Math.floor(d / turnLengthDays + 0.5));
}

/**
 * The turn whose days include day `day` of the run (days counted from the run's first day, 0).
 *
 * @param day - days from the start of the run (≥ 0)
 * @param turnLengthDays - days a turn (> 0)
 * @returns the turn (integer ≥ 0)
 * @example
 * turnOfDay(21, 7); // 3
 * turnOfDay(21, 28); // 0
 */
export function turnOfDay(day: number, turnLengthDays: number): number {
  const d = nonNegative(day);
  if (!(turnLengthDays > 0) || d === Infinity) return d === 0 ? 0 : Number.MAX_SAFE_INTEGER;
  return Math.min(Number.MAX_SAFE_INTEGER, Math.floor(d / turnLengthDays));
}

/**
 * A window in days as a number of turns (at least one, the turn itself).
 *
 * @param days - window length (days)
 * @param turnLengthDays - days a turn (> 0)
 * @returns turns (integer ≥ 1)
 * @example
 * windowTurns(28, 7); // 4
 * windowTurns(28, 28); // 1
 * windowTurns(28, 1); // 28
 */
export function windowTurns(days: number, turnLengthDays: number): number {
  return Math.max(1, turnsFromDays(days, turnLengthDays));
}
