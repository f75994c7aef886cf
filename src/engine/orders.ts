/**
 * The order interpreter: the actions of events and the orders of policies and players, carried
 * out on the mutable world of a turn (docs/model.md §13-16, docs/policies.md). Orders that cannot
 * be carried out are logged and ignored.
 *
 * @module
 */
import { applyRedOrder, redOrderProblem } from './red-orders';
import { movementTurns } from '../model/forces';
import { roadDistanceKm } from '../model/geography';
import { turnsFromDays, windowTurns } from '../model/time';
import { LIMITS } from '../scenario/limits';
import { quantityValue } from '../scenario/quantity';
import type { Order, QuantityValue } from '../scenario/schema';
import type { Change, CompiledAction } from './compile-dynamics';
import type { CompiledForce } from './compile';
import type { ForceSpec, ForceState } from './state';
import { originText, push, specOf, type ActorChangePoint, type MutableForce, type MutableSector, type Origin, type Working } from './world';

const round = (x: number, digits = 4) => Number(x.toFixed(digits));
const qv = (v: QuantityValue | undefined, fallback: number): number => (v === undefined ? fallback : quantityValue(v));

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
export function startDrill(w: Working, id: string, origin: Origin, startDay = w.turn * w.sc.turnLengthDays): void {
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
        type: 'actor-change',
        actor: a.actor,
        message: `${a.actor}: strength ${before.strength} -> ${live.strength}, intent ${round(before.intent)} -> ${round(live.intent)}${a.presence ? ', presence changed' : ''} (${originText(origin)})`,
        data: { strengthBefore: before.strength, strength: live.strength, intentBefore: before.intent, intent: live.intent, source: src },
      });
      return;
    }
    case 'control': {
      const before = w.world.control[a.province];
      w.world.control[a.province] = a.controlledBy;
      push(w, {
        type: 'control',
        message: `${a.province} now held by ${a.controlledBy} (was ${before ?? 'unset'}; ${originText(origin)})`,
        data: { province: a.province, controlledBy: a.controlledBy, source: src },
      });
      return;
    }
    case 'add-force': {
      const cf = a.force;
      if (findForce(w, cf.id)) {
        push(w, {
          type: 'order-ignored',
          message: `add-force ${cf.id}: a unit with this id is already present (${originText(origin)})`,
          data: { force: cf.id, source: src },
        });
        return;
      }
      if (w.forces.length + 1 > LIMITS.unitsInRun) {
        push(w, { type: 'order-ignored', message: `add-force ${cf.id}: ${unitLimit(w, 1)} (${originText(origin)})`, data: { force: cf.id, source: src } });
        return;
      }
      addUnit(
        w,
        cf.id,
        cf.side,
        cf.role,
        cf.location,
        cf.personnel,
        a.arrivalTurns,
        { readiness: cf.readiness, fatigue: cf.fatigue, quality: cf.quality, complicity: cf.complicity },
        specOf(cf),
      );
      push(w, {
        type: 'force-added',
        message: `${cf.name} (${cf.personnel}) added at ${cf.location}${a.arrivalTurns > 0 ? `, on station in ${a.arrivalTurns} turn(s)` : ''} (${originText(origin)})`,
        data: { force: cf.id, personnel: cf.personnel, source: src },
      });
      return;
    }
    case 'remove-force': {
      const f = findForce(w, a.force);
      if (!f || f.personnel <= 0) {
        push(w, {
          type: 'order-ignored',
          message: `remove-force ${a.force}: no such unit present (${originText(origin)})`,
          data: { force: a.force, source: src },
        });
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
function noteChangeWithin(
  w: Working,
  actor: number,
  day: number,
  before: { intent: number; strength: number },
  after: { intent: number; strength: number },
): void {
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
  if (value !== has)
    push(w, {
      type: 'flag',
      message: `flag ${flag} ${value ? 'set' : 'cleared'} (${originText(origin)})`,
      data: { flag, value: value ? 1 : 0, source: `${origin.kind}:${origin.id}` },
    });
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
  const ignore = (why: string) =>
    push(w, { type: 'order-ignored', message: `${o.type}: ${why} (${originText(origin)})`, data: { order: o.type, source: src } });
  const done = (message: string, data: Record<string, number | string> = {}) =>
    push(w, { type: 'order', message: `${o.type}: ${message} (${originText(origin)})`, data: { order: o.type, source: src, ...data } });
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
        addUnit(
          w,
          `${side}-guards-${sector}-${w.world.serial}`,
          side,
          'patrol',
          sector,
          per,
          turnsFromDays(arrivalDays + k * staggerDays, L),
          { readiness: G.readiness, fatigue: 0, quality: G.quality, complicity: G.complicity },
          { ...spec, name: `${side} border guards, ${sector}` },
        );
      });
      w.sovereigntyNow += G.sovereigntyOnDecision;
      return done(
        `${per} ${side} guards to each of ${o.sectors.join(', ')}, arriving in ${round(arrivalDays, 2)} day(s)${staggerDays ? ` + ${round(staggerDays, 2)} per sector` : ''}; sovereignty +${G.sovereigntyOnDecision}`,
        {
          personnelPerSector: per,
          arrivalDays,
          staggerDays,
          sovereignty: G.sovereigntyOnDecision,
        },
      );
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
      addUnit(
        w,
        id,
        side,
        role,
        o.to,
        n,
        delay,
        { readiness: R.readiness, fatigue: 0, quality: R.quality, complicity: R.complicity },
        {
          name: `${side} rapid-reaction force at ${o.to}`,
          quickReaction: role === 'quick-reaction',
          noticeHours: R.noticeHours,
          readinessTarget: R.readiness,
          costPerPersonPerWeekUsd: R.costPerPersonPerWeekUsd,
          sortieCostUsd: R.sortieCostUsd,
          sovereigntyPerThousandPerWeek: R.sovereigntyPerThousandPerWeek,
          sovereigntyPerSortie: 0,
        },
      );
      w.sovereigntyNow += R.sovereigntyOnDecision;
      return done(
        `${n} ${side} troops (${role}) to ${o.to}, arriving in ${round(delayDays, 2)} day(s) (${delay} turn(s)); sovereignty +${R.sovereigntyOnDecision}`,
        { force: id, personnel: n, delayDays, delayTurns: delay, sovereignty: R.sovereigntyOnDecision },
      );
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
        const notice = o.noticeHours !== undefined ? quantityValue(o.noticeHours) : (B.noticeHours ?? base.noticeHours);
        f.spec = {
          ...base,
          quickReaction: allowed,
          noticeHours: allowed ? notice : base.noticeHours,
          sovereigntyPerSortie: allowed ? B.sovereigntyPerSortie : 0,
        };
        changed += 1;
      }
      if (changed === 0) return ignore(`nothing to change for ${o.forces.join(', ')}`);
      const cost = allowed ? B.sovereigntyOnDecision : 0;
      w.sovereigntyNow += cost;
      return done(`${o.forces.join(', ')} ${allowed ? 'may now act' : 'no longer act'} as quick-reaction force(s); sovereignty +${cost}`, {
        units: changed,
        sovereignty: cost,
      });
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
      return done(`USD ${budget}/week over ${n} sector(s): ${round(m * 100, 1)} % of the full gain rate${untilTurn >= 0 ? ` until turn ${untilTurn}` : ''}`, {
        usdPerWeek: budget,
        sectors: n,
        gainMultiplier: round(m, 6),
      });
    }
    case 'reallocate':
      return reallocate(w, o, origin);
    case 'refugees': {
      setFlag(w, 'border-closed', o.border === 'closed', origin);
      setFlag(w, 'border-open', o.border === 'open', origin);
      return done(`border ${o.border} to refugees`, { border: o.border });
    }
    case 'route': {
      const i = w.sc.actors.findIndex((x) => x.id === o.actor);
      const live = w.actors[i];
      if (live === undefined) return ignore(`unknown actor ${o.actor}`);
      const named = Object.keys(o.weights);
      // An empty order restores the scenario's routing (no field: the state is as before any order).
      if (named.length === 0) delete live.route;
      else live.route = w.sc.sectors.map((s) => o.weights[s.id] ?? 1);
      return done(
        `${o.actor} routes ${named.length === 0 ? 'as the scenario has it' : named.map((k) => `${k} x${round(o.weights[k] as number)}`).join(', ')}`,
        { actor: o.actor },
      );
    }
    case 'tempo': {
      const i = w.sc.actors.findIndex((x) => x.id === o.actor);
      const live = w.actors[i];
      if (live === undefined) return ignore(`unknown actor ${o.actor}`);
      if (o.factor === 1) delete live.tempo;
      else live.tempo = o.factor;
      return done(`${o.actor} ${o.factor === 0 ? 'holds' : o.factor > 1 ? `surges (x${round(o.factor)})` : `attempts at x${round(o.factor)}`}`, {
        actor: o.actor,
        factor: o.factor,
      });
    }
    case 'split':
    case 'bribe':
    case 'reinforce': {
      // Red's means (red-orders.ts): checked again here, since rules' and events' orders come
      // straight to this function; a limit passed is logged and nothing applied.
      const problem = redOrderProblem(o, w);
      if (problem !== undefined) return ignore(problem);
      const out = applyRedOrder(o, w);
      return out === undefined ? ignore('nothing to apply') : done(out.message, out.data);
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
  const median =
    sorted.length % 2 === 1
      ? (sorted[(sorted.length - 1) / 2] as number)
      : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2;
  const receivers = order.filter((i) => (pressure[i] ?? 0) > median).slice(0, receiversWanted);
  const donors = order.filter((i) => (pressure[i] ?? 0) < median).reverse(); // least pressed first
  if (receivers.length === 0 || donors.length === 0) {
    push(w, {
      type: 'order-ignored',
      message: `reallocate: no difference in pressure over the last ${h.length} turn(s) (${originText(origin)})`,
      data: { order: 'reallocate', source: src },
    });
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
      const turns = movementTurns(
        from && dest ? roadDistanceKm(from, dest) : Infinity,
        from && dest ? Math.min(from.roadSpeedKmPerHour, dest.roadSpeedKmPerHour) : 0,
        sc.forceDynamics.movementHoursPerTurn,
      );
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
