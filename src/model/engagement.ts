/**
 * Engagements: what happens to a detected armed group. The sector's reaction team and the
 * nearest quick-reaction force each arrive in time or not (one uniform each); if anyone
 * arrives, the fight is a stochastic Lanchester battle (lanchester.ts) between the guards who
 * came (side A) and the group (side B). The group breaks through if it wins, outlasts the time
 * limit, or nobody can fire; it is repulsed (turned back) if it breaks, including when both
 * sides break together. Nobody arriving means the group evades: it got away without a clash.
 *
 * Randomness: one `Rng` per engagement (the engine gives each detected group its own child
 * stream), used as u_local, u_qrf, then the battle's draws, so that one battle's length never
 * shifts another's draws.
 *
 * @module
 */
import type { Rng } from '../rng/rng';
import { stochasticBattle, type BattleResult, type LanchesterLaw } from './lanchester';
import { clampProbability, nonNegative } from './probability';

/**
 * Detected armed groups fought one by one in one sector in one turn, at most. Beyond this many,
 * the rest are resolved in proportion to the battles fought (see {@link extrapolateEngagements}),
 * so that a turn's work stays bounded whatever the attempt rates (an assumption that never binds
 * in the bundled scenarios, which see a few clashes a week; docs/model.md §8).
 */
export const MAX_BATTLES_PER_SECTOR_TURN = 256;

/** Outcomes of the battles fought in one sector and turn, summed. */
export interface EngagementTally {
  fought: number;
  evaded: number;
  repulses: number;
  breakthroughs: number;
  localCasualties: number;
  quickReactionCasualties: number;
  attackerCasualties: number;
  sorties: number;
}

/**
 * The outcomes of `remaining` further detected groups, in proportion to the `tally` of those
 * fought one by one: each count scaled by remaining / fought and rounded, the outcome counts
 * adding up to `remaining`, and casualties never more than each side still has.
 *
 * @example
 * extrapolateEngagements({ fought: 4, evaded: 1, repulses: 2, breakthroughs: 1, localCasualties: 4,
 *   quickReactionCasualties: 0, attackerCasualties: 8, sorties: 0 }, 8, { local: 100, quickReaction: 0, attackers: 100 });
 * // evaded 2, repulses 4, breakthroughs 2, localCasualties 8, attackerCasualties 16
 */
export function extrapolateEngagements(
  tally: EngagementTally,
  remaining: number,
  left: { local: number; quickReaction: number; attackers: number },
): Omit<EngagementTally, 'fought'> {
  if (!(tally.fought > 0) || !(remaining > 0)) {
    return { evaded: 0, repulses: 0, breakthroughs: 0, localCasualties: 0, quickReactionCasualties: 0, attackerCasualties: 0, sorties: 0 };
  }
  const f = remaining / tally.fought;
  const evaded = Math.min(remaining, Math.round(tally.evaded * f));
  const repulses = Math.min(remaining - evaded, Math.round(tally.repulses * f));
  const cap = (x: number, most: number) => Math.max(0, Math.min(Math.floor(nonNegative(most)), Math.round(x * f)));
  return {
    evaded,
    repulses,
    breakthroughs: remaining - evaded - repulses,
    localCasualties: cap(tally.localCasualties, left.local),
    quickReactionCasualties: cap(tally.quickReactionCasualties, left.quickReaction),
    attackerCasualties: cap(tally.attackerCasualties, left.attackers),
    sorties: Math.round(tally.sorties * f),
  };
}

/** Everything one engagement needs. */
export interface EngagementInput {
  /** Chance the sector's reaction team arrives in time (0-1). */
  pLocal: number;
  /** Chance the quick-reaction force arrives in time (0-1). */
  pQuickReaction: number;
  /** Guards the reaction team brings if it arrives (persons). */
  localResponders: number;
  /** Personnel the quick-reaction force brings if it arrives (persons). */
  quickReactionResponders: number;
  /** Attrition rate of the guards, condition and posture included (per guard per hour, square law; per pair per hour, linear law). */
  defenderRatePerHour: number;
  /** Fighters in the group (persons). */
  attackerStrength: number;
  /** Attrition rate of the group on the guards (same units). */
  attackerRatePerHour: number;
  /** Fire model. */
  law: LanchesterLaw;
  /** Guards break at this share of their starting strength (0-0.99). */
  defenderBreakpoint: number;
  /** The group breaks at this share of its starting strength (0-0.99). */
  attackerBreakpoint: number;
  /** Longest the fight lasts (h). */
  maxHours: number;
}

/** What came of one engagement. */
export interface EngagementResult {
  /** 'evaded': nobody arrived, no clash; otherwise a clash that ended in breakthrough or repulse. */
  outcome: 'evaded' | 'breakthrough' | 'repulse';
  localArrived: boolean;
  quickReactionArrived: boolean;
  /** Guards who fought (persons). */
  defenders: number;
  localCasualties: number;
  quickReactionCasualties: number;
  attackerCasualties: number;
  /** The battle, when there was one. */
  battle: BattleResult | null;
}

/**
 * Resolves one detected armed group.
 *
 * @param input - arrival chances, responders, rates, law, breakpoints, time limit
 * @param rng - the engagement's own stream
 * @returns outcome and casualties on both sides (whole persons)
 * @example
 * resolveEngagement({ pLocal: 1, pQuickReaction: 0, localResponders: 2, quickReactionResponders: 0,
 *   defenderRatePerHour: 1, attackerStrength: 1, attackerRatePerHour: 1, law: 'square',
 *   defenderBreakpoint: 0, attackerBreakpoint: 0, maxHours: Infinity }, rng).outcome;
 * // 'repulse' with probability 5/6
 */
export function resolveEngagement(input: EngagementInput, rng: Rng): EngagementResult {
  const localArrived = rng.next() < clampProbability(input.pLocal);
  const quickReactionArrived = rng.next() < clampProbability(input.pQuickReaction);
  const nL = localArrived ? Math.floor(nonNegative(input.localResponders)) : 0;
  const nQ = quickReactionArrived ? Math.floor(nonNegative(input.quickReactionResponders)) : 0;
  const b0 = Math.floor(nonNegative(input.attackerStrength));
  const defenders = nL + nQ;
  if (defenders === 0 || b0 === 0) {
    return {
      outcome: 'evaded',
      localArrived,
      quickReactionArrived,
      defenders: 0,
      localCasualties: 0,
      quickReactionCasualties: 0,
      attackerCasualties: 0,
      battle: null,
    };
  }
  const finite = (x: number) => (Number.isFinite(x) ? nonNegative(x) : 0);
  const battle = stochasticBattle(
    {
      law: input.law,
      a0: defenders,
      b0,
      alpha: finite(input.defenderRatePerHour),
      beta: finite(input.attackerRatePerHour),
      breakpointA: Math.min(0.99, clampProbability(input.defenderBreakpoint)),
      breakpointB: Math.min(0.99, clampProbability(input.attackerBreakpoint)),
      maxDurationHours: input.maxHours > 0 ? input.maxHours : 0,
    },
    rng,
  );
  // The group is stopped only if it broke; a draw (both broke) is a repulse: it did not get through.
  const repulsed = battle.outcome === 'A-wins' || battle.outcome === 'draw';
  // Casualties fall on the two contingents in proportion to their size (rounded down for the
  // quick-reaction force, the rest to the sector's team), never more than either brought.
  let q = Math.min(nQ, Math.floor((battle.casualtiesA * nQ) / defenders));
  let l = battle.casualtiesA - q;
  if (l > nL) {
    q += l - nL;
    l = nL;
  }
  return {
    outcome: repulsed ? 'repulse' : 'breakthrough',
    localArrived,
    quickReactionArrived,
    defenders,
    localCasualties: l,
    quickReactionCasualties: q,
    attackerCasualties: battle.casualtiesB,
    battle,
  };
}
