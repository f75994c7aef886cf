/**
 * The engagements of a turn: the armed groups of one actor in one sector, detected and then
 * fought one by one (a stochastic Lanchester battle each, model/engagement.ts) up to a bound,
 * the rest in the same proportions. Responders and fighters lost in one battle are not there for
 * the next.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { detectionsInto, DRAW, type CrossingCounts } from '../../model/crossings';
import { extrapolateEngagements, MAX_BATTLES_PER_SECTOR_TURN, resolveEngagement, type EngagementResult, type EngagementTally } from '../../model/engagement';
import { effectiveAttritionRate } from '../../model/forces';
import type { Rng } from '../../rng/rng';
import type { CompiledActor, CompiledKind, CompiledSector } from '../compile';
import type { MutableActor, MutableForce } from '../world';
import { battleKey, crossingStream, type StepContext } from './context';
import { arrivalProbabilities, type ActorFrame } from './cross';
import { addFlow, addKindCounts, addSectorCounts, M, round } from './flows';
import { fadeMemory, learnFromCrossings, nothingCrossed } from './memories';

/** An actor's strength left and losses during a turn's engagements. */
type Own = { remaining: number; losses: number };

/** The chances the responders of one sector arrive in time for one actor kind (cross.ts, arrivalProbabilities). */
interface Chances {
  readonly pLocal: number;
  readonly pQuickReaction: number;
  /** The local guards' condition: (1 − fatigue) × quality, by head count (0 with none). */
  readonly condition: number;
}

/**
 * The engagements of one armed actor over the sectors in one turn: in each sector with attempts
 * possible, its groups' attempts from u₁ of the sector's block, then {@link engageArmedGroups},
 * the flows and the actor's memory of the sector. Its strength left and losses go to `own`.
 */
export function engageOver(f: ActorFrame, actor: CompiledActor, kind: CompiledKind, live: MutableActor, own: Own): void {
  const { sc, ctx, turn, nS, lambda, sectorAcc, kindAcc } = f;
  const blocks = ctx.crossingStreams;
  const uniforms = blocks.uniforms;
  const K = blocks.drawsPerTurn;
  const first = actor.index * nS;
  const attemptMemo = ctx.scratch.attempts(sc.actors.length * nS);
  const counts = ctx.scratch.counts;
  // The actor's counts over its sectors, added to its kind's once (integers: exact in any order).
  let allAttempts = 0;
  let allDetected = 0;
  let allInterdicted = 0;
  let allGotAway = 0;
  let allApprehended = 0;
  let allTurnedBack = 0;
  // Each sector starts as in crossOver's loop (cross.ts), written out in both: one helper for
  // the two measured 1.07x at 12 and 1,200 toy sectors (11 alternating rounds).
  for (let s = 0; s < nS; s++) {
    if (!((lambda[s] as number) > 0)) {
      fadeMemory(live, sc, s);
      continue;
    }
    const tried = attemptMemo.drawAt(uniforms, (first + s) * K + DRAW.attempts, lambda, s, first + s);
    if (tried === 0) {
      nothingCrossed(live, sc, s);
      continue;
    }
    engageArmedGroups(f, actor, kind, s, afterAttempts(ctx, actor.index, s, turn), tried, own, counts);
    const { attempts, detected, interdicted, gotAway, apprehended, turnedBack } = counts;
    addSectorCounts(sectorAcc, s, attempts, detected, interdicted, gotAway, apprehended, turnedBack);
    allAttempts += attempts;
    allDetected += detected;
    allInterdicted += interdicted;
    allGotAway += gotAway;
    allApprehended += apprehended;
    allTurnedBack += turnedBack;
    learnFromCrossings(live, sc, s, interdicted, attempts);
  }
  addKindCounts(kindAcc, actor.kindIndex, allAttempts, allDetected, allInterdicted, allGotAway, allApprehended, allTurnedBack);
}

/**
 * The crossing stream of (actor, sector) for `turn`, past u₁ (the attempts, which engageOver read
 * from the block): the engagements draw from there.
 */
function afterAttempts(ctx: StepContext, actor: number, s: number, turn: number): Rng {
  const rng = crossingStream(ctx, actor, s, turn);
  rng.next();
  return rng;
}

/**
 * The armed groups of one actor in one sector and turn: the `tried` attempts (u1, drawn by
 * engageOver; at least one) and their detections (u2), then each detected group engaged one by
 * one up to a bound ({@link fightOne}), the rest in the same proportions
 * ({@link extrapolateRest}). Writes the counts to `out` and the actor's strength left and
 * losses to `own`.
 */
export function engageArmedGroups(
  f: ActorFrame,
  actor: CompiledActor,
  kind: CompiledKind,
  s: number,
  rng: Rng,
  tried: number,
  own: Own,
  out: CrossingCounts,
): void {
  const pD = f.pDetect[s] as number;
  const { attempts, detected } = detectionsInto(tried, pD, rng, out);
  if (detected === 0 && !f.ctx.log) {
    // No group to engage: all that tried got through, and there is no log.
    out.interdicted = 0;
    out.gotAway = attempts;
    out.apprehended = 0;
    out.turnedBack = 0;
    return;
  }
  const k = actor.kindIndex;
  // Fought one by one up to a bound; beyond it, in proportion (bounded work a turn).
  const fought = Math.min(detected, MAX_BATTLES_PER_SECTOR_TURN);
  // The responders' chances (only a detected group, or the log, needs them).
  const ai = fought > 0 || f.ctx.log ? arrivalProbabilities(f, k, s) : -1;
  const available = f.localAvailable[s] ?? 0;
  const chances: Chances = {
    pLocal: ai >= 0 ? (f.arrival[ai] as number) : 0,
    pQuickReaction: ai >= 0 ? (f.arrival[ai + 1] as number) : 0,
    condition: available > 0 ? (f.localCondition[s] ?? 0) / (f.localAvailable[s] ?? 1) : 0,
  };
  let interdicted = 0;
  let gotAway = attempts - detected;
  let clashes = 0;
  const tally = resetTally(f.ctx.scratch.engagementTally, fought);
  for (let j = 0; j < fought; j++) {
    const outcome = fightOne(f, actor, kind, s, j, chances, own, tally);
    if (outcome === 'repulse') interdicted += 1;
    else gotAway += 1;
    if (outcome !== 'evaded') clashes += 1;
  }
  if (detected > fought) {
    const x = extrapolateRest(f, actor, s, detected, own, tally);
    gotAway += x.evaded + x.breakthroughs;
    interdicted += x.repulses;
    clashes += x.repulses + x.breakthroughs;
  }
  if (clashes > 0) {
    f.clashed[s] = 1;
    addFlow(f.sectorAcc, f.kindAcc, M.clashes, s, k, clashes);
  }
  out.attempts = attempts;
  out.detected = detected;
  out.interdicted = interdicted;
  out.gotAway = gotAway;
  // A repulsed group is turned back; none is apprehended.
  out.apprehended = 0;
  out.turnedBack = interdicted;
  if (f.ctx.log && attempts > 0) {
    const sector = f.sc.sectors[s] as CompiledSector;
    const { pLocal, pQuickReaction } = chances;
    f.log.push({
      turn: f.turn,
      date: f.date,
      type: 'crossings',
      sector: sector.id,
      actor: actor.id,
      message: `${actor.name}: ${attempts} group(s) tried to cross in ${sector.name}, ${detected} detected (p ${round(pD, 3)}), ${interdicted} repulsed, ${gotAway} got through`,
      data: {
        meanAttempts: round(f.lambda[s] as number, 6),
        pDetect: round(pD, 6),
        pLocal: round(pLocal, 6),
        pQuickReaction: round(pQuickReaction, 6),
        attempts,
        detected,
        interdicted,
        gotAway,
      },
    });
  }
}

function resetTally(tally: EngagementTally, fought: number): EngagementTally {
  tally.fought = fought;
  tally.evaded = 0;
  tally.repulses = 0;
  tally.breakthroughs = 0;
  tally.localCasualties = 0;
  tally.quickReactionCasualties = 0;
  tally.attackerCasualties = 0;
  tally.sorties = 0;
  return tally;
}

/**
 * The `j`-th detected group of one actor in sector `s` this turn, fought against the responders
 * still standing (a battle of its own child stream, `battle/<sector>/<actor>/<j>`): sorties,
 * casualties and flows booked, the tally kept, the clash logged. Returns its outcome.
 */
function fightOne(
  f: ActorFrame,
  actor: CompiledActor,
  kind: CompiledKind,
  s: number,
  j: number,
  chances: Chances,
  own: Own,
  tally: EngagementTally,
): EngagementResult['outcome'] {
  const { sc, ctx, forces, localRemaining, qrfRemaining, sorties } = f;
  const k = actor.kindIndex;
  const qi = f.qrfIndex[s] as number;
  const qf = qi >= 0 ? (forces[qi] as MutableForce) : null;
  const nL = Math.min(sc.response.respondersPerIncident, Math.floor(localRemaining[s] ?? 0));
  const nQ = qf ? Math.min(sc.response.quickReactionRespondersPerIncident, Math.floor(qrfRemaining[qi] ?? 0)) : 0;
  const qCondition = qf ? (1 - qf.fatigue) * qf.quality : 0;
  // The guards' rate: their base rate × (1 − fatigue) × quality × posture, averaged over the
  // two contingents by head count (readiness already decided how many could come).
  const headcount = nL + nQ;
  const mix = headcount > 0 ? (nL * chances.condition + nQ * qCondition) / headcount : 0;
  const alpha = effectiveAttritionRate(sc.engagement.defenderFireRatePerHour, 1, 0, mix, sc.engagement.defenderPostureMultiplier);
  const eng = resolveEngagement(
    {
      pLocal: chances.pLocal,
      pQuickReaction: chances.pQuickReaction,
      localResponders: nL,
      quickReactionResponders: nQ,
      defenderRatePerHour: alpha,
      attackerStrength: Math.min(actor.groupSize, Math.floor(own.remaining)),
      attackerRatePerHour: kind.fireRatePerHour,
      law: kind.law,
      defenderBreakpoint: sc.engagement.defenderBreakpointFraction,
      attackerBreakpoint: kind.breakpointFraction,
      maxHours: kind.engagementMaxHours,
    },
    ctx.streams.child(battleKey(ctx, actor.index, s, j), f.turn),
  );
  if (eng.quickReactionArrived && qi >= 0 && nQ > 0) {
    sorties[qi] = (sorties[qi] ?? 0) + 1;
    tally.sorties += 1;
  }
  if (eng.outcome === 'evaded') {
    tally.evaded += 1;
    return eng.outcome;
  }
  tally.localCasualties += eng.localCasualties;
  tally.quickReactionCasualties += eng.quickReactionCasualties;
  tally.attackerCasualties += eng.attackerCasualties;
  bookCasualties(f, s, qi, k, eng.localCasualties, eng.quickReactionCasualties, eng.attackerCasualties, own);
  if (eng.outcome === 'repulse') {
    tally.repulses += 1;
    addFlow(f.sectorAcc, f.kindAcc, M.repulses, s, k, 1);
  } else {
    tally.breakthroughs += 1;
    addFlow(f.sectorAcc, f.kindAcc, M.breakthroughs, s, k, 1);
  }
  if (ctx.log && eng.battle) logClash(f, actor, kind, s, chances, alpha, eng);
  return eng.outcome;
}

/** Casualties of a clash in sector `s`: the responders standing and lost, the attackers', and the flows. */
function bookCasualties(f: ActorFrame, s: number, qi: number, k: number, local: number, quickReaction: number, attackers: number, own: Own): void {
  f.localRemaining[s] = (f.localRemaining[s] ?? 0) - local;
  f.localLosses[s] = (f.localLosses[s] ?? 0) + local;
  if (qi >= 0) {
    f.qrfRemaining[qi] = (f.qrfRemaining[qi] ?? 0) - quickReaction;
    f.qrfLosses[qi] = (f.qrfLosses[qi] ?? 0) + quickReaction;
  }
  own.remaining -= attackers;
  own.losses += attackers;
  addFlow(f.sectorAcc, f.kindAcc, M.casualtiesForces, s, k, local + quickReaction);
  addFlow(f.sectorAcc, f.kindAcc, M.casualtiesActors, s, k, attackers);
}

function logClash(f: ActorFrame, actor: CompiledActor, kind: CompiledKind, s: number, chances: Chances, alpha: number, eng: EngagementResult): void {
  const b = eng.battle;
  if (!b) return;
  const sector = f.sc.sectors[s] as CompiledSector;
  f.log.push({
    turn: f.turn,
    date: f.date,
    type: 'clash',
    sector: sector.id,
    actor: actor.id,
    message:
      `${actor.name} vs ${eng.defenders} guards in ${sector.name}: ${eng.outcome} after ${round(b.durationHours, 2)} h ` +
      `(${kind.law} law; guards lost ${b.casualtiesA}, group lost ${b.casualtiesB} of ${b.casualtiesB + b.b})`,
    data: {
      law: kind.law,
      localArrived: eng.localArrived ? 1 : 0,
      quickReactionArrived: eng.quickReactionArrived ? 1 : 0,
      pLocal: round(chances.pLocal, 6),
      pQuickReaction: round(chances.pQuickReaction, 6),
      defenders: eng.defenders,
      attackers: b.casualtiesB + b.b,
      alphaPerHour: round(alpha, 6),
      betaPerHour: kind.fireRatePerHour,
      defendersLeft: b.a,
      attackersLeft: b.b,
      casualtiesForces: b.casualtiesA,
      casualtiesActors: b.casualtiesB,
      durationHours: b.durationHours,
      battleOutcome: b.outcome,
      method: b.method,
      outcome: eng.outcome,
    },
  });
}

/**
 * The detected groups beyond the bound, resolved in the proportions of those fought
 * (model/engagement.ts, extrapolateEngagements), with their casualties and flows booked.
 */
function extrapolateRest(
  f: ActorFrame,
  actor: CompiledActor,
  s: number,
  detected: number,
  own: Own,
  tally: EngagementTally,
): ReturnType<typeof extrapolateEngagements> {
  const k = actor.kindIndex;
  const qi = f.qrfIndex[s] as number;
  const fought = tally.fought;
  const x = extrapolateEngagements(tally, detected - fought, {
    local: f.localRemaining[s] ?? 0,
    quickReaction: qi >= 0 ? (f.qrfRemaining[qi] ?? 0) : 0,
    attackers: own.remaining,
  });
  bookCasualties(f, s, qi, k, x.localCasualties, x.quickReactionCasualties, x.attackerCasualties, own);
  if (qi >= 0) f.sorties[qi] = (f.sorties[qi] ?? 0) + x.sorties;
  addFlow(f.sectorAcc, f.kindAcc, M.repulses, s, k, x.repulses);
  addFlow(f.sectorAcc, f.kindAcc, M.breakthroughs, s, k, x.breakthroughs);
  if (f.ctx.log) {
    const sector = f.sc.sectors[s] as CompiledSector;
    f.log.push({
      turn: f.turn,
      date: f.date,
      type: 'clash-extrapolated',
      sector: sector.id,
      actor: actor.id,
      message:
        `${actor.name} in ${sector.name}: ${detected} groups detected; ${fought} fought one by one, ` +
        `the other ${detected - fought} resolved in the same proportions (${x.repulses} repulsed, ${x.breakthroughs} broke through, ${x.evaded} evaded)`,
      data: { detected, fought, ...x },
    });
  }
  return x;
}
