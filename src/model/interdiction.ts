/**
 * Interdiction: what happens to an attempt once detection has had its chance. People are
 * apprehended, turned back or get away; smuggling loads are seized or get through; complicity
 * lets some detected loads through on purpose.
 *
 * Vocabulary (kept in docs/model.md): "interdicted" = apprehended + turned back (people) or
 * seized (loads). "Got away" = every attempt that crossed: undetected, or detected and evaded.
 * The model knows the undetected ones, so its effectiveness is the true one; the observable
 * (CBP-style) rate that counts only detected got-aways is available separately.
 *
 * @module
 */
import type { Rng } from '../rng/rng';
import { clampProbability, nonNegative } from './probability';

/**
 * Interdiction effectiveness = (apprehensions + turn-backs) / (apprehensions + turn-backs +
 * got-aways) (the U.S. Border Patrol's "interdiction effectiveness rate"; docs/model.md §5).
 *
 * With nothing caught and nobody getting away the rate is undefined, and returns `null`:
 * reporting 0 or 1 there would bias any average over turns. Average rates over a period by
 * summing the counts first, then calling this once.
 *
 * @param apprehensions - people apprehended (count)
 * @param turnBacks - people turned back (count)
 * @param gotAways - people who got away (count)
 * @returns effectiveness in [0, 1], or `null` when all three are 0
 * @example
 * interdictionEffectiveness(700, 100, 200); // 0.8
 */
export function interdictionEffectiveness(apprehensions: number, turnBacks: number, gotAways: number): number | null {
  const caught = nonNegative(apprehensions) + nonNegative(turnBacks);
  const total = caught + nonNegative(gotAways);
  if (!(total > 0) || total === Infinity) return null;
  return clampProbability(caught / total);
}

/**
 * Repeat trials with giving up: each try is caught with probability p; after an arrest the
 * crosser gives up with probability d, else tries again. Summing the geometric series
 * (1 - p) Σ (p (1 - d))^k gives P(eventually crosses) = (1 - p) / (1 - p (1 - d)).
 * At p = 1 and d = 0 the formula is 0/0; the exact answer is 0 (every try is caught), returned.
 *
 * @param pCaughtPerTry - p, probability that one try is caught (0-1)
 * @param pGiveUpAfterArrest - d, probability of giving up after an arrest (0-1)
 * @returns probability of eventually crossing in [0, 1]
 * @example
 * probabilityEventuallyCrosses(0.4, 0.3); // 0.8333
 */
export function probabilityEventuallyCrosses(pCaughtPerTry: number, pGiveUpAfterArrest: number): number {
  const p = clampProbability(pCaughtPerTry);
  const d = clampProbability(pGiveUpAfterArrest);
  const denom = 1 - p * (1 - d);
  if (!(denom > 0)) return 0;
  return clampProbability((1 - p) / denom);
}

/**
 * Expected tries per crosser under repeat trials: 1 / (1 - p (1 - d)); expected arrests are p
 * times this. Repeat tries inflate apprehension counts without more people: this is why
 * apprehensions alone overstate pressure.
 *
 * @param pCaughtPerTry - p (0-1)
 * @param pGiveUpAfterArrest - d (0-1)
 * @returns expected tries (count ≥ 1); +Infinity at p = 1, d = 0
 * @example
 * expectedTries(0.4, 0.3); // 1.3889
 */
export function expectedTries(pCaughtPerTry: number, pGiveUpAfterArrest: number): number {
  const p = clampProbability(pCaughtPerTry);
  const d = clampProbability(pGiveUpAfterArrest);
  const denom = 1 - p * (1 - d);
  return denom > 0 ? 1 / denom : Infinity;
}

/** Result of {@link simulateRepeatTrials}. */
export interface RepeatTrialsResult {
  /** Whether the crosser eventually got through. */
  crossed: boolean;
  /** Arrests along the way (count). */
  arrests: number;
  /** Tries made (count). */
  tries: number;
}

/**
 * One crosser under repeat trials, drawn try by try (two uniforms per arrest, one per try
 * otherwise). Bounded by `maxTries`: a crosser still trying then is counted as not crossed.
 *
 * @param pCaughtPerTry - p (0-1)
 * @param pGiveUpAfterArrest - d (0-1)
 * @param rng - uniform source
 * @param maxTries - most tries simulated (count), default 10,000
 * @returns whether the crosser crossed, with arrests and tries
 * @example
 * simulateRepeatTrials(0.4, 0.3, rng).crossed; // true with probability 0.8333
 */
export function simulateRepeatTrials(pCaughtPerTry: number, pGiveUpAfterArrest: number, rng: Rng, maxTries = 10_000): RepeatTrialsResult {
  const p = clampProbability(pCaughtPerTry);
  const d = clampProbability(pGiveUpAfterArrest);
  let arrests = 0;
  for (let tries = 1; tries <= maxTries; tries++) {
    if (!(rng.next() < p)) return { crossed: true, arrests, tries };
    arrests += 1;
    if (rng.next() < d) return { crossed: false, arrests, tries };
  }
  return { crossed: false, arrests, tries: maxTries };
}

/**
 * Probability that a detected attempt is interdicted: the response reaches it and, for loads,
 * the guards do not let it through: P = p_response × (1 - c).
 *
 * @param pResponse - probability the available response reaches the detected attempt (0-1)
 * @param complicity - c, probability that a detected load is let through on purpose (0-1);
 *   pass 0 for people if complicity is modelled only for loads
 * @returns probability in [0, 1]
 * @example
 * interdictionGivenDetection(0.8, 0.25); // 0.6
 */
export function interdictionGivenDetection(pResponse: number, complicity: number): number {
  return clampProbability(clampProbability(pResponse) * (1 - clampProbability(complicity)));
}

/**
 * Probability that local responders or a quick-reaction force reach a detected attempt, as two
 * independent chances: 1 - (1 - p_local)(1 - p_qrf).
 *
 * @param pLocal - probability that forces in the sector reach it (0-1)
 * @param pQuickReaction - probability that a quick-reaction force arrives in time (0-1), e.g.
 *   from {@link arrivalInTimeProbability}
 * @returns probability in [0, 1]
 * @example
 * responseProbability(0.5, 0.4); // 0.7
 */
export function responseProbability(pLocal: number, pQuickReaction: number): number {
  const a = clampProbability(pLocal);
  const b = clampProbability(pQuickReaction);
  return clampProbability(1 - (1 - a) * (1 - b));
}

/**
 * Probability that a force with a response delay arrives before a detected crossing has left
 * the border zone, assuming the time the crossers need to clear it is exponential with a mean:
 * exp(-delay / meanClearance). Assumption (memoryless clearance); a zero delay always arrives.
 *
 * @param responseDelayHours - time for the force to arrive (h)
 * @param meanClearanceHours - mean time the crossers need to clear the border zone (h)
 * @returns probability in [0, 1]
 * @example
 * arrivalInTimeProbability(2, 4); // exp(-0.5) = 0.606531
 */
export function arrivalInTimeProbability(responseDelayHours: number, meanClearanceHours: number): number {
  const delay = nonNegative(responseDelayHours);
  if (delay === 0) return 1;
  const mean = nonNegative(meanClearanceHours);
  if (mean === 0) return 0;
  if (mean === Infinity) return delay === Infinity ? 0 : 1;
  return clampProbability(Math.exp(-delay / mean));
}

/** What became of one attempt to cross. */
export type CrossingOutcome = 'apprehended' | 'turned-back' | 'evaded' | 'undetected';

/** Probabilities of each outcome of one attempt (each in [0, 1], summing to 1). */
export interface CrossingProbabilities {
  /** Apprehended (detected and caught). */
  apprehended: number;
  /** Turned back (detected and pushed back across). */
  turnedBack: number;
  /** Detected but got away. */
  evaded: number;
  /** Never detected (got away). */
  undetected: number;
}

/**
 * Outcome probabilities of one attempt: detected with p_d; then apprehended with p_a,
 * turned back with p_t, else evaded. If p_a + p_t exceeds 1 they are scaled down to sum to 1.
 *
 * @param pDetect - detection probability p_d (0-1)
 * @param pApprehendGivenDetected - p_a (0-1)
 * @param pTurnBackGivenDetected - p_t (0-1)
 * @returns the four outcome probabilities (sum 1)
 * @example
 * crossingProbabilities(0.5, 0.6, 0.2); // { apprehended: 0.3, turnedBack: 0.1, evaded: 0.1, undetected: 0.5 }
 */
export function crossingProbabilities(pDetect: number, pApprehendGivenDetected: number, pTurnBackGivenDetected: number): CrossingProbabilities {
  const d = clampProbability(pDetect);
  let pa = clampProbability(pApprehendGivenDetected);
  let pt = clampProbability(pTurnBackGivenDetected);
  if (pa + pt > 1) {
    const s = pa + pt;
    pa /= s;
    pt /= s;
  }
  const apprehended = d * pa;
  const turnedBack = d * pt;
  const evaded = Math.max(0, d - apprehended - turnedBack);
  return { apprehended, turnedBack, evaded, undetected: 1 - d };
}

/**
 * One attempt's outcome from ONE uniform, by partitioning [0, 1) in the order apprehended,
 * turned back, evaded, undetected. Under common random numbers more detection (or a better
 * response) can only move an attempt from "got away" toward "interdicted", never back: the
 * interdicted set is [0, p_d (p_a + p_t)), which grows with every probability.
 *
 * @param u - uniform draw in [0, 1)
 * @param probs - from {@link crossingProbabilities}
 * @returns the outcome
 * @example
 * crossingOutcome(0.35, crossingProbabilities(0.5, 0.6, 0.2)); // 'turned-back'
 */
export function crossingOutcome(u: number, probs: CrossingProbabilities): CrossingOutcome {
  let edge = probs.apprehended;
  if (u < edge) return 'apprehended';
  edge += probs.turnedBack;
  if (u < edge) return 'turned-back';
  edge += probs.evaded;
  if (u < edge) return 'evaded';
  return 'undetected';
}

/** Seized and through kilograms of a flow. */
export interface LoadSplit {
  /** Kilograms seized (kg). */
  seizedKg: number;
  /** Kilograms that got through (kg). */
  throughKg: number;
}

/**
 * Probability that a smuggling load is seized: detected, reached by a response, and not let
 * through by a complicit guard: P = p_d × p_response × (1 - c).
 *
 * @param pDetect - detection probability (0-1)
 * @param pResponse - response probability given detection (0-1)
 * @param complicity - c (0-1)
 * @returns probability in [0, 1]
 * @example
 * seizureProbability(0.5, 0.8, 0.25); // 0.3
 */
export function seizureProbability(pDetect: number, pResponse: number, complicity: number): number {
  return clampProbability(clampProbability(pDetect) * interdictionGivenDetection(pResponse, complicity));
}

/**
 * Split a flow of loads between seized and through in expectation: seized = kg × p,
 * through = kg - seized. Computing "through" by subtraction keeps seized + through = kg up to
 * one rounding of the sum (exact for typical magnitudes).
 *
 * @param loadKg - kilograms attempted (kg)
 * @param pSeizure - probability a kilogram is seized (0-1)
 * @returns seized and through kilograms
 * @example
 * splitLoad(100, 0.3); // { seizedKg: 30, throughKg: 70 }
 */
export function splitLoad(loadKg: number, pSeizure: number): LoadSplit {
  const kg = nonNegative(loadKg);
  if (kg === Infinity) throw new RangeError('splitLoad: loadKg must be finite');
  const seizedKg = kg * clampProbability(pSeizure);
  return { seizedKg, throughKg: kg - seizedKg };
}

/**
 * One load seized or not from one uniform: seized iff u < p (monotone in p under common random
 * numbers). The whole load is seized or passes; loads are not split.
 *
 * @param loadKg - load weight (kg)
 * @param pSeizure - probability the load is seized (0-1)
 * @param u - uniform draw in [0, 1)
 * @returns seized and through kilograms; one of them is 0
 * @example
 * resolveLoad(40, 0.3, 0.1); // { seizedKg: 40, throughKg: 0 }
 */
export function resolveLoad(loadKg: number, pSeizure: number, u: number): LoadSplit {
  const kg = nonNegative(loadKg);
  return u < clampProbability(pSeizure) ? { seizedKg: kg, throughKg: 0 } : { seizedKg: 0, throughKg: kg };
}
