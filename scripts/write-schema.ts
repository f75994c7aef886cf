/**
 * Writes `scenarios/scenario.schema.json` from the TypeBox definition (`npm run schema`).
 * A test fails when the checked-in file differs from what this script writes.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderScenarioSchema } from '../src/scenario/json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, 'scenarios/scenario.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderScenarioSchema());
console.log(`wrote ${target}`);
