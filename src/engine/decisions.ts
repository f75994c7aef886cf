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
 * The order interpreter is orders.ts; the mutable world world.ts; the policy function's types
 * policy-function.ts.
 *
 * @module
 */
import { evaluateCondition, type ConditionEnv, type ConditionResult } from '../model/conditions';
import { LIMITS } from '../scenario/limits';
import { orderProblem } from '../scenario/order-validation';
import type { Order } from '../scenario/schema';
import type { CompiledScenario } from './compile';
import type { CompiledRepeat } from './compile-dynamics';
import { orderReferenceProblem } from './order-references';
import { applyAction, applyOrder, startDrill } from './orders';
import type { PolicyContext, PolicyFunction, PolicyView } from './policy-function';
import { freezeState } from './view';
import { drillActive, push, worldJson, type Origin, type Working } from './world';

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

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
      return f === undefined ? undefined : (f[property] ?? 0);
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
    push(w, {
      type: 'rule',
      message: `policy ${sc.policyName ?? ''} rule ${r.id} fires: ${cond?.cause ?? 'always'}`,
      data: { rule: r.id, ...(cond?.data ?? {}) },
    });
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
    push(w, {
      type: 'order-rejected',
      message: `${who}: ${orders.length - LIMITS.ordersPerTurn} order(s) past the first ${LIMITS.ordersPerTurn} of the turn rejected (a limit: docs/limits.md)`,
      data: { source, orders: orders.length },
    });
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

function freezeView(w: Working): PolicyView {
  return freezeState(structuredClone({ turn: w.turn, sectors: w.sectors, forces: w.forces, actors: w.actors, world: worldJson(w.world) }) as PolicyView);
}

function contextOf(w: Working): PolicyContext {
  const sc = w.sc;
  const lengths: Record<string, number> = {};
  for (const s of sc.sectors) lengths[s.id] = s.lengthKm;
  return freezeState({
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
