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
  /** A sector id or a base id. */
  readonly location: string;
  readonly role: ForceRole;
  readonly readiness: number;
  readonly fatigue: number;
  readonly quality: number;
  readonly complicity: number;
}

/** An actor's condition during a run. */
export interface ActorState {
  readonly id: string;
  readonly strength: number;
  readonly intent: number;
}

/** Running counts of a sector since the start of the run. */
export interface SectorState {
  readonly id: string;
  readonly attempts: number;
  readonly detected: number;
  readonly interdicted: number;
  readonly gotAway: number;
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
  return {
    turn: 0,
    sectors: scenario.sectors.map((s) => ({ id: s.id, attempts: 0, detected: 0, interdicted: 0, gotAway: 0 })),
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
    })),
    actors: scenario.actors.map((a) => ({ id: a.id, strength: a.strength, intent: a.intent })),
  };
}
