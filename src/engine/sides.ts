/**
 * The two sides of a wargame (docs/wargaming.md): blue, the defenders (the scenario's forces, or
 * those of `sides.blue.forceSides`), and red, the networks and groups across the border (its
 * actors, or those of `sides.red.actors`), with the limits a scenario puts on red's orders.
 *
 * @module
 */
import type { OrderType } from '../scenario/schema';
import type { CompiledScenario } from './compile';

/** A side of a wargame. */
export type Side = 'blue' | 'red';

/** Both sides, blue first (the order in which a turn's orders are given). */
export const SIDES: readonly Side[] = ['blue', 'red'];

/** The orders only red gives; every other order is blue's. */
export const RED_ORDER_TYPES: ReadonlySet<OrderType> = new Set<OrderType>(['route', 'tempo']);

/** The side whose order `type` is. */
export function sideOfOrder(type: OrderType): Side {
  return RED_ORDER_TYPES.has(type) ? 'red' : 'blue';
}

/** What a scenario says of its sides, with the defaults filled in. */
export interface SidesOf {
  readonly blue: { readonly name: string; readonly forceSides: ReadonlySet<string> | null; readonly controller: 'policy' | 'person' };
  readonly red: {
    readonly name: string;
    readonly actors: ReadonlySet<string> | null;
    readonly controller: 'policy' | 'person';
    /** Largest tempo factor (≥ 1). */
    readonly maxSurge: number;
    /** Largest route weight (≥ 1). */
    readonly maxRouteWeight: number;
  };
}

/** Default limits of red's orders (docs/wargaming.md). */
export const RED_DEFAULTS = { maxSurge: 1.5, maxRouteWeight: 4 } as const;

const cache = new WeakMap<CompiledScenario, SidesOf>();

/** The sides of a compiled scenario (`scenario.sides`, defaults filled in). */
export function sidesOf(sc: CompiledScenario): SidesOf {
  let out = cache.get(sc);
  if (out === undefined) {
    const s = sc.source.sides;
    out = {
      blue: {
        name: s?.blue?.name ?? 'blue',
        forceSides: s?.blue?.forceSides === undefined ? null : new Set(s.blue.forceSides),
        controller: s?.blue?.controller ?? 'policy',
      },
      red: {
        name: s?.red?.name ?? 'red',
        actors: s?.red?.actors === undefined ? null : new Set(s.red.actors),
        controller: s?.red?.controller ?? 'policy',
        maxSurge: s?.red?.maxSurge ?? RED_DEFAULTS.maxSurge,
        maxRouteWeight: s?.red?.maxRouteWeight ?? RED_DEFAULTS.maxRouteWeight,
      },
    };
    cache.set(sc, out);
  }
  return out;
}

/** Whether blue commands (and sees) a unit of force side `forceSide`. */
export function isBlueForce(sc: CompiledScenario, forceSide: string): boolean {
  const set = sidesOf(sc).blue.forceSides;
  return set === null || set.has(forceSide);
}

/** Whether red commands (and sees) actor `id`. */
export function isRedActor(sc: CompiledScenario, id: string): boolean {
  const set = sidesOf(sc).red.actors;
  return set === null || set.has(id);
}
