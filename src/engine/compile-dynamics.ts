/**
 * Compiling the dynamic parts of a scenario: events, drills, the declarative policy and the
 * defaults of orders (docs/model.md §13-16). Conditions stay declarative data: they are read by
 * `evaluateCondition` (src/model/conditions.ts), never turned into code.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { conditionWindows } from '../model/conditions';
import { quantityValue } from '../scenario/quantity';
import type { Condition, EventAction, Order, QuantityValue, Scenario } from '../scenario/schema';
import type { CompiledForce, CompiledSector } from './compile';
import type { PlacePosition } from '../model/geography';
import { parseIsoDate } from './calendar';
import { compoundPerWeek, DAYS_PER_WEEK, turnOfDay, turnsFromDays, windowTurns } from '../model/time';

/** When an event or rule may fire again. */
export interface CompiledRepeat {
  readonly cooldownTurns: number;
  readonly maxFirings: number;
}

/** An action, with an added unit compiled and a new presence turned into sector shares. */
export type CompiledAction =
  | (EventAction & { readonly type: Exclude<EventAction['type'], 'add-force' | 'actor'> })
  | { readonly type: 'add-force'; readonly force: CompiledForce; /** `arrivalDays` at the nearest turn boundary. */ readonly arrivalTurns: number }
  | { readonly type: 'actor'; readonly actor: string; readonly strength?: Change; readonly intent?: Change; readonly presence?: readonly number[] };

export type Change = { readonly set: number } | { readonly add: number } | { readonly multiply: number };

/** An event, ready for the turn loop. */
export interface CompiledEvent {
  readonly id: string;
  readonly name: string;
  /** Fires only in this turn (-1: any turn). A date trigger becomes the turn that includes it; -2: never (a date before the start). */
  readonly turn: number;
  /** The trigger's date as days from the start of the run (-1: no date): its actor changes take effect on that day of the turn. */
  readonly day: number;
  readonly when: Condition | null;
  /** Chance per turn, 1 − (1 − p)^(d/7) for the trigger's chance p a week (null: no random draw). */
  readonly probability: number | null;
  /** Stream key of the draw: `event/<id>`. */
  readonly streamKey: string;
  readonly repeat: CompiledRepeat | null;
  readonly actions: readonly CompiledAction[];
}

/** A policy rule, ready for the turn loop. */
export interface CompiledRule {
  readonly id: string;
  readonly when: Condition | null;
  readonly repeat: CompiledRepeat | null;
  readonly orders: readonly Order[];
}

/** A drill. */
export interface CompiledDrill {
  readonly id: string;
  readonly name: string;
  readonly side: string;
  readonly location: string;
  /** Distance of its location from the border (km): it deters within parameters.deterrence.exerciseRangeKm. */
  readonly fromBorderKm: number;
  readonly personnel: number;
  /** Scheduled start, days from the start of the run, or -1 (starts only by an event or order). */
  readonly startDay: number;
  /** Length (days). */
  readonly durationDays: number;
  readonly participants: readonly string[];
  /** Share of the participants' gap to full readiness closed per week of drill. */
  readonly readinessGainPerWeek: number;
  readonly costPerPersonPerWeekUsd: number;
  readonly sovereigntyPerThousandPerWeek: number;
}

/** Defaults of orders (docs/policies.md); delays and windows in days. */
export interface CompiledOrderParameters {
  readonly invitedGuards: {
    readonly personnelPerSector: number;
    readonly arrivalDays: number;
    readonly staggerDays: number;
    readonly readiness: number;
    readonly quality: number;
    readonly complicity: number;
    readonly costPerPersonPerWeekUsd: number;
    readonly sovereigntyOnDecision: number;
    readonly sovereigntyPerThousandPerWeek: number;
  };
  readonly reactionForce: {
    readonly personnel: number;
    readonly delayDays: number;
    readonly noticeHours: number;
    readonly readiness: number;
    readonly quality: number;
    readonly complicity: number;
    readonly sortieCostUsd: number;
    readonly costPerPersonPerWeekUsd: number;
    readonly sovereigntyOnDecision: number;
    readonly sovereigntyPerThousandPerWeek: number;
  };
  readonly baseQuickReaction: { readonly noticeHours: number | null; readonly sovereigntyOnDecision: number; readonly sovereigntyPerSortie: number };
  readonly reallocation: { readonly share: number; readonly windowDays: number; readonly receivers: number };
}

/** Default order parameters (all assumptions; docs/policies.md). */
export const ORDER_DEFAULTS: CompiledOrderParameters = {
  invitedGuards: {
    personnelPerSector: 300,
    arrivalDays: 28,
    staggerDays: 7,
    readiness: 0.9,
    quality: 0.9,
    complicity: 0.05,
    costPerPersonPerWeekUsd: 100,
    sovereigntyOnDecision: 10,
    sovereigntyPerThousandPerWeek: 1,
  },
  reactionForce: {
    personnel: 1500,
    delayDays: 21,
    noticeHours: 2,
    readiness: 0.9,
    quality: 0.9,
    complicity: 0,
    sortieCostUsd: 5000,
    costPerPersonPerWeekUsd: 100,
    sovereigntyOnDecision: 5,
    sovereigntyPerThousandPerWeek: 0.5,
  },
  baseQuickReaction: { noticeHours: null, sovereigntyOnDecision: 2, sovereigntyPerSortie: 0.2 },
  reallocation: { share: 0.2, windowDays: 28, receivers: 2 },
};

/** Default readiness gain of drill participants (share of the gap to 1 a week of drill). */
export const DRILL_READINESS_GAIN = 0.1;
/** Turns of metrics kept for conditions and policy functions, at least. */
export const MIN_HISTORY_TURNS = 8;

/** The dynamic parts of a compiled scenario. */
export interface CompiledDynamics {
  readonly events: readonly CompiledEvent[];
  readonly drills: readonly CompiledDrill[];
  readonly policyName: string | null;
  readonly rules: readonly CompiledRule[];
  readonly orders: CompiledOrderParameters;
  /** Who holds each province at the start (provinces[].controlledBy). */
  readonly provinceControl: Readonly<Record<string, string>>;
  /** Turns of metric history the run keeps (the longest window named, at least 8). */
  readonly historyTurns: number;
  /** Whether the scenario has events, drills or policy rules (the run then keeps `state.world`). */
  readonly dynamic: boolean;
}

interface Inputs {
  startDay: number;
  turnLengthDays: number;
  sectors: readonly CompiledSector[];
  forces: readonly CompiledForce[];
  compileForce: (f: Scenario['forces'][number], index: number) => CompiledForce;
  presenceShares: (p: Readonly<Record<string, number | object>>) => Float64Array;
  places: ReadonlyMap<string, PlacePosition>;
}

const q = (v: QuantityValue | undefined, fallback: number): number => (v === undefined ? fallback : quantityValue(v));

function repeatOf(r: { cooldownTurns: number; maxFirings?: number } | undefined): CompiledRepeat | null {
  return r === undefined ? null : { cooldownTurns: r.cooldownTurns, maxFirings: r.maxFirings ?? Number.MAX_SAFE_INTEGER };
}

/** Days from the start of the run to `date` (negative before it). */
export function dayOfDate(date: string, startDay: number): number {
  return parseIsoDate(date) - startDay;
}

/** The turn whose days include `date`; -2 when the date is before the start. */
export function turnOfDate(date: string, startDay: number, turnLengthDays: number): number {
  const d = dayOfDate(date, startDay);
  return d < 0 ? -2 : turnOfDay(d, turnLengthDays);
}

export function compileDynamics(scenario: Scenario, x: Inputs): CompiledDynamics {
  const P = scenario.parameters;
  let longest = 1;
  const note = (c: Condition | undefined) => {
    if (c !== undefined) for (const w of conditionWindows(c)) longest = Math.max(longest, w);
  };
  const events: CompiledEvent[] = (scenario.events ?? []).map((e) => {
    note(e.trigger.when);
    let turn = e.trigger.turn ?? -1;
    if (e.trigger.date !== undefined) {
      const t = turnOfDate(e.trigger.date, x.startDay, x.turnLengthDays);
      turn = turn === -1 || turn === t ? t : -2; // both given and different: never
    }
    const actions: CompiledAction[] = e.actions.map((a) => {
      if (a.type === 'add-force')
        return { type: 'add-force', force: x.compileForce(a.force, -1), arrivalTurns: turnsFromDays(q(a.arrivalDays, 0), x.turnLengthDays) };
      if (a.type === 'actor') {
        const out: { type: 'actor'; actor: string; strength?: Change; intent?: Change; presence?: number[] } = { type: 'actor', actor: a.actor };
        if (a.strength) out.strength = a.strength;
        if (a.intent) out.intent = a.intent;
        if (a.presence) out.presence = Array.from(x.presenceShares(a.presence));
        return out;
      }
      if (a.type === 'reallocate' && a.windowDays !== undefined) longest = Math.max(longest, windowTurns(quantityValue(a.windowDays), x.turnLengthDays));
      return a as CompiledAction;
    });
    return {
      id: e.id,
      name: e.name ?? e.id,
      turn,
      day: e.trigger.date === undefined ? -1 : Math.max(-1, dayOfDate(e.trigger.date, x.startDay)),
      when: e.trigger.when ?? null,
      probability:
        e.trigger.probabilityPerWeek === undefined ? null : compoundPerWeek(quantityValue(e.trigger.probabilityPerWeek), x.turnLengthDays / DAYS_PER_WEEK),
      streamKey: `event/${e.id}`,
      repeat: repeatOf(e.repeat),
      actions,
    };
  });
  const rules: CompiledRule[] = (scenario.policy?.rules ?? []).map((r) => {
    note(r.when);
    for (const o of r.orders)
      if (o.type === 'reallocate' && o.windowDays !== undefined) longest = Math.max(longest, windowTurns(quantityValue(o.windowDays), x.turnLengthDays));
    return { id: r.id, when: r.when ?? null, repeat: repeatOf(r.repeat), orders: r.orders };
  });
  const costDefault = q(P.costs?.costPerPersonPerWeekUsd, 50);
  const drills: CompiledDrill[] = (scenario.drills ?? []).map((d) => {
    let startDay = -1;
    if (d.startDay !== undefined) startDay = quantityValue(d.startDay);
    else if (d.startDate !== undefined) startDay = dayOfDate(d.startDate, x.startDay);
    return {
      id: d.id,
      name: d.name,
      side: d.side ?? 'exercise',
      location: d.location,
      fromBorderKm: x.places.get(d.location)?.fromBorderKm ?? Infinity,
      personnel: Math.floor(quantityValue(d.personnel)),
      startDay: startDay < 0 ? -1 : startDay,
      durationDays: quantityValue(d.durationDays),
      participants: d.participants ?? [],
      readinessGainPerWeek: q(d.readinessGainPerWeek, DRILL_READINESS_GAIN),
      costPerPersonPerWeekUsd: q(d.costPerPersonPerWeekUsd, costDefault),
      sovereigntyPerThousandPerWeek: q(d.sovereigntyPerThousandPerWeek, 0),
    };
  });
  const O = P.orders;
  const D = ORDER_DEFAULTS;
  const orders: CompiledOrderParameters = {
    invitedGuards: {
      personnelPerSector: q(O?.invitedGuards?.personnelPerSector, D.invitedGuards.personnelPerSector),
      arrivalDays: q(O?.invitedGuards?.arrivalDays, D.invitedGuards.arrivalDays),
      staggerDays: q(O?.invitedGuards?.staggerDays, D.invitedGuards.staggerDays),
      readiness: q(O?.invitedGuards?.readiness, D.invitedGuards.readiness),
      quality: q(O?.invitedGuards?.quality, D.invitedGuards.quality),
      complicity: q(O?.invitedGuards?.complicity, D.invitedGuards.complicity),
      costPerPersonPerWeekUsd: q(O?.invitedGuards?.costPerPersonPerWeekUsd, D.invitedGuards.costPerPersonPerWeekUsd),
      sovereigntyOnDecision: q(O?.invitedGuards?.sovereigntyOnDecision, D.invitedGuards.sovereigntyOnDecision),
      sovereigntyPerThousandPerWeek: q(O?.invitedGuards?.sovereigntyPerThousandPerWeek, D.invitedGuards.sovereigntyPerThousandPerWeek),
    },
    reactionForce: {
      personnel: q(O?.reactionForce?.personnel, D.reactionForce.personnel),
      delayDays: q(O?.reactionForce?.delayDays, D.reactionForce.delayDays),
      noticeHours: q(O?.reactionForce?.noticeHours, D.reactionForce.noticeHours),
      readiness: q(O?.reactionForce?.readiness, D.reactionForce.readiness),
      quality: q(O?.reactionForce?.quality, D.reactionForce.quality),
      complicity: q(O?.reactionForce?.complicity, D.reactionForce.complicity),
      sortieCostUsd: q(O?.reactionForce?.sortieCostUsd, q(P.costs?.sortieCostUsd, D.reactionForce.sortieCostUsd)),
      costPerPersonPerWeekUsd: q(O?.reactionForce?.costPerPersonPerWeekUsd, D.reactionForce.costPerPersonPerWeekUsd),
      sovereigntyOnDecision: q(O?.reactionForce?.sovereigntyOnDecision, D.reactionForce.sovereigntyOnDecision),
      sovereigntyPerThousandPerWeek: q(O?.reactionForce?.sovereigntyPerThousandPerWeek, D.reactionForce.sovereigntyPerThousandPerWeek),
    },
    baseQuickReaction: {
      noticeHours: O?.baseQuickReaction?.noticeHours === undefined ? null : quantityValue(O.baseQuickReaction.noticeHours),
      sovereigntyOnDecision: q(O?.baseQuickReaction?.sovereigntyOnDecision, D.baseQuickReaction.sovereigntyOnDecision),
      sovereigntyPerSortie: q(O?.baseQuickReaction?.sovereigntyPerSortie, D.baseQuickReaction.sovereigntyPerSortie),
    },
    reallocation: {
      share: q(O?.reallocation?.share, D.reallocation.share),
      windowDays: q(O?.reallocation?.windowDays, D.reallocation.windowDays),
      receivers: Math.max(1, Math.floor(q(O?.reallocation?.receivers, D.reallocation.receivers))),
    },
  };
  longest = Math.max(longest, windowTurns(orders.reallocation.windowDays, x.turnLengthDays));
  const provinceControl: Record<string, string> = {};
  for (const p of scenario.provinces) if (p.controlledBy !== undefined) provinceControl[p.id] = p.controlledBy;
  return {
    events,
    drills,
    policyName: scenario.policy?.name ?? null,
    rules,
    orders,
    provinceControl,
    historyTurns: Math.max(MIN_HISTORY_TURNS, longest),
    dynamic: events.length > 0 || drills.length > 0 || rules.length > 0,
  };
}
