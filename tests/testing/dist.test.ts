/**
 * The built subpath `frontier-sim/testing`, in ESM and CJS: the public API is there, it runs a
 * check, fast-check stays an external peer, and it shares the main entry's engine (one
 * ScenarioError class) rather than bundling a second copy. `npm test` builds before running.
 */
import { execFileSync } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/temp';

function node(code: string, type: 'module' | 'commonjs'): string {
  return execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: ROOT, encoding: 'utf8' });
}

const body = `
const s = fc.sample(t.arbitraries.scenario({ sectors: 2 }), { seed: 1, numRuns: 1 })[0];
const r = t.checkAssumption({ scenario: s, change: { name: 'noop' }, metric: 'gotAway', relation: '==', fc: { seed: 1, numRuns: 5 } });
let shared = false;
try { t.relations.conservation.check({}); } catch (e) { shared = e instanceof m.ScenarioError; }
console.log(JSON.stringify({ keys: Object.keys(t).filter((k) => ['arbitraries', 'checkAssumption', 'relations', 'defineAssumption', 'AssumptionError'].includes(k)).sort(), runs: r.numRuns, shared, relations: t.relations.all.map((x) => x.name) }));`;

describe('the built frontier-sim/testing', () => {
  test("ESM and CJS give the same API, run a check, and share the main entry's classes", () => {
    const esm = JSON.parse(
      node(
        `const t = await import('frontier-sim/testing'); const m = await import('frontier-sim'); const { default: fc } = await import('fast-check');${body}`,
        'module',
      ),
    );
    const cjs = JSON.parse(
      node(`const t = require('frontier-sim/testing'); const m = require('frontier-sim'); const fc = require('fast-check');${body}`, 'commonjs'),
    );
    expect(esm).toEqual(cjs);
    expect(esm.keys).toEqual(['AssumptionError', 'arbitraries', 'checkAssumption', 'defineAssumption', 'relations']);
    expect(esm.runs).toBe(5);
    expect(esm.shared).toBe(true);
    expect(esm.relations).toHaveLength(6);
  });

  test('fast-check and the main library stay external (no second engine in the bundle)', () => {
    for (const f of ['testing.js', 'testing.cjs']) {
      const text = readFileSync(join(ROOT, 'dist', f), 'utf8');
      expect(text).toMatch(/import\("fast-check"\)|require\("fast-check"\)/);
      expect(text).toMatch(/from "frontier-sim"|require\("frontier-sim"\)/);
      expect(text).not.toContain('// src/engine/step.ts');
      expect(text).not.toContain('// src/scenario/schema.ts');
    }
  });

  test('without the optional fast-check, importing it says what to install, in one line, both ways', () => {
    // A project with the built package and every dependency but fast-check.
    const app = tempDir('fsim-no-fc-');
    const pkg = join(app, 'node_modules', 'frontier-sim');
    mkdirSync(pkg, { recursive: true });
    for (const f of ['package.json', 'dist']) cpSync(join(ROOT, f), join(pkg, f), { recursive: true });
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name === 'fast-check' || name === '@fast-check' || name === 'frontier-sim' || name.startsWith('.')) continue;
      symlinkSync(join(ROOT, 'node_modules', name), join(app, 'node_modules', name));
    }
    writeFileSync(join(app, 'esm.mjs'), "import 'frontier-sim/testing';\n");
    writeFileSync(join(app, 'cjs.cjs'), "require('frontier-sim/testing');\n");
    writeFileSync(join(app, 'main.mjs'), "import { simulate } from 'frontier-sim'; console.log(typeof simulate);\n");
    expect(spawnSync(process.execPath, ['main.mjs'], { cwd: app, encoding: 'utf8' }).stdout.trim()).toBe('function');
    for (const file of ['esm.mjs', 'cjs.cjs']) {
      const r = spawnSync(process.execPath, [file], { cwd: app, encoding: 'utf8' });
      expect(r.status, file).toBe(1);
      expect(r.stderr).toContain(
        'frontier-sim/testing needs fast-check (^4), an optional peer dependency that is not installed here: run `npm install --save-dev fast-check`',
      );
      expect(r.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|^\s+at /m);
    }
  });
});
