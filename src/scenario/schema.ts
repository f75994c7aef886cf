/**
 * The scenario format: one TypeBox definition that is both the JSON Schema (draft 2020-12)
 * shipped as `scenarios/scenario.schema.json` and the TypeScript types of the library.
 *
 * Conventions, so that a scenario file reads like a sourced brief:
 * - every numeric model parameter carries its unit in its name (`lengthKm`, `attemptsPerWeek`);
 * - a numeric parameter is a {@link Quantity}: a plain number, `{ "value": .., "source": .. }`,
 *   or a range `{ "min": .., "max": .., "value"?: .., "source": .. }` that sweeps sample;
 * - ids are lower-case slugs, so that they can key maps and never collide with `__proto__`;
 * - arrays of sectors run from west to east.
 *
 * @module
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** The `$id` under which the schema is published. */
export const SCHEMA_ID = 'https://frontier-sim.dev/schema/scenario.schema.json';

/** Limits that keep a run bounded in time and memory; documented in docs/scenarios.md. */
export const LIMITS = {
  sectors: 20_000,
  forces: 20_000,
  actors: 1_000,
  turns: 5_200,
  /** Largest personnel, strength or count any field accepts. */
  count: 1e7,
  /** Largest attempt rate per week any actor may have. */
  attemptsPerWeek: 1e6,
  lengthKm: 100_000,
} as const;

const ID_PATTERN = '^[a-z0-9][a-z0-9_-]{0,63}$';

/** A stable identifier: lower-case letters, digits, '-' and '_', at most 64 characters. */
export const Id = Type.String({
  pattern: ID_PATTERN,
  description: "A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).",
});

interface QuantityOptions {
  minimum?: number;
  maximum: number;
  exclusiveMinimum?: number;
  unit: string;
  description: string;
}

/**
 * A numeric parameter with a unit: a number, a sourced value, or a range for sweeps.
 * The nominal value of a range without `value` is its midpoint.
 */
export function Quantity(o: QuantityOptions) {
  const bounds: Record<string, number> = { maximum: o.maximum };
  if (o.exclusiveMinimum !== undefined) bounds.exclusiveMinimum = o.exclusiveMinimum;
  else bounds.minimum = o.minimum ?? 0;
  const num = Type.Number(bounds);
  const meta = {
    source: Type.Optional(Type.String({ description: 'Where the figure comes from (DOMAIN.md citation), or "assumption".' })),
    note: Type.Optional(Type.String()),
  };
  return Type.Union(
    [
      num,
      Type.Object({ value: num, ...meta }, { additionalProperties: false }),
      Type.Object(
        { min: num, max: num, value: Type.Optional(num), ...meta },
        { additionalProperties: false, description: 'A range that sweeps sample; value (default: midpoint) is the nominal.' },
      ),
    ],
    { description: `${o.description} Unit: ${o.unit}.`, unit: o.unit },
  );
}

/** Any Quantity, whatever its bounds: what engine code reads through `quantityValue`. */
export type QuantityValue = number | { value: number; source?: string; note?: string } | { min: number; max: number; value?: number; source?: string; note?: string };

const Probability = (description: string) => Quantity({ minimum: 0, maximum: 1, unit: 'probability (0-1)', description });
const Fraction = (description: string) => Quantity({ minimum: 0, maximum: 1, unit: 'fraction (0-1)', description });

const opt = <T extends TSchema>(t: T) => Type.Optional(t);

export const TERRAIN = ['river-plain', 'foothills', 'mountain', 'high-mountain'] as const;
export const ACTOR_KINDS = ['armed-group', 'smuggling', 'refugees', 'recruits'] as const;
export const FORCE_ROLES = ['patrol', 'quick-reaction', 'garrison', 'exercise', 'advisory'] as const;
export const LANCHESTER_LAWS = ['square', 'linear'] as const;
export const SEARCH_MODES = ['random', 'exhaustive'] as const;

/** Twelve monthly values, January first. */
const Monthly = (description: string) =>
  Type.Array(Fraction(description), { minItems: 12, maxItems: 12, description: `${description} Twelve values, January first.` });

const Source = Type.Object(
  {
    id: Id,
    citation: Type.String({ minLength: 1, description: 'Author, title, date.' }),
    url: opt(Type.String()),
  },
  { additionalProperties: false },
);

const Metadata = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    description: opt(Type.String()),
    era: opt(Type.String()),
    sources: opt(Type.Array(Source, { maxItems: 500 })),
  },
  { additionalProperties: false },
);

const Calendar = Type.Object(
  {
    start: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description: 'Date of the first turn, YYYY-MM-DD.' }),
    turnLengthDays: Type.Integer({ minimum: 1, maximum: 366, description: 'Length of one turn. Unit: days.' }),
    turns: Type.Integer({ minimum: 1, maximum: LIMITS.turns, description: 'Number of turns a run lasts.' }),
  },
  { additionalProperties: false },
);

const Province = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    country: opt(Type.String()),
    controlledBy: opt(Type.String({ description: 'Who holds the province (e.g. "taliban", "republic").' })),
  },
  { additionalProperties: false },
);

const Base = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    alongBorderKm: Quantity({ maximum: LIMITS.lengthKm, unit: 'km', description: 'Position along the border from its western end.' }),
    fromBorderKm: Quantity({ maximum: 2_000, unit: 'km', description: 'Road distance from the border.' }),
  },
  { additionalProperties: false },
);

const Posts = Type.Object(
  {
    count: Quantity({ maximum: 10_000, unit: 'posts', description: 'Fixed border posts in the sector.' }),
    detectionRadiusKm: Quantity({ maximum: 100, unit: 'km', description: 'Radius within which a post detects a crossing.' }),
  },
  { additionalProperties: false },
);

const Sector = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    lengthKm: Quantity({ exclusiveMinimum: 0, maximum: LIMITS.lengthKm, unit: 'km', description: 'Length of the border in the sector.' }),
    terrain: Type.Union(TERRAIN.map((t) => Type.Literal(t)), { description: 'Terrain class.' }),
    provinceAcross: Id,
    depthKm: opt(Quantity({ exclusiveMinimum: 0, maximum: 1_000, unit: 'km', description: 'Depth of the strip in which a crosser can be met.' })),
    posts: opt(Posts),
    sensorDetection: opt(Probability('Chance that the sector\'s sensors detect an attempt.')),
    roadSpeedKmPerHour: opt(Quantity({ exclusiveMinimum: 0, maximum: 200, unit: 'km/h', description: 'Speed of reinforcements on the sector\'s roads (its road access); default parameters.forces.roadSpeedKmPerHour.' })),
    riverCrossabilityByMonth: opt(Monthly('Ease of crossing the river in the sector by month (0 impassable, 1 easiest); default parameters.season.riverCrossabilityByMonth.')),
    alongBorderKm: opt(Quantity({ maximum: LIMITS.lengthKm, unit: 'km', description: 'Position of the sector\'s midpoint along the border from its western end; default: from the cumulative lengths of the sectors listed before it.' })),
  },
  { additionalProperties: false },
);

const Force = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    side: Id,
    personnel: Quantity({ maximum: LIMITS.count, unit: 'persons', description: 'Personnel in the unit.' }),
    location: Type.String({ pattern: ID_PATTERN, description: 'A sector id or a base id.' }),
    role: Type.Union(FORCE_ROLES.map((r) => Type.Literal(r))),
    readiness: opt(Fraction('Share of the unit fit for duty.')),
    fatigue: opt(Fraction('Fatigue at the start (0 rested, 1 exhausted).')),
    quality: opt(Fraction('Training and equipment, scaling search effectiveness.')),
    complicity: opt(Probability('Chance that a detected load is let through.')),
    readinessTarget: opt(Fraction('Readiness the unit tends to in its situation; default its starting readiness.')),
    quickReaction: opt(Type.Boolean({ description: 'May act as a quick-reaction force (respond to detected crossings in sectors within reach) although its role is not quick-reaction, e.g. the 201st base if a policy allows it. Default false; a quick-reaction role always may.' })),
    noticeHours: opt(Quantity({ maximum: 1_000, unit: 'h', description: 'Time from a call for help to moving out (alerting, political decision); default parameters.response.quickReactionNoticeHours.' })),
    moveTo: opt(Type.String({ pattern: ID_PATTERN, description: 'A sector id or base id the unit moves to, leaving at departTurn; the move takes turns that follow from distance and road access.' })),
    departTurn: opt(Quantity({ maximum: LIMITS.turns, unit: 'turns', description: 'Turn (from 0) at which the unit leaves for moveTo; rounded down. Default 0.' })),
    costPerPersonPerWeekUsd: opt(Quantity({ maximum: 1e6, unit: 'USD/person/week', description: 'Upkeep of one person of the unit; default parameters.costs.costPerPersonPerWeekUsd.' })),
    sortieCostUsd: opt(Quantity({ maximum: 1e9, unit: 'USD/sortie', description: 'Cost of one quick-reaction sortie by the unit, political cost included as a money equivalent; default parameters.costs.sortieCostUsd.' })),
  },
  { additionalProperties: false },
);

const Actor = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    kind: Type.Union(ACTOR_KINDS.map((k) => Type.Literal(k))),
    strength: Quantity({ maximum: LIMITS.count, unit: 'persons', description: 'Fighters, couriers or people the actor counts.' }),
    intent: Probability('Intent to cross (0 none, 1 full).'),
    attemptsPerWeek: Quantity({ maximum: LIMITS.attemptsPerWeek, unit: 'attempts/week', description: 'Crossing attempts a week across the whole border at intent 1 and no seasonal or deterrent effect.' }),
    presence: Type.Record(Type.String({ pattern: ID_PATTERN }), Quantity({ maximum: 1e6, unit: 'relative weight', description: 'Weight of a sector or province across in where attempts are made.' }), {
      description: 'Where the actor is present, by sector id or province id (a province spreads over its sectors by length).',
      maxProperties: 20_000,
    }),
    loadKg: opt(Quantity({ maximum: 100_000, unit: 'kg', description: 'Narcotics carried by one smuggling attempt.' })),
    groupSize: opt(Quantity({ minimum: 1, maximum: 100_000, unit: 'persons', description: 'People in one crossing attempt.' })),
    displacementSensitivity: opt(Quantity({ maximum: 100, unit: 'per unit interdiction rate', description: 'How strongly the actor routes attempts away from sectors it remembers as well interdicted (logit θ; 0 = no adaptation); default parameters.kinds.<kind>.displacementSensitivity.' })),
  },
  { additionalProperties: false },
);

const DetectionParameters = Type.Object(
  {
    sweepWidthKm: Quantity({ maximum: 100, unit: 'km', description: 'Koopman sweep width of one patrol.' }),
    patrolSpeedKmPerHour: Quantity({ maximum: 200, unit: 'km/h', description: 'Speed of a patrol while searching.' }),
    exposureHours: Quantity({ exclusiveMinimum: 0, maximum: 1_000, unit: 'h', description: 'Hours a crossing spends inside the searched strip, exposed to patrols (the t of Koopman\'s formula).' }),
    personnelPerPatrol: Quantity({ minimum: 1, maximum: 1_000, unit: 'persons', description: 'Personnel in one patrol.' }),
    sectorDepthKm: Quantity({ exclusiveMinimum: 0, maximum: 1_000, unit: 'km', description: 'Default depth of the strip in which a crosser can be met.' }),
    dutyFraction: Fraction('Share of patrol personnel out searching at any moment (shifts, rest, duties).'),
    searchMode: opt(Type.Union(SEARCH_MODES.map((m) => Type.Literal(m)), { description: 'Patrol search law: random (Koopman, 1 - exp(-z), default) or exhaustive (parallel sweep, min(1, z)).' })),
  },
  { additionalProperties: false },
);

const SeasonParameters = Type.Object(
  {
    harvestAmplitude: opt(Quantity({ maximum: 4, unit: 'dimensionless', description: 'Strength of the opium-harvest seasonality of smuggling (0 none; 1 gives 1.75 in May-June, 0.75 Aug-Mar). Default 1.' })),
    winterClosedFactor: opt(Fraction('Share of attempts still made over a snow-closed pass. Default 0.1.')),
    riverCrossabilityByMonth: opt(Monthly('Default river crossability by month for sectors that give none.')),
  },
  { additionalProperties: false },
);

const DisplacementParameters = Type.Object(
  {
    memoryHalfLifeTurns: opt(Quantity({ maximum: 1_000, unit: 'turns', description: 'Half-life of an actor\'s memory of each sector\'s interdiction rate (0 = only the last turn counts). Default 4.' })),
  },
  { additionalProperties: false },
);

const ForceParameters = Type.Object(
  {
    fatigueRisePerTurn: opt(Fraction('Share of the gap to exhaustion closed per deployed turn (patrol, exercise, moving). Default 0.1.')),
    fatigueRecoveryPerTurn: opt(Fraction('Share of fatigue shed per turn of rest (patrols rotate: they rise, then recover, each turn). Default 0.3.')),
    readinessRatePerTurn: opt(Fraction('Share of the gap to the target readiness closed per turn. Default 0.1.')),
    movementHoursPerTurn: opt(Quantity({ exclusiveMinimum: 0, maximum: 8_784, unit: 'h/turn', description: 'Hours a unit can move in one turn. Default 8.' })),
    roadSpeedKmPerHour: opt(Quantity({ exclusiveMinimum: 0, maximum: 200, unit: 'km/h', description: 'Road speed where a sector gives none (and at bases). Default 30.' })),
  },
  { additionalProperties: false },
);

const ResponseParameters = Type.Object(
  {
    respondersPerIncident: opt(Quantity({ minimum: 1, maximum: LIMITS.count, unit: 'persons', description: 'Guards of the sector who meet one detected crossing (a reaction team). Default 10.' })),
    localNoticeHours: opt(Quantity({ maximum: 1_000, unit: 'h', description: 'Time for a sector\'s reaction team to move out. Default 0.5.' })),
    quickReactionRespondersPerIncident: opt(Quantity({ minimum: 1, maximum: LIMITS.count, unit: 'persons', description: 'Personnel a quick-reaction force sends to one detected crossing. Default 30.' })),
    quickReactionNoticeHours: opt(Quantity({ maximum: 1_000, unit: 'h', description: 'Default notice time of a quick-reaction force. Default 1.' })),
    quickReactionReachKm: opt(Quantity({ maximum: LIMITS.lengthKm, unit: 'km', description: 'Road distance beyond which a quick-reaction force does not respond. Default 500.' })),
  },
  { additionalProperties: false },
);

const EngagementParameters = Type.Object(
  {
    defenderFireRatePerHour: opt(Quantity({ maximum: 1e3, unit: 'casualties per defender per hour (square law) or per pair per hour (linear law)', description: 'Lanchester attrition rate of fully ready, rested, quality-1 guards on crossers. Default 0.3.' })),
    defenderBreakpointFraction: opt(Quantity({ maximum: 0.99, unit: 'fraction (0-0.99)', description: 'Guards break off when reduced to this share of their starting strength. Default 0.5.' })),
    defenderPostureMultiplier: opt(Quantity({ maximum: 100, unit: 'dimensionless', description: 'Multiplier on the guards\' rate for fighting from prepared positions. Default 1.5.' })),
  },
  { additionalProperties: false },
);

const DeterrenceParameters = Type.Object(
  {
    exerciseRangeKm: opt(Quantity({ maximum: 2_000, unit: 'km', description: 'Exercise forces deter only while stationed at most this far from the border (a drill 20 km away is seen across the river; one in the capital is not). Default 50.' })),
  },
  { additionalProperties: false },
);

const AssistanceParameters = Type.Object(
  {
    sensorCap: opt(Probability('Sensor detection chance that technical assistance builds toward in a sector with advisors. Default 0.2.')),
    sensorGainPerTurn: opt(Fraction('Share of the gap to sensorCap closed per turn with advisors present. Default 0.02.')),
    qualityCap: opt(Fraction('Quality that training by advisors builds toward for patrol units in their sector. Default 0.8.')),
    qualityGainPerTurn: opt(Fraction('Share of the gap to qualityCap closed per turn with advisors present. Default 0.02.')),
  },
  { additionalProperties: false },
);

const CostParameters = Type.Object(
  {
    costPerPersonPerWeekUsd: opt(Quantity({ maximum: 1e6, unit: 'USD/person/week', description: 'Default upkeep of one person. Default 50.' })),
    sortieCostUsd: opt(Quantity({ maximum: 1e9, unit: 'USD/sortie', description: 'Default cost of one quick-reaction sortie. Default 5,000.' })),
  },
  { additionalProperties: false },
);

const KindBehaviour = Type.Object(
  {
    displacementSensitivity: opt(Quantity({ maximum: 100, unit: 'per unit interdiction rate', description: 'Logit sensitivity θ of route choice to remembered interdiction rates (0 = no adaptation).' })),
    clearanceHours: opt(Quantity({ exclusiveMinimum: 0, maximum: 10_000, unit: 'h', description: 'Mean time a detected crossing needs to clear the border zone; a response arrives in time with exp(-delay / clearanceHours).' })),
    apprehendShare: opt(Fraction('Of the people a response stops, the share apprehended (for refugees: received); the rest are turned back.')),
    lanchesterLaw: opt(Type.Union(LANCHESTER_LAWS.map((l) => Type.Literal(l)), { description: 'Fire model of engagements with this kind: square (aimed fire) or linear (area fire).' })),
    fireRatePerHour: opt(Quantity({ maximum: 1e3, unit: 'casualties per crosser per hour (square law) or per pair per hour (linear law)', description: 'Lanchester attrition rate of this kind on the guards.' })),
    breakpointFraction: opt(Quantity({ maximum: 0.99, unit: 'fraction (0-0.99)', description: 'A crossing group breaks off when reduced to this share of its starting strength.' })),
    engagementMaxHours: opt(Quantity({ exclusiveMinimum: 0, maximum: 10_000, unit: 'h', description: 'Longest an engagement lasts; a group not broken by then has broken through.' })),
    deterrencePerThousandExercise: opt(Quantity({ maximum: 100, unit: 'per 1,000 exercise personnel', description: 'Attempts fall by exp(-this × exercise personnel / 1,000): the deterrent effect of drills near the border.' })),
  },
  { additionalProperties: false },
);

const KindParameters = Type.Object(
  {
    'armed-group': opt(KindBehaviour),
    smuggling: opt(KindBehaviour),
    refugees: opt(KindBehaviour),
    recruits: opt(KindBehaviour),
  },
  { additionalProperties: false, description: 'Behaviour of each actor kind; anything left out takes the documented default (docs/model.md).' },
);

const MetricParameters = Type.Object(
  {
    conflictWindowTurns: opt(Quantity({ minimum: 1, maximum: LIMITS.turns, unit: 'turns', description: 'Window of the conflict share: a sector counts if it had a clash in the last this many turns. Default 4.' })),
  },
  { additionalProperties: false },
);

const Parameters = Type.Object(
  {
    detection: DetectionParameters,
    season: opt(SeasonParameters),
    displacement: opt(DisplacementParameters),
    forces: opt(ForceParameters),
    response: opt(ResponseParameters),
    engagement: opt(EngagementParameters),
    deterrence: opt(DeterrenceParameters),
    assistance: opt(AssistanceParameters),
    costs: opt(CostParameters),
    kinds: opt(KindParameters),
    metrics: opt(MetricParameters),
  },
  { additionalProperties: false },
);

/** The scenario file. */
export const ScenarioSchema = Type.Object(
  {
    $schema: opt(Type.String()),
    extends: opt(Type.String({ description: 'Path of a base scenario, relative to this file.' })),
    metadata: Metadata,
    calendar: Calendar,
    provinces: Type.Array(Province, { maxItems: LIMITS.sectors }),
    bases: opt(Type.Array(Base, { maxItems: 1_000 })),
    sectors: Type.Array(Sector, { minItems: 1, maxItems: LIMITS.sectors }),
    forces: Type.Array(Force, { maxItems: LIMITS.forces }),
    actors: Type.Array(Actor, { maxItems: LIMITS.actors }),
    parameters: Parameters,
  },
  {
    $id: SCHEMA_ID,
    title: 'frontier-sim scenario',
    description: 'A border-security wargame scenario for frontier-sim.',
    additionalProperties: false,
  },
);

/** A validated scenario, as loaded from a file. */
export type Scenario = Static<typeof ScenarioSchema>;
export type Sector = Static<typeof Sector>;
export type Force = Static<typeof Force>;
export type Actor = Static<typeof Actor>;
export type Province = Static<typeof Province>;
export type Base = Static<typeof Base>;
export type Terrain = (typeof TERRAIN)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type ForceRole = (typeof FORCE_ROLES)[number];
export type LanchesterLawName = (typeof LANCHESTER_LAWS)[number];
export type KindBehaviourSpec = Static<typeof KindBehaviour>;

/**
 * The nominal value of a {@link Quantity}: the number, its `value`, or a range's midpoint.
 *
 * @example
 * quantityValue(3);                    // 3
 * quantityValue({ min: 1, max: 2 });   // 1.5
 */
export function quantityValue(q: QuantityValue): number {
  if (typeof q === 'number') return q;
  if ('min' in q) return q.value ?? (q.min + q.max) / 2;
  return q.value;
}
