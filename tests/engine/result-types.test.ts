/**
 * Types a user can lean on (issue 22): a run's metric names are a literal union (a misspelt
 * name does not compile), Monte Carlo tables are known to hold every metric, the log's kinds
 * are a closed union, and what the types promise is what a run holds.
 */
import { describe, expect, expectTypeOf, test } from 'vitest';
import { LOG_ENTRY_TYPES, loadScenario, simulate, type LogEntryType, type MetricName, type RunResult, type Summary } from '../../src/index';
import type { MonteCarloResult } from '../../src/index';

describe('result types', () => {
  test('every name the types promise is in a run, and nothing else', () => {
    const r = simulate(loadScenario('tajik-afghan-2021'), { seed: 1, turns: 4, detail: true });
    const totals: number = r.totals.gotAway + r.totals['smuggling.kgThrough'] + r.totals.conflictShareMax;
    expect(Number.isFinite(totals)).toBe(true);
    // @ts-expect-error a misspelt metric does not compile
    void r.totals.gotAwya;
    const turn = r.turns[0]!;
    expect(Object.keys(turn.byKind).sort()).toEqual(['armed-group', 'recruits', 'refugees', 'smuggling']);
    expect(typeof turn.byKind.smuggling.kgThrough).toBe('number');
    for (const e of r.log) expect(LOG_ENTRY_TYPES).toContain(e.type);
    expectTypeOf<RunResult['log'][number]['type']>().toEqualTypeOf<LogEntryType>();
  });

  test('a Monte Carlo table knows every metric; another name may be absent', () => {
    expectTypeOf<MonteCarloResult['metrics']['gotAway']>().toEqualTypeOf<Summary>();
    expectTypeOf<MonteCarloResult['metrics']['smuggling.gotAway']>().toEqualTypeOf<Summary>();
    expectTypeOf<'gotAway'>().toExtend<MetricName>();
    expectTypeOf<'gotAwya'>().not.toExtend<MetricName>();
  });
});
