/**
 * Orders and sorties that used to carry one theatre or one unit's figures into every scenario
 * (issue 16): the cost of a committed force's sortie, the side of an order, the sorties of a
 * quick-reaction force that stops smugglers, refugees or recruits, and the complicity of a
 * committed force.
 */
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import type { PolicyFunction } from '../../src/engine/dynamics';
import { parseScenario, ScenarioError } from '../../src/scenario';
import type { Order } from '../../src/scenario/schema';
import { actor, patrol, sector } from './synthetic';
import { dynScenario } from './dynamics-helpers';

const two = [sector('a', 50), sector('b', 50)];
const bases = [{ id: 'base', name: 'Base', alongBorderKm: 50, fromBorderKm: 10 }];
const at =
  (turn: number, orders: Order[]): PolicyFunction =>
  (view) =>
    view.turn === turn ? orders : [];

describe('a committed reaction force', () => {
  test("pays its sorties at the scenario's sortie cost, not at whatever the first unit listed costs", () => {
    const armed = actor('imu', 'armed-group', 20, { a: 1, b: 1 }, { strength: 100000, groupSize: 3 });
    // A garrison listed first, that never sorties, with a sortie cost of a million.
    const garrison = { id: 'hq', name: 'HQ', side: 'guards', personnel: 100, location: 'base', role: 'garrison', sortieCostUsd: 1_000_000 };
    const run = (P: Record<string, unknown>) =>
      simulate(dynScenario({ sectors: two, bases, forces: [garrison, patrol('g', 'a', 5)], actors: [armed], turns: 10, parameters: P }), {
        seed: 4,
        policy: at(0, [{ type: 'commit-reaction-force', side: 'csto', to: 'base', personnel: 500, delayDays: 0 }]),
      });
    const cheap = run({ costs: { sortieCostUsd: 2000 } });
    const dear = run({ costs: { sortieCostUsd: 9000 } });
    const sorties = cheap.totals.quickReactionSorties ?? 0;
    expect(sorties).toBeGreaterThan(0);
    expect(dear.totals.quickReactionSorties).toBe(sorties);
    // Only the sorties' price differs between the two runs: 7,000 USD a sortie.
    expect((dear.totals.cost ?? 0) - (cheap.totals.cost ?? 0)).toBeCloseTo(7000 * sorties, 3);
  });

  test('has the complicity of parameters.orders.reactionForce.complicity (a range a sweep can move)', () => {
    const s = dynScenario({
      sectors: two,
      bases,
      forces: [patrol('g', 'a', 5)],
      turns: 3,
      parameters: { orders: { reactionForce: { complicity: { min: 0, max: 0.9, value: 0.6, source: 'assumption' } } } },
    });
    const r = simulate(s, { seed: 1, policy: at(0, [{ type: 'commit-reaction-force', side: 'csto', to: 'a', role: 'patrol', personnel: 200, delayDays: 0 }]) });
    const unit = r.finalState.forces.find((f) => f.id.startsWith('csto-reaction-'));
    expect(unit?.complicity).toBe(0.6);
  });
});

describe('orders name their side', () => {
  test('a side-less invite-guards or commit-reaction-force in a scenario file is a validation error naming the field', () => {
    for (const order of [
      { type: 'invite-guards', sectors: ['a'] },
      { type: 'commit-reaction-force', to: 'a' },
    ]) {
      const scenario = {
        metadata: { name: 'side-less' },
        calendar: { start: '2021-01-04', turnLengthDays: 7, turns: 2 },
        provinces: [{ id: 'p', name: 'P' }],
        sectors: [sector('a', 50)],
        forces: [],
        actors: [],
        parameters: { detection: { sweepWidthKm: 2, patrolSpeedKmPerHour: 5, exposureHours: 10, personnelPerPatrol: 1, sectorDepthKm: 2, dutyFraction: 1 } },
        policy: { name: 'p', rules: [{ id: 'r', orders: [order] }] },
      };
      let error: unknown;
      try {
        parseScenario(scenario);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ScenarioError);
      expect((error as ScenarioError).issues.map((i) => i.pointer + ' ' + i.message).join('\n')).toMatch(/\/policy\/rules\/0\/orders\/0.*side/);
    }
  });

  test("a policy function's side-less order is rejected and logged; no unit is named after a side nobody gave", () => {
    const s = dynScenario({ sectors: two, forces: [patrol('g', 'a', 10)], turns: 3 });
    const r = simulate(s, { seed: 1, policy: at(0, [{ type: 'invite-guards', sectors: ['a'] } as unknown as Order]) });
    expect(r.log.some((e) => e.type === 'order-rejected' && /side/.test(e.message))).toBe(true);
    expect(r.finalState.forces.map((f) => f.id)).toEqual(['g']);
  });
});

describe('a quick-reaction force that meets smugglers, refugees or recruits', () => {
  test('counts its sorties, and they cost money and (for a released unit) sovereignty', () => {
    for (const kind of ['smuggling', 'refugees', 'recruits']) {
      const crossers = actor('x', kind, 40, { a: 1 }, kind === 'smuggling' ? { loadKg: 10 } : { groupSize: 2 });
      // Posts see every crossing in a; no patrol there, so only the quick-reaction force can reach one.
      const s = dynScenario({
        sectors: [sector('a', 50, { posts: { count: 10, detectionRadiusKm: 5 } })],
        bases,
        forces: [{ id: 'qrf', name: 'QRF', side: 'guards', personnel: 100, location: 'base', role: 'quick-reaction', noticeHours: 0, sortieCostUsd: 1000 }],
        actors: [crossers],
        turns: 6,
        parameters: { kinds: { [kind]: { clearanceHours: 1000 } } },
      });
      const r = simulate(s, { seed: 2 });
      const sorties = r.totals.quickReactionSorties ?? 0;
      expect(sorties, kind).toBeGreaterThan(0);
      // Every detected crossing is reached by the force alone: a sortie each.
      expect(sorties, kind).toBe(r.totals.detected);
      const upkeep = 100 * 50 * 6;
      expect(r.totals.cost, kind).toBeCloseTo(upkeep + 1000 * sorties, 6);
    }
  });
});
