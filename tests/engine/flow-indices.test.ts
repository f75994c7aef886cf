/**
 * The kernel's literal indices (an enum each, so that the bundler writes them into the hot loops
 * as numbers) against the lists they index: a flow metric's index is its place in FLOW_METRICS,
 * and the crossing chain's links read the places 0 … CROSSING_DRAWS - 1 of a block, in order.
 */
import { describe, expect, test } from 'vitest';
import { M, NF } from '../../src/engine/kernel/flows';
import { CROSSING_DRAWS, DRAW } from '../../src/model/crossings';
import { FLOW_METRICS } from '../../src/scenario/vocabulary';

/** The numeric members of an enum, name → value (TypeScript's enums also map value → name). */
function members(e: Record<string, string | number>): Map<string, number> {
  return new Map(Object.entries(e).filter((kv): kv is [string, number] => typeof kv[1] === 'number'));
}

describe('literal indices of the kernel', () => {
  test('M names every flow metric at its place in FLOW_METRICS, and nothing else', () => {
    const m = members(M);
    expect(NF).toBe(FLOW_METRICS.length);
    expect([...m.keys()]).toEqual([...FLOW_METRICS]);
    FLOW_METRICS.forEach((name, i) => expect(m.get(name)).toBe(i));
  });

  test('DRAW places the chain links at 0 … CROSSING_DRAWS - 1, attempts first', () => {
    expect([...members(DRAW).entries()]).toEqual([
      ['attempts', 0],
      ['detect', 1],
      ['response', 2],
      ['stop', 3],
      ['apprehend', 4],
    ]);
    expect(members(DRAW).size).toBe(CROSSING_DRAWS);
  });
});
