/**
 * `simulate` plays a run on one working state changed in place; `step` copies the state it is
 * given and returns a new one. Both must give the same states, hashes, records and logs.
 */
import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/engine/compile';
import type { PolicyView } from '../../src/engine/dynamics';
import { simulate } from '../../src/engine/simulate';
import { initialState, type SimState } from '../../src/engine/state';
import { stateHash } from '../../src/engine/state-hash';
import { createStepContext, step } from '../../src/engine/step';
import { RandomStreams } from '../../src/rng/streams';
import { loadScenario } from '../../src/scenario';
import { DEFAULT_SCENARIO } from '../helpers/paths';

const compiled = compileScenario(loadScenario(DEFAULT_SCENARIO));

/** A policy function that sends help to the sector with the most got-aways of the last turn. */
const policy = {
  name: 'reinforce-worst',
  decide: (view: PolicyView) => {
    const last = view.world.history.at(-1);
    if (view.turn % 10 !== 3 || last === undefined) return [];
    const worst = Object.entries(last.bySector).sort((a, b) => (b[1].gotAway ?? 0) - (a[1].gotAway ?? 0) || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    return worst === undefined ? [] : [{ type: 'invite-guards' as const, side: 'russia', sectors: [worst], personnelPerSector: 100, arrivalDays: 14 }];
  },
};

function stepped(seed: number, withPolicy: boolean) {
  const ctx = createStepContext(compiled, new RandomStreams(seed), withPolicy ? { policy } : {});
  let state: SimState = initialState(compiled, { world: withPolicy });
  let hash = stateHash(state, '');
  const hashes: string[] = [];
  const records = [];
  const log = [];
  for (let t = 0; t < compiled.turns; t++) {
    const before = JSON.stringify(state);
    const out = step(state, ctx);
    expect(JSON.stringify(state), 'step left its input as it was').toBe(before);
    state = out.state;
    hash = stateHash(state, hash);
    hashes.push(hash);
    records.push(out.record);
    log.push(...out.log);
  }
  return { state, hashes, records, log };
}

describe('simulate (in place) and step (immutable states) agree', () => {
  for (const withPolicy of [false, true]) {
    test(`default scenario${withPolicy ? ' with a policy function' : ''}: states, hashes, records and log`, () => {
      for (const seed of [1, 7]) {
        const a = simulate(compiled, { seed, ...(withPolicy ? { policy: { kind: 'function' as const, ...policy } } : {}) });
        const b = stepped(seed, withPolicy);
        expect(a.hashes).toEqual(b.hashes);
        expect(a.finalState).toEqual(b.state);
        expect(JSON.stringify(a.turns)).toBe(JSON.stringify(b.records));
        expect(JSON.stringify(a.log)).toBe(JSON.stringify(b.log));
        if (withPolicy) expect(a.log.some((e) => e.type === 'order' || /invite/.test(e.message))).toBe(true);
      }
    });
  }

  test('the final state of a frozen run is deeply frozen, and freezing changes no number', () => {
    const frozen = simulate(compiled, { seed: 3 });
    const thawed = simulate(compiled, { seed: 3, freeze: false, hashes: false });
    expect(Object.isFrozen(frozen.finalState.forces[0])).toBe(true);
    expect(Object.isFrozen(frozen.finalState.actors[0]?.perceived)).toBe(true);
    expect(Object.isFrozen(thawed.finalState.forces[0])).toBe(false);
    expect(thawed.finalState).toEqual(frozen.finalState);
    expect(thawed.totals).toEqual(frozen.totals);
  });

  test('the final state is one object on every read, and shows in JSON and structured clones in its place', () => {
    const r = simulate(compiled, { seed: 4, hashes: false });
    expect(r.finalState).toBe(r.finalState);
    expect(Object.keys(r)).toEqual(['seed', 'scenario', 'turns', 'totals', 'finalState', 'log', 'hashes', 'hash']);
    const json = JSON.parse(JSON.stringify(r)) as { finalState: unknown };
    expect(json.finalState).toEqual(r.finalState);
    expect(structuredClone(r).finalState).toEqual(r.finalState);
    // The log and hashes of a run without a policy function are worked out when first read
    // (play.ts, replayOnDemand): JSON and clones show them in their places, as kept values.
    const d = simulate(compiled, { seed: 4 });
    const shown = JSON.parse(JSON.stringify(d)) as { log: unknown[]; hashes: string[]; hash: string };
    expect(shown.hashes).toHaveLength(compiled.turns);
    expect(shown.hash).toBe(d.hashes.at(-1));
    expect(shown.log.length).toBeGreaterThan(0);
    expect(d.log).toBe(d.log);
    expect(structuredClone(d).hashes).toEqual(d.hashes);
    expect(d.hash).toBe(simulate(compiled, { seed: 4, log: false }).hash);
    expect(r.finalState.turn).toBe(compiled.turns);
  });
});
