/**
 * The decisions of a turn: drills that start, events, the declarative policy's rules and a
 * policy function, evaluated at the START of each turn (before movement), in this order:
 *
 * 1. drills scheduled for this turn start;
 * 2. events, in the order of `events` in the scenario: each sees the effects of the events
 *    before it in the same turn;
 * 3. the rules of `policy`, in order;
 * 4. the policy function (`simulate(..., { policy })`), which sees everything above.
 *
 * Conditions read the state at that point and the metrics of completed turns (`world.history`);
 * a firing's actions and orders take effect in the same turn's processes (movement, detection,
 * attempts...) and show in its metrics and in every later turn. Every firing and every order is
 * logged with its cause. See docs/model.md §13-16 and docs/policies.md.
 *
 * @module
 */
import { evaluateCondition, type ConditionEnv, type ConditionResult } from '../model/conditions';
import { movementTurns } from '../model/forces';
import { turnsFromDays, windowTurns } from '../model/time';
import { roadDistanceKm } from '../model/geography';
import type { RandomStreams } from '../rng/streams';
import { orderProblem } from '../scenario/order-validation';
import { setCreating } from '../scenario/pointer';
import { quantityValue } from '../scenario/quantity';
import type { Condition, Order, QuantityValue, Scenario } from '../scenario/schema';
import { compileScenario, type CompiledForce, type CompiledScenario } from './compile';
import type { Change, CompiledAction, CompiledRepeat } from './compile-dynamics';
import { HistoryWindow } from './history';
import type { LogEntry } from './results';
import { idRecord, type ActorState, type ForceSpec, type ForceState, type HistoryEntry, type SectorState, type WorldState } from './state';
import { LIMITS } from '../scenario/limits';
import { orderReferenceProblem } from './order-references';

/** A deeply read-only view of a value. */
export type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** What a policy function sees: the state at the start of the turn, after the events (frozen copy). */
export interface PolicyView {
  readonly turn: number;
  readonly sectors: readonly SectorState[];
  readonly forces: readonly ForceState[];
  readonly actors: readonly ActorState[];
  readonly world: WorldState;
}

/** The context of a policy function's decision. */
export interface PolicyContext {
  readonly turn: number;
  /** First day of the turn, YYYY-MM-DD. */
  readonly date: string;
  readonly month: number;
  readonly turnLengthDays: number;
  /** Ids of the compiled scenario (sectors west to east). */
  readonly ids: {
    readonly sectors: readonly string[];
    readonly actors: readonly string[];
    readonly forces: readonly string[];
    readonly provinces: readonly string[];
    readonly drills: readonly string[];
    readonly bases: readonly string[];
  };
  /** Border length of each sector (km). */
  readonly sectorLengthKm: Readonly<Record<string, number>>;
  /** Metrics of the last completed turns, oldest first (at most the scenario's history length, ≥ 8). */
  readonly recent: readonly HistoryEntry[];
}

/** A policy as a TypeScript function: called once a turn, returns the orders of the turn. */
export type PolicyFunction = (view: PolicyView, ctx: PolicyContext) => readonly Order[] | undefined | void;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type MutableForce = Mutable<ForceState>;
export type MutableSector = Mutable<SectorState>;
export type MutableActor = Mutable<ActorState>;
export type MutableWorld = {
  flags: string[];
  control: Record<string, string>;
  fired: Record<string, { count: number; lastTurn: number }>;
  drills: Record<string, { start: number; end: number }>;
  parameters: Record<string, number | string>;
  assistance: WorldState['assistance'];
  /** Typed during a run; {@link worldJson} turns it into `WorldState.history`. */
  history: HistoryWindow;
  sovereignty: number;
  serial: number;
};

/**
 * An actor's intent and strength from a day of the turn on (days from the turn's first day): the
 * turn's attempts count each for the days it held (docs/model.md, "Time").
 */
export interface ActorChangePoint {
  readonly day: number;
  readonly intent: number;
  readonly strength: number;
}

/** The mutable copies a turn works on. */
export interface Working {
  readonly sc: CompiledScenario;
  readonly turn: number;
  readonly date: string;
  readonly month: number;
  readonly forces: MutableForce[];
  readonly sectors: MutableSector[];
  readonly actors: MutableActor[];
  readonly world: MutableWorld;
  readonly log: LogEntry[] | null;
  readonly streams: RandomStreams;
  /** One-off sovereignty points of this turn's decisions. */
  sovereigntyNow: number;
  /**
   * Actors whose intent or strength an event changed on a day within the turn (a date trigger):
   * their values from the turn's start on, by actor index, in the order of the days. Null when
   * none did (most turns).
   */
  changedWithin?: Map<number, ActorChangePoint[]> | null;
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));
const qv = (v: QuantityValue | undefined, fallback: number): number => (v === undefined ? fallback : quantityValue(v));

/** A working copy of a state's world (the history is kept as given until the next turn). */
export function mutableWorld(w: WorldState, sc: CompiledScenario): MutableWorld {
  // Keyed by ids: records without a prototype (an event may be called `constructor`).
  const fired: MutableWorld['fired'] = idRecord();
  for (const k of Object.keys(w.fired)) fired[k] = { ...(w.fired[k] as { count: number; lastTurn: number }) };
  const drills: MutableWorld['drills'] = idRecord();
  for (const k of Object.keys(w.drills)) drills[k] = { ...(w.drills[k] as { start: number; end: number }) };
  return {
    flags: [...w.flags],
    control: idRecord(w.control),
    fired,
    drills,
    parameters: idRecord(w.parameters),
    assistance: w.assistance,
    history: new HistoryWindow(sc, w.history),
    sovereignty: w.sovereignty,
    serial: w.serial,
  };
}

/** The world as JSON (`WorldState`, keys in the state's order); shares its objects. */
export function worldJson(w: MutableWorld): WorldState {
  return {
    flags: w.flags,
    control: w.control,
    fired: w.fired,
    drills: w.drills,
    parameters: w.parameters,
    assistance: w.assistance,
    history: w.history.entries(),
    sovereignty: w.sovereignty,
    serial: w.serial,
  };
}

/** The spec of a scenario unit (what `ForceState.spec` overrides). */
export function specOf(cf: CompiledForce): ForceSpec {
  return {
    name: cf.name,
    quickReaction: cf.quickReaction,
    noticeHours: cf.noticeHours,
    readinessTarget: cf.readinessTarget,
    costPerPersonPerWeekUsd: cf.costPerPersonPerWeekUsd,
    sortieCostUsd: cf.sortieCostUsd,
    sovereigntyPerThousandPerWeek: cf.sovereigntyPerThousandPerWeek,
    sovereigntyPerSortie: cf.sovereigntyPerSortie,
  };
}

/**
 * The days of `turn` a drill runs: the overlap of its days [start, end) (from the start of the
 * run) with the turn's [turn × L, (turn + 1) × L). A drill may start or end within a turn; the turn
 * counts what it has of it (its deterrence, readiness gain and cost, docs/model.md §14).
 */
export function drillDaysInTurn(world: { drills: WorldState['drills'] }, id: string, turn: number, turnLengthDays: number): number {
  const d = world.drills[id];
  if (d === undefined) return 0;
  const from = turn * turnLengthDays;
  return Math.max(0, Math.min(from + turnLengthDays, d.end) - Math.max(from, d.start));
}

/** Whether a drill runs on some day of `turn`. */
export function drillActive(world: { drills: WorldState['drills'] }, id: string, turn: number, turnLengthDays: number): boolean {
  return drillDaysInTurn(world, id, turn, turnLengthDays) > 0;
}

// ---- Parameter changes ---------------------------------------------------------------------

/**
 * The compiled scenario with the parameters events changed (cached per set of changes). Only
 * `parameters` change, so ids and indices stay those of the base.
 */
export function scenarioWithParameters(base: CompiledScenario, params: Readonly<Record<string, number | string>>, cache: Map<string, CompiledScenario>): CompiledScenario {
  const keys = Object.keys(params).sort();
  if (keys.length === 0) return base;
  const key = JSON.stringify(keys.map((k) => [k, params[k]]));
  let c = cache.get(key);
  if (c === undefined) {
    const source = structuredClone(base.source) as Scenario;
    for (const k of keys) setCreating(source as unknown as Record<string, unknown>, k, params[k] as number | string);
    c = compileScenario(source);
    // A few variants are kept, the oldest dropped: events that keep changing parameters would
    // otherwise keep a compiled scenario for every turn (a variant is compiled again when needed).
    if (cache.size >= MAX_VARIANTS) cache.delete(cache.keys().next().value as string);
    cache.set(key, c);
  }
  return c;
}

/** Compiled variants a run keeps (see {@link scenarioWithParameters}). */
const MAX_VARIANTS = 4;

// ---- Order validation for policy functions --------------------------------------------------

/** Why an order from a policy function is malformed (precompiled validator: src/scenario/order-validation.ts). */
export { orderProblem };

// ---- The decision phase ----------------------------------------------------------------------

/** Where a firing or an order came from (for the log). */
type Origin = { kind: 'event' | 'rule' | 'policy' | 'orders'; id: string };

function originText(o: Origin): string {
  return o.kind === 'policy' ? `policy function ${o.id}` : o.kind === 'orders' ? `the turn's orders` : `${o.kind} ${o.id}`;
}

/** Actor indices by id, per compiled scenario (a condition names actors by id). */
const actorIndices = new WeakMap<CompiledScenario, ReadonlyMap<string, number>>();

function envOf(w: Working): ConditionEnv {
  const { sc, world } = w;
  let actorIndex = actorIndices.get(sc);
  if (actorIndex === undefined) {
    actorIndex = new Map(sc.actors.map((a) => [a.id, a.index] as const));
    actorIndices.set(sc, actorIndex);
  }
  return {
    turn: w.turn,
    date: w.date,
    month: w.month,
    metric: (name, window, aggregate, sector, kind) => world.history.metric(name, window, aggregate, sector, kind),
    flag: (id) => world.flags.includes(id),
    controller: (p) => world.control[p],
    actor(id, property) {
      const i = actorIndex.get(id);
      const a = i === undefined ? undefined : w.actors[i];
      return a === undefined ? undefined : a[property];
    },
    force(id, property) {
      const f = w.forces.find((x) => x.id === id);
      return f === undefined ? undefined : f[property] ?? 0;
    },
    fired: (id) => (world.fired[id]?.count ?? 0) > 0,
    drillActive: (id) => drillActive(world, id, w.turn, sc.turnLengthDays),
  };
}

function eligible(id: string, repeat: CompiledRepeat | null, w: Working): boolean {
  const f = w.world.fired[id];
  if (f === undefined) return true;
  if (repeat === null) return false;
  return f.count < repeat.maxFirings && w.turn - f.lastTurn >= repeat.cooldownTurns;
}

function markFired(id: string, w: Working): void {
  const f = w.world.fired[id];
  w.world.fired[id] = { count: (f?.count ?? 0) + 1, lastTurn: w.turn };
}

function push(w: Working, entry: Omit<LogEntry, 'turn' | 'date'>): void {
  if (w.log) w.log.push({ turn: w.turn, date: w.date, ...entry });
}

/**
 * Plays the decision phase of a turn on `w` (see the module comment for the order); `orders`,
 * a player's orders for the turn (`step(state, ctx, orders)`), come last, after the policy
 * function's, and are checked as its are.
 */
export function decide(w: Working, policy?: { name: string; decide: PolicyFunction }, orders?: readonly unknown[]): void {
  const { sc, world, turn } = w;
  // 1. Scheduled drills: those whose start day falls in this turn (they may start within it).
  const turnStart = turn * sc.turnLengthDays;
  for (const d of sc.drills) {
    if (d.startDay >= turnStart && d.startDay < turnStart + sc.turnLengthDays && world.drills[d.id] === undefined) {
      startDrill(w, d.id, { kind: 'event', id: `drill ${d.id} (scheduled)` }, d.startDay);
    }
  }
  // Built on the first condition of the turn (most turns of most scenarios evaluate none).
  let env: ConditionEnv | undefined;
  // 2. Events, in array order.
  for (const e of sc.events) {
    if (e.turn === -2 || (e.turn >= 0 && e.turn !== turn)) continue;
    if (!eligible(e.id, e.repeat, w)) continue;
    let cond: ConditionResult | null = null;
    if (e.when !== null) {
      cond = evaluateCondition(e.when, (env ??= envOf(w)));
      if (!cond.value) continue;
    }
    const data: Record<string, number | string> = { event: e.id, ...(cond?.data ?? {}) };
    const causes: string[] = [];
    if (e.turn >= 0) causes.push(`trigger turn ${turn}`);
    if (cond) causes.push(cond.cause);
    if (e.probability !== null) {
      const u = w.streams.stream(e.streamKey, 1).open(turn).next();
      if (!(u < e.probability)) continue;
      data.u = round(u, 6);
      data.p = e.probability;
      causes.push(`draw ${round(u, 4)} < p ${e.probability}`);
    }
    markFired(e.id, w);
    data.firing = world.fired[e.id]?.count ?? 1;
    push(w, { type: 'event', message: `event ${e.name} fires: ${causes.join('; ') || 'unconditional'}`, data });
    const origin: Origin = { kind: 'event', id: e.id };
    // A dated event's changes to actors take effect on its date, which may be within the turn.
    const day = e.day >= 0 ? e.day - turnStart : 0;
    for (const a of e.actions) applyAction(w, a, origin, day);
  }
  // 3. Declarative policy rules.
  for (const r of sc.rules) {
    if (!eligible(r.id, r.repeat, w)) continue;
    let cond: ConditionResult | null = null;
    if (r.when !== null) {
      cond = evaluateCondition(r.when, (env ??= envOf(w)));
      if (!cond.value) continue;
    }
    markFired(r.id, w);
    push(w, { type: 'rule', message: `policy ${sc.policyName ?? ''} rule ${r.id} fires: ${cond?.cause ?? 'always'}`, data: { rule: r.id, ...(cond?.data ?? {}) } });
    for (const o of r.orders) applyOrder(w, o, { kind: 'rule', id: r.id });
  }
  // 4. The policy function.
  if (policy) {
    const view = freezeView(w);
    const given = policy.decide(view, contextOf(w)) ?? [];
    if (!Array.isArray(given)) throw new TypeError(`policy function ${policy.name} returned ${typeof given}; expected an array of orders`);
    applyOrders(w, given, { kind: 'policy', id: policy.name }, `policy function ${policy.name}`, `policy:${policy.name}`);
  }
  // 5. The turn's own orders (a player's, given to step).
  if (orders !== undefined && orders.length > 0) applyOrders(w, orders, { kind: 'orders', id: 'step' }, 'orders', 'orders:step');
}

/** Checks and applies a list of orders, at most LIMITS.ordersPerTurn of them; each rejected one is logged. */
function applyOrders(w: Working, orders: readonly unknown[], origin: Origin, who: string, source: string): void {
  if (orders.length > LIMITS.ordersPerTurn) {
    push(w, { type: 'order-rejected', message: `${who}: ${orders.length - LIMITS.ordersPerTurn} order(s) past the first ${LIMITS.ordersPerTurn} of the turn rejected (a limit: docs/limits.md)`, data: { source, orders: orders.length } });
  }
  for (const o of orders.slice(0, LIMITS.ordersPerTurn)) {
    const problem = orderProblem(o) ?? orderReferenceProblem(o as Order, w);
    if (problem !== undefined) {
      push(w, { type: 'order-rejected', message: `${who}: order rejected: ${problem}`, data: { source, order: JSON.stringify(o) ?? String(o) } });
      continue;
    }
    applyOrder(w, o as Order, origin);
  }
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const c of Object.values(v)) deepFreeze(c);
  }
  return v;
}

function freezeView(w: Working): PolicyView {
  return deepFreeze(structuredClone({ turn: w.turn, sectors: w.sectors, forces: w.forces, actors: w.actors, world: worldJson(w.world) }) as PolicyView);
}

function contextOf(w: Working): PolicyContext {
  const sc = w.sc;
  const lengths: Record<string, number> = {};
  for (const s of sc.sectors) lengths[s.id] = s.lengthKm;
  return deepFreeze({
    turn: w.turn,
    date: w.date,
    month: w.month,
    turnLengthDays: sc.turnLengthDays,
    ids: {
      sectors: sc.sectors.map((s) => s.id),
      actors: sc.actors.map((a) => a.id),
      forces: w.forces.map((f) => f.id),
      provinces: sc.source.provinces.map((p) => p.id),
      drills: sc.drills.map((d) => d.id),
      bases: (sc.source.bases ?? []).map((b) => b.id),
    },
    sectorLengthKm: lengths,
    recent: structuredClone(w.world.history.entries()),
  });
}

// ---- Actions ---------------------------------------------------------------------------------

function applyChange(v: number, c: Change): number {
  if ('set' in c) return c.set;
  if ('add' in c) return v + c.add;
  return v * c.multiply;
}

function findForce(w: Working, id: string): MutableForce | undefined {
  return w.forces.find((f) => f.id === id);
}

/** Starts a drill on `startDay` (days from the start of the run; default: this turn's first day). */
function startDrill(w: Working, id: string, origin: Origin, startDay = w.turn * w.sc.turnLengthDays): void {
  const d = w.sc.drills.find((x) => x.id === id);
  if (!d) return;
  const running = w.world.drills[id];
  if (running !== undefined && running.end > w.turn * w.sc.turnLengthDays) {
    push(w, { type: 'drill-ignored', message: `drill ${d.name} already running (${originText(origin)})`, data: { drill: id } });
    return;
  }
  w.world.drills[id] = { start: startDay, end: startDay + d.durationDays };
  push(w, {
    type: 'drill-start',
    message: `drill ${d.name} starts at ${d.location} (${d.fromBorderKm} km from the border) on day ${round(startDay, 2)}: ${d.personnel} troops for ${round(d.durationDays, 2)} day(s) (${originText(origin)})`,
    data: { drill: id, personnel: d.personnel, startDay, durationDays: d.durationDays, fromBorderKm: d.fromBorderKm, source: `${origin.kind}:${origin.id}` },
  });
}

/** Applies an event's action (an order goes through {@link applyOrder}). */
export function applyAction(w: Working, a: CompiledAction, origin: Origin, day = 0): void {
  const src = `${origin.kind}:${origin.id}`;
  switch (a.type) {
    case 'actor': {
      const i = w.sc.actors.findIndex((x) => x.id === a.actor);
      const live = w.actors[i];
      if (!live) return;
      const before = { strength: live.strength, intent: live.intent };
      if (a.strength) live.strength = Math.max(0, Math.floor(applyChange(live.strength, a.strength)));
      if (a.intent) live.intent = Math.min(1, Math.max(0, applyChange(live.intent, a.intent)));
      if (a.presence) live.presence = [...a.presence];
      noteChangeWithin(w, i, day, before, live);
      push(w, {
        type: 'actor-change', actor: a.actor,
        message: `${a.actor}: strength ${before.strength} -> ${live.strength}, intent ${round(before.intent)} -> ${round(live.intent)}${a.presence ? ', presence changed' : ''} (${originText(origin)})`,
        data: { strengthBefore: before.strength, strength: live.strength, intentBefore: before.intent, intent: live.intent, source: src },
      });
      return;
    }
    case 'control': {
      const before = w.world.control[a.province];
      w.world.control[a.province] = a.controlledBy;
      push(w, { type: 'control', message: `${a.province} now held by ${a.controlledBy} (was ${before ?? 'unset'}; ${originText(origin)})`, data: { province: a.province, controlledBy: a.controlledBy, source: src } });
      return;
    }
    case 'add-force': {
      const cf = a.force;
      if (findForce(w, cf.id)) {
        push(w, { type: 'order-ignored', message: `add-force ${cf.id}: a unit with this id is already present (${originText(origin)})`, data: { force: cf.id, source: src } });
        return;
      }
      if (w.forces.length + 1 > LIMITS.unitsInRun) {
        push(w, { type: 'order-ignored', message: `add-force ${cf.id}: ${unitLimit(w, 1)} (${originText(origin)})`, data: { force: cf.id, source: src } });
        return;
      }
      addUnit(w, cf.id, cf.side, cf.role, cf.location, cf.personnel, a.arrivalTurns, { readiness: cf.readiness, fatigue: cf.fatigue, quality: cf.quality, complicity: cf.complicity }, specOf(cf));
      push(w, { type: 'force-added', message: `${cf.name} (${cf.personnel}) added at ${cf.location}${a.arrivalTurns > 0 ? `, on station in ${a.arrivalTurns} turn(s)` : ''} (${originText(origin)})`, data: { force: cf.id, personnel: cf.personnel, source: src } });
      return;
    }
    case 'remove-force': {
      const f = findForce(w, a.force);
      if (!f || f.personnel <= 0) {
        push(w, { type: 'order-ignored', message: `remove-force ${a.force}: no such unit present (${originText(origin)})`, data: { force: a.force, source: src } });
        return;
      }
      const n = f.personnel;
      const s = w.sc.sectorIndex.get(f.location);
      if (s !== undefined && f.movingTo === null) (w.sectors[s] as MutableSector).personnelDeparted += n;
      f.transferred = (f.transferred ?? 0) + n;
      f.personnel = 0;
      f.movingTo = null;
      f.arrivesTurn = -1;
      push(w, { type: 'force-removed', message: `${a.force} (${n}) withdrawn (${originText(origin)})`, data: { force: a.force, personnel: n, source: src } });
      return;
    }
    case 'start-drill':
      startDrill(w, a.drill, origin);
      return;
    case 'stop-drill': {
      const d = w.world.drills[a.drill];
      const now = w.turn * w.sc.turnLengthDays;
      if (d && now < d.end) {
        // Stopped at the start of this turn (a drill due to start later in it never starts).
        d.end = Math.max(d.start, now);
        push(w, { type: 'drill-stop', message: `drill ${a.drill} stopped (${originText(origin)})`, data: { drill: a.drill, source: src } });
      }
      return;
    }
    case 'set-flag':
      setFlag(w, a.flag, a.value ?? true, origin);
      return;
    case 'set-parameter': {
      w.world.parameters[a.pointer] = a.value;
      push(w, { type: 'parameter', message: `${a.pointer} = ${a.value} (${originText(origin)})`, data: { pointer: a.pointer, value: a.value, source: src } });
      return;
    }
    default:
      applyOrder(w, a as Order, origin);
  }
}

/**
 * Records an actor's change on day `day` of the turn (> 0: within it), so that the turn's attempts
 * count the values before and after for the days each held. A change from the turn's start needs
 * no record unless an earlier one this turn made one.
 */
function noteChangeWithin(w: Working, actor: number, day: number, before: { intent: number; strength: number }, after: { intent: number; strength: number }): void {
  let points = w.changedWithin?.get(actor);
  if (!(day > 0) && points === undefined) return;
  if (points === undefined) {
    points = [{ day: 0, intent: before.intent, strength: before.strength }];
    (w.changedWithin ??= new Map()).set(actor, points);
  }
  const d = Math.max(0, day);
  // Later changes of the same day replace earlier ones; the days stay in order.
  const at = points.findIndex((p) => p.day >= d);
  const point = { day: d, intent: after.intent, strength: after.strength };
  if (at < 0) points.push(point);
  else if ((points[at] as ActorChangePoint).day === d) points[at] = point;
  else points.splice(at, 0, point);
}

function setFlag(w: Working, flag: string, value: boolean, origin: Origin): void {
  const flags = w.world.flags;
  // Flags stay sorted (as Array.prototype.sort orders strings): found and inserted by bisection.
  let lo = 0;
  let hi = flags.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((flags[mid] as string) < flag) lo = mid + 1;
    else hi = mid;
  }
  const has = flags[lo] === flag;
  if (value && !has) w.world.flags = [...flags.slice(0, lo), flag, ...flags.slice(lo)];
  if (!value && has) w.world.flags = [...flags.slice(0, lo), ...flags.slice(lo + 1)];
  if (value !== has) push(w, { type: 'flag', message: `flag ${flag} ${value ? 'set' : 'cleared'} (${originText(origin)})`, data: { flag, value: value ? 1 : 0, source: `${origin.kind}:${origin.id}` } });
}

/** Why an order may not add `n` units: the run would hold more than LIMITS.unitsInRun. */
function unitLimit(w: Working, n: number): string {
  return `the run would hold ${w.forces.length + n} units, more than ${LIMITS.unitsInRun} (a limit: docs/limits.md)`;
}

function addUnit(
  w: Working,
  id: string,
  side: string,
  role: ForceState['role'],
  location: string,
  personnel: number,
  arrivalTurns: number,
  condition: { readiness: number; fatigue: number; quality: number; complicity: number },
  spec: ForceSpec,
): MutableForce {
  const f: MutableForce = {
    id,
    side,
    personnel: Math.max(0, Math.floor(personnel)),
    location,
    role,
    readiness: condition.readiness,
    fatigue: condition.fatigue,
    quality: condition.quality,
    complicity: condition.complicity,
    movingTo: null,
    arrivesTurn: -1,
    casualties: 0,
    spec,
  };
  if (arrivalTurns > 0) {
    // On its way from outside the theatre: it counts at its station only on arrival.
    f.movingTo = location;
    f.arrivesTurn = w.turn + arrivalTurns;
  } else {
    const s = w.sc.sectorIndex.get(location);
    if (s !== undefined) (w.sectors[s] as MutableSector).personnelArrived += f.personnel;
  }
  w.forces.push(f);
  return f;
}

/** Starts moving a unit with the movement model (docs/model.md §9); the number of turns, or Infinity. */
export function beginMove(w: Working, f: MutableForce, to: string): number {
  const from = w.sc.places.get(f.location);
  const dest = w.sc.places.get(to);
  const distance = from && dest ? roadDistanceKm(from, dest) : Infinity;
  const speed = from && dest ? Math.min(from.roadSpeedKmPerHour, dest.roadSpeedKmPerHour) : 0;
  const turns = movementTurns(distance, speed, w.sc.forceDynamics.movementHoursPerTurn);
  if (turns === Infinity) return turns;
  const origin = w.sc.sectorIndex.get(f.location);
  if (origin !== undefined) (w.sectors[origin] as MutableSector).personnelDeparted += f.personnel;
  f.movingTo = to;
  f.arrivesTurn = w.turn + turns;
  return turns;
}

// ---- Orders ----------------------------------------------------------------------------------

/** Applies one (validated) order. Orders that cannot be carried out are logged and ignored. */
export function applyOrder(w: Working, o: Order, origin: Origin): void {
  const src = `${origin.kind}:${origin.id}`;
  const ignore = (why: string) => push(w, { type: 'order-ignored', message: `${o.type}: ${why} (${originText(origin)})`, data: { order: o.type, source: src } });
  const done = (message: string, data: Record<string, number | string> = {}) => push(w, { type: 'order', message: `${o.type}: ${message} (${originText(origin)})`, data: { order: o.type, source: src, ...data } });
  const P = w.sc.orders;
  switch (o.type) {
    case 'deploy': {
      const f = findForce(w, o.force);
      if (!f || f.personnel <= 0) return ignore(`no unit ${o.force}`);
      if (!w.sc.places.has(o.to)) return ignore(`unknown place ${o.to}`);
      if (f.movingTo !== null) return ignore(`${o.force} is already moving to ${f.movingTo}`);
      if (f.location === o.to) return ignore(`${o.force} is already at ${o.to}`);
      const from = f.location;
      const turns = beginMove(w, f, o.to);
      if (turns === Infinity) return ignore(`${o.force} cannot reach ${o.to} from ${from}: no road access`);
      return done(`${o.force} leaves ${from} for ${o.to}, ${turns} turn(s)`, { force: o.force, turns, personnel: f.personnel });
    }
    case 'invite-guards': {
      const G = P.invitedGuards;
      const side = o.side;
      const per = Math.floor(qv(o.personnelPerSector, G.personnelPerSector));
      // Delays in days; each contingent arrives at the turn boundary nearest its day.
      const arrivalDays = Math.max(0, qv(o.arrivalDays, G.arrivalDays));
      const staggerDays = Math.max(0, qv(o.staggerDays, G.staggerDays));
      const L = w.sc.turnLengthDays;
      const spec: ForceSpec = {
        name: `${side} border guards`,
        quickReaction: false,
        noticeHours: 1,
        readinessTarget: G.readiness,
        costPerPersonPerWeekUsd: G.costPerPersonPerWeekUsd,
        sortieCostUsd: 0,
        sovereigntyPerThousandPerWeek: G.sovereigntyPerThousandPerWeek,
        sovereigntyPerSortie: 0,
      };
      const adding = o.sectors.filter((sector) => w.sc.sectorIndex.has(sector)).length;
      if (w.forces.length + adding > LIMITS.unitsInRun) return ignore(unitLimit(w, adding));
      o.sectors.forEach((sector, k) => {
        if (!w.sc.sectorIndex.has(sector)) return;
        w.world.serial += 1;
        addUnit(w, `${side}-guards-${sector}-${w.world.serial}`, side, 'patrol', sector, per, turnsFromDays(arrivalDays + k * staggerDays, L), { readiness: G.readiness, fatigue: 0, quality: G.quality, complicity: G.complicity }, { ...spec, name: `${side} border guards, ${sector}` });
      });
      w.sovereigntyNow += G.sovereigntyOnDecision;
      return done(`${per} ${side} guards to each of ${o.sectors.join(', ')}, arriving in ${round(arrivalDays, 2)} day(s)${staggerDays ? ` + ${round(staggerDays, 2)} per sector` : ''}; sovereignty +${G.sovereigntyOnDecision}`, {
        personnelPerSector: per, arrivalDays, staggerDays, sovereignty: G.sovereigntyOnDecision,
      });
    }
    case 'commit-reaction-force': {
      const R = P.reactionForce;
      if (!w.sc.places.has(o.to)) return ignore(`unknown place ${o.to}`);
      const side = o.side;
      const role = o.role ?? 'quick-reaction';
      const n = Math.floor(qv(o.personnel, R.personnel));
      const delayDays = Math.max(0, qv(o.delayDays, R.delayDays));
      const delay = turnsFromDays(delayDays, w.sc.turnLengthDays);
      if (w.forces.length + 1 > LIMITS.unitsInRun) return ignore(unitLimit(w, 1));
      w.world.serial += 1;
      const id = `${side}-reaction-${o.to}-${w.world.serial}`;
      addUnit(w, id, side, role, o.to, n, delay, { readiness: R.readiness, fatigue: 0, quality: R.quality, complicity: R.complicity }, {
        name: `${side} rapid-reaction force at ${o.to}`,
        quickReaction: role === 'quick-reaction',
        noticeHours: R.noticeHours,
        readinessTarget: R.readiness,
        costPerPersonPerWeekUsd: R.costPerPersonPerWeekUsd,
        sortieCostUsd: R.sortieCostUsd,
        sovereigntyPerThousandPerWeek: R.sovereigntyPerThousandPerWeek,
        sovereigntyPerSortie: 0,
      });
      w.sovereigntyNow += R.sovereigntyOnDecision;
      return done(`${n} ${side} troops (${role}) to ${o.to}, arriving in ${round(delayDays, 2)} day(s) (${delay} turn(s)); sovereignty +${R.sovereigntyOnDecision}`, { force: id, personnel: n, delayDays, delayTurns: delay, sovereignty: R.sovereigntyOnDecision });
    }
    case 'allow-quick-reaction': {
      const B = P.baseQuickReaction;
      const allowed = o.allowed ?? true;
      let changed = 0;
      for (const id of o.forces) {
        const f = findForce(w, id);
        if (!f) continue;
        const i = w.sc.forces.findIndex((x) => x.id === id);
        const base = f.spec ?? (i >= 0 ? specOf(w.sc.forces[i] as CompiledForce) : undefined);
        if (!base || base.quickReaction === allowed) continue;
        const notice = o.noticeHours !== undefined ? quantityValue(o.noticeHours) : B.noticeHours ?? base.noticeHours;
        f.spec = { ...base, quickReaction: allowed, noticeHours: allowed ? notice : base.noticeHours, sovereigntyPerSortie: allowed ? B.sovereigntyPerSortie : 0 };
        changed += 1;
      }
      if (changed === 0) return ignore(`nothing to change for ${o.forces.join(', ')}`);
      const cost = allowed ? B.sovereigntyOnDecision : 0;
      w.sovereigntyNow += cost;
      return done(`${o.forces.join(', ')} ${allowed ? 'may now act' : 'no longer act'} as quick-reaction force(s); sovereignty +${cost}`, { units: changed, sovereignty: cost });
    }
    case 'assistance': {
      const budget = quantityValue(o.budgetUsdPerWeek);
      if (!(budget > 0)) {
        w.world.assistance = null;
        return done('programme ended');
      }
      const sectors = o.sectors ?? w.sc.sectors.map((s) => s.id);
      const n = sectors.filter((s) => w.sc.sectorIndex.has(s)).length;
      const m = Math.min(1, budget / (n * w.sc.assistance.usdPerSectorPerWeek));
      const chosen = new Set(sectors);
      const multiplier = w.sc.sectors.map((s) => (chosen.has(s.id) ? m : 0));
      const untilTurn = o.days === undefined ? -1 : w.turn + windowTurns(quantityValue(o.days), w.sc.turnLengthDays);
      w.world.assistance = { multiplier, usdPerWeek: budget, untilTurn };
      return done(`USD ${budget}/week over ${n} sector(s): ${round(m * 100, 1)} % of the full gain rate${untilTurn >= 0 ? ` until turn ${untilTurn}` : ''}`, { usdPerWeek: budget, sectors: n, gainMultiplier: round(m, 6) });
    }
    case 'reallocate':
      return reallocate(w, o, origin);
    case 'refugees': {
      setFlag(w, 'border-closed', o.border === 'closed', origin);
      setFlag(w, 'border-open', o.border === 'open', origin);
      return done(`border ${o.border} to refugees`, { border: o.border });
    }
    default:
      return ignore('unknown order');
  }
}

function reallocate(w: Working, o: Extract<Order, { type: 'reallocate' }>, origin: Origin): void {
  const src = `${origin.kind}:${origin.id}`;
  const R = w.sc.orders.reallocation;
  const share = qv(o.share, R.share);
  const window = windowTurns(qv(o.windowDays, R.windowDays), w.sc.turnLengthDays);
  const receiversWanted = Math.max(1, Math.floor(qv(o.receivers, R.receivers)));
  const h = w.world.history.entries().slice(-window);
  const sc = w.sc;
  // Pressure: attempts per km over the window.
  const pressure = sc.sectors.map((s) => {
    let a = 0;
    for (const e of h) a += e.bySector[s.id]?.attempts ?? 0;
    return a / s.lengthKm;
  });
  const order = sc.sectors.map((s) => s.index).sort((a, b) => (pressure[b] ?? 0) - (pressure[a] ?? 0) || a - b);
  const sorted = order.map((i) => pressure[i] ?? 0);
  const median = sorted.length % 2 === 1 ? (sorted[(sorted.length - 1) / 2] as number) : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2;
  const receivers = order.filter((i) => (pressure[i] ?? 0) > median).slice(0, receiversWanted);
  const donors = order.filter((i) => (pressure[i] ?? 0) < median).reverse(); // least pressed first
  if (receivers.length === 0 || donors.length === 0) {
    push(w, { type: 'order-ignored', message: `reallocate: no difference in pressure over the last ${h.length} turn(s) (${originText(origin)})`, data: { order: 'reallocate', source: src } });
    return;
  }
  let moved = 0;
  let k = 0;
  const parts: string[] = [];
  // Patrol units on station by sector, and scenario units by id, found once (not once a donor
  // and a unit: on a long border that was quadratic). A donor's units are no other donor's.
  const onStation = new Map<string, MutableForce[]>();
  for (const f of w.forces) {
    if (f.role !== 'patrol' || f.movingTo !== null || !(f.personnel > 0)) continue;
    const list = onStation.get(f.location);
    if (list === undefined) onStation.set(f.location, [f]);
    else list.push(f);
  }
  const scenarioIndex = new Map(sc.forces.map((x, i) => [x.id, i] as const));
  let full = false;
  for (const d of donors) {
    if (full) break;
    const donorId = sc.sectors[d]?.id;
    const units = (onStation.get(donorId as string) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const u of units) {
      const n = Math.floor(share * u.personnel);
      if (n < 1) continue;
      if (w.forces.length >= LIMITS.unitsInRun) {
        full = true;
        break;
      }
      const to = sc.sectors[receivers[k % receivers.length] as number]?.id as string;
      k += 1;
      u.personnel -= n;
      u.transferred = (u.transferred ?? 0) + n;
      (w.sectors[d] as MutableSector).personnelDeparted += n;
      w.world.serial += 1;
      const i = scenarioIndex.get(u.id) ?? -1;
      const spec = u.spec ?? (i >= 0 ? specOf(sc.forces[i] as CompiledForce) : undefined);
      const det: MutableForce = {
        id: `${u.id}-det-${w.world.serial}`,
        side: u.side,
        personnel: n,
        location: u.location,
        role: 'patrol',
        readiness: u.readiness,
        fatigue: u.fatigue,
        quality: u.quality,
        complicity: u.complicity,
        movingTo: null,
        arrivesTurn: -1,
        casualties: 0,
        spec: { ...(spec as ForceSpec), name: `detachment of ${u.id}` },
      };
      w.forces.push(det);
      // The detachment's personnel left the donor's account above; the move adds nothing more.
      const from = sc.places.get(det.location);
      const dest = sc.places.get(to);
      const turns = movementTurns(from && dest ? roadDistanceKm(from, dest) : Infinity, from && dest ? Math.min(from.roadSpeedKmPerHour, dest.roadSpeedKmPerHour) : 0, sc.forceDynamics.movementHoursPerTurn);
      det.movingTo = to;
      det.arrivesTurn = w.turn + (turns === Infinity ? 1 : turns);
      moved += n;
      parts.push(`${n} of ${u.id} ${donorId}->${to}`);
    }
  }
  push(w, {
    type: 'order',
    message: `reallocate: ${moved} patrol personnel toward ${receivers.map((i) => sc.sectors[i]?.id).join(', ')} (pressure per km over ${h.length} turn(s)): ${parts.join(', ')}${full ? `; stopped at ${LIMITS.unitsInRun} units (a limit: docs/limits.md)` : ''} (${originText(origin)})`,
    data: { order: 'reallocate', personnel: moved, receivers: receivers.map((i) => sc.sectors[i]?.id).join(','), source: src },
  });
}

export type { Condition };
