/**
 * `step(state, ctx, orders?)`: one turn as a pure function of a JSON state (docs/architecture.md,
 * "The kernel and the view"). The view (view.ts) copies the state into a run state, the kernel
 * (kernel/turn.ts) plays the turn on it in place, and the view writes it back as a new state with
 * the turn's patches.
 *
 * @module
 */
import type { Patch } from 'immer';
import type { Order } from '../scenario/schema';
import type { StepContext } from './kernel/context';
import type { RunState } from './kernel/run-state';
import { playTurn } from './kernel/turn';
import type { LogEntry, TurnRecord } from './results';
import type { SimState } from './state';
import { turnRecord } from './turn-record';
import { nextState, stateOf, workingCopy } from './view';

export { createStepContext, type StepContext } from './kernel/context';
export { playTurn, workingCopy, stateOf };

/** @internal The kernel's run state (kernel/run-state.ts), by its former name. */
export type WorkingState = RunState;

/** What one turn produced. */
export interface StepOutcome {
  readonly state: SimState;
  readonly record: TurnRecord;
  readonly log: readonly LogEntry[];
  /** JSON patches from the given state to the new one (immer's `Patch`; `applyPatches` replays them). */
  readonly patches: readonly Patch[];
  /** JSON patches from the new state back to the given one (undo). */
  readonly inversePatches: readonly Patch[];
}

/**
 * Plays one turn: a pure function of (state, ctx, orders). The turn's random streams are a
 * function of (seed, turn, key) (RandomStreams, KeyedStream.open), so the same state gives the
 * same next state, record and log whatever was stepped before, in any order, any number of
 * times, and after a JSON round trip. `state` is never changed; the new state shares every
 * record the turn left as it was, and `patches` say what changed (view.ts, nextState).
 *
 * @param orders - orders for this turn, applied after the policy function's (the state needs a
 *   world: `initialState(scenario, { world: true })`)
 * @throws TypeError for orders on a state without a world
 * @example
 * const ctx = createStepContext(compiled, new RandomStreams(7));
 * const { state, record, patches } = step(initialState(compiled), ctx);
 */
export function step(state: SimState, ctx: StepContext, orders?: readonly Order[]): StepOutcome {
  if (orders !== undefined && orders.length > 0 && state.world === undefined) {
    throw new TypeError('step: orders need a state with a world (initialState(scenario, { world: true }))');
  }
  const w = workingCopy(state, ctx.scenario);
  const out = playTurn(w, ctx, orders);
  const record = turnRecord(out, ctx.scenario, ctx.detail);
  const next = nextState(state, w, ctx.freeze);
  return { state: next.state, record, log: out.log, patches: next.patches, inversePatches: next.inversePatches };
}
