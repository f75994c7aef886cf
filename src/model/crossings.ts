/**
 * Crossings of one actor in one sector in one turn: how many attempts, how many are detected,
 * how many are stopped, how many get away.
 *
 * Each count comes from ONE uniform by inverse transform, chained so that, under common random
 * numbers, attempts do not depend on the defence at all and got-aways never rise when detection
 * or response improve (docs/model.md §4):
 *   attempts    = Poisson⁻¹(u₁; λ)
 *   detected    = Binomial⁻¹(u₂; attempts, p_detect)
 *   interdicted = Binomial⁻¹(u₃; detected, p_interdict)
 *   gotAway     = attempts − interdicted
 * The binomial quantile is non-decreasing in both n and p for a fixed u, which carries the
 * monotonicity through the chain.
 *
 * @module
 */
import { binomialQuantile, poissonQuantile } from '../rng/distributions';
import type { Rng } from '../rng/rng';

/** The uniforms one actor-sector-turn uses: a stream's fixed block has this many. */
export const CROSSING_DRAWS = 3;

/** The counts of one actor in one sector in one turn. */
export interface CrossingCounts {
  attempts: number;
  detected: number;
  interdicted: number;
  gotAway: number;
}

/**
 * Resolves the crossings of one actor in one sector for one turn.
 *
 * @param meanAttempts - Poisson mean of attempts this turn (attempts/turn)
 * @param pDetect - probability that one attempt is detected (0-1)
 * @param pInterdict - probability that a detected attempt is stopped (0-1)
 * @param draws - a stream positioned at this turn's block of {@link CROSSING_DRAWS} uniforms
 * @example
 * resolveCrossings(3, 0.4, 1, streams.at('cross/panj/imu', 0, CROSSING_DRAWS));
 */
export function resolveCrossings(meanAttempts: number, pDetect: number, pInterdict: number, draws: Rng): CrossingCounts {
  const attempts = poissonQuantile(draws.next(), meanAttempts);
  const detected = binomialQuantile(draws.next(), attempts, pDetect);
  const interdicted = binomialQuantile(draws.next(), detected, pInterdict);
  return { attempts, detected, interdicted, gotAway: attempts - interdicted };
}
