/**
 * The simulation state: a plain JSON tree (entities refer to each other by id), replaced once a
 * turn by an immer `produce`. Everything a later turn depends on lives here, so that a state and
 * a seed are enough to replay the rest of a run.
 *
 * @module
 */
import type { ForceRole } from '../scenario/schema';
import type { CompiledScenario } from './compile';

/** A unit's condition during a run. */
export interface ForceState {
  readonly id: string;
  readonly side: string;
  readonly personnel: number;
  /** A sector id or a base id: where the unit is, or, while it moves, where it left from. */
  readonly location: string;
  readonly role: ForceRole;
  readonly readiness: number;
  readonly fatigue: number;
  readonly quality: number;
  readonly complicity: number;
  /** Destination while the unit moves, else null. A moving unit neither patrols nor responds. */
  readonly movingTo: string | null;
  /** Turn at whose start the unit arrives (-1 when not moving). */
  readonly arrivesTurn: number;
  /** Casualties suffered since the start of the run (persons). */
  readonly casualties: number;
  /**
   * Present only for units added during the run (events, orders) or changed by an order: what
   * the compiled scenario would otherwise say about the unit (name, quick-reaction permission,
   * notice, costs).
   */
  readonly spec?: ForceSpec;
  /** Personnel that left the unit other than as casualties (detachments, withdrawal), persons. */
  readonly transferred?: number;
  /** Complicity red bought (`bribe` orders), included in `complicity`; absent: none. Blue does not see it. */
  readonly bought?: number;
}

/** What the turn loop needs to know about a unit besides its condition. */
export interface ForceSpec {
  readonly name: string;
  readonly quickReaction: boolean;
  readonly noticeHours: number;
  readonly readinessTarget: number;
  readonly costPerPersonPerWeekUsd: number;
  readonly sortieCostUsd: number;
  readonly sovereigntyPerThousandPerWeek: number;
  readonly sovereigntyPerSortie: number;
}

/** An actor's condition during a run. */
export interface ActorState {
  readonly id: string;
  readonly strength: number;
  readonly intent: number;
  /** Remembered interdiction rate of each sector, in scenario sector order (0-1). */
  readonly perceived: readonly number[];
  /**
   * Attempts the rate of each sector was learned from, each weighted by 2^(−age / half-life)
   * (docs/model.md §2); absent in a state made before it existed: nothing remembered.
   */
  readonly seen?: readonly number[];
  /** Casualties suffered since the start of the run (persons). */
  readonly casualties: number;
  /** Share of attempts by sector when an event changed the actor's presence (else the scenario's). */
  readonly presence?: readonly number[];
  /** Red's standing route weights by sector, in scenario sector order (a `route` order; absent: 1 each). */
  readonly route?: readonly number[];
  /** Red's standing tempo factor (a `tempo` order; absent: 1): 0 holds, above 1 surges. */
  readonly tempo?: number;
  /** Red's standing split factor of the actor's loads by sector (a `split` order; absent: 1 each). */
  readonly split?: readonly number[];
}

/** Running totals of a sector since the start of the run. */
export interface SectorState {
  readonly id: string;
  readonly attempts: number;
  readonly detected: number;
  readonly interdicted: number;
  readonly gotAway: number;
  readonly kgSeized: number;
  readonly kgThrough: number;
  readonly clashes: number;
  /** Turn of the last clash in the sector, or -1 if none yet. */
  readonly lastClashTurn: number;
  /** Sensor detection chance now (0-1): the scenario's level, raised by assistance. */
  readonly sensorDetection: number;
  /** Personnel of units that arrived in the sector (persons, cumulative). */
  readonly personnelArrived: number;
  /** Personnel of units that left the sector (persons, cumulative). */
  readonly personnelDeparted: number;
  /** Casualties of units stationed in the sector (persons, cumulative). */
  readonly personnelLost: number;
}

/** The whole state between two turns. */
export interface SimState {
  /** The next turn to play, from 0. */
  readonly turn: number;
  readonly sectors: readonly SectorState[];
  readonly forces: readonly ForceState[];
  readonly actors: readonly ActorState[];
  /** Events, drills, policies: present when the scenario has any or a policy function runs. */
  readonly world?: WorldState;
}

/** The metrics of one completed turn, as conditions and policy functions read them. */
export interface HistoryEntry {
  readonly turn: number;
  readonly metrics: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly bySector: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** A technical-assistance programme in progress. */
export interface AssistanceProgramme {
  /** Gain multiplier (0-1) of each sector, in scenario sector order. */
  readonly multiplier: readonly number[];
  readonly usdPerWeek: number;
  /** First turn without the programme (-1: to the end of the run). */
  readonly untilTurn: number;
}

/** The state of events, drills and policies. */
export interface WorldState {
  /** Policy flags that are set, sorted. */
  readonly flags: readonly string[];
  /** Who holds each province (by id). */
  readonly control: Readonly<Record<string, string>>;
  /** Events and policy rules that fired: how often, and the last turn. */
  readonly fired: Readonly<Record<string, { readonly count: number; readonly lastTurn: number }>>;
  /** Drills started (scheduled or by an action): first turn and first turn after. */
  readonly drills: Readonly<Record<string, { readonly start: number; readonly end: number }>>;
  /** Parameters changed by events: JSON pointer to value. */
  readonly parameters: Readonly<Record<string, number | string>>;
  readonly assistance: AssistanceProgramme | null;
  /** Metrics of the last turns (oldest first), at most `historyTurns`. */
  readonly history: readonly HistoryEntry[];
  /** Sovereignty points accrued so far. */
  readonly sovereignty: number;
  /** Counter for the ids of units added during the run. */
  readonly serial: number;
  /** Red's spending so far (bribes and recruits); absent until red spends (red-resources.ts). */
  readonly red?: RedAccount;
}

/** What red has spent of the limits `sides.red` sets over a game. */
export interface RedAccount {
  /** USD spent on bribes and recruits. */
  readonly spentUsd: number;
  /** Persons recruited from the pool. */
  readonly recruited: number;
}

/**
 * A record keyed by ids: without a prototype, so that an id such as `constructor` or `toString`
 * names only what was stored under it (an ordinary object would answer with Object.prototype's).
 * It serialises, hashes and compares as a plain object.
 */
export function idRecord<T>(from?: Readonly<Record<string, T>>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (from !== undefined) for (const k of Object.keys(from)) out[k] = from[k] as T;
  return out;
}

/** The world state at the start of a run. */
export function initialWorld(scenario: CompiledScenario): WorldState {
  return {
    flags: [],
    control: idRecord(scenario.provinceControl),
    fired: idRecord(),
    drills: idRecord(),
    parameters: idRecord(),
    assistance: null,
    history: [],
    sovereignty: 0,
    serial: 0,
  };
}

/**
 * The state before the first turn.
 *
 * @example
 * const state = initialState(compileScenario(scenario));
 * state.turn; // 0
 */
export function initialState(scenario: CompiledScenario, options: { world?: boolean } = {}): SimState {
  const n = scenario.sectors.length;
  const state: SimState = {
    turn: 0,
    sectors: scenario.sectors.map((s) => ({
      id: s.id,
      attempts: 0,
      detected: 0,
      interdicted: 0,
      gotAway: 0,
      kgSeized: 0,
      kgThrough: 0,
      clashes: 0,
      lastClashTurn: -1,
      sensorDetection: s.sensorDetection,
      personnelArrived: 0,
      personnelDeparted: 0,
      personnelLost: 0,
    })),
    forces: scenario.forces.map((f) => ({
      id: f.id,
      side: f.side,
      personnel: f.personnel,
      location: f.location,
      role: f.role,
      readiness: f.readiness,
      fatigue: f.fatigue,
      quality: f.quality,
      complicity: f.complicity,
      movingTo: null,
      arrivesTurn: -1,
      casualties: 0,
    })),
    actors: scenario.actors.map((a) => ({
      id: a.id,
      strength: a.strength,
      intent: a.intent,
      perceived: zeros(n),
      seen: zeros(n),
      casualties: 0,
    })),
  };
  return scenario.dynamic || options.world ? { ...state, world: initialWorld(scenario) } : state;
}

/**
 * n zeros in a packed array. `new Array(n).fill(0)` makes a holey one, and V8 then boxes every
 * double read from it that may be a hole (`a[s] ?? 0`): a heap number for each read of an
 * actor's memory, for every actor, sector and turn.
 */
function zeros(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(0); // (Array.from with a map function is several times slower)
  return out;
}
