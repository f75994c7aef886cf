/**
 * Experiments: Monte Carlo, paired policy comparison, sweeps and sensitivity, statistics,
 * worker pool, streaming runs files, shards and merge.
 *
 * @module
 */
export {
  runMonteCarlo,
  buildManifest,
  type MonteCarloOptions,
  type MonteCarloResult,
  type MonteCarloProgress,
  type PerTurnSummary,
  type PrecisionOutcome,
} from './monte-carlo';
export { closeWorkerPool, POOL_IDLE_MS } from './pool';
export { comparePolicies, type CompareOptions, type Comparison, type ComparisonManifest, type PolicyComparison } from './compare';
export {
  sweep,
  type SweepOptions,
  type SweepResult,
  type SweepPoint,
  type SweepParameter,
  type SweptParameter,
  type SweepDesign,
  type MorrisScreening,
} from './sweep';
export { mergeRunsFiles, type MergeOptions } from './merge';
export { inspectRunsFile, RunsFileError, type RunsFileInfo } from './stream';
export { ExperimentError, type ExperimentErrorKind, type ExperimentErrorOptions } from './errors';
export { EXPERIMENT_LIMITS } from './limits';
export { STATUS_QUO, applyPolicy, describePolicy, type Policy, type OverlayPolicy, type FunctionPolicy, type PolicyDescriptor } from './policy';
export { RUNS_FORMAT, RUNS_FORMAT_VERSION, ENGINE_VERSION, manifestDifference, type Manifest, type Shard } from './manifest';
export { findRanges, getAt, setAt, parsePointer, type DeclaredRange } from './pointer';
export type { RunOutput } from './chunk';
export type { Summary } from './statistics';
export type { PairedComparison } from './paired';
export type { PrecisionTarget, PrecisionStatus } from './precision';
export type { MorrisEffect } from './morris';
export {
  calibrate,
  implausibility,
  ruledOutBy,
  type Calibration,
  type CalibrateOptions,
  type CalibrationWave,
  type CalibratedRange,
  type MatchedTarget,
} from './calibration';
export { calibrationOverlay } from './calibration-overlay';
export { inputSpace, type InputSpace, type InputFactor, type UncertainInput } from './input-space';
export { resolveDistribution, inputQuantile, type InputDistribution } from './input-distributions';
export { saltelliDesign, sobolIndices, firstOrderFromData, type SaltelliDesign, type SobolIndex, type SobolResult } from './sobol';
export { varianceSplit, type UncertaintySummary } from './variance-split';
export { betterDirection, type RobustEffect, type Driver, type FlipRegion } from './robustness';
export type { UncertaintyManifest, UncertaintyOptions } from './uncertainty';
export type { SobolSweepResult, SobolAnalysis } from './sobol-sweep';
export type { Emulator } from './emulator';
