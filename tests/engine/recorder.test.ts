/**
 * One recorder (src/engine/recorder.ts): a run's totals, its per-turn records and the world's
 * history windows are all made from the same rows, so they agree: each total is its metric's
 * rule applied to the turns' records, and a history window reads what the records say.
 */
import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/engine/compile';
import { SCALAR_METRICS } from '../../src/engine/recorder';
import { FLOW_METRICS } from '../../src/engine/results';
import { simulate } from '../../src/engine/simulate';
import { ACTOR_KINDS } from '../../src/scenario/vocabulary';
import { loadScenario } from '../../src/scenario';
import { DEFAULT_SCENARIO } from '../helpers/paths';

const compiled = compileScenario(loadScenario(DEFAULT_SCENARIO));

describe('the recorder', () => {
  const r = simulate(compiled, { seed: 13, log: false, hashes: false });
  // Read by computed names: the records as plain tables of numbers.
  const turns = r.turns as unknown as {
    metrics: Record<string, number>;
    byKind: Record<string, Record<string, number>>;
    bySector: Record<string, Record<string, number>>;
  }[];
  const totals = r.totals as unknown as Record<string, number>;

  test("each total is its metric's rule over the turns' records", () => {
    const sum = (name: string) => turns.reduce((s, t) => s + (t.metrics[name] ?? 0), 0);
    for (const m of FLOW_METRICS) expect(totals[m]).toBeCloseTo(sum(m), 6);
    for (const k of ACTOR_KINDS)
      for (const m of FLOW_METRICS)
        expect(totals[`${k}.${m}`]).toBeCloseTo(
          turns.reduce((s, t) => s + (t.byKind[k]?.[m] ?? 0), 0),
          6,
        );
    for (const m of SCALAR_METRICS) {
      const values = turns.map((t) => t.metrics[m.name] ?? NaN);
      const expected =
        m.total === 'sum' ? sum(m.name) : m.total === 'mean' ? sum(m.name) / turns.length : m.total === 'max' ? Math.max(...values) : values.at(-1);
      expect(totals[m.name], m.name).toBeCloseTo(expected as number, 9);
      if (m.maxAs !== undefined) expect(totals[m.maxAs]).toBe(Math.max(...values));
    }
    expect(r.totals.attempts).toBeGreaterThan(0);
  });

  test("the history window of the final state holds the last turns' records, as the run's records name them", () => {
    const history = r.finalState.world?.history ?? [];
    expect(history.length).toBeGreaterThan(0);
    for (const h of history) {
      const t = turns[h.turn];
      expect(h.metrics).toEqual(t?.metrics);
      expect(h.byKind).toEqual(t?.byKind);
      expect(h.bySector).toEqual(t?.bySector);
    }
  });

  test('the records are named when first read, once: the same array on every read', () => {
    expect(r.turns).toBe(r.turns);
    expect(r.turns).toHaveLength(compiled.turns);
  });
});
