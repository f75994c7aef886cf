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
 * `frontier-sim/testing`; the engine's low-level pieces (`step`, `createStepContext`,
 * `initialState`, `RandomStreams`, `createRng`, `evaluateCondition`) in `frontier-sim/kernel`.
 *
 * @packageDocumentation
 */
export {
  loadScenario,
  parseScenario,
  scenarioSchema,
  ScenarioError,
  applyOverlay,
  quantityValue,
  LIMITS,
  loadPolicyFile,
  loadPolicy,
  bundledNames,
} from './scenario';
export type { ScenarioIssue, LoadScenarioOptions, ParseScenarioOptions, PolicyFile, BundledKind } from './scenario';
export type { Scenario, Sector, Force, Actor, Province, Base, Terrain, ActorKind, ForceRole, QuantityValue } from './scenario/schema';
export { simulate, type SimulateOptions } from './engine/simulate';
export { compileScenario, type CompiledScenario } from './engine/compile';
export type { SimState, SectorState, ForceState, ActorState } from './engine/state';
export { scenarioWarnings, type ScenarioWarning } from './engine/warnings';
export type { StepOutcome } from './engine/step';
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
export type { WorldState, HistoryEntry, ForceSpec, AssistanceProgramme, RedAccount } from './engine/state';
export type {
  Order,
  OrderType,
  Condition,
  ComparisonOp,
  ConditionMetric,
  ScenarioEvent,
  EventAction,
  EventTrigger,
  Drill,
  PolicyRule,
  DeclarativePolicy,
} from './scenario/schema';
export { deriveSeed } from './rng/hash';
export {
  runMonteCarlo,
  closeWorkerPool,
  POOL_IDLE_MS,
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
export type { ScenarioOverlay, ForceOverlay, SectorOverlay, ActorOverlay } from './scenario/generated/scenario-overlay';
/** Every part of {@link ScenarioOverlay}, by name (generated from the scenario schema by `npm run schema`). */
export type * as OverlayTypes from './scenario/generated/scenario-overlay';
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
export { createGame, type Game, type GameOptions, type PlayedTurn, type SideOrders, type SubmitResult, type OrderIssue } from './engine/game';
export { replay, type ReplayOutcome, type ReplayedTurn } from './engine/replay';
export { replayFileProblems, type ReplayFile, type ReplayTurn } from './engine/replay-file';
export { viewOf, type SideView, type BlueView, type RedView, type BlueSectorView, type RedSectorView, type BlueReport, type RedReport } from './engine/fog';
export { sidePolicyFunction, LOGIT_DISPLACEMENT, type SidePolicy, type SideContext, type Player, type Players } from './engine/players';
export { SIDES, sideOfOrder, type Side } from './engine/sides';
export { ADAPTIVE_SMUGGLER, OPPORTUNIST_ARMED_GROUP, RED_POLICIES } from './engine/red-policies';
