/**
 * `scenarioWarnings` (src/engine/warnings.ts) and `frontier-sim validate` on parts of a valid
 * scenario that can never act: each kind of warning on a scenario that has it, none on the
 * bundled library, and the command warns (exit 0) or, with --strict, fails (exit 2).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scenarioWarnings } from '../../src/engine/warnings';
import { loadScenario, parseScenario } from '../../src/scenario';
import { runCli } from '../helpers/cli';
import { ROOT } from '../helpers/paths';
import { actor, patrol, sector, type Json } from './synthetic';

function scenario(extra: Json = {}): Json {
  return {
    metadata: { name: 'inert parts' },
    calendar: { start: '2021-01-04', turnLengthDays: 7, turns: 10 },
    provinces: [
      { id: 'p', name: 'P' },
      { id: 'q', name: 'Q' },
    ],
    bases: [
      { id: 'near', name: 'Near', alongBorderKm: 10, fromBorderKm: 10 },
      { id: 'capital', name: 'Capital', alongBorderKm: 10, fromBorderKm: 900 },
    ],
    sectors: [sector('a', 50), sector('b', 50)],
    forces: [patrol('g', 'a', 20)],
    actors: [actor('net', 'smuggling', 10, { a: 1 })],
    parameters: { detection: { sweepWidthKm: 2, patrolSpeedKmPerHour: 5, exposureHours: 10, personnelPerPatrol: 1, sectorDepthKm: 2, dutyFraction: 1 } },
    ...extra,
  };
}
const warningsOf = (extra: Json) => scenarioWarnings(parseScenario(scenario(extra)));

describe('scenarioWarnings', () => {
  test('a scenario whose every part can act has none', () => {
    expect(warningsOf({})).toEqual([]);
  });

  test('an actor present in no sector (a province no sector faces), or that never tries', () => {
    expect(warningsOf({ actors: [actor('ghost', 'smuggling', 10, { q: 1 })] })).toEqual([
      { pointer: '/actors/0/presence', message: expect.stringMatching(/ghost is present in no sector/) },
    ]);
    expect(warningsOf({ actors: [actor('idle', 'refugees', 0, { a: 1 })] })[0]).toMatchObject({ pointer: '/actors/0/attemptsPerWeek' });
    expect(warningsOf({ actors: [actor('calm', 'refugees', 5, { a: 1 }, { intent: 0 })] })[0]).toMatchObject({ pointer: '/actors/0/intent' });
    // An event that raises the intent makes it able to act.
    const raised = {
      actors: [actor('calm', 'refugees', 5, { a: 1 }, { intent: 0 })],
      events: [{ id: 'e', trigger: { turn: 2 }, actions: [{ type: 'actor', actor: 'calm', intent: { set: 1 } }] }],
    };
    expect(warningsOf(raised)).toEqual([]);
    // A range that reaches above 0 can act in a sweep.
    expect(warningsOf({ actors: [actor('maybe', 'refugees', 5, { a: 1 }, { intent: { min: 0, max: 0.5, value: 0, source: 'assumption' } })] })).toEqual([]);
  });

  test('units that can never act: no personnel, a patrol at a base, a quick-reaction force out of reach, an exercise too far away', () => {
    const w = warningsOf({
      forces: [
        patrol('g', 'a', 20),
        patrol('empty', 'a', 0),
        patrol('idle', 'near', 30),
        { id: 'far-qrf', name: 'Far QRF', side: 'x', personnel: 100, location: 'capital', role: 'quick-reaction' },
        { id: 'parade', name: 'Parade', side: 'x', personnel: 100, location: 'capital', role: 'exercise' },
        { id: 'reserve', name: 'Reserve', side: 'x', personnel: 100, location: 'capital', role: 'garrison' },
      ],
    });
    expect(w.map((x) => x.pointer)).toEqual(['/forces/1/personnel', '/forces/2/location', '/forces/3/location', '/forces/4/location']);
    // A patrol at a base that moves to a sector, or is deployed by a rule, acts.
    expect(warningsOf({ forces: [patrol('g', 'a', 20), patrol('going', 'near', 30, { moveTo: 'b' })] })).toEqual([]);
    expect(
      warningsOf({
        forces: [patrol('g', 'a', 20), patrol('sent', 'near', 30)],
        policy: { name: 'p', rules: [{ id: 'r', orders: [{ type: 'deploy', force: 'sent', to: 'b' }] }] },
      }),
    ).toEqual([]);
  });

  test('events and drills that can never fire or run', () => {
    const w = warningsOf({
      events: [
        { id: 'late', trigger: { turn: 10 }, actions: [{ type: 'set-flag', flag: 'x' }] },
        { id: 'before', trigger: { date: '2020-01-01' }, actions: [{ type: 'set-flag', flag: 'x' }] },
        { id: 'after', trigger: { date: '2022-01-01' }, actions: [{ type: 'set-flag', flag: 'x' }] },
        { id: 'never', trigger: { probabilityPerWeek: 0 }, actions: [{ type: 'set-flag', flag: 'x' }] },
        { id: 'fine', trigger: { date: '2021-02-01' }, actions: [{ type: 'set-flag', flag: 'x' }] },
      ],
      drills: [
        { id: 'orphan', name: 'Orphan', location: 'near', personnel: 100, durationDays: 7 },
        { id: 'too-late', name: 'Too late', location: 'near', personnel: 100, startDay: 400, durationDays: 7 },
        { id: 'ok', name: 'OK', location: 'near', personnel: 100, startDay: 7, durationDays: 7 },
      ],
    });
    expect(w.map((x) => x.pointer)).toEqual([
      '/events/0/trigger/turn',
      '/events/1/trigger/date',
      '/events/2/trigger/date',
      '/events/3/trigger/probabilityPerWeek',
      '/drills/0',
      '/drills/1',
    ]);
  });

  test('a terrain class nobody declared is neutral, and named', () => {
    const w = warningsOf({
      terrains: [{ id: 'mountain', searchMultiplier: 0.5 }],
      sectors: [sector('a', 50, { terrain: 'mountian' }), sector('b', 50, { terrain: 'mountain' })],
    });
    expect(w).toEqual([{ pointer: '/sectors/0/terrain', message: expect.stringMatching(/"mountian" is not declared.*declared: "mountain"/) }]);
  });

  test('the bundled scenarios have none', () => {
    const dir = join(ROOT, 'scenarios');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    expect(files.length).toBeGreaterThan(4);
    for (const f of files) expect(scenarioWarnings(loadScenario(join(dir, f))), f).toEqual([]);
  });
});

describe('frontier-sim validate', () => {
  test('prints the warnings and exits 0; with --strict exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontier-sim-warn-'));
    try {
      const file = join(dir, 'ghost.json');
      writeFileSync(file, JSON.stringify(scenario({ actors: [actor('ghost', 'smuggling', 10, { q: 1 })] })));
      const plain = runCli(['validate', file]);
      expect(plain.code).toBe(0);
      expect(plain.stdout).toMatch(/valid \(2 sectors, 1 forces, 1 actors; 1 warning\)/);
      expect(plain.stderr).toContain(`${file} /actors/0/presence: warning: actor ghost is present in no sector`);
      const strict = runCli(['validate', '--strict', file]);
      expect(strict.code).toBe(2);
      expect(strict.stderr).toMatch(/1 warning \(--strict\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
