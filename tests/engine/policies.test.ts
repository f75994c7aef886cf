import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import type { PolicyFunction } from '../../src/engine/dynamics';
import { applyPolicy } from '../../src/experiment/policy';
import { runMonteCarlo } from '../../src/experiment/monte-carlo';
import { ExperimentError } from '../../src/experiment/errors';
import type { Order } from '../../src/scenario/schema';
import { ROOT } from '../helpers/paths';
import { actor, patrol, sector } from './synthetic';
import { dynScenario } from './dynamics-helpers';

const FIX = join(ROOT, 'tests', 'fixtures', 'policies');
const two = [sector('a', 50), sector('b', 50)];
const bases = [{ id: 'base', name: 'Base', alongBorderKm: 50, fromBorderKm: 60 }];
const personnelIn = (r: ReturnType<typeof simulate>, where: string) =>
  r.finalState.forces.filter((f) => f.location === where && f.movingTo === null).reduce((a, f) => a + f.personnel, 0);
const at =
  (turn: number, orders: Order[]): PolicyFunction =>
  (view) =>
    view.turn === turn ? orders : [];

describe('orders', () => {
  test('invite-guards: patrol personnel arrive in the named sectors after the delay, over turns, at a sovereignty cost', () => {
    const s = dynScenario({ sectors: two, forces: [patrol('g', 'a', 10)], actors: [actor('net', 'smuggling', 20, { a: 1, b: 1 })], turns: 12 });
    const r = simulate(s, {
      seed: 1,
      policy: at(2, [{ type: 'invite-guards', side: 'russia', sectors: ['a', 'b'], personnelPerSector: 300, arrivalDays: 21, staggerDays: 7 }]),
    });
    const arrivals = r.log.filter((e) => e.type === 'arrive').map((e) => [e.turn, e.message]);
    expect(arrivals.map((a) => a[0])).toEqual([5, 6]); // a after 3 turns, b one turn later
    expect(personnelIn(r, 'a')).toBe(310);
    expect(personnelIn(r, 'b')).toBe(300);
    const pB = r.turns.map((t) => t.bySector.b?.pDetect ?? 0);
    expect(pB[5]).toBe(0);
    expect(pB[6]).toBeGreaterThan(0.9);
    const sov = r.turns.map((t) => t.metrics.sovereignty ?? 0);
    expect(sov[1]).toBe(0);
    expect(sov[2]).toBe(10); // the decision
    expect(sov[5]).toBeCloseTo(0.3, 12); // 300 guards × 1 point per 1,000 a week
    expect(sov[6]).toBeCloseTo(0.6, 12);
    expect(r.totals.sovereignty).toBeCloseTo(10 + 0.3 + 0.6 * 6, 9);
    expect(r.turns[6]?.metrics.cost).toBeCloseTo(10 * 50 + 600 * 100, 6); // their upkeep counts in money too
  });

  test('commit-reaction-force: arrives after its delay and then responds as a quick-reaction force', () => {
    const s = dynScenario({ sectors: two, bases, forces: [patrol('g', 'a', 10)], actors: [actor('net', 'smuggling', 20, { a: 1, b: 1 })], turns: 10 });
    const r = simulate(s, { seed: 2, policy: at(1, [{ type: 'commit-reaction-force', side: 'csto', to: 'base', personnel: 1000, delayDays: 21 }]) });
    expect(r.log.filter((e) => e.type === 'arrive').map((e) => e.turn)).toEqual([4]);
    const pq = (t: number) => r.log.filter((e) => e.type === 'crossings' && e.turn === t).map((e) => Number(e.data?.pQuickReaction));
    expect(Math.max(...pq(3))).toBe(0);
    expect(Math.min(...pq(4))).toBeGreaterThan(0);
    expect(r.turns[1]?.metrics.sovereignty).toBe(5);
  });

  test('allow-quick-reaction: a garrison that never responded now does, with notice, and each sortie costs sovereignty', () => {
    const garrison = { id: 'ru-201', name: '201st', side: 'russia', personnel: 2000, location: 'base', role: 'garrison' };
    const armed = actor('imu', 'armed-group', 10, { a: 1 }, { strength: 100000, groupSize: 3 });
    const s = dynScenario({ sectors: two, bases, forces: [patrol('g', 'a', 30), garrison], actors: [armed], turns: 12 });
    const r0 = simulate(s, { seed: 3 });
    const r = simulate(s, { seed: 3, policy: at(4, [{ type: 'allow-quick-reaction', forces: ['ru-201'], noticeHours: 2 }]) });
    expect(r0.totals.quickReactionSorties).toBe(0);
    expect(r.turns.slice(0, 4).every((t) => t.metrics.quickReactionSorties === 0)).toBe(true);
    expect(r.totals.quickReactionSorties).toBeGreaterThan(0);
    expect(r.totals.sovereignty).toBeCloseTo(2 + 0.2 * (r.totals.quickReactionSorties ?? 0), 9);
    expect(r.finalState.forces.find((f) => f.id === 'ru-201')?.spec?.quickReaction).toBe(true);
  });

  test('assistance: sensors and quality grow over time for a budget that counts as money', () => {
    const s = dynScenario({
      sectors: two,
      forces: [patrol('g', 'a', 10, { quality: 0.5 })],
      turns: 30,
      parameters: { assistance: { sensorCap: 0.4, sensorGainPerWeek: 0.1, qualityCap: 0.9, qualityGainPerWeek: 0.1, usdPerSectorPerWeek: 10000 } },
    });
    const r0 = simulate(s, { seed: 1 });
    const r = simulate(s, { seed: 1, policy: at(0, [{ type: 'assistance', budgetUsdPerWeek: 10000, sectors: ['a'] }]) });
    const sensorA = r.finalState.sectors[0]?.sensorDetection ?? 0;
    expect(sensorA).toBeCloseTo(0.4 * (1 - 0.9 ** 30), 9);
    expect(r.finalState.sectors[1]?.sensorDetection).toBe(0);
    expect(r.finalState.forces[0]?.quality).toBeCloseTo(0.9 - 0.4 * 0.9 ** 30, 9);
    const pA = r.turns.map((t) => t.bySector.a?.pDetect ?? 0);
    // Until the summer reeds lower patrol search (turn 21 is June), detection only grows.
    for (let t = 1; t < 20; t++) expect(pA[t]).toBeGreaterThan(pA[t - 1] as number);
    expect((r.totals.cost ?? 0) - (r0.totals.cost ?? 0)).toBeCloseTo(10000 * 30, 6);
    // Half the budget per sector: half the gain rate.
    const half = simulate(s, { seed: 1, policy: at(0, [{ type: 'assistance', budgetUsdPerWeek: 10000 }]) });
    expect(half.finalState.sectors[0]?.sensorDetection).toBeCloseTo(0.4 * (1 - 0.95 ** 30), 9);
  });

  test('reallocate: detachments move from the least pressed sectors toward the most pressed', () => {
    const sectors = [sector('a', 50), sector('b', 50), sector('c', 50)];
    const forces = [patrol('ga', 'a', 100), patrol('gb', 'b', 100), patrol('gc', 'c', 100)];
    const s = dynScenario({ sectors, forces, actors: [actor('net', 'smuggling', 40, { a: 10, b: 1, c: 0.01 })], turns: 10 });
    const r = simulate(s, { seed: 4, policy: at(4, [{ type: 'reallocate', share: 0.25, receivers: 1, windowDays: 28 }]) });
    expect(personnelIn(r, 'c')).toBe(75);
    expect(personnelIn(r, 'b')).toBe(100);
    expect(personnelIn(r, 'a')).toBe(125);
    expect(r.log.find((e) => e.type === 'order' && e.data?.order === 'reallocate')?.message).toContain('25 of gc c->a');
    expect(r.finalState.forces.find((f) => f.id === 'gc')?.transferred).toBe(25);
  });

  test('refugees: closing the border turns them back, opening it receives them', () => {
    const s = dynScenario({
      sectors: two,
      forces: [patrol('g', 'a', 300), patrol('h', 'b', 300)],
      actors: [actor('ref', 'refugees', 20, { a: 1, b: 1 }, { groupSize: 4 })],
      turns: 12,
    });
    const closed = simulate(s, { seed: 5, policy: at(0, [{ type: 'refugees', border: 'closed' }]) });
    const open = simulate(s, { seed: 5, policy: at(0, [{ type: 'refugees', border: 'open' }]) });
    const base = simulate(s, { seed: 5 });
    expect(closed.totals.refugeesReceived).toBe(0);
    expect(open.totals.refugeesTurnedBack).toBe(0);
    expect(closed.totals.refugeesTurnedBack).toBe(open.totals.refugeesReceived);
    expect(closed.totals.refugeesTurnedBack).toBe((base.totals.refugeesReceived ?? 0) + (base.totals.refugeesTurnedBack ?? 0));
    expect(closed.finalState.world?.flags).toEqual(['border-closed']);
  });

  test('deploy: the unit moves with the movement model and patrols on arrival', () => {
    const forces = { fatigueRisePerWeek: 0, fatigueRecoveryPerWeek: 0, readinessRatePerWeek: 0, movementHoursPerDay: 1 };
    const s = dynScenario({
      sectors: [sector('a', 50), sector('b', 300, { roadSpeedKmPerHour: 10 })],
      forces: [patrol('g', 'a', 50)],
      turns: 10,
      parameters: { forces },
    });
    const r = simulate(s, { seed: 1, policy: at(2, [{ type: 'deploy', force: 'g', to: 'b' }]) });
    // 175 km at 10 km/h is 17.5 h; 1 h a day of 7-day turns is 7 h a turn: 3 turns.
    expect(r.log.find((e) => e.type === 'arrive')?.turn).toBe(5);
    expect(r.turns[4]?.bySector.b?.pDetect).toBe(0);
    expect(r.turns[5]?.bySector.b?.pDetect).toBeGreaterThan(0);
  });

  test('an invalid order from a function is logged and ignored; the view is frozen', () => {
    const s = dynScenario({ sectors: two, forces: [patrol('g', 'a', 10)], turns: 3 });
    let mutated = 'no';
    const r = simulate(s, {
      seed: 1,
      policy: (view) => {
        try {
          (view.forces[0] as { personnel: number }).personnel = 1e6;
          mutated = 'yes';
        } catch {
          mutated = 'threw';
        }
        return view.turn === 0
          ? ([{ type: 'launch-missiles' }, { type: 'deploy', force: 'g' }, { type: 'deploy', force: 'ghost', to: 'b' }] as unknown as Order[])
          : [];
      },
    });
    expect(mutated).toBe('threw');
    const rejected = r.log.filter((e) => e.type === 'order-rejected').map((e) => e.message);
    expect(rejected[0]).toContain('unknown order type "launch-missiles"');
    expect(rejected[1]).toContain('order deploy needs to');
    // An order naming a unit the run does not have is rejected, not carried out in part.
    expect(rejected[2]).toContain('unknown unit "ghost"');
    expect(r.finalState.forces[0]?.personnel).toBe(10);
  });
});

describe('JSON rules and TypeScript functions', () => {
  const s = dynScenario({ sectors: two, forces: [patrol('g', 'a', 10)], actors: [actor('net', 'smuggling', 20, { a: 1, b: 1 })], turns: 12 });
  const overlay = JSON.parse(readFileSync(join(FIX, 'invite-at-turn-3.json'), 'utf8')) as { policy: { name: string } };
  const fn: PolicyFunction = (view) =>
    view.turn === 3 ? [{ type: 'invite-guards', side: 'russia', sectors: ['a'], personnelPerSector: 200, arrivalDays: 14 }] : [];

  test('a policy function and the equivalent JSON rule give identical runs', () => {
    const viaOverlay = simulate(applyPolicy(s, { name: 'invite', overlay }), { seed: 6 });
    const viaDeclarative = simulate(s, { seed: 6, policy: overlay.policy as never });
    const viaFunction = simulate(s, { seed: 6, policy: { kind: 'function', name: 'invite', decide: fn } });
    expect(viaFunction.turns).toEqual(viaOverlay.turns);
    expect(viaFunction.totals).toEqual(viaOverlay.totals);
    expect(viaFunction.finalState.forces).toEqual(viaOverlay.finalState.forces);
    expect(viaFunction.finalState.sectors).toEqual(viaOverlay.finalState.sectors);
    expect(viaDeclarative.hash).toBe(viaOverlay.hash);
    expect(viaOverlay.log.some((e) => e.type === 'rule' && e.data?.rule === 'invite')).toBe(true);
    // Deterministic: the same seed and policy, the same hash.
    expect(simulate(s, { seed: 6, policy: { kind: 'function', name: 'invite', decide: fn } }).hash).toBe(viaFunction.hash);
  });

  test('Monte Carlo with a function policy: in-process, in workers through its module, and a clear error otherwise', async () => {
    const policy = { kind: 'function' as const, name: 'invite', decide: fn };
    const inProcess = await runMonteCarlo(s, { runs: 6, seed: 1, policy });
    const overlayMc = await runMonteCarlo(s, { runs: 6, seed: 1, policy: { name: 'invite', overlay } });
    expect(inProcess.metrics.sovereignty?.mean).toBe(overlayMc.metrics.sovereignty?.mean);
    expect(inProcess.metrics.gotAway).toEqual(overlayMc.metrics.gotAway);
    expect(inProcess.manifest.policy).toEqual({ kind: 'function', name: 'invite', overlayHash: '' });
    await expect(runMonteCarlo(s, { runs: 6, seed: 1, workers: 2, policy })).rejects.toThrow(ExperimentError);
    await expect(runMonteCarlo(s, { runs: 6, seed: 1, workers: 2, policy })).rejects.toThrow(/runs in-process \(workers: 1\), or give module and exportName/);
    const workers = await runMonteCarlo(s, {
      runs: 6,
      seed: 1,
      workers: 2,
      policy: { ...policy, module: join(FIX, 'invite-policy.mjs'), exportName: 'invite' },
    });
    expect(workers.metrics).toEqual(inProcess.metrics);
  }, 30_000);
});
