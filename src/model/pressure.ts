/**
 * Pressure: how many crossing attempts an actor makes per turn, before routing across sectors
 * (displacement.ts) and before detection (detection.ts).
 *
 * λ = presence × attemptsPerPresencePerTurn × intent × seasonal factor × deterrence factor.
 * Attempts in a turn are then Poisson(λ) (poisson.ts). The multiplicative form is an assumption
 * that keeps every factor's meaning separate and its effect proportional; see docs/model.md.
 *
 * @module
 */
import { clampProbability, monthIndex, nonNegative } from './probability';
import type { TerrainClass } from './detection';

/** The four kinds of actor across the border, each with its own behaviour. */
export type ActorKind = 'armed-group' | 'smuggling' | 'refugees' | 'recruits';

/** All actor kinds. */
export const ACTOR_KINDS: readonly ActorKind[] = ['armed-group', 'smuggling', 'refugees', 'recruits'];

/**
 * Default opium-harvest weights by month (index 0 = January), 1 = full harvest activity.
 * Assumption built on DOMAIN.md ("opium harvest (spring-early summer) drives seasonality"):
 * harvest April-July, peaking May-June.
 */
export const DEFAULT_HARVEST_WEIGHTS: readonly number[] = [0, 0, 0, 0.5, 1, 1, 0.5, 0, 0, 0, 0, 0];

/**
 * Seasonal multiplier on smuggling attempts from the opium harvest, normalised so that its mean
 * over the twelve months is exactly 1 (the annual volume is set by the base rate alone):
 * f(m) = max(0, 1 + amplitude × (w_m - mean(w))).
 *
 * @param month - calendar month (1-12, wrapping)
 * @param amplitude - seasonal amplitude (dimensionless); 0 = no seasonality. With the default
 *   weights, amplitude 1 gives 1.75 in May-June and 0.75 from August to March; amplitudes above 4
 *   would make off-season months negative and are cut at 0 (then the mean exceeds 1).
 * @param weights - harvest weights by month (dimensionless, 12 entries)
 * @returns multiplier ≥ 0 (dimensionless)
 * @example
 * opiumHarvestFactor(5); // 1.75
 * opiumHarvestFactor(12); // 0.75
 */
export function opiumHarvestFactor(
  month: number,
  amplitude = 1,
  weights: readonly number[] = DEFAULT_HARVEST_WEIGHTS,
): number {
  let sum = 0;
  for (const w of weights) sum += nonNegative(w);
  const mean = weights.length > 0 ? sum / weights.length : 0;
  const w = nonNegative(weights[monthIndex(month)] ?? 0);
  return nonNegative(1 + nonNegative(amplitude) * (w - mean));
}

/**
 * Default months in which snow closes high passes, by terrain (index 0 = January):
 * 1 = open, 0 = closed. Assumption from DOMAIN.md ("passes that snow closes in winter"):
 * high-mountain passes closed December-March, half-open in November and April; mountain passes
 * half-open December-February; lower terrain never closes.
 */
export const DEFAULT_PASS_OPEN_BY_MONTH: Readonly<Record<TerrainClass, readonly number[]>> = {
  'river-plain': [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  foothills: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  mountain: [0.5, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5],
  'high-mountain': [0, 0, 0, 0.5, 1, 1, 1, 1, 1, 1, 0.5, 0],
};

/**
 * Multiplier on crossing attempts from snow on the passes:
 * f = closedFactor + (1 - closedFactor) × open(m, terrain).
 * A closed pass still lets a few determined crossers through (closedFactor), it does not stop
 * them all.
 *
 * @param month - calendar month (1-12, wrapping)
 * @param terrain - terrain class of the sector
 * @param winterClosedFactor - fraction of attempts still made through a fully closed pass (0-1)
 * @param openByMonth - openness by terrain and month (0-1)
 * @returns multiplier in [0, 1]
 * @example
 * passOpenFactor(1, 'high-mountain', 0.1); // 0.1
 * passOpenFactor(7, 'high-mountain', 0.1); // 1
 */
export function passOpenFactor(
  month: number,
  terrain: TerrainClass,
  winterClosedFactor = 0.1,
  openByMonth: Readonly<Record<TerrainClass, readonly number[]>> = DEFAULT_PASS_OPEN_BY_MONTH,
): number {
  const closed = clampProbability(winterClosedFactor);
  const open = clampProbability(openByMonth[terrain][monthIndex(month)] ?? 1);
  return clampProbability(closed + (1 - closed) * open);
}

/**
 * Default river crossability of the Panj/Amu Darya by month (index 0 = January), 1 = easiest.
 * Assumption: low water in autumn and winter, snowmelt flood from May to August. A scenario
 * gives its own twelve values per sector.
 */
export const DEFAULT_RIVER_CROSSABILITY_BY_MONTH: readonly number[] = [
  1, 1, 0.9, 0.7, 0.5, 0.4, 0.4, 0.5, 0.7, 0.9, 1, 1,
];

/**
 * River crossability multiplier on attempts for a month.
 *
 * @param month - calendar month (1-12, wrapping)
 * @param byMonth - crossability by month (0-1, 12 entries); defaults to
 *   {@link DEFAULT_RIVER_CROSSABILITY_BY_MONTH}
 * @returns multiplier in [0, 1]; 1 when the table lacks the month
 * @example
 * riverCrossability(6); // 0.4
 */
export function riverCrossability(
  month: number,
  byMonth: readonly number[] = DEFAULT_RIVER_CROSSABILITY_BY_MONTH,
): number {
  return clampProbability(byMonth[monthIndex(month)] ?? 1);
}

/** Inputs of {@link seasonalFactor}. */
export interface SeasonalInputs {
  /** Calendar month (1-12, wrapping). */
  month: number;
  /** Terrain class of the sector. */
  terrain: TerrainClass;
  /** River crossability by month (0-1, 12 entries); default {@link DEFAULT_RIVER_CROSSABILITY_BY_MONTH}. */
  riverCrossabilityByMonth?: readonly number[];
  /** Opium-harvest amplitude (dimensionless); default 1. Applies to smuggling only. */
  harvestAmplitude?: number;
  /** Share of attempts still made through a snow-closed pass (0-1); default 0.1. */
  winterClosedFactor?: number;
}

/**
 * Seasonal multiplier for an actor kind in a sector and month: river × passes, and for
 * smuggling also the opium harvest. Refugee and recruit flows follow events, not harvests, but
 * still have to get over the river and the passes.
 *
 * @param kind - actor kind
 * @param inputs - month, terrain and seasonal parameters
 * @returns multiplier ≥ 0 (dimensionless)
 * @example
 * seasonalFactor('smuggling', { month: 5, terrain: 'river-plain' }); // 1.75 × 0.5 = 0.875
 */
export function seasonalFactor(kind: ActorKind, inputs: SeasonalInputs): number {
  const river = riverCrossability(inputs.month, inputs.riverCrossabilityByMonth);
  const passes = passOpenFactor(inputs.month, inputs.terrain, inputs.winterClosedFactor ?? 0.1);
  const harvest = kind === 'smuggling' ? opiumHarvestFactor(inputs.month, inputs.harvestAmplitude ?? 1) : 1;
  return nonNegative(river * passes * harvest);
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
