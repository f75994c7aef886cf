/**
 * `frontier-sim/kernel`: the engine's low-level pieces, for tools built on the engine (benches,
 * replayers, other front ends). Most users want `createSimulation` from the main entry, which binds
 * a scenario and a seed to {@link step}; this subpath gives the parts it is made of: the step
 * function and its context, the initial state, the random streams and the condition interpreter
 * (docs/architecture.md, "The kernel and the view").
 *
 * @example
 * import { compileScenario, loadScenario } from 'frontier-sim';
 * import { createStepContext, initialState, RandomStreams, step } from 'frontier-sim/kernel';
 * const compiled = compileScenario(loadScenario('tajik-afghan-2021'));
 * const ctx = createStepContext(compiled, new RandomStreams(7));
 * const { state, record } = step(initialState(compiled), ctx);
 *
 * @packageDocumentation
 */
export { step, createStepContext, type StepContext, type StepOutcome } from './engine/step';
export { initialState } from './engine/state';
export { RandomStreams, createRng } from './rng/streams';
export type { Rng } from './rng/rng';
export { evaluateCondition, type ConditionEnv, type ConditionResult } from './model/conditions';
