/**
 * Displacement: adaptive actors route attempts toward sectors they perceive as weaker.
 *
 * Share of attempts in sector i: p_i = w_i exp(-θ r_i) / Σ_j w_j exp(-θ r_j), where w_i is the
 * base presence weight (geography, networks), r_i the remembered interdiction rate and θ the
 * sensitivity. θ = 0 leaves the base weights unchanged (no adaptation). This is the multinomial
 * logit (McFadden 1973) used to represent RAND's SOAR finding (P. Reuter,
 * G. Crawford, J. Cave, "Sealing the Borders", RAND 1988, whose SOAR model simulated smugglers'
 * adaptive response): interdiction on a few routes shifts flows to others and does little to
 * the total. The functional form is our assumption, not SOAR's.
 *
 * @module
 */
import { clampProbability, nonNegative } from './probability';

/**
 * Logit route choice over sectors.
 *
 * Numerically stable for any θ: the exponent is taken relative to the lowest perceived rate, so
 * the largest factor is exactly 1 and no term overflows.
 *
 * @param baseWeights - base presence weight of each sector (dimensionless, ≥ 0)
 * @param perceivedInterdictionRates - remembered interdiction rate of each sector (0-1)
 * @param sensitivity - θ (per unit interdiction rate, ≥ 0); 0 = no adaptation
 * @returns the share of attempts routed to each sector; the shares sum to 1 when any weight is
 *   positive, and are all 0 when every weight is 0 (no sector is open to this actor: the caller
 *   routes nothing)
 * @throws RangeError when the two arrays differ in length
 * @example
 * routeChoiceProbabilities([1, 1], [0.5, 0], 0); // [0.5, 0.5]
 * routeChoiceProbabilities([1, 1], [0.5, 0], 4); // [0.1192, 0.8808]
 */
export function routeChoiceProbabilities(baseWeights: ArrayLike<number>, perceivedInterdictionRates: readonly number[], sensitivity: number): number[] {
  return Array.from(routeChoiceInto(baseWeights, perceivedInterdictionRates, sensitivity, new Float64Array(baseWeights.length)));
}

/**
 * {@link routeChoiceProbabilities} into `shares` (the engine reuses one array a turn): the same
 * arithmetic, so the same shares to the last bit.
 *
 * @param shares - an array as long as `baseWeights`, overwritten
 * @returns `shares`
 * @throws RangeError when the arrays differ in length
 */
export function routeChoiceInto(
  baseWeights: ArrayLike<number>,
  perceivedInterdictionRates: ArrayLike<number>,
  sensitivity: number,
  shares: Float64Array,
): Float64Array {
  const n = baseWeights.length;
  if (perceivedInterdictionRates.length !== n || shares.length !== n) {
    throw new RangeError(
      `routeChoiceProbabilities: ${n} weights but ${perceivedInterdictionRates.length} rates` + (shares.length !== n ? ` and ${shares.length} shares` : ''),
    );
  }
  const theta = nonNegative(sensitivity);
  let minRate = 1;
  for (let i = 0; i < n; i++) if ((baseWeights[i] ?? 0) > 0) minRate = Math.min(minRate, clampProbability(perceivedInterdictionRates[i] as number));
  // The scores first, in `shares`.
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = nonNegative(baseWeights[i] ?? 0);
    const w1 = w === Infinity ? Number.MAX_VALUE : w;
    // θ = Infinity with an equal rate would be Infinity·0 = NaN; the least-watched sector keeps factor 1.
    const excess = clampProbability(perceivedInterdictionRates[i] as number) - minRate;
    const factor = excess > 0 ? Math.exp(-theta * excess) : 1;
    const s = w1 * factor;
    shares[i] = s;
    total += s;
  }
  if (!(total > 0)) return shares.fill(0);
  if (total === Infinity) {
    // Several weights near MAX_VALUE: rescale before normalising.
    let max = 0;
    for (let i = 0; i < n; i++) max = Math.max(max, shares[i] as number);
    total = 0;
    for (let i = 0; i < n; i++) {
      shares[i] = (shares[i] as number) / max;
      total += shares[i] as number;
    }
  }
  for (let i = 0; i < n; i++) shares[i] = (shares[i] as number) / total;
  return shares;
}

/**
 * The interdiction rate an actor observed in a sector this turn.
 *
 * @param interdicted - attempts interdicted (apprehended, turned back or seized) (count)
 * @param attempts - attempts made (count)
 * @returns interdicted / attempts in [0, 1]; `null` when there were no attempts (nothing was
 *   learned, and the memory should not move)
 * @example
 * observedInterdictionRate(3, 12); // 0.25
 * observedInterdictionRate(0, 0); // null
 */
export function observedInterdictionRate(interdicted: number, attempts: number): number | null {
  const a = nonNegative(attempts);
  if (!(a > 0) || a === Infinity) return null;
  return clampProbability(nonNegative(interdicted) / a);
}

/**
 * Exponential smoothing of the remembered interdiction rate:
 * r' = (1 - λ) r + λ x, where x is this turn's observation. With no observation, r' = r.
 *
 * @param previousRate - remembered rate r (0-1)
 * @param observedRate - this turn's rate x (0-1), or `null` when nothing was observed
 * @param smoothingWeight - λ (0-1): weight of the new observation; 1 = no memory
 * @returns the new remembered rate in [0, 1]
 * @example
 * smoothInterdictionRate(0.2, 0.6, 0.25); // 0.3
 */
export function smoothInterdictionRate(previousRate: number, observedRate: number | null, smoothingWeight: number): number {
  const r = clampProbability(previousRate);
  if (observedRate === null) return r;
  const lambda = clampProbability(smoothingWeight);
  return clampProbability((1 - lambda) * r + lambda * clampProbability(observedRate));
}

/**
 * The remembered interdiction rate as a ratio of exponentially weighted counts: of the attempts the
 * actor made in the sector, weighted by 2^(−age / half-life), the share interdicted. After a turn
 * with `attempts` attempts and `interdicted` interdictions, given the weighted attempts remembered
 * before it already decayed over the turn (`seenBefore` = seen × 2^(−d / h)):
 *
 *   r' = (seenBefore × r + interdicted) / (seenBefore + attempts),   seen' = seenBefore + attempts
 *
 * and, with no attempt, r' = r (nothing was learned) while `seen` decays. Because it adds counts in
 * calendar time it does not depend on how the year is cut into turns (docs/model.md §2, "Time"):
 * for a steady flow it is the exponential smoothing above with λ = 1 − 2^(−d / h), and a turn with
 * few attempts moves it little. With nothing remembered (seen 0) the first observation is the rate.
 *
 * @param rate - remembered rate r (0-1)
 * @param seenBefore - remembered attempts, already decayed over this turn (weighted count, ≥ 0)
 * @param interdicted - attempts interdicted this turn (count)
 * @param attempts - attempts this turn (count)
 * @returns the new remembered rate in [0, 1]
 * @example
 * rememberedRate(0.2, 8, 2, 4); // (8 × 0.2 + 2) / 12 = 0.3
 * rememberedRate(0.2, 8, 0, 0); // 0.2
 */
export function rememberedRate(rate: number, seenBefore: number, interdicted: number, attempts: number): number {
  const r = clampProbability(rate);
  const a = nonNegative(attempts);
  if (!(a > 0) || a === Infinity) return r;
  const w = nonNegative(seenBefore);
  if (w === Infinity) return r;
  return clampProbability((w * r + Math.min(a, nonNegative(interdicted))) / (w + a));
}

/**
 * The decay over one turn of d days of a memory whose half-life is h days: 2^(−d / h).
 *
 * @param halfLifeDays - memory half-life (days); 0 or less: no memory (0)
 * @param turnLengthDays - days a turn
 * @returns the factor in [0, 1]
 * @example
 * memoryDecayPerTurn(28, 7); // 2^(−1/4) = 0.8409
 */
export function memoryDecayPerTurn(halfLifeDays: number, turnLengthDays: number): number {
  if (!(halfLifeDays > 0)) return 0;
  if (halfLifeDays === Infinity) return 1;
  return clampProbability(Math.exp((-Math.LN2 * nonNegative(turnLengthDays)) / halfLifeDays));
}

/**
 * The smoothing weight whose memory halves in a given number of turns: λ = 1 - 2^(-1/h).
 * A half-life is easier to defend in front of an analyst than a raw λ.
 *
 * @param halfLifeTurns - memory half-life (turns, > 0); 0 or less means no memory (λ = 1)
 * @returns λ in (0, 1]
 * @example
 * smoothingWeightFromHalfLife(1); // 0.5
 */
export function smoothingWeightFromHalfLife(halfLifeTurns: number): number {
  if (!(halfLifeTurns > 0)) return 1;
  if (halfLifeTurns === Infinity) return 0;
  return clampProbability(-Math.expm1(-Math.LN2 / halfLifeTurns));
}
