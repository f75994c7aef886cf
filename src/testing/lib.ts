/**
 * Everything `frontier-sim/testing` takes from the main library, in one place.
 *
 * The public API comes from the layers beneath (`../scenario`, `../engine/simulate`,
 * `../engine/compile`, `../rng/hash`: names the main entry exports); the build (tsup.config.ts)
 * resolves those imports of this file to the package itself (`frontier-sim`), so that the
 * testing subpath shares one copy of the engine with the main entry: the same `ScenarioError`
 * class (`instanceof` works across the two imports) and no second copy of the simulator in
 * `dist/testing.*`. The few internal helpers below are small pure functions; they are bundled
 * into the testing entry.
 *
 * @internal
 * @module
 */
export { parseScenario, applyOverlay, scenarioSchema, quantityValue, type Scenario, type ActorKind, type ForceRole } from '../scenario';
export { simulate } from '../engine/simulate';
export { compileScenario, type CompiledScenario } from '../engine/compile';
export { deriveSeed } from '../rng/hash';
export type { RunResult } from '../engine/results';
export type { OverlayPolicy, Policy } from '../experiment/policy';
export type { PairedComparison } from '../experiment/paired';
export { pairedComparison } from '../experiment/paired';
export { studentTQuantile, normalQuantile } from '../experiment/statistics';
export { canonicalJson, fingerprint } from '../scenario/hash';
export { FLOW_METRICS } from '../engine/results';

import { scenarioSchema, type ActorKind, type ForceRole } from '../scenario';

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
