/** A synthetic scenario whose expected kg attempted is a product of three uniform inputs. */
import { parseScenario } from '../../src/scenario';
import type { Scenario } from '../../src/scenario/schema';

/** One river-plain sector, one smuggling actor whose three inputs are uniform ranges: E[kg attempted] = turns × rate × intent × load. */
export function productScenario(): Scenario {
  return parseScenario(
    {
      metadata: { name: 'product of uniforms' },
      calendar: { start: '2021-01-04', turnLengthDays: 7, turns: 10 },
      provinces: [{ id: 'p', name: 'P' }],
      sectors: [
        { id: 's', name: 's', lengthKm: 100, terrain: 'river-plain', provinceAcross: 'p', depthKm: 2, riverCrossabilityByMonth: new Array(12).fill(1) },
      ],
      forces: [],
      actors: [
        {
          id: 'heroin',
          name: 'heroin',
          kind: 'smuggling',
          strength: 1_000_000,
          intent: { min: 0.2, max: 1, source: 'test' },
          attemptsPerWeek: { min: 100, max: 300, source: 'test' },
          loadKg: { min: 10, max: 50, source: 'test' },
          presence: { s: 1 },
          displacementSensitivity: 0,
        },
      ],
      parameters: {
        detection: { sweepWidthKm: 1, patrolSpeedKmPerHour: 5, exposureHours: 10, personnelPerPatrol: 1, sectorDepthKm: 2, dutyFraction: 1 },
        season: { winterClosedFactor: 1 },
      },
    },
    { source: 'product.json' },
  );
}
