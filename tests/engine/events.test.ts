import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { compileScenario } from '../../src/engine/compile';
import { evaluateCondition, type ConditionEnv } from '../../src/model/conditions';
import { parseScenario, ScenarioError } from '../../src/scenario';
import { actor, fourSigma, patrol, sector } from './synthetic';
import { dynScenario } from './dynamics-helpers';

const smugglers = actor('net', 'smuggling', 20, { a: 1 });
const firings = (r: ReturnType<typeof simulate>, id: string) => r.log.filter((e) => e.type === 'event' && e.data?.event === id).map((e) => e.turn);
const flag = (id: string) => ({ type: 'set-flag', flag: id });

describe('event triggers', () => {
  test('a turn trigger fires once, in that turn, and is logged with its cause', () => {
    const r = simulate(dynScenario({ sectors: [sector('a', 50)], events: [{ id: 'e', trigger: { turn: 5 }, actions: [flag('x')] }] }), { seed: 1 });
    expect(firings(r, 'e')).toEqual([5]);
    const entry = r.log.find((e) => e.type === 'event');
    expect(entry?.message).toContain('turn 5');
    expect(r.finalState.world?.flags).toEqual(['x']);
    expect(r.finalState.world?.fired.e).toEqual({ count: 1, lastTurn: 5 });
  });

  test('a date trigger fires in the turn whose days include the date; a date before the start never', () => {
    // Start Monday 2021-01-04, 7-day turns: 2021-02-03 is day 30, turn 4.
    const s = dynScenario({
      sectors: [sector('a', 50)],
      events: [
        { id: 'd', trigger: { date: '2021-02-03' }, actions: [flag('x')] },
        { id: 'early', trigger: { date: '2020-12-31' }, actions: [flag('y')] },
      ],
    });
    const r = simulate(s, { seed: 1 });
    expect(firings(r, 'd')).toEqual([4]);
    expect(firings(r, 'early')).toEqual([]);
  });

  test('a metric condition fires when the window holds, and the log carries the values', () => {
    const s = dynScenario({
      sectors: [sector('a', 50)],
      actors: [smugglers],
      events: [
        { id: 'busy', trigger: { when: { all: [{ metric: 'attempts', window: 2, op: '>=', value: 30 }, { turn: { '>=': 2 } }] } }, actions: [flag('x')] },
      ],
    });
    const r = simulate(s, { seed: 3 });
    const t = firings(r, 'busy')[0] as number;
    const sum = (r.turns[t - 1]?.metrics.attempts ?? 0) + (r.turns[t - 2]?.metrics.attempts ?? 0);
    expect(sum).toBeGreaterThanOrEqual(30);
    const e = r.log.find((x) => x.type === 'event');
    expect(e?.data?.['attempts[sum 2]']).toBe(sum);
    expect(e?.message).toMatch(/attempts\[sum 2\] = \d+ >= 30; turn \d+ >= 2/);
    // It did not hold in any earlier turn from 2 on.
    for (let u = 2; u < t; u++) expect((r.turns[u - 1]?.metrics.attempts ?? 0) + (r.turns[u - 2]?.metrics.attempts ?? 0)).toBeLessThan(30);
  });

  test('once vs repeat with cooldown and maxFirings', () => {
    const ev = (id: string, extra: object) => ({ id, trigger: { when: { turn: { '>=': 1 } } }, actions: [flag(id)], ...extra });
    const r = simulate(
      dynScenario({
        sectors: [sector('a', 50)],
        turns: 20,
        events: [ev('once', {}), ev('rep', { repeat: { cooldownTurns: 3 } }), ev('cap', { repeat: { cooldownTurns: 2, maxFirings: 3 } })],
      }),
      { seed: 1 },
    );
    expect(firings(r, 'once')).toEqual([1]);
    expect(firings(r, 'rep')).toEqual([1, 4, 7, 10, 13, 16, 19]);
    expect(firings(r, 'cap')).toEqual([1, 3, 5]);
  });

  test('a probabilistic trigger fires at its stated rate (4 sigma) and is CRN-stable', () => {
    const turns = 3000;
    const ev = (id: string, p: number) => ({ id, trigger: { probabilityPerWeek: p }, repeat: { cooldownTurns: 1 }, actions: [flag('x')] });
    const one = simulate(dynScenario({ sectors: [sector('a', 50)], turns, events: [ev('p', 0.3)] }), { seed: 11, hashes: false });
    const n = firings(one, 'p').length;
    expect(Math.abs(n / turns - 0.3)).toBeLessThan(fourSigma(0.3, turns)); // ±0.033
    const logged = one.log.find((e) => e.type === 'event');
    expect(logged?.data?.p).toBe(0.3);
    expect(Number(logged?.data?.u)).toBeLessThan(0.3);
    // Adding an unrelated event (before it in the array) leaves its draws, hence its firings, unchanged.
    const two = simulate(dynScenario({ sectors: [sector('a', 50)], turns, events: [ev('other', 0.5), ev('p', 0.3)] }), { seed: 11, hashes: false });
    expect(firings(two, 'p')).toEqual(firings(one, 'p'));
    expect(firings(two, 'other').length).toBeGreaterThan(0);
  });

  test('adding an event without effect on the border leaves every crossing outcome unchanged', () => {
    const base = { sectors: [sector('a', 50), sector('b', 50)], forces: [patrol('g', 'a', 20)], actors: [actor('net', 'smuggling', 10, { a: 1, b: 1 })] };
    const r0 = simulate(dynScenario(base), { seed: 5 });
    const r1 = simulate(
      dynScenario({ ...base, events: [{ id: 'noise', trigger: { probabilityPerWeek: 0.5 }, repeat: { cooldownTurns: 1 }, actions: [flag('z')] }] }),
      { seed: 5 },
    );
    expect(r1.turns.map((t) => t.bySector)).toEqual(r0.turns.map((t) => t.bySector));
  });

  test('events run in array order: a later event sees an earlier one of the same turn', () => {
    const s = dynScenario({
      sectors: [sector('a', 50)],
      provinces: [{ id: 'p', name: 'P', controlledBy: 'republic' }],
      events: [
        { id: 'falls', trigger: { turn: 3 }, actions: [{ type: 'control', province: 'p', controlledBy: 'taliban' }] },
        { id: 'reacts', trigger: { when: { controlledBy: { province: 'p', is: 'taliban' } } }, actions: [flag('alarm')] },
        { id: 'chained', trigger: { when: { all: [{ fired: 'reacts' }, { flag: 'alarm' }] } }, actions: [flag('second')] },
      ],
    });
    const r = simulate(s, { seed: 1 });
    expect(firings(r, 'falls')).toEqual([3]);
    expect(firings(r, 'reacts')).toEqual([3]);
    expect(firings(r, 'chained')).toEqual([3]);
    expect(r.finalState.world?.control.p).toBe('taliban');
  });
});

describe('event actions show in the following turns', () => {
  const base = { sectors: [sector('a', 50)], forces: [patrol('g', 'a', 10)], turns: 20 };

  test("raising an actor's intent and strength raises attempts from that turn on (pathwise, common random numbers)", () => {
    const armed = actor('imu', 'armed-group', 3, { a: 1 }, { strength: 1000, intent: 0.3, groupSize: 5 });
    const r0 = simulate(dynScenario({ ...base, actors: [smugglers, armed] }), { seed: 9 });
    const r1 = simulate(
      dynScenario({
        ...base,
        actors: [smugglers, armed],
        events: [
          {
            id: 'surge',
            trigger: { turn: 10 },
            actions: [
              { type: 'actor', actor: 'net', intent: { multiply: 0.5 } },
              { type: 'actor', actor: 'imu', intent: { set: 0.9 }, strength: { multiply: 2 } },
            ],
          },
        ],
      }),
      { seed: 9 },
    );
    for (let t = 0; t < 10; t++) expect(r1.turns[t]?.metrics).toEqual(r0.turns[t]?.metrics);
    let more = 0;
    for (let t = 10; t < 20; t++) {
      expect(r1.turns[t]?.byKind.smuggling?.attempts).toBeLessThanOrEqual(r0.turns[t]?.byKind.smuggling?.attempts ?? 0);
      more += (r1.turns[t]?.byKind['armed-group']?.attempts ?? 0) - (r0.turns[t]?.byKind['armed-group']?.attempts ?? 0);
    }
    expect(more).toBeGreaterThan(0);
    expect(r1.log.some((e) => e.type === 'actor-change' && e.actor === 'imu' && e.data?.intent === 0.9)).toBe(true);
  });

  test('set-parameter changes a parameter from that turn on (refugees received → 0)', () => {
    const refugees = actor('ref', 'refugees', 20, { a: 1 }, { groupSize: 3 });
    const s = dynScenario({
      ...base,
      forces: [patrol('g', 'a', 200)],
      actors: [refugees],
      parameters: { kinds: { refugees: { apprehendShare: 1 } } },
      events: [{ id: 'harden', trigger: { turn: 8 }, actions: [{ type: 'set-parameter', pointer: '/parameters/kinds/refugees/apprehendShare', value: 0 }] }],
    });
    const r = simulate(s, { seed: 2 });
    expect(r.turns.slice(0, 8).reduce((a, t) => a + (t.metrics.refugeesReceived ?? 0), 0)).toBeGreaterThan(0);
    for (const t of r.turns.slice(8)) expect(t.metrics.refugeesReceived).toBe(0);
    expect(r.turns.slice(8).reduce((a, t) => a + (t.metrics.refugeesTurnedBack ?? 0), 0)).toBeGreaterThan(0);
    expect(r.finalState.world?.parameters).toEqual({ '/parameters/kinds/refugees/apprehendShare': 0 });
  });

  test('add, move and remove forces change detection in the following turns', () => {
    const s = dynScenario({
      ...base,
      sectors: [sector('a', 50), sector('b', 50)],
      forces: [patrol('g', 'a', 10)],
      actors: [smugglers],
      events: [
        { id: 'reinforce', trigger: { turn: 3 }, actions: [{ type: 'add-force', force: patrol('extra', 'b', 40) }] },
        { id: 'shift', trigger: { turn: 6 }, actions: [{ type: 'deploy', force: 'extra', to: 'a' }] },
        { id: 'withdraw', trigger: { turn: 12 }, actions: [{ type: 'remove-force', force: 'extra' }] },
      ],
    });
    const r = simulate(s, { seed: 4 });
    const pB = (t: number) => r.turns[t]?.bySector.b?.pDetect ?? 0;
    const pA = (t: number) => r.turns[t]?.bySector.a?.pDetect ?? 0;
    expect(pB(2)).toBe(0);
    expect(pB(3)).toBeGreaterThan(0.5);
    const arrive = r.log.find((e) => e.type === 'arrive')?.turn as number;
    expect(arrive).toBeGreaterThan(6);
    expect(pB(6)).toBe(0); // it left b at turn 6
    expect(pA(arrive)).toBeGreaterThan(pA(2));
    expect(pA(12)).toBeCloseTo(pA(2), 12);
    const extra = r.finalState.forces.find((f) => f.id === 'extra');
    expect(extra?.personnel).toBe(0);
    expect(extra?.transferred).toBe(40);
  });
});

describe('drills', () => {
  const bases = [
    { id: 'range', name: 'Range', alongBorderKm: 25, fromBorderKm: 20 },
    { id: 'capital', name: 'Capital', alongBorderKm: 25, fromBorderKm: 300 },
  ];
  const armed = actor('imu', 'armed-group', 20, { a: 1 }, { strength: 100000, groupSize: 1 });
  const garrison = { id: 'base201', name: '201st', side: 'russia', personnel: 1000, location: 'capital', role: 'garrison', readiness: 0.5 };

  test("a drill near the border deters armed groups for its duration, raises participants' readiness, never patrols", () => {
    const drill = {
      id: 'echelon',
      name: 'Echelon',
      location: 'range',
      personnel: 4000,
      startDay: 35,
      durationDays: 21,
      participants: ['base201'],
      readinessGainPerWeek: 0.2,
    };
    const s0 = dynScenario({ sectors: [sector('a', 50)], bases, forces: [garrison], actors: [armed], turns: 12 });
    const s1 = dynScenario({ sectors: [sector('a', 50)], bases, forces: [garrison], actors: [armed], turns: 12, drills: [drill] });
    const r0 = simulate(s0, { seed: 8 });
    const r1 = simulate(s1, { seed: 8 });
    const att = (r: typeof r0, t: number) => r.turns[t]?.metrics.attempts ?? 0;
    let fewer = 0;
    for (let t = 0; t < 12; t++) {
      if (t >= 5 && t < 8) {
        expect(att(r1, t)).toBeLessThanOrEqual(att(r0, t)); // exp(-0.1 × 4) = 0.67 of the mean
        fewer += att(r0, t) - att(r1, t);
        expect(r1.turns[t]?.bySector.a?.pDetect).toBe(0);
      } else expect(att(r1, t)).toBe(att(r0, t));
    }
    expect(fewer).toBeGreaterThan(0);
    expect(r1.log.filter((e) => e.type === 'drill-start').map((e) => e.turn)).toEqual([5]);
    const readiness = (r: typeof r0) => r.finalState.forces.find((f) => f.id === 'base201')?.readiness ?? 0;
    expect(readiness(r0)).toBe(0.5);
    expect(readiness(r1)).toBeCloseTo(1 - 0.5 * 0.8 ** 3, 10);
  });

  test('a drill far from the border does not deter; an event can start and stop a drill', () => {
    const far = { id: 'far', name: 'Far', location: 'capital', personnel: 4000, durationDays: 21 };
    const near = { id: 'near', name: 'Near', location: 'range', personnel: 4000, durationDays: 70 };
    const s = dynScenario({
      sectors: [sector('a', 50)],
      bases,
      actors: [armed],
      turns: 12,
      drills: [far, near],
      events: [
        {
          id: 'go',
          trigger: { turn: 2 },
          actions: [
            { type: 'start-drill', drill: 'far' },
            { type: 'start-drill', drill: 'near' },
          ],
        },
        { id: 'halt', trigger: { when: { all: [{ drillActive: 'near' }, { turn: { '>=': 4 } }] } }, actions: [{ type: 'stop-drill', drill: 'near' }] },
      ],
    });
    const r = simulate(s, { seed: 8 });
    const r0 = simulate(dynScenario({ sectors: [sector('a', 50)], bases, actors: [armed], turns: 12 }), { seed: 8 });
    expect(r.turns.map((t) => t.metrics.attempts).slice(4)).toEqual(r0.turns.map((t) => t.metrics.attempts).slice(4));
    expect(r.log.filter((e) => e.type === 'drill-stop').map((e) => e.turn)).toEqual([4]);
  });
});

describe('conditions are data, never code', () => {
  const base = {
    metadata: { name: 'x' },
    calendar: { start: '2021-01-04', turnLengthDays: 7, turns: 2 },
    provinces: [{ id: 'p', name: 'P' }],
    sectors: [sector('a', 10)],
    forces: [],
    actors: [],
    parameters: { detection: { sweepWidthKm: 1, patrolSpeedKmPerHour: 1, exposureHours: 1, personnelPerPatrol: 1, sectorDepthKm: 1, dutyFraction: 1 } },
  };
  const withWhen = (when: unknown) => ({ ...base, events: [{ id: 'e', trigger: { when }, actions: [{ type: 'set-flag', flag: 'x' }] }] });

  test.each([
    ['a JavaScript string', 'state.turn > 3 && process.exit(1)'],
    ['a string comparison', { turn: '>= 3' }],
    ['an unknown operator', { turn: { '=>': 3 } }],
    ['an eval key', { eval: 'globalThis.x = 1' }],
    ['a function-like metric', { metric: 'constructor', op: '>=', value: 1 }],
    ['an expression value', { metric: 'clashes', op: '>=', value: '1 + 1' }],
  ])('the schema rejects %s', (_label, when) => {
    expect(() => parseScenario(withWhen(when))).toThrow(ScenarioError);
  });

  test('the interpreter only compares: every leaf shape, with causes', () => {
    const env: ConditionEnv = {
      turn: 7,
      date: '2021-02-22',
      month: 2,
      metric: (m, w) => (m === 'clashes' ? w : 0.5),
      flag: (f) => f === 'border-closed',
      controller: (p) => (p === 'kunduz' ? 'taliban' : undefined),
      actor: (id, prop) => (id === 'imu' && prop === 'strength' ? 3000 : undefined),
      force: (id) => (id === 'g' ? 100 : undefined),
      fired: (id) => id === 'e1',
      drillActive: (id) => id === 'd',
    };
    const r = evaluateCondition(
      {
        all: [
          { turn: { '>=': 7, '<': 8 } },
          { date: { '>=': '2021-02-01' } },
          { month: { '==': 2 } },
          { metric: 'clashes', window: 4, op: '>=', value: 3, sector: 'panj' },
          { flag: 'border-closed' },
          { controlledBy: { province: 'kunduz', is: 'taliban' } },
          { actor: 'imu', property: 'strength', op: '>', value: 2000 },
          { force: 'g', property: 'personnel', op: '==', value: 100 },
          { fired: 'e1' },
          { drillActive: 'd' },
          { not: { any: [{ flag: 'other' }, { actor: 'nobody', property: 'intent', op: '>', value: 0 }] } },
        ],
      },
      env,
    );
    expect(r.value).toBe(true);
    expect(r.cause).toContain('clashes(panj)[sum 4] = 4 >= 3');
    expect(r.data['clashes(panj)[sum 4]']).toBe(4);
    expect(evaluateCondition({ any: [{ flag: 'a' }, { fired: 'e2' }] }, env).value).toBe(false);
  });

  test('references in events are checked: unknown ids, bad pointers and values', () => {
    const bad = {
      ...base,
      events: [
        {
          id: 'e',
          trigger: { when: { actor: 'ghost', property: 'strength', op: '>', value: 1 } },
          actions: [
            { type: 'set-parameter', pointer: '/parameters/kinds/refugees/apprehendShare', value: 2 },
            { type: 'start-drill', drill: 'none' },
          ],
        },
      ],
    };
    try {
      parseScenario(bad);
      expect.unreachable();
    } catch (e) {
      const msgs = (e as ScenarioError).issues.map((i) => `${i.pointer}: ${i.message}`).join('\n');
      expect(msgs).toContain('/events/0/trigger/when/actor: unknown actor "ghost"');
      expect(msgs).toContain('/events/0/actions/0/value: set-parameter /parameters/kinds/refugees/apprehendShare: value 2 is outside');
      expect(msgs).toContain('/events/0/actions/1/drill: unknown drill "none"');
    }
  });

  test('the same seed gives the same run with events (and a compiled scenario the same as a plain one)', () => {
    const s = dynScenario({
      sectors: [sector('a', 50)],
      actors: [smugglers],
      events: [
        { id: 'p', trigger: { probabilityPerWeek: 0.2 }, repeat: { cooldownTurns: 2 }, actions: [{ type: 'actor', actor: 'net', intent: { multiply: 1.1 } }] },
      ],
    });
    const a = simulate(s, { seed: 77 });
    expect(simulate(s, { seed: 77 }).hash).toBe(a.hash);
    expect(simulate(compileScenario(s), { seed: 77 }).hash).toBe(a.hash);
    expect(simulate(s, { seed: 78 }).hash).not.toBe(a.hash);
  });
});
