/**
 * The kernel's run state: the mutable records a turn is played on, in place (docs/architecture.md,
 * "The kernel and the view"). The view (view.ts) makes one from a JSON state and writes it back.
 *
 * @internal
 * @module
 */
import type { MutableActor, MutableForce, MutableSector, MutableWorld } from '../world';

/**
 * The mutable state a run plays its turns on: the kernel changes it in place. A run that owns
 * its state (`simulate`) keeps one for the whole run; `step` copies the state it is given into
 * one (view.ts, workingCopy) and writes the result back as a new state (view.ts, nextState).
 *
 * Its records are those of the JSON state, made mutable; the world keeps its history typed
 * (history.ts) and turns it into named records only when the state is seen as JSON.
 *
 * @internal
 */
export interface RunState {
  /** The next turn to play, from 0. */
  turn: number;
  readonly sectors: MutableSector[];
  readonly forces: MutableForce[];
  readonly actors: MutableActor[];
  readonly world: MutableWorld | null;
}
