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
}

/** An actor's condition during a run. */
export interface ActorState {
  readonly id: string;
  readonly strength: number;
  readonly intent: number;
  /** Remembered interdiction rate of each sector, in scenario sector order (0-1). */
  readonly perceived: readonly number[];
  /** Casualties suffered since the start of the run (persons). */
  readonly casualties: number;
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
}

/**
 * The state before the first turn.
 *
 * @example
 * const state = initialState(compileScenario(scenario));
 * state.turn; // 0
 */
export function initialState(scenario: CompiledScenario): SimState {
  const n = scenario.sectors.length;
  return {
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
      perceived: new Array<number>(n).fill(0),
      casualties: 0,
    })),
  };
}
