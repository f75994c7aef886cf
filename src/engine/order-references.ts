/**
 * The ids a policy function's order names, checked against the run: an order that names a sector,
 * place or unit the run does not have is rejected (and logged so) instead of being carried out
 * in part. A JSON policy's orders are checked when the scenario loads (src/scenario/checks.ts);
 * a function's are known only when it returns them.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import type { Order } from '../scenario/schema';
import { redOrderProblem } from './red-orders';
import { sidesOf } from './sides';
import type { Working } from './world';

/** The first unknown or repeated id of `ids`, described, or undefined. */
function badId(ids: readonly string[], known: (id: string) => boolean, what: string): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (!known(id)) return `unknown ${what} ${JSON.stringify(id)}`;
    if (seen.has(id)) return `${what} ${JSON.stringify(id)} named twice`;
    seen.add(id);
  }
  return undefined;
}

/**
 * Why a (well-formed) order from a policy function cannot be carried out in this run: an id it
 * names that the run does not know, or a list that names one twice; undefined when it can.
 */
export function orderReferenceProblem(o: Order, w: Working): string | undefined {
  const sector = (id: string) => w.sc.sectorIndex.has(id);
  const place = (id: string) => w.sc.places.has(id);
  let units: Set<string> | undefined;
  const unit = (id: string) => (units ??= new Set(w.forces.map((f) => f.id))).has(id);
  switch (o.type) {
    case 'deploy':
      return badId([o.force], unit, 'unit') ?? badId([o.to], place, 'place');
    case 'invite-guards':
      return badId(o.sectors, sector, 'sector');
    case 'commit-reaction-force':
      return badId([o.to], place, 'place');
    case 'allow-quick-reaction':
      return badId(o.forces, unit, 'unit');
    case 'assistance':
      return o.sectors === undefined ? undefined : badId(o.sectors, sector, 'sector');
    case 'route': {
      const max = sidesOf(w.sc).red.maxRouteWeight;
      const over = Object.entries(o.weights).find(([, v]) => v > max);
      return (
        badId([o.actor], (id) => w.sc.actors.some((a) => a.id === id), 'actor') ??
        badId(Object.keys(o.weights), sector, 'sector') ??
        (over === undefined ? undefined : `route weight ${over[1]} for ${over[0]} is above the scenario's limit ${max} (sides.red.maxRouteWeight)`)
      );
    }
    case 'tempo': {
      const max = sidesOf(w.sc).red.maxSurge;
      return (
        badId([o.actor], (id) => w.sc.actors.some((a) => a.id === id), 'actor') ??
        (o.factor > max ? `tempo ${o.factor} is above the scenario's limit ${max} (sides.red.maxSurge)` : undefined)
      );
    }
    case 'split':
    case 'bribe':
    case 'reinforce':
      return redOrderProblem(o, w);
    default:
      return undefined;
  }
}
