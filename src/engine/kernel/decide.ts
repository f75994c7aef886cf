/**
 * Phase 0 of a turn, the decisions (docs/architecture.md, "The turn"): drills that start, events
 * in array order, the policy's rules, the policy function, then the turn's own orders
 * (dynamics.ts plays them). Their changes take effect in this turn.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import type { Order } from '../../scenario/schema';
import type { CompiledScenario } from '../compile';
import { decide } from '../decisions';
import { scenarioWithParameters } from '../variants';
import type { Working } from '../world';
import type { LogEntry } from '../results';
import type { StepContext } from './context';
import type { RunState } from './run-state';

/** What the decisions leave for the rest of the turn. */
export interface Decided {
  /** The scenario with the parameters events and orders changed. */
  readonly sc: CompiledScenario;
  readonly sovereigntyNow: number;
  readonly changedWithin: Working['changedWithin'];
}

/** Plays the decisions of turn `w.turn` on `w` (nothing to decide without a world). */
export function decidePhase(w: RunState, ctx: StepContext, date: string, month: number, log: LogEntry[], orders?: readonly Order[]): Decided {
  const world = w.world;
  if (world === null) return { sc: ctx.scenario, sovereigntyNow: 0, changedWithin: null };
  const working: Working = {
    sc: ctx.scenario,
    turn: w.turn,
    date,
    month,
    forces: w.forces,
    sectors: w.sectors,
    actors: w.actors,
    world,
    log: ctx.log ? log : null,
    streams: ctx.streams,
    sovereigntyNow: 0,
    changedWithin: null,
  };
  decide(working, ctx.policy, orders);
  return {
    sc: scenarioWithParameters(ctx.scenario, world.parameters, ctx.variants),
    sovereigntyNow: working.sovereigntyNow,
    changedWithin: working.changedWithin ?? null,
  };
}
