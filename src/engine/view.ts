/**
 * The view: the JSON {@link SimState} a user holds, and the way between it and the kernel's
 * mutable run state (docs/architecture.md, "The kernel and the view").
 *
 * - {@link workingCopy} gives the kernel a run state it may change without touching the state
 *   it came from; {@link stateOf} sees a run state as a `SimState` (sharing its objects).
 * - {@link nextState} writes a played turn back as a new immutable state with immer's
 *   `produceWithPatches`: only the fields the turn changed are assigned through the draft, so
 *   the new state shares every unchanged record with the old one, and the turn's change is a
 *   short list of JSON patches (and their inverse) that undo, rewind and replay files apply.
 * - {@link freezeState} deep-freezes what a user can reach.
 *
 * `simulate` does not go through here turn by turn: it owns its run state, and builds the JSON
 * state only to hash it (when its hashes are read) or when its final state is read.
 *
 * @module
 */
import { enablePatches, Immer, type Patch } from 'immer';
import type { CompiledScenario } from './compile';
import { mutableWorld, worldJson } from './world';
import type { RunState } from './kernel/run-state';
import type { SimState } from './state';

enablePatches();

/** immer with auto-freeze (the new state is deeply frozen), and without it. */
const frozen = new Immer({ autoFreeze: true });
const unfrozen = new Immer({ autoFreeze: false });

/** A working copy of `state` that the kernel may change without touching `state`. */
export function workingCopy(state: SimState, sc: CompiledScenario): RunState {
  return {
    turn: state.turn,
    sectors: state.sectors.map((s) => ({ ...s })),
    forces: state.forces.map((f) => ({ ...f })),
    actors: state.actors.map((a) => ({ ...a, perceived: a.perceived.slice(), seen: a.seen?.slice() ?? new Array<number>(a.perceived.length).fill(0) })),
    world: state.world === undefined ? null : mutableWorld(state.world, sc),
  };
}

/** The run state as a {@link SimState} (shares its objects: no copy). */
export function stateOf(w: RunState): SimState {
  const state: SimState = { turn: w.turn, sectors: w.sectors, forces: w.forces, actors: w.actors };
  return w.world === null ? state : { ...state, world: worldJson(w.world) };
}

/** A new state, and the patches that make it from the old one and back. */
export interface Transition {
  readonly state: SimState;
  /** JSON patches (immer's `Patch`: op, path as an array, value) from the old state to the new. */
  readonly patches: readonly Patch[];
  /** The patches from the new state back to the old. */
  readonly inversePatches: readonly Patch[];
}

/**
 * The state `base` becomes when the turn played on `w` (a {@link workingCopy} of it) is written
 * back: a new state sharing every record the turn left as it was, with the patches between them.
 *
 * @param freeze - deep-freeze the new state (immer's auto-freeze)
 */
export function nextState(base: SimState, w: RunState, freeze: boolean): Transition {
  const after = stateOf(w);
  const [state, patches, inversePatches] = (freeze ? frozen : unfrozen).produceWithPatches(base, (draft) => {
    sync(draft as unknown as Record<string, unknown>, base as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>);
  });
  return { state, patches, inversePatches };
}

type Json = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Json => typeof v === 'object' && v !== null;

/**
 * Makes `draft` (a draft of `base`) equal to `after`, assigning only what differs: a value
 * equal to the old one (the same number, or the same object) is left alone, a container of the
 * same kind is synced key by key, anything else is assigned whole.
 */
function sync(draft: Json, base: Json, after: Json): void {
  if (Array.isArray(after)) {
    const d = draft as unknown[];
    const b = base as unknown[];
    // A record of the old list in another place (the history window moved on a turn) is put
    // there whole, not rewritten field by field into the record that was there.
    const moved = b.length > 0 && isContainer(b[0]) ? new Set(b) : null;
    for (let i = 0; i < after.length; i++) {
      const v = after[i];
      if (moved !== null && v !== b[i] && moved.has(v)) d[i] = v;
      else syncKey(d, b, i, v);
    }
    if (d.length > after.length) d.length = after.length;
    return;
  }
  const d = draft as Record<string, unknown>;
  const b = base as Record<string, unknown>;
  for (const k of Object.keys(after)) syncKey(d, b, k, after[k]);
  for (const k of Object.keys(b)) if (!(k in after)) delete d[k];
}

function syncKey(draft: Json, base: Json, key: string | number, value: unknown): void {
  const old = (base as Record<string | number, unknown>)[key];
  if (Object.is(old, value)) return;
  const d = draft as Record<string | number, unknown>;
  if (isContainer(old) && isContainer(value) && Array.isArray(old) === Array.isArray(value) && key in base) {
    sync(d[key] as Json, old, value);
    return;
  }
  d[key] = value;
}

/** Deep-freezes `v` (what a user can reach of a state or a result); returns it. */
export function freezeState<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const c of Object.values(v)) freezeState(c);
  }
  return v;
}
