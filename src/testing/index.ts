/**
 * frontier-sim/testing: fast-check arbitraries, assumption checks and built-in metamorphic
 * relations for property-testing claims about policies and scenarios. fast-check (^4) is a peer
 * dependency. See docs/property-testing.md.
 *
 * @example
 * import fc from 'fast-check';
 * import { arbitraries, checkAssumption, relations } from 'frontier-sim/testing';
 * checkAssumption({
 *   name: 'reinforcing a sector never raises got-aways in any sector (no displacement)',
 *   scenario: arbitraries.scenario({ kinds: ['smuggling', 'refugees'], displacement: false, uniformComplicity: true }),
 *   change: arbitraries.policy(undefined, { kinds: ['reinforce'] }),
 *   metric: { name: 'gotAway', sector: 'each' },
 *   relation: '<=',
 *   fc: { seed: 1, numRuns: 50 },
 * });
 *
 * @packageDocumentation
 */
export {
  arbitraries,
  buildScenario,
  scenarioSpec,
  policyFromSpec,
  type ScenarioArbitraryOptions,
  type ScenarioSpec,
  type PolicyArbitraryOptions,
  type PolicyKind,
  type ScenarioFunction,
  type Size,
} from './arbitraries';
export { applyChange, describeChange, numericLeaves, type Change, type ParameterChange, type NumericLeaf, type AppliedChange } from './changes';
export {
  checkAssumption,
  defineAssumption,
  summarizeScenario,
  AssumptionError,
  type Assumption,
  type AssumptionOptions,
  type AssumptionOutcome,
  type AssumptionReport,
  type AssumptionSample,
  type ComparedValue,
  type Metric,
  type Relation,
} from './check';
export { pairedTest, binomialUpperTailHalf, type PairedTest, type RelationName } from './stats';
export {
  relations,
  reorderScenario,
  renameScenario,
  withZeroPersonnelUnits,
  reinforce,
  withoutFights,
  checkConservation,
  type BuiltInRelation,
  type RelationOptions,
  type RelationResult,
} from './relations';
