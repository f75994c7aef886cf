/**
 * The arbitraries: every generated scenario validates and runs; sizes are respected; shrinking
 * makes scenarios smaller and rounder; policies and parameter changes give valid scenarios.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadScenario, parseScenario, simulate } from '../../src/index';
import { applyChange, arbitraries, numericLeaves } from '../../src/testing';
import { DEFAULT_SCENARIO } from '../helpers/paths';

describe('arbitraries.scenario', () => {
  test('every generated scenario passes parseScenario and runs (all kinds, roles, moves, Quantity objects)', () => {
    fc.assert(
      fc.property(arbitraries.scenario({ quantities: true }), arbitraries.seed(), (s, seed) => {
        // Plain JSON, as JSON.parse of a file gives: survives a round trip unchanged.
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
        const v = parseScenario(s);
        const r = simulate(v, { seed, log: false, hashes: false });
        expect(r.turns.length).toBe(v.calendar.turns);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  test('sizes are respected', () => {
    const arb = arbitraries.scenario({
      sectors: { min: 4, max: 6 },
      forces: 3,
      actors: { min: 2, max: 2 },
      turns: { min: 2, max: 3 },
      kinds: ['refugees'],
      roles: ['patrol'],
    });
    for (const s of fc.sample(arb, { seed: 3, numRuns: 50 })) {
      expect(s.sectors.length).toBeGreaterThanOrEqual(4);
      expect(s.sectors.length).toBeLessThanOrEqual(6);
      expect(s.forces).toHaveLength(3);
      expect(s.actors).toHaveLength(2);
      expect(s.calendar.turns).toBeGreaterThanOrEqual(2);
      expect(s.calendar.turns).toBeLessThanOrEqual(3);
      expect(s.actors.every((a) => a.kind === 'refugees')).toBe(true);
      expect(s.forces.every((f) => f.role === 'patrol')).toBe(true);
      parseScenario(s);
    }
  });

  test('displacement: false and uniformComplicity do what they say', () => {
    for (const s of fc.sample(arbitraries.scenario({ displacement: false, uniformComplicity: true, forces: { min: 2 } }), { seed: 4, numRuns: 50 })) {
      expect(s.actors.every((a) => a.displacementSensitivity === 0)).toBe(true);
      expect(new Set(s.forces.map((f) => f.complicity)).size).toBe(1);
    }
  });

  test('shrinking gives the smallest, roundest scenario that still fails', () => {
    // A planted failure: "no scenario has two sectors and an actor with presence in the second".
    const details = fc.check(
      fc.property(
        arbitraries.scenario({ sectors: { max: 5 }, forces: { max: 6 }, actors: { max: 4 } }),
        (s) => !(s.sectors.length >= 2 && s.actors.some((a) => 's1' in a.presence)),
      ),
      { seed: 5, numRuns: 500 },
    );
    expect(details.failed).toBe(true);
    const [s] = details.counterexample ?? [];
    expect(s?.sectors).toHaveLength(2);
    expect(s?.forces).toHaveLength(0);
    expect(s?.actors).toHaveLength(1);
    expect(s?.bases).toHaveLength(0);
    // Round numbers: sector lengths shrink to the 10 km grid's first point.
    expect(s?.sectors.map((x) => x.lengthKm)).toEqual([10, 10]);
    expect(s?.calendar.turns).toBe(1);
    parseScenario(s as object);
  });
});

describe('arbitraries.policy and arbitraries.parameterChange', () => {
  const scenario = loadScenario(DEFAULT_SCENARIO);

  test('policies for a fixed scenario name its ids and give valid scenarios', () => {
    for (const p of fc.sample(arbitraries.policy(scenario), { seed: 6, numRuns: 40 })) {
      expect(typeof p.name).toBe('string');
      expect(Object.keys(p.overlay ?? {})).toHaveLength(1); // one thing changes
      applyChange(scenario, p);
    }
  });

  test('policies without a scenario fit any generated scenario', () => {
    fc.assert(
      fc.property(arbitraries.scenario(), arbitraries.policy(), (s, make) => {
        const policy = make(parseScenario(s));
        expect(String(fc.stringify(make))).not.toContain('=>'); // printed by its description
        applyChange(parseScenario(s), policy);
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  test('parameter changes stay within the schema and give valid scenarios', () => {
    const leaves = numericLeaves(scenario);
    expect(leaves.length).toBeGreaterThan(50);
    expect(leaves.some((l) => l.pointer === '/parameters/detection/sweepWidthKm')).toBe(true);
    // The scenario has a map (geography, sectors' lines, bases' coordinates), which the engine
    // never reads: none of it is a parameter.
    expect(scenario.geography).toBeDefined();
    expect(leaves.filter((l) => /^\/(geography|sectors\/\d+\/line|(bases|provinces)\/\d+\/at)(\/|$)/.test(l.pointer))).toEqual([]);
    for (const c of fc.sample(arbitraries.parameterChange(scenario), { seed: 8, numRuns: 100 })) {
      const leaf = leaves.find((l) => l.pointer === c.pointer);
      expect(leaf).toBeDefined();
      expect(c.value).toBeGreaterThanOrEqual(leaf?.min ?? 0);
      expect(c.value).toBeLessThanOrEqual(leaf?.max ?? 0);
      applyChange(scenario, c);
    }
    fc.assert(
      fc.property(arbitraries.scenario({ quantities: true }), arbitraries.parameterChange(), (s, pick) => {
        applyChange(parseScenario(s), pick);
      }),
      { seed: 9, numRuns: 150 },
    );
  });
});

describe('the choices the arbitraries draw from', () => {
  test("are the schema's actor kinds and force roles", async () => {
    const lib = await import('../../src/testing/lib');
    const schema = await import('../../src/scenario/schema');
    expect(lib.ACTOR_KINDS).toEqual([...schema.ACTOR_KINDS]);
    expect(lib.FORCE_ROLES).toEqual([...schema.FORCE_ROLES]);
  });
});
