/**
 * `step` is a pure function of (state, context, orders): the same state gives the same next
 * state, record and log whatever was stepped before it: states stepped out of order, the same
 * state stepped twice, and states that went through JSON all give the states of the run
 * played straight through. (Before the kernel kept each turn's streams a function of
 * (seed, turn, key), stepping a state twice threw: "more than 5 draws in turn 0".)
 */
import fc from 'fast-check';
import { applyPatches, type Patch } from 'immer';
import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/engine/compile';
import type { PolicyView } from '../../src/engine/dynamics';
import { initialState, type SimState } from '../../src/engine/state';
import { createSimulation } from '../../src/engine/simulation';
import { createStepContext, step, type StepOutcome } from '../../src/engine/step';
import { RandomStreams } from '../../src/rng/streams';
import { loadScenario } from '../../src/scenario';
import type { Order } from '../../src/scenario/schema';
import { DEFAULT_SCENARIO } from '../helpers/paths';
import '../model/fast-check-seed';

const compiled = compileScenario(loadScenario(DEFAULT_SCENARIO));
const TURNS = 20;

/** A policy function that reads the history (so the world's history must survive a round trip). */
const policy = {
  name: 'reinforce-worst',
  decide: (view: PolicyView) => {
    const last = view.world.history.at(-1);
    if (view.turn % 4 !== 1 || last === undefined) return [];
    const worst = Object.entries(last.bySector).sort((a, b) => (b[1].gotAway ?? 0) - (a[1].gotAway ?? 0) || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    return worst === undefined ? [] : [{ type: 'invite-guards' as const, side: 'russia', sectors: [worst], personnelPerSector: 50, arrivalDays: 7 }];
  },
};

/** What a step gives, as text (states, records and logs compared bit for bit). */
const text = (o: StepOutcome) => JSON.stringify([o.state, o.record, o.log]);

for (const seed of [3, 11]) {
  describe(`step is pure (default scenario, seed ${seed}, a policy function)`, () => {
    const straight = createStepContext(compiled, new RandomStreams(seed), { policy });
    const states: SimState[] = [initialState(compiled, { world: true })];
    const outcomes: string[] = [];
    for (let t = 0; t < TURNS; t++) {
      const out = step(states[t] as SimState, straight);
      states.push(out.state);
      outcomes.push(text(out));
    }

    test('any order of states, each stepped once or more, on one context, gives the straight run', () => {
      const ctx = createStepContext(compiled, new RandomStreams(seed), { policy });
      fc.assert(
        fc.property(fc.array(fc.record({ t: fc.integer({ min: 0, max: TURNS - 1 }), json: fc.boolean() }), { minLength: 1, maxLength: 8 }), (visits) => {
          for (const { t, json } of visits) {
            const given = states[t] as SimState;
            const state = json ? (JSON.parse(JSON.stringify(given)) as SimState) : given;
            expect(text(step(state, ctx))).toBe(outcomes[t]);
          }
        }),
        { numRuns: 25 },
      );
    });

    test('the same state stepped twice gives the same outcome, and leaves its input as it was', () => {
      const ctx = createStepContext(compiled, new RandomStreams(seed), { policy });
      for (const t of [5, 5, 0, 19, 19, 2]) {
        const before = JSON.stringify(states[t]);
        expect(text(step(states[t] as SimState, ctx))).toBe(outcomes[t]);
        expect(JSON.stringify(states[t])).toBe(before);
      }
    });

    test("a turn's orders: the same state and orders give the same outcome, on any context, in any order", () => {
      const orders: Order[] = [{ type: 'invite-guards', side: 'russia', sectors: [compiled.sectors[0]?.id ?? ''], personnelPerSector: 100, arrivalDays: 7 }];
      const a = createStepContext(compiled, new RandomStreams(seed), { policy });
      const b = createStepContext(compiled, new RandomStreams(seed), { policy });
      const first = text(step(states[7] as SimState, a, orders));
      step(states[12] as SimState, a);
      expect(text(step(states[7] as SimState, a, orders))).toBe(first);
      expect(text(step(states[7] as SimState, b, orders))).toBe(first);
      // The orders act: the next state differs from the one without them.
      expect(first).not.toBe(outcomes[7]);
      expect(first).toContain('orders:step');
    });
  });
}

test('orders on a state without a world are refused with a TypeError', () => {
  const ctx = createStepContext(compiled, new RandomStreams(1));
  const orders: Order[] = [{ type: 'invite-guards', side: 'russia', sectors: [compiled.sectors[0]?.id ?? ''], personnelPerSector: 100, arrivalDays: 7 }];
  const { world: _world, ...bare } = initialState(compiled, { world: true });
  expect(() => step(bare, ctx, orders)).toThrow(TypeError);
});

test('createSimulation binds a scenario and seed: sim.step(state, orders?) is the same pure reducer', () => {
  const sim = createSimulation(compiled, { seed: 5 });
  const s0 = sim.initialState();
  const orders: Order[] = [{ type: 'invite-guards', side: 'russia', sectors: ['shaartuz'], personnelPerSector: 100, arrivalDays: 14 }];
  const withOrders = text(sim.step(s0, orders));
  const without = text(sim.step(s0));
  expect(text(sim.step(s0, orders))).toBe(withOrders);
  expect(withOrders).not.toBe(without);
  expect(without).toBe(text(step(s0, createStepContext(compiled, new RandomStreams(5)))));
});

describe("a step's patches (immer's produceWithPatches in the view)", () => {
  const ctx = createStepContext(compiled, new RandomStreams(9), { policy });
  let state: SimState = initialState(compiled, { world: true });
  const outs: { before: SimState; out: StepOutcome }[] = [];
  for (let t = 0; t < 12; t++) {
    const out = step(state, ctx);
    outs.push({ before: state, out });
    state = out.state;
  }

  test('apply to the old state to give the new one, and their inverse give the old one back', () => {
    for (const { before, out } of outs) {
      expect(applyPatches(before, out.patches as Patch[])).toEqual(out.state);
      expect(applyPatches(out.state, out.inversePatches as Patch[])).toEqual(before);
    }
  });

  test('name what the turn changed, field by field, and share every record it left alone', () => {
    const fields = (v: unknown): number => (typeof v === 'object' && v !== null ? Object.values(v).reduce((n: number, c) => n + fields(c), 0) : 1);
    for (const { before, out } of outs) {
      // A turn changes far fewer numbers than the state holds: the patches are not the state again.
      expect(out.patches.length).toBeGreaterThan(0);
      expect(out.patches.length).toBeLessThan(fields(before) / 4);
      expect(out.patches.every((p) => p.path.length >= 1)).toBe(true);
      expect(out.patches.some((p) => p.path[0] === 'turn' && p.value === before.turn + 1)).toBe(true);
    }
    // A sector with nothing new this turn is the same object in both states.
    const shared = outs.some(({ before, out }) => before.sectors.some((s, i) => out.state.sectors[i] === s));
    expect(shared).toBe(true);
    expect(Object.isFrozen(outs[0]?.out.state.sectors)).toBe(true);
  });
});
