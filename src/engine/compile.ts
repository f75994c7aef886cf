/**
 * Compiling a validated scenario into the flat, numeric form the turn loop reads.
 *
 * Quantities become their nominal numbers, ids become array indices, and an actor's presence
 * (given by sector or by province across) becomes a share per sector. Done once per scenario,
 * so that a turn does no lookups by id and no parsing.
 *
 * @module
 */
import { quantityValue, type Scenario, type Terrain, type ActorKind, type ForceRole } from '../scenario/schema';
import { parseIsoDate } from './calendar';

/** A sector, numeric and by index. */
export interface CompiledSector {
  readonly id: string;
  readonly index: number;
  readonly name: string;
  readonly lengthKm: number;
  readonly terrain: Terrain;
  readonly provinceAcross: string;
  readonly depthKm: number;
  readonly postCount: number;
  readonly postRadiusKm: number;
  readonly sensorDetection: number;
}

/** An actor across the border, numeric and by index. */
export interface CompiledActor {
  readonly id: string;
  readonly index: number;
  readonly name: string;
  readonly kind: ActorKind;
  readonly strength: number;
  readonly intent: number;
  readonly attemptsPerWeek: number;
  /** Share of the actor's attempts made in each sector (sums to 1, or all 0 if present nowhere). */
  readonly sectorShare: Float64Array;
  readonly loadKg: number;
  readonly groupSize: number;
}

/** A force at the start of a run. */
export interface CompiledForce {
  readonly id: string;
  readonly name: string;
  readonly side: string;
  readonly personnel: number;
  readonly location: string;
  readonly role: ForceRole;
  readonly readiness: number;
  readonly fatigue: number;
  readonly quality: number;
  readonly complicity: number;
}

/** The scenario as the turn loop reads it. */
export interface CompiledScenario {
  readonly name: string;
  readonly startDay: number;
  readonly turnLengthDays: number;
  readonly turns: number;
  readonly sectors: readonly CompiledSector[];
  readonly sectorIndex: ReadonlyMap<string, number>;
  readonly actors: readonly CompiledActor[];
  readonly forces: readonly CompiledForce[];
  readonly detection: {
    readonly sweepWidthKm: number;
    readonly patrolSpeedKmPerHour: number;
    readonly exposureHours: number;
    readonly personnelPerPatrol: number;
    readonly sectorDepthKm: number;
    readonly dutyFraction: number;
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
  const p = scenario.parameters.detection;
  const detection = {
    sweepWidthKm: quantityValue(p.sweepWidthKm),
    patrolSpeedKmPerHour: quantityValue(p.patrolSpeedKmPerHour),
    exposureHours: quantityValue(p.exposureHours),
    personnelPerPatrol: quantityValue(p.personnelPerPatrol),
    sectorDepthKm: quantityValue(p.sectorDepthKm),
    dutyFraction: quantityValue(p.dutyFraction),
  };
  const sectors: CompiledSector[] = scenario.sectors.map((s, index) => ({
    id: s.id,
    index,
    name: s.name,
    lengthKm: quantityValue(s.lengthKm),
    terrain: s.terrain,
    provinceAcross: s.provinceAcross,
    depthKm: s.depthKm === undefined ? detection.sectorDepthKm : quantityValue(s.depthKm),
    postCount: s.posts ? quantityValue(s.posts.count) : 0,
    postRadiusKm: s.posts ? quantityValue(s.posts.detectionRadiusKm) : 0,
    sensorDetection: s.sensorDetection === undefined ? 0 : quantityValue(s.sensorDetection),
  }));
  const sectorIndex = new Map(sectors.map((s) => [s.id, s.index] as const));
  const actors: CompiledActor[] = scenario.actors.map((a, index) => ({
    id: a.id,
    index,
    name: a.name,
    kind: a.kind,
    strength: quantityValue(a.strength),
    intent: quantityValue(a.intent),
    attemptsPerWeek: quantityValue(a.attemptsPerWeek),
    sectorShare: presenceShares(a.presence, sectors),
    loadKg: a.loadKg === undefined ? 0 : quantityValue(a.loadKg),
    groupSize: a.groupSize === undefined ? 1 : quantityValue(a.groupSize),
  }));
  const forces: CompiledForce[] = scenario.forces.map((f) => ({
    id: f.id,
    name: f.name,
    side: f.side,
    personnel: quantityValue(f.personnel),
    location: f.location,
    role: f.role,
    readiness: f.readiness === undefined ? 1 : quantityValue(f.readiness),
    fatigue: f.fatigue === undefined ? 0 : quantityValue(f.fatigue),
    quality: f.quality === undefined ? 1 : quantityValue(f.quality),
    complicity: f.complicity === undefined ? 0 : quantityValue(f.complicity),
  }));
  return {
    name: scenario.metadata.name,
    startDay: parseIsoDate(scenario.calendar.start),
    turnLengthDays: scenario.calendar.turnLengthDays,
    turns: scenario.calendar.turns,
    sectors,
    sectorIndex,
    actors,
    forces,
    detection,
  };
}

/**
 * Spreads presence weights onto sectors. A weight on a sector goes to that sector; a weight on a
 * province across goes to the sectors facing it in proportion to their length (an assumption:
 * a longer stretch of river offers more crossing points). Weights are then normalised.
 */
function presenceShares(
  presence: Readonly<Record<string, number | object>>,
  sectors: readonly CompiledSector[],
): Float64Array {
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
