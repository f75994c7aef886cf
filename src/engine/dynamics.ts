/**
 * The decisions of a turn and what they work on, re-exported from their modules: decisions.ts
 * (drills, events, rules, the policy function, orders), orders.ts (the order interpreter),
 * world.ts (the mutable world), variants.ts (parameters changed during a run) and
 * policy-function.ts (the policy function's types).
 *
 * @module
 */
export { orderProblem } from '../scenario/order-validation';
export type { Condition } from '../scenario/schema';
export { decide } from './decisions';
export { applyAction, applyOrder, beginMove } from './orders';
export type { DeepReadonly, PolicyContext, PolicyFunction, PolicyView } from './policy-function';
export { scenarioWithParameters } from './variants';
export {
  drillActive,
  drillDaysInTurn,
  mutableWorld,
  specOf,
  worldJson,
  type ActorChangePoint,
  type MutableActor,
  type MutableForce,
  type MutableSector,
  type MutableWorld,
  type Working,
} from './world';
