/**
 * Performance work must not change a number (docs/performance.md). The default scenario's
 * golden hashes (tests/engine/determinism.test.ts) have no quick-reaction force, so these pin
 * the state hashes of the benchmark's synthetic borders, which exercise the quick-reaction
 * index, casualties shared out by station and battles, as computed by the engine before the
 * optimisations (commit 781d869). A deliberate model change regenerates them with
 * `UPDATE_GOLDEN=1 npx vitest run tests/bench/optimizations.test.ts` (say so in the commit).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { syntheticScenario } from '../../bench/synthetic.mjs';
import { compileScenario } from '../../src/engine/compile';
import { simulate } from '../../src/engine/simulate';
import { parseScenario } from '../../src/scenario';

const FILE = join(__dirname, 'synthetic-hashes.json');
const golden = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;
const update = process.env.UPDATE_GOLDEN === '1';
const computed: Record<string, string> = {};

describe('optimisations change no result (synthetic borders)', () => {
  for (const sectors of [24, 120, 600]) {
    test(`${sectors} sectors, 30 turns`, () => {
      const c = compileScenario(parseScenario(syntheticScenario(sectors, 30), { source: `synthetic-${sectors}.json` }));
      for (const seed of [1, 2]) {
        const frozen = simulate(c, { seed });
        const fast = simulate(c, { seed, log: false, detail: false, hashes: false, freeze: false });
        expect(fast.totals).toEqual(frozen.totals);
        expect(JSON.stringify(fast.finalState)).toBe(JSON.stringify(frozen.finalState));
        expect(Object.isFrozen(frozen.finalState.sectors[0])).toBe(true);
        computed[`${sectors}/${seed}`] = frozen.hash;
        if (!update) expect(frozen.hash).toBe(golden[`${sectors}/${seed}`]);
      }
      if (update && sectors === 600) writeFileSync(FILE, JSON.stringify(computed, null, 2) + '\n');
    });
  }
});
