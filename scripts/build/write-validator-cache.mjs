/**
 * After `tsup`: validates every bundled scenario file with dist/scenario-validator.cjs, then saves
 * V8's code cache of it (with the functions those validations compiled) as
 * dist/scenario-validator.cjs.v8-cache (see cached-validator.mjs for why and how it is used).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_SUFFIX, runCommonJs } from './cached-validator.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = join(root, 'dist', 'scenario-validator.cjs');
const { exports, script } = runCommonJs(file, undefined);
// Whole scenarios (the base files, and those that extend nothing) and the files that extend one
// (which fail for their missing parts: the error paths get compiled too).
for (const dir of ['scenarios/base', 'scenarios']) {
  const names = readdirSync(join(root, dir)).filter((n) => n.endsWith('.json') && n !== 'scenario.schema.json');
  for (const name of names.sort()) exports.validate(JSON.parse(readFileSync(join(root, dir, name), 'utf8')));
}
const data = script.createCachedData();
writeFileSync(file + CACHE_SUFFIX, data);
console.log(`dist/scenario-validator.cjs${CACHE_SUFFIX}: ${(data.length / 1e6).toFixed(1)} MB of V8 code cache`);
