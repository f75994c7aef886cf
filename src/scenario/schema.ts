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
import { LIMITS } from './limits';
import {
  ACTOR_KINDS,
  ACTOR_PROPERTIES,
  AGGREGATES,
  COMPARISON_OPS,
  CONDITION_METRICS,
  FORCE_PROPERTIES,
  FORCE_ROLES,
  LANCHESTER_LAWS,
  SEARCH_MODES,
  type ActorKind,
  type ComparisonOp,
  type ConditionMetric,
} from './vocabulary';

// The vocabularies, the limits and quantityValue live in modules that import nothing (the engine
// imports them from there, without TypeBox); they are re-exported here for existing importers.
export * from './vocabulary';
export { LIMITS } from './limits';
export { quantityValue, type QuantityValue } from './quantity';

/** The `$id` under which the schema is published. */
export const SCHEMA_ID = 'https://frontier-sim.dev/schema/scenario.schema.json';

const ID_PATTERN = '^[a-z0-9][a-z0-9_-]{0,63}$';

/** A stable identifier: lower-case letters, digits, '-' and '_', at most 64 characters. */
export const Id = Type.String({
  pattern: ID_PATTERN,
  description: "A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).",
});

// ---- Uncertain inputs (docs/uncertainty.md) and historical targets (docs/calibration.md) ----

/** The distribution of an uncertain input over its range `[min, max]` (docs/uncertainty.md). */
export type InputDistributionSpec =
  | 'uniform'
  | 'triangular'
  | 'normal'
  | 'lognormal'
  | 'beta'
  | { type: 'uniform' }
  | { type: 'triangular'; mode: number }
  | { type: 'normal'; mean: number; sd: number }
  | { type: 'lognormal'; median: number; sdLog: number }
  | { type: 'beta'; alpha: number; beta: number };

const Finite = (description: string) => Type.Number({ minimum: -1e15, maximum: 1e15, description });
const Positive = (description: string) => Type.Number({ exclusiveMinimum: 0, maximum: 1e15, description });

const DistributionSchema = Type.Union(
  [
    Type.Union(
      ['uniform', 'triangular', 'normal', 'lognormal', 'beta'].map((d) => Type.Literal(d)),
      {
        description:
          'Shorthand: uniform; triangular with its mode at value (default: midpoint); normal with mean value (default: midpoint) and sd (max - min) / 4, truncated to the range; lognormal with median value (default: sqrt(min max)) and sdLog ln(max / min) / 4, truncated; beta: PERT with its mode at value (default: midpoint).',
      },
    ),
    Type.Object({ type: Type.Literal('uniform') }, { additionalProperties: false, description: 'Uniform over [min, max].' }),
    Type.Object(
      { type: Type.Literal('triangular'), mode: Finite('The most likely value, in [min, max].') },
      { additionalProperties: false, description: 'Triangular on [min, max] with this mode.' },
    ),
    Type.Object(
      { type: Type.Literal('normal'), mean: Finite('Mean of the untruncated normal.'), sd: Positive('Standard deviation of the untruncated normal.') },
      { additionalProperties: false, description: 'Normal, truncated to [min, max].' },
    ),
    Type.Object(
      {
        type: Type.Literal('lognormal'),
        median: Positive('Median of the untruncated lognormal (exp of the mean of the log).'),
        sdLog: Positive('Standard deviation of the log.'),
      },
      { additionalProperties: false, description: 'Lognormal, truncated to [min, max] (needs min > 0).' },
    ),
    Type.Object(
      { type: Type.Literal('beta'), alpha: Positive('First shape parameter.'), beta: Positive('Second shape parameter.') },
      { additionalProperties: false, description: 'Beta(alpha, beta) scaled onto [min, max].' },
    ),
  ],
  { description: 'The distribution of an uncertain input over its range (docs/uncertainty.md); default uniform.' },
);
const DistributionRef = Type.Unsafe<InputDistributionSpec>({ $ref: '#/$defs/InputDistribution' });

const InputGroupId = Type.String({
  pattern: '^[a-z0-9][a-z0-9_-]{0,63}$',
  description: 'Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution.',
});

/** A historical figure the model should reproduce (docs/calibration.md). */
const TargetSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,63}$' }),
    metric: Type.String({ minLength: 1, maxLength: 200, description: 'A run total the engine reports, e.g. clashes or smuggling.kgSeized.' }),
    per: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Divide by this run total, run by run (a ratio such as a seizure share; a denominator below 1 counts as 1).',
      }),
    ),
    era: Type.String({ minLength: 1, maxLength: 100, description: 'The period the figure describes, e.g. 1992-2005 or 2015.' }),
    value: Type.Optional(Type.Number({ description: 'The observed value, in the unit of the metric (a year of the scenario).' })),
    band: Type.Optional(
      Type.Array(Type.Number(), { minItems: 2, maxItems: 2, description: '[low, high]: the range the figure allows; the observation is its midpoint.' }),
    ),
    sd: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        description: "Observation uncertainty (standard deviation); default: a quarter of the band's width (the band as a 95 % interval).",
      }),
    ),
    discrepancySd: Type.Optional(
      Type.Number({
        minimum: 0,
        description: 'Model discrepancy (standard deviation): how far the model may be from the world even at its best inputs. Default 0.',
      }),
    ),
    withoutActors: Type.Optional(
      Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,63}$' }), {
        maxItems: 100,
        description: 'Measure on the scenario with these actors removed (e.g. heroin alone, without the opium actor).',
      }),
    ),
    source: Type.String({ minLength: 1, description: 'Where the figure comes from.' }),
    note: Type.Optional(Type.String()),
  },
  {
    additionalProperties: false,
    description: 'A historical target: a figure the model should reproduce, with its uncertainty (docs/calibration.md). Needs value or band.',
  },
);

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
    source: Type.Optional(Type.String({ description: 'Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or "assumption".' })),
    note: Type.Optional(Type.String()),
  };
  return Type.Union(
    [
      num,
      Type.Object({ value: num, ...meta }, { additionalProperties: false }),
      Type.Object(
        { min: num, max: num, value: Type.Optional(num), ...meta, dist: Type.Optional(DistributionRef), group: Type.Optional(InputGroupId) },
        {
          additionalProperties: false,
          description:
            'An uncertain input: sweeps and experiments with uncertainty sample it (uniform over [min, max] unless dist says otherwise; inputs of one group share one draw); value (default: midpoint) is the nominal.',
        },
      ),
    ],
    { description: `${o.description} Unit: ${o.unit}.`, unit: o.unit },
  );
}

const Probability = (description: string) => Quantity({ minimum: 0, maximum: 1, unit: 'probability (0-1)', description });
const Fraction = (description: string) => Quantity({ minimum: 0, maximum: 1, unit: 'fraction (0-1)', description });

const opt = <T extends TSchema>(t: T) => Type.Optional(t);

/** Longest span in days a duration or delay may give: the longest run (LIMITS.turns turns of 366 days). */
const DAYS_MAX = LIMITS.turns * 366;
/**
 * A duration, delay or date offset in days (days are the world's clock; the engine turns them into
 * whole turns at the nearest turn boundary, docs/model.md "Time").
 */
const Days = (description: string, minimum = 0) => Quantity({ minimum, maximum: DAYS_MAX, unit: 'days', description });
/**
 * A rate per week: the share of a gap closed in one week (0-1). The engine compounds it over a turn
 * of d days as 1 − (1 − r)^(d/7) (docs/model.md "Time").
 */
const WeeklyFraction = (description: string) => Quantity({ minimum: 0, maximum: 1, unit: 'fraction per week (0-1)', description });

/** Twelve monthly values, January first. */
const Monthly = (description: string) =>
  Type.Array(Fraction(description), { minItems: 12, maxItems: 12, description: `${description} Twelve values, January first.` });

/** Twelve monthly multipliers (dimensionless, ≥ 0), January first. */
const MonthlyMultiplier = (description: string) =>
  Type.Array(Quantity({ maximum: 100, unit: 'dimensionless', description }), {
    minItems: 12,
    maxItems: 12,
    description: `${description} Twelve values, January first.`,
  });

const SourceNote = opt(Type.String({ description: 'Where the figures come from (a citation), or "assumption".' }));

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

// ---- Geometry (optional): the border as a line on the globe, for maps (docs/scenarios.md) -------
// The engine never reads it: it places sectors by lengthKm and alongBorderKm. Maps in reports and
// the replay page draw it. Coordinates are GeoJSON's: [longitude, latitude] in degrees (WGS 84).

const GeoPosition = Type.Array(Type.Number({ minimum: -180, maximum: 180 }), {
  minItems: 2,
  maxItems: 2,
  description: 'A position [longitude, latitude] in degrees (WGS 84), as in GeoJSON; latitude within ±90.',
});
const GeoLineString = Type.Object(
  { type: Type.Literal('LineString'), coordinates: Type.Array(GeoPosition, { minItems: 2, maxItems: LIMITS.entries }) },
  { additionalProperties: false, description: 'A GeoJSON LineString.' },
);
const GeoMultiLineString = Type.Object(
  {
    type: Type.Literal('MultiLineString'),
    coordinates: Type.Array(Type.Array(GeoPosition, { minItems: 2, maxItems: LIMITS.entries }), { minItems: 1, maxItems: 1_000 }),
  },
  { additionalProperties: false, description: 'A GeoJSON MultiLineString: parts in order from west to east; the gaps between them count no length.' },
);
const GeoRing = Type.Array(GeoPosition, { minItems: 4, maxItems: LIMITS.entries });
const GeoPolygon = Type.Object(
  { type: Type.Literal('Polygon'), coordinates: Type.Array(GeoRing, { minItems: 1, maxItems: 1_000 }) },
  { additionalProperties: false, description: 'A GeoJSON Polygon.' },
);
const GeoMultiPolygon = Type.Object(
  { type: Type.Literal('MultiPolygon'), coordinates: Type.Array(Type.Array(GeoRing, { minItems: 1, maxItems: 1_000 }), { minItems: 1, maxItems: 1_000 }) },
  { additionalProperties: false, description: 'A GeoJSON MultiPolygon.' },
);

const Outline = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    geometry: Type.Union([GeoPolygon, GeoMultiPolygon]),
  },
  { additionalProperties: false, description: 'A country (or other area) drawn for context on maps.' },
);

const GeographySchema = Type.Object(
  {
    border: Type.Union([GeoLineString, GeoMultiLineString], {
      description: 'The border as a line from its western end to its eastern end; sectors[].line places each sector on it.',
    }),
    source: Type.String({ minLength: 1, description: 'Where the line and outlines come from (dataset, scale, how they were derived).' }),
    note: opt(Type.String({ description: "How the line relates to the sectors' lengthKm (e.g. a generalised line shorter than the border's length)." })),
    outlines: opt(Type.Array(Outline, { maxItems: 1_000, description: 'Countries drawn for context.' })),
  },
  { additionalProperties: false, description: 'The border on the globe, for maps (optional; the engine does not read it).' },
);

const LonLat = Type.Object(
  {
    lon: Type.Number({ minimum: -180, maximum: 180, description: 'Longitude, degrees east (WGS 84).' }),
    lat: Type.Number({ minimum: -90, maximum: 90, description: 'Latitude, degrees north (WGS 84).' }),
    source: SourceNote,
  },
  { additionalProperties: false, description: 'A place on the globe, for maps.' },
);

const LineInterval = Type.Object(
  {
    fromKm: Type.Number({ minimum: 0, maximum: LIMITS.lengthKm, description: 'Where the sector starts on geography.border, km from its western end.' }),
    toKm: Type.Number({ minimum: 0, maximum: LIMITS.lengthKm, description: 'Where the sector ends on geography.border, km from its western end.' }),
  },
  {
    additionalProperties: false,
    description:
      "The sector's stretch of geography.border (km along the drawn line). With a geography, every sector has one and they tile the line west to east without gaps or overlaps.",
  },
);

const Province = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    country: opt(Type.String()),
    controlledBy: opt(Type.String({ description: 'Who holds the province (e.g. "taliban", "republic").' })),
    at: opt(LonLat),
  },
  { additionalProperties: false },
);

const Base = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    alongBorderKm: Quantity({ maximum: LIMITS.lengthKm, unit: 'km', description: 'Position along the border from its western end.' }),
    fromBorderKm: Quantity({ maximum: 2_000, unit: 'km', description: 'Road distance from the border.' }),
    at: opt(LonLat),
  },
  { additionalProperties: false },
);

// ---- The theatre: terrain classes, rivers and activity seasons, declared by the scenario --------
// The engine keeps no table of its own: whatever a scenario does not declare is neutral (a search
// multiplier of 1, passes and rivers open all year, activity flat over the year).

const TerrainClass = Type.Object(
  {
    id: Id,
    name: opt(Type.String({ minLength: 1 })),
    searchMultiplier: opt(
      Quantity({
        maximum: 100,
        unit: 'dimensionless',
        description:
          "Multiplier on a patrol's sweep rate (sweep width × speed) on this ground: rugged ground slows patrols and shortens sight lines. Default 1.",
      }),
    ),
    searchMultiplierByMonth: opt(
      MonthlyMultiplier('Further multiplier on the sweep rate by calendar month (snow, vegetation that hides crossers). Default 1 in every month.'),
    ),
    passOpenByMonth: opt(
      Monthly(
        'Share of the crossing routes over this ground open in each calendar month (1 open, 0 closed, e.g. by snow); attempts over a closed route fall to parameters.season.winterClosedFactor. Default open all year.',
      ),
    ),
    source: SourceNote,
  },
  {
    additionalProperties: false,
    description: 'A terrain class that sectors name in sectors[].terrain: its effect on search and its pass seasonality (docs/model.md §1, §3).',
  },
);

const River = Type.Object(
  {
    id: Id,
    name: opt(Type.String({ minLength: 1 })),
    crossabilityByMonth: Monthly(
      'Ease of crossing the river in each calendar month (0 impassable, 1 easiest): a multiplier on attempts in the sectors along it.',
    ),
    source: SourceNote,
  },
  { additionalProperties: false, description: 'A river that sectors lie along (sectors[].river): its crossability by month (docs/model.md §1).' },
);

const Season = Type.Object(
  {
    id: Id,
    name: opt(Type.String({ minLength: 1 })),
    weightsByMonth: Monthly('Activity in each calendar month (1 full, 0 none), e.g. a harvest calendar.'),
    amplitude: opt(
      Quantity({
        maximum: 4,
        unit: 'dimensionless',
        description:
          'Strength of the seasonality: the month factor is max(0, 1 + amplitude × (weight − mean weight)), whose mean over the year is 1 (0 = no seasonality). Default 1.',
      }),
    ),
    source: SourceNote,
  },
  {
    additionalProperties: false,
    description:
      "An activity season that actors name in actors[].season (e.g. a harvest that drives smuggling): it moves an actor's attempts within the year, not their annual volume (docs/model.md §1).",
  },
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
    terrain: opt(
      Type.String({
        pattern: ID_PATTERN,
        description:
          'Terrain class: the id of one of terrains[]. A class the scenario does not declare is neutral (search multiplier 1, open all year), and validate warns.',
      }),
    ),
    river: opt(
      Type.String({
        pattern: ID_PATTERN,
        description: 'The river the sector lies along: the id of one of rivers[] (its crossability by month). Default: no river (crossable all year).',
      }),
    ),
    provinceAcross: Id,
    depthKm: opt(Quantity({ exclusiveMinimum: 0, maximum: 1_000, unit: 'km', description: 'Depth of the strip in which a crosser can be met.' })),
    posts: opt(Posts),
    sensorDetection: opt(Probability("Chance that the sector's sensors detect an attempt.")),
    roadSpeedKmPerHour: opt(
      Quantity({
        exclusiveMinimum: 0,
        maximum: 200,
        unit: 'km/h',
        description: "Speed of reinforcements on the sector's roads (its road access); default parameters.forces.roadSpeedKmPerHour.",
      }),
    ),
    riverCrossabilityByMonth: opt(
      Monthly(
        "Ease of crossing the river in this sector by month (0 impassable, 1 easiest), where it differs from its river's; default: its river's table, or crossable all year.",
      ),
    ),
    alongBorderKm: opt(
      Quantity({
        maximum: LIMITS.lengthKm,
        unit: 'km',
        description:
          "Position of the sector's midpoint along the border from its western end; default: from the cumulative lengths of the sectors listed before it.",
      }),
    ),
    line: opt(LineInterval),
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
    quickReaction: opt(
      Type.Boolean({
        description:
          'May act as a quick-reaction force (respond to detected crossings in sectors within reach) although its role is not quick-reaction, e.g. the 201st base if a policy allows it. Default false; a quick-reaction role always may.',
      }),
    ),
    noticeHours: opt(
      Quantity({
        maximum: 1_000,
        unit: 'h',
        description: 'Time from a call for help to moving out (alerting, political decision); default parameters.response.quickReactionNoticeHours.',
      }),
    ),
    moveTo: opt(
      Type.String({
        pattern: ID_PATTERN,
        description: 'A sector id or base id the unit moves to, leaving at departDay; the move takes turns that follow from distance and road access.',
      }),
    ),
    departDay: opt(Days('Days from the start of the run at which the unit leaves for moveTo (at the start of the turn that includes that day). Default 0.')),
    costPerPersonPerWeekUsd: opt(
      Quantity({ maximum: 1e6, unit: 'USD/person/week', description: 'Upkeep of one person of the unit; default parameters.costs.costPerPersonPerWeekUsd.' }),
    ),
    sortieCostUsd: opt(
      Quantity({
        maximum: 1e9,
        unit: 'USD/sortie',
        description: 'Cost of one quick-reaction sortie by the unit, political cost included as a money equivalent; default parameters.costs.sortieCostUsd.',
      }),
    ),
    sovereigntyPerThousandPerWeek: opt(
      Quantity({
        maximum: 1e3,
        unit: 'sovereignty points per 1,000 personnel per week',
        description: 'Political (sovereignty) cost of the unit\'s presence, e.g. foreign troops on the host\'s soil (docs/model.md, "Sovereignty"). Default 0.',
      }),
    ),
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
    attemptsPerWeek: Quantity({
      maximum: LIMITS.attemptsPerWeek,
      unit: 'attempts/week',
      description: 'Crossing attempts a week across the whole border at intent 1 and no seasonal or deterrent effect.',
    }),
    presence: Type.Record(
      Type.String({ pattern: ID_PATTERN }),
      Quantity({ maximum: 1e6, unit: 'relative weight', description: 'Weight of a sector or province across in where attempts are made.' }),
      {
        description: 'Where the actor is present, by sector id or province id (a province spreads over its sectors by length).',
        maxProperties: LIMITS.entries,
      },
    ),
    loadKg: opt(Quantity({ maximum: 100_000, unit: 'kg', description: 'Narcotics carried by one smuggling attempt.' })),
    groupSize: opt(Quantity({ minimum: 1, maximum: 100_000, unit: 'persons', description: 'People in one crossing attempt.' })),
    displacementSensitivity: opt(
      Quantity({
        maximum: 100,
        unit: 'per unit interdiction rate',
        description:
          'How strongly the actor routes attempts away from sectors it remembers as well interdicted (logit θ; 0 = no adaptation); default parameters.kinds.<kind>.displacementSensitivity.',
      }),
    ),
    season: opt(
      Type.String({
        pattern: ID_PATTERN,
        description: "The activity season that moves the actor's attempts within the year: the id of one of seasons[]. Default: none (flat over the year).",
      }),
    ),
  },
  { additionalProperties: false },
);

const DetectionParameters = Type.Object(
  {
    sweepWidthKm: Quantity({ maximum: 100, unit: 'km', description: 'Koopman sweep width of one patrol.' }),
    patrolSpeedKmPerHour: Quantity({ maximum: 200, unit: 'km/h', description: 'Speed of a patrol while searching.' }),
    exposureHours: Quantity({
      exclusiveMinimum: 0,
      maximum: 1_000,
      unit: 'h',
      description: "Hours a crossing spends inside the searched strip, exposed to patrols (the t of Koopman's formula).",
    }),
    personnelPerPatrol: Quantity({ minimum: 1, maximum: 1_000, unit: 'persons', description: 'Personnel in one patrol.' }),
    sectorDepthKm: Quantity({ exclusiveMinimum: 0, maximum: 1_000, unit: 'km', description: 'Default depth of the strip in which a crosser can be met.' }),
    dutyFraction: Fraction('Share of patrol personnel out searching at any moment (shifts, rest, duties).'),
    searchMode: opt(
      Type.Union(
        SEARCH_MODES.map((m) => Type.Literal(m)),
        { description: 'Patrol search law: random (Koopman, 1 - exp(-z), default) or exhaustive (parallel sweep, min(1, z)).' },
      ),
    ),
  },
  { additionalProperties: false },
);

const SeasonParameters = Type.Object(
  {
    winterClosedFactor: opt(Fraction('Share of attempts still made over a closed route (a pass closed by snow: terrains[].passOpenByMonth). Default 0.1.')),
  },
  { additionalProperties: false },
);

const DisplacementParameters = Type.Object(
  {
    memoryHalfLifeDays: opt(
      Quantity({
        maximum: 36_500,
        unit: 'days',
        description: "Half-life of an actor's memory of each sector's interdiction rate (0 = only the last turn counts). Default 28.",
      }),
    ),
  },
  { additionalProperties: false },
);

const ForceParameters = Type.Object(
  {
    fatigueRisePerWeek: opt(WeeklyFraction('Share of the gap to exhaustion closed per week deployed (patrol, exercise, moving). Default 0.1.')),
    fatigueRecoveryPerWeek: opt(
      WeeklyFraction('Share of fatigue shed per week of rest (patrols rotate: they tire on duty and recover off it, week by week). Default 0.3.'),
    ),
    readinessRatePerWeek: opt(WeeklyFraction('Share of the gap to the target readiness closed per week. Default 0.1.')),
    movementHoursPerDay: opt(Quantity({ exclusiveMinimum: 0, maximum: 24, unit: 'h/day', description: 'Hours a day a unit on the move drives. Default 8.' })),
    roadSpeedKmPerHour: opt(
      Quantity({ exclusiveMinimum: 0, maximum: 200, unit: 'km/h', description: 'Road speed where a sector gives none (and at bases). Default 30.' }),
    ),
  },
  { additionalProperties: false },
);

const ResponseParameters = Type.Object(
  {
    respondersPerIncident: opt(
      Quantity({
        minimum: 1,
        maximum: LIMITS.count,
        unit: 'persons',
        description: 'Guards of the sector who meet one detected crossing (a reaction team). Default 10.',
      }),
    ),
    localNoticeHours: opt(Quantity({ maximum: 1_000, unit: 'h', description: "Time for a sector's reaction team to move out. Default 0.5." })),
    quickReactionRespondersPerIncident: opt(
      Quantity({
        minimum: 1,
        maximum: LIMITS.count,
        unit: 'persons',
        description: 'Personnel a quick-reaction force sends to one detected crossing. Default 30.',
      }),
    ),
    quickReactionNoticeHours: opt(Quantity({ maximum: 1_000, unit: 'h', description: 'Default notice time of a quick-reaction force. Default 1.' })),
    quickReactionReachKm: opt(
      Quantity({ maximum: LIMITS.lengthKm, unit: 'km', description: 'Road distance beyond which a quick-reaction force does not respond. Default 500.' }),
    ),
  },
  { additionalProperties: false },
);

const EngagementParameters = Type.Object(
  {
    defenderFireRatePerHour: opt(
      Quantity({
        maximum: 1e3,
        unit: 'casualties per defender per hour (square law) or per pair per hour (linear law)',
        description: 'Lanchester attrition rate of fully ready, rested, quality-1 guards on crossers. Default 0.3.',
      }),
    ),
    defenderBreakpointFraction: opt(
      Quantity({
        maximum: 0.99,
        unit: 'fraction (0-0.99)',
        description: 'Guards break off when reduced to this share of their starting strength. Default 0.5.',
      }),
    ),
    defenderPostureMultiplier: opt(
      Quantity({ maximum: 100, unit: 'dimensionless', description: "Multiplier on the guards' rate for fighting from prepared positions. Default 1.5." }),
    ),
  },
  { additionalProperties: false },
);

const DeterrenceParameters = Type.Object(
  {
    exerciseRangeKm: opt(
      Quantity({
        maximum: 2_000,
        unit: 'km',
        description:
          'Exercise forces deter only while stationed at most this far from the border (a drill 20 km away is seen across the river; one in the capital is not). Default 50.',
      }),
    ),
  },
  { additionalProperties: false },
);

const AssistanceParameters = Type.Object(
  {
    sensorCap: opt(Probability('Sensor detection chance that technical assistance builds toward in a sector with advisors. Default 0.2.')),
    sensorGainPerWeek: opt(WeeklyFraction('Share of the gap to sensorCap closed per week with advisors present. Default 0.02.')),
    qualityCap: opt(Fraction('Quality that training by advisors builds toward for patrol units in their sector. Default 0.8.')),
    qualityGainPerWeek: opt(WeeklyFraction('Share of the gap to qualityCap closed per week with advisors present. Default 0.02.')),
    usdPerSectorPerWeek: opt(
      Quantity({
        exclusiveMinimum: 0,
        maximum: 1e9,
        unit: 'USD/sector/week',
        description:
          'Budget of a technical-assistance programme (order "assistance") that gives one sector the full gain rates (sensorGainPerWeek, qualityGainPerWeek); less budget gives proportionally slower gains. Default 10,000.',
      }),
    ),
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
    displacementSensitivity: opt(
      Quantity({
        maximum: 100,
        unit: 'per unit interdiction rate',
        description: 'Logit sensitivity θ of route choice to remembered interdiction rates (0 = no adaptation).',
      }),
    ),
    clearanceHours: opt(
      Quantity({
        exclusiveMinimum: 0,
        maximum: 10_000,
        unit: 'h',
        description: 'Mean time a detected crossing needs to clear the border zone; a response arrives in time with exp(-delay / clearanceHours).',
      }),
    ),
    apprehendShare: opt(Fraction('Of the people a response stops, the share apprehended (for refugees: received); the rest are turned back.')),
    lanchesterLaw: opt(
      Type.Union(
        LANCHESTER_LAWS.map((l) => Type.Literal(l)),
        { description: 'Fire model of engagements with this kind: square (aimed fire) or linear (area fire).' },
      ),
    ),
    fireRatePerHour: opt(
      Quantity({
        maximum: 1e3,
        unit: 'casualties per crosser per hour (square law) or per pair per hour (linear law)',
        description: 'Lanchester attrition rate of this kind on the guards.',
      }),
    ),
    breakpointFraction: opt(
      Quantity({ maximum: 0.99, unit: 'fraction (0-0.99)', description: 'A crossing group breaks off when reduced to this share of its starting strength.' }),
    ),
    engagementMaxHours: opt(
      Quantity({ exclusiveMinimum: 0, maximum: 10_000, unit: 'h', description: 'Longest an engagement lasts; a group not broken by then has broken through.' }),
    ),
    deterrencePerThousandExercise: opt(
      Quantity({
        maximum: 100,
        unit: 'per 1,000 exercise personnel',
        description: 'Attempts fall by exp(-this × exercise personnel / 1,000): the deterrent effect of drills near the border.',
      }),
    ),
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
    conflictWindowDays: opt(
      Days('Window of the conflict share: a sector counts if it had a clash in the last this many days (at least the turn itself). Default 28.', 1),
    ),
  },
  { additionalProperties: false },
);

const OrderParametersInvited = Type.Object(
  {
    personnelPerSector: opt(
      Quantity({ maximum: LIMITS.count, unit: 'persons', description: 'Guards an "invite-guards" order sends to each named sector. Default 300.' }),
    ),
    arrivalDays: opt(Days("Days from the order to the first contingent's arrival. Default 28.")),
    staggerDays: opt(Days('Further days between the contingents of successive sectors (arrival sector by sector). Default 7.')),
    readiness: opt(Fraction('Readiness of the invited guards. Default 0.9.')),
    quality: opt(Fraction('Quality (training, equipment) of the invited guards. Default 0.9.')),
    complicity: opt(Probability('Complicity of the invited guards. Default 0.05.')),
    costPerPersonPerWeekUsd: opt(Quantity({ maximum: 1e6, unit: 'USD/person/week', description: 'Upkeep of one invited guard. Default 100.' })),
    sovereigntyOnDecision: opt(Quantity({ maximum: 1e6, unit: 'sovereignty points', description: 'One-off political cost of the invitation. Default 10.' })),
    sovereigntyPerThousandPerWeek: opt(
      Quantity({
        maximum: 1e3,
        unit: 'sovereignty points per 1,000 personnel per week',
        description: 'Running political cost of the invited guards on the border. Default 1 (the unit of the index).',
      }),
    ),
  },
  { additionalProperties: false },
);

const OrderParametersReaction = Type.Object(
  {
    personnel: opt(Quantity({ maximum: LIMITS.count, unit: 'persons', description: 'Personnel a "commit-reaction-force" order brings. Default 1,500.' })),
    delayDays: opt(Days('Days from the collective decision to arrival. Default 21.')),
    noticeHours: opt(Quantity({ maximum: 1_000, unit: 'h', description: 'Notice time of the committed force as a quick-reaction force. Default 2.' })),
    readiness: opt(Fraction('Readiness of the committed force. Default 0.9.')),
    quality: opt(Fraction('Quality of the committed force. Default 0.9.')),
    complicity: opt(
      Probability(
        'Complicity of the committed force: the chance that a detected load it meets is let through (docs/model.md §5). Default 0; give a sourced range.',
      ),
    ),
    sortieCostUsd: opt(
      Quantity({
        maximum: 1e9,
        unit: 'USD/sortie',
        description: 'Cost of one sortie of the committed force as a quick-reaction force; default parameters.costs.sortieCostUsd.',
      }),
    ),
    costPerPersonPerWeekUsd: opt(Quantity({ maximum: 1e6, unit: 'USD/person/week', description: 'Upkeep of one person of the committed force. Default 100.' })),
    sovereigntyOnDecision: opt(Quantity({ maximum: 1e6, unit: 'sovereignty points', description: 'One-off political cost of the commitment. Default 5.' })),
    sovereigntyPerThousandPerWeek: opt(
      Quantity({
        maximum: 1e3,
        unit: 'sovereignty points per 1,000 personnel per week',
        description: 'Running political cost of the committed force. Default 0.5.',
      }),
    ),
  },
  { additionalProperties: false },
);

const OrderParametersBaseQrf = Type.Object(
  {
    noticeHours: opt(
      Quantity({
        maximum: 1_000,
        unit: 'h',
        description: 'Notice time of a unit an "allow-quick-reaction" order releases, unless the order gives one. Default: the unit\'s own.',
      }),
    ),
    sovereigntyOnDecision: opt(
      Quantity({ maximum: 1e6, unit: 'sovereignty points', description: 'One-off political cost of letting a unit act as a quick-reaction force. Default 2.' }),
    ),
    sovereigntyPerSortie: opt(
      Quantity({
        maximum: 1e6,
        unit: 'sovereignty points per sortie',
        description: 'Political cost of each sortie of a unit released by the order. Default 0.2.',
      }),
    ),
  },
  { additionalProperties: false },
);

const OrderParametersReallocation = Type.Object(
  {
    share: opt(Fraction('Share of each donor unit\'s personnel a "reallocate" order moves. Default 0.2.')),
    windowDays: opt(Days('Days over which pressure (attempts per km) is measured (at least one turn). Default 28.', 1)),
    receivers: opt(
      Quantity({ minimum: 1, maximum: LIMITS.sectors, unit: 'sectors', description: 'Number of most-pressed sectors that receive detachments. Default 2.' }),
    ),
  },
  { additionalProperties: false },
);

const OrderParameters = Type.Object(
  {
    invitedGuards: opt(OrderParametersInvited),
    reactionForce: opt(OrderParametersReaction),
    baseQuickReaction: opt(OrderParametersBaseQrf),
    reallocation: opt(OrderParametersReallocation),
  },
  { additionalProperties: false, description: 'Defaults of policy orders (docs/policies.md); an order may override most of them.' },
);

// ---- Conditions, events, drills, orders and policies (docs/model.md §13-16, docs/policies.md) ----

const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const DateString = (description: string) => Type.String({ pattern: DATE_PATTERN, description });
const Op = Type.Union(
  COMPARISON_OPS.map((o) => Type.Literal(o)),
  { description: 'Comparison: <, <=, >, >=, ==, !=.' },
);
const Comparison = (value: TSchema, description: string) =>
  Type.Object(Object.fromEntries(COMPARISON_OPS.map((o) => [o, opt(value)])), { additionalProperties: false, minProperties: 1, description });
const Controller = Type.String({ minLength: 1, maxLength: 64, description: 'Who holds a province (e.g. "taliban", "republic").' });

/** The JSON shape of a condition (docs/policies.md, "Conditions"). */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { turn: Partial<Record<ComparisonOp, number>> }
  | { date: Partial<Record<ComparisonOp, string>> }
  | { month: Partial<Record<ComparisonOp, number>> }
  | { metric: ConditionMetric; window?: number; aggregate?: (typeof AGGREGATES)[number]; op: ComparisonOp; value: number; sector?: string; kind?: ActorKind }
  | { flag: string }
  | { controlledBy: { province: string; is: string } }
  | { actor: string; property: (typeof ACTOR_PROPERTIES)[number]; op: ComparisonOp; value: number }
  | { force: string; property: (typeof FORCE_PROPERTIES)[number]; op: ComparisonOp; value: number }
  | { fired: string }
  | { drillActive: string };

const ConditionRef = Type.Unsafe<Condition>({ $ref: '#/$defs/Condition' });

const ConditionSchema = Type.Union(
  [
    Type.Object(
      { all: Type.Array(ConditionRef, { minItems: 1, maxItems: 100 }) },
      { additionalProperties: false, description: 'True when every condition is.' },
    ),
    Type.Object({ any: Type.Array(ConditionRef, { minItems: 1, maxItems: 100 }) }, { additionalProperties: false, description: 'True when one condition is.' }),
    Type.Object({ not: ConditionRef }, { additionalProperties: false, description: 'True when the condition is not.' }),
    Type.Object(
      { turn: Comparison(Type.Integer({ minimum: 0, maximum: LIMITS.turns }), 'Compares the turn being played (from 0).') },
      { additionalProperties: false },
    ),
    Type.Object({ date: Comparison(DateString('YYYY-MM-DD'), "Compares the date of the turn's first day.") }, { additionalProperties: false }),
    Type.Object(
      { month: Comparison(Type.Integer({ minimum: 1, maximum: 12 }), "Compares the month (1-12) of the turn's first day.") },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        metric: Type.Union(
          CONDITION_METRICS.map((m) => Type.Literal(m)),
          { description: 'A metric of the turns already played (docs/model.md §11).' },
        ),
        window: opt(
          Type.Integer({ minimum: 1, maximum: LIMITS.turns, description: 'Turns looked back over (the last completed turns). Unit: turns. Default 1.' }),
        ),
        aggregate: opt(
          Type.Union(
            AGGREGATES.map((a) => Type.Literal(a)),
            { description: "How the window's values combine: default sum for flows, cost and sovereignty, mean for the rest." },
          ),
        ),
        op: Op,
        value: Type.Number({ description: "The threshold, in the metric's unit." }),
        sector: opt(Id),
        kind: opt(
          Type.Union(
            ACTOR_KINDS.map((k) => Type.Literal(k)),
            { description: "Only this actor kind's flows." },
          ),
        ),
      },
      { additionalProperties: false, description: 'Compares a metric over the last `window` turns, e.g. clashes >= 3 in 4 turns.' },
    ),
    Type.Object({ flag: Id }, { additionalProperties: false, description: 'True while the policy flag is set.' }),
    Type.Object(
      { controlledBy: Type.Object({ province: Id, is: Controller }, { additionalProperties: false }) },
      { additionalProperties: false, description: 'True while the province is held by the named side.' },
    ),
    Type.Object(
      { actor: Id, property: Type.Union(ACTOR_PROPERTIES.map((p) => Type.Literal(p))), op: Op, value: Type.Number() },
      { additionalProperties: false, description: "Compares an actor's strength (persons), intent (0-1) or casualties (persons)." },
    ),
    Type.Object(
      { force: Id, property: Type.Union(FORCE_PROPERTIES.map((p) => Type.Literal(p))), op: Op, value: Type.Number() },
      { additionalProperties: false, description: "Compares a unit's personnel, readiness, fatigue, quality or casualties." },
    ),
    Type.Object({ fired: Id }, { additionalProperties: false, description: 'True once the event (or policy rule) has fired.' }),
    Type.Object({ drillActive: Id }, { additionalProperties: false, description: 'True while the drill runs.' }),
  ],
  {
    description:
      'A declarative condition (data, never code): all/any/not over turn, date, month, metric, flag, controlledBy, actor, force, fired, drillActive.',
  },
);

const Change = Type.Union(
  [
    Type.Object({ set: Type.Number({ minimum: 0 }) }, { additionalProperties: false }),
    Type.Object({ add: Type.Number() }, { additionalProperties: false }),
    Type.Object({ multiply: Type.Number({ minimum: 0 }) }, { additionalProperties: false }),
  ],
  { description: 'A change to a number: set it, add to it, or multiply it (results below 0 become 0; intent is capped at 1).' },
);

const SectorList = Type.Array(Id, { minItems: 1, maxItems: LIMITS.sectors });

/** Orders: what policies (JSON rules or TypeScript functions) and events may decide. */
const DeployOrder = Type.Object(
  { type: Type.Literal('deploy'), force: Id, to: Type.String({ pattern: ID_PATTERN, description: 'A sector id or base id.' }) },
  { additionalProperties: false, description: 'Move a unit to a sector or base; the move takes turns from distance and road access (docs/model.md §9).' },
);
const InviteGuardsOrder = Type.Object(
  {
    type: Type.Literal('invite-guards'),
    sectors: SectorList,
    side: Type.String({
      pattern: ID_PATTERN,
      description: 'Who the invited guards are (e.g. "russia"): their units are named after it. Required: the engine assumes no theatre\'s sides.',
    }),
    personnelPerSector: opt(
      Quantity({ maximum: LIMITS.count, unit: 'persons', description: 'Guards per sector; default parameters.orders.invitedGuards.personnelPerSector.' }),
    ),
    arrivalDays: opt(Days('Default parameters.orders.invitedGuards.arrivalDays.')),
    staggerDays: opt(Days('Default parameters.orders.invitedGuards.staggerDays.')),
  },
  {
    additionalProperties: false,
    description: 'Invite foreign (e.g. Russian FSB) border guards back: patrol units arrive in the named sectors over some days, at a sovereignty cost.',
  },
);
const CommitReactionForceOrder = Type.Object(
  {
    type: Type.Literal('commit-reaction-force'),
    to: Type.String({ pattern: ID_PATTERN, description: 'A sector id or base id where the force is stationed.' }),
    side: Type.String({
      pattern: ID_PATTERN,
      description: 'Whose force it is (e.g. "csto"): its unit is named after it. Required: the engine assumes no theatre\'s sides.',
    }),
    role: opt(
      Type.Union([Type.Literal('quick-reaction'), Type.Literal('patrol')], {
        description: 'quick-reaction (default) or patrol (a multinational force on the line).',
      }),
    ),
    personnel: opt(Quantity({ maximum: LIMITS.count, unit: 'persons', description: 'Default parameters.orders.reactionForce.personnel.' })),
    delayDays: opt(Days('Default parameters.orders.reactionForce.delayDays.')),
  },
  { additionalProperties: false, description: 'Commit collective (e.g. CSTO) rapid-reaction forces: they arrive after a delay, at a political cost.' },
);
const AllowQuickReactionOrder = Type.Object(
  {
    type: Type.Literal('allow-quick-reaction'),
    forces: Type.Array(Id, { minItems: 1, maxItems: LIMITS.forces }),
    allowed: opt(Type.Boolean({ description: 'true (default) releases the units as quick-reaction forces; false withdraws the permission.' })),
    noticeHours: opt(
      Quantity({
        maximum: 1_000,
        unit: 'h',
        description: "Notice time while released; default parameters.orders.baseQuickReaction.noticeHours, else the unit's own.",
      }),
    ),
  },
  { additionalProperties: false, description: 'Let units that do not patrol (e.g. the 201st base) act as a quick-reaction force.' },
);
const AssistanceOrder = Type.Object(
  {
    type: Type.Literal('assistance'),
    budgetUsdPerWeek: Quantity({
      maximum: 1e10,
      unit: 'USD/week',
      description: 'Spending on sensors and training, spread over the sectors; 0 ends the programme.',
    }),
    sectors: opt(SectorList),
    days: opt(Days('Length of the programme (at least one turn); default: to the end of the run.', 1)),
  },
  {
    additionalProperties: false,
    description: 'Technical assistance: raises sensor detection and patrol quality over time (parameters.assistance) for a budget.',
  },
);
const ReallocateOrder = Type.Object(
  {
    type: Type.Literal('reallocate'),
    share: opt(Fraction('Share of each donor unit moved; default parameters.orders.reallocation.share.')),
    windowDays: opt(Days('Default parameters.orders.reallocation.windowDays.', 1)),
    receivers: opt(Quantity({ minimum: 1, maximum: LIMITS.sectors, unit: 'sectors', description: 'Default parameters.orders.reallocation.receivers.' })),
  },
  {
    additionalProperties: false,
    description: 'Move detachments of patrol units from the least-pressed sectors toward the most-pressed ones (attempts per km).',
  },
);
const RefugeesOrder = Type.Object(
  {
    type: Type.Literal('refugees'),
    border: Type.Union([Type.Literal('open'), Type.Literal('closed'), Type.Literal('default')], {
      description: 'open: every refugee group stopped is received; closed: every one is turned back; default: parameters.kinds.refugees.apprehendShare.',
    }),
  },
  { additionalProperties: false, description: 'Open or close the border to refugees (sets the flag border-open or border-closed).' },
);

/** Red's orders (docs/wargaming.md, "Red's orders"): standing orders to one actor, within the limits of `sides.red`. */
const RouteOrder = Type.Object(
  {
    type: Type.Literal('route'),
    actor: Id,
    weights: Type.Record(
      Type.String({ pattern: ID_PATTERN }),
      Type.Number({ minimum: 0, maximum: 1e6, description: 'Relative weight of the sector (1: as the scenario has it).' }),
      {
        maxProperties: LIMITS.sectors,
        description:
          "Weight of each named sector in the actor's routing, multiplying its presence there; unnamed sectors keep 1. An empty object restores the scenario's routing. Each weight is at most sides.red.maxRouteWeight.",
      },
    ),
  },
  {
    additionalProperties: false,
    description:
      "Red: weight an actor's routes by sector (a standing order, until the next route order for the actor). The logit displacement still applies on top.",
  },
);
const TempoOrder = Type.Object(
  {
    type: Type.Literal('tempo'),
    actor: Id,
    factor: Type.Number({
      minimum: 0,
      maximum: 1e6,
      description: "0: hold (no attempts), 1: the scenario's rate, above 1: surge (at most sides.red.maxSurge).",
    }),
  },
  {
    additionalProperties: false,
    description: "Red: hold, resume or surge an actor's attempts (a standing order: the factor multiplies its attempts every turn until the next tempo order).",
  },
);

const SplitOrder = Type.Object(
  {
    type: Type.Literal('split'),
    actor: Id,
    loads: Type.Record(
      Type.String({ pattern: ID_PATTERN }),
      Type.Number({ minimum: 1, maximum: 1e6, description: 'Loads each shipment is split into in the sector (1: as the scenario has it).' }),
      {
        maxProperties: LIMITS.sectors,
        description:
          "Split factor n of each named sector: n times as many attempts, each carrying 1/n of the actor's load (kg attempted unchanged in expectation); unnamed sectors keep 1. An empty object restores whole loads. Each factor is at most sides.red.maxSplit.",
      },
    ),
  },
  {
    additionalProperties: false,
    description:
      "Red: split a smuggling actor's shipments into more, smaller loads by sector (a standing order, until the next split order for the actor; docs/model.md §2).",
  },
);
const BribeOrder = Type.Object(
  {
    type: Type.Literal('bribe'),
    unit: Id,
    usd: Type.Number({ exclusiveMinimum: 0, maximum: 1e12, description: "USD offered, from red's budget (sides.red.budgetUsd)." }),
  },
  {
    additionalProperties: false,
    description:
      'Red: buy complicity of a named blue unit: its complicity rises by 0.01 for every sides.red.complicityCostUsd × personnel USD, up to sides.red.maxComplicity; only what the rise costs is spent (docs/model.md §5).',
  },
);
const ReinforceOrder = Type.Object(
  {
    type: Type.Literal('reinforce'),
    actor: Id,
    strength: Type.Integer({ minimum: 1, maximum: 1e9, description: 'Persons added to the armed group.' }),
    from: opt(Id),
  },
  {
    additionalProperties: false,
    description:
      "Red: add strength to an armed-group actor, recruited from red's pool (sides.red.recruitPool, each recruit costing sides.red.recruitCostUsd of the budget) or, with `from`, moved from another armed-group actor of red's; its strength stays at most sides.red.maxStrengthRatio times the scenario's.",
  },
);

const OrderSchema = Type.Union(
  [
    DeployOrder,
    InviteGuardsOrder,
    CommitReactionForceOrder,
    AllowQuickReactionOrder,
    AssistanceOrder,
    ReallocateOrder,
    RefugeesOrder,
    RouteOrder,
    TempoOrder,
    SplitOrder,
    BribeOrder,
    ReinforceOrder,
  ],
  {
    description: 'An order (docs/policies.md).',
    // Its quantities may name a distribution by $ref: the order schema, compiled on its own
    // (src/scenario/generated/validate-orders.js), carries the definition with it.
    $defs: { InputDistribution: DistributionSchema },
  },
);

const EventOnlyActions = [
  Type.Object(
    {
      type: Type.Literal('actor'),
      actor: Id,
      strength: opt(Change),
      intent: opt(Change),
      presence: opt(
        Type.Record(
          Type.String({ pattern: ID_PATTERN }),
          Quantity({ maximum: 1e6, unit: 'relative weight', description: 'New presence weight of a sector or province.' }),
          {
            maxProperties: LIMITS.entries,
            description: "Replaces the actor's presence (same rules as actors[].presence).",
          },
        ),
      ),
    },
    { additionalProperties: false, description: "Change an actor's strength (persons), intent (0-1) or presence." },
  ),
  Type.Object(
    { type: Type.Literal('control'), province: Id, controlledBy: Controller },
    { additionalProperties: false, description: 'Change who holds a province across the border.' },
  ),
  Type.Object(
    {
      type: Type.Literal('add-force'),
      force: Force,
      arrivalDays: opt(Days('Days until the unit is on station at its location (at the nearest turn boundary). Default 0.')),
    },
    { additionalProperties: false, description: 'Add a unit (its moveTo and departDay are ignored).' },
  ),
  Type.Object({ type: Type.Literal('remove-force'), force: Id }, { additionalProperties: false, description: 'Withdraw a unit.' }),
  Type.Object({ type: Type.Literal('start-drill'), drill: Id }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('stop-drill'), drill: Id }, { additionalProperties: false }),
  Type.Object(
    { type: Type.Literal('set-flag'), flag: Id, value: opt(Type.Boolean({ description: 'true (default) sets, false clears.' })) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('set-parameter'),
      pointer: Type.String({
        pattern: '^/parameters/[a-zA-Z0-9_/-]+$',
        maxLength: 200,
        description: "JSON pointer into the scenario's parameters, e.g. /parameters/kinds/refugees/apprehendShare.",
      }),
      value: Type.Union([Type.Number(), Type.String({ maxLength: 64 })], {
        description: "The new value (checked against the parameter's schema when the scenario loads).",
      }),
    },
    { additionalProperties: false, description: 'Change a parameter from the next step on.' },
  ),
];

const ActionSchema = Type.Union([...EventOnlyActions, ...OrderSchema.anyOf], { description: 'What an event does: an event action or any order.' });

const Repeat = Type.Object(
  {
    cooldownTurns: Type.Integer({
      minimum: 1,
      maximum: LIMITS.turns,
      description: 'Turns between two firings (1: may fire every turn). Unit: turns (the game\'s clock, not the world\'s: docs/model.md "Time").',
    }),
    maxFirings: opt(Type.Integer({ minimum: 1, maximum: LIMITS.turns, description: 'Most firings in a run. Default unlimited.' })),
  },
  { additionalProperties: false, description: 'Fire again when the trigger holds and the cooldown has passed; without repeat an event fires once.' },
);

const Trigger = Type.Object(
  {
    turn: opt(Type.Integer({ minimum: 0, maximum: LIMITS.turns, description: 'Fires in this turn (from 0).' })),
    date: opt(
      DateString(
        "Fires in the turn whose days include this date (YYYY-MM-DD); its changes to actors (intent, strength) take effect on the date itself, the rest from the turn's start.",
      ),
    ),
    when: opt(ConditionRef),
    probabilityPerWeek: opt(
      Probability(
        'Chance of firing in a week in which the rest of the trigger holds; a turn of d days fires with 1 − (1 − p)^(d/7) (one uniform per event and turn from stream event/<id>).',
      ),
    ),
  },
  { additionalProperties: false, minProperties: 1, description: 'Every part given must hold.' },
);

const EventSchema = Type.Object(
  {
    id: Id,
    name: opt(Type.String({ minLength: 1 })),
    description: opt(Type.String()),
    source: opt(Type.String({ description: 'Where the event comes from (a citation, e.g. the id of one of metadata.sources), or "assumption".' })),
    trigger: Trigger,
    repeat: opt(Repeat),
    actions: Type.Array(ActionSchema, { minItems: 1, maxItems: 1_000 }),
  },
  { additionalProperties: false },
);

const DrillSchema = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    side: opt(Id),
    location: Type.String({ pattern: ID_PATTERN, description: 'A base id or sector id (e.g. the Harb-Maidon training ground).' }),
    personnel: Quantity({ maximum: LIMITS.count, unit: 'persons', description: 'Troops in the exercise: they deter (like exercise units) but do not patrol.' }),
    startDay: opt(Days('Days from the start of the run at which the drill starts (it may start within a turn).')),
    startDate: opt(DateString('Date the drill starts (YYYY-MM-DD); it may start within a turn (the turn counts the days it runs).')),
    durationDays: Days('Length of the drill.', 1),
    participants: opt(Type.Array(Id, { maxItems: LIMITS.forces, description: 'Units whose readiness the drill raises.' })),
    readinessGainPerWeek: opt(WeeklyFraction("Share of the participants' gap to full readiness closed per week of drill. Default 0.1.")),
    costPerPersonPerWeekUsd: opt(
      Quantity({
        maximum: 1e6,
        unit: 'USD/person/week',
        description: 'Upkeep of the exercise troops while it runs; default parameters.costs.costPerPersonPerWeekUsd.',
      }),
    ),
    sovereigntyPerThousandPerWeek: opt(
      Quantity({
        maximum: 1e3,
        unit: 'sovereignty points per 1,000 personnel per week',
        description: 'Political cost of the exercise troops while it runs. Default 0.',
      }),
    ),
  },
  { additionalProperties: false, description: 'A scheduled exercise near the border; without startDay or startDate it starts only by an event or order.' },
);

const PolicyRuleSchema = Type.Object(
  {
    id: Id,
    description: opt(Type.String()),
    source: opt(
      Type.String({ description: 'Where the rule and its thresholds come from (a citation, e.g. the id of one of metadata.sources), or "assumption".' }),
    ),
    when: opt(ConditionRef),
    repeat: opt(Repeat),
    orders: Type.Array(OrderSchema, { minItems: 1, maxItems: 1_000 }),
  },
  { additionalProperties: false, description: 'When the condition holds (always, if absent), issue the orders; once, or again after a cooldown.' },
);

const PolicySchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    description: opt(Type.String()),
    rules: Type.Array(PolicyRuleSchema, { maxItems: 1_000 }),
  },
  { additionalProperties: false, description: 'A declarative policy: rules evaluated every turn after the events (docs/policies.md).' },
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
    orders: opt(OrderParameters),
  },
  { additionalProperties: false },
);

const SideController = Type.Union([Type.Literal('policy'), Type.Literal('person')], {
  description:
    "Who decides for the side in `frontier-sim play` and createGame when no player is given: its policy (blue: the scenario's policy; red: the default logit displacement), or a person.",
});
const SidesSchema = Type.Object(
  {
    blue: opt(
      Type.Object(
        {
          name: opt(Type.String({ maxLength: 200, description: 'What the side is called in reports.' })),
          forceSides: opt(
            Type.Array(Id, { maxItems: LIMITS.entries, description: 'The force sides (forces[].side) blue commands and sees; default: every force.' }),
          ),
          controller: opt(SideController),
        },
        { additionalProperties: false, description: 'The defending side: the border troops and their allies.' },
      ),
    ),
    red: opt(
      Type.Object(
        {
          name: opt(Type.String({ maxLength: 200, description: 'What the side is called in reports.' })),
          actors: opt(
            Type.Array(Id, { maxItems: LIMITS.actors, description: 'The actors red commands and sees (one red cell for all of them); default: every actor.' }),
          ),
          controller: opt(SideController),
          maxSurge: opt(Type.Number({ minimum: 1, maximum: 100, description: 'Largest tempo factor a red order may set (default 1.5).' })),
          maxRouteWeight: opt(Type.Number({ minimum: 1, maximum: 1e6, description: 'Largest sector weight a red route order may set (default 4).' })),
          maxSplit: opt(Type.Number({ minimum: 1, maximum: 1000, description: 'Largest split factor a red split order may set (default 4).' })),
          budgetUsd: opt(Type.Number({ minimum: 0, maximum: 1e12, description: "Red's budget over the game for bribes and recruits, USD (default 0: none)." })),
          complicityCostUsd: opt(
            Type.Number({
              exclusiveMinimum: 0,
              maximum: 1e9,
              description: 'USD per person of a unit to raise its complicity by 0.01 (one percentage point) (default 100).',
            }),
          ),
          maxComplicity: opt(
            Type.Number({
              minimum: 0,
              maximum: 1,
              description: 'Largest complicity red can buy a unit up to (default 0.95); a unit already above keeps its own.',
            }),
          ),
          recruitPool: opt(Type.Integer({ minimum: 0, maximum: 1e9, description: 'Persons red can recruit into its armed groups over the game (default 0).' })),
          recruitCostUsd: opt(Type.Number({ minimum: 0, maximum: 1e9, description: 'USD a recruit costs from the budget (default 0).' })),
          maxStrengthRatio: opt(
            Type.Number({
              minimum: 1,
              maximum: 100,
              description: "Largest strength a reinforce order may bring an armed group to, as a multiple of the scenario's strength (default 1.5).",
            }),
          ),
        },
        { additionalProperties: false, description: 'The side across the border: its networks and groups.' },
      ),
    ),
  },
  { additionalProperties: false, description: 'The two sides of a wargame and who controls each (docs/wargaming.md).' },
);

/** The scenario file. */
export const ScenarioSchema = Type.Object(
  {
    $schema: opt(Type.String()),
    extends: opt(Type.String({ description: 'Path of a base scenario, relative to this file.' })),
    metadata: Metadata,
    calendar: Calendar,
    provinces: Type.Array(Province, { maxItems: LIMITS.sectors }),
    terrains: opt(
      Type.Array(TerrainClass, { maxItems: 1_000, description: 'Terrain classes the sectors name (docs/model.md §3); undeclared classes are neutral.' }),
    ),
    rivers: opt(Type.Array(River, { maxItems: 1_000, description: 'Rivers the sectors lie along (docs/model.md §1).' })),
    seasons: opt(Type.Array(Season, { maxItems: 1_000, description: 'Activity seasons the actors name (docs/model.md §1).' })),
    bases: opt(Type.Array(Base, { maxItems: 1_000 })),
    geography: opt(GeographySchema),
    sectors: Type.Array(Sector, { minItems: 1, maxItems: LIMITS.sectors }),
    forces: Type.Array(Force, { maxItems: LIMITS.forces }),
    actors: Type.Array(Actor, { maxItems: LIMITS.actors }),
    parameters: Parameters,
    events: opt(Type.Array(EventSchema, { maxItems: 10_000, description: 'Events, evaluated at the start of each turn in this order (docs/model.md §13).' })),
    drills: opt(Type.Array(DrillSchema, { maxItems: 1_000 })),
    policy: opt(PolicySchema),
    sides: opt(SidesSchema),
    targets: opt(
      Type.Array(TargetSchema, {
        maxItems: 1_000,
        description: 'Historical figures the model should reproduce: frontier-sim calibrate matches them (docs/calibration.md).',
      }),
    ),
  },
  {
    $id: SCHEMA_ID,
    $defs: { Condition: ConditionSchema, InputDistribution: DistributionSchema },
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
/** The border on the globe and the outlines drawn for context (optional). */
export type Geography = Static<typeof GeographySchema>;
/** A place on the globe: `{ lon, lat }` in degrees. */
export type LonLatSpec = Static<typeof LonLat>;
export type TerrainClassSpec = Static<typeof TerrainClass>;
export type RiverSpec = Static<typeof River>;
export type SeasonSpec = Static<typeof Season>;
export type KindBehaviourSpec = Static<typeof KindBehaviour>;
export type ScenarioEvent = Static<typeof EventSchema>;
export type EventAction = Static<typeof ActionSchema>;
export type EventTrigger = Static<typeof Trigger>;
export type Drill = Static<typeof DrillSchema>;
/** A historical target (docs/calibration.md). */
export type Target = Static<typeof TargetSchema>;
/** An order, as JSON rules and TypeScript policies give it (docs/policies.md). */
export type Order = Static<typeof OrderSchema>;
export type OrderType = Order['type'];
export type PolicyRule = Static<typeof PolicyRuleSchema>;
/** A declarative policy: `{ name, description?, rules }`. */
export type DeclarativePolicy = Static<typeof PolicySchema>;
/** The sides of a wargame (`scenario.sides`). */
export type SidesSpec = Static<typeof SidesSchema>;
/** Schemas of policies and orders, for validating them on their own. */
export const PolicyRuleSchemas = { Order: OrderSchema, Policy: PolicySchema, Condition: ConditionSchema } as const;
/** The schema of an input distribution (`$defs/InputDistribution`), for validators compiled on their own (orders). */
export const InputDistributionSchema = DistributionSchema;
