/**
 * Pressure: how many crossing attempts an actor makes per turn, before routing across sectors
 * (displacement.ts) and before detection (detection.ts).
 *
 * λ = presence × attemptsPerPresencePerTurn × intent × seasonal factor × deterrence factor.
 * Every seasonal table is the scenario's (its terrains, rivers and seasons); the engine has none.
 * Attempts in a turn are then Poisson(λ) (poisson.ts). The multiplicative form is an assumption
 * that keeps every factor's meaning separate and its effect proportional; see docs/model.md.
 *
 * @module
 */
import { clampProbability, monthIndex, nonNegative } from './probability';

/** The four kinds of actor across the border, each with its own behaviour. */
export type ActorKind = 'armed-group' | 'smuggling' | 'refugees' | 'recruits';

/** All actor kinds. */
export const ACTOR_KINDS: readonly ActorKind[] = ['armed-group', 'smuggling', 'refugees', 'recruits'];

/**
 * Seasonal multiplier on an actor's attempts from its activity season (e.g. a harvest calendar),
 * normalised so that its mean over the twelve months is exactly 1 (the annual volume is set by the
 * base rate alone): f(m) = max(0, 1 + amplitude × (w_m − mean(w))).
 *
 * The weights come from the scenario (`seasons[].weightsByMonth`); the engine keeps none of its
 * own. Without weights there is no seasonality: f = 1.
 *
 * @param month - calendar month (1-12, wrapping)
 * @param amplitude - seasonal amplitude (dimensionless); 0 = no seasonality. Amplitudes large
 *   enough to make a month negative are cut at 0 there (then the mean exceeds 1).
 * @param weights - activity weights by month (dimensionless, 12 entries, January first)
 * @returns multiplier ≥ 0 (dimensionless)
 * @example
 * // A harvest in April-July peaking in May-June (the Tajik scenarios' opium harvest):
 * const harvest = [0, 0, 0, 0.5, 1, 1, 0.5, 0, 0, 0, 0, 0];
 * seasonalActivityFactor(5, 1, harvest); // 1.75
 * seasonalActivityFactor(12, 1, harvest); // 0.75
 */
export function seasonalActivityFactor(month: number, amplitude: number, weights: readonly number[] | undefined): number {
  if (weights === undefined || weights.length === 0) return 1;
  let sum = 0;
  for (const w of weights) sum += nonNegative(w);
  const mean = sum / weights.length;
  const w = nonNegative(weights[monthIndex(month)] ?? 0);
  return nonNegative(1 + nonNegative(amplitude) * (w - mean));
}

/**
 * Multiplier on crossing attempts from the routes over a sector's ground being closed (a pass
 * closed by snow): f = closedFactor + (1 − closedFactor) × open(m). A closed route still lets a
 * few determined crossers through (closedFactor); it does not stop them all. Without a table the
 * routes are open all year: f = 1.
 *
 * @param month - calendar month (1-12, wrapping)
 * @param openByMonth - share of routes open by month (0-1, 12 entries, January first), from the
 *   sector's terrain class (`terrains[].passOpenByMonth`), or undefined (open all year)
 * @param winterClosedFactor - fraction of attempts still made over a fully closed route (0-1)
 * @returns multiplier in [0, 1]
 * @example
 * const pamir = [0, 0, 0, 0.5, 1, 1, 1, 1, 1, 1, 0.5, 0];
 * passOpenFactor(1, pamir, 0.1); // 0.1
 * passOpenFactor(7, pamir, 0.1); // 1
 */
export function passOpenFactor(month: number, openByMonth: readonly number[] | undefined, winterClosedFactor = 0.1): number {
  if (openByMonth === undefined) return 1;
  const closed = clampProbability(winterClosedFactor);
  const open = clampProbability(openByMonth[monthIndex(month)] ?? 1);
  return clampProbability(closed + (1 - closed) * open);
}

/**
 * River crossability multiplier on attempts for a month, from the sector's river table
 * (`rivers[].crossabilityByMonth` or `sectors[].riverCrossabilityByMonth`).
 *
 * @param month - calendar month (1-12, wrapping)
 * @param byMonth - crossability by month (0-1, 12 entries), or undefined (no river: 1)
 * @returns multiplier in [0, 1]; 1 when there is no table or it lacks the month
 * @example
 * riverCrossability(6, [1, 1, 0.9, 0.7, 0.5, 0.4, 0.4, 0.5, 0.7, 0.9, 1, 1]); // 0.4
 */
export function riverCrossability(month: number, byMonth?: readonly number[]): number {
  if (byMonth === undefined) return 1;
  return clampProbability(byMonth[monthIndex(month)] ?? 1);
}

/** Inputs of {@link seasonalFactor}: the month and whatever seasonality the scenario declares. */
export interface SeasonalInputs {
  /** Calendar month (1-12, wrapping). */
  month: number;
  /** The sector's river crossability by month (0-1, 12 entries); absent: no river. */
  riverCrossabilityByMonth?: readonly number[];
  /** The sector's terrain: share of routes open by month (0-1, 12 entries); absent: always open. */
  passOpenByMonth?: readonly number[];
  /** Share of attempts still made over a closed route (0-1); default 0.1. */
  winterClosedFactor?: number;
  /** The actor's activity season: weights by month (0-1, 12 entries); absent: flat. */
  seasonWeights?: readonly number[];
  /** Amplitude of the actor's season (dimensionless); default 1. */
  seasonAmplitude?: number;
}

/**
 * Seasonal multiplier of an actor in a sector and month: river × passes × the actor's activity
 * season, each from the scenario's declarations, each 1 when the scenario declares none.
 *
 * @param inputs - month and seasonal tables
 * @returns multiplier ≥ 0 (dimensionless)
 * @example
 * seasonalFactor({ month: 5, riverCrossabilityByMonth: [1, 1, 0.9, 0.7, 0.5, 0.4, 0.4, 0.5, 0.7, 0.9, 1, 1],
 *   seasonWeights: [0, 0, 0, 0.5, 1, 1, 0.5, 0, 0, 0, 0, 0] }); // 0.5 × 1.75 = 0.875
 */
export function seasonalFactor(inputs: SeasonalInputs): number {
  const river = riverCrossability(inputs.month, inputs.riverCrossabilityByMonth);
  const passes = passOpenFactor(inputs.month, inputs.passOpenByMonth, inputs.winterClosedFactor ?? 0.1);
  const season = seasonalActivityFactor(inputs.month, inputs.seasonAmplitude ?? 1, inputs.seasonWeights);
  return nonNegative(river * passes * season);
}

/**
 * Deterrence multiplier on attempts: exp(-sensitivity × index). It lowers the total volume an
 * actor attempts; where the remaining attempts go is displacement's business. RAND's SOAR
 * finding is that volume responds little, so the default sensitivity should be small.
 *
 * @param deterrenceIndex - visible deterrence (dimensionless, ≥ 0): e.g. perceived interdiction
 *   rate, or presence of exercise forces scaled by the scenario
 * @param deterrenceSensitivity - attempts' sensitivity to it (per unit index); 0 = none
 * @returns multiplier in (0, 1]
 * @example
 * deterrenceFactor(0.5, 0.2); // exp(-0.1) = 0.904837
 */
export function deterrenceFactor(deterrenceIndex: number, deterrenceSensitivity: number): number {
  const x = nonNegative(deterrenceIndex) * nonNegative(deterrenceSensitivity);
  if (Number.isNaN(x)) return 1;
  return clampProbability(Math.exp(-x));
}

/** Inputs of {@link crossingAttemptRate}. */
export interface AttemptRateInputs {
  /** Presence across the border (persons, groups or loads, in the unit the actor counts in). */
  presence: number;
  /** Attempts per unit of presence per turn at full intent, neutral season, no deterrence (attempts/unit/turn). */
  attemptsPerPresencePerTurn: number;
  /** Intent to cross (0-1). */
  intent: number;
  /** Seasonal multiplier (dimensionless), e.g. from {@link seasonalFactor}. */
  seasonalMultiplier: number;
  /** Deterrence index (dimensionless, ≥ 0). */
  deterrenceIndex: number;
  /** Sensitivity of attempts to deterrence (per unit index). */
  deterrenceSensitivity: number;
}

/**
 * Expected crossing attempts per turn (the Poisson mean):
 * λ = presence × attemptsPerPresencePerTurn × intent × seasonal × exp(-sensitivity × deterrence).
 *
 * @param inputs - see {@link AttemptRateInputs}
 * @returns λ (attempts/turn), finite and ≥ 0 for finite inputs
 * @example
 * crossingAttemptRate({ presence: 100, attemptsPerPresencePerTurn: 0.05, intent: 0.6,
 *   seasonalMultiplier: 1, deterrenceIndex: 0, deterrenceSensitivity: 0 }); // 3
 */
export function crossingAttemptRate(inputs: AttemptRateInputs): number {
  const rate =
    nonNegative(inputs.presence) *
    nonNegative(inputs.attemptsPerPresencePerTurn) *
    clampProbability(inputs.intent) *
    nonNegative(inputs.seasonalMultiplier) *
    deterrenceFactor(inputs.deterrenceIndex, inputs.deterrenceSensitivity);
  return Number.isNaN(rate) ? 0 : rate;
}
