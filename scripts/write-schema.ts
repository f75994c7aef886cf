/**
 * `npm run schema`: writes, from the TypeBox definition (src/scenario/schema.ts),
 * - `scenarios/scenario.schema.json`, the published JSON Schema;
 * - `src/scenario/generated/validate-scenario.js`, the scenario validator precompiled with Ajv's
 *   standalone code generation (our code, generated from our schema), so that loading a
 *   scenario does not compile the schema at run time (about 0.5 s and 100 MB of RSS).
 * tests/scenario/schema-file.test.ts fails when either checked-in file differs from what this
 * script writes.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { buildScenarioSchema, renderScenarioSchema } from '../src/scenario/json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the precompiled validator is written (relative to the repository). */
export const VALIDATOR_FILE = 'src/scenario/generated/validate-scenario.js';

const HEADER = `// GENERATED FILE, do not edit. Regenerate with \`npm run schema\` (scripts/write-schema.ts).
// The scenario validator, precompiled by Ajv's standalone code generation from the JSON Schema of
// src/scenario/schema.ts (draft 2020-12, strict, allErrors, verbose, the \`unit\` annotation
// keyword). tests/scenario/schema-file.test.ts fails when this file is out of date.
`;

/**
 * The Ajv instance the scenario validator is compiled with: draft 2020-12, strict mode, all
 * errors, verbose errors (schema, parentSchema and data, which the readable messages read), and
 * `unit`, which annotates Quantity unions (for editors and messages) and validates nothing.
 */
export function scenarioAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, code: { source: true, esm: true, lines: true } });
  ajv.addKeyword({ keyword: 'unit', schemaType: 'string' });
  return ajv;
}

/** The text of `src/scenario/generated/validate-scenario.js`. */
export function renderScenarioValidator(): string {
  const ajv = scenarioAjv();
  let code = standaloneCode(ajv, ajv.compile(buildScenarioSchema()));
  // Ajv's ESM output still loads its run-time helpers (ucs2length, equal, ...) with require(),
  // which an ES module does not have: import them instead. They are CommonJS modules whose
  // `exports.default` is the helper; depending on the loader's interop, the default import is
  // either module.exports or the helper itself.
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
  return `${HEADER}${imports}${code.endsWith('\n') ? code : code + '\n'}`;
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
}
