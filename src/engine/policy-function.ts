/**
 * What a policy function is given and returns (docs/policies.md): the public types.
 *
 * @module
 */
import type { Order } from '../scenario/schema';
import type { ActorState, ForceState, HistoryEntry, SectorState, WorldState } from './state';

/** A deeply read-only view of a value. */
export type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** What a policy function sees: the state at the start of the turn, after the events (frozen copy). */
export interface PolicyView {
  readonly turn: number;
  readonly sectors: readonly SectorState[];
  readonly forces: readonly ForceState[];
  readonly actors: readonly ActorState[];
  readonly world: WorldState;
}

/** The context of a policy function's decision. */
export interface PolicyContext {
  readonly turn: number;
  /** First day of the turn, YYYY-MM-DD. */
  readonly date: string;
  readonly month: number;
  readonly turnLengthDays: number;
  /** Ids of the compiled scenario (sectors west to east). */
  readonly ids: {
    readonly sectors: readonly string[];
    readonly actors: readonly string[];
    readonly forces: readonly string[];
    readonly provinces: readonly string[];
    readonly drills: readonly string[];
    readonly bases: readonly string[];
  };
  /** Border length of each sector (km). */
  readonly sectorLengthKm: Readonly<Record<string, number>>;
  /** Metrics of the last completed turns, oldest first (at most the scenario's history length, ≥ 8). */
  readonly recent: readonly HistoryEntry[];
}

/** A policy as a TypeScript function: called once a turn, returns the orders of the turn. */
export type PolicyFunction = (view: PolicyView, ctx: PolicyContext) => readonly Order[] | undefined | void;
