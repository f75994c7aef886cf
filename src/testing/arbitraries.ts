/**
 * fast-check arbitraries for frontier-sim inputs: valid scenarios of a chosen size, run seeds,
 * overlay policies that change one thing, and single parameter changes.
 *
 * How shrinking stays useful:
 * - a scenario is generated as a *structure* (arrays of sector, force and actor specs whose
 *   references are plain indices) and then mapped to the scenario object; ids are built from
 *   positions (`s0`, `f1`, `a2`) and every reference is an index taken modulo the size of the
 *   array it points into, so fast-check can drop any element and the scenario stays valid;
 * - numbers come from small integer grids (`10 × k` km, `k / 20` for probabilities) so that they
 *   shrink toward round values; optional fields are `fc.option`s that shrink to "absent";
 * - no `chain`: nothing generated depends on a value generated before it.
 *
 * @module
 */
import fc from './fast-check-peer';
import { ACTOR_KINDS, FORCE_ROLES, type ActorKind, type ForceRole, type OverlayPolicy, type Scenario } from './lib';
import { numericLeaves, type ParameterChange } from './changes';

/** A size: an exact count or a range. */
export type Size = number | { min?: number; max?: number };

/** Options of {@link arbitraries.scenario}. */
export interface ScenarioArbitraryOptions {
  /** Number of sectors (default 1-3). */
  sectors?: Size;
  /** Number of forces (default 0-4). */
  forces?: Size;
  /** Number of actors (default 1-3). */
  actors?: Size;
  /** Number of bases (default 0-2). */
  bases?: Size;
  /** Turns in the calendar (default 1-6). */
  turns?: Size;
  /** Actor kinds to draw from (default all four). Leave out 'armed-group' for scenarios without fights. */
  kinds?: readonly ActorKind[];
  /** Force roles to draw from (default all five). */
  roles?: readonly ForceRole[];
  /** Actors adapt their routes (displacement). false sets every actor's sensitivity to 0. Default true. */
  displacement?: boolean;
  /** Every force gets the same complicity (the condition of docs/model.md's pathwise monotonicity). Default false. */
  uniformComplicity?: boolean;
  /** Allow forces that move (`moveTo`, `departDay`). Default true. */
  moves?: boolean;
  /** Write some numbers as Quantity objects (`{ value, source }`, `{ min, max }`) as scenario files may. Default false. */
  quantities?: boolean;
}

function sizeRange(s: Size | undefined, dflt: { min: number; max: number }): { minLength: number; maxLength: number } {
  if (s === undefined) return { minLength: dflt.min, maxLength: dflt.max };
  if (typeof s === 'number') return { minLength: s, maxLength: s };
  const minLength = s.min ?? dflt.min;
  return { minLength, maxLength: Math.max(minLength, s.max ?? Math.max(dflt.max, minLength)) };
}

/** k / d for k in [lo, hi]: probabilities and fractions on a grid, shrinking toward lo / d. */
const grid = (lo: number, hi: number, d: number) => fc.integer({ min: lo, max: hi }).map((k) => k / d);
/** Mostly round values (multiples of `step`), sometimes any integer in range. */
const roundish = (lo: number, hi: number, step: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: Math.ceil(lo / step), max: Math.floor(hi / step) }).map((k) => k * step) },
    { weight: 1, arbitrary: fc.integer({ min: lo, max: hi }) },
  );

const sectorSpec = fc.record({
  lengthKm: fc.integer({ min: 1, max: 30 }).map((k) => k * 10),
  // Index of one of the scenario's terrain classes (modulo their number), or none.
  terrain: fc.option(fc.nat({ max: 3 }), { nil: undefined }),
  province: fc.nat({ max: 3 }),
  posts: fc.option(fc.record({ count: fc.integer({ min: 0, max: 6 }), detectionRadiusKm: fc.integer({ min: 0, max: 5 }) }), { nil: undefined }),
  sensorDetection: fc.option(grid(0, 10, 20), { nil: undefined }),
  depthKm: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  river: fc.option(fc.array(grid(0, 4, 4), { minLength: 12, maxLength: 12 }), { nil: undefined }),
});

function forceSpec(roles: readonly ForceRole[], moves: boolean) {
  return fc.record({
    role: fc.constantFrom(...roles),
    personnel: roundish(0, 600, 10),
    location: fc.nat({ max: 5 }),
    readiness: fc.option(grid(1, 10, 10), { nil: undefined }),
    quality: fc.option(grid(1, 10, 10), { nil: undefined }),
    fatigue: fc.option(grid(0, 5, 10), { nil: undefined }),
    complicity: fc.option(grid(0, 10, 20), { nil: undefined }),
    quickReaction: fc.boolean(),
    noticeHours: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    move: moves ? fc.option(fc.record({ to: fc.nat({ max: 5 }), turn: fc.integer({ min: 0, max: 4 }) }), { nil: undefined }) : fc.constant(undefined),
  });
}

function actorSpec(kinds: readonly ActorKind[], displacement: boolean) {
  return fc.record({
    kind: fc.constantFrom(...kinds),
    strength: roundish(1, 500, 50),
    intent: grid(1, 10, 10),
    attemptsPerWeek: roundish(0, 60, 5),
    presence: fc.array(fc.record({ at: fc.nat({ max: 5 }), weight: fc.integer({ min: 1, max: 3 }), byProvince: fc.boolean() }), { minLength: 1, maxLength: 3 }),
    loadKg: fc.integer({ min: 1, max: 50 }),
    groupSize: fc.integer({ min: 1, max: 20 }),
    theta: displacement ? fc.integer({ min: 0, max: 5 }) : fc.constant(0),
    // Index of one of the scenario's seasons (modulo their number), or none.
    season: fc.option(fc.nat({ max: 3 }), { nil: undefined }),
  });
}

/** A terrain class: a search multiplier, and maybe a sweep-rate season and a pass season. */
const terrainSpec = fc.record({
  searchMultiplier: grid(2, 10, 10),
  byMonth: fc.option(fc.array(grid(2, 10, 10), { minLength: 12, maxLength: 12 }), { nil: undefined }),
  passOpen: fc.option(fc.array(grid(0, 2, 2), { minLength: 12, maxLength: 12 }), { nil: undefined }),
});

/** An activity season: weights by month and an amplitude. */
const seasonSpec = fc.record({
  weights: fc.array(grid(0, 4, 4), { minLength: 12, maxLength: 12 }),
  amplitude: grid(0, 8, 4),
});

const baseSpec = fc.record({
  alongBorderKm: fc.integer({ min: 0, max: 10 }).map((k) => k * 50),
  fromBorderKm: fc.integer({ min: 0, max: 10 }).map((k) => k * 10),
});

const detectionSpec = fc.record({
  sweepWidthKm: fc.integer({ min: 1, max: 5 }),
  patrolSpeedKmPerHour: fc.integer({ min: 1, max: 10 }),
  exposureHours: fc.integer({ min: 1, max: 24 }),
  personnelPerPatrol: fc.integer({ min: 1, max: 10 }),
  sectorDepthKm: fc.integer({ min: 1, max: 10 }),
  dutyFraction: grid(1, 10, 10),
});

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** The structure a scenario is built from (what {@link scenarioSpec} generates). */
export interface ScenarioSpec {
  sectors: Of<typeof sectorSpec>[];
  bases: Of<typeof baseSpec>[];
  terrains: Of<typeof terrainSpec>[];
  seasons: Of<typeof seasonSpec>[];
  forces: Of<ReturnType<typeof forceSpec>>[];
  actors: Of<ReturnType<typeof actorSpec>>[];
  detection: Of<typeof detectionSpec>;
  month: number;
  turnLengthDays: number;
  turns: number;
  complicity: number;
  quantities: boolean[];
}

/** A Quantity written as a number, `{ value, source }` or a range around it, per `form`. */
function quantity(value: number, form: boolean | undefined): number | object {
  if (!form) return value;
  return { value, source: 'assumption' };
}

/** Builds the scenario of a spec: a plain JSON object, as `JSON.parse` of a scenario file gives. */
export function buildScenario(spec: ScenarioSpec, options: Pick<ScenarioArbitraryOptions, 'uniformComplicity'> = {}): Scenario {
  const nS = spec.sectors.length;
  const nB = spec.bases.length;
  let q = 0;
  const Q = (v: number) => quantity(v, spec.quantities[q++ % Math.max(1, spec.quantities.length)]);
  const sectorId = (i: number) => `s${i % nS}`;
  const placeId = (i: number) => {
    const k = i % (nS + nB);
    return k < nS ? `s${k}` : `b${k - nS}`;
  };
  // Older specs (replayed from a counterexample file) may lack the theatre's parts.
  const terrainSpecs = spec.terrains ?? [];
  const seasonSpecs = spec.seasons ?? [];
  const terrains = terrainSpecs.map((t, i) => {
    const out: Record<string, unknown> = { id: `t${i}`, searchMultiplier: t.searchMultiplier };
    if (t.byMonth !== undefined) out.searchMultiplierByMonth = [...t.byMonth];
    if (t.passOpen !== undefined) out.passOpenByMonth = [...t.passOpen];
    return out;
  });
  const seasons = seasonSpecs.map((x, i) => ({ id: `season${i}`, weightsByMonth: [...x.weights], amplitude: x.amplitude }));
  const sectors = spec.sectors.map((s, i) => {
    const out: Record<string, unknown> = { id: `s${i}`, name: `Sector ${i}`, lengthKm: Q(s.lengthKm), provinceAcross: `p${s.province % nS}` };
    if (s.terrain !== undefined && terrains.length > 0) out.terrain = `t${s.terrain % terrains.length}`;
    if (s.depthKm !== undefined) out.depthKm = s.depthKm;
    if (s.posts !== undefined) out.posts = { count: s.posts.count, detectionRadiusKm: s.posts.detectionRadiusKm };
    if (s.sensorDetection !== undefined) out.sensorDetection = Q(s.sensorDetection);
    if (s.river !== undefined) out.riverCrossabilityByMonth = [...s.river];
    return out;
  });
  const provinces = spec.sectors.map((_, i) => ({ id: `p${i}`, name: `Province ${i}` }));
  const bases = spec.bases.map((b, i) => ({ id: `b${i}`, name: `Base ${i}`, alongBorderKm: b.alongBorderKm, fromBorderKm: b.fromBorderKm }));
  const forces = spec.forces.map((f, i) => {
    const out: Record<string, unknown> = {
      id: `f${i}`,
      name: `Force ${i}`,
      side: 'guards',
      personnel: Q(f.personnel),
      location: placeId(f.location),
      role: f.role,
    };
    if (f.readiness !== undefined) out.readiness = f.readiness;
    if (f.quality !== undefined) out.quality = f.quality;
    if (f.fatigue !== undefined) out.fatigue = f.fatigue;
    if (options.uniformComplicity) out.complicity = spec.complicity;
    else if (f.complicity !== undefined) out.complicity = f.complicity;
    if (f.quickReaction) out.quickReaction = true;
    if (f.noticeHours !== undefined) out.noticeHours = f.noticeHours;
    if (f.move !== undefined) {
      out.moveTo = placeId(f.move.to);
      out.departDay = f.move.turn * spec.turnLengthDays;
    }
    return out;
  });
  const actors = spec.actors.map((a, i) => {
    const presence: Record<string, number> = {};
    for (const p of a.presence) {
      const key = p.byProvince ? `p${p.at % nS}` : sectorId(p.at);
      presence[key] = (presence[key] ?? 0) + p.weight;
    }
    const out: Record<string, unknown> = {
      id: `a${i}`,
      name: `Actor ${i}`,
      kind: a.kind,
      strength: Q(a.strength),
      intent: a.intent,
      attemptsPerWeek: Q(a.attemptsPerWeek),
      presence,
      displacementSensitivity: a.theta,
    };
    if (a.kind === 'smuggling') out.loadKg = a.loadKg;
    else out.groupSize = a.groupSize;
    if (a.season !== undefined && seasons.length > 0) out.season = `season${a.season % seasons.length}`;
    return out;
  });
  const month = String(spec.month).padStart(2, '0');
  return {
    metadata: {
      name: `generated (${nS} sector${nS === 1 ? '' : 's'}, ${forces.length} force${forces.length === 1 ? '' : 's'}, ${actors.length} actor${actors.length === 1 ? '' : 's'})`,
    },
    calendar: { start: `2021-${month}-01`, turnLengthDays: spec.turnLengthDays, turns: spec.turns },
    provinces,
    ...(terrains.length > 0 ? { terrains } : {}),
    ...(seasons.length > 0 ? { seasons } : {}),
    bases,
    sectors,
    forces,
    actors,
    parameters: { detection: { ...spec.detection } },
  } as unknown as Scenario;
}

/** The arbitrary of scenario structures (what `arbitraries.scenario` maps to scenario objects). */
export function scenarioSpec(options: ScenarioArbitraryOptions = {}): fc.Arbitrary<ScenarioSpec> {
  const kinds = options.kinds ?? ACTOR_KINDS;
  const roles = options.roles ?? FORCE_ROLES;
  if (kinds.length === 0) throw new TypeError('arbitraries.scenario: kinds must not be empty');
  if (roles.length === 0) throw new TypeError('arbitraries.scenario: roles must not be empty');
  const sizes = {
    sectors: sizeRange(options.sectors, { min: 1, max: 3 }),
    forces: sizeRange(options.forces, { min: 0, max: 4 }),
    actors: sizeRange(options.actors, { min: 1, max: 3 }),
    bases: sizeRange(options.bases, { min: 0, max: 2 }),
    turns: sizeRange(options.turns, { min: 1, max: 6 }),
  };
  if (sizes.sectors.minLength < 1) throw new TypeError('arbitraries.scenario: a scenario needs at least one sector');
  return fc.record({
    sectors: fc.array(sectorSpec, sizes.sectors),
    bases: fc.array(baseSpec, sizes.bases),
    terrains: fc.array(terrainSpec, { maxLength: 3 }),
    seasons: fc.array(seasonSpec, { maxLength: 2 }),
    forces: fc.array(forceSpec(roles, options.moves ?? true), sizes.forces),
    actors: fc.array(actorSpec(kinds, options.displacement ?? true), sizes.actors),
    detection: detectionSpec,
    month: fc.integer({ min: 1, max: 12 }),
    turnLengthDays: fc.constantFrom(7, 14, 1),
    turns: fc.integer({ min: sizes.turns.minLength, max: sizes.turns.maxLength }),
    complicity: grid(0, 10, 20),
    quantities: options.quantities ? fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }) : fc.constant([false]),
  }) as fc.Arbitrary<ScenarioSpec>;
}

// ---- Policies and parameter changes ------------------------------------------------------------

/** What a generated policy changes. */
export type PolicyKind = 'reinforce' | 'personnel' | 'sensor' | 'posts' | 'intent';

/** Options of {@link arbitraries.policy}. */
export interface PolicyArbitraryOptions {
  /** Kinds of change to draw from (default all). */
  kinds?: readonly PolicyKind[];
}

interface PolicySpec {
  kind: PolicyKind;
  target: number;
  amount: number;
}

/**
 * The overlay policy of a spec on a scenario: the target is an index modulo the number of
 * sectors (forces, actors) of that scenario, so the same spec applies to any scenario.
 */
export function policyFromSpec(scenario: Scenario, spec: PolicySpec): OverlayPolicy {
  const sectors = scenario.sectors;
  const sector = sectors[spec.target % sectors.length] as Scenario['sectors'][number];
  switch (spec.kind) {
    case 'personnel': {
      const forces = scenario.forces;
      if (forces.length > 0) {
        const f = forces[spec.target % forces.length] as Scenario['forces'][number];
        const personnel = spec.amount * 50;
        return { name: `${f.id} personnel ${personnel}`, overlay: { forces: [{ id: f.id, personnel }] } };
      }
      return policyFromSpec(scenario, { ...spec, kind: 'reinforce' });
    }
    case 'sensor': {
      const p = Math.min(1, spec.amount / 10);
      return { name: `${sector.id} sensors ${p}`, overlay: { sectors: [{ id: sector.id, sensorDetection: p }] } };
    }
    case 'posts':
      return { name: `${sector.id} posts ${spec.amount}`, overlay: { sectors: [{ id: sector.id, posts: { count: spec.amount, detectionRadiusKm: 2 } }] } };
    case 'intent': {
      const actors = scenario.actors;
      if (actors.length === 0) return policyFromSpec(scenario, { ...spec, kind: 'sensor' });
      const a = actors[spec.target % actors.length] as Scenario['actors'][number];
      const intent = Math.min(1, spec.amount / 10);
      return { name: `${a.id} intent ${intent}`, overlay: { actors: [{ id: a.id, intent }] } };
    }
    case 'reinforce':
    default: {
      const ids = new Set(scenario.forces.map((f) => f.id));
      let id = `reinforce-${sector.id}`;
      for (let k = 2; ids.has(id); k++) id = `reinforce-${sector.id}-${k}`;
      const personnel = spec.amount * 50;
      return {
        name: `reinforce ${sector.id} +${personnel} patrol`,
        overlay: { forces: [{ id, name: `Reinforcement of ${sector.id}`, side: 'guards', personnel, location: sector.id, role: 'patrol' }] },
      };
    }
  }
}

const POLICY_KINDS: readonly PolicyKind[] = ['reinforce', 'personnel', 'sensor', 'posts', 'intent'];

function policySpec(options: PolicyArbitraryOptions): fc.Arbitrary<PolicySpec> {
  return fc.record({
    kind: fc.constantFrom(...(options.kinds ?? POLICY_KINDS)),
    target: fc.nat({ max: 100 }),
    amount: fc.integer({ min: 0, max: 10 }),
  });
}

/** A change that resolves against whatever scenario it is applied to (printable by fast-check). */
export type ScenarioFunction<T> = ((scenario: Scenario) => T) & { readonly description: string };

function describedFunction<T>(description: string, f: (scenario: Scenario) => T): ScenarioFunction<T> {
  const g = ((s: Scenario) => f(s)) as ScenarioFunction<T> & { [k: symbol]: unknown };
  Object.defineProperty(g, 'description', { value: description });
  Object.defineProperty(g, fc.toStringMethod, { value: () => description });
  return g;
}

/**
 * Changes of one parameter. With a scenario: `{ pointer, value }` for one of its numeric
 * parameters (calendar, metadata and map geometry excluded), within the schema's range. Without: a function
 * that picks the parameter by index on the scenario it is given.
 */
function parameterChangeArb(scenario?: Scenario): fc.Arbitrary<ParameterChange> | fc.Arbitrary<ScenarioFunction<ParameterChange>> {
  const spec = fc.record({ leaf: fc.nat({ max: 10_000 }), step: fc.nat({ max: FACTORS.length - 1 }), k: fc.integer({ min: 0, max: 20 }) });
  const resolve = (s: Scenario, p: { leaf: number; step: number; k: number }): ParameterChange => {
    const leaves = numericLeaves(s);
    if (leaves.length === 0) throw new TypeError('arbitraries.parameterChange: the scenario has no numeric parameter');
    const leaf = leaves[p.leaf % leaves.length] as (typeof leaves)[number];
    return { pointer: leaf.pointer, value: newValue(leaf, p.step, p.k) };
  };
  if (scenario !== undefined) {
    if (numericLeaves(scenario).length === 0) throw new TypeError('arbitraries.parameterChange: the scenario has no numeric parameter');
    return spec.map((p) => resolve(scenario, p));
  }
  return spec.map((p) => describedFunction(`parameter #${p.leaf} step ${p.step}/${p.k}`, (s) => resolve(s, p)));
}

const FACTORS = [0, 2, 0.5, 1.5, 0.25, 4, 10] as const;

function newValue(leaf: ReturnType<typeof numericLeaves>[number], step: number, k: number): number {
  const { min, max, exclusiveMin, integer, value } = leaf;
  let v: number;
  if (max - min <= 1) v = min + ((max - min) * k) / 20;
  else if (value === 0) v = [1, 2, 5, 10, 20, 50, 100][step % 7] as number;
  else v = value * (FACTORS[step] as number);
  if (integer) v = Math.round(v);
  v = Math.min(max, Math.max(min, v));
  if (exclusiveMin && v <= min) v = Math.min(max, integer ? min + 1 : max - min <= 1 ? min + (max - min) / 20 : min + 1);
  return v;
}

/** The arbitraries of frontier-sim's inputs. */
export const arbitraries = {
  /** A run seed: a non-negative safe integer, shrinking toward 0. */
  seed: (): fc.Arbitrary<number> => fc.nat({ max: Number.MAX_SAFE_INTEGER }),

  /**
   * Valid scenarios (plain objects, as `JSON.parse` of a file gives) of a chosen size; every one
   * passes `parseScenario`. Shrinking removes sectors, forces, actors and bases and rounds numbers.
   *
   * @example
   * fc.assert(fc.property(arbitraries.scenario({ sectors: { max: 2 }, kinds: ['smuggling'] }), (s) => {
   *   simulate(parseScenario(s), { seed: 1, turns: 3 });
   * }));
   */
  scenario: (options: ScenarioArbitraryOptions = {}): fc.Arbitrary<Scenario> => {
    const arb = scenarioSpec(options);
    return arb.map((spec) => buildScenario(spec, options));
  },

  /**
   * Overlay policies that change one thing: a patrol reinforcement of a sector, one force's
   * personnel, a sector's sensor detection or posts, an actor's intent. With a scenario the
   * policies name its ids; without, each value is a function `(scenario) => OverlayPolicy` that
   * picks its target by index, so it fits any (generated) scenario.
   */
  policy: ((scenario?: Scenario, options: PolicyArbitraryOptions = {}) => {
    const spec = policySpec(options);
    if (scenario !== undefined) return spec.map((p) => policyFromSpec(scenario, p));
    return spec.map((p) => describedFunction(`${p.kind} #${p.target} (${p.amount})`, (s) => policyFromSpec(s, p)));
  }) as {
    (scenario: Scenario, options?: PolicyArbitraryOptions): fc.Arbitrary<OverlayPolicy>;
    (scenario?: undefined, options?: PolicyArbitraryOptions): fc.Arbitrary<ScenarioFunction<OverlayPolicy>>;
  },

  /**
   * A change of one numeric parameter: `{ pointer, value }` (RFC 6901 pointer, value within the
   * schema's bounds). Without a scenario, a function that picks the parameter on the scenario given.
   */
  parameterChange: parameterChangeArb as {
    (scenario: Scenario): fc.Arbitrary<ParameterChange>;
    (scenario?: undefined): fc.Arbitrary<ScenarioFunction<ParameterChange>>;
  },
};
