/**
 * Phase 3 of a turn, the crossings: each actor's volume (attempts a week × the turn's weeks ×
 * intent × strength × season × deterrence) routed over the sectors by displacement from its
 * memory, then in each sector the crossing chain of people and loads (attempts → detected →
 * reached → interdicted → apprehended, model/crossings.ts) or, for armed groups, engagements
 * (engage.ts). Actors are played in scenario order; each reads the defence of the turn's start,
 * except that responders lost in one battle are not there for a later one.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { DRAW, linkCount, type CrossingCounts } from '../../model/crossings';
import { routeChoiceInto } from '../../model/displacement';
import { binomialQuantile } from '../../rng/distributions';
import type { CompiledActor, CompiledKind, CompiledScenario, CompiledSector } from '../compile';
import type { ActorChangePoint, MutableActor, MutableForce } from '../world';
import type { LogEntry } from '../results';
import { turnTables, type MonthMix } from '../turn-tables';
import { sortieKey, type StepContext } from './context';
import type { Defence } from './defend';
import type { ArrivalChances } from '../arrival-chances';
import { engageOver } from './engage';
import { loadPerAttempt, splitAttempts } from './split-loads';
import { addKindCounts, addSectorCounts, ARMED, M, NF, NK, REFUGEES, round, SMUGGLING } from './flows';
import { fadeMemory, learnFromCrossings, nothingCrossed } from './memories';
import type { TurnFrame } from './turn-frame';

const NO_TABLES: readonly Float64Array[] = [];

/** Plays every actor of the turn `t` against the defence `d`. */
export function crossPhase(t: TurnFrame, d: Defence): void {
  const { sc, ctx, turn, date, weeks, nS, log, arrays } = t;
  const { forces, actors, world } = t.w;
  const { pDetect, localDelay, qrfIndex, qrfDelay, complicity, localAvailable, localCondition } = arrays;
  const { sectorAcc, kindAcc, localRemaining, localLosses, qrfRemaining, qrfLosses, sorties, clashed, weights, lambda } = arrays;
  localRemaining.set(localAvailable);
  const closed = world !== null && world.flags.includes('border-closed');
  const open = world !== null && !closed && world.flags.includes('border-open');
  const tables = turnTables(sc);
  const arrivals = tables.arrivalChances();
  const frame: ActorFrame = {
    sc,
    ctx,
    turn,
    date,
    mix: d.mix,
    weeks,
    nS,
    log,
    forces,
    deterrence: arrays.deterrence,
    monthTables: d.monthTables,
    pMix: arrays.pMix,
    monthAccess: d.monthTables === null ? NO_TABLES : d.mix.months.map((m) => tables.access(m)),
    monthSeason: ctx.scratch.monthSeason,
    pDetect,
    sectorPDetect: pDetect,
    localDelay,
    qrfIndex,
    qrfDelay,
    complicity,
    access: d.access,
    localAvailable,
    localCondition,
    sectorAcc,
    kindAcc,
    localRemaining,
    localLosses,
    qrfRemaining,
    qrfLosses,
    sorties,
    clashed,
    weights,
    lambda,
    arrivals,
    arrival: arrivals.chances,
    closed,
    open,
    changedWithin: t.changedWithin,
  };
  for (const actor of sc.actors) {
    const live = actors[actor.index];
    if (live) playActor(frame, actor, live);
  }
}

/** What the actors of a turn share: the defence of each sector and the turn's accumulators. */
export interface ActorFrame {
  readonly sc: CompiledScenario;
  readonly ctx: StepContext;
  readonly turn: number;
  readonly date: string;
  /** The turn's calendar months, with the seasonal tables over its days. */
  readonly mix: MonthMix;
  readonly weeks: number;
  readonly nS: number;
  readonly log: LogEntry[];
  readonly forces: MutableForce[];
  /** The deterrence factor of each actor kind this turn (by kind index). */
  readonly deterrence: Float64Array;
  /** For a turn across months: each month's detection probability by sector (else null). */
  readonly monthTables: readonly Float64Array[] | null;
  /** Scratch for one actor's detection probabilities over such a turn. */
  readonly pMix: Float64Array;
  /** For such a turn: each month's access by sector, and (scratch) each month's weight for one actor. */
  readonly monthAccess: readonly Float64Array[];
  readonly monthSeason: Float64Array;
  /** Each sector's detection probability over the turn (what the turn reports). */
  readonly sectorPDetect: Float64Array;
  /** The detection probability the current actor's attempts meet, by sector (sectorPDetect, or its month mix). */
  pDetect: Float64Array;
  readonly localDelay: Float64Array;
  readonly qrfIndex: Int32Array;
  readonly qrfDelay: Float64Array;
  readonly complicity: Float64Array;
  readonly access: Float64Array;
  readonly localAvailable: Float64Array;
  readonly localCondition: Float64Array;
  readonly sectorAcc: Float64Array;
  readonly kindAcc: Float64Array;
  readonly localRemaining: Float64Array;
  readonly localLosses: Float64Array;
  readonly qrfRemaining: Float64Array;
  readonly qrfLosses: Float64Array;
  readonly sorties: Float64Array;
  readonly clashed: Uint8Array;
  readonly weights: Float64Array;
  readonly lambda: Float64Array;
  /** The responders' arrival chances by (sector, kind), see {@link arrivalProbabilities}. */
  readonly arrivals: ArrivalChances;
  /** Their values: `arrivals.chances`. */
  readonly arrival: Float64Array;
  /** Refugee policy flags of the turn. */
  readonly closed: boolean;
  readonly open: boolean;
  /** Actors whose intent or strength changed within the turn (dynamics.ts), or null. */
  readonly changedWithin: TurnFrame['changedWithin'];
}

/**
 * Intent × strength ratio of an actor over the turn when an event changed them on a day within
 * it: the mean over the turn's days (the attempts add up day by day).
 */
function meanActivity(points: readonly ActorChangePoint[], turnLengthDays: number, fullStrength: number): number {
  let mean = 0;
  for (let j = 0; j < points.length; j++) {
    const p = points[j] as ActorChangePoint;
    const end = j + 1 < points.length ? (points[j + 1] as ActorChangePoint).day : turnLengthDays;
    mean += ((end - p.day) / turnLengthDays) * p.intent * (fullStrength > 0 ? p.strength / fullStrength : 0);
  }
  return mean;
}

/**
 * The chances that the local team and the nearest quick-reaction force arrive in time for actor
 * kind `k` in sector `s`, and that either does: `f.arrival[i]`, `[i + 1]` and `[i + 2]` for the
 * index i returned. They depend on the sector's delays and the kind's clearance time only, so
 * they are kept from turn to turn until the delays change (engine/arrival-chances.ts).
 */
export function arrivalProbabilities(f: ActorFrame, k: number, s: number): number {
  return f.arrivals.at(f.localDelay, f.qrfIndex, f.qrfDelay, s, k);
}

/**
 * The weights of an actor over a turn across months, and the detection its attempts meet: the
 * attempts of a day follow its season and each sector's access that day, so sector s gets
 * presence × Σ_k share_k × season(m_k) × access_k(s) of them and meets Σ_k ω_k P_k(s) / Σ_k ω_k
 * with ω_k = share_k × season(m_k) × access_k(s): the day-by-day sums, month by month.
 * Writes the weights to `out` and the chances to `f.pMix`; returns the weights' sum.
 */
function mixedWeights(f: ActorFrame, actor: number, presence: ArrayLike<number>, out: Float64Array): number {
  const { mix, monthAccess, monthSeason, pMix, sectorPDetect, nS } = f;
  const tables = f.monthTables as readonly Float64Array[];
  const K = mix.months.length;
  const seasons = turnTables(f.sc);
  for (let k = 0; k < K; k++) monthSeason[k] = (mix.shares[k] as number) * (seasons.seasons(mix.months[k] as number)[actor] as number);
  let total = 0;
  for (let s = 0; s < nS; s++) {
    let w = 0;
    let p = 0;
    for (let k = 0; k < K; k++) {
      const omega = (monthSeason[k] as number) * ((monthAccess[k] as Float64Array)[s] as number);
      w += omega;
      p += omega * ((tables[k] as Float64Array)[s] as number);
    }
    pMix[s] = w > 0 ? p / w : (sectorPDetect[s] as number);
    const x = (presence[s] ?? 0) * w;
    out[s] = x;
    total += x;
  }
  return total;
}

/**
 * One actor's turn: its volume routed over the sectors (displacement), then in each sector its
 * crossings or engagements, its memories of interdiction, and its losses.
 */
export function playActor(f: ActorFrame, actor: CompiledActor, live: MutableActor): void {
  const { sc, ctx, turn, mix, weeks, nS, access, weights, lambda } = f;
  const kind = sc.kinds[actor.kindIndex];
  if (!kind) return;
  const k = actor.kindIndex;
  const strengthRatio = actor.strength > 0 ? live.strength / actor.strength : 0;
  // Over a turn across months, the attempts follow the actor's season and each sector's access
  // day by day: the weights then carry both (mixedWeights), and the volume neither.
  const mixed = f.monthTables !== null;
  const season = mixed ? 1 : mix.season(actor.index);
  const changed = f.changedWithin?.get(actor.index);
  const volume =
    changed === undefined
      ? actor.attemptsPerWeek * weeks * live.intent * strengthRatio * season * (f.deterrence[k] as number)
      : actor.attemptsPerWeek * weeks * meanActivity(changed, sc.turnLengthDays, actor.strength) * season * (f.deterrence[k] as number);
  let totalWeight = 0;
  // Red's standing orders (orders.ts, route and tempo): absent unless red gave one.
  const tempo = live.tempo ?? 1;
  const route = live.route;
  const presence = route === undefined ? (live.presence ?? actor.sectorShare) : routed(live.presence ?? actor.sectorShare, route, ctx.scratch);
  if (mixed) {
    totalWeight = mixedWeights(f, actor.index, presence, weights);
    f.pDetect = f.pMix;
  } else {
    f.pDetect = f.sectorPDetect;
    for (let s = 0; s < nS; s++) {
      const w = (presence[s] ?? 0) * (access[s] ?? 0);
      weights[s] = w;
      totalWeight += w;
    }
  }
  // Displacement: the logit over remembered interdiction rates re-routes the same volume.
  const theta = actor.displacementSensitivity;
  if (theta > 0 && totalWeight > 0) {
    const shares = routeChoiceInto(weights, live.perceived, theta, lambda);
    for (let s = 0; s < nS; s++) lambda[s] = tempo * volume * totalWeight * (shares[s] as number);
  } else {
    for (let s = 0; s < nS; s++) lambda[s] = tempo * volume * (weights[s] ?? 0);
  }
  // Red's split loads (split-loads.ts): more, smaller loads; absent unless red gave the order.
  const split = live.split;
  if (split !== undefined) splitAttempts(lambda, split, nS);
  // The turn's uniforms of every sector with attempts possible, drawn in one pass (rng/stream-blocks.ts);
  // sector s's block is at (actor.index·nS + s)·K of the table, each link's uniform at its place (DRAW).
  ctx.crossingStreams.prepare(actor.index * nS, nS, turn, lambda);
  const tally = ctx.scratch.actorTally;
  tally.remaining = live.strength;
  tally.losses = 0;
  // Armed groups fight what detects them (engage.ts); people and loads go down the chain.
  if (k === ARMED) engageOver(f, actor, kind, live, tally);
  else crossOver(f, actor, kind, live);
  const lost = Math.min(live.strength, tally.losses);
  live.strength = live.strength - lost;
  live.casualties = live.casualties + lost;
}

/**
 * The crossings of one actor of people or loads (smuggling, refugees, recruits) over the sectors
 * in one turn: in each sector with attempts possible, the attempts from u₁ of the sector's block,
 * the rest of the five-link chain ({@link crossChain}), then the flows and the actor's memory
 * of the sector.
 */
function crossOver(f: ActorFrame, actor: CompiledActor, kind: CompiledKind, live: MutableActor): void {
  const { sc, ctx, nS, lambda, sectorAcc, kindAcc } = f;
  const k = actor.kindIndex;
  const blocks = ctx.crossingStreams;
  const uniforms = blocks.uniforms;
  const K = blocks.drawsPerTurn;
  const first = actor.index * nS;
  const attemptMemo = ctx.scratch.attempts(sc.actors.length * nS);
  const split = live.split;
  // The actor's counts over its sectors, added to its kind's once: they are integers, so the
  // sum is exact in any order (the kg and people flows are added pair by pair, in order).
  let allAttempts = 0;
  let allDetected = 0;
  let allInterdicted = 0;
  let allGotAway = 0;
  let allApprehended = 0;
  let allTurnedBack = 0;
  // The load and people flows are not integers: they are added to the kind in sector order, as
  // one running sum from the kind's value so far (the same additions, in the same order).
  const { loadKg, groupSize } = actor;
  let kgSeized = kindAcc[M.kgSeized * NK + k] as number;
  let kgThrough = kindAcc[M.kgThrough * NK + k] as number;
  let kgAttempted = kindAcc[M.kgAttempted * NK + k] as number;
  let received = kindAcc[M.refugeesReceived * NK + k] as number;
  let sentBack = kindAcc[M.refugeesTurnedBack * NK + k] as number;
  for (let s = 0; s < nS; s++) {
    if (!((lambda[s] as number) > 0)) {
      fadeMemory(live, sc, s);
      continue;
    }
    const at0 = (first + s) * K;
    const tried = attemptMemo.drawAt(uniforms, at0 + DRAW.attempts, lambda, s, first + s);
    if (tried === 0) {
      nothingCrossed(live, sc, s);
      continue;
    }
    const c = crossChain(f, actor, kind, s, uniforms, at0, tried);
    const { detected, interdicted, apprehended, turnedBack, gotAway } = c;
    addSectorCounts(sectorAcc, s, tried, detected, interdicted, gotAway, apprehended, turnedBack);
    allAttempts += tried;
    allDetected += detected;
    allInterdicted += interdicted;
    allGotAway += gotAway;
    allApprehended += apprehended;
    allTurnedBack += turnedBack;
    const at = s * NF;
    if (k === SMUGGLING) {
      const load = split === undefined ? loadKg : loadPerAttempt(loadKg, split, s);
      const seized = interdicted * load;
      const through = gotAway * load;
      sectorAcc[at + M.kgSeized] = (sectorAcc[at + M.kgSeized] as number) + seized;
      sectorAcc[at + M.kgThrough] = (sectorAcc[at + M.kgThrough] as number) + through;
      sectorAcc[at + M.kgAttempted] = (sectorAcc[at + M.kgAttempted] as number) + (seized + through);
      kgSeized += seized;
      kgThrough += through;
      kgAttempted += seized + through;
    } else if (k === REFUGEES) {
      const people = apprehended * groupSize;
      const back = turnedBack * groupSize;
      sectorAcc[at + M.refugeesReceived] = (sectorAcc[at + M.refugeesReceived] as number) + people;
      sectorAcc[at + M.refugeesTurnedBack] = (sectorAcc[at + M.refugeesTurnedBack] as number) + back;
      received += people;
      sentBack += back;
    }
    learnFromCrossings(live, sc, s, interdicted, tried);
  }
  addKindCounts(kindAcc, k, allAttempts, allDetected, allInterdicted, allGotAway, allApprehended, allTurnedBack);
  kindAcc[M.kgSeized * NK + k] = kgSeized;
  kindAcc[M.kgThrough * NK + k] = kgThrough;
  kindAcc[M.kgAttempted * NK + k] = kgAttempted;
  kindAcc[M.refugeesReceived * NK + k] = received;
  kindAcc[M.refugeesTurnedBack * NK + k] = sentBack;
}

/**
 * The chain after its first link, for `tried` attempts (at least one) of the current actor in
 * sector `s`: link i from its uniform `uniforms[at0 + i]` (DRAW) and its probability, into the
 * scratch counts; then the sorties it caused, and the log.
 *
 * Written for V8's inliner (docs/performance.md, changes 60 and 64). The links are one loop
 * with one call of {@link linkCount}, so that V8 inlines the walk once here (four calls of it
 * did not fit its inlining budget, and each then boxed its two doubles). And this function must
 * stay out of {@link crossOver}: inlined there, the walk no longer fits crossOver's budget. V8
 * inlines no function of more than 460 bytes of bytecode; this one is over with the sorties
 * written in (653), and was just under without (443-450: inlined in some processes and not in
 * others, whose runs then took 1.1-1.2x as long). Keep it over
 * (tests/package/inlining-limits.test.ts).
 */
function crossChain(f: ActorFrame, actor: CompiledActor, kind: CompiledKind, s: number, uniforms: Float64Array, at0: number, tried: number): CrossingCounts {
  const ctx = f.ctx;
  const k = actor.kindIndex;
  const p = ctx.scratch.chain;
  p[0] = f.pDetect[s] as number;
  let ai = -1;
  let n = tried;
  let detected = 0;
  let reached = 0;
  let interdicted = 0;
  let apprehended = 0;
  // Link i of the four after the attempts (detect, response, stop, apprehend) reads
  // uniforms[at0 + DRAW.detect + i]: DRAW places them at 1-4, in the chain's order.
  for (let i = 0; i < 4 && n > 0; i++) {
    n = linkCount(uniforms[at0 + DRAW.detect + i] as number, n, p[i] as number);
    if (i === 0) {
      detected = n;
      if (n === 0) break;
      // The response's chances matter only to a detected attempt (and to the log).
      ai = arrivalProbabilities(f, k, s);
      p[1] = f.arrival[ai + 2] as number;
      p[2] = k === SMUGGLING ? 1 - (f.complicity[s] ?? 0) : 1;
      p[3] = k === REFUGEES && (f.closed || f.open) ? (f.open ? 1 : 0) : kind.apprehendShare;
    } else if (i === 1) reached = n;
    else if (i === 2) interdicted = n;
    else apprehended = n;
  }
  const out = ctx.scratch.counts;
  out.attempts = tried;
  out.detected = detected;
  out.reached = reached;
  out.interdicted = interdicted;
  out.apprehended = apprehended;
  out.turnedBack = interdicted - apprehended;
  out.gotAway = tried - interdicted;
  // The sorties of the nearest quick-reaction force among the reached attempts: each was
  // reached by the force with P(force | reached) = p_qrf / p_response (the two arrivals are
  // independent, §5), so the sorties are Binomial⁻¹(u; reached, p_qrf / p_response), u one
  // uniform of the child stream `sortie/<sector>/<actor>` for the turn: none of the chain's
  // draws moves. Each costs the force's sortie cost and, for a released unit, its sovereignty
  // per sortie (§16).
  const qi = f.qrfIndex[s] as number;
  if (reached > 0 && qi >= 0) {
    const pQrf = f.arrival[ai + 1] as number;
    const pResponse = f.arrival[ai + 2] as number;
    if (pQrf > 0 && pResponse > 0) {
      const share = Math.min(1, pQrf / pResponse);
      const sorties = share >= 1 ? reached : binomialQuantile(ctx.streams.child(sortieKey(ctx, actor.index, s), f.turn).next(), reached, share);
      f.sorties[qi] = (f.sorties[qi] ?? 0) + sorties;
    }
  }
  if (ctx.log) logCrossings(f, actor, s, ai < 0 ? arrivalProbabilities(f, k, s) : ai, out);
  return out;
}

/** The log entry of one actor's crossings in one sector and turn (people or loads). */
function logCrossings(f: ActorFrame, actor: CompiledActor, s: number, ai: number, c: CrossingCounts): void {
  const { sc, turn, date, log, complicity } = f;
  const k = actor.kindIndex;
  const sector = sc.sectors[s] as CompiledSector;
  const mean = f.lambda[s] as number;
  const pD = f.pDetect[s] as number;
  const pLocal = f.arrival[ai] as number;
  const pQrf = f.arrival[ai + 1] as number;
  const pResponse = f.arrival[ai + 2] as number;
  log.push({
    turn,
    date,
    type: 'crossings',
    sector: sector.id,
    actor: actor.id,
    message:
      `${actor.name}: ${c.attempts} attempt(s) in ${sector.name}, ${c.detected} detected (p ${round(pD, 3)}), ` +
      `${c.reached} reached (p ${round(pResponse, 3)}), ${c.interdicted} stopped, ${c.gotAway} got away`,
    data: {
      meanAttempts: round(mean, 6),
      pDetect: round(pD, 6),
      pLocal: round(pLocal, 6),
      pQuickReaction: round(pQrf, 6),
      pResponse: round(pResponse, 6),
      complicity: k === SMUGGLING ? round(complicity[s] ?? 0, 6) : 0,
      ...c,
    },
  });
}

/**
 * The presence weights of an actor under red's route order: presence(s) × route(s). Written to
 * a scratch array (only actors with a route order come here).
 */
function routed(presence: ArrayLike<number>, route: readonly number[], scratch: { routed?: Float64Array }): Float64Array {
  const n = presence.length;
  let out = scratch.routed;
  if (out === undefined || out.length !== n) out = scratch.routed = new Float64Array(n);
  for (let s = 0; s < n; s++) out[s] = (presence[s] ?? 0) * (route[s] ?? 1);
  return out;
}
