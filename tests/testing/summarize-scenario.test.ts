/**
 * summarizeScenario (frontier-sim/testing), the scenario line of every counterexample: counts,
 * then each entity of a small scenario, with nothing printed for what a sector does not declare.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';
import { summarizeScenario } from '../../src/testing';

function scenario(sectors: number, terrainOfFirst?: string) {
  return parseScenario({
    metadata: { name: 'summary' },
    calendar: { start: '2021-01-04', turnLengthDays: 7, turns: 2 },
    provinces: [{ id: 'p', name: 'P' }],
    ...(terrainOfFirst ? { terrains: [{ id: terrainOfFirst, searchMultiplier: 1 }] } : {}),
    sectors: Array.from({ length: sectors }, (_, i) => ({
      id: `s${i}`,
      name: `s${i}`,
      lengthKm: 50,
      provinceAcross: 'p',
      ...(i === 0 && terrainOfFirst ? { terrain: terrainOfFirst } : {}),
    })),
    forces: [{ id: 'g', name: 'g', side: 'guards', personnel: 40, location: 's0', role: 'patrol' }],
    actors: [
      { id: 'net', name: 'net', kind: 'smuggling', strength: 100, intent: 1, attemptsPerWeek: 20, presence: { s0: 1, s1: 1 }, displacementSensitivity: 4 },
    ],
    parameters: { detection: { sweepWidthKm: 2, patrolSpeedKmPerHour: 4, exposureHours: 6, personnelPerPatrol: 4, sectorDepthKm: 5, dutyFraction: 0.5 } },
  });
}

describe('summarizeScenario', () => {
  it('names each entity of a small scenario, a sector without a terrain class without one', () => {
    expect(summarizeScenario(scenario(2, 'river-plain')).split('\n')).toEqual([
      '2 sectors, 1 force, 1 actor',
      '    sectors: s0 river-plain 50 km; s1 50 km',
      '    forces: g patrol 40 at s0',
      '    actors: net smuggling 20/week intent 1 θ 4 in s0+s1',
    ]);
    expect(summarizeScenario(scenario(2))).not.toContain('undefined');
  });

  it('gives only the counts when there are more than 12 entities', () => {
    expect(summarizeScenario(scenario(11))).toBe('11 sectors, 1 force, 1 actor');
  });
});
