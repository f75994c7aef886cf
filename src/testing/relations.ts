/**
 * Built-in metamorphic relations: things that must hold for ANY scenario, stated exactly where
 * the model guarantees them (docs/property-testing.md gives the reasoning for each condition).
 *
 * | relation | mode | claim |
 * |---|---|---|
 * | `reorder` | pathwise | reversing the forces, provinces, bases and actors arrays (armed groups keep their relative order) changes no metric |
 * | `renameIds` | pathwise + statistical | renaming forces, provinces and bases changes no metric on the same seed; renaming sectors and actors changes no metric's distribution |
 * | `zeroPersonnelUnit` | pathwise | adding a unit of every role with zero personnel changes no metric |
 * | `sectorIsolation` | pathwise | without displacement and without fights, reinforcing one sector leaves every other sector's outcomes, and its own attempts, unchanged |
 * | `detectionMonotone` | pathwise | without fights, reinforcing a sector never lowers its detection probability, turn by turn; without displacement, never lowers its detections either |
 * | `conservation` | one run | attempts = interdicted + got away, interdicted = apprehended + turned back, kg seized + kg through = kg attempted, sector and kind totals add up, personnel and strength = start − casualties |
 *
 * Why sectors are never reordered: their order is geography (west to east); it sets positions
 * along the border and so road distances. Why renaming sectors and actors is only statistical:
 * random streams are keyed by ids (`cross/<sector>/<actor>`), so new ids draw new numbers; the
 * model gives the same *distribution*, not the same path. Why armed groups keep their order:
 * responders and fighters lost in one battle are not available to a later battle of the same
 * turn, and battles are fought in scenario order (docs/model.md §10).
 *
 * @module
 */
import { cloneJson } from './changes';
import { compileScenario, deriveSeed, FLOW_METRICS, parseScenario, simulate, type RunResult, type Scenario } from './lib';
import { pairedTest } from './stats';

/** Options of a relation check. */
export interface RelationOptions {
  /** Run seed of pathwise relations (default 1). */
  seed?: number;
  /** Turns per run (default: the scenario's calendar). */
  turns?: number;
  /** Statistical relations: paired runs (default 40). */
  runs?: number;
  /** Statistical relations: run i uses deriveSeed(rootSeed, i) (default 1). */
  rootSeed?: number;
  /** Statistical relations: confidence of the whole check (default 0.999: a false alarm in 1,000). */
  confidence?: number;
  /** sectorIsolation / detectionMonotone: patrol personnel added to a sector (default 100). */
  personnel?: number;
  /** sectorIsolation / detectionMonotone: the sectors to reinforce, by id (default every sector). */
  sectors?: readonly string[];
}

/** The result of a relation check. */
export interface RelationResult {
  relation: string;
  holds: boolean;
  /** What was found, one line each (empty when it holds). */
  problems: string[];
  /** Runs simulated. */
  runs: number;
}

/** A relation that holds for any scenario. */
export interface BuiltInRelation {
  readonly name: string;
  readonly mode: 'pathwise' | 'statistical' | 'pathwise+statistical';
  readonly description: string;
  /** Checks the relation on a scenario (validated first). */
  check(scenario: Scenario | object, options?: RelationOptions): RelationResult;
  /** Checks it and throws an Error listing the problems if it does not hold. */
  assert(scenario: Scenario | object, options?: RelationOptions): void;
}

type Json = Record<string, unknown>;
const MAX_PROBLEMS = 20;

function define(
  name: string,
  mode: BuiltInRelation['mode'],
  description: string,
  run: (s: Scenario, o: RelationOptions, out: RelationResult) => void,
): BuiltInRelation {
  const check = (scenario: Scenario | object, options: RelationOptions = {}): RelationResult => {
    const s = parseScenario(cloneJson(scenario), { source: `<${name}>` });
    const out: RelationResult = { relation: name, holds: true, problems: [], runs: 0 };
    run(s, options, out);
    out.holds = out.problems.length === 0;
    return out;
  };
  return {
    name,
    mode,
    description,
    check,
    assert(scenario, options) {
      const r = check(scenario, options);
      if (!r.holds) {
        const label = (scenario as { metadata?: { name?: string } }).metadata?.name ?? 'the scenario';
        throw new Error(`relation ${name} does not hold for ${label} (${description}):\n  ${r.problems.join('\n  ')}`);
      }
    },
  };
}

function problem(out: RelationResult, text: string): void {
  if (out.problems.length < MAX_PROBLEMS) out.problems.push(text);
  else if (out.problems.length === MAX_PROBLEMS) out.problems.push('... more');
}

function play(s: Scenario, o: RelationOptions, out: RelationResult, seed = o.seed ?? 1): RunResult {
  out.runs++;
  return simulate(s, { seed, turns: o.turns ?? s.calendar.turns, log: false, hashes: false, detail: true });
}

const close = (a: number, b: number, rel: number) => a === b || Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

/** Compares two flat metric records; `rel` is the relative tolerance (0: exact). */
function compareMetrics(
  where: string,
  a: Readonly<Record<string, number>> | undefined,
  b: Readonly<Record<string, number>> | undefined,
  rel: number,
  out: RelationResult,
): void {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  for (const k of keys) {
    const x = a?.[k];
    const y = b?.[k];
    if (x === undefined || y === undefined || !close(x, y, rel)) problem(out, `${where} ${k}: ${x} before, ${y} after`);
  }
}

/** Compares two runs' per-turn records and totals (sectors matched by `sectorMap`, old id → new id). */
function compareRuns(a: RunResult, b: RunResult, rel: number, out: RelationResult, sectorMap?: ReadonlyMap<string, string>): void {
  compareMetrics('totals', a.totals, b.totals, rel, out);
  a.turns.forEach((ta, t) => {
    const tb = b.turns[t];
    compareMetrics(`turn ${t}`, ta.metrics, tb?.metrics, rel, out);
    for (const kind of Object.keys(ta.byKind))
      compareMetrics(
        `turn ${t} ${kind}`,
        (ta.byKind as Readonly<Record<string, Readonly<Record<string, number>>>>)[kind],
        (tb?.byKind as Readonly<Record<string, Readonly<Record<string, number>>>> | undefined)?.[kind],
        rel,
        out,
      );
    for (const id of Object.keys(ta.bySector)) compareMetrics(`turn ${t} sector ${id}`, ta.bySector[id], tb?.bySector[sectorMap?.get(id) ?? id], rel, out);
  });
}

/** Floating-point sums taken in another order differ in the last bits: 1e-9 relative. */
const SUM_ORDER_TOLERANCE = 1e-9;

// ---- reorder ---------------------------------------------------------------------------------

function reversePresence(p: Json): Json {
  const out: Json = {};
  for (const k of Object.keys(p).reverse()) out[k] = p[k];
  return out;
}

/** The scenario with forces, provinces, bases and actors reversed (armed groups keep their relative order). */
export function reorderScenario(s: Scenario): Scenario {
  const c = cloneJson(s) as unknown as Json & { actors: Json[]; forces: Json[]; provinces: Json[]; bases?: Json[] };
  c.forces = [...c.forces].reverse();
  c.provinces = [...c.provinces].reverse();
  if (c.bases) c.bases = [...c.bases].reverse();
  const armed = c.actors.filter((a) => a.kind === 'armed-group');
  const reversed = [...c.actors].reverse();
  let k = 0;
  c.actors = reversed.map((a) => (a.kind === 'armed-group' ? (armed[k++] as Json) : a)).map((a) => ({ ...a, presence: reversePresence(a.presence as Json) }));
  return c as unknown as Scenario;
}

const reorder = define(
  'reorder',
  'pathwise',
  'reversing the forces, provinces, bases and actors arrays (armed groups keep their relative order) changes no metric on the same seed',
  (s, o, out) => {
    compareRuns(play(s, o, out), play(parseScenario(reorderScenario(s)), o, out), SUM_ORDER_TOLERANCE, out);
  },
);

// ---- renameIds --------------------------------------------------------------------------------

/** Order-preserving new ids for a list of ids: sorted old ids get increasing new ids. */
function renaming(ids: readonly string[], prefix: string): Map<string, string> {
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((id, i) => [id, `${prefix}${String(i).padStart(5, '0')}`]));
}

/** Text fields that may mention an id without referring to it. */
const TEXT_KEYS = new Set(['name', 'description', 'source', 'note', 'citation', 'url', 'era', 'message', '$schema', 'extends']);

/** Which kinds of id a field refers to, from its name (events, drills and orders included); undefined: any. */
function hint(key: string): readonly Category[] | undefined {
  const k = key.toLowerCase();
  if (k.includes('province')) return ['provinces'];
  if (k.includes('actor')) return ['actors'];
  if (k.includes('force') || k === 'participants' || k === 'units' || k === 'donors') return ['forces'];
  if (k.includes('base')) return ['bases', 'sectors'];
  if (k.includes('sector') || k === 'location' || k === 'moveto' || k === 'to' || k === 'from') return ['sectors', 'bases'];
  return undefined;
}

type Category = 'sectors' | 'actors' | 'forces' | 'provinces' | 'bases';
const CATEGORIES: readonly Category[] = ['sectors', 'actors', 'forces', 'provinces', 'bases'];

/**
 * The scenario with ids renamed consistently; which kinds of ids is chosen by `what`. Every
 * reference follows, wherever it is (forces, presence keys, events, drills, orders, pointers with
 * `[id=...]`): a string that equals an old id is renamed, by the kind its field names when it names
 * one (`actor`, `province`, `force`, `location`...), else by the only kind that has that id. New ids
 * preserve the order of the old ones within each kind (ties are broken by id in the engine).
 */
export function renameScenario(
  s: Scenario,
  what: { sectors?: boolean; actors?: boolean; forces?: boolean; provinces?: boolean; bases?: boolean },
): { scenario: Scenario; sectors: Map<string, string> } {
  const c = cloneJson(s) as unknown as Json;
  const maps = new Map<Category, Map<string, string>>();
  for (const cat of CATEGORIES) {
    const list = (c[cat] as Json[] | undefined) ?? [];
    maps.set(
      cat,
      what[cat]
        ? renaming(
            list.map((e) => e.id as string),
            `renamed-${cat.slice(0, -1)}-`,
          )
        : new Map(),
    );
  }
  const lookup = (v: string, cats: readonly Category[] | undefined): string => {
    for (const cat of cats ?? CATEGORIES) {
      const n = maps.get(cat)?.get(v);
      if (n !== undefined) return n;
    }
    return v;
  };
  const renameString = (v: string, cats: readonly Category[] | undefined): string => {
    if (v.startsWith('/') && v.includes('[id=')) {
      // A pointer: /actors[id=taliban]/intent.
      return v.replace(
        /([a-zA-Z]+)\[id=([^\]]*)\]/g,
        (_m, key: string, id: string) => `${key}[id=${lookup(id, CATEGORIES.includes(key as Category) ? [key as Category] : undefined)}]`,
      );
    }
    return lookup(v, cats);
  };
  const walk = (v: unknown, key: string, cats: readonly Category[] | undefined): unknown => {
    if (typeof v === 'string') return TEXT_KEYS.has(key) ? v : renameString(v, cats);
    if (Array.isArray(v)) return v.map((x) => walk(x, key, cats));
    if (typeof v !== 'object' || v === null) return v;
    const out: Json = {};
    const keyedByIds = key === 'presence';
    for (const [k, x] of Object.entries(v as Json)) {
      if (k === 'metadata') {
        out[k] = x;
        continue;
      }
      const nk = keyedByIds ? lookup(k, ['sectors', 'provinces']) : k;
      // An entry's own id is of the kind of the array it is in.
      const own = k === 'id' && CATEGORIES.includes(key as Category) ? [key as Category] : k === 'id' ? cats : (hint(k) ?? (keyedByIds ? undefined : cats));
      out[nk] = walk(x, k, own);
    }
    return out;
  };
  const renamed = walk(c, '', undefined) as Json;
  return { scenario: renamed as unknown as Scenario, sectors: maps.get('sectors') ?? new Map() };
}

/** Metrics whose distribution the statistical half of renameIds compares. */
const RENAME_METRICS = ['attempts', 'detected', 'interdicted', 'gotAway', 'kgThrough', 'casualtiesForces'] as const;

const renameIds = define(
  'renameIds',
  'pathwise+statistical',
  'renaming forces, provinces and bases (order-preserving) changes no metric on the same seed; renaming sectors and actors changes no metric in distribution (random streams are keyed by sector and actor ids)',
  (s, o, out) => {
    const exact = renameScenario(s, { forces: true, provinces: true, bases: true });
    compareRuns(play(s, o, out), play(parseScenario(exact.scenario), o, out), SUM_ORDER_TOLERANCE, out);

    const all = renameScenario(s, { sectors: true, actors: true, forces: true, provinces: true, bases: true });
    const renamed = compileScenario(parseScenario(all.scenario));
    const original = compileScenario(s);
    const runs = o.runs ?? 40;
    const turns = o.turns ?? s.calendar.turns;
    const xs = RENAME_METRICS.map(() => [] as number[]);
    const ys = RENAME_METRICS.map(() => [] as number[]);
    for (let i = 0; i < runs; i++) {
      const seed = deriveSeed(o.rootSeed ?? 1, i);
      const a = simulate(original, { seed, turns, log: false, hashes: false, detail: false });
      const b = simulate(renamed, { seed, turns, log: false, hashes: false, detail: false });
      out.runs += 2;
      RENAME_METRICS.forEach((m, j) => {
        xs[j]?.push(a.totals[m] ?? 0);
        ys[j]?.push(b.totals[m] ?? 0);
      });
    }
    const alpha = (1 - (o.confidence ?? 0.999)) / RENAME_METRICS.length;
    RENAME_METRICS.forEach((m, j) => {
      const t = pairedTest(xs[j] ?? [], ys[j] ?? [], '==', alpha, 't');
      if (!t.holds)
        problem(
          out,
          `renaming sectors and actors changed the distribution of ${m}: mean ${t.meanBefore} before, ${t.meanAfter} after (t = ${t.statistic.toFixed(3)}, critical ${t.critical.toFixed(3)}, ${runs} runs)`,
        );
    });
  },
);

// ---- zeroPersonnelUnit ---------------------------------------------------------------------------

/** The scenario with one zero-personnel unit of every role added (in the first sector, or the first base for exercises). */
export function withZeroPersonnelUnits(s: Scenario): Scenario {
  const c = cloneJson(s) as unknown as { forces: Json[]; sectors: Json[]; bases?: Json[] };
  const ids = new Set(c.forces.map((f) => f.id as string));
  const fresh = (base: string) => {
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    return id;
  };
  const sector = c.sectors[0]?.id as string;
  const base = (c.bases?.[0]?.id as string | undefined) ?? sector;
  const add = (role: string, location: string, extra: Json = {}) => {
    const id = fresh(`zero-${role}`);
    c.forces.push({ id, name: id, side: 'zero', personnel: 0, location, role, ...extra });
  };
  add('patrol', sector, { complicity: 1 });
  add('quick-reaction', base, { quickReaction: true, noticeHours: 0 });
  add('garrison', base, { quickReaction: true });
  add('exercise', base);
  add('advisory', sector);
  add('patrol', base, { moveTo: sector, departDay: 0 });
  return c as unknown as Scenario;
}

const zeroPersonnelUnit = define(
  'zeroPersonnelUnit',
  'pathwise',
  'adding units of every role with zero personnel changes no metric on the same seed',
  (s, o, out) => {
    compareRuns(play(s, o, out), play(parseScenario(withZeroPersonnelUnits(s)), o, out), 0, out);
  },
);

// ---- reinforcement helpers -------------------------------------------------------------------------

/** The scenario with a new patrol unit of `personnel` (full readiness and quality, not a quick-reaction force) in `sectorId`. */
export function reinforce(s: Scenario, sectorId: string, personnel: number): Scenario {
  const c = cloneJson(s) as unknown as { forces: Json[] };
  const ids = new Set(c.forces.map((f) => f.id as string));
  let id = `reinforcement-${sectorId}`.slice(0, 60);
  for (let k = 2; ids.has(id); k++) id = `reinforcement-${k}`;
  c.forces.push({ id, name: id, side: 'reinforcement', personnel, location: sectorId, role: 'patrol', readiness: 1, quality: 1, fatigue: 0 });
  return c as unknown as Scenario;
}

/** The parts of a scenario the turn model reads; everything else (events, drills, rules, orders) is machinery added on top. */
const CORE_KEYS = new Set([
  '$schema',
  'metadata',
  'calendar',
  'provinces',
  'terrains',
  'rivers',
  'seasons',
  'bases',
  'sectors',
  'forces',
  'actors',
  'parameters',
]);

/**
 * The scenario without armed groups (no fights), without scripted events, drills and reactive
 * rules or orders (anything outside the core keys: they may react to outcomes, and so may couple
 * sectors legitimately), and, if `displacement` is false, with every actor's displacement
 * sensitivity 0.
 */
export function withoutFights(s: Scenario, displacement: boolean): Scenario {
  const c = cloneJson(s) as unknown as Json & { actors: Json[] };
  for (const k of Object.keys(c)) if (!CORE_KEYS.has(k)) delete c[k];
  c.actors = c.actors.filter((a) => a.kind !== 'armed-group');
  if (!displacement) for (const a of c.actors) a.displacementSensitivity = 0;
  return c as unknown as Scenario;
}

function targetSectors(s: Scenario, o: RelationOptions): string[] {
  return o.sectors ? [...o.sectors] : s.sectors.map((x) => x.id);
}

const sectorIsolation = define(
  'sectorIsolation',
  'pathwise',
  'with displacement off and no fights (armed groups removed), reinforcing one sector leaves every other sector, and its own attempts, unchanged on the same seed',
  (s, o, out) => {
    const base = parseScenario(withoutFights(s, false));
    const a = play(base, o, out);
    for (const id of targetSectors(base, o)) {
      const b = play(parseScenario(reinforce(base, id, o.personnel ?? 100)), o, out);
      a.turns.forEach((ta, t) => {
        const tb = b.turns[t];
        for (const other of Object.keys(ta.bySector)) {
          if (other !== id) compareMetrics(`reinforcing ${id}: turn ${t} sector ${other}`, ta.bySector[other], tb?.bySector[other], 0, out);
        }
        const x = ta.bySector[id]?.attempts;
        const y = tb?.bySector[id]?.attempts;
        if (x !== y)
          problem(out, `reinforcing ${id}: turn ${t} its attempts changed from ${x} to ${y} (attempts do not depend on the defence without displacement)`);
      });
    }
  },
);

const detectionMonotone = define(
  'detectionMonotone',
  'pathwise',
  'without fights (armed groups removed), reinforcing a sector never lowers its detection probability in any turn; with displacement off as well, never lowers its detections, interdictions or raises its got-aways',
  (s, o, out) => {
    const adaptive = parseScenario(withoutFights(s, true));
    const fixed = parseScenario(withoutFights(s, false));
    const a1 = play(adaptive, o, out);
    const a2 = play(fixed, o, out);
    for (const id of targetSectors(adaptive, o)) {
      const b1 = play(parseScenario(reinforce(adaptive, id, o.personnel ?? 100)), o, out);
      a1.turns.forEach((ta, t) => {
        const x = ta.bySector[id]?.pDetect ?? 0;
        const y = b1.turns[t]?.bySector[id]?.pDetect ?? 0;
        if (y < x) problem(out, `reinforcing ${id}: turn ${t} detection probability fell from ${x} to ${y}`);
      });
      const b2 = play(parseScenario(reinforce(fixed, id, o.personnel ?? 100)), o, out);
      a2.turns.forEach((ta, t) => {
        const x = ta.bySector[id];
        const y = b2.turns[t]?.bySector[id];
        for (const m of ['pDetect', 'detected'] as const) {
          if ((y?.[m] ?? 0) < (x?.[m] ?? 0)) problem(out, `reinforcing ${id} (displacement off): turn ${t} ${m} fell from ${x?.[m]} to ${y?.[m]}`);
        }
      });
    }
  },
);

// ---- conservation ----------------------------------------------------------------------------------

const KG_TOLERANCE = 1e-9;

/** Checks the accounting identities of one run (see the module table). */
export function checkConservation(s: Scenario, r: RunResult, out: RelationResult): void {
  const records = r.turns.flatMap((t) => [
    { where: `turn ${t.turn} border`, m: t.metrics },
    ...Object.entries(t.byKind).map(([k, m]) => ({ where: `turn ${t.turn} ${k}`, m })),
    ...Object.entries(t.bySector).map(([k, m]) => ({ where: `turn ${t.turn} sector ${k}`, m })),
  ]);
  records.push({ where: 'totals', m: r.totals });
  for (const { where, m } of records) {
    const g = (k: string) => (m as Readonly<Record<string, number>>)[k] ?? 0;
    if (g('interdicted') + g('gotAway') !== g('attempts'))
      problem(out, `${where}: interdicted ${g('interdicted')} + got away ${g('gotAway')} != attempts ${g('attempts')}`);
    if (g('apprehended') + g('turnedBack') !== g('interdicted'))
      problem(out, `${where}: apprehended ${g('apprehended')} + turned back ${g('turnedBack')} != interdicted ${g('interdicted')}`);
    if (!close(g('kgSeized') + g('kgThrough'), g('kgAttempted'), KG_TOLERANCE))
      problem(out, `${where}: kg seized ${g('kgSeized')} + kg through ${g('kgThrough')} != kg attempted ${g('kgAttempted')}`);
    if (g('detected') > g('attempts') || g('interdicted') > g('attempts')) problem(out, `${where}: more detected or interdicted than attempts`);
  }
  for (const t of r.turns) {
    for (const name of FLOW_METRICS) {
      const total = t.metrics[name] ?? 0;
      const bySector = Object.values(t.bySector).reduce((a, m) => a + (m[name] ?? 0), 0);
      const byKind = Object.values(t.byKind).reduce((a, m) => a + (m[name] ?? 0), 0);
      if (!close(bySector, total, KG_TOLERANCE)) problem(out, `turn ${t.turn}: ${name} by sector sums to ${bySector}, border ${total}`);
      if (!close(byKind, total, KG_TOLERANCE)) problem(out, `turn ${t.turn}: ${name} by kind sums to ${byKind}, border ${total}`);
    }
  }
  const c = compileScenario(s);
  let start = 0;
  let lost = 0;
  for (const f of r.finalState.forces) {
    const cf = c.forces.find((x) => x.id === f.id);
    if (!cf) {
      problem(out, `force ${f.id} is not in the scenario`);
      continue;
    }
    if (f.personnel !== cf.personnel - f.casualties)
      problem(out, `force ${f.id}: personnel ${f.personnel} != ${cf.personnel} at the start - ${f.casualties} casualties`);
    start += cf.personnel;
    lost += f.casualties;
  }
  if (lost !== r.totals.casualtiesForces) problem(out, `forces' casualties ${lost} != casualtiesForces ${r.totals.casualtiesForces}`);
  if (r.turns.length > 0 && r.totals.personnel !== start - lost) problem(out, `personnel ${r.totals.personnel} != ${start} at the start - ${lost} casualties`);
  for (const sec of r.finalState.sectors) {
    const initial = c.forces.filter((f) => f.location === sec.id).reduce((a, f) => a + f.personnel, 0);
    const now = r.finalState.forces.filter((f) => f.location === sec.id && f.movingTo === null).reduce((a, f) => a + f.personnel, 0);
    if (now !== initial + sec.personnelArrived - sec.personnelLost - sec.personnelDeparted) {
      problem(
        out,
        `sector ${sec.id}: ${now} personnel != ${initial} + ${sec.personnelArrived} arrived - ${sec.personnelLost} lost - ${sec.personnelDeparted} departed`,
      );
    }
  }
  for (const a of r.finalState.actors) {
    const ca = c.actors.find((x) => x.id === a.id);
    if (ca && !close(a.strength, ca.strength - a.casualties, 1e-12))
      problem(out, `actor ${a.id}: strength ${a.strength} != ${ca.strength} - ${a.casualties} casualties`);
  }
}

const conservation = define('conservation', 'pathwise', 'personnel, strength, attempts and kg are conserved in every record of a run', (s, o, out) => {
  checkConservation(s, play(s, o, out), out);
});

/** The built-in relations, by name, and `all` (every one of them). */
export const relations = {
  reorder,
  renameIds,
  zeroPersonnelUnit,
  sectorIsolation,
  detectionMonotone,
  conservation,
  /** Every built-in relation. */
  get all(): readonly BuiltInRelation[] {
    return [reorder, renameIds, zeroPersonnelUnit, sectorIsolation, detectionMonotone, conservation];
  },
};
