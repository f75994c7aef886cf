/**
 * Crossings of one actor in one sector in one turn: how many attempts, how many are detected,
 * how many a response reaches, how many are stopped (and of those, apprehended or turned back),
 * how many get away.
 *
 * Each count comes from ONE uniform by inverse transform, chained so that, under common random
 * numbers, attempts do not depend on the defence at all and got-aways never rise when detection
 * or response improve (docs/model.md §4-5):
 *   attempts    = Poisson⁻¹(u₁; λ)
 *   detected    = Binomial⁻¹(u₂; attempts, p_detect)
 *   reached     = Binomial⁻¹(u₃; detected, p_response)
 *   interdicted = Binomial⁻¹(u₄; reached, p_stop)          p_stop = 1 − complicity for loads, 1 for people
 *   apprehended = Binomial⁻¹(u₅; interdicted, apprehendShare)
 *   turnedBack  = interdicted − apprehended
 *   gotAway     = attempts − interdicted
 * The binomial quantile is non-decreasing in both n and p for a fixed u, which carries the
 * monotonicity through the chain. Armed groups use u₁ and u₂ only: what happens to a detected
 * group is an engagement (engagement.ts).
 *
 * Link i always reads uᵢ, the i-th uniform of the turn's block. A link with no trials (a count of
 * 0 above it) is 0 whatever its uniform, and so are all the links after it: the chain stops
 * drawing there. The stream skips the rest of the block at its next turn (streams.ts), so every
 * later draw keeps its position; two thirds of the engine's chains stop after u₁.
 *
 * @module
 */
import { binomialQuantile, binomialQuantileFast, poissonQuantile, poissonSurelyZero } from '../rng/distributions';
import type { Rng } from '../rng/rng';

/** The uniforms one actor-sector-turn uses: a stream's fixed block has this many. */
export const CROSSING_DRAWS = 5;

/** The counts of one actor in one sector in one turn. */
export interface CrossingCounts {
  attempts: number;
  detected: number;
  /** Detected attempts that a response reached in time. */
  reached: number;
  /** Reached and stopped: seized (loads) or apprehended + turned back (people). */
  interdicted: number;
  apprehended: number;
  turnedBack: number;
  /** Undetected, or detected and not stopped. */
  gotAway: number;
}

/** Probabilities of the chain, each in [0, 1]. */
export interface CrossingProbabilitiesChain {
  /** An attempt is detected. */
  pDetect: number;
  /** A detected attempt is reached by a response in time. */
  pResponse: number;
  /** A reached attempt is stopped (1 − complicity for loads; 1 for people). */
  pStop: number;
  /** A stopped attempt is apprehended rather than turned back (for refugees: received). */
  apprehendShare: number;
}

/**
 * Draws the attempts and detections of one actor-sector-turn (u₁, u₂): the first two links of
 * the chain, used alone for armed groups.
 *
 * @param meanAttempts - Poisson mean of attempts this turn (attempts/turn)
 * @param pDetect - detection probability of one attempt (0-1)
 * @param draws - a stream positioned at this turn's block
 * @returns attempts and detected (counts)
 * @example
 * drawAttemptsAndDetections(3, 0.4, streams.at('cross/panj/imu', 0, CROSSING_DRAWS));
 */
export function drawAttemptsAndDetections(meanAttempts: number, pDetect: number, draws: Rng): { attempts: number; detected: number } {
  return drawAttemptsAndDetectionsInto(meanAttempts, pDetect, draws, { attempts: 0, detected: 0 });
}

/**
 * {@link drawAttemptsAndDetections} into `out` (the engine reuses one record).
 *
 * @returns `out`
 */
export function drawAttemptsAndDetectionsInto<T extends { attempts: number; detected: number }>(meanAttempts: number, pDetect: number, draws: Rng, out: T): T {
  return detectionsInto(attemptsFrom(draws.next(), meanAttempts), pDetect, draws, out);
}

/**
 * The chain's first link, from its uniform u₁ (the first of the turn's block, already drawn):
 * attempts = Poisson⁻¹(u₁; λ). The engine draws u₁ itself and goes no further for the two
 * sector-turns in three with no attempt: the common case is decided here without a call.
 *
 * @param u1 - the block's first uniform
 * @param meanAttempts - Poisson mean of attempts this turn (attempts/turn)
 * @returns attempts (count)
 * @example
 * attemptsFrom(0.2, 0.1); // 0
 */
export function attemptsFrom(u1: number, meanAttempts: number): number {
  return poissonSurelyZero(u1, meanAttempts) ? 0 : poissonQuantile(u1, meanAttempts);
}

/**
 * The chain's second link (u₂) for `attempts` from {@link attemptsFrom}: writes both counts to
 * `out`.
 *
 * @param attempts - attempts this turn (count)
 * @param pDetect - detection probability of one attempt (0-1)
 * @param draws - the stream u₁ came from, one uniform into its block
 * @returns `out`
 */
export function detectionsInto<T extends { attempts: number; detected: number }>(attempts: number, pDetect: number, draws: Rng, out: T): T {
  out.attempts = attempts;
  out.detected = linkDraw(draws, attempts, pDetect);
  return out;
}

/**
 * The next link of the chain: {@link linkCount} for the next uniform of `draws`. With no trials
 * the link is 0 and draws nothing (the chain stops here; see the module's note); with p ≤ 0 or
 * p ≥ 1 the uniform is drawn all the same, so that the next link's keeps its position.
 */
function linkDraw(draws: Rng, n: number, p: number): number {
  const trials = n > 0 ? Math.floor(n) : 0;
  if (trials === 0) return 0;
  return linkCount(draws.next(), n, p);
}

/**
 * Where each link's uniform is in the turn's block of {@link CROSSING_DRAWS}: link i reads uᵢ
 * (see the module's note), so a loop that has the block in an array reads a link's uniform at
 * its place instead of drawing the uniforms in turn. An enum, so that the bundler writes the
 * places into that loop as literals (an object's property is loaded at every use).
 */
export enum DRAW {
  attempts = 0,
  detect = 1,
  response = 2,
  stop = 3,
  apprehend = 4,
}

/**
 * One link of the chain from its uniform: `binomialQuantile(u, n, p)`, 0 with no trials. With
 * p ≤ 0 or p ≥ 1 the count does not depend on u and is not handed to the sampler (its own first
 * cases, repeated here so that a hot loop skips a call for them); then the sampler's fast paths,
 * which V8 can inline here, and only where they cannot decide the sampler itself. The engine's
 * crossings of people and loads call it with the uniforms of the block at {@link DRAW}.
 *
 * @param u - the link's uniform
 * @param n - trials (the count of the link above)
 * @param p - the link's probability (0-1)
 * @returns the count
 * @example
 * linkCount(0.3, 4, 0.5); // 1 of 4 detected (Binomial(4, 0.5) ≤ 1 with probability 0.3125)
 */
export function linkCount(u: number, n: number, p: number): number {
  const trials = n > 0 ? Math.floor(n) : 0;
  if (trials === 0 || !(p > 0)) return 0;
  if (p >= 1) return trials;
  const k = binomialQuantileFast(u, trials, p);
  return k >= 0 ? k : binomialQuantile(u, n, p);
}

/**
 * Resolves the crossings of one actor in one sector for one turn (smuggling, refugees,
 * recruits).
 *
 * @param meanAttempts - Poisson mean of attempts this turn (attempts/turn)
 * @param p - the chain's probabilities (each 0-1)
 * @param draws - a stream positioned at this turn's block of {@link CROSSING_DRAWS} uniforms
 * @returns the counts; interdicted + gotAway = attempts, apprehended + turnedBack = interdicted
 * @example
 * resolveCrossings(3, { pDetect: 0.4, pResponse: 1, pStop: 1, apprehendShare: 1 },
 *   streams.at('cross/panj/couriers', 0, CROSSING_DRAWS));
 */
export function resolveCrossings(meanAttempts: number, p: CrossingProbabilitiesChain, draws: Rng): CrossingCounts {
  return resolveCrossingsInto(meanAttempts, p.pDetect, p.pResponse, p.pStop, p.apprehendShare, draws, {
    attempts: 0,
    detected: 0,
    reached: 0,
    interdicted: 0,
    apprehended: 0,
    turnedBack: 0,
    gotAway: 0,
  });
}

/**
 * {@link resolveCrossings} into `out` (the engine's hot loop reuses one record instead of
 * allocating one per actor, sector and turn).
 *
 * @returns `out`
 */
export function resolveCrossingsInto(
  meanAttempts: number,
  pDetect: number,
  pResponse: number,
  pStop: number,
  apprehendShare: number,
  draws: Rng,
  out: CrossingCounts,
): CrossingCounts {
  drawAttemptsAndDetectionsInto(meanAttempts, pDetect, draws, out);
  return resolveDetectedInto(pResponse, pStop, apprehendShare, draws, out);
}

/**
 * The last three links of the chain (u₃-u₅) for the attempts and detections already in `out`
 * (from {@link drawAttemptsAndDetectionsInto} on the same stream). Split from
 * {@link resolveCrossingsInto} so that the engine computes the response probability only for a
 * sector-turn with a detection: with none, every later count is 0 whatever the probabilities.
 *
 * @param pResponse - a detected attempt is reached in time (0-1; not read when out.detected is 0)
 * @param pStop - a reached attempt is stopped (0-1)
 * @param apprehendShare - a stopped attempt is apprehended rather than turned back (0-1)
 * @param draws - the stream that drew out.attempts and out.detected, two uniforms into its block
 * @returns `out`, completed
 */
export function resolveDetectedInto(pResponse: number, pStop: number, apprehendShare: number, draws: Rng, out: CrossingCounts): CrossingCounts {
  const reached = linkDraw(draws, out.detected, pResponse);
  const interdicted = linkDraw(draws, reached, pStop);
  const apprehended = linkDraw(draws, interdicted, apprehendShare);
  out.reached = reached;
  out.interdicted = interdicted;
  out.apprehended = apprehended;
  out.turnedBack = interdicted - apprehended;
  out.gotAway = out.attempts - interdicted;
  return out;
}
