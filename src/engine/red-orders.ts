/**
 * Red's orders that spend or reshape its means, within the limits of `sides.red` (docs/model.md
 * §2 and §5, docs/wargaming.md "Red's orders"):
 *
 * - `split`: a smuggling actor splits its shipments in a sector into n loads: n times the
 *   attempts, each carrying 1/n of the load (the kernel's hook is kernel/split-loads.ts);
 * - `bribe`: red buys complicity of a named blue unit with USD from its budget, up to a cap;
 * - `reinforce`: red adds persons to an armed group, recruited from its pool (at a cost from the
 *   budget) or moved from another of its armed groups, up to a cap on the group's strength.
 *
 * What red has spent lives in the state (`world.red`, absent until red first spends, so a game
 * without these orders hashes as before). The formulas are pure functions, exported for tests.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import type { Order } from '../scenario/schema';
import type { CompiledScenario } from './compile';
import { isBlueForce, isRedActor, sidesOf } from './sides';
import type { MutableActor, MutableForce } from './world';

/** One percentage point of complicity: the unit `complicityCostUsd` is priced in. */
const POINT = 0.01;

/** What red's orders read and change: the scenario, the units, the actors and red's account. */
export interface RedWorking {
  readonly sc: CompiledScenario;
  readonly forces: readonly MutableForce[];
  readonly actors: readonly MutableActor[];
  readonly world: { red?: { spentUsd: number; recruited: number } } | null;
}

/** A bribe's outcome: the unit's new complicity and the USD it took. */
export interface BribeOutcome {
  readonly complicity: number;
  readonly spentUsd: number;
}

/**
 * The complicity a bribe of `usd` buys a unit of `personnel` persons at complicity `c`:
 * c' = min(cap, c + 0.01 × usd / (κ × personnel)), κ the USD per person per point; it spends
 * only what the rise costs, 100 κ personnel (c' − c) (all of `usd` when the cap is not reached).
 *
 * @example
 * bribeOutcome(0.05, 10_000, 100, 100, 0.5); // { complicity: 0.06, spentUsd: 10000 }
 */
export function bribeOutcome(c: number, usd: number, personnel: number, costPerPersonPerPoint: number, cap: number): BribeOutcome {
  if (!(personnel > 0) || !(usd > 0) || c >= cap) return { complicity: c, spentUsd: 0 };
  const price = costPerPersonPerPoint * personnel;
  const wanted = c + (POINT * usd) / price;
  if (wanted <= cap) return { complicity: wanted, spentUsd: usd };
  return { complicity: cap, spentUsd: Math.min(usd, ((cap - c) / POINT) * price) };
}

/** Red's account now (zeros before the first spending). */
export function redAccount(w: Pick<RedWorking, 'world'>): { spentUsd: number; recruited: number } {
  return w.world?.red ?? { spentUsd: 0, recruited: 0 };
}

/** USD left in red's budget. */
export function redBudgetLeft(w: Pick<RedWorking, 'sc' | 'world'>): number {
  return Math.max(0, sidesOf(w.sc).red.budgetUsd - redAccount(w).spentUsd);
}

function spend(w: RedWorking, usd: number, recruits: number): void {
  if (w.world === null) throw new Error('red spending needs a state with a world');
  const now = redAccount(w);
  w.world.red = { spentUsd: now.spentUsd + usd, recruited: now.recruited + recruits };
}

function actorAt(w: RedWorking, id: string): { i: number; live: MutableActor } | undefined {
  const i = w.sc.actors.findIndex((a) => a.id === id);
  const live = w.actors[i];
  return live === undefined ? undefined : { i, live };
}

const fmtUsd = (x: number) => `${Math.round(x).toLocaleString('en-US')} USD`;

/**
 * Why red's `split`, `bribe` or `reinforce` order cannot be carried out now (an unknown id, a
 * limit of `sides.red` passed, a budget or pool spent), or undefined when it can.
 */
export function redOrderProblem(o: Order, w: RedWorking): string | undefined {
  const R = sidesOf(w.sc).red;
  switch (o.type) {
    case 'split': {
      const a = w.sc.actors.find((x) => x.id === o.actor);
      if (a === undefined || !isRedActor(w.sc, a.id)) return `unknown actor ${JSON.stringify(o.actor)}`;
      if (a.kind !== 'smuggling') return `split: ${o.actor} is a ${a.kind} actor; only smuggling actors split loads`;
      for (const [sector, n] of Object.entries(o.loads)) {
        if (!w.sc.sectorIndex.has(sector)) return `unknown sector ${JSON.stringify(sector)}`;
        if (n > R.maxSplit) return `split ${n} for ${sector} is above the scenario's limit ${R.maxSplit} (sides.red.maxSplit)`;
      }
      return undefined;
    }
    case 'bribe': {
      const f = w.forces.find((x) => x.id === o.unit);
      if (f === undefined || !isBlueForce(w.sc, f.side)) return `unknown blue unit ${JSON.stringify(o.unit)}`;
      if (!(f.personnel > 0)) return `bribe: ${o.unit} has no personnel`;
      if (f.complicity >= R.maxComplicity)
        return `bribe: ${o.unit}'s complicity is already at the scenario's limit ${R.maxComplicity} (sides.red.maxComplicity)`;
      const left = redBudgetLeft(w);
      if (o.usd > left) return `bribe of ${fmtUsd(o.usd)} is more than red's budget left, ${fmtUsd(left)} (sides.red.budgetUsd)`;
      return undefined;
    }
    case 'reinforce': {
      const to = actorAt(w, o.actor);
      const spec = to === undefined ? undefined : w.sc.actors[to.i];
      if (to === undefined || spec === undefined || !isRedActor(w.sc, o.actor)) return `unknown actor ${JSON.stringify(o.actor)}`;
      if (spec.kind !== 'armed-group') return `reinforce: ${o.actor} is a ${spec.kind} actor; only armed groups are reinforced`;
      const cap = R.maxStrengthRatio * spec.strength;
      if (to.live.strength + o.strength > cap)
        return `reinforce: ${o.actor} would have ${to.live.strength + o.strength} persons, above the scenario's limit ${Math.floor(cap)} (sides.red.maxStrengthRatio ${R.maxStrengthRatio} x ${spec.strength})`;
      if (o.from !== undefined) {
        const from = actorAt(w, o.from);
        const fromSpec = from === undefined ? undefined : w.sc.actors[from.i];
        if (from === undefined || fromSpec === undefined || !isRedActor(w.sc, o.from)) return `unknown actor ${JSON.stringify(o.from)}`;
        if (o.from === o.actor) return 'reinforce: from names the actor itself';
        if (fromSpec.kind !== 'armed-group') return `reinforce: ${o.from} is a ${fromSpec.kind} actor; strength moves only between armed groups`;
        if (o.strength > from.live.strength) return `reinforce: ${o.from} has only ${from.live.strength} persons`;
        return undefined;
      }
      const account = redAccount(w);
      const poolLeft = R.recruitPool - account.recruited;
      if (o.strength > poolLeft) return `reinforce: ${o.strength} recruits is more than red's pool left, ${poolLeft} (sides.red.recruitPool)`;
      const cost = o.strength * R.recruitCostUsd;
      const left = redBudgetLeft(w);
      if (cost > left) return `reinforce: ${o.strength} recruits cost ${fmtUsd(cost)}, more than red's budget left, ${fmtUsd(left)} (sides.red.budgetUsd)`;
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Carries out red's `split`, `bribe` or `reinforce` order (checked by {@link redOrderProblem})
 * on `w`; returns what happened, for the log, or undefined for another order type.
 */
export function applyRedOrder(o: Order, w: RedWorking): { message: string; data: Record<string, number | string> } | undefined {
  const R = sidesOf(w.sc).red;
  switch (o.type) {
    case 'split': {
      const at = actorAt(w, o.actor);
      if (at === undefined) return undefined;
      const named = Object.keys(o.loads);
      // An empty order restores whole loads (no field: the state is as before any split).
      if (named.length === 0) delete at.live.split;
      else at.live.split = w.sc.sectors.map((s) => o.loads[s.id] ?? 1);
      return {
        message: `${o.actor} ${named.length === 0 ? 'ships whole loads' : `splits its loads: ${named.map((k) => `${k} into ${o.loads[k] as number}`).join(', ')}`}`,
        data: { actor: o.actor },
      };
    }
    case 'bribe': {
      const f = w.forces.find((x) => x.id === o.unit);
      if (f === undefined) return undefined;
      const before = f.complicity;
      const out = bribeOutcome(before, o.usd, f.personnel, R.complicityCostUsd, R.maxComplicity);
      f.complicity = out.complicity;
      f.bought = (f.bought ?? 0) + (out.complicity - before);
      spend(w, out.spentUsd, 0);
      return {
        message: `${o.unit}'s complicity bought from ${before.toFixed(3)} to ${out.complicity.toFixed(3)} for ${fmtUsd(out.spentUsd)}`,
        data: { unit: o.unit, usd: out.spentUsd, complicity: out.complicity },
      };
    }
    case 'reinforce': {
      const to = actorAt(w, o.actor);
      if (to === undefined) return undefined;
      to.live.strength += o.strength;
      if (o.from !== undefined) {
        const from = actorAt(w, o.from);
        if (from !== undefined) from.live.strength -= o.strength;
        return { message: `${o.strength} persons move from ${o.from} to ${o.actor}`, data: { actor: o.actor, from: o.from, strength: o.strength } };
      }
      const cost = o.strength * R.recruitCostUsd;
      spend(w, cost, o.strength);
      return { message: `${o.actor} recruits ${o.strength} persons for ${fmtUsd(cost)}`, data: { actor: o.actor, strength: o.strength, usd: cost } };
    }
    default:
      return undefined;
  }
}
