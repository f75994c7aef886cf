/**
 * checkAssumption catches planted faults and passes true claims, in both modes; its failure
 * reports the shrunk counterexample, writes it as a scenario file `frontier-sim run` accepts, and
 * prints a fast-check seed and path that replay the same counterexample. It works in a plain
 * vitest test() and with @fast-check/vitest.
 */
import { readFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp';
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runCommand } from '../../src/cli/commands/run';
import { loadScenario, parseScenario, type Scenario } from '../../src/index';
import { arbitraries, AssumptionError, checkAssumption, defineAssumption, type AssumptionOptions } from '../../src/testing';

const dir = tempDir('frontier-sim-check-');

/** The same claim with displacement on (false) or off (true): reinforcing a sector never raises got-aways in any sector. */
const claim = (displacement: boolean): AssumptionOptions => ({
  name: `reinforcing a sector never raises got-aways in any sector (displacement ${displacement ? 'on' : 'off'})`,
  scenario: arbitraries.scenario({ kinds: ['smuggling', 'refugees', 'recruits'], displacement, uniformComplicity: true }),
  change: arbitraries.policy(undefined, { kinds: ['reinforce'] }),
  metric: { name: 'gotAway', sector: 'each' },
  relation: '<=',
  mode: 'pathwise',
  fc: { seed: 42, numRuns: 100 },
  counterexampleDir: dir,
});

function failure(options: AssumptionOptions): AssumptionError {
  try {
    checkAssumption(options);
  } catch (e) {
    if (e instanceof AssumptionError) return e;
    throw e;
  }
  throw new Error('expected the assumption to fail');
}

describe('planted faults are caught, true claims pass (pathwise)', () => {
  test('true: without displacement, reinforcing never raises got-aways in any sector', () => {
    const report = checkAssumption(claim(false));
    expect(report.numRuns).toBe(100);
  });

  test('false: with displacement, the shrunk counterexample has at most 2 sectors and says why', () => {
    const e = failure(claim(true));
    const o = e.outcome;
    expect(o.holds).toBe(false);
    expect(o.before?.sectors.length).toBeLessThanOrEqual(2);
    expect(o.before?.sectors.length).toBe(2); // one sector cannot displace anywhere
    const bad = o.values.filter((v) => !v.holds);
    expect(bad.length).toBeGreaterThan(0);
    for (const v of bad) expect(v.after).toBeGreaterThan(v.before);
    // The message: sizes, the numbers before and after, the run seed, the file, the replay.
    expect(e.message).toContain('2 sectors');
    expect(e.message).toMatch(/gotAway\[s\d\]: before \d+, after \d+/);
    expect(e.message).toContain(`run seed: ${o.seed}`);
    expect(e.message).toContain(e.scenarioFile);
    expect(e.message).toMatch(/fast-check seed -?\d+ and path "[\d:]+"/);
    // An adaptive actor is what makes it fail.
    expect(o.before?.actors.some((a) => Number(a.displacementSensitivity ?? 0) > 0)).toBe(true);
  });

  test('an invalid change is reported as a counterexample, not a crash', () => {
    const e = failure({
      name: 'invalid change',
      scenario: arbitraries.scenario({ sectors: 1 }),
      change: { pointer: '/sectors/0/lengthKm', value: -5 },
      metric: 'gotAway',
      relation: '==',
      fc: { seed: 1, numRuns: 5 },
      counterexampleDir: dir,
    });
    expect(e.message).toContain('error:');
    expect(e.message).toContain('lengthKm');
  });
});

describe('the counterexample file and the replay', () => {
  test('the file is a scenario frontier-sim run accepts, and reproduces the numbers', () => {
    const e = failure(claim(true));
    const file = e.scenarioFile as string;
    const after = e.changedScenarioFile as string;
    const s = loadScenario(file);
    expect(s.calendar.turns).toBe(e.outcome.turns);
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: () => undefined };
    const run = (f: string) => {
      out.length = 0;
      expect(runCommand([f, '--seed', String(e.outcome.seed), '--format', 'json'], io as never)).toBe(0);
      return JSON.parse(out.join('')) as { turns: { bySector: Record<string, Record<string, number>> }[] };
    };
    const bad = e.outcome.values.find((v) => !v.holds);
    const id = /\[(.*)\]/.exec(bad?.label ?? '')?.[1] as string;
    const sum = (r: ReturnType<typeof run>) => r.turns.reduce((a, t) => a + (t.bySector[id]?.gotAway ?? 0), 0);
    expect(sum(run(file))).toBe(bad?.before);
    expect(sum(run(after))).toBe(bad?.after);
  });

  test('the printed fast-check seed and path replay the same counterexample', () => {
    const first = failure(claim(true));
    const seed = Number(/fast-check seed (-?\d+)/.exec(first.message)?.[1]);
    const path = /and path "([\d:]+)"/.exec(first.message)?.[1] as string;
    expect(first.replay).toEqual({ seed, path });
    const again = failure({ ...claim(true), fc: { seed, path } });
    expect(again.scenarioFile).toBe(first.scenarioFile);
    expect(readFileSync(again.scenarioFile as string, 'utf8')).toBe(readFileSync(first.scenarioFile as string, 'utf8'));
    expect(again.outcome.values).toEqual(first.outcome.values);
    expect(again.outcome.seed).toBe(first.outcome.seed);
    // And with fc.assert on the property, as the message says.
    const a = defineAssumption(claim(true));
    expect(() => fc.assert(a.property(), { seed, path })).toThrow();
  });
});

/** Two sectors, one adaptive smuggling network present in both; a fixed scenario for the statistical mode. */
function twoSectors(theta: number): Scenario {
  const sector = (id: string) => ({ id, name: id, lengthKm: 50, terrain: 'river-plain', provinceAcross: 'p', riverCrossabilityByMonth: new Array(12).fill(1) });
  return parseScenario({
    metadata: { name: 'two sectors' },
    calendar: { start: '2021-01-04', turnLengthDays: 7, turns: 12 },
    provinces: [{ id: 'p', name: 'P' }],
    sectors: [sector('west'), sector('east')],
    forces: [
      { id: 'g-west', name: 'g-west', side: 'guards', personnel: 40, location: 'west', role: 'patrol' },
      { id: 'g-east', name: 'g-east', side: 'guards', personnel: 40, location: 'east', role: 'patrol' },
    ],
    actors: [
      {
        id: 'network',
        name: 'network',
        kind: 'smuggling',
        strength: 100,
        intent: 1,
        attemptsPerWeek: 20,
        presence: { west: 1, east: 1 },
        loadKg: 10,
        displacementSensitivity: theta,
      },
    ],
    parameters: { detection: { sweepWidthKm: 2, patrolSpeedKmPerHour: 4, exposureHours: 6, personnelPerPatrol: 4, sectorDepthKm: 5, dutyFraction: 0.5 } },
  });
}

const reinforceWest = { name: 'reinforce west', overlay: { forces: [{ id: 'g-west', personnel: 400 }] } };

describe('statistical mode (paired runs, one-sided test)', () => {
  const base = (theta: number): AssumptionOptions => ({
    scenario: twoSectors(theta),
    change: reinforceWest,
    metric: { name: 'gotAway', sector: 'east' },
    relation: '<=',
    mode: 'statistical',
    runs: 30,
    counterexampleDir: dir,
  });

  test('true: reinforcing the west lowers its got-aways (evidence required, "<"), t test and sign test', () => {
    checkAssumption({ ...base(4), metric: { name: 'gotAway', sector: 'west' }, relation: '<' });
    checkAssumption({ ...base(4), metric: { name: 'gotAway', sector: 'west' }, relation: '<', test: 'sign' });
  });

  test('true without displacement: the east is untouched', () => {
    checkAssumption({ ...base(0), relation: '==' });
  });

  test('false with displacement: the east gets more got-aways, significantly', () => {
    const e = failure(base(4));
    const v = e.outcome.values[0];
    expect(v?.test?.holds).toBe(false);
    expect(v?.after).toBeGreaterThan(v?.before ?? Infinity);
    expect(e.message).toContain('statistical: 30 paired runs');
    expect(e.message).toContain('significant increase');
    expect(e.message).toContain('same call replays it');
  });

  test('a scenario arbitrary in statistical mode: the level is split among the cases (Bonferroni)', () => {
    const report = checkAssumption({
      scenario: arbitraries.scenario({ sectors: { max: 2 }, kinds: ['refugees'], displacement: false, turns: { max: 3 } }),
      change: arbitraries.policy(undefined, { kinds: ['sensor'] }),
      metric: 'attempts',
      relation: '==',
      mode: 'statistical',
      runs: 8,
      fc: { seed: 3, numRuns: 10 },
    });
    expect(report.numRuns).toBe(10);
  });
});

describe('with @fast-check/vitest', () => {
  const a = defineAssumption({ ...claim(false), fc: undefined });
  fcTest.prop([a.arbitrary], { seed: 7, numRuns: 40 })('the true claim, case by case (check throws an AssumptionError on a counterexample)', (sample) => {
    a.check(sample);
  });

  const detection = defineAssumption({
    name: 'more sensors never lower the share interdicted (no displacement)',
    scenario: arbitraries.scenario({ kinds: ['refugees', 'recruits'], displacement: false }),
    change: (s) => ({ pointer: '/sectors/0/sensorDetection', value: Math.min(1, ((s.sectors[0]?.sensorDetection as number | undefined) ?? 0) + 0.3) }),
    metric: (r) => r.totals.interdicted ?? 0,
    relation: '>=',
  });
  fcTest.prop([detection.arbitrary], { seed: 8, numRuns: 40 })('a transform and a function metric', (sample) => {
    expect(detection.predicate(sample)).toBe(true);
  });
});
