/**
 * One turn: read the state, compute every force's, sector's and actor's outcome on plain locals
 * and typed arrays, and write the new state back in a single immer `produce`
 * (docs/architecture.md, "State": assigning whole records once is about five times cheaper than
 * touching many fields through the draft).
 *
 * Order within a turn (docs/model.md §10):
 * 1. movement: units due to leave leave, units due to arrive arrive;
 * 2. the defence of each sector from the units on station: detection probability, the local
 *    reaction team's delay, the nearest quick-reaction force and its delay;
 * 3. each actor's attempts, routed over sectors (displacement), detected, reached, stopped;
 *    detected armed groups are engaged (stochastic Lanchester battles);
 * 4. casualties on both sides, memories of interdiction, fatigue, readiness, assistance;
 * 5. metrics.
 * Every decision reads the state at the start of the turn, so the order in which actors and
 * sectors are visited never matters, except that responders and fighters lost in one battle
 * are not available for a later battle of the same turn (processed in scenario order).
 *
 * @module
 */
import type { Patch } from 'immer';
import { attemptsFrom, CROSSING_DRAWS, detectionsInto, resolveDetectedInto, type CrossingCounts } from '../model/crossings';
import { rememberedRate, routeChoiceInto, smoothInterdictionRate } from '../model/displacement';
import { extrapolateEngagements, MAX_BATTLES_PER_SECTOR_TURN, resolveEngagement, type EngagementTally } from '../model/engagement';
import { assistanceGrowth, effectiveAttritionRate, movementTurns, rotatedFatigue, updateFatigue, updateReadiness } from '../model/forces';
import { compoundPerWeek, DAYS_PER_WEEK, relaxationMeanFactor } from '../model/time';
import { roadDistanceKm } from '../model/geography';
import { arrivalInTimeProbability, responseProbability } from '../model/interdiction';
import { clashInWindow } from '../model/metrics';
import { deterrenceFactor } from '../model/pressure';
import { localResponseDelayHours } from '../model/response';
import type { SectorDetection } from '../model/sector-detection';
import { turnCostUsd } from '../model/cost';
import type { Rng } from '../rng/rng';
import { binomialQuantile } from '../rng/distributions';
import type { KeyedStream, RandomStreams } from '../rng/streams';
import { ACTOR_KINDS } from '../scenario/vocabulary';
import type { Order } from '../scenario/schema';
import type { CompiledScenario } from './compile';
import { FLOW_METRICS, type LogEntry, type TurnRecord } from './results';
import type { ForceSpec, SimState } from './state';
import { decide, drillDaysInTurn, mutableWorld, type ActorChangePoint, scenarioWithParameters, type MutableActor, type MutableForce, type MutableSector, type MutableWorld, type PolicyFunction, type Working, worldJson } from './dynamics';
import type { CompiledActor, CompiledForce, CompiledKind, CompiledSector } from './compile';
import { TurnScratch } from './scratch';
import { turnRecord, type TurnOutcome } from './turn-record';
import { turnTables, type MonthMix } from './turn-tables';
import type { StationIndex } from './spatial';
import type { RunState } from './kernel/run-state';
import { nextState, stateOf, workingCopy } from './view';

/** Everything a turn needs besides the state. Built once per run by {@link createStepContext}. */
export interface StepContext {
  readonly scenario: CompiledScenario;
  readonly streams: RandomStreams;
  /** Write log entries (off in Monte Carlo, where nobody reads them). */
  readonly log: boolean;
  /** Record per-sector metrics each turn (off when only totals are wanted). */
  readonly detail: boolean;
  /** Stream keys by [actor][sector], built once so that a turn allocates no strings. */
  readonly crossingKeys: readonly (readonly string[])[];
  /** Engagement stream keys by [actor][sector][group], grown on first use and kept for the run. */
  readonly battleKeys: string[][][];
  /** Sortie stream keys by [actor][sector], made on first use. */
  readonly sortieKeys: string[][];
  /** Force indices sorted by id: the order casualties are shared out in (independent of file order). */
  readonly forcesById: readonly number[];
  /** A policy function deciding orders each turn (docs/policies.md). */
  readonly policy?: { readonly name: string; readonly decide: PolicyFunction };
  /** Compiled scenarios with parameters changed by events, by the set of changes. */
  readonly variants: Map<string, CompiledScenario>;
  /** The turn's typed arrays, allocated once per run and cleared each turn. @internal */
  readonly scratch: TurnScratch;
  /** The crossing streams in use, by actor × sector (`actor * sectors + sector`). @internal */
  readonly crossingStreams: (KeyedStream | undefined)[];
  /** Each force's last location and its sector index (see {@link sectorOfForce}). @internal */
  readonly forceSectors: { readonly location: (string | undefined)[]; index: Int32Array };
  /** Deep-freeze each new state (immer's auto-freeze; default true). */
  readonly freeze: boolean;
}

/** What one turn produced. */
export interface StepOutcome {
  readonly state: SimState;
  readonly record: TurnRecord;
  readonly log: readonly LogEntry[];
  /** JSON patches from the given state to the new one (immer's `Patch`; `applyPatches` replays them). */
  readonly patches: readonly Patch[];
  /** JSON patches from the new state back to the given one (undo). */
  readonly inversePatches: readonly Patch[];
}

const NF = FLOW_METRICS.length;
const M = Object.fromEntries(FLOW_METRICS.map((m, i) => [m, i])) as Record<(typeof FLOW_METRICS)[number], number>;
const NK = ACTOR_KINDS.length;
const ARMED = ACTOR_KINDS.indexOf('armed-group');
const SMUGGLING = ACTOR_KINDS.indexOf('smuggling');
const REFUGEES = ACTOR_KINDS.indexOf('refugees');

/** Adds `v` to flow `metric` of sector `s` and of actor kind `k` (the turn's two accumulators). */
function addFlow(sectorAcc: Float64Array, kindAcc: Float64Array, metric: number, s: number, k: number, v: number): void {
  sectorAcc[s * NF + metric] = (sectorAcc[s * NF + metric] as number) + v;
  kindAcc[metric * NK + k] = (kindAcc[metric * NK + k] as number) + v;
}

/** The crossing counts of one actor, sector and turn, reused (read before the next draw). */
const counts: CrossingCounts = { attempts: 0, detected: 0, reached: 0, interdicted: 0, apprehended: 0, turnedBack: 0, gotAway: 0 };

/** What every run of a compiled scenario shares: stream keys and the order of its forces. */
interface RunPlan {
  readonly crossingKeys: readonly (readonly string[])[];
  readonly battleKeys: string[][][];
  readonly sortieKeys: string[][];
  readonly forcesById: readonly number[];
}

/** Run plans by compiled scenario, so that a Monte Carlo builds its keys once, not once a run. */
const plans = new WeakMap<CompiledScenario, RunPlan>();

function planOf(scenario: CompiledScenario): RunPlan {
  let plan = plans.get(scenario);
  if (plan === undefined) {
    const forcesById = scenario.forces.map((f) => f.index).sort((a, b) => {
      const x = scenario.forces[a]?.id ?? '';
      const y = scenario.forces[b]?.id ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    });
    plan = {
      crossingKeys: scenario.actors.map((a) => scenario.sectors.map((s) => `cross/${s.id}/${a.id}`)),
      battleKeys: scenario.actors.map(() => scenario.sectors.map(() => [])),
      sortieKeys: scenario.actors.map(() => []),
      forcesById,
    };
    plans.set(scenario, plan);
  }
  return plan;
}

/** Builds the per-run context of {@link step}. */
export function createStepContext(
  scenario: CompiledScenario,
  streams: RandomStreams,
  options: { log?: boolean; detail?: boolean; freeze?: boolean; policy?: { name: string; decide: PolicyFunction }; scratch?: TurnScratch } = {},
): StepContext {
  const plan = planOf(scenario);
  return {
    scenario,
    streams,
    log: options.log ?? true,
    detail: options.detail ?? true,
    crossingKeys: plan.crossingKeys,
    battleKeys: plan.battleKeys,
    sortieKeys: plan.sortieKeys,
    forcesById: plan.forcesById,
    ...(options.policy ? { policy: options.policy } : {}),
    variants: new Map(),
    scratch: options.scratch ?? new TurnScratch(),
    crossingStreams: new Array<KeyedStream | undefined>(scenario.actors.length * scenario.sectors.length),
    forceSectors: { location: [], index: new Int32Array(scenario.forces.length) },
    freeze: options.freeze ?? true,
  };
}

/** The crossing stream of (actor, sector), positioned at `turn`'s block. */
function crossingStream(ctx: StepContext, actor: number, sector: number, turn: number): Rng {
  const i = actor * ctx.scenario.sectors.length + sector;
  let s = ctx.crossingStreams[i];
  if (s === undefined) {
    s = ctx.streams.stream(ctx.crossingKeys[actor]?.[sector] ?? '', CROSSING_DRAWS);
    ctx.crossingStreams[i] = s;
  }
  return s.open(turn);
}

/**
 * The sector index of force i's location (undefined off the border), remembered with the
 * location it was found for: a unit stays put for most of a run, and on a long border the
 * lookup in the sector map is a cache miss for every unit, twice a turn.
 */
function sectorOfForce(ctx: StepContext, i: number, location: string): number | undefined {
  const memo = ctx.forceSectors;
  if (memo.location[i] === location) {
    const s = memo.index[i] as number;
    return s < 0 ? undefined : s;
  }
  const s = ctx.scenario.sectorIndex.get(location);
  if (i >= memo.index.length) {
    const grown = new Int32Array(Math.max(2 * memo.index.length, i + 1));
    grown.set(memo.index);
    memo.index = grown;
  }
  memo.location[i] = location;
  memo.index[i] = s ?? -1;
  return s;
}

/** The stream key of the sorties of a quick-reaction force against (actor, sector), made once a run plan. */
function sortieKey(ctx: StepContext, actor: number, sector: number): string {
  const row = ctx.sortieKeys[actor] as string[];
  return (row[sector] ??= `sortie/${ctx.scenario.sectors[sector]?.id ?? ''}/${ctx.scenario.actors[actor]?.id ?? ''}`);
}

function battleKey(ctx: StepContext, actor: number, sector: number, group: number): string {
  const list = ctx.battleKeys[actor]?.[sector] as string[];
  for (let j = list.length; j <= group; j++) {
    list.push(`battle/${ctx.scenario.sectors[sector]?.id ?? ''}/${ctx.scenario.actors[actor]?.id ?? ''}/${j}`);
  }
  return list[group] as string;
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/** @internal The kernel's run state (kernel/run-state.ts), by its former name. */
export type WorkingState = RunState;
export { workingCopy, stateOf };

/**
 * Plays one turn: a pure function of (state, ctx, orders). The turn's random streams are a
 * function of (seed, turn, key) (RandomStreams, KeyedStream.open), so the same state gives the
 * same next state, record and log whatever was stepped before, in any order, any number of
 * times, and after a JSON round trip. `state` is never changed; the new state shares every
 * record the turn left as it was, and `patches` say what changed (view.ts, nextState).
 *
 * @param orders - orders for this turn, applied after the policy function's (the state needs a
 *   world: `initialState(scenario, { world: true })`)
 * @throws TypeError for orders on a state without a world
 * @example
 * const ctx = createStepContext(compiled, new RandomStreams(7));
 * const { state, record, patches } = step(initialState(compiled), ctx);
 */
export function step(state: SimState, ctx: StepContext, orders?: readonly Order[]): StepOutcome {
  if (orders !== undefined && orders.length > 0 && state.world === undefined) {
    throw new TypeError('step: orders need a state with a world (initialState(scenario, { world: true }))');
  }
  const w = workingCopy(state, ctx.scenario);
  const out = playTurn(w, ctx, orders);
  const record = turnRecord(out, ctx.scenario, ctx.detail);
  const next = nextState(state, w, ctx.freeze);
  return { state: next.state, record, log: out.log, patches: next.patches, inversePatches: next.inversePatches };
}

/**
 * Plays one turn on `w`, in place.
 *
 * @internal
 */
export function playTurn(w: RunState, ctx: StepContext, orders?: readonly Order[]): TurnOutcome {
  const { streams } = ctx;
  let sc = ctx.scenario;
  const turn = w.turn;
  const calendar = turnTables(sc);
  const date = calendar.date(turn);
  const month = calendar.month(turn);
  const weeks = sc.turnLengthDays / 7;
  const nS = sc.sectors.length;
  const log: LogEntry[] = [];

  const forces = w.forces;
  const sectors = w.sectors;
  const liveActors = w.actors;
  const world = w.world;

  // ---- 0. Decisions: drills, events, policy rules, policy function (src/engine/dynamics.ts) ---
  let sovereigntyNow = 0;
  let changedWithin: Working['changedWithin'] = null;
  if (world !== null) {
    const working: Working = { sc, turn, date, month, forces, sectors, actors: liveActors, world, log: ctx.log ? log : null, streams, sovereigntyNow: 0, changedWithin: null };
    decide(working, ctx.policy, orders);
    sovereigntyNow = working.sovereigntyNow;
    changedWithin = working.changedWithin ?? null;
    sc = scenarioWithParameters(ctx.scenario, world.parameters, ctx.variants);
  }
  const nF = forces.length;
  // Units added during the run carry their own spec; scenario units may have one set by an order.
  const specs: readonly (CompiledForce | ForceSpec | undefined)[] = nF === sc.forces.length && !forces.some((f) => f.spec !== undefined) ? sc.forces : forces.map((f, i) => f.spec ?? sc.forces[i]);
  const forcesById = nF === sc.forces.length ? ctx.forcesById : forces.map((_, i) => i).sort((a, b) => ((forces[a] as MutableForce).id < (forces[b] as MutableForce).id ? -1 : 1));

  // ---- 1. Movement -------------------------------------------------------------------------
  for (let i = 0; i < nF; i++) {
    const f = forces[i] as MutableForce;
    const cf = sc.forces[i];
    const name = specs[i]?.name ?? f.id;
    if (cf && f.movingTo === null && cf.moveTo !== null && turn === cf.departTurn && f.location !== cf.moveTo && f.personnel > 0) {
      const from = sc.places.get(f.location);
      const to = sc.places.get(cf.moveTo);
      const distance = from && to ? roadDistanceKm(from, to) : Infinity;
      const speed = from && to ? Math.min(from.roadSpeedKmPerHour, to.roadSpeedKmPerHour) : 0;
      const turns = movementTurns(distance, speed, sc.forceDynamics.movementHoursPerTurn);
      if (turns === Infinity) {
        if (ctx.log) log.push({ turn, date, type: 'move-impossible', message: `${cf.name} cannot reach ${cf.moveTo} from ${f.location}: no road access`, data: { distanceKm: distance } });
      } else {
        const origin = sc.sectorIndex.get(f.location);
        if (origin !== undefined) (sectors[origin] as MutableSector).personnelDeparted += f.personnel;
        f.movingTo = cf.moveTo;
        f.arrivesTurn = turn + turns;
        if (ctx.log) {
          log.push({
            turn, date, type: 'move',
            message: `${cf.name} leaves ${f.location} for ${cf.moveTo}: ${round(distance, 1)} km at ${speed} km/h, ${turns} turn(s)`,
            data: { distanceKm: distance, speedKmPerHour: speed, turns, personnel: f.personnel },
          });
        }
      }
    }
    if (f.movingTo !== null && f.arrivesTurn <= turn) {
      const dest = sc.sectorIndex.get(f.movingTo);
      if (dest !== undefined) (sectors[dest] as MutableSector).personnelArrived += f.personnel;
      if (ctx.log) log.push({ turn, date, type: 'arrive', message: `${name} arrives at ${f.movingTo}`, data: { personnel: f.personnel } });
      f.location = f.movingTo;
      f.movingTo = null;
      f.arrivesTurn = -1;
    }
  }

  // ---- 2. The defence of each sector ---------------------------------------------------------
  const sx = ctx.scratch;
  const arrays = sx.turn(nS, nF);
  const { patrolEffective, localAvailable, localCondition, localComplicity, advised } = arrays;
  // Where advisors are (they raise sensors and training over the turn), before the patrols read it.
  let advisedEverywhere = false;
  for (let i = 0; i < nF; i++) {
    const f = forces[i] as MutableForce;
    if (f.role !== 'advisory' || f.movingTo !== null || !(f.personnel > 0)) continue;
    const s = sectorOfForce(ctx, i, f.location);
    if (s === undefined) advisedEverywhere = true;
    else advised[s] = 1;
  }
  const programme = world?.assistance ?? null;
  const programmeOn = programme !== null && (programme.untilTurn < 0 || turn < programme.untilTurn);
  /** The share of the full assistance rates sector s gets this turn (advisors: 1; a programme: its multiplier). */
  const assisted = (s: number): number => (advisedEverywhere || advised[s] ? 1 : programmeOn ? (programme.multiplier[s] ?? 0) : 0);
  const fd = sc.forceDynamics;
  let exercisePersonnel = 0;
  const { qrfRemaining } = arrays;
  for (let i = 0; i < nF; i++) {
    const f = forces[i] as MutableForce;
    // What each unit can send to an engagement this turn (section 3).
    qrfRemaining[i] = f.personnel * f.readiness;
    if (f.movingTo !== null || !(f.personnel > 0)) continue;
    if (f.role === 'exercise' && (sc.places.get(f.location)?.fromBorderKm ?? Infinity) <= sc.exerciseRangeKm) exercisePersonnel += f.personnel;
    if (f.role !== 'patrol') continue;
    const s = sectorOfForce(ctx, i, f.location);
    if (s === undefined) continue;
    // On station: a unit that can share its sector's losses (section 4).
    arrays.station[i] = s;
    const available = f.personnel * f.readiness;
    // Its condition over the turn: fatigue and training relax during it, and a turn reads their
    // means (docs/model.md, "Time"), not their values at its start.
    const fatigue = fd.rotation.settle + (f.fatigue - fd.rotation.settle) * fd.rotationMean;
    const condition = available * (1 - fatigue) * meanAssisted(sc, f.quality, sc.assistance.qualityCap, sc.assistance.qualityGainPerWeek, sc.assistance.qualityMean, assisted(s));
    patrolEffective[s] = (patrolEffective[s] ?? 0) + condition * sc.detection.dutyFraction;
    localAvailable[s] = (localAvailable[s] ?? 0) + available;
    localCondition[s] = (localCondition[s] ?? 0) + condition;
    // Complicity is that of the guards who can meet a load: weighted by personnel fit for duty.
    localComplicity[s] = (localComplicity[s] ?? 0) + available * f.complicity;
  }
  // Drills add exercise presence near the border for the days they run (deterrence, no patrols).
  const deterrence = arrays.deterrence;
  deterrenceByKind(sc, world, turn, exercisePersonnel, deterrence);

  const { pDetect, localDelay, qrfIndex, qrfDelay, complicity } = arrays;
  // The turn's calendar months: each sector's access (river and passes) and search season over
  // the turn's days, from the scenario's (or variant's) tables.
  const mix = turnTables(sc).mix(turn);
  const access = mix.access();
  const searchSeason = mix.search();
  // A turn across months: each month's detection too, for the actors to weigh by their attempts.
  const monthTables: Float64Array[] | null = mix.months.length > 1 ? mix.months.map((_, k) => sx.monthTable(k, nS)) : null;
  const tables = turnTables(sc);
  // Only the quick-reaction forces within reach of a sector are looked at (src/engine/spatial.ts).
  const qr = sx.quickReaction;
  qr.build(forces, specs, forcesById, sc.places);
  const nearest = { index: -1, delay: Infinity };
  const detection = turnTables(sc).detection();
  for (const s of sc.sectors) {
    const i = s.index;
    const sensors = meanAssisted(sc, (sectors[i] as MutableSector).sensorDetection, sc.assistance.sensorCap, sc.assistance.sensorGainPerWeek, sc.assistance.sensorMean, assisted(i));
    const model = detection[i] as SectorDetection;
    pDetect[i] = model.probability(patrolEffective[i] ?? 0, searchSeason[i] as number, sensors);
    if (monthTables !== null) {
      // Reported per sector: the mean over the turn's days of each month's chance.
      let mean = 0;
      for (let k = 0; k < monthTables.length; k++) {
        const p = model.probability(patrolEffective[i] ?? 0, tables.search(mix.months[k] as number)[i] as number, sensors);
        (monthTables[k] as Float64Array)[i] = p;
        mean += (mix.shares[k] as number) * p;
      }
      pDetect[i] = mean;
    }
    localDelay[i] = localResponseDelayHours(localAvailable[i] ?? 0, sc.response.respondersPerIncident, s.lengthKm, s.roadSpeedKmPerHour, sc.response.localNoticeHours);
    // The nearest quick-reaction force (ties: first by id). Units patrolling this sector are
    // its local response already and are not counted twice.
    if (!qr.empty) {
      qr.nearest(s.id, s.position, s.roadSpeedKmPerHour, sc.response.quickReactionReachKm, forces, specs, nearest);
      qrfDelay[i] = nearest.delay;
      qrfIndex[i] = nearest.index;
    }
    const lp = localAvailable[i] ?? 0;
    const qi = qrfIndex[i] ?? -1;
    complicity[i] = lp > 0 ? (localComplicity[i] ?? 0) / lp : qi >= 0 ? (forces[qi] as MutableForce).complicity : 0;
  }

  // ---- 3. Actors: attempts, detection, response, engagements ---------------------------------
  const { sectorAcc, kindAcc, localRemaining, localLosses, qrfLosses, sorties, clashed, weights, lambda } = arrays;
  localRemaining.set(localAvailable);

  const closed = world !== null && world.flags.includes('border-closed');
  const open = world !== null && !closed && world.flags.includes('border-open');
  const f: ActorFrame = {
    sc, ctx, turn, date, mix, weeks, nS, log, forces, deterrence, monthTables, pMix: arrays.pMix,
    monthAccess: monthTables === null ? NO_TABLES : mix.months.map((m) => tables.access(m)), monthSeason,
    pDetect, sectorPDetect: pDetect, localDelay, qrfIndex, qrfDelay, complicity, access, localAvailable, localCondition,
    sectorAcc, kindAcc, localRemaining, localLosses, qrfRemaining, qrfLosses, sorties, clashed, weights, lambda,
    arrival: arrays.arrival, arrivalKnown: arrays.arrivalKnown,
    closed, open, changedWithin,
  };
  for (const actor of sc.actors) {
    const live = liveActors[actor.index];
    if (live) playActor(f, actor, live);
  }

  // ---- 4. Casualties, fatigue, readiness, assistance -----------------------------------------
  for (let i = 0; i < nF; i++) {
    // The losses first: on a long border, reading every unit's record here was a cache miss each.
    const q = qrfLosses[i] as number;
    if (!(q > 0)) continue;
    const lost = Math.min((forces[i] as MutableForce).personnel, q);
    if (lost > 0) applyLoss(forces[i] as MutableForce, lost, sectors, sc);
  }
  let stationsBuilt = false;
  for (let s = 0; s < nS; s++) {
    const pending = localLosses[s] ?? 0;
    if (!(pending > 0)) continue;
    if (!stationsBuilt) {
      sx.stations.build(forcesById, arrays.station, nS);
      stationsBuilt = true;
    }
    shareLosses(pending, s, forces, sectors, ctx, sx.stations);
  }
  // Readiness gained by the units in a drill this turn, over the days it runs (none in most
  // turns: no map then).
  let drilling: Map<string, number> | null = null;
  if (world !== null) {
    for (const d of sc.drills) {
      const days = drillDaysInTurn(world, d.id, turn, sc.turnLengthDays);
      if (!(days > 0)) continue;
      drilling ??= new Map<string, number>();
      const gain = compoundPerWeek(d.readinessGainPerWeek, days / DAYS_PER_WEEK);
      for (const p of d.participants) drilling.set(p, Math.max(drilling.get(p) ?? 0, gain));
    }
  }
  // The forces' metrics (section 5) are summed in the same pass, each unit once it is updated.
  let personnel = 0;
  let readinessWeighted = 0;
  let cost = 0;
  let sortieTotal = 0;
  let sovereignty = sovereigntyNow;
  for (let i = 0; i < nF; i++) {
    const f = forces[i] as MutableForce;
    const cf = specs[i];
    if (!cf) continue;
    if (f.movingTo !== null) f.fatigue = updateFatigue(f.fatigue, true, fd.fatigueRisePerTurn, fd.fatigueRecoveryPerTurn);
    else if (f.role === 'patrol' || f.role === 'exercise') {
      // Deployed units rotate: each week they tire on duty and recover off it, so fatigue
      // settles at ρ(1−κ) / (1 − (1−ρ)(1−κ)) instead of creeping to exhaustion. A 7-day turn
      // applies the week as it is; another turn length compounds it (forces.ts, fatigueRotation).
      f.fatigue =
        sc.weeks === 1
          ? updateFatigue(updateFatigue(f.fatigue, true, fd.fatigueRisePerWeek, fd.fatigueRecoveryPerWeek), false, fd.fatigueRisePerWeek, fd.fatigueRecoveryPerWeek)
          : rotatedFatigue(f.fatigue, fd.rotation);
    } else f.fatigue = updateFatigue(f.fatigue, false, fd.fatigueRisePerTurn, fd.fatigueRecoveryPerTurn);
    f.readiness = updateReadiness(f.readiness, cf.readinessTarget, fd.readinessRatePerTurn);
    const gain = drilling === null ? undefined : drilling.get(f.id);
    if (gain !== undefined) f.readiness = Math.max(f.readiness, updateReadiness(f.readiness, 1, gain));
    const s = sectorOfForce(ctx, i, f.location);
    if (f.movingTo === null && f.role === 'patrol' && s !== undefined) {
      const m = assisted(s);
      if (m > 0) f.quality = Math.max(f.quality, assistanceGrowth(f.quality, sc.assistance.qualityCap, gainPerTurn(sc, sc.assistance.qualityGainPerWeek, sc.assistance.qualityGainPerTurn, m)));
    }
    personnel += f.personnel;
    readinessWeighted += f.personnel * f.readiness;
    sortieTotal += sorties[i] ?? 0;
    cost += turnCostUsd(f.personnel, cf.costPerPersonPerWeekUsd, weeks, sorties[i] ?? 0, cf.sortieCostUsd);
    // Presence costs sovereignty on station (a unit still on its way from abroad does not yet).
    if (cf.sovereigntyPerThousandPerWeek > 0 && f.movingTo === null) sovereignty += (f.personnel / 1000) * cf.sovereigntyPerThousandPerWeek * weeks;
    if (cf.sovereigntyPerSortie > 0) sovereignty += (sorties[i] ?? 0) * cf.sovereigntyPerSortie;
  }
  const window = sc.conflictWindowTurns;
  let conflictKm = 0;
  for (let s = 0; s < nS; s++) {
    const sec = sectors[s] as MutableSector;
    const m = assisted(s);
    if (m > 0) {
      sec.sensorDetection = Math.max(sec.sensorDetection, assistanceGrowth(sec.sensorDetection, sc.assistance.sensorCap, gainPerTurn(sc, sc.assistance.sensorGainPerWeek, sc.assistance.sensorGainPerTurn, m)));
    }
    sec.attempts += sectorAcc[s * NF + M.attempts] ?? 0;
    sec.detected += sectorAcc[s * NF + M.detected] ?? 0;
    sec.interdicted += sectorAcc[s * NF + M.interdicted] ?? 0;
    sec.gotAway += sectorAcc[s * NF + M.gotAway] ?? 0;
    sec.kgSeized += sectorAcc[s * NF + M.kgSeized] ?? 0;
    sec.kgThrough += sectorAcc[s * NF + M.kgThrough] ?? 0;
    sec.clashes += sectorAcc[s * NF + M.clashes] ?? 0;
    if (clashed[s]) sec.lastClashTurn = turn;
    if (clashInWindow(sec.lastClashTurn < 0 ? null : sec.lastClashTurn, turn, window)) conflictKm += sc.sectors[s]?.lengthKm ?? 0;
  }

  // ---- 5. Metrics (the forces' summed above) ------------------------------------------------
  if (world !== null) {
    for (const d of sc.drills) {
      const days = drillDaysInTurn(world, d.id, turn, sc.turnLengthDays);
      if (!(days > 0)) continue;
      // A drill that runs the whole turn costs its weeks, as every unit does; a part, its days.
      const drillWeeks = days === sc.turnLengthDays ? weeks : days / DAYS_PER_WEEK;
      cost += d.personnel * d.costPerPersonPerWeekUsd * drillWeeks;
      sovereignty += (d.personnel / 1000) * d.sovereigntyPerThousandPerWeek * drillWeeks;
    }
    if (programmeOn) cost += programme.usdPerWeek * weeks;
  }
  const out: TurnOutcome = {
    turn,
    date,
    log,
    sectorAcc,
    kindAcc,
    pDetect,
    sorties: sortieTotal,
    cost,
    sovereignty,
    conflictShare: sc.totalLengthKm > 0 ? Math.min(1, conflictKm / sc.totalLengthKm) : 0,
    readiness: personnel > 0 ? readinessWeighted / personnel : 0,
    personnel,
  };
  if (world !== null) {
    // Conditions and policies read the metrics of the last turns (history.ts).
    world.history.push(out, sc.historyTurns);
    world.sovereignty = world.sovereignty + sovereignty;
  }
  w.turn = turn + 1;
  return out;
}

/**
 * A level that assistance raises toward `cap` over the turn (sensors, training), at its mean over
 * the turn: cap − (cap − x) × the mean share of the gap left (time.ts, relaxationMeanFactor). The
 * level itself when the sector has no assistance or is at the cap already (it is never lowered).
 */
function meanAssisted(sc: CompiledScenario, x: number, cap: number, perWeek: number, fullMean: number, m: number): number {
  if (!(m > 0) || !(x < cap)) return x;
  const share = m === 1 ? fullMean : relaxationMeanFactor(1 - compoundPerWeek(perWeek * m, sc.weeks));
  return cap - (cap - x) * share;
}

/**
 * The share of a gap closed in one turn by assistance at `m` of its full weekly rate (the budget
 * multiplier of a programme; 1 with advisors present): 1 − (1 − m γ)^(d/7).
 */
function gainPerTurn(sc: CompiledScenario, perWeek: number, fullPerTurn: number, m: number): number {
  return m === 1 ? fullPerTurn : compoundPerWeek(perWeek * m, sc.weeks);
}

/**
 * The deterrence factor of each actor kind this turn (docs/model.md §1 and §14): exp(−k E / 1000)
 * for the exercise personnel E within range of the border, the mean over the turn's days when a
 * drill runs only some of them (the attempts add up day by day).
 */
function deterrenceByKind(sc: CompiledScenario, world: MutableWorld | null, turn: number, units: number, out: Float64Array): void {
  let full = units;
  // Drills that run part of the turn: their first and last day within it.
  let partial: { from: number; to: number; personnel: number }[] | null = null;
  const L = sc.turnLengthDays;
  if (world !== null) {
    const start = turn * L;
    for (const d of sc.drills) {
      if (d.fromBorderKm > sc.exerciseRangeKm) continue;
      const days = drillDaysInTurn(world, d.id, turn, L);
      if (!(days > 0)) continue;
      if (days === L) full += d.personnel;
      else {
        const run = world.drills[d.id] as { start: number; end: number };
        (partial ??= []).push({ from: Math.max(0, run.start - start), to: Math.min(L, run.end - start), personnel: d.personnel });
      }
    }
  }
  for (let k = 0; k < NK; k++) {
    const per = sc.kinds[k]?.deterrencePerThousandExercise ?? 0;
    if (partial === null) {
      out[k] = deterrenceFactor(full / 1000, per);
      continue;
    }
    // Piecewise constant between the partial drills' ends: the mean over the turn's days.
    const cuts = [...new Set([0, L, ...partial.flatMap((p) => [p.from, p.to])])].sort((a, b) => a - b);
    let mean = 0;
    for (let j = 0; j + 1 < cuts.length; j++) {
      const a = cuts[j] as number;
      const b = cuts[j + 1] as number;
      let e = full;
      for (const p of partial) if (p.from <= a && b <= p.to) e += p.personnel;
      mean += ((b - a) / L) * deterrenceFactor(e / 1000, per);
    }
    out[k] = mean;
  }
}

/** What the actors of a turn share: the defence of each sector and the turn's accumulators. */
interface ActorFrame {
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
  /** Arrival chances by (sector, kind), see {@link arrivalProbabilities}. */
  readonly arrival: Float64Array;
  readonly arrivalKnown: Uint8Array;
  /** Refugee policy flags of the turn. */
  readonly closed: boolean;
  readonly open: boolean;
  /** Actors whose intent or strength changed within the turn (dynamics.ts), or null. */
  readonly changedWithin: Working['changedWithin'];
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

const NO_TABLES: readonly Float64Array[] = [];
/** Each month's weight for one actor over a turn (at most 13 months meet a turn of 366 days). */
const monthSeason = new Float64Array(13);

/** An actor's strength left and losses during a turn's engagements. */
interface ActorTally {
  remaining: number;
  losses: number;
}

const actorTally: ActorTally = { remaining: 0, losses: 0 };

/** The engagements' tally of one actor, sector and turn (reused: one engagement loop at a time). */
const engagementTally: EngagementTally = { fought: 0, evaded: 0, repulses: 0, breakthroughs: 0, localCasualties: 0, quickReactionCasualties: 0, attackerCasualties: 0, sorties: 0 };

/**
 * The chances that the local team and the nearest quick-reaction force arrive in time for actor
 * kind `k` in sector `s`, and that either does: `f.arrival[i]`, `[i + 1]` and `[i + 2]` for the
 * index i returned. They depend on the sector's delays and the kind's clearance time only, so
 * they are worked out once a turn for each (sector, kind) that needs them (the two smuggling
 * actors of the default scenario share them).
 */
function arrivalProbabilities(f: ActorFrame, kind: CompiledKind, k: number, s: number): number {
  const at = s * NK + k;
  const i = 3 * at;
  if (f.arrivalKnown[at] === 0) {
    const qi = f.qrfIndex[s] as number;
    const pLocal = arrivalInTimeProbability(f.localDelay[s] ?? Infinity, kind.clearanceHours);
    const pQrf = qi >= 0 ? arrivalInTimeProbability(f.qrfDelay[s] ?? Infinity, kind.clearanceHours) : 0;
    f.arrival[i] = pLocal;
    f.arrival[i + 1] = pQrf;
    f.arrival[i + 2] = responseProbability(pLocal, pQrf);
    f.arrivalKnown[at] = 1;
  }
  return i;
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
function playActor(f: ActorFrame, actor: CompiledActor, live: MutableActor): void {
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
  const presence = live.presence ?? actor.sectorShare;
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
    const route = routeChoiceInto(weights, live.perceived, theta, lambda);
    for (let s = 0; s < nS; s++) lambda[s] = volume * totalWeight * (route[s] as number);
  } else {
    for (let s = 0; s < nS; s++) lambda[s] = volume * (weights[s] ?? 0);
  }

  // Updated in place: the route above has already read the memories of the turn's start.
  const perceived = live.perceived as number[];
  const seen = live.seen as number[];
  const decay = sc.memoryDecay;
  const tally = actorTally;
  tally.remaining = live.strength;
  tally.losses = 0;
  const { sectorAcc, kindAcc } = f;
  // The actor's counts over its sectors, added to its kind's once: they are integers, so the
  // sum is exact in any order (the kg and casualty flows are added pair by pair, in order).
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
      // No attempt possible: nothing learned, what is remembered fades.
      const w = seen[s] as number;
      if (w > 0) seen[s] = w * decay;
      continue;
    }
    // Only integers and objects cross these calls: a double argument of a call V8 does not
    // inline is boxed, and this loop runs for every actor, sector and turn.
    const rng = crossingStream(ctx, actor.index, s, turn);
    // The chain's first link here: its common answer, 0, costs no call.
    const tried = attemptsFrom(rng.next(), lambda[s] as number);
    if (tried === 0) {
      // Nothing crossed (two sector-turns in three): no count, no flow, no log, and no
      // observation to remember: the rate stays (only kept in [0, 1]) and its weight decays.
      const p = perceived[s] as number;
      // Only a value outside [0, 1] (or -0) changes; most are 0, or inside, already.
      if (!(p > 0 && p <= 1) && !(p === 0 && 1 / p > 0)) perceived[s] = smoothInterdictionRate(p, null, sc.memoryWeight);
      const w = seen[s] as number;
      if (w > 0) seen[s] = w * decay;
      continue;
    }
    if (k === ARMED) engageArmedGroups(f, actor, kind, s, rng, tried, tally, counts);
    else crossPeople(f, actor, kind, s, rng, tried, counts);
    const { attempts, detected, interdicted, gotAway, apprehended, turnedBack } = counts;
    const at = s * NF;
    sectorAcc[at + M.attempts] = (sectorAcc[at + M.attempts] as number) + attempts;
    sectorAcc[at + M.detected] = (sectorAcc[at + M.detected] as number) + detected;
    sectorAcc[at + M.interdicted] = (sectorAcc[at + M.interdicted] as number) + interdicted;
    sectorAcc[at + M.gotAway] = (sectorAcc[at + M.gotAway] as number) + gotAway;
    sectorAcc[at + M.apprehended] = (sectorAcc[at + M.apprehended] as number) + apprehended;
    sectorAcc[at + M.turnedBack] = (sectorAcc[at + M.turnedBack] as number) + turnedBack;
    allAttempts += attempts;
    allDetected += detected;
    allInterdicted += interdicted;
    allGotAway += gotAway;
    allApprehended += apprehended;
    allTurnedBack += turnedBack;
    if (k === SMUGGLING) {
      const seized = interdicted * loadKg;
      const through = gotAway * loadKg;
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
    const remembered = (seen[s] ?? 0) * decay;
    perceived[s] = rememberedRate(perceived[s] ?? 0, remembered, interdicted, attempts);
    seen[s] = remembered + attempts;
  }
  kindAcc[M.attempts * NK + k] = (kindAcc[M.attempts * NK + k] as number) + allAttempts;
  kindAcc[M.detected * NK + k] = (kindAcc[M.detected * NK + k] as number) + allDetected;
  kindAcc[M.interdicted * NK + k] = (kindAcc[M.interdicted * NK + k] as number) + allInterdicted;
  kindAcc[M.gotAway * NK + k] = (kindAcc[M.gotAway * NK + k] as number) + allGotAway;
  kindAcc[M.apprehended * NK + k] = (kindAcc[M.apprehended * NK + k] as number) + allApprehended;
  kindAcc[M.turnedBack * NK + k] = (kindAcc[M.turnedBack * NK + k] as number) + allTurnedBack;
  kindAcc[M.kgSeized * NK + k] = kgSeized;
  kindAcc[M.kgThrough * NK + k] = kgThrough;
  kindAcc[M.kgAttempted * NK + k] = kgAttempted;
  kindAcc[M.refugeesReceived * NK + k] = received;
  kindAcc[M.refugeesTurnedBack * NK + k] = sentBack;
  const lost = Math.min(live.strength, tally.losses);
  live.strength = live.strength - lost;
  live.casualties = live.casualties + lost;
}

/**
 * The armed groups of one actor in one sector and turn: the `tried` attempts (u1, drawn by
 * playActor; at least one) and their detections (u2), then each detected group engaged one by
 * one up to a bound, the rest in proportion. Writes the
 * counts to `out` and the actor's strength left and losses to `own`.
 */
function engageArmedGroups(f: ActorFrame, actor: CompiledActor, kind: CompiledKind, s: number, rng: Rng, tried: number, own: ActorTally, out: CrossingCounts): void {
  const mean = f.lambda[s] as number;
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
  const { sc, ctx, turn, date, log, forces, localAvailable, localCondition, localRemaining, localLosses, qrfRemaining, qrfLosses, sorties, clashed, sectorAcc, kindAcc } = f;
  const { streams } = ctx;
  const k = actor.kindIndex;
  const sector = sc.sectors[s] as CompiledSector;
  const qi = f.qrfIndex[s] as number;
  // Fought one by one up to a bound; beyond it, in proportion (bounded work a turn).
  const fought = Math.min(detected, MAX_BATTLES_PER_SECTOR_TURN);
  // The responders' chances (only a detected group, or the log, needs them).
  const ai = fought > 0 || ctx.log ? arrivalProbabilities(f, kind, k, s) : -1;
  const pLocal = ai >= 0 ? (f.arrival[ai] as number) : 0;
  const pQrf = ai >= 0 ? (f.arrival[ai + 1] as number) : 0;
  let interdicted = 0;
  let gotAway = attempts - detected;
  let clashes = 0;
  const condition = (localAvailable[s] ?? 0) > 0 ? (localCondition[s] ?? 0) / (localAvailable[s] ?? 1) : 0;
  const tally = engagementTally;
  tally.fought = fought;
  tally.evaded = 0;
  tally.repulses = 0;
  tally.breakthroughs = 0;
  tally.localCasualties = 0;
  tally.quickReactionCasualties = 0;
  tally.attackerCasualties = 0;
  tally.sorties = 0;
  for (let j = 0; j < fought; j++) {
    const qf = qi >= 0 ? (forces[qi] as MutableForce) : null;
    const nL = Math.min(sc.response.respondersPerIncident, Math.floor(localRemaining[s] ?? 0));
    const nQ = qf ? Math.min(sc.response.quickReactionRespondersPerIncident, Math.floor(qrfRemaining[qi] ?? 0)) : 0;
    const qCondition = qf ? (1 - qf.fatigue) * qf.quality : 0;
    // The guards' rate: their base rate × (1 − fatigue) × quality × posture, averaged over
    // the two contingents by head count (readiness already decided how many could come).
    const headcount = nL + nQ;
    const mix = headcount > 0 ? (nL * condition + nQ * qCondition) / headcount : 0;
    const eng = resolveEngagement(
      {
        pLocal,
        pQuickReaction: pQrf,
        localResponders: nL,
        quickReactionResponders: nQ,
        defenderRatePerHour: effectiveAttritionRate(sc.engagement.defenderFireRatePerHour, 1, 0, mix, sc.engagement.defenderPostureMultiplier),
        attackerStrength: Math.min(actor.groupSize, Math.floor(own.remaining)),
        attackerRatePerHour: kind.fireRatePerHour,
        law: kind.law,
        defenderBreakpoint: sc.engagement.defenderBreakpointFraction,
        attackerBreakpoint: kind.breakpointFraction,
        maxHours: kind.engagementMaxHours,
      },
      streams.child(battleKey(ctx, actor.index, s, j), turn),
    );
    if (eng.quickReactionArrived && qi >= 0 && nQ > 0) {
      sorties[qi] = (sorties[qi] ?? 0) + 1;
      tally.sorties += 1;
    }
    if (eng.outcome === 'evaded') {
      gotAway += 1;
      tally.evaded += 1;
      continue;
    }
    tally.localCasualties += eng.localCasualties;
    tally.quickReactionCasualties += eng.quickReactionCasualties;
    tally.attackerCasualties += eng.attackerCasualties;
    clashes += 1;
    localRemaining[s] = (localRemaining[s] ?? 0) - eng.localCasualties;
    localLosses[s] = (localLosses[s] ?? 0) + eng.localCasualties;
    if (qi >= 0) {
      qrfRemaining[qi] = (qrfRemaining[qi] ?? 0) - eng.quickReactionCasualties;
      qrfLosses[qi] = (qrfLosses[qi] ?? 0) + eng.quickReactionCasualties;
    }
    own.remaining -= eng.attackerCasualties;
    own.losses += eng.attackerCasualties;
    addFlow(sectorAcc, kindAcc, M.casualtiesForces, s, k, eng.localCasualties + eng.quickReactionCasualties);
    addFlow(sectorAcc, kindAcc, M.casualtiesActors, s, k, eng.attackerCasualties);
    if (eng.outcome === 'repulse') {
      interdicted += 1;
      tally.repulses += 1;
      addFlow(sectorAcc, kindAcc, M.repulses, s, k, 1);
    } else {
      gotAway += 1;
      tally.breakthroughs += 1;
      addFlow(sectorAcc, kindAcc, M.breakthroughs, s, k, 1);
    }
    if (ctx.log && eng.battle) {
      const b = eng.battle;
      log.push({
        turn, date, type: 'clash', sector: sector.id, actor: actor.id,
        message:
          `${actor.name} vs ${eng.defenders} guards in ${sector.name}: ${eng.outcome} after ${round(b.durationHours, 2)} h ` +
          `(${kind.law} law; guards lost ${b.casualtiesA}, group lost ${b.casualtiesB} of ${b.casualtiesB + b.b})`,
        data: {
          law: kind.law,
          localArrived: eng.localArrived ? 1 : 0,
          quickReactionArrived: eng.quickReactionArrived ? 1 : 0,
          pLocal: round(pLocal, 6),
          pQuickReaction: round(pQrf, 6),
          defenders: eng.defenders,
          attackers: b.casualtiesB + b.b,
          alphaPerHour: round(effectiveAttritionRate(sc.engagement.defenderFireRatePerHour, 1, 0, mix, sc.engagement.defenderPostureMultiplier), 6),
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
  }
  if (detected > fought) {
    const x = extrapolateEngagements(tally, detected - fought, {
      local: localRemaining[s] ?? 0,
      quickReaction: qi >= 0 ? (qrfRemaining[qi] ?? 0) : 0,
      attackers: own.remaining,
    });
    gotAway += x.evaded + x.breakthroughs;
    interdicted += x.repulses;
    clashes += x.repulses + x.breakthroughs;
    localRemaining[s] = (localRemaining[s] ?? 0) - x.localCasualties;
    localLosses[s] = (localLosses[s] ?? 0) + x.localCasualties;
    if (qi >= 0) {
      qrfRemaining[qi] = (qrfRemaining[qi] ?? 0) - x.quickReactionCasualties;
      qrfLosses[qi] = (qrfLosses[qi] ?? 0) + x.quickReactionCasualties;
      sorties[qi] = (sorties[qi] ?? 0) + x.sorties;
    }
    own.remaining -= x.attackerCasualties;
    own.losses += x.attackerCasualties;
    addFlow(sectorAcc, kindAcc, M.casualtiesForces, s, k, x.localCasualties + x.quickReactionCasualties);
    addFlow(sectorAcc, kindAcc, M.casualtiesActors, s, k, x.attackerCasualties);
    addFlow(sectorAcc, kindAcc, M.repulses, s, k, x.repulses);
    addFlow(sectorAcc, kindAcc, M.breakthroughs, s, k, x.breakthroughs);
    if (ctx.log) {
      log.push({
        turn, date, type: 'clash-extrapolated', sector: sector.id, actor: actor.id,
        message:
          `${actor.name} in ${sector.name}: ${detected} groups detected; ${fought} fought one by one, ` +
          `the other ${detected - fought} resolved in the same proportions (${x.repulses} repulsed, ${x.breakthroughs} broke through, ${x.evaded} evaded)`,
        data: { detected, fought, ...x },
      });
    }
  }
  if (clashes > 0) {
    clashed[s] = 1;
    addFlow(sectorAcc, kindAcc, M.clashes, s, k, clashes);
  }
  out.attempts = attempts;
  out.detected = detected;
  out.interdicted = interdicted;
  out.gotAway = gotAway;
  // A repulsed group is turned back; none is apprehended.
  out.apprehended = 0;
  out.turnedBack = interdicted;
  if (ctx.log && attempts > 0) {
    log.push({
      turn, date, type: 'crossings', sector: sector.id, actor: actor.id,
      message: `${actor.name}: ${attempts} group(s) tried to cross in ${sector.name}, ${detected} detected (p ${round(pD, 3)}), ${interdicted} repulsed, ${gotAway} got through`,
      data: { meanAttempts: round(mean, 6), pDetect: round(pD, 6), pLocal: round(pLocal, 6), pQuickReaction: round(pQrf, 6), attempts, detected, interdicted, gotAway },
    });
  }
}

/**
 * The crossings of one actor of people or loads (smuggling, refugees, recruits) in one sector and
 * turn: the five-link chain (crossings.ts) after its first link, the `tried` attempts (at least
 * one) that playActor drew from u1, into `out` (playActor adds them to the flows).
 */
function crossPeople(f: ActorFrame, actor: CompiledActor, kind: CompiledKind, s: number, rng: Rng, tried: number, out: CrossingCounts): void {
  const { ctx, complicity, closed, open } = f;
  const k = actor.kindIndex;
  const c = detectionsInto(tried, f.pDetect[s] as number, rng, out);
  // The response's chances matter only to a detected attempt (and to the log).
  const ai = c.detected > 0 || ctx.log ? arrivalProbabilities(f, kind, k, s) : -1;
  const pResponse = ai >= 0 ? (f.arrival[ai + 2] as number) : 0;
  const apprehendShare = k === REFUGEES && (closed || open) ? (open ? 1 : 0) : kind.apprehendShare;
  resolveDetectedInto(pResponse, k === SMUGGLING ? 1 - (complicity[s] ?? 0) : 1, apprehendShare, rng, c);
  if (c.reached > 0) countSorties(f, actor, s, ai, c.reached);
  if (ctx.log) logCrossings(f, actor, s, ai, c);
}

/**
 * The sorties of the nearest quick-reaction force among the `reached` attempts of one actor in
 * one sector and turn: each reached attempt was reached by the force with P(force | reached) =
 * p_qrf / p_response (the two arrivals are independent, §5), so the sorties are
 * Binomial⁻¹(u; reached, p_qrf / p_response), u one uniform of the child stream
 * `sortie/<sector>/<actor>` for the turn: none of the crossing chain's draws moves. Each costs the
 * force's sortie cost and, for a released unit, its sovereignty per sortie (§16).
 */
function countSorties(f: ActorFrame, actor: CompiledActor, s: number, ai: number, reached: number): void {
  const qi = f.qrfIndex[s] as number;
  const pQrf = f.arrival[ai + 1] as number;
  const pResponse = f.arrival[ai + 2] as number;
  if (qi < 0 || !(pQrf > 0) || !(pResponse > 0)) return;
  const share = Math.min(1, pQrf / pResponse);
  const n = share >= 1 ? reached : binomialQuantile(f.ctx.streams.child(sortieKey(f.ctx, actor.index, s), f.turn).next(), reached, share);
  f.sorties[qi] = (f.sorties[qi] ?? 0) + n;
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
    turn, date, type: 'crossings', sector: sector.id, actor: actor.id,
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

function applyLoss(f: MutableForce, lost: number, sectors: MutableSector[], sc: CompiledScenario): void {
  f.personnel -= lost;
  f.casualties += lost;
  const s = sc.sectorIndex.get(f.location);
  if (s !== undefined && f.movingTo === null) (sectors[s] as MutableSector).personnelLost += lost;
}

/**
 * Shares a sector's losses out among the patrol units on station, in proportion to their
 * personnel (rounded down), the remainder in id order, never more than a unit has.
 */
function shareLosses(pending: number, s: number, forces: MutableForce[], sectors: MutableSector[], ctx: StepContext, stations: StationIndex): void {
  const sc = ctx.scenario;
  const id = sc.sectors[s]?.id;
  const units: MutableForce[] = [];
  let total = 0;
  for (let fi = stations.first(s); fi >= 0; fi = stations.after(fi)) {
    const f = forces[fi] as MutableForce;
    if (f.role === 'patrol' && f.location === id && f.movingTo === null && f.personnel > 0) {
      units.push(f);
      total += f.personnel;
    }
  }
  let left = Math.min(pending, total);
  if (!(left > 0)) return;
  const shares = units.map((f) => Math.min(f.personnel, Math.floor((left * f.personnel) / total)));
  for (const sh of shares) left -= sh;
  // The rounding remainder goes to the units in id order, each up to what it has left.
  for (let j = 0; left > 0 && j < units.length; j++) {
    const extra = Math.min(left, (units[j] as MutableForce).personnel - (shares[j] ?? 0));
    shares[j] = (shares[j] ?? 0) + extra;
    left -= extra;
  }
  units.forEach((f, j) => {
    if ((shares[j] ?? 0) > 0) applyLoss(f, shares[j] ?? 0, sectors, sc);
  });
}
