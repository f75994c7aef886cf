/**
 * frontier-sim: seeded, deterministic, turn-based border-security wargames.
 *
 * @example
 * import { loadScenario, simulate } from 'frontier-sim';
 * const scenario = loadScenario('scenarios/tajik-afghan-2021.json');
 * const run = simulate(scenario, { seed: 7 });
 * console.log(run.totals.gotAway, run.hash);
 *
 * The HTML report, CSV and NDJSON writers are in `frontier-sim/report` (they, and the chart
 * libraries vega and vega-lite, load only when imported); property-testing helpers are in
 * `frontier-sim/testing`.
 *
 * @packageDocumentation
 */
export { loadScenario, parseScenario, scenarioSchema, ScenarioError, applyOverlay, quantityValue, LIMITS, loadPolicyFile, loadPolicy, bundledNames } from './scenario';
export type { ScenarioIssue, LoadScenarioOptions, ParseScenarioOptions, PolicyFile, BundledKind } from './scenario';
export type { Scenario, Sector, Force, Actor, Province, Base, Terrain, ActorKind, ForceRole, QuantityValue } from './scenario/schema';
export { simulate, type SimulateOptions } from './engine/simulate';
export { compileScenario, type CompiledScenario } from './engine/compile';
export { initialState, type SimState, type SectorState, type ForceState, type ActorState } from './engine/state';
export { scenarioWarnings, type ScenarioWarning } from './engine/warnings';
export { step, createStepContext, type StepContext, type StepOutcome } from './engine/step';
export { createSimulation, type Simulation, type SimulationOptions } from './engine/simulation';
export type {
  RunResult,
  TurnRecord,
  LogEntry,
  LogEntryOf,
  LogEntryType,
  Metrics,
  Totals,
  TurnMetrics,
  KindMetrics,
  SectorMetrics,
  MetricName,
  TurnMetricName,
  KindMetricName,
  SectorMetricName,
  MetricTable,
  FlowMetric,
} from './engine/results';
export { LOG_ENTRY_TYPES, FLOW_METRICS, TURN_METRICS } from './engine/results';
export type { PolicyFunction, PolicyView, PolicyContext, DeepReadonly } from './engine/dynamics';
export type { WorldState, HistoryEntry, ForceSpec, AssistanceProgramme } from './engine/state';
export type { Order, OrderType, Condition, ComparisonOp, ConditionMetric, ScenarioEvent, EventAction, EventTrigger, Drill, PolicyRule, DeclarativePolicy } from './scenario/schema';
export { evaluateCondition, type ConditionEnv, type ConditionResult } from './model/conditions';
export { RandomStreams, createRng } from './rng/streams';
export { deriveSeed } from './rng/hash';
export type { Rng } from './rng/rng';
export {
  runMonteCarlo,
  comparePolicies,
  sweep,
  mergeRunsFiles,
  inspectRunsFile,
  ExperimentError,
  EXPERIMENT_LIMITS,
  RunsFileError,
  STATUS_QUO,
  type ExperimentErrorKind,
  type ExperimentErrorOptions,
  type MonteCarloOptions,
  type MonteCarloResult,
  type MonteCarloProgress,
  type PerTurnSummary,
  type PrecisionOutcome,
  type CompareOptions,
  type Comparison,
  type PolicyComparison,
  type SweepOptions,
  type SweepResult,
  type SweepPoint,
  type SweepParameter,
  type SweepDesign,
  type MorrisScreening,
  type MergeOptions,
  type Policy,
  type OverlayPolicy,
  type FunctionPolicy,
  type Manifest,
  type Shard,
  type Summary,
  type PairedComparison,
  findRanges,
  calibrate,
  calibrationOverlay,
  varianceSplit,
  saltelliDesign,
  sobolIndices,
  type Calibration,
  type CalibrateOptions,
  type UncertaintySummary,
  type UncertaintyOptions,
  type RobustEffect,
  type SobolIndex,
  type SobolSweepResult,
  type SobolAnalysis,
  type SaltelliDesign,
  type SobolResult,
  type InputFactor,
  type CalibratedRange,
  type MatchedTarget,
  type CalibrationWave,
  type UncertaintyManifest,
  type Driver,
  type FlipRegion,
  type DeclaredRange,
  type Emulator,
} from './experiment';
export type { InputDistributionSpec } from './scenario/schema';
export { scenarioHash } from './scenario/hash';
export {
  optimizeAllocation,
  optimizationManifest,
  allocationSpace,
  allocationOverlay,
  kimNelson,
  waterFilling,
  integerWaterFilling,
  expectedGotAways,
  ADAPTIVE_ADVERSARY,
  FIXED_ADVERSARY,
  type OptimizeOptions,
  type OptimizeProgress,
  type OptimizationResult,
  type OptimizationManifest,
  type AllocationRow,
  type AllocationEvaluation,
  type Robustness,
  type AdversaryModel,
  type AdversaryMode,
  type AllocationSpace,
  type SpaceOptions,
  type EvaluationStore,
  type SearchOptions,
  type SelectionOptions,
  type ConvergencePoint,
  type AdversaryOptimum,
  type SelectionOutcome,
  type Finalist,
  type KimNelsonOptions,
  type KimNelsonResult,
  type WaterFillingSector,
} from './experiment/optimization';
