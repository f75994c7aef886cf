import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO, ROOT } from '../helpers/paths';

// The built package, imported the two ways users do, from a separate node process so that
// vitest's own module loader is not what is being tested.
function node(code: string, type: 'module' | 'commonjs'): string {
  return execFileSync(process.execPath, [type === 'module' ? '--input-type=module' : '--input-type=commonjs', '-e', code], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

const script = (load: string) => `${load}
const s = m.loadScenario(${JSON.stringify(DEFAULT_SCENARIO)});
const r = m.simulate(s, { seed: 7 });
console.log(JSON.stringify({ hash: r.hash, keys: Object.keys(m).sort(), schema: typeof m.scenarioSchema }));`;

describe('the built package', () => {
  test('ESM import and CJS require give the same API and the same run', () => {
    const esm = JSON.parse(node(script("const m = await import('frontier-sim');"), 'module')) as { hash: string; keys: string[]; schema: string };
    const cjs = JSON.parse(node(script("const m = require('frontier-sim');"), 'commonjs')) as { hash: string; keys: string[]; schema: string };
    expect(esm.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(cjs.hash).toBe(esm.hash);
    expect(cjs.keys).toEqual(esm.keys);
    expect(esm.keys).toEqual(expect.arrayContaining(['loadScenario', 'parseScenario', 'scenarioSchema', 'ScenarioError', 'simulate']));
    expect(esm.schema).toBe('object');
  });

  test('the kernel subpath steps a turn both ways, and its names are not in the main entry', () => {
    const code = (load: string) => `${load}
const c = m.compileScenario(m.loadScenario('tajik-afghan-2021'));
const { state } = k.step(k.initialState(c), k.createStepContext(c, new k.RandomStreams(7)));
console.log(JSON.stringify({ turn: state.turn, kernel: Object.keys(k).sort(), leaked: Object.keys(m).filter((n) => n in k) }));`;
    const esm = JSON.parse(node(code("const m = await import('frontier-sim'); const k = await import('frontier-sim/kernel');"), 'module')) as {
      turn: number;
      kernel: string[];
      leaked: string[];
    };
    const cjs = JSON.parse(node(code("const m = require('frontier-sim'); const k = require('frontier-sim/kernel');"), 'commonjs')) as typeof esm;
    expect(esm.turn).toBe(1);
    expect(esm.kernel).toEqual(['RandomStreams', 'createRng', 'createStepContext', 'evaluateCondition', 'initialState', 'step']);
    expect(esm.leaked).toEqual([]);
    expect(cjs).toEqual(esm);
  });

  test('the testing subpath and the schema file resolve both ways', () => {
    const out = node(
      "const t = await import('frontier-sim/testing'); const { createRequire } = await import('node:module'); const req = createRequire(import.meta.url); const schema = req('frontier-sim/scenario.schema.json'); const c = req('frontier-sim/testing'); console.log(typeof t.arbitraries.seed, typeof c.arbitraries.seed, schema.title);",
      'module',
    );
    expect(out.trim()).toBe('function function frontier-sim scenario');
  });
});
