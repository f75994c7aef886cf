/**
 * The cost model (src/scenario/cost.ts, docs/limits.md) against scenarios built at its limit:
 * for each way a scenario can make a turn expensive (armed groups' battles, events that set
 * flags, conditions that look back far, orders that add units or move detachments, many units,
 * parameters changed every turn), the generator finds the largest size the model accepts; that
 * scenario validates, one step more is refused naming the bound, and the accepted one plays two
 * turns to finite results in a child process.
 *
 * Nothing here measures speed (bench/limits.ts prints the times): the assertions are on the
 * model's counts, and the child's time limit is only a hang detector, deliberately generous.
 */
import { describe, expect, it } from 'vitest';
import { largestAccepted, PATTERNS } from '../../bench/limit-scenarios';
import { parseScenario, ScenarioError } from '../../src/index';
import { turnCost, WORK_BUDGET, MEMORY_BUDGET } from '../../src/scenario/cost';
import { runInChild, type Json } from './helpers';

type Obj = Record<string, Json>;

function costIssues(s: Obj): string[] {
  try {
    parseScenario(s);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).issues.map((i) => i.message);
  }
}

describe('the cost model at its limit', () => {
  it.each(PATTERNS)(
    '$name',
    (p) => {
      const n = largestAccepted(p);
      expect(n, 'the model accepts at least one of each').toBeGreaterThanOrEqual(1);
      const at = p.build(n);
      expect(costIssues(at)).toEqual([]);
      const cost = turnCost(at as never);
      expect(cost.work).toBeLessThanOrEqual(WORK_BUDGET);
      expect(cost.memory).toBeLessThanOrEqual(MEMORY_BUDGET);
      if (n < p.max) {
        const over = costIssues(p.build(n + 1)).join('\n');
        expect(over).toMatch(/could (cost [\d,]+ ms of work, more than the bound of 2000 ms|hold [\d,]+ MB, more than the bound of 1,024 MB)/);
      }
      const r = runInChild(at, 2, 180_000);
      if (r.kind === 'timeout') expect.fail(`no result within 180 s: the bound does not hold`);
      if (r.kind !== 'ran') expect.fail(`expected a run, got ${JSON.stringify(r).slice(0, 2000)}`);
      expect(r.turns).toBe(2);
      expect(r.nonFinite).toEqual([]);
    },
    400_000,
  );

  it('the bundled scenarios cost a small fraction of the bound', async () => {
    const { bundledScenarios } = await import('./helpers');
    for (const { name, value } of bundledScenarios()) {
      const c = turnCost(value as never);
      expect(c.work, name).toBeLessThan(WORK_BUDGET / 50);
      expect(c.memory, name).toBeLessThan(MEMORY_BUDGET / 50);
    }
  });
});
