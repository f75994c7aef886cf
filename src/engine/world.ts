/**
 * The mutable world a turn's decisions work on (flags, province control, firings, drills,
 * parameters, an assistance programme, the history window, sovereignty), the mutable records of
 * a run state, and the log of decisions with their origins (docs/architecture.md, "State").
 *
 * @module
 */
import type { RandomStreams } from '../rng/streams';
import type { CompiledForce, CompiledScenario } from './compile';
import { HistoryWindow } from './history';
import type { LogEntry } from './results';
import { idRecord, type ActorState, type ForceSpec, type ForceState, type SectorState, type WorldState } from './state';

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
  red?: { spentUsd: number; recruited: number };
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
    // Red's account appears with red's first spending: a state without it hashes as before.
    ...(w.red !== undefined ? { red: { ...w.red } } : {}),
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
    ...(w.red !== undefined ? { red: w.red } : {}),
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

/** Where a firing or an order came from (for the log). */
export type Origin = { kind: 'event' | 'rule' | 'policy' | 'orders'; id: string };

export function originText(o: Origin): string {
  return o.kind === 'policy' ? `policy function ${o.id}` : o.kind === 'orders' ? `the turn's orders` : `${o.kind} ${o.id}`;
}

/** Logs a decision of the turn (when the turn keeps a log). */
export function push(w: Working, entry: Omit<LogEntry, 'turn' | 'date'>): void {
  if (w.log) w.log.push({ turn: w.turn, date: w.date, ...entry });
}
