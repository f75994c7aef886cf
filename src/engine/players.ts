/**
 * Players of a wargame (docs/wargaming.md, "Writing a player"): a person, who submits orders
 * turn by turn, or a side policy, a function that sees only its side's view (fog.ts) and returns
 * its side's orders. {@link sidePolicyFunction} turns side policies into the policy function
 * `simulate` and `step` take, so that a game of policies and a `simulate` run are one computation.
 *
 * @module
 */
import type { DeclarativePolicy, Order } from '../scenario/schema';
import type { CompiledScenario } from './compile';
import { viewOf, type SideView } from './fog';
import type { PolicyContext, PolicyFunction } from './policy-function';
import { SIDES, sideOfOrder, type Side } from './sides';
import { freezeState } from './view';

/** What a side policy knows of the turn besides its view. */
export interface SideContext {
  readonly side: Side;
  readonly turn: number;
  /** First day of the turn, YYYY-MM-DD. */
  readonly date: string;
  readonly month: number;
  readonly turnLengthDays: number;
  /** Sector ids, west to east. */
  readonly sectors: readonly string[];
}

/**
 * A side's policy as a function: called once a turn with only its side's view, it returns the
 * side's orders (blue: the scenario's orders; red: `route` and `tempo`).
 *
 * @example
 * const holdWhenWatched: SidePolicy<'red'> = {
 *   name: 'hold-when-watched',
 *   decide: (view) => view.actors.map((a) => ({ type: 'tempo', actor: a.id, factor: view.turn % 2 === 0 ? 1 : 0 })),
 * };
 */
export interface SidePolicy<S extends Side = Side> {
  readonly name: string;
  decide(view: SideView<S>, ctx: SideContext): readonly Order[] | undefined | void;
}

/**
 * Who plays a side: `'person'` (orders come from `game.submit`), `'policy'` (blue: the
 * scenario's own policy; red: the default, the logit displacement of docs/model.md §2 with no
 * orders), a {@link SidePolicy}, or (blue only) a declarative policy, which replaces the scenario's.
 */
export type Player<S extends Side = Side> = 'person' | 'policy' | SidePolicy<S> | (S extends 'blue' ? DeclarativePolicy : never);

/** The players of both sides. */
export interface Players {
  readonly blue?: Player<'blue'>;
  readonly red?: Player<'red'>;
}

/** Whether a player is a side policy (a function). */
export function isSidePolicy(p: unknown): p is SidePolicy {
  return typeof p === 'object' && p !== null && typeof (p as { decide?: unknown }).decide === 'function';
}

/** Whether a player is a declarative policy (`{ name, rules }`). */
export function isDeclarative(p: unknown): p is DeclarativePolicy {
  return typeof p === 'object' && p !== null && !isSidePolicy(p) && Array.isArray((p as { rules?: unknown }).rules);
}

/** The name a record gives a player. */
export function playerName(p: Player | undefined): string {
  if (p === undefined || p === 'policy') return 'policy';
  if (p === 'person') return 'person';
  return `policy:${(p as { name?: string }).name ?? 'unnamed'}`;
}

/**
 * The red policy of every scenario unless a player replaces it: no orders, so each actor routes
 * by the logit displacement of its remembered interdiction rates (docs/model.md §2), as every
 * run did before sides existed; results are unchanged when it is used.
 */
export const LOGIT_DISPLACEMENT: SidePolicy<'red'> = Object.freeze({ name: 'logit-displacement', decide: () => [] });

function sideContext(ctx: PolicyContext, side: Side): SideContext {
  return freezeState({ side, turn: ctx.turn, date: ctx.date, month: ctx.month, turnLengthDays: ctx.turnLengthDays, sectors: [...ctx.ids.sectors] });
}

/**
 * The policy function that asks each side policy, blue first, for its orders, showing it only
 * its side's view; each order must be its side's. `given`, when passed, receives each side's
 * orders of the turn (a game records them).
 *
 * @throws TypeError (when called) for a policy that returns anything but an array, or an order of the other side
 * @example
 * simulate(compiled, { seed: 7, policy: { kind: 'function', name: 'blue', decide: sidePolicyFunction(compiled, { blue: myBluePolicy }) } });
 */
export function sidePolicyFunction(
  sc: CompiledScenario,
  policies: { readonly blue?: SidePolicy<'blue'>; readonly red?: SidePolicy<'red'> },
  given?: (side: Side, orders: readonly Order[]) => void,
): PolicyFunction {
  return (view, ctx) => {
    const out: Order[] = [];
    for (const side of SIDES) {
      const p = policies[side] as SidePolicy | undefined;
      if (p === undefined) continue;
      const orders = p.decide(viewOf(sc, view, side), sideContext(ctx, side)) ?? [];
      if (!Array.isArray(orders)) throw new TypeError(`${side} policy ${p.name} returned ${typeof orders}; expected an array of orders`);
      for (const o of orders as unknown[]) {
        const type = typeof o === 'object' && o !== null ? (o as { type?: unknown }).type : undefined;
        if (typeof type === 'string' && sideOfOrder(type as Order['type']) !== side)
          throw new TypeError(`${side} policy ${p.name} gave a ${type} order, which is the other side's`);
      }
      given?.(side, orders);
      out.push(...orders);
    }
    return out;
  };
}
