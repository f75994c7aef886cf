/**
 * Poisson probabilities (pmf, cdf, survival) and thinning for the model.
 *
 * The samplers (Poisson counts and exponential waiting times by inverse transform from ONE
 * uniform, and their helpers) live in `src/rng/distributions.ts`, the lowest layer; they are
 * re-exported here so that model code keeps importing them from the model.
 *
 * @module
 */
import { logFactorial } from '../rng/distributions';
import { clampProbability, nonNegative } from './probability';

export { exponentialQuantile, logFactorial, normalQuantile, poissonQuantile } from '../rng/distributions';

/**
 * Poisson probability mass P(N = k) = e^{-λ} λ^k / k!, computed in logs.
 *
 * @param k - count (non-negative integer)
 * @param mean - Poisson mean λ (events per period)
 * @returns probability in [0, 1]
 * @example
 * poissonPmf(0, 3); // 0.049787
 */
export function poissonPmf(k: number, mean: number): number {
  const lambda = nonNegative(mean);
  if (!Number.isInteger(k) || k < 0) return 0;
  if (lambda === 0) return k === 0 ? 1 : 0;
  if (lambda === Infinity) return 0;
  return clampProbability(Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k)));
}

/**
 * Poisson cumulative distribution P(N ≤ k). Summed term by term; meant for the modest k of
 * tests and reports, not for hot loops.
 *
 * @param k - count (integer; negative gives 0)
 * @param mean - Poisson mean λ (events per period)
 * @returns probability in [0, 1]
 * @example
 * poissonCdf(4, 3); // 0.815263
 */
export function poissonCdf(k: number, mean: number): number {
  if (k < 0) return 0;
  const top = Math.floor(k);
  let s = 0;
  for (let j = 0; j <= top; j++) s += poissonPmf(j, mean);
  return clampProbability(s);
}

/**
 * Poisson upper tail P(N ≥ k) = 1 - P(N ≤ k - 1).
 *
 * @param k - count (integer)
 * @param mean - Poisson mean λ (events per period)
 * @returns probability in [0, 1]
 * @example
 * poissonSurvival(5, 3); // 0.184737
 */
export function poissonSurvival(k: number, mean: number): number {
  return clampProbability(1 - poissonCdf(Math.ceil(k) - 1, mean));
}

/**
 * Thinning: attempts arriving as Poisson(λ) and each detected independently with probability p
 * give detections Poisson(λ p) and misses Poisson(λ (1 - p)). Rates add across sectors.
 *
 * @param attemptsPerTurn - attempt rate λ (attempts/turn)
 * @param probability - per-attempt probability p (0-1)
 * @returns the thinned rate λ·p (events/turn)
 * @example
 * thinnedRate(3, 0.4); // 1.2; P(no detection in the turn) = exp(-1.2) = 0.301194
 */
export function thinnedRate(attemptsPerTurn: number, probability: number): number {
  const lambda = nonNegative(attemptsPerTurn);
  const p = clampProbability(probability);
  if (p === 0) return 0;
  return lambda * p;
}
