/**
 * The world's history is kept typed during a run (src/engine/history.ts); conditions read it
 * directly and the JSON state shows named records. Both readings must agree exactly.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/engine/compile';
import { HistoryWindow, type HistoryAggregate } from '../../src/engine/history';
import { FLOW_METRICS, TURN_METRICS } from '../../src/engine/results';
import { initialState, type HistoryEntry } from '../../src/engine/state';
import { createStepContext, playTurn, workingCopy } from '../../src/engine/step';
import { RandomStreams } from '../../src/rng/streams';
import { loadScenario } from '../../src/scenario';
import { ACTOR_KINDS } from '../../src/scenario/schema';
import { DEFAULT_SCENARIO } from '../helpers/paths';

const compiled = compileScenario(loadScenario(DEFAULT_SCENARIO));
const NAMES = [...FLOW_METRICS, ...TURN_METRICS, 'pDetect', 'noSuchMetric'];
const AGGREGATES: HistoryAggregate[] = ['sum', 'mean', 'min', 'max', 'last'];

/** The reading of the named records (what conditions read before the history was typed). */
function reference(entries: readonly HistoryEntry[], name: string, window: number, aggregate: HistoryAggregate, sector?: string, kind?: string): number {
  const values = entries.slice(Math.max(0, entries.length - window)).map((e) => {
    const m = sector !== undefined ? e.bySector[sector] : kind !== undefined ? e.byKind[kind] : e.metrics;
    return m?.[name] ?? 0;
  });
  if (values.length === 0) return 0;
  const sum = values.reduce((a, b) => a + b, 0);
  return aggregate === 'sum'
    ? sum
    : aggregate === 'mean'
      ? sum / values.length
      : aggregate === 'min'
        ? Math.min(...values)
        : aggregate === 'max'
          ? Math.max(...values)
          : (values.at(-1) as number);
}

/** A typed window after `turns` turns of the default scenario (capacity `capacity`), and a window of its JSON entries. */
function played(seed: number, turns: number, capacity: number) {
  const ctx = createStepContext(compiled, new RandomStreams(seed), { log: false, detail: false });
  const w = workingCopy(initialState(compiled), compiled);
  const typed = new HistoryWindow(compiled);
  for (let t = 0; t < turns; t++) typed.push(playTurn(w, ctx), capacity);
  return { typed, fromJson: new HistoryWindow(compiled, structuredClone(typed.entries())) };
}

describe('the typed history window', () => {
  test('keeps the last `capacity` turns, oldest first', () => {
    const { typed } = played(1, 20, 8);
    expect(typed.length).toBe(8);
    expect(typed.entries().map((e) => e.turn)).toEqual([12, 13, 14, 15, 16, 17, 18, 19]);
    const { typed: short } = played(1, 3, 8);
    expect(short.entries().map((e) => e.turn)).toEqual([0, 1, 2]);
  });

  test('metric() from the typed numbers equals the reading of the named records, and of a window built from them', () => {
    const sectors = [...compiled.sectors.map((s) => s.id), 'no-such-sector'];
    const kinds = [...ACTOR_KINDS, 'no-such-kind'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 4, max: 12 }),
        fc.constantFrom(...NAMES),
        fc.integer({ min: 1, max: 14 }),
        fc.constantFrom(...AGGREGATES),
        fc.oneof(fc.constant(undefined), fc.constantFrom(...sectors)),
        fc.oneof(fc.constant(undefined), fc.constantFrom(...kinds)),
        (seed, turns, capacity, name, window, aggregate, sector, kind) => {
          const { typed, fromJson } = played(seed, turns, capacity);
          const entries = typed.entries();
          const expected = reference(entries, name, window, aggregate, sector, sector === undefined ? kind : undefined);
          const k = sector === undefined ? kind : undefined;
          expect(Object.is(typed.metric(name, window, aggregate, sector, k), expected)).toBe(true);
          expect(Object.is(fromJson.metric(name, window, aggregate, sector, k), expected)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a window given JSON entries keeps them as given and recycles their slots for played turns', () => {
    const { typed } = played(2, 10, 8);
    const given = typed.entries();
    const copy = new HistoryWindow(compiled, given);
    expect(copy.entries()).toEqual(given);
    expect(copy.entries()[0]).toBe(given[0]);
    const ctx = createStepContext(compiled, new RandomStreams(2), { log: false, detail: false });
    const w = workingCopy(initialState(compiled), compiled);
    copy.push(playTurn(w, ctx), 8);
    expect(copy.length).toBe(8);
    expect(copy.entries().map((e) => e.turn)).toEqual([...given.slice(1).map((e) => e.turn), 0]);
  });
});
