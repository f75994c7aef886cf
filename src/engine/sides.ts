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
export const RED_ORDER_TYPES: ReadonlySet<OrderType> = new Set<OrderType>(['route', 'tempo', 'split', 'bribe', 'reinforce']);

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
    /** Largest split factor of a smuggler's loads (≥ 1). */
    readonly maxSplit: number;
    /** Red's budget over the game for bribes and recruits, USD. */
    readonly budgetUsd: number;
    /** USD per person of a unit for 0.01 of complicity. */
    readonly complicityCostUsd: number;
    /** Largest complicity red can buy (0-1). */
    readonly maxComplicity: number;
    /** Persons red can recruit over the game. */
    readonly recruitPool: number;
    /** USD a recruit costs. */
    readonly recruitCostUsd: number;
    /** Largest strength of a reinforced armed group, as a multiple of the scenario's. */
    readonly maxStrengthRatio: number;
  };
}

/** Default limits of red's orders (docs/wargaming.md). */
export const RED_DEFAULTS = {
  maxSurge: 1.5,
  maxRouteWeight: 4,
  maxSplit: 4,
  budgetUsd: 0,
  complicityCostUsd: 100,
  maxComplicity: 0.95,
  recruitPool: 0,
  recruitCostUsd: 0,
  maxStrengthRatio: 1.5,
} as const;

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
        maxSplit: s?.red?.maxSplit ?? RED_DEFAULTS.maxSplit,
        budgetUsd: s?.red?.budgetUsd ?? RED_DEFAULTS.budgetUsd,
        complicityCostUsd: s?.red?.complicityCostUsd ?? RED_DEFAULTS.complicityCostUsd,
        maxComplicity: s?.red?.maxComplicity ?? RED_DEFAULTS.maxComplicity,
        recruitPool: s?.red?.recruitPool ?? RED_DEFAULTS.recruitPool,
        recruitCostUsd: s?.red?.recruitCostUsd ?? RED_DEFAULTS.recruitCostUsd,
        maxStrengthRatio: s?.red?.maxStrengthRatio ?? RED_DEFAULTS.maxStrengthRatio,
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
