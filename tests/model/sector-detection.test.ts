/**
 * SectorDetection (the engine's per-sector form of attemptDetectionProbability) must give the
 * same probability to the last bit for every input: the golden hashes depend on it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './fast-check-seed';
import { attemptDetectionProbability, SectorDetection } from '../../src/model/sector-detection';
/** Ordinary values (mostly), and the edges each branch turns on (0, tiny, huge, Infinity). */
const edge = fc.constantFrom(0, 1e-300, 1, 1e300, Infinity);
// From integers: fast-check's doubles lean to the edges, and ordinary values are where a change
// in the order of operations shows in the last bit (about one case in ten).
const ordinary = (max: number) => fc.integer({ min: 1, max: 1_000_000 }).map((i) => (i / 1_000_000) * max);
const size = (max: number) => fc.oneof({ arbitrary: ordinary(max), weight: 4 }, { arbitrary: edge, weight: 1 });
const probability = fc.oneof({ arbitrary: ordinary(1), weight: 4 }, { arbitrary: fc.constantFrom(0, 1), weight: 1 });

describe('SectorDetection', () => {
  it('equals attemptDetectionProbability bit for bit (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          lengthKm: size(500),
          depthKm: size(20),
          searchMultiplier: fc.oneof(ordinary(1), fc.constantFrom(0, 1, 2)),
          postCount: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constant(0)),
          postRadiusKm: size(3),
        }),
        fc.record({
          sweepWidthKm: size(5),
          patrolSpeedKmPerHour: size(10),
          exposureHours: size(24),
          personnelPerPatrol: size(20),
          searchMode: fc.constantFrom('random', 'exhaustive', undefined),
        }),
        fc.array(fc.tuple(size(2000), fc.oneof(ordinary(1.5), fc.constantFrom(0, 0.5, 1)), probability), { minLength: 1, maxLength: 6 }),
        (sector, search, turns) => {
          const { searchMode, ...rest } = search;
          const params = searchMode === undefined ? rest : { ...rest, searchMode };
          const d = new SectorDetection(sector, params);
          for (const [effective, season, sensors] of turns) {
            const expected = attemptDetectionProbability(
              { ...sector, effectivePatrolPersonnel: effective, seasonMultiplier: season, sensorDetection: sensors },
              params,
            );
            expect(Object.is(d.probability(effective, season, sensors), expected)).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
