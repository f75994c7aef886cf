/**
 * Red policies of the library (docs/wargaming.md, "Red policies"): each sees only red's view
 * (fog.ts) and gives red's standing orders (route, tempo).
 *
 * @module
 */
import type { Order } from '../scenario/schema';
import type { RedView } from './fog';
import { LOGIT_DISPLACEMENT, type SidePolicy } from './players';

/** Sectors the adaptive smuggler favours, and the turns of reports it reads. */
const FAVOURED = 3;
const WINDOW = 4;

/**
 * The interdiction share red observed in each sector over the last `window` reports
 * (interdicted / attempts), or undefined for a sector with no attempt observed.
 */
function observedRates(view: RedView, window: number): Map<string, number> {
  const attempts = new Map<string, number>();
  const stopped = new Map<string, number>();
  for (const r of view.reports.slice(-window)) {
    for (const [id, m] of Object.entries(r.bySector)) {
      attempts.set(id, (attempts.get(id) ?? 0) + m.attempts);
      stopped.set(id, (stopped.get(id) ?? 0) + m.interdicted);
    }
  }
  const out = new Map<string, number>();
  for (const s of view.sectors) {
    const a = attempts.get(s.id) ?? 0;
    if (a > 0) out.set(s.id, (stopped.get(s.id) ?? 0) / a);
  }
  return out;
}

/**
 * An adaptive smuggler: every turn, each smuggling actor weights its routes toward the sectors
 * where red has seen the smallest share of attempts interdicted over the last 4 turns: the 3
 * least-interdicted observed sectors get the scenario's largest route weight, observed sectors
 * above the median share get weight 1/2, the rest 1. Before any observation it routes as the
 * scenario has it.
 *
 * @example
 * const game = createGame(scenario, { seed: 7, players: { blue: 'person', red: ADAPTIVE_SMUGGLER } });
 */
export const ADAPTIVE_SMUGGLER: SidePolicy<'red'> = Object.freeze({
  name: 'adaptive-smuggler',
  decide(view: RedView): Order[] {
    const rates = observedRates(view, WINDOW);
    if (rates.size === 0) return [];
    const ranked = [...rates.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    const shares = ranked.map(([, r]) => r);
    const median =
      shares.length % 2 === 1
        ? (shares[(shares.length - 1) / 2] as number)
        : ((shares[shares.length / 2 - 1] as number) + (shares[shares.length / 2] as number)) / 2;
    const weights: Record<string, number> = {};
    ranked.forEach(([id, r], i) => {
      if (i < FAVOURED) weights[id] = view.limits.maxRouteWeight;
      else if (r > median) weights[id] = 0.5;
    });
    return view.actors.filter((a) => a.kind === 'smuggling').map((a) => ({ type: 'route', actor: a.id, weights }));
  },
});

/**
 * An opportunist armed group: after a turn in which an armed group broke through somewhere (a
 * clash it won), every armed-group actor surges at the scenario's largest tempo for the next
 * turn; otherwise it keeps the scenario's tempo.
 *
 * @example
 * createGame(scenario, { seed: 7, players: { red: OPPORTUNIST_ARMED_GROUP } });
 */
export const OPPORTUNIST_ARMED_GROUP: SidePolicy<'red'> = Object.freeze({
  name: 'opportunist',
  decide(view: RedView): Order[] {
    const last = view.reports.at(-1);
    const won = last !== undefined && Object.values(last.bySector).some((m) => m.breakthroughs > 0);
    return view.actors
      .filter((a) => a.kind === 'armed-group' && (a.tempo ?? 1) !== (won ? view.limits.maxSurge : 1))
      .map((a) => ({ type: 'tempo', actor: a.id, factor: won ? view.limits.maxSurge : 1 }));
  },
});

/** The library's red policies by name (`frontier-sim play --opponent NAME`). */
export const RED_POLICIES: Readonly<Record<string, SidePolicy<'red'>>> = Object.freeze({
  [LOGIT_DISPLACEMENT.name]: LOGIT_DISPLACEMENT,
  [ADAPTIVE_SMUGGLER.name]: ADAPTIVE_SMUGGLER,
  [OPPORTUNIST_ARMED_GROUP.name]: OPPORTUNIST_ARMED_GROUP,
});
