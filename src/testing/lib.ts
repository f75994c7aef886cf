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
  type PairedComparison,
} from '../index';
export { pairedComparison } from '../experiment/paired';
export { studentTQuantile, normalQuantile } from '../experiment/statistics';
export { canonicalJson, fingerprint } from '../scenario/hash';
export { FLOW_METRICS } from '../engine/results';

import { scenarioSchema, type ActorKind, type ForceRole } from '../index';

/** The `const`s of a choice field of the schema, in the schema's order (one source of truth). */
function choices<T extends string>(...path: string[]): readonly T[] {
  let v: unknown = scenarioSchema;
  for (const k of path) v = (v as Record<string, unknown>)[k];
  return ((v as { anyOf: { const: T }[] }).anyOf ?? []).map((x) => x.const);
}

/** Actor kinds, from the schema (importing src/scenario/schema.ts would bundle the TypeBox definitions a second time). */
export const ACTOR_KINDS = choices<ActorKind>('properties', 'actors', 'items', 'properties', 'kind');
/** Force roles, from the schema. */
export const FORCE_ROLES = choices<ForceRole>('properties', 'forces', 'items', 'properties', 'role');
