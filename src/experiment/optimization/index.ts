/**
 * Allocation optimisation on common random numbers: where the next guards (posts, dollars) do
 * the most good, against a fixed and an adapting adversary (docs/optimization.md).
 *
 * @module
 */
export {
  optimizeAllocation,
  optimizationManifest,
  manifestFingerprint,
  type OptimizeOptions,
  type OptimizeProgress,
  type OptimizationResult,
  type OptimizationManifest,
  type AllocationRow,
  type AllocationEvaluation,
  type Robustness,
  type AdversaryMode,
} from './optimize';
export { ADAPTIVE_ADVERSARY, FIXED_ADVERSARY, hasDisplacement, withoutDisplacement, type AdversaryModel } from './adversary';
export {
  allocationSpace,
  applyAllocation,
  allocationOverlay,
  WEEKS_PER_YEAR,
  type AllocationSpace,
  type SpaceOptions,
  type Lever,
  type LevelBounds,
  type Coordinate,
  type SectorInfo,
} from './space';
export { parseObjective, type Objective, type ObjectiveSpec } from './objective';
export { kimNelson, type KimNelsonOptions, type KimNelsonResult } from './kim-nelson';
export { waterFilling, integerWaterFilling, expectedGotAways, type WaterFillingSector, type WaterFillingOptimum } from './water-filling';
export type { EvaluationStore, EvaluationCounts, Sample } from './evaluator';
export type { SearchOptions, SelectionOptions, ConvergencePoint, AdversaryOptimum, SelectionOutcome, Finalist } from './pipeline';
