/**
 * What the phases of one turn share (docs/architecture.md, "The turn"): the run state, the
 * scenario as the turn's decisions left it, the calendar, the log, the units' specs, and the
 * turn's typed arrays.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import type { CompiledForce, CompiledScenario } from '../compile';
import type { ActorChangePoint, MutableForce } from '../world';
import type { LogEntry } from '../results';
import type { TurnArrays } from '../scratch';
import type { ForceSpec } from '../state';
import type { StepContext } from './context';
import type { RunState } from './run-state';

/** One turn being played. */
export interface TurnFrame {
  readonly ctx: StepContext;
  /** The scenario with the parameters the turn's decisions changed (or the run's own). */
  readonly sc: CompiledScenario;
  readonly w: RunState;
  readonly turn: number;
  /** The turn's first day, YYYY-MM-DD. */
  readonly date: string;
  /** The turn's length in weeks. */
  readonly weeks: number;
  readonly nS: number;
  /** The turn's log entries (written only when `ctx.log`). */
  readonly log: LogEntry[];
  /** Each unit's spec: the scenario's, or its own (a unit added during the run, or changed by an order). */
  readonly specs: readonly (CompiledForce | ForceSpec | undefined)[];
  /** Unit indices in id order: the order losses are shared out in (independent of file order). */
  readonly forcesById: readonly number[];
  /** The turn's typed arrays (scratch.ts), cleared. */
  readonly arrays: TurnArrays;
  /** One-off sovereignty points of the turn's decisions. */
  readonly sovereigntyNow: number;
  /** Actors whose intent or strength changed within the turn (dynamics.ts), or null. */
  readonly changedWithin: ReadonlyMap<number, ActorChangePoint[]> | null;
}

/** The units' specs and id order of a turn: the scenario's, unless units were added or re-specified. */
export function unitsOf(forces: readonly MutableForce[], sc: CompiledScenario, ctx: StepContext): Pick<TurnFrame, 'specs' | 'forcesById'> {
  const nF = forces.length;
  const specs: readonly (CompiledForce | ForceSpec | undefined)[] =
    nF === sc.forces.length && !forces.some((f) => f.spec !== undefined) ? sc.forces : forces.map((f, i) => f.spec ?? sc.forces[i]);
  const forcesById =
    nF === sc.forces.length
      ? ctx.forcesById
      : forces.map((_, i) => i).sort((a, b) => ((forces[a] as MutableForce).id < (forces[b] as MutableForce).id ? -1 : 1));
  return { specs, forcesById };
}
