/**
 * A simulation bound to its scenario and seed: `sim.step(state, orders?)`, the pure reducer of a
 * turn (docs/architecture.md, "The kernel and the view").
 *
 * @module
 */
import { RandomStreams } from '../rng/streams';
import type { Order } from '../scenario/schema';
import type { CompiledScenario } from './compile';
import type { PolicyFunction } from './dynamics';
import { initialState, type SimState } from './state';
import { createStepContext, step, type StepOutcome } from './step';

/** Options of {@link createSimulation}. */
export interface SimulationOptions {
  /** The run's seed: a non-negative safe integer. */
  readonly seed: number;
  /** Write log entries (default true). */
  readonly log?: boolean;
  /** Record per-sector metrics in each turn's record (default true). */
  readonly detail?: boolean;
  /** Deep-freeze each new state (default true). */
  readonly freeze?: boolean;
  /** A policy function deciding orders each turn, before the turn's own orders. */
  readonly policy?: { readonly name: string; readonly decide: PolicyFunction };
}

/** A scenario and a seed, ready to step any of their states. */
export interface Simulation {
  readonly scenario: CompiledScenario;
  readonly seed: number;
  /** The state before the first turn, with a world (so that orders can be given from turn 0). */
  initialState(): SimState;
  /**
   * Plays the turn `state.turn` with `orders` given after the policy's: a pure function of
   * (state, orders) for this scenario and seed. The same state gives the same next state, record
   * and log whatever was stepped before, in any order, any number of times, and after a JSON
   * round trip; `state` is never changed.
   */
  step(state: SimState, orders?: readonly Order[]): StepOutcome;
}

/**
 * Binds a compiled scenario and a seed to the pure reducer {@link step}.
 *
 * @example
 * const sim = createSimulation(compileScenario(loadScenario('scenarios/tajik-afghan-2021.json')), { seed: 7 });
 * const s0 = sim.initialState();
 * const { state: s1 } = sim.step(s0, [{ type: 'invite-guards', side: 'russia', sectors: ['shaartuz'], personnelPerSector: 100, arrivalDays: 14 }]);
 * sim.step(s0); // the same turn again, without the orders: no stream remembers the first call
 */
export function createSimulation(scenario: CompiledScenario, options: SimulationOptions): Simulation {
  const ctx = createStepContext(scenario, new RandomStreams(options.seed, scenario.actors.length * scenario.sectors.length + 16), {
    ...(options.log !== undefined ? { log: options.log } : {}),
    ...(options.detail !== undefined ? { detail: options.detail } : {}),
    ...(options.freeze !== undefined ? { freeze: options.freeze } : {}),
    ...(options.policy !== undefined ? { policy: options.policy } : {}),
  });
  return {
    scenario,
    seed: options.seed,
    initialState: () => initialState(scenario, { world: true }),
    step: (state, orders) => step(state, ctx, orders),
  };
}
