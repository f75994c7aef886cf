/**
 * Small synthetic scenarios for engine tests: one or a few river-plain sectors with the river
 * always crossable, no seasonal or deterrent effect on attempts, no fatigue, and defaults that a
 * test overrides piece by piece. Every scenario goes through `parseScenario`, so the tests also
 * check that what they build is a valid scenario file.
 */
import { compileScenario, type CompiledScenario } from '../../src/engine/compile';
import { parseScenario } from '../../src/scenario';

export type Json = Record<string, unknown>;

const ONES = new Array<number>(12).fill(1);

/**
 * The Tajik scenarios' theatre at its nominal values (scenarios/base/tajik-afghan-border.json):
 * four terrain classes with their search multipliers and pass seasons, the Panj/Amu Darya river and
 * the opium-harvest season, for tests that want seasonality. Sectors name the terrains; actors name
 * the season `harvest`.
 */
export const TAJIK_THEATRE: Json = {
  terrains: [
    { id: 'river-plain', searchMultiplier: 1, searchMultiplierByMonth: [1, 1, 1, 1, 1, 0.9, 0.9, 0.9, 0.9, 1, 1, 1] },
    { id: 'foothills', searchMultiplier: 0.7, searchMultiplierByMonth: [0.9, 0.9, 0.95, 1, 1, 1, 1, 1, 1, 1, 0.95, 0.9] },
    {
      id: 'mountain',
      searchMultiplier: 0.45,
      searchMultiplierByMonth: [0.7, 0.7, 0.85, 1, 1, 1, 1, 1, 1, 1, 0.85, 0.7],
      passOpenByMonth: [0.5, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5],
    },
    {
      id: 'high-mountain',
      searchMultiplier: 0.3,
      searchMultiplierByMonth: [0.5, 0.5, 0.75, 0.9, 1, 1, 1, 1, 1, 0.9, 0.75, 0.5],
      passOpenByMonth: [0, 0, 0, 0.5, 1, 1, 1, 1, 1, 1, 0.5, 0],
    },
  ],
  rivers: [{ id: 'panj', crossabilityByMonth: [1, 1, 0.9, 0.7, 0.5, 0.4, 0.4, 0.5, 0.7, 0.9, 1, 1] }],
  seasons: [{ id: 'harvest', weightsByMonth: [0, 0, 0, 0.5, 1, 1, 0.5, 0, 0, 0, 0, 0], amplitude: 1 }],
};

/** A sector with length L, neutral ground and the river crossable all year. */
export function sector(id: string, lengthKm: number, extra: Json = {}): Json {
  return { id, name: id, lengthKm, provinceAcross: 'p', depthKm: 2, riverCrossabilityByMonth: ONES, roadSpeedKmPerHour: 200, ...extra };
}

/** A patrol unit at full readiness, quality 1, never tired. */
export function patrol(id: string, location: string, personnel: number, extra: Json = {}): Json {
  return { id, name: id, side: 'guards', personnel, location, role: 'patrol', readiness: 1, quality: 1, fatigue: 0, ...extra };
}

/** An actor present in the given sectors (weights by sector id). */
export function actor(id: string, kind: string, attemptsPerWeek: number, presence: Record<string, number>, extra: Json = {}): Json {
  return { id, name: id, kind, strength: 1_000_000, intent: 1, attemptsPerWeek, presence, displacementSensitivity: 0, ...extra };
}

export interface SyntheticOptions {
  sectors: Json[];
  forces?: Json[];
  actors: Json[];
  bases?: Json[];
  turns?: number;
  start?: string;
  detection?: Json;
  parameters?: Json;
  /** Terrain classes, rivers and seasons (e.g. {@link TAJIK_THEATRE}); default none (neutral). */
  theatre?: Json;
  turnLengthDays?: number;
}

/** Builds, validates and compiles a synthetic scenario. */
export function synthetic(o: SyntheticOptions): CompiledScenario {
  const scenario = parseScenario(
    {
      metadata: { name: 'synthetic' },
      calendar: { start: o.start ?? '2021-01-04', turnLengthDays: o.turnLengthDays ?? 7, turns: o.turns ?? 52 },
      provinces: [{ id: 'p', name: 'P' }],
      ...(o.theatre ?? {}),
      bases: o.bases ?? [],
      sectors: o.sectors,
      forces: o.forces ?? [],
      actors: o.actors,
      parameters: {
        detection: {
          sweepWidthKm: 2,
          patrolSpeedKmPerHour: 5,
          exposureHours: 10,
          personnelPerPatrol: 1,
          sectorDepthKm: 2,
          dutyFraction: 1,
          ...(o.detection ?? {}),
        },
        forces: { fatigueRisePerWeek: 0, fatigueRecoveryPerWeek: 0, readinessRatePerWeek: 0 },
        season: { winterClosedFactor: 1 },
        response: { localNoticeHours: 0 },
        engagement: { defenderPostureMultiplier: 1 },
        ...(o.parameters ?? {}),
      },
    },
    { source: 'synthetic.json' },
  );
  return compileScenario(scenario);
}

/**
 * Tolerance for an observed frequency: 4 standard errors of a binomial proportion, sqrt(p(1-p)/n).
 * With fixed seeds the test is deterministic; 4 sigma means a correct model would fail it for
 * fewer than 1 seed in 15,000, so a failure points at the model, not at bad luck.
 */
export function fourSigma(p: number, n: number): number {
  return 4 * Math.sqrt((p * (1 - p)) / n);
}
