/**
 * What the crossing loop's speed rests on in the build (docs/performance.md, changes 60, 63 and
 * 64): V8 inlines no function of more than 460 bytes of bytecode, and the chain of people and
 * loads (`crossChain`, kernel/cross.ts) must stay over that limit, so that it is compiled on its
 * own with the chain's walk inlined in it. Just under it, it was inlined into `crossOver` in some
 * processes and not in others, and those runs took 1.1-1.2x as long. And the enums' members are
 * written into the bundle as literals (an object's property was loaded at every use). This reads
 * the built bundle's bytecode, not a time.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths';

/** V8's max_inlined_bytecode_size (its default in Node 20). */
const V8_INLINE_LIMIT = 460;

/** The bytecode length of function `name` of the built main entry, compiled by a short run. */
function bytecodeLength(name: string): number {
  const run = `import('./dist/index.js').then((m) => m.simulate(m.loadScenario('scenarios/tajik-afghan-2021.json'), { seed: 1, turns: 4 }))`;
  const out = execFileSync(process.execPath, [`--print-bytecode`, `--print-bytecode-filter=${name}`, '-e', run], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const m = /Bytecode length: (\d+)/.exec(out);
  if (m === null) throw new Error(`no bytecode printed for ${name}`);
  return Number(m[1]);
}

describe('the crossing loop in the build', () => {
  test("crossChain is over V8's inlining limit, so the walk is inlined in it and it stays out of crossOver", () => {
    expect(bytecodeLength('crossChain')).toBeGreaterThan(V8_INLINE_LIMIT);
  });

  test("the flow indices and the links' places are literals in the bundle", () => {
    const text = readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8');
    const cross = text.slice(text.indexOf('function crossChain('), text.indexOf('function logCrossings('));
    expect(cross).toMatch(/uniforms\[at0 \+ 1 \/\* detect \*\/ \+ i\]/);
    expect(cross).not.toMatch(/\bDRAW\./);
    expect(text).not.toMatch(/\bM\.(attempts|kgSeized)\b/);
  });
});
