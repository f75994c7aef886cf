/**
 * The scenario JSON Schema as a plain JSON object (draft 2020-12), generated from the TypeBox
 * definition in `schema.ts`, with a stable key order. `npm run schema` writes it to
 * `scenarios/scenario.schema.json`; a test checks that the file is up to date.
 *
 * @module
 */
import { ScenarioSchema } from './schema';

/** The JSON Schema dialect of the scenario schema. */
export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

// Keywords printed first, in this order; the rest follow alphabetically. The entries of
// `properties` and `patternProperties` keep their declaration order (the order of the format).
const FIRST = ['$schema', '$id', 'title', 'description', 'unit', 'type', 'const', 'enum', 'pattern'];
const KEEP_ORDER = new Set(['properties', 'patternProperties', '$defs']);

function canonical(value: unknown, keepOrder: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, false));
  if (typeof value !== 'object' || value === null) return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (!keepOrder) {
    keys.sort((a, b) => {
      const ia = FIRST.indexOf(a);
      const ib = FIRST.indexOf(b);
      if (ia >= 0 || ib >= 0) return (ia < 0 ? FIRST.length : ia) - (ib < 0 ? FIRST.length : ib);
      return a < b ? -1 : a > b ? 1 : 0;
    });
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    Object.defineProperty(out, k, { value: canonical(obj[k], !keepOrder && KEEP_ORDER.has(k)), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const child of Object.values(v)) deepFreeze(child);
    Object.freeze(v);
  }
  return v;
}

/** A fresh, mutable copy of the scenario JSON Schema (plain JSON, stable key order). */
export function buildScenarioSchema(): Record<string, unknown> {
  // JSON round trip: drops TypeBox's symbol-keyed metadata.
  const plain = JSON.parse(JSON.stringify(ScenarioSchema)) as Record<string, unknown>;
  return canonical({ $schema: SCHEMA_DIALECT, ...plain }, false) as Record<string, unknown>;
}

/** The scenario JSON Schema (draft 2020-12) as a plain, frozen JSON object. */
export const scenarioSchema: Readonly<Record<string, unknown>> = deepFreeze(buildScenarioSchema());

/** The text of `scenarios/scenario.schema.json`: pretty-printed, with a final newline. */
export function renderScenarioSchema(): string {
  return JSON.stringify(scenarioSchema, null, 2) + '\n';
}
