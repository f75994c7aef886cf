/**
 * Engagements: Lanchester's laws (F. W. Lanchester, "Aircraft in Warfare: the Dawn of the Fourth
 * Arm", 1916), deterministic closed forms and a stochastic, event-by-event version.
 *
 * Square law (aimed fire):  dA/dt = -β B,   dB/dt = -α A;   α A² - β B² is constant.
 * Linear law (area fire):   dA/dt = -β A B, dB/dt = -α A B; α A - β B is constant.
 *
 * α is the rate at which side A inflicts casualties on B (per A combatant per hour for the
 * square law; per A·B pair per hour for the linear law), β likewise for B on A. Time is in
 * hours throughout; any consistent unit works.
 *
 * The stochastic battle is the continuous-time Markov chain with the same rates (a casualty on B
 * at rate α A, on A at rate β B; for the linear law α A B and β A B), simulated one casualty at a
 * time. While neither side is near zero its expected strengths follow the deterministic curves;
 * for small forces it gives win probabilities the ODE cannot (2 vs 1 with equal rates: 5/6).
 *
 * @module
 */
import type { Rng } from '../rng/rng';

/** Which law governs an engagement. */
export type LanchesterLaw = 'square' | 'linear';

/** Initial strengths and attrition rates of a two-sided engagement. */
export interface LanchesterParams {
  /** Initial strength of side A (combatants). */
  a0: number;
  /** Initial strength of side B (combatants). */
  b0: number;
  /** Attrition rate of B by A: per A combatant per hour (square) or per A·B pair per hour (linear). */
  alpha: number;
  /** Attrition rate of A by B: per B combatant per hour (square) or per A·B pair per hour (linear). */
  beta: number;
}

/** Strengths of both sides at a moment (combatants, continuous in the deterministic laws). */
export interface Strengths {
  /** Side A (combatants). */
  a: number;
  /** Side B (combatants). */
  b: number;
}

/** A side of an engagement. */
export type Side = 'A' | 'B';

function checkParams(p: LanchesterParams, where: string): void {
  for (const key of ['a0', 'b0', 'alpha', 'beta'] as const) {
    const v = p[key];
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`${where}: ${key} must be a finite number ≥ 0, got ${v}`);
    }
  }
}

function checkTime(t: number, where: string): void {
  if (Number.isNaN(t) || t < 0) throw new RangeError(`${where}: time must be ≥ 0, got ${t}`);
}

/** Subnormal rates can turn a time into 0/0; a time that cannot be computed is never reached. */
function timeOrInfinity(t: number): number {
  return Number.isNaN(t) ? Infinity : Math.max(0, t);
}

// ---------------------------------------------------------------------------------------------
// Square law
// ---------------------------------------------------------------------------------------------

/**
 * Square-law strengths at time t (closed form). With k = sqrt(αβ), a = sqrt(α) A and
 * b = sqrt(β) B, the sum and difference decouple: a + b = (a0 + b0) e^{-kt} and
 * a - b = (a0 - b0) e^{kt}, which is the cosh/sinh solution
 * A(t) = A0 cosh kt - sqrt(β/α) B0 sinh kt written without cancellation. Once a side reaches
 * zero the fight is over and both strengths stay where they are.
 *
 * @param p - initial strengths (combatants) and rates (per combatant per hour)
 * @param tHours - time since the start (h)
 * @returns strengths at t (combatants)
 * @throws RangeError for negative or non-finite parameters
 * @example
 * squareLawStrengths({ a0: 100, b0: 80, alpha: 0.1, beta: 0.1 }, 5); // { a: 71.07497, b: 38.10055 }
 */
export function squareLawStrengths(p: LanchesterParams, tHours: number): Strengths {
  checkParams(p, 'squareLawStrengths');
  checkTime(tHours, 'squareLawStrengths');
  const { a0, b0, alpha, beta } = p;
  if (alpha === 0 || beta === 0) {
    // One side cannot hurt the other: the victim falls linearly at the constant enemy fire.
    return {
      a: Math.max(0, a0 - beta * b0 * tHours),
      b: Math.max(0, b0 - alpha * a0 * tHours),
    };
  }
  const end = squareLawOutcome(p);
  if (tHours >= end.durationHours) return { a: end.a, b: end.b };
  const k = Math.sqrt(alpha) * Math.sqrt(beta); // not sqrt(αβ): the product of two tiny rates underflows
  const sa = Math.sqrt(alpha);
  const sb = Math.sqrt(beta);
  const sum = (sa * a0 + sb * b0) * Math.exp(-k * tHours);
  const d0 = sa * a0 - sb * b0;
  // At exact parity e^{kt} may overflow long before the (never reached) end: 0 · Infinity is NaN.
  const diff = d0 === 0 ? 0 : d0 * Math.exp(k * tHours);
  return {
    a: Math.max(0, (sum + diff) / 2 / sa),
    b: Math.max(0, (sum - diff) / 2 / sb),
  };
}

/** The end of a deterministic engagement fought to annihilation. */
export interface DeterministicOutcome extends Strengths {
  /** The side left standing; `null` at exact parity (both tend to zero, never reaching it). */
  winner: Side | null;
  /** Time at which the loser reaches zero (h); +Infinity at parity or without fire. */
  durationHours: number;
}

/**
 * Square-law outcome fought to annihilation: A wins iff α A0² > β B0², with
 * sqrt(A0² - (β/α) B0²) survivors at T = atanh(sqrt(β/α) B0 / A0) / sqrt(αβ) (and symmetrically).
 *
 * @param p - initial strengths (combatants) and rates (per combatant per hour)
 * @returns winner, final strengths (combatants) and duration (h)
 * @example
 * squareLawOutcome({ a0: 80, b0: 100, alpha: 1.44, beta: 1 }); // B wins with 28 at T = 1.621592
 */
export function squareLawOutcome(p: LanchesterParams): DeterministicOutcome {
  checkParams(p, 'squareLawOutcome');
  const { a0, b0, alpha, beta } = p;
  if (a0 === 0 || b0 === 0) {
    const winner: Side | null = a0 > 0 ? 'A' : b0 > 0 ? 'B' : null;
    return { a: a0, b: b0, winner, durationHours: 0 };
  }
  if (alpha === 0 && beta === 0) return { a: a0, b: b0, winner: null, durationHours: Infinity };
  if (alpha === 0) return { a: 0, b: b0, winner: 'B', durationHours: a0 / (beta * b0) };
  if (beta === 0) return { a: a0, b: 0, winner: 'A', durationHours: b0 / (alpha * a0) };
  const k = Math.sqrt(alpha) * Math.sqrt(beta); // not sqrt(αβ): the product of two tiny rates underflows
  const sa = Math.sqrt(alpha);
  const sb = Math.sqrt(beta);
  const sum = sa * a0 + sb * b0;
  const diff = sa * a0 - sb * b0;
  if (diff === 0) return { a: 0, b: 0, winner: null, durationHours: Infinity };
  // (a+b)(a-b) = a² - b² is the conserved quantity; the loser's zero comes at e^{2kT} = |sum/diff|.
  const durationHours = timeOrInfinity(Math.log(sum / Math.abs(diff)) / (2 * k));
  const survivors = Math.sqrt(sum * Math.abs(diff));
  return diff > 0 ? { a: survivors / sa, b: 0, winner: 'A', durationHours } : { a: 0, b: survivors / sb, winner: 'B', durationHours };
}

/**
 * Square-law time for one side to fall to a given strength. From the invariant, when A = x the
 * other side has b = sqrt(a_x² - I) (scaled strengths, I = a0² - b0²), and a + b = (a0 + b0)e^{-kt}
 * gives t = ln((a0 + b0) / (a_x + b_x)) / k.
 *
 * @param p - initial strengths (combatants) and rates (per combatant per hour)
 * @param side - the side whose strength is watched
 * @param targetStrength - the strength to reach (combatants)
 * @returns time (h); 0 if already at or below it; +Infinity if it is never reached
 * @example
 * squareLawTimeToStrength({ a0: 100, b0: 80, alpha: 0.1, beta: 0.1 }, 'B', 0); // 10.98612
 */
export function squareLawTimeToStrength(p: LanchesterParams, side: Side, targetStrength: number): number {
  checkParams(p, 'squareLawTimeToStrength');
  // Swap so that the watched side is always "x" with rate coefficient cx (the rate it suffers is cy·y).
  const x0 = side === 'A' ? p.a0 : p.b0;
  const y0 = side === 'A' ? p.b0 : p.a0;
  const cx = side === 'A' ? p.alpha : p.beta; // x's own firing rate
  const cy = side === 'A' ? p.beta : p.alpha; // the enemy's firing rate
  const target = Math.max(0, targetStrength);
  if (!(target < x0)) return 0;
  if (y0 === 0 || cy === 0) return Infinity;
  if (cx === 0) return (x0 - target) / (cy * y0);
  const k = Math.sqrt(cx) * Math.sqrt(cy);
  const sx = Math.sqrt(cx);
  const sy = Math.sqrt(cy);
  const xs0 = sx * x0;
  const ys0 = sy * y0;
  const invariant = (xs0 - ys0) * (xs0 + ys0);
  const xt = sx * target;
  const yt2 = xt * xt - invariant;
  // Below sqrt(I) the watched side wins first and never gets that low.
  if (yt2 < 0) return Infinity;
  const denom = xt + Math.sqrt(yt2);
  if (!(denom > 0)) return Infinity;
  return timeOrInfinity(Math.log((xs0 + ys0) / denom) / k);
}

// ---------------------------------------------------------------------------------------------
// Linear law
// ---------------------------------------------------------------------------------------------

/**
 * Linear-law strengths at time t (closed form). With C = α A0 - β B0 (per hour), for C > 0:
 * B(t) = C B0 / ((C + β B0) e^{Ct} - β B0) and A = (C + β B) / α; symmetrically for C < 0;
 * for C = 0, A = A0 / (1 + α A0 t) and B = B0 / (1 + β B0 t). Written with expm1 so that
 * small C loses no precision.
 *
 * @param p - initial strengths (combatants) and rates (per A·B pair per hour)
 * @param tHours - time since the start (h)
 * @returns strengths at t (combatants)
 * @example
 * linearLawStrengths({ a0: 100, b0: 80, alpha: 0.001, beta: 0.001 }, 50); // { a: 28.340797, b: 8.340797 }
 */
export function linearLawStrengths(p: LanchesterParams, tHours: number): Strengths {
  checkParams(p, 'linearLawStrengths');
  checkTime(tHours, 'linearLawStrengths');
  const { a0, b0, alpha, beta } = p;
  const c = alpha * a0 - beta * b0;
  if (c === 0) {
    return { a: a0 / (1 + alpha * a0 * tHours), b: b0 / (1 + beta * b0 * tHours) };
  }
  if (c > 0) {
    const b = (c * b0) / ((c + beta * b0) * Math.expm1(c * tHours) + c);
    return { a: Math.max(0, (c + beta * b) / alpha), b: Math.max(0, b) };
  }
  const cc = -c;
  const a = (cc * a0) / ((cc + alpha * a0) * Math.expm1(cc * tHours) + cc);
  return { a: Math.max(0, a), b: Math.max(0, (cc + alpha * a) / beta) };
}

/**
 * Linear-law limit as t → ∞: the side with the larger α A0 - β B0 keeps |C| / (its rate); the
 * other tends to zero but never reaches it.
 *
 * @param p - initial strengths (combatants) and rates (per A·B pair per hour)
 * @returns limiting strengths (combatants)
 * @example
 * linearLawLimit({ a0: 100, b0: 80, alpha: 0.001, beta: 0.001 }); // { a: 20, b: 0 }
 */
export function linearLawLimit(p: LanchesterParams): Strengths {
  checkParams(p, 'linearLawLimit');
  const { a0, b0, alpha, beta } = p;
  if (a0 === 0 || b0 === 0 || (alpha === 0 && beta === 0)) return { a: a0, b: b0 };
  const c = alpha * a0 - beta * b0;
  if (c > 0) return { a: c / alpha, b: 0 };
  if (c < 0) return { a: 0, b: -c / beta };
  return { a: 0, b: 0 };
}

/**
 * Linear-law time for one side to fall to a given strength. Separating variables gives
 * t = ln((A B0) / (A0 B)) / C with B from the invariant α A - β B = C; for C = 0,
 * t = (1/B - 1/B0) / β. Near C = 0 (|C| below 1e-9 of the total fire) the C = 0 formula is used.
 *
 * @param p - initial strengths (combatants) and rates (per A·B pair per hour)
 * @param side - the side whose strength is watched
 * @param targetStrength - the strength to reach (combatants)
 * @returns time (h); 0 if already there; +Infinity if never reached (the limit is at or above it)
 * @example
 * linearLawTimeToStrength({ a0: 100, b0: 80, alpha: 0.001, beta: 0.001 }, 'B', 8.340797); // ≈ 50
 */
export function linearLawTimeToStrength(p: LanchesterParams, side: Side, targetStrength: number): number {
  checkParams(p, 'linearLawTimeToStrength');
  const x0 = side === 'A' ? p.a0 : p.b0;
  const y0 = side === 'A' ? p.b0 : p.a0;
  const cx = side === 'A' ? p.alpha : p.beta;
  const cy = side === 'A' ? p.beta : p.alpha;
  const target = Math.max(0, targetStrength);
  if (!(target < x0)) return 0;
  if (y0 === 0 || cy === 0) return Infinity;
  const c = cx * x0 - cy * y0; // > 0: x wins and tends to c / cx
  const xLimit = c > 0 ? c / cx : 0;
  if (!(target > xLimit)) return Infinity;
  const yAtTarget = (cx * target - c) / cy;
  if (Math.abs(c) <= 1e-9 * (cx * x0 + cy * y0)) {
    return timeOrInfinity((1 / target - 1 / x0) / cx);
  }
  if (!(yAtTarget > 0)) return Infinity;
  // In x's terms: t = ln((y x0) / (y0 x)) / (-c).
  return timeOrInfinity(Math.log((yAtTarget * x0) / (y0 * target)) / -c);
}

// ---------------------------------------------------------------------------------------------
// Stochastic battle
// ---------------------------------------------------------------------------------------------

/** Options of {@link stochasticBattle}. */
export interface StochasticBattleOptions extends LanchesterParams {
  /** Fire model. */
  law: LanchesterLaw;
  /**
   * Side A breaks when its strength is at or below floor(breakpointA × a0) (fraction 0-1;
   * 0 = fights to the last). Default 0.
   */
  breakpointA?: number;
  /** Side B's breakpoint fraction (0-1), as for A. Default 0. */
  breakpointB?: number;
  /** Longest the engagement may last (h); default +Infinity. */
  maxDurationHours?: number;
  /**
   * Most casualty events simulated one by one (count); default 100,000. If the cap is reached
   * the rest of the fight is resolved by the deterministic law from the current state.
   */
  maxEvents?: number;
  /**
   * When a0 + b0 exceeds this (combatants), the whole fight is resolved by the deterministic law
   * with rounding, and no random draw is used. Default 10,000: above that, the relative noise of
   * the Markov chain is a few per cent and the event loop would cost milliseconds.
   */
  deterministicAboveStrength?: number;
}

/** How a battle ended. */
export type BattleOutcome = 'A-wins' | 'B-wins' | 'draw' | 'time-limit' | 'no-fire';

/** Result of {@link stochasticBattle}. */
export interface BattleResult {
  /** Final strength of A (combatants, integer). */
  a: number;
  /** Final strength of B (combatants, integer). */
  b: number;
  /** Casualties on A (combatants). */
  casualtiesA: number;
  /** Casualties on B (combatants). */
  casualtiesB: number;
  /** The side that broke the other, or `null` (draw, time limit, no fire). */
  winner: Side | null;
  /** How it ended: a side broke the other, both broke together, time ran out, or nobody could fire. */
  outcome: BattleOutcome;
  /** Duration (h); 0 for 'no-fire' and for a side broken from the start; the limit for 'time-limit'. */
  durationHours: number;
  /** Casualty events simulated one at a time (count). */
  events: number;
  /** 'stochastic', 'deterministic' (large forces) or 'stochastic+deterministic' (event cap hit). */
  method: 'stochastic' | 'deterministic' | 'stochastic+deterministic';
}

function breakStrength(fraction: number | undefined, initial: number): number {
  const f = fraction ?? 0;
  if (!(f >= 0 && f < 1)) throw new RangeError(`breakpoint must be in [0, 1), got ${f}`);
  return Math.floor(f * initial);
}

function finish(
  a0: number,
  b0: number,
  a: number,
  b: number,
  brokenA: boolean,
  brokenB: boolean,
  durationHours: number,
  events: number,
  method: BattleResult['method'],
  timedOut: boolean,
): BattleResult {
  let outcome: BattleOutcome;
  let winner: Side | null = null;
  if (brokenA && brokenB) outcome = 'draw';
  else if (brokenB) {
    outcome = 'A-wins';
    winner = 'A';
  } else if (brokenA) {
    outcome = 'B-wins';
    winner = 'B';
  } else outcome = timedOut ? 'time-limit' : 'no-fire';
  return { a, b, casualtiesA: a0 - a, casualtiesB: b0 - b, winner, outcome, durationHours, events, method };
}

/**
 * Resolve the remainder of a fight with the deterministic law, rounding to whole combatants.
 * A side counts as broken when its continuous strength falls below its break strength + 0.5,
 * i.e. when it would round to the break strength; the broken side is then set to that strength
 * exactly, as the Markov chain would leave it.
 */
function deterministicFinish(
  law: LanchesterLaw,
  a0: number,
  b0: number,
  a: number,
  b: number,
  alpha: number,
  beta: number,
  breakA: number,
  breakB: number,
  elapsedHours: number,
  maxDurationHours: number,
  events: number,
  method: BattleResult['method'],
): BattleResult {
  const p: LanchesterParams = { a0: a, b0: b, alpha, beta };
  const timeTo = law === 'square' ? squareLawTimeToStrength : linearLawTimeToStrength;
  const strengths = law === 'square' ? squareLawStrengths : linearLawStrengths;
  const tA = timeTo(p, 'A', breakA + 0.5);
  const tB = timeTo(p, 'B', breakB + 0.5);
  const remaining = maxDurationHours === Infinity ? Infinity : maxDurationHours - elapsedHours;
  const tStop = Math.min(tA, tB, remaining);
  if (tStop === Infinity) {
    // Neither side can ever break (no effective fire): nothing more happens.
    return finish(a0, b0, a, b, false, false, elapsedHours, events, method, false);
  }
  const s = strengths(p, tStop);
  const brokenA = tA <= tStop;
  const brokenB = tB <= tStop;
  const fa = brokenA ? Math.min(breakA, Math.round(s.a)) : Math.max(breakA + 1, Math.round(s.a));
  const fb = brokenB ? Math.min(breakB, Math.round(s.b)) : Math.max(breakB + 1, Math.round(s.b));
  return finish(
    a0,
    b0,
    Math.min(a, Math.max(0, fa)),
    Math.min(b, Math.max(0, fb)),
    brokenA,
    brokenB,
    elapsedHours + tStop,
    events,
    method,
    !brokenA && !brokenB,
  );
}

/**
 * A stochastic Lanchester engagement, one casualty at a time (a continuous-time Markov chain).
 *
 * Each event uses exactly two uniforms: the waiting time -ln(1 - u₁) / (r_A + r_B) and which
 * side takes the casualty (B iff u₂ (r_A + r_B) < r_B), where r_B = α A and r_A = β B (square
 * law) or r_B = α A B and r_A = β A B (linear law). The fight stops when a side reaches its
 * break strength, when the next event would come after `maxDurationHours`, or when nobody can
 * fire.
 *
 * Bounded work: at most min(a0 + b0, maxEvents) events. Above `deterministicAboveStrength`
 * total combatants the deterministic law is used from the start (rounded to whole combatants,
 * no draws); if `maxEvents` is reached the deterministic law finishes the fight from the current
 * state. Strengths are floored to integers; negative or non-finite inputs throw.
 *
 * @param options - strengths (combatants), rates (per hour), law, breakpoints, limits
 * @param rng - uniform source
 * @returns final strengths, casualties, outcome, duration (h), events and method
 * @example
 * const r = stochasticBattle({ law: 'square', a0: 2, b0: 1, alpha: 1, beta: 1 }, rng);
 * r.winner; // 'A' with probability 5/6
 */
export function stochasticBattle(options: StochasticBattleOptions, rng: Rng): BattleResult {
  checkParams(options, 'stochasticBattle');
  const { law, alpha, beta } = options;
  const a0 = Math.floor(options.a0);
  const b0 = Math.floor(options.b0);
  const breakA = breakStrength(options.breakpointA, a0);
  const breakB = breakStrength(options.breakpointB, b0);
  const maxDurationHours = options.maxDurationHours ?? Infinity;
  if (Number.isNaN(maxDurationHours) || maxDurationHours < 0) {
    throw new RangeError(`stochasticBattle: maxDurationHours must be ≥ 0, got ${maxDurationHours}`);
  }
  const maxEvents = Math.max(0, Math.floor(options.maxEvents ?? 100_000));
  const deterministicAbove = options.deterministicAboveStrength ?? 10_000;

  let a = a0;
  let b = b0;
  let brokenA = a <= breakA;
  let brokenB = b <= breakB;
  if (brokenA || brokenB) return finish(a0, b0, a, b, brokenA, brokenB, 0, 0, 'stochastic', false);
  if (a0 + b0 > deterministicAbove) {
    return deterministicFinish(law, a0, b0, a, b, alpha, beta, breakA, breakB, 0, maxDurationHours, 0, 'deterministic');
  }

  let t = 0;
  let events = 0;
  for (;;) {
    const rateOnB = law === 'square' ? alpha * a : alpha * a * b;
    const rateOnA = law === 'square' ? beta * b : beta * a * b;
    const total = rateOnA + rateOnB;
    if (!(total > 0)) return finish(a0, b0, a, b, false, false, t, events, 'stochastic', false);
    if (events >= maxEvents) {
      return deterministicFinish(law, a0, b0, a, b, alpha, beta, breakA, breakB, t, maxDurationHours, events, 'stochastic+deterministic');
    }
    const dt = -Math.log1p(-rng.next()) / total;
    // Subnormal rates can make the wait overflow: the next casualty never comes.
    if (dt === Infinity && maxDurationHours === Infinity) {
      return finish(a0, b0, a, b, false, false, t, events, 'stochastic', false);
    }
    if (t + dt > maxDurationHours) {
      return finish(a0, b0, a, b, false, false, maxDurationHours, events, 'stochastic', true);
    }
    t += dt;
    if (rng.next() * total < rateOnB) b -= 1;
    else a -= 1;
    events += 1;
    brokenA = a <= breakA;
    brokenB = b <= breakB;
    if (brokenA || brokenB) return finish(a0, b0, a, b, brokenA, brokenB, t, events, 'stochastic', false);
  }
}
