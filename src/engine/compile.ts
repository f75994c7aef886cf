/**
 * Compiling a validated scenario into the flat, numeric form the turn loop reads.
 *
 * Quantities become their nominal numbers, ids become array indices, an actor's presence
 * (given by sector or by province across) becomes a share per sector, and every optional
 * parameter gets its documented default (docs/model.md, "Parameters"). Done once per scenario,
 * so that a turn does no lookups by id and no parsing.
 *
 * @module
 */
import { sectorMidpointsKm, type PlacePosition } from '../model/geography';
import { memoryDecayPerTurn, smoothingWeightFromHalfLife } from '../model/displacement';
import { fatigueRotation, type FatigueRotation } from '../model/forces';
import { compoundPerWeek, DAYS_PER_WEEK, relaxationMeanFactor, turnOfDay, windowTurns } from '../model/time';
// The vocabulary and quantityValue come from modules that import nothing, so that the engine
// (and the Monte Carlo worker) does not load TypeBox; the types are erased.
import { ACTOR_KINDS } from '../scenario/vocabulary';
import { quantityValue } from '../scenario/quantity';
import type { ActorKind, ForceRole, KindBehaviourSpec, LanchesterLawName, QuantityValue, Scenario, Terrain } from '../scenario/schema';
import { parseIsoDate } from './calendar';
import { compileDynamics, type CompiledDynamics } from './compile-dynamics';

/** A sector, numeric and by index. */
export interface CompiledSector {
  readonly id: string;
  readonly index: number;
  readonly name: string;
  readonly lengthKm: number;
  /** The terrain class's id ('' when the sector names none). */
  readonly terrain: Terrain;
  /** The terrain's multiplier on the patrol sweep rate (dimensionless; 1 when undeclared). */
  readonly searchMultiplier: number;
  /** The terrain's sweep-rate multiplier by month, January first, or null (no seasonal effect). */
  readonly searchMultiplierByMonth: readonly number[] | null;
  /** The terrain's share of routes open by month (0-1), January first, or null (open all year). */
  readonly passOpenByMonth: readonly number[] | null;
  readonly provinceAcross: string;
  readonly depthKm: number;
  readonly postCount: number;
  readonly postRadiusKm: number;
  /** Sensor detection chance at the start (0-1); assistance raises it during a run. */
  readonly sensorDetection: number;
  /** River crossability by month, January first (0-1, 12 values), or null (no river: crossable all year). */
  readonly riverByMonth: readonly number[] | null;
  readonly roadSpeedKmPerHour: number;
  readonly position: PlacePosition;
}

/** Behaviour of one actor kind, with defaults filled in. */
export interface CompiledKind {
  readonly displacementSensitivity: number;
  readonly clearanceHours: number;
  readonly apprehendShare: number;
  readonly law: LanchesterLawName;
  readonly fireRatePerHour: number;
  readonly breakpointFraction: number;
  readonly engagementMaxHours: number;
  readonly deterrencePerThousandExercise: number;
}

/** An actor across the border, numeric and by index. */
export interface CompiledActor {
  readonly id: string;
  readonly index: number;
  readonly name: string;
  readonly kind: ActorKind;
  /** Index of the kind in ACTOR_KINDS. */
  readonly kindIndex: number;
  readonly strength: number;
  readonly intent: number;
  readonly attemptsPerWeek: number;
  /** Share of the actor's attempts made in each sector (sums to 1, or all 0 if present nowhere). */
  readonly sectorShare: Float64Array;
  readonly loadKg: number;
  readonly groupSize: number;
  readonly displacementSensitivity: number;
  /** The actor's activity season (seasons[]), or null (flat over the year). */
  readonly season: CompiledSeason | null;
}

/** An activity season (seasons[]): weights by month and amplitude. */
export interface CompiledSeason {
  readonly id: string;
  /** Activity weights by month, January first (0-1, 12 values). */
  readonly weightsByMonth: readonly number[];
  /** Amplitude (dimensionless): the month factor is max(0, 1 + amplitude × (w − mean w)). */
  readonly amplitude: number;
}

/** A force at the start of a run. */
export interface CompiledForce {
  readonly id: string;
  readonly index: number;
  readonly name: string;
  readonly side: string;
  readonly personnel: number;
  readonly location: string;
  readonly role: ForceRole;
  readonly readiness: number;
  readonly readinessTarget: number;
  readonly fatigue: number;
  readonly quality: number;
  readonly complicity: number;
  /** May respond as a quick-reaction force (its role is quick-reaction, or the flag is set). */
  readonly quickReaction: boolean;
  readonly noticeHours: number;
  /** Where the force moves to (a sector or base id), or null. */
  readonly moveTo: string | null;
  /** Turn it leaves for moveTo: the turn whose days include `departDay`. */
  readonly departTurn: number;
  readonly costPerPersonPerWeekUsd: number;
  readonly sortieCostUsd: number;
  /** Political cost of the unit's presence (sovereignty points per 1,000 personnel per week). */
  readonly sovereigntyPerThousandPerWeek: number;
  /** Political cost of each quick-reaction sortie (sovereignty points; set by policy orders). */
  readonly sovereigntyPerSortie: number;
}

/** The scenario as the turn loop reads it. */
export interface CompiledScenario extends CompiledDynamics {
  /** The validated scenario this was compiled from (parameter changes by events recompile it). */
  readonly source: Scenario;
  readonly name: string;
  readonly startDay: number;
  readonly turnLengthDays: number;
  readonly turns: number;
  readonly sectors: readonly CompiledSector[];
  readonly sectorIndex: ReadonlyMap<string, number>;
  readonly actors: readonly CompiledActor[];
  readonly forces: readonly CompiledForce[];
  /** Positions of every place a force can be: sectors and bases, by id. */
  readonly places: ReadonlyMap<string, PlacePosition & { readonly roadSpeedKmPerHour: number }>;
  readonly totalLengthKm: number;
  readonly detection: {
    readonly sweepWidthKm: number;
    readonly patrolSpeedKmPerHour: number;
    readonly exposureHours: number;
    readonly personnelPerPatrol: number;
    readonly sectorDepthKm: number;
    readonly dutyFraction: number;
    readonly searchMode: 'random' | 'exhaustive';
  };
  /** Share of attempts still made over a closed route (terrains' pass tables). */
  readonly season: { readonly winterClosedFactor: number };
  /** Weight λ of a turn's observation in an actor's memory: 1 − 2^(−turnLengthDays / half-life in days). */
  readonly memoryWeight: number;
  /** What a turn leaves of the attempts an actor remembers: 2^(−turnLengthDays / half-life in days). */
  readonly memoryDecay: number;
  /**
   * The forces' weekly rates as one turn's (docs/model.md, "Time"): each compounded over the
   * turn's weeks, so that a year of short or long turns follows the same path.
   */
  readonly forceDynamics: {
    /** The weekly rates as given (a 7-day turn applies them as they are). */
    readonly fatigueRisePerWeek: number;
    readonly fatigueRecoveryPerWeek: number;
    /** Fatigue rise over one turn of moving (units on the road only tire): 1 − (1 − ρ)^(d/7). */
    readonly fatigueRisePerTurn: number;
    /** Fatigue shed over one turn of rest: 1 − (1 − κ)^(d/7). */
    readonly fatigueRecoveryPerTurn: number;
    /** Fatigue of units that rotate on duty (patrol, exercise) over one turn. */
    readonly rotation: FatigueRotation;
    /** Their fatigue's mean over the turn: settle + (f − settle) × this (time.ts, relaxationMeanFactor). */
    readonly rotationMean: number;
    /** Share of the gap to target readiness closed in one turn: 1 − (1 − η)^(d/7). */
    readonly readinessRatePerTurn: number;
    /** Hours a unit on the move drives in one turn: hours a day × days a turn. */
    readonly movementHoursPerTurn: number;
    readonly roadSpeedKmPerHour: number;
  };
  /** Weeks in a turn (turnLengthDays / 7). */
  readonly weeks: number;
  readonly response: {
    readonly respondersPerIncident: number;
    readonly localNoticeHours: number;
    readonly quickReactionRespondersPerIncident: number;
    readonly quickReactionReachKm: number;
  };
  readonly engagement: {
    readonly defenderFireRatePerHour: number;
    readonly defenderBreakpointFraction: number;
    readonly defenderPostureMultiplier: number;
  };
  /** Exercise forces deter while at most this far from the border (km). */
  readonly exerciseRangeKm: number;
  readonly assistance: {
    readonly sensorCap: number;
    /** Share of the gap to the cap closed per week with the full rate (advisors present). */
    readonly sensorGainPerWeek: number;
    /** The same over one turn: 1 − (1 − γ)^(d/7). */
    readonly sensorGainPerTurn: number;
    readonly qualityCap: number;
    readonly qualityGainPerWeek: number;
    readonly qualityGainPerTurn: number;
    /** Mean over a turn with advisors present of the gap to the cap, as a share of its start (sensors, quality). */
    readonly sensorMean: number;
    readonly qualityMean: number;
    /** Budget giving one sector the full gain rates (USD/sector/week). */
    readonly usdPerSectorPerWeek: number;
  };
  /** Behaviour by kind, in ACTOR_KINDS order. */
  readonly kinds: readonly CompiledKind[];
  /** The conflict share's window in turns: `parameters.metrics.conflictWindowDays` at the nearest turn boundary, at least 1. */
  readonly conflictWindowTurns: number;
}

/** Defaults of every optional parameter (docs/model.md, "Parameters"). */
export const DEFAULTS = {
  seasonAmplitude: 1,
  terrainSearchMultiplier: 1,
  winterClosedFactor: 0.1,
  memoryHalfLifeDays: 28,
  fatigueRisePerWeek: 0.1,
  fatigueRecoveryPerWeek: 0.3,
  readinessRatePerWeek: 0.1,
  movementHoursPerDay: 8,
  roadSpeedKmPerHour: 30,
  respondersPerIncident: 10,
  localNoticeHours: 0.5,
  quickReactionRespondersPerIncident: 30,
  quickReactionNoticeHours: 1,
  quickReactionReachKm: 500,
  defenderFireRatePerHour: 0.3,
  defenderBreakpointFraction: 0.5,
  defenderPostureMultiplier: 1.5,
  exerciseRangeKm: 50,
  sensorCap: 0.2,
  sensorGainPerWeek: 0.02,
  qualityCap: 0.8,
  qualityGainPerWeek: 0.02,
  usdPerSectorPerWeek: 10_000,
  costPerPersonPerWeekUsd: 50,
  sortieCostUsd: 5000,
  conflictWindowDays: 28,
} as const;

/** Default behaviour of each actor kind (assumptions; docs/model.md §9). */
export const DEFAULT_KINDS: Readonly<Record<ActorKind, CompiledKind>> = {
  'armed-group': {
    displacementSensitivity: 1,
    clearanceHours: 4,
    apprehendShare: 0,
    law: 'square',
    fireRatePerHour: 0.25,
    breakpointFraction: 0.5,
    engagementMaxHours: 6,
    deterrencePerThousandExercise: 0.1,
  },
  smuggling: {
    displacementSensitivity: 2,
    clearanceHours: 6,
    apprehendShare: 1,
    law: 'square',
    fireRatePerHour: 0,
    breakpointFraction: 0,
    engagementMaxHours: 1,
    deterrencePerThousandExercise: 0,
  },
  refugees: {
    displacementSensitivity: 0,
    clearanceHours: 12,
    apprehendShare: 0.5,
    law: 'square',
    fireRatePerHour: 0,
    breakpointFraction: 0,
    engagementMaxHours: 1,
    deterrencePerThousandExercise: 0,
  },
  recruits: {
    displacementSensitivity: 0.5,
    clearanceHours: 6,
    apprehendShare: 0.8,
    law: 'square',
    fireRatePerHour: 0,
    breakpointFraction: 0,
    engagementMaxHours: 1,
    deterrencePerThousandExercise: 0,
  },
};

const q = (v: QuantityValue | undefined, fallback: number): number => (v === undefined ? fallback : quantityValue(v));

function compileKind(spec: KindBehaviourSpec | undefined, d: CompiledKind): CompiledKind {
  return {
    displacementSensitivity: q(spec?.displacementSensitivity, d.displacementSensitivity),
    clearanceHours: q(spec?.clearanceHours, d.clearanceHours),
    apprehendShare: q(spec?.apprehendShare, d.apprehendShare),
    law: spec?.lanchesterLaw ?? d.law,
    fireRatePerHour: q(spec?.fireRatePerHour, d.fireRatePerHour),
    breakpointFraction: q(spec?.breakpointFraction, d.breakpointFraction),
    engagementMaxHours: q(spec?.engagementMaxHours, d.engagementMaxHours),
    deterrencePerThousandExercise: q(spec?.deterrencePerThousandExercise, d.deterrencePerThousandExercise),
  };
}

/**
 * Compiles a validated scenario.
 *
 * @example
 * const compiled = compileScenario(loadScenario('scenarios/tajik-afghan-2021.json'));
 * compiled.sectors.length; // 12
 */
export function compileScenario(scenario: Scenario): CompiledScenario {
  const P = scenario.parameters;
  const p = P.detection;
  const detection = {
    sweepWidthKm: quantityValue(p.sweepWidthKm),
    patrolSpeedKmPerHour: quantityValue(p.patrolSpeedKmPerHour),
    exposureHours: quantityValue(p.exposureHours),
    personnelPerPatrol: quantityValue(p.personnelPerPatrol),
    sectorDepthKm: quantityValue(p.sectorDepthKm),
    dutyFraction: quantityValue(p.dutyFraction),
    searchMode: p.searchMode ?? 'random',
  };
  const days = scenario.calendar.turnLengthDays;
  const weeks = days / DAYS_PER_WEEK;
  const rise = q(P.forces?.fatigueRisePerWeek, DEFAULTS.fatigueRisePerWeek);
  const recovery = q(P.forces?.fatigueRecoveryPerWeek, DEFAULTS.fatigueRecoveryPerWeek);
  const forceDynamics = {
    fatigueRisePerWeek: rise,
    fatigueRecoveryPerWeek: recovery,
    fatigueRisePerTurn: compoundPerWeek(rise, weeks),
    fatigueRecoveryPerTurn: compoundPerWeek(recovery, weeks),
    rotation: fatigueRotation(rise, recovery, weeks),
    rotationMean: relaxationMeanFactor(fatigueRotation(rise, recovery, weeks).keep),
    readinessRatePerTurn: compoundPerWeek(q(P.forces?.readinessRatePerWeek, DEFAULTS.readinessRatePerWeek), weeks),
    movementHoursPerTurn: q(P.forces?.movementHoursPerDay, DEFAULTS.movementHoursPerDay) * days,
    roadSpeedKmPerHour: q(P.forces?.roadSpeedKmPerHour, DEFAULTS.roadSpeedKmPerHour),
  };
  const theatre = compileTheatre(scenario);
  const lengths = scenario.sectors.map((s) => quantityValue(s.lengthKm));
  const midpoints = sectorMidpointsKm(lengths);
  const sectors: CompiledSector[] = scenario.sectors.map((s, index) => ({
    id: s.id,
    index,
    name: s.name,
    lengthKm: lengths[index] ?? 0,
    ...theatre.ground(s),
    provinceAcross: s.provinceAcross,
    depthKm: s.depthKm === undefined ? detection.sectorDepthKm : quantityValue(s.depthKm),
    postCount: s.posts ? quantityValue(s.posts.count) : 0,
    postRadiusKm: s.posts ? quantityValue(s.posts.detectionRadiusKm) : 0,
    sensorDetection: q(s.sensorDetection, 0),
    roadSpeedKmPerHour: q(s.roadSpeedKmPerHour, forceDynamics.roadSpeedKmPerHour),
    position: { alongBorderKm: q(s.alongBorderKm, midpoints[index] ?? 0), fromBorderKm: 0 },
  }));
  const sectorIndex = new Map(sectors.map((s) => [s.id, s.index] as const));
  const places = new Map<string, PlacePosition & { roadSpeedKmPerHour: number }>();
  for (const s of sectors) places.set(s.id, { ...s.position, roadSpeedKmPerHour: s.roadSpeedKmPerHour });
  for (const b of scenario.bases ?? []) {
    places.set(b.id, {
      alongBorderKm: quantityValue(b.alongBorderKm),
      fromBorderKm: quantityValue(b.fromBorderKm),
      roadSpeedKmPerHour: forceDynamics.roadSpeedKmPerHour,
    });
  }
  const kinds = ACTOR_KINDS.map((k) => compileKind(P.kinds?.[k], DEFAULT_KINDS[k]));
  const actors: CompiledActor[] = scenario.actors.map((a, index) => {
    const kindIndex = ACTOR_KINDS.indexOf(a.kind);
    return {
      id: a.id,
      index,
      name: a.name,
      kind: a.kind,
      kindIndex,
      strength: quantityValue(a.strength),
      intent: quantityValue(a.intent),
      attemptsPerWeek: quantityValue(a.attemptsPerWeek),
      sectorShare: presenceShares(a.presence, sectors),
      loadKg: a.kind === 'smuggling' ? q(a.loadKg, 0) : 0,
      groupSize: q(a.groupSize, 1),
      displacementSensitivity: q(a.displacementSensitivity, kinds[kindIndex]?.displacementSensitivity ?? 0),
      season: a.season === undefined ? null : (theatre.seasons.get(a.season) ?? null),
    };
  });
  const forceOf = (f: Scenario['forces'][number], index: number) => compileForce(f, index, P, days);
  const forces: CompiledForce[] = scenario.forces.map(forceOf);
  const startDay = parseIsoDate(scenario.calendar.start);
  const base = {
    source: scenario,
    name: scenario.metadata.name,
    startDay,
    turnLengthDays: scenario.calendar.turnLengthDays,
    turns: scenario.calendar.turns,
    sectors,
    sectorIndex,
    actors,
    forces,
    places,
    totalLengthKm: lengths.reduce((a, b) => a + b, 0),
    detection,
    season: { winterClosedFactor: q(P.season?.winterClosedFactor, DEFAULTS.winterClosedFactor) },
    // A half-life of h days is one of h / d turns.
    memoryWeight: smoothingWeightFromHalfLife(q(P.displacement?.memoryHalfLifeDays, DEFAULTS.memoryHalfLifeDays) / days),
    memoryDecay: memoryDecayPerTurn(q(P.displacement?.memoryHalfLifeDays, DEFAULTS.memoryHalfLifeDays), days),
    forceDynamics,
    weeks,
    response: {
      respondersPerIncident: q(P.response?.respondersPerIncident, DEFAULTS.respondersPerIncident),
      localNoticeHours: q(P.response?.localNoticeHours, DEFAULTS.localNoticeHours),
      quickReactionRespondersPerIncident: q(P.response?.quickReactionRespondersPerIncident, DEFAULTS.quickReactionRespondersPerIncident),
      quickReactionReachKm: q(P.response?.quickReactionReachKm, DEFAULTS.quickReactionReachKm),
    },
    engagement: {
      defenderFireRatePerHour: q(P.engagement?.defenderFireRatePerHour, DEFAULTS.defenderFireRatePerHour),
      defenderBreakpointFraction: q(P.engagement?.defenderBreakpointFraction, DEFAULTS.defenderBreakpointFraction),
      defenderPostureMultiplier: q(P.engagement?.defenderPostureMultiplier, DEFAULTS.defenderPostureMultiplier),
    },
    exerciseRangeKm: q(P.deterrence?.exerciseRangeKm, DEFAULTS.exerciseRangeKm),
    assistance: {
      sensorCap: q(P.assistance?.sensorCap, DEFAULTS.sensorCap),
      sensorGainPerWeek: q(P.assistance?.sensorGainPerWeek, DEFAULTS.sensorGainPerWeek),
      sensorGainPerTurn: compoundPerWeek(q(P.assistance?.sensorGainPerWeek, DEFAULTS.sensorGainPerWeek), weeks),
      qualityCap: q(P.assistance?.qualityCap, DEFAULTS.qualityCap),
      qualityGainPerWeek: q(P.assistance?.qualityGainPerWeek, DEFAULTS.qualityGainPerWeek),
      qualityGainPerTurn: compoundPerWeek(q(P.assistance?.qualityGainPerWeek, DEFAULTS.qualityGainPerWeek), weeks),
      sensorMean: relaxationMeanFactor(1 - compoundPerWeek(q(P.assistance?.sensorGainPerWeek, DEFAULTS.sensorGainPerWeek), weeks)),
      qualityMean: relaxationMeanFactor(1 - compoundPerWeek(q(P.assistance?.qualityGainPerWeek, DEFAULTS.qualityGainPerWeek), weeks)),
      usdPerSectorPerWeek: q(P.assistance?.usdPerSectorPerWeek, DEFAULTS.usdPerSectorPerWeek),
    },
    kinds,
    conflictWindowTurns: windowTurns(q(P.metrics?.conflictWindowDays, DEFAULTS.conflictWindowDays), days),
  };
  return {
    ...base,
    ...compileDynamics(scenario, {
      startDay,
      turnLengthDays: scenario.calendar.turnLengthDays,
      sectors,
      forces,
      compileForce: forceOf,
      presenceShares: (p) => presenceShares(p, sectors),
      places,
    }),
  };
}

const values = (table: readonly QuantityValue[] | undefined): readonly number[] | null => (table === undefined ? null : table.map((v) => quantityValue(v)));

/**
 * The theatre a scenario declares (terrains, rivers, seasons), as what a sector and an actor
 * read: a sector's ground (terrain multipliers, pass table, river table) and the seasons by id.
 * Whatever the scenario does not declare is neutral: the engine has no table of its own.
 */
function compileTheatre(scenario: Scenario): {
  ground: (
    s: Scenario['sectors'][number],
  ) => Pick<CompiledSector, 'terrain' | 'searchMultiplier' | 'searchMultiplierByMonth' | 'passOpenByMonth' | 'riverByMonth'>;
  seasons: ReadonlyMap<string, CompiledSeason>;
} {
  const terrains = new Map((scenario.terrains ?? []).map((t) => [t.id, t] as const));
  const rivers = new Map((scenario.rivers ?? []).map((r) => [r.id, values(r.crossabilityByMonth)] as const));
  const seasons = new Map(
    (scenario.seasons ?? []).map(
      (x) => [x.id, { id: x.id, weightsByMonth: values(x.weightsByMonth) ?? [], amplitude: q(x.amplitude, DEFAULTS.seasonAmplitude) }] as const,
    ),
  );
  return {
    ground: (s) => {
      const t = s.terrain === undefined ? undefined : terrains.get(s.terrain);
      const own = values(s.riverCrossabilityByMonth);
      return {
        terrain: s.terrain ?? '',
        searchMultiplier: q(t?.searchMultiplier, DEFAULTS.terrainSearchMultiplier),
        searchMultiplierByMonth: values(t?.searchMultiplierByMonth),
        passOpenByMonth: values(t?.passOpenByMonth),
        riverByMonth: own ?? (s.river === undefined ? null : (rivers.get(s.river) ?? null)),
      };
    },
    seasons,
  };
}

/** A unit of the scenario (or one an event adds) with every default filled in. */
export function compileForce(f: Scenario['forces'][number], index: number, P: Scenario['parameters'], turnLengthDays: number): CompiledForce {
  const costs = P.costs;
  const readiness = q(f.readiness, 1);
  return {
    id: f.id,
    index,
    name: f.name,
    side: f.side,
    personnel: Math.floor(quantityValue(f.personnel)),
    location: f.location,
    role: f.role,
    readiness,
    readinessTarget: q(f.readinessTarget, readiness),
    fatigue: q(f.fatigue, 0),
    quality: q(f.quality, 1),
    complicity: q(f.complicity, 0),
    quickReaction: f.role === 'quick-reaction' || f.quickReaction === true,
    noticeHours: q(f.noticeHours, q(P.response?.quickReactionNoticeHours, DEFAULTS.quickReactionNoticeHours)),
    moveTo: f.moveTo ?? null,
    departTurn: turnOfDay(q(f.departDay, 0), turnLengthDays),
    costPerPersonPerWeekUsd: q(f.costPerPersonPerWeekUsd, q(costs?.costPerPersonPerWeekUsd, DEFAULTS.costPerPersonPerWeekUsd)),
    sortieCostUsd: q(f.sortieCostUsd, q(costs?.sortieCostUsd, DEFAULTS.sortieCostUsd)),
    sovereigntyPerThousandPerWeek: q(f.sovereigntyPerThousandPerWeek, 0),
    sovereigntyPerSortie: 0,
  };
}

/**
 * Spreads presence weights onto sectors. A weight on a sector goes to that sector; a weight on a
 * province across goes to the sectors facing it in proportion to their length (an assumption:
 * a longer stretch of river offers more crossing points). Weights are then normalised.
 */
export function presenceShares(presence: Readonly<Record<string, number | object>>, sectors: readonly CompiledSector[]): Float64Array {
  const share = new Float64Array(sectors.length);
  // Sorted keys: the result must not depend on the key order of the file.
  for (const key of Object.keys(presence).sort()) {
    const weight = quantityValue(presence[key] as Parameters<typeof quantityValue>[0]);
    if (!(weight > 0)) continue;
    const direct = sectors.find((s) => s.id === key);
    if (direct) {
      share[direct.index] = (share[direct.index] ?? 0) + weight;
      continue;
    }
    const facing = sectors.filter((s) => s.provinceAcross === key);
    const length = facing.reduce((sum, s) => sum + s.lengthKm, 0);
    for (const s of facing) share[s.index] = (share[s.index] ?? 0) + (weight * s.lengthKm) / length;
  }
  let total = 0;
  for (const w of share) total += w;
  if (total > 0) for (let i = 0; i < share.length; i++) share[i] = (share[i] ?? 0) / total;
  return share;
}
