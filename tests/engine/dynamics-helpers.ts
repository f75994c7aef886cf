/** Scenarios with events, drills and policies for the engine tests (built on synthetic.ts's pieces). */
import { parseScenario } from '../../src/scenario';
import type { Scenario } from '../../src/scenario/schema';
import { type Json } from './synthetic';

export interface DynOptions {
  sectors: Json[];
  forces?: Json[];
  actors?: Json[];
  bases?: Json[];
  turns?: number;
  start?: string;
  events?: Json[];
  drills?: Json[];
  policy?: Json;
  parameters?: Json;
  provinces?: Json[];
  /** Terrain classes, rivers and seasons, as for synthetic.ts; default none (neutral). */
  theatre?: Json;
}

/** A validated scenario (same defaults as synthetic.ts: no season, no fatigue, river always open). */
export function dynScenario(o: DynOptions): Scenario {
  return parseScenario(
    {
      metadata: { name: 'dynamic' },
      calendar: { start: o.start ?? '2021-01-04', turnLengthDays: 7, turns: o.turns ?? 30 },
      provinces: o.provinces ?? [{ id: 'p', name: 'P' }],
      ...(o.theatre ?? {}),
      bases: o.bases ?? [],
      sectors: o.sectors,
      forces: o.forces ?? [],
      actors: o.actors ?? [],
      parameters: {
        detection: { sweepWidthKm: 2, patrolSpeedKmPerHour: 5, exposureHours: 10, personnelPerPatrol: 1, sectorDepthKm: 2, dutyFraction: 1 },
        forces: { fatigueRisePerWeek: 0, fatigueRecoveryPerWeek: 0, readinessRatePerWeek: 0 },
        season: { winterClosedFactor: 1 },
        response: { localNoticeHours: 0 },
        engagement: { defenderPostureMultiplier: 1 },
        ...(o.parameters ?? {}),
      },
      ...(o.events ? { events: o.events } : {}),
      ...(o.drills ? { drills: o.drills } : {}),
      ...(o.policy ? { policy: o.policy } : {}),
    },
    { source: 'dynamic.json' },
  );
}
