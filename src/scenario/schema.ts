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
    roadSpeedKmPerHour: opt(Quantity({ exclusiveMinimum: 0, maximum: 200, unit: 'km/h', description: 'Speed of reinforcements on the sector\'s roads.' })),
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
  },
  { additionalProperties: false },
);

const Parameters = Type.Object(
  {
    detection: DetectionParameters,
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
