/**
 * The CSTO's help "if the situation deteriorates" as a rule with a condition
 * (scenarios/policies/csto-help-if-deteriorating.json): no collective force until the
 * condition holds, then the same orders as the unconditional overlay, once.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { applyPolicy } from '../../src/experiment/policy';
import { loadPolicyFile, loadScenario } from '../../src/scenario';
import { DEFAULT_SCENARIO, ROOT } from '../helpers/paths';

const policy = (name: string) => loadPolicyFile(join(ROOT, 'scenarios', 'policies', `${name}.json`));

test('collective forces come only once the clashes or breakthroughs of four weeks reach the thresholds', () => {
  const base = loadScenario(DEFAULT_SCENARIO);
  const run = simulate(applyPolicy(base, policy('csto-help-if-deteriorating')), { seed: 1, turns: 30 });
  const fired = run.log.filter((e) => e.type === 'rule');
  expect(fired).toHaveLength(1);
  const at = fired[0]?.turn as number;
  expect(at).toBeGreaterThan(0);
  // The condition, recomputed from the turns' records: the first turn whose last 4 turns hold it.
  const first = run.turns.findIndex((_, t) => {
    const window = run.turns.slice(Math.max(0, t - 3), t + 1);
    return window.reduce((a, r) => a + r.metrics.clashes, 0) >= 3 || window.reduce((a, r) => a + r.metrics.breakthroughs, 0) >= 2;
  });
  expect(at).toBe(first + 1);
  const csto = run.log.filter((e) => e.type === 'order' && /csto troops/.test(e.message));
  expect(csto.map((e) => e.turn)).toEqual([at, at, at]);
  const always = simulate(applyPolicy(base, policy('csto-multinational-force')), { seed: 1, turns: 30 });
  expect(always.log.filter((e) => e.type === 'order' && /csto troops/.test(e.message)).map((e) => e.turn)).toEqual([0, 0, 0]);
});
