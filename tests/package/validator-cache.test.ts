/**
 * The scenario validator's V8 code cache (scripts/build/cached-validator.mjs): the build's cache is
 * accepted by the Node that built it, and a validator compiled with it, with a cache V8 refuses, or
 * with none, gives the same verdicts and the same errors.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths';

interface Verdicts {
  rejected: boolean | null;
  verdicts: { ok: boolean; errors: unknown }[];
}

/** Validates a good scenario and two broken ones with the validator compiled from `cache` ('build', 'garbage' or 'none'). */
function verdicts(cache: 'build' | 'garbage' | 'none'): Verdicts {
  const script = `
import { readFileSync } from 'node:fs';
import { runCommonJs, CACHE_SUFFIX } from ${JSON.stringify(join(ROOT, 'scripts', 'build', 'cached-validator.mjs'))};
const file = ${JSON.stringify(join(ROOT, 'dist', 'scenario-validator.cjs'))};
const cache = ${JSON.stringify(cache)};
const data = cache === 'build' ? readFileSync(file + CACHE_SUFFIX) : cache === 'garbage' ? Buffer.alloc(4096, 7) : undefined;
const { exports, script } = runCommonJs(file, data);
const good = JSON.parse(readFileSync(${JSON.stringify(join(ROOT, 'scenarios', 'base', 'tajik-afghan-border.json'))}, 'utf8'));
const cases = [good, { ...good, sectors: 'twelve' }, { ...good, turns: -3, seed: 'x' }];
const verdicts = cases.map((c) => ({ ok: exports.validate(c), errors: exports.validate.errors }));
console.log(JSON.stringify({ rejected: script.cachedDataRejected ?? null, verdicts }));
`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })) as Verdicts;
}

describe("the validator's code cache", () => {
  test('the build writes a cache this Node accepts, and the verdicts equal those of a validator compiled without it', () => {
    const cached = verdicts('build');
    const plain = verdicts('none');
    expect(cached.rejected).toBe(false);
    expect(plain.rejected).toBeNull();
    expect(cached.verdicts.map((v) => v.ok)).toEqual([true, false, false]);
    expect(cached.verdicts).toEqual(plain.verdicts);
  });

  test('a cache V8 refuses is ignored: the validator compiles from its text and says the same', () => {
    const refused = verdicts('garbage');
    expect(refused.rejected).toBe(true);
    expect(refused.verdicts).toEqual(verdicts('none').verdicts);
  });
});
