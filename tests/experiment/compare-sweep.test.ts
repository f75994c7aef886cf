import { describe, expect, test } from 'vitest';
import { comparePolicies, sweep, parseScenario, ExperimentError } from '../../src';
import { findRanges, getAt, parsePointer, setAt } from '../../src/experiment/pointer';
import { defaultScenario, doublePatrolOverlay, withoutRanges } from './experiment-helpers';

const scenario = defaultScenario();

describe('comparePolicies', () => {
  test('paired comparison on the default scenario: CRN reduces variance', async () => {
    const policy = doublePatrolOverlay(scenario);
    const c = await comparePolicies(scenario, { policies: [{ name: 'status-quo' }, policy], runs: 40, seed: 5, turns: 8, workers: 2 });
    expect(c.baseline).toBe('status-quo');
    expect(c.comparisons).toHaveLength(1);
    const cmp = c.comparisons[0];
    expect(cmp?.policy).toBe(policy.name);
    const got = cmp?.metrics.gotAway;
    expect(got?.n).toBe(40);
    expect(got?.varianceReduction).toBeGreaterThan(0);
    expect(cmp?.metrics.attempts?.varianceReduction).toBeGreaterThan(0);
    // More patrols never let more through on the same draws, on average.
    expect(got?.meanDifference).toBeLessThanOrEqual(0);
    expect(c.manifest.policies.map((p) => p.name)).toEqual(['status-quo', policy.name]);
    expect(c.manifest.policies[1]?.overlayHash).toMatch(/^[0-9a-f]{16}$/);
    // Same as running the policies separately: the arms' own summaries are Monte Carlos.
    expect(c.policies[0]?.metrics.gotAway?.n).toBe(40);
  });

  test('bad policy lists are refused', async () => {
    await expect(comparePolicies(scenario, { policies: [{ name: 'a' }], runs: 2, seed: 1 })).rejects.toThrow(ExperimentError);
    await expect(comparePolicies(scenario, { policies: [{ name: 'a' }, { name: 'a' }], runs: 2, seed: 1 })).rejects.toThrow(/named "a"/);
    await expect(comparePolicies(scenario, { policies: [{ name: 'a' }, { name: 'b' }], runs: 2, seed: 1, baseline: 'c' })).rejects.toThrow(/baseline "c"/);
  });
});

describe('pointers', () => {
  test('plain, escaped and id-based pointers', () => {
    expect(parsePointer('/actors[id=taliban]/intent')).toEqual([{ key: 'actors', id: 'taliban' }, { key: 'intent' }]);
    expect(parsePointer('/a~1b/c~0d')).toEqual([{ key: 'a/b' }, { key: 'c~d' }]);
    const doc = structuredClone(scenario);
    const actor = doc.actors[1];
    expect(getAt(doc, `/actors[id=${actor?.id}]/kind`)).toBe(actor?.kind);
    expect(getAt(doc, '/actors/1/kind')).toBe(actor?.kind);
    setAt(doc, `/actors[id=${actor?.id}]/intent`, 0.25);
    expect(doc.actors[1]?.intent).toBe(0.25);
    expect(() => getAt(doc, '/actors[id=nobody]/intent')).toThrow(/no entry with id "nobody"/);
    expect(() => getAt(doc, '/parameters/nothing')).toThrow(/no "nothing"/);
    expect(() => parsePointer('parameters')).toThrow(/must start with/);
  });

  test('findRanges finds the declared ranges with id-based pointers', () => {
    const ranges = findRanges(scenario);
    expect(ranges.length).toBeGreaterThan(0);
    for (const r of ranges) {
      expect(r.min).toBeLessThanOrEqual(r.max);
      expect(getAt(scenario, r.pointer)).toMatchObject({ min: r.min, max: r.max });
    }
    expect(ranges.some((r) => r.pointer.includes('[id='))).toBe(true);
  });
});

describe('sweep', () => {
  test('grid over explicit values: one point per value, same seeds at every point', async () => {
    const r = await sweep(scenario, {
      design: 'grid',
      parameters: [{ pointer: '/parameters/detection/sweepWidthKm', values: [0.5, 4] }],
      runs: 6,
      seed: 2,
      turns: 4,
      metrics: ['detected', 'attempts'],
    });
    expect(r.points.map((p) => p.values['/parameters/detection/sweepWidthKm'])).toEqual([0.5, 4]);
    expect(r.points[0]?.metrics.attempts?.n).toBe(6);
    expect(r.points[1]?.metrics.detected?.mean).toBeGreaterThan(r.points[0]?.metrics.detected?.mean as number);
    expect(Object.keys(r.points[0]?.metrics ?? {})).toEqual(['detected', 'attempts']);
  });

  test('Latin hypercube over the declared ranges stays inside them', async () => {
    const r = await sweep(scenario, { design: 'lhs', fromRanges: true, points: 3, runs: 2, seed: 2, turns: 2, metrics: ['gotAway'] });
    expect(r.points).toHaveLength(3);
    for (const p of r.parameters) {
      for (const pt of r.points) {
        const v = pt.values[p.pointer] as number;
        expect(v).toBeGreaterThanOrEqual(p.min);
        expect(v).toBeLessThanOrEqual(p.max);
      }
    }
  });

  test('Morris screening ranks first the input a synthetic scenario makes dominant', async () => {
    // The default scenario with every range fixed at its nominal value; then three uncertain
    // inputs: the Northern Route's attempt rate over a wide range (dominant for attempts), and
    // two detection parameters over narrow ranges (which do not drive attempts at all).
    const fixed = withoutRanges(structuredClone(scenario)) as Record<string, unknown>;
    const actor = scenario.actors.find((a) => a.kind === 'smuggling') ?? scenario.actors[0];
    const dominant = `/actors[id=${actor?.id}]/attemptsPerWeek`;
    setAt(fixed, dominant, { min: 20, max: 2000 });
    setAt(fixed, '/parameters/detection/sweepWidthKm', { min: 1.9, max: 2.1 });
    setAt(fixed, '/parameters/detection/dutyFraction', { min: 0.29, max: 0.31 });
    const synthetic = parseScenario(fixed, { source: 'synthetic' });
    const r = await sweep(synthetic, { design: 'morris', fromRanges: true, trajectories: 4, runs: 5, seed: 9, turns: 3, metrics: ['attempts', 'gotAway'] });
    expect(r.parameters.map((p) => p.pointer).sort()).toEqual([dominant, '/parameters/detection/dutyFraction', '/parameters/detection/sweepWidthKm'].sort());
    expect(r.points).toHaveLength(4 * 4);
    expect(r.morris?.attempts?.ranking[0]).toBe(dominant);
    expect(r.morris?.gotAway?.ranking[0]).toBe(dominant);
  });

  test('bad sweeps are refused', async () => {
    await expect(sweep(scenario, { design: 'grid', runs: 1, seed: 1 })).rejects.toThrow(/needs parameters/);
    await expect(sweep(scenario, { design: 'lhs', parameters: ['/calendar/turnLengthDays'], runs: 1, seed: 1 })).rejects.toThrow(/give min and max/);
    await expect(
      sweep(scenario, { design: 'grid', parameters: [{ pointer: '/parameters/detection/sweepWidthKm', values: [-1] }], runs: 1, seed: 1, turns: 1 }),
    ).rejects.toThrow(/sweepWidthKm/);
  });
});
