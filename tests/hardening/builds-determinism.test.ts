/**
 * Determinism across builds: the ESM build, the CommonJS build and the TypeScript source (in
 * vitest, and in plain Node through tsx) give the same hashes for the default scenario at the
 * golden seeds, equal to tests/golden/default-scenario-hashes.json. The golden file is read, never
 * written, here: tests/engine/determinism.test.ts says how to regenerate it when the model changes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, simulate } from '../../src/index';
import { DEFAULT_SCENARIO, ROOT } from '../helpers/paths';

const GOLDEN = JSON.parse(readFileSync(join(ROOT, 'tests', 'golden', 'default-scenario-hashes.json'), 'utf8')) as Record<string, string>;
const SEEDS = Object.keys(GOLDEN).map(Number);

/** A script that prints the hashes of the golden seeds as JSON, given how to get the module `m`. */
const script = (load: string) => `${load}
const s = m.loadScenario(${JSON.stringify(DEFAULT_SCENARIO)});
const out = {};
for (const seed of ${JSON.stringify(SEEDS)}) out[String(seed)] = m.simulate(s, { seed }).hash;
console.log(JSON.stringify(out));`;

function node(args: string[], input?: string): Record<string, string> {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', input })) as Record<string, string>;
}

describe('the same hashes from every build', () => {
  it('the golden file covers seeds 1, 7 and 42', () => {
    expect(SEEDS.sort((a, b) => a - b)).toEqual([1, 7, 42]);
  });

  it('TypeScript source in vitest', () => {
    const s = loadScenario(DEFAULT_SCENARIO);
    expect(Object.fromEntries(SEEDS.map((seed) => [String(seed), simulate(s, { seed }).hash]))).toEqual(GOLDEN);
  });

  it('ESM build (dist/index.js)', () => {
    expect(node(['--input-type=module', '-e', script(`const m = await import(${JSON.stringify(join(ROOT, 'dist', 'index.js'))});`)])).toEqual(GOLDEN);
  });

  it('CommonJS build (dist/index.cjs)', () => {
    expect(node(['--input-type=commonjs', '-e', script(`const m = require(${JSON.stringify(join(ROOT, 'dist', 'index.cjs'))});`)])).toEqual(GOLDEN);
  });

  it('TypeScript source in plain Node (tsx)', () => {
    // tsx reads the script from stdin as TypeScript; the source is imported by path.
    expect(node(['--import', 'tsx', '--input-type=module', '-e', script(`const m = await import(${JSON.stringify(join(ROOT, 'src', 'index.ts'))});`)])).toEqual(
      GOLDEN,
    );
  });
});
