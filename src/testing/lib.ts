/**
 * Everything `frontier-sim/testing` takes from the main library, in one place.
 *
 * The public API comes from `../index`; the build (tsup.config.ts) resolves that import to the
 * package itself (`frontier-sim`), so that the testing subpath shares one copy of the engine with
 * the main entry: the same `ScenarioError` class (`instanceof` works across the two imports) and
 * no second copy of the simulator in `dist/testing.*`. The few internal helpers below are small
 * pure functions; they are bundled into the testing entry.
 *
 * @internal
 * @module
 */
export {
  parseScenario,
  applyOverlay,
  simulate,
  compileScenario,
  deriveSeed,
  scenarioSchema,
  quantityValue,
  type Scenario,
  type RunResult,
  type CompiledScenario,
  type OverlayPolicy,
  type Policy,
  type ActorKind,
  type ForceRole,
  type Terrain,
  type PairedComparison,
} from '../index';
export { pairedComparison } from '../experiment/paired';
export { studentTQuantile, normalQuantile } from '../experiment/statistics';
export { canonicalJson, fingerprint } from '../scenario/hash';
export { TERRAIN, ACTOR_KINDS, FORCE_ROLES, LIMITS } from '../scenario/schema';
export { FLOW_METRICS } from '../engine/results';
