/**
 * `npm run schema`: writes, from the TypeBox definition (src/scenario/schema.ts),
 * - `scenarios/scenario.schema.json`, the published JSON Schema;
 * - `src/scenario/generated/validate-scenario.js`, the scenario validator precompiled with Ajv's
 *   standalone code generation (our code, generated from our schema), so that loading a
 *   scenario does not compile the schema at run time (about 0.5 s and 100 MB of RSS).
 * - `src/scenario/generated/validate-orders.js` (+ `.d.ts`), the validator of one order (the
 *   `Order` union of PolicyRuleSchemas), precompiled the same way with the Ajv options the engine
 *   used to compile it with at run time, and the shape of each order type (its required and known
 *   fields) for the messages of src/scenario/order-validation.ts; so that checking a policy
 *   function's orders loads neither TypeBox nor Ajv's compiler;
 * - `src/scenario/generated/scenario-overlay.ts`, the TypeScript type of a scenario overlay
 *   (`ScenarioOverlay`), from the same JSON Schema by the merge rules (scripts/overlay-types.ts).
 * tests/scenario/schema-file.test.ts fails when a checked-in file differs from what this script
 * writes.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { buildScenarioSchema, renderScenarioSchema } from '../src/scenario/json-schema';
import { PolicyRuleSchemas } from '../src/scenario/schema';
import { renderOverlayTypes } from './overlay-types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the precompiled validator is written (relative to the repository). */
export const VALIDATOR_FILE = 'src/scenario/generated/validate-scenario.js';
/** Where the precompiled order validator and its types are written (relative to the repository). */
export const ORDERS_VALIDATOR_FILE = 'src/scenario/generated/validate-orders.js';
export const ORDERS_VALIDATOR_TYPES_FILE = 'src/scenario/generated/validate-orders.d.ts';
/** Where the type of a scenario overlay is written (relative to the repository). */
export const OVERLAY_TYPES_FILE = 'src/scenario/generated/scenario-overlay.ts';

/** The text of `src/scenario/generated/scenario-overlay.ts`: the overlay type, from the published schema. */
export function renderScenarioOverlayTypes(): string {
  return renderOverlayTypes(buildScenarioSchema());
}

const HEADER = `// GENERATED FILE, do not edit. Regenerate with \`npm run schema\` (scripts/write-schema.ts).
// The scenario validator, precompiled by Ajv's standalone code generation from the JSON Schema of
// src/scenario/schema.ts (draft 2020-12, strict, allErrors, verbose, the \`unit\` annotation
// keyword). tests/scenario/schema-file.test.ts fails when this file is out of date.
`;

/**
 * The Ajv instance the scenario validator is compiled with: draft 2020-12, strict mode, all
 * errors, verbose errors (schema, parentSchema and data, which the readable messages read), and
 * `unit`, which annotates Quantity unions (for editors and messages) and validates nothing.
 * `inlineRefs: false`: `$defs/InputDistribution`, referenced by every Quantity's range, is one
 * function instead of a copy at each of some 200 places (inlined, it made this file 8.6 MB
 * instead of 3.8 MB).
 */
export function scenarioAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, inlineRefs: false, code: { source: true, esm: true, lines: true } });
  ajv.addKeyword({ keyword: 'unit', schemaType: 'string' });
  return ajv;
}

/** The text of `src/scenario/generated/validate-scenario.js`. */
export function renderScenarioValidator(): string {
  const ajv = scenarioAjv();
  return HEADER + standaloneModule(ajv, ajv.compile(buildScenarioSchema()));
}

/**
 * Ajv's standalone ESM code of `validate`, made importable as an ES module: Ajv's ESM output
 * still loads its run-time helpers (ucs2length, equal, ...) with require(), which an ES module
 * does not have, so they are imported instead. They are CommonJS modules whose `exports.default`
 * is the helper; depending on the loader's interop, the default import is either module.exports
 * or the helper itself.
 */
function standaloneModule(ajv: Ajv2020, validate: Parameters<typeof standaloneCode>[1]): string {
  let code = standaloneCode(ajv, validate);
  const helpers = new Set<string>();
  code = code.replace(/require\("ajv\/dist\/runtime\/([a-z0-9_]+)"\)\.default/g, (_, name: string) => {
    helpers.add(name);
    return `ajvRuntime_${name}`;
  });
  if (/\brequire\(/.test(code)) throw new Error('Ajv standalone code has a require() this script does not rewrite');
  const imports = [...helpers]
    .sort()
    .map(
      (name) =>
        `import ajvRuntime_${name}_module from "ajv/dist/runtime/${name}.js";\n` +
        `const ajvRuntime_${name} = typeof ajvRuntime_${name}_module === "function" ? ajvRuntime_${name}_module : ajvRuntime_${name}_module.default;\n`,
    )
    .join('');
  return `${imports}${code.endsWith('\n') ? code : code + '\n'}`;
}

const ORDERS_HEADER = `// GENERATED FILE, do not edit. Regenerate with \`npm run schema\` (scripts/write-schema.ts).
// The validator of one order (PolicyRuleSchemas.Order of src/scenario/schema.ts), precompiled by
// Ajv's standalone code generation (draft 2020-12, strict, allErrors off, the \`unit\`
// annotation keyword), and \`orderShapes\`, the required and known fields of each order type, which
// src/scenario/order-validation.ts words its messages from. Imports no Ajv compiler and no TypeBox.
// tests/scenario/schema-file.test.ts fails when this file is out of date.
`;

/**
 * The Ajv instance the order validator is compiled with: the options src/engine/dynamics.ts
 * compiled `PolicyRuleSchemas.Order` with at run time (draft 2020-12, strict, `allErrors: false`,
 * the `unit` keyword), plus the code options of standalone ESM output, which change the text of
 * the code, not its verdicts or errors.
 */
export function ordersAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: false, inlineRefs: false, code: { source: true, esm: true, lines: true } });
  ajv.addKeyword({ keyword: 'unit', schemaType: 'string' });
  return ajv;
}

/** The Order union as plain JSON (TypeBox's symbol-keyed metadata dropped). */
export function buildOrderSchema(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(PolicyRuleSchemas.Order)) as Record<string, unknown>;
}

interface OrderBranch {
  properties: Record<string, { const?: unknown }>;
  required?: string[];
}

/** The shape of each order type, in the order of the union: `{ type, required, properties }`. */
function orderShapes(schema: Record<string, unknown>): { type: string; required: string[]; properties: Record<string, true> }[] {
  return (schema.anyOf as OrderBranch[]).map((b) => {
    const type = b.properties.type?.const;
    if (typeof type !== 'string') throw new Error('an Order branch has no string const `type`');
    return { type, required: b.required ?? [], properties: Object.fromEntries(Object.keys(b.properties).map((k) => [k, true as const])) };
  });
}

/** The text of `src/scenario/generated/validate-orders.js`. */
export function renderOrdersValidator(): string {
  const schema = buildOrderSchema();
  const ajv = ordersAjv();
  const code = standaloneModule(ajv, ajv.compile(schema));
  const shapes = orderShapes(schema)
    .map((s) => `  { type: ${JSON.stringify(s.type)}, required: ${JSON.stringify(s.required)}, properties: ${JSON.stringify(s.properties)} },\n`)
    .join('');
  return (
    `${ORDERS_HEADER}${code}\n` +
    `// The order types in the order of the union; per type its required fields and (as the keys of a\n` +
    `// plain object) every field it accepts.\n` +
    `export const orderShapes = [\n${shapes}];\n`
  );
}

/** The text of `src/scenario/generated/validate-orders.d.ts`. */
export function renderOrdersValidatorTypes(): string {
  const types = orderShapes(buildOrderSchema()).map((s) => JSON.stringify(s.type).replace(/"/g, "'"));
  return `// GENERATED FILE, do not edit. Regenerate with \`npm run schema\` (scripts/write-schema.ts).
// The type of validate-orders.js.
import type { ErrorObject } from 'ajv';

/** A validator generated by Ajv: returns whether \`data\` is valid and leaves the errors in \`errors\`. */
export interface OrderValidateFunction {
  (data: unknown): boolean;
  /** The errors of the last call (Ajv with allErrors off), or null. */
  errors?: ErrorObject[] | null;
}

/** Validates one order against PolicyRuleSchemas.Order. */
export declare const validate: OrderValidateFunction;
export default validate;

/** The type of an order. */
export type OrderShapeType = ${types.join(' | ')};

/** An order type's required fields, and every field it accepts (as the keys of a plain object). */
export interface OrderShape {
  readonly type: OrderShapeType;
  readonly required: readonly string[];
  readonly properties: { readonly [field: string]: true };
}

/** The order types in the order of the union. */
export declare const orderShapes: readonly OrderShape[];
`;
}

function write(relative: string, text: string): void {
  const target = resolve(root, relative);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${relative} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB)`);
}

// Write only when run as a script (the freshness test imports the functions above).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  write('scenarios/scenario.schema.json', renderScenarioSchema());
  write(VALIDATOR_FILE, renderScenarioValidator());
  write(ORDERS_VALIDATOR_FILE, renderOrdersValidator());
  write(ORDERS_VALIDATOR_TYPES_FILE, renderOrdersValidatorTypes());
  write(OVERLAY_TYPES_FILE, renderScenarioOverlayTypes());
}
