/**
 * summarizeScenario (frontier-sim/testing), the scenario line of every counterexample: counts,
 * then each entity of a small scenario, with nothing printed for what a sector does not declare.
 */
import { describe, expect, it } from 'vitest';
import { summarizeScenario } from '../../src/testing';
import { dynScenario } from '../engine/dynamics-helpers';
import { actor, patrol, sector } from '../engine/synthetic';

/** `sectors` sectors, the first of terrain class `terrainOfFirst` when given, one patrol and one network. */
function scenario(sectors: number, terrainOfFirst?: string) {
  return dynScenario({
    ...(terrainOfFirst ? { theatre: { terrains: [{ id: terrainOfFirst, searchMultiplier: 1 }] } } : {}),
    sectors: Array.from({ length: sectors }, (_, i) => sector(`s${i}`, 50, i === 0 && terrainOfFirst ? { terrain: terrainOfFirst } : {})),
    forces: [patrol('g', 's0', 40)],
    actors: [actor('net', 'smuggling', 20, { s0: 1, s1: 1 }, { displacementSensitivity: 4 })],
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
