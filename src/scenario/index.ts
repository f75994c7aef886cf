/**
 * Scenarios: the format (types and JSON Schema from one TypeBox definition), parsing with
 * positions, validation, reference checks, `extends` and overlays, and {@link ScenarioError}.
 *
 * @module
 */
export { loadScenario, parseScenario, applyOverlay, MAX_FILE_BYTES, MAX_EXTENDS_DEPTH, MAX_ISSUES } from './load';
export type { ParseScenarioOptions, LoadScenarioOptions, ApplyOverlayOptions } from './load';
export { loadPolicyFile, loadPolicy, type PolicyFile } from './policy-file';
export { bundledNames, type BundledKind } from './bundled';
export { ScenarioError, formatIssue, formatIssues, isScenarioError, type ScenarioIssue } from './errors';
export { scenarioSchema, renderScenarioSchema, SCHEMA_DIALECT } from './json-schema';
export {
  ScenarioSchema,
  SCHEMA_ID,
  LIMITS,
  ACTOR_KINDS,
  FORCE_ROLES,
  LANCHESTER_LAWS,
  SEARCH_MODES,
  quantityValue,
  type Scenario,
  type Sector,
  type Force,
  type Actor,
  type Province,
  type Base,
  type Terrain,
  type TerrainClassSpec,
  type RiverSpec,
  type SeasonSpec,
  type ActorKind,
  type ForceRole,
  type QuantityValue,
  type LanchesterLawName,
  type KindBehaviourSpec,
} from './schema';
