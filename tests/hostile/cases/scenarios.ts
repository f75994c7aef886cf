/**
 * Hostile scenarios and library calls: ids that shadow Object.prototype's names, dates that are
 * not dates, names that would rewrite a terminal, unvalidated and mutated objects given to
 * `simulate`, policy functions naming what does not exist, and scenarios whose work or memory
 * the limits must bound (refused with a clear message, or run within the bound).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase } from '../harness';
import { minimal, scenarioFile, writeJson, type Json, type Obj } from '../generate';

/** What every library script starts with: the built package, the minimal scenario, a printer. */
const PRELUDE = `
const f = await import(process.env.FSIM);
const { readFileSync } = await import('node:fs');
const minimal = () => { const v = JSON.parse(readFileSync(process.env.FSIM_ROOT + '/tests/fixtures/scenarios/minimal.json', 'utf8')); delete v.$schema; return v; };
const out = (x) => process.stdout.write(JSON.stringify(x) + '\\n');
`;

const script = (body: string) => PRELUDE + body;

const sectors = (n: number): Json[] =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `S${i}`, lengthKm: 5, terrain: 'foothills', provinceAcross: 'kunduz' }));
const units = (n: number, nS: number): Json[] =>
  Array.from({ length: n }, (_, i) => ({ id: `f${i}`, name: `F${i}`, side: 'tj', personnel: 100, location: `s${i % nS}`, role: 'patrol' }));
const actors = (n: number, kind: string, perWeek: number): Json[] =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `A${i}`, kind, strength: 10_000, intent: 1, attemptsPerWeek: perWeek, presence: { kunduz: 1 } }));

/** A scenario of `nS` sectors with `nF` patrol units and `nA` actors of a kind. */
function large(nS: number, nF: number, nA: number, kind = 'smuggling', perWeek = 50): Obj {
  return { ...minimal(), bases: [], sectors: sectors(nS), forces: units(nF, nS), actors: actors(nA, kind, perWeek) };
}

/** Ids that are names of Object.prototype's members: inert, they name only what they name. */
export const ID_CASES: HostileCase[] = [
  {
    name: 'an event and a flag called constructor fire once',
    script: script(`
      const s = minimal();
      s.events = [{ id: 'constructor', trigger: { turn: 1 }, actions: [{ type: 'set-flag', flag: 'constructor' }] }];
      const r = f.simulate(f.parseScenario(s), { seed: 1, turns: 3 });
      out({ fired: r.finalState.world.fired.constructor?.count, flags: r.finalState.world.flags, events: r.log.filter((e) => e.type === 'event').length });`),
    exit: 0,
    stdout: /^\{"fired":1,"flags":\["constructor"\],"events":1\}$/m,
  },
  {
    name: 'a drill called constructor starts',
    script: script(`
      const s = minimal();
      s.drills = [{ id: 'constructor', name: 'Drill', location: 'dushanbe', personnel: 1000, startDay: 7, durationDays: 14 }];
      const r = f.simulate(f.parseScenario(s), { seed: 1, turns: 4 });
      out({ started: r.log.filter((e) => e.type === 'drill-start').length, drill: r.finalState.world.drills.constructor });`),
    exit: 0,
    stdout: /^\{"started":1,"drill":\{"start":7,"end":21\}\}$/m,
  },
  {
    name: 'a policy rule called constructor fires',
    script: script(`
      const s = minimal();
      s.policy = { name: 'p', rules: [{ id: 'constructor', orders: [{ type: 'refugees', border: 'open' }] }] };
      const r = f.simulate(f.parseScenario(s), { seed: 1, turns: 2 });
      out({ fired: r.finalState.world.fired.constructor?.count, flags: r.finalState.world.flags });`),
    exit: 0,
    stdout: /^\{"fired":1,"flags":\["border-open"\]\}$/m,
  },
  {
    name: 'a province called constructor starts unheld, is taken, and a condition sees it',
    script: script(`
      const s = minimal();
      s.provinces.push({ id: 'constructor', name: 'C' });
      s.events = [
        { id: 'take', trigger: { turn: 1 }, actions: [{ type: 'control', province: 'constructor', controlledBy: 'taliban' }] },
        { id: 'see', trigger: { when: { controlledBy: { province: 'constructor', is: 'taliban' } } }, actions: [{ type: 'set-flag', flag: 'held' }] },
      ];
      const r = f.simulate(f.parseScenario(s), { seed: 1, turns: 3 });
      out({ control: r.log.find((e) => e.type === 'control')?.message, flags: r.finalState.world.flags, firedAt: r.log.find((e) => e.type === 'event' && e.data.event === 'see')?.turn });`),
    exit: 0,
    stdout: /"control":"constructor now held by taliban \(was unset; event take\)","flags":\["held"\],"firedAt":1/,
  },
  {
    name: '__proto__ as an event id is refused with its position',
    setup: (d) => scenarioFile(d, 's.json', (s) => void (s.events = [{ id: '__proto__', trigger: { turn: 1 }, actions: [{ type: 'set-flag', flag: 'x' }] }])),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    stderr: /\/events\/0\/id: expected an id/,
  },
  {
    name: 'toString as a sector id is refused with its position',
    setup: (d) => scenarioFile(d, 's.json', (s) => void ((s.sectors as Obj[])[0]!.id = 'toString')),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    stderr: /\/sectors\/0\/id: expected an id/,
  },
];

/** Dates are dates of the calendar. */
export const DATE_CASES: HostileCase[] = [
  {
    name: 'calendar.start 2021-02-31',
    setup: (d) => scenarioFile(d, 's.json', (s) => void ((s.calendar as Obj).start = '2021-02-31')),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    stderr: /\/calendar\/start: "2021-02-31" is not a date of the calendar/,
    oneLine: true,
  },
  {
    name: 'calendar.start 2021-02-29 (not a leap year)',
    setup: (d) => scenarioFile(d, 's.json', (s) => void ((s.calendar as Obj).start = '2021-02-29')),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    oneLine: true,
  },
  {
    name: 'calendar.start 2020-02-29 (a leap year) is valid',
    setup: (d) => scenarioFile(d, 's.json', (s) => void ((s.calendar as Obj).start = '2020-02-29')),
    cli: () => ['validate', 's.json'],
    exit: 0,
    stdout: /s\.json: valid/,
  },
  {
    name: 'an event on 2021-04-31',
    setup: (d) =>
      scenarioFile(d, 's.json', (s) => void (s.events = [{ id: 'e', trigger: { date: '2021-04-31' }, actions: [{ type: 'set-flag', flag: 'x' }] }])),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    stderr: /\/events\/0\/trigger\/date: "2021-04-31" is not a date/,
  },
  {
    name: 'a drill starting 2100-02-29',
    setup: (d) =>
      scenarioFile(
        d,
        's.json',
        (s) => void (s.drills = [{ id: 'd', name: 'D', location: 'dushanbe', personnel: 10, startDate: '2100-02-29', durationDays: 7 }]),
      ),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    stderr: /\/drills\/0\/startDate: "2100-02-29" is not a date/,
  },
  {
    name: 'a condition comparing with 2021-06-31',
    setup: (d) =>
      scenarioFile(
        d,
        's.json',
        (s) => void (s.events = [{ id: 'e', trigger: { when: { date: { '>=': '2021-06-31' } } }, actions: [{ type: 'set-flag', flag: 'x' }] }]),
      ),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    stderr: /\/events\/0\/trigger\/when\/date\/>=: "2021-06-31" is not a date/,
  },
];

/** Names are printed: no control characters reach a terminal. */
export const NAME_CASES: HostileCase[] = [
  {
    name: 'a sector named with an ANSI escape',
    setup: (d) => scenarioFile(d, 's.json', (s) => void ((s.sectors as Obj[])[0]!.name = '\u001b[2J\u001b[31mRed')),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    // eslint-disable-next-line no-control-regex -- the escape is what must never be printed
    never: /\u001b/,
    stderr: /\/sectors\/0\/name: a name may not contain control characters \(U\+001B at character 1\)/,
  },
  {
    name: 'a scenario name with a newline',
    setup: (d) => scenarioFile(d, 's.json', (s) => void ((s.metadata as Obj).name = 'Frontier\nfrontier-sim: all clear')),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    oneLine: true,
    stderr: /\/metadata\/name: a name may not contain control characters \(U\+000A/,
  },
  {
    name: 'a province held by a bidirectional override',
    setup: (d) => scenarioFile(d, 's.json', (s) => void ((s.provinces as Obj[])[0]!.controlledBy = 'tali\u202eban')),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    never: /\u202e/,
    stderr: /\/provinces\/0\/controlledBy: controlledBy may not contain control characters \(U\+202E/,
  },
  {
    name: 'a 100,000-character name',
    setup: (d) => scenarioFile(d, 's.json', (s) => void ((s.forces as Obj[])[0]!.name = 'x'.repeat(100_000))),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    oneLine: true,
    stderr: /a name of at most 200 characters, got 100000/,
  },
];

/** `simulate` refuses what was not validated, or was changed since; orders name what exists. */
export const LIBRARY_CASES: HostileCase[] = [
  {
    name: 'simulate of a loaded scenario mutated to NaN personnel',
    script: script(`
      const s = f.loadScenario(process.env.FSIM_ROOT + '/tests/fixtures/scenarios/minimal.json');
      f.simulate(s, { seed: 1, turns: 1 });
      s.forces[0].personnel = NaN;
      try { f.simulate(s, { seed: 1, turns: 1 }); out('ran'); } catch (e) { out({ name: e.name, issue: e.issues?.[0] }); }`),
    exit: 0,
    stdout: /"name":"ScenarioError","issue":\{"file":"simulate: scenario","pointer":"\/forces\/0\/personnel","message":"expected a finite number, got NaN"\}/,
  },
  {
    name: 'simulate of an object never validated, with a negative length',
    script: script(`
      const s = minimal(); s.sectors[0].lengthKm = -3;
      try { f.simulate(s, { seed: 1, turns: 1 }); out('ran'); } catch (e) { out({ name: e.name, pointer: e.issues?.[0]?.pointer }); }`),
    exit: 0,
    stdout: /^\{"name":"ScenarioError","pointer":"\/sectors\/0\/lengthKm"\}$/m,
  },
  {
    name: 'simulate with turns: 1e9',
    script: script(`
      try { f.simulate(f.parseScenario(minimal()), { seed: 1, turns: 1e9 }); out('ran'); } catch (e) { out({ name: e.name, message: e.message }); }`),
    exit: 0,
    stdout: /"name":"RangeError","message":"turns must be an integer from 0 to 5200, got 1000000000"/,
    maxMs: 60_000,
  },
  {
    name: 'a policy function inviting guards to an unknown sector',
    script: script(`
      const r = f.simulate(f.parseScenario(minimal()), { seed: 1, turns: 2, policy: (view) => (view.turn === 0 ? [{ type: 'invite-guards', side: 'russia', sectors: ['nowhere'] }] : []) });
      out({ rejected: r.log.filter((e) => e.type === 'order-rejected').map((e) => e.message), sovereignty: r.totals.sovereignty, units: r.finalState.forces.length });`),
    exit: 0,
    stdout: /"rejected":\["policy function policy: order rejected: unknown sector \\"nowhere\\""\],"sovereignty":0,"units":3/,
  },
  {
    name: 'a policy function giving 100,000 orders a turn',
    script: script(`
      const many = Array.from({ length: 100000 }, () => ({ type: 'refugees', border: 'open' }));
      const r = f.simulate(f.parseScenario(minimal()), { seed: 1, turns: 1, log: true, policy: () => many });
      out({ orders: r.log.filter((e) => e.type === 'order').length, rejected: r.log.filter((e) => e.type === 'order-rejected').map((e) => e.message) });`),
    exit: 0,
    stdout: /"orders":1000,"rejected":\["policy function policy: 99000 order\(s\) past the first 1000 of the turn rejected/,
  },
  {
    name: 'a rule inviting guards to 20,000 sectors every turn stops at the unit limit',
    setup: (d) =>
      writeJson(d, 's.json', {
        ...large(20_000, 1, 1),
        policy: {
          name: 'p',
          rules: [
            {
              id: 'invite',
              repeat: { cooldownTurns: 1 },
              orders: [{ type: 'invite-guards', sectors: sectors(20_000).map((s) => (s as Obj).id as string), arrivalDays: 0, side: 'russia' }],
            },
          ],
        },
      }),
    script: script(`
      const r = f.simulate(f.loadScenario('s.json'), { seed: 1, turns: 4, log: 'events', detail: false, hashes: false });
      out({ units: r.finalState.forces.length, ignored: r.log.filter((e) => e.type === 'order-ignored').length, says: r.log.find((e) => e.type === 'order-ignored')?.message });`),
    exit: 0,
    // Turn 0 adds 20,000 (20,001 units); each later turn would pass 40,000 and is ignored.
    stdout: /"units":20001,"ignored":3,"says":"invite-guards: the run would hold 40001 units, more than 40000/,
  },
];

/** Work and memory the limits bound: refused with the reason, or run within the bound. */
export const WORK_CASES: HostileCase[] = [
  {
    name: 'an invite-guards rule naming one sector 1,000 times',
    setup: (d) =>
      scenarioFile(
        d,
        's.json',
        (s) =>
          void (s.policy = {
            name: 'p',
            rules: [
              {
                id: 'r',
                repeat: { cooldownTurns: 1 },
                orders: [{ type: 'invite-guards', side: 'russia', sectors: Array.from({ length: 1000 }, () => 'panj') }],
              },
            ],
          }),
      ),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    stderr: /\/policy\/rules\/0\/orders\/0\/sectors\/1: sector "panj" is named twice in this list/,
  },
  {
    name: '60 events of 1,000 set-flag actions each',
    setup: (d) =>
      scenarioFile(d, 's.json', (s) => {
        s.events = Array.from({ length: 60 }, (_, i) => ({
          id: `e${i}`,
          trigger: { probabilityPerWeek: 1 },
          repeat: { cooldownTurns: 1 },
          actions: Array.from({ length: 1000 }, (_, j) => ({ type: 'set-flag', flag: `f${i}-${j}` })),
        }));
      }),
    cli: () => ['validate', 's.json'],
    exit: 2,
    stderr: /\/events: a turn of this scenario could cost [\d,]+ ms of work, more than the bound of 2000 ms/,
    maxRssMb: 1024,
  },
  {
    name: 'ten armed groups at the maximum rate on 20,000 sectors',
    setup: (d) => writeJson(d, 's.json', large(20_000, 20_000, 10, 'armed-group', 1e6)),
    cli: () => ['validate', 's.json'],
    exit: 2,
    stderr: /\/actors: a turn of this scenario could cost [\d,]+ ms of work, more than the bound of 2000 ms[^\n]*armed groups' battles/,
  },
  {
    name: 'a condition looking back 5,200 turns on 20,000 sectors',
    setup: (d) =>
      writeJson(d, 's.json', {
        ...large(20_000, 1, 1),
        events: [{ id: 'e', trigger: { when: { metric: 'attempts', window: 5200, op: '>', value: 1e9 } }, actions: [{ type: 'set-flag', flag: 'x' }] }],
      }),
    cli: () => ['validate', 's.json'],
    exit: 2,
    stderr: /a run of this scenario could hold [\d,]+ MB, more than the bound of 1,024 MB/,
  },
  {
    name: 'run at the pair limit with 20,000 units, 6 turns, --log none',
    setup: (d) => writeJson(d, 's.json', large(20_000, 20_000, 10)),
    cli: () => ['run', 's.json', '--turns', '6', '--log', 'none'],
    exit: 0,
    stdout: /6 turns \(numbered from 0, dated by their first day\), final state hash [0-9a-f]{16}/,
    maxRssMb: 1024,
  },
  {
    name: 'run at the pair limit, 6 turns, the default log view',
    setup: (d) => writeJson(d, 's.json', large(20_000, 1, 10)),
    cli: () => ['run', 's.json', '--turns', '6'],
    exit: 0,
    stdout: /log: events, drills, orders and moves/,
    maxRssMb: 1024,
  },
  {
    name: 'set-parameter changing every turn at the pair limit keeps few compiled variants (mc, 16 turns)',
    setup: (d) =>
      writeJson(d, 's.json', {
        ...large(20_000, 1, 10),
        events: [0, 1, 2, 3, 4, 5, 6, 7].map((k) => ({
          id: `p${k}`,
          trigger: { when: { turn: { '>=': k } } },
          repeat: { cooldownTurns: 8 },
          actions: [{ type: 'set-parameter', pointer: '/parameters/detection/sweepWidthKm', value: 1 + k }],
        })),
      }),
    cli: () => ['mc', 's.json', '--runs', '1', '--workers', '1', '--turns', '16', '--format', 'csv'],
    exit: 0,
    stdout: /^metric,n,mean/,
    maxRssMb: 1024,
  },
  {
    name: 'run --turns 1000000000',
    setup: (d) => writeFileSync(join(d, 's.json'), JSON.stringify(minimal())),
    cli: () => ['run', 's.json', '--turns', '1000000000'],
    exit: 2,
    oneLine: true,
    stderr: /--turns must be at most 5200/,
  },
];
