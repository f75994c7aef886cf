/**
 * Reference and sanity checks on a (merged) scenario, beyond what the JSON Schema says:
 * duplicate ids, references to sectors, provinces and bases (provinceAcross, a force's location
 * and moveTo, an actor's presence keys), to rivers and seasons (a sector's river, an actor's
 * season; a terrain class a scenario does not declare is neutral, not an error), ranges with min <= max and a value
 * inside them, and a border of positive length. Written defensively: they also run on a value
 * that failed the schema, checking what can be checked.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { scenarioSchema } from './json-schema';
import { isJsonObject, type JsonObject, type JsonValue } from './sanitize';
import { quoteList, suggest } from './text';
import type { ValueIssue } from './validate';
import { LIMITS } from './schema';
import { controlProblem, nameProblem } from './names';
import { checkWork } from './cost';
import { checkDistribution, checkTargets } from './input-checks';
import { checkGeography } from './geography-checks';

/** Whether `text` (YYYY-MM-DD, as the schema's pattern has it) is a real date of the Gregorian calendar. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

function dateIssue(issues: ValueIssue[], v: JsonValue | undefined, path: string[]): void {
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !isCalendarDate(v)) {
    issues.push({ path, anchor: 'value', message: `${JSON.stringify(v)} is not a date of the calendar (its month has fewer days)` });
  }
}

/** Keys whose string values are printed to people as they are: no control characters. */
const PRINTED = new Set(['name', 'era', 'controlledBy', 'is']);

/** Names and other printed strings: no control characters (terminals), names of sane length. */
function checkPrinted(v: JsonValue, path: string[], issues: ValueIssue[], depth = 0): void {
  if (depth > 64) return;
  if (Array.isArray(v)) {
    v.forEach((x, i) => checkPrinted(x, [...path, String(i)], issues, depth + 1));
    return;
  }
  if (!isJsonObject(v)) return;
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (typeof x === 'string' && PRINTED.has(k)) {
      // An empty name is the schema's to report.
      const problem = k === 'name' ? (x === '' ? undefined : nameProblem(x)) : controlProblem(x);
      if (problem !== undefined) issues.push({ path: [...path, k], anchor: 'value', message: k === 'name' ? problem : `${k} ${problem}` });
    } else if (typeof x === 'object' && x !== null) checkPrinted(x, [...path, k], issues, depth + 1);
  }
}

type Schema = Record<string, unknown>;

/** Describes where a path of the checked value is, for messages ("line 12, column 7"). */
export type Where = (path: string[]) => string;

function entries(root: JsonObject, key: string): { value: JsonObject; index: number }[] {
  const arr = root[key];
  if (!Array.isArray(arr)) return [];
  const out: { value: JsonObject; index: number }[] = [];
  arr.forEach((value, index) => {
    if (isJsonObject(value)) out.push({ value, index });
  });
  return out;
}

function idsOf(root: JsonObject, key: string, label: string, issues: ValueIssue[], where: Where): Map<string, number> {
  const ids = new Map<string, number>();
  for (const { value, index } of entries(root, key)) {
    const id = value.id;
    if (typeof id !== 'string') continue;
    const first = ids.get(id);
    if (first !== undefined) {
      issues.push({
        path: [key, String(index), 'id'],
        anchor: 'value',
        message: `duplicate ${label} id ${JSON.stringify(id)} (first used at ${where([key, String(first), 'id'])})`,
      });
    } else ids.set(id, index);
  }
  return ids;
}

/** Suggestions compare an id with every known id: only the first few unknown ids get them. */
const SUGGESTION_BUDGET = 200;

function unknownRef(what: string, id: string, known: readonly string[], expected: string, budget: { left: number }): string {
  const head = `unknown ${what} ${JSON.stringify(id)}`;
  const near = budget.left-- > 0 ? suggest(id, known) : undefined;
  if (near !== undefined) return `${head}; did you mean ${JSON.stringify(near)}?`;
  if (known.length === 0) return `${head}: expected ${expected}, but none is defined`;
  return `${head}: expected ${expected}: ${quoteList(known)}`;
}

function isQuantityNumber(v: JsonValue | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Nominal value of a Quantity-shaped value, or undefined when it is not one. */
function nominal(q: JsonValue | undefined): number | undefined {
  if (isQuantityNumber(q)) return q;
  if (!isJsonObject(q)) return undefined;
  if (isQuantityNumber(q.value)) return q.value;
  if (isQuantityNumber(q.min) && isQuantityNumber(q.max)) return (q.min + q.max) / 2;
  return undefined;
}

/** Visit every value of `data` that the schema declares a Quantity (a schema with `unit`). */
function forEachQuantity(schema: Schema, data: JsonValue | undefined, path: string[], visit: (q: JsonValue, path: string[]) => void): void {
  if (data === undefined) return;
  if (typeof schema.unit === 'string') {
    visit(data, path);
    return;
  }
  if (isJsonObject(data)) {
    const props = schema.properties as Record<string, Schema> | undefined;
    if (props !== undefined) {
      for (const [k, s] of Object.entries(props)) {
        if (Object.prototype.hasOwnProperty.call(data, k)) forEachQuantity(s, data[k], [...path, k], visit);
      }
    }
    const patterns = schema.patternProperties as Record<string, Schema> | undefined;
    if (patterns !== undefined) {
      for (const [pattern, s] of Object.entries(patterns)) {
        const re = new RegExp(pattern, 'u');
        for (const k of Object.keys(data)) if (re.test(k)) forEachQuantity(s, data[k], [...path, k], visit);
      }
    }
  } else if (Array.isArray(data) && typeof schema.items === 'object' && schema.items !== null) {
    const items = schema.items as Schema;
    data.forEach((d, i) => forEachQuantity(items, d, [...path, String(i)], visit));
  }
}

/** Reference and sanity problems of a scenario-shaped value. */
export function checkScenario(value: JsonValue, where: Where): ValueIssue[] {
  const issues: ValueIssue[] = [];
  if (!isJsonObject(value)) return issues;

  const budget = { left: SUGGESTION_BUDGET };
  const nSectors = Array.isArray(value.sectors) ? value.sectors.length : 0;
  const nActors = Array.isArray(value.actors) ? value.actors.length : 0;
  if (nSectors * nActors > LIMITS.sectorActorPairs) {
    issues.push({
      path: ['actors'],
      anchor: 'value',
      message: `${nActors} actors on ${nSectors} sectors make ${nSectors * nActors} actor-sector pairs, each resolved every turn; at most ${LIMITS.sectorActorPairs} (fewer actors or sectors)`,
    });
  }
  const sectors = idsOf(value, 'sectors', 'sector', issues, where);
  const provinces = idsOf(value, 'provinces', 'province', issues, where);
  const bases = idsOf(value, 'bases', 'base', issues, where);
  idsOf(value, 'forces', 'force', issues, where);
  idsOf(value, 'actors', 'actor', issues, where);
  idsOf(value, 'terrains', 'terrain class', issues, where);
  const rivers = idsOf(value, 'rivers', 'river', issues, where);
  const seasons = idsOf(value, 'seasons', 'season', issues, where);

  for (const [id, index] of bases) {
    const s = sectors.get(id);
    if (s !== undefined) {
      issues.push({
        path: ['bases', String(index), 'id'],
        anchor: 'value',
        message: `base id ${JSON.stringify(id)} is also a sector id (${where(['sectors', String(s), 'id'])}); a force location must name one or the other`,
      });
    }
  }

  const provinceIds = [...provinces.keys()];
  for (const { value: sector, index } of entries(value, 'sectors')) {
    const p = sector.provinceAcross;
    if (typeof p === 'string' && !provinces.has(p)) {
      issues.push({
        path: ['sectors', String(index), 'provinceAcross'],
        anchor: 'value',
        message: unknownRef('province', p, provinceIds, 'the id of a province', budget),
      });
    }
    const r = sector.river;
    if (typeof r === 'string' && !rivers.has(r)) {
      issues.push({
        path: ['sectors', String(index), 'river'],
        anchor: 'value',
        message: unknownRef('river', r, [...rivers.keys()], 'the id of one of rivers[]', budget),
      });
    }
  }
  for (const { value: actor, index } of entries(value, 'actors')) {
    const x = actor.season;
    if (typeof x === 'string' && !seasons.has(x)) {
      issues.push({
        path: ['actors', String(index), 'season'],
        anchor: 'value',
        message: unknownRef('season', x, [...seasons.keys()], 'the id of one of seasons[]', budget),
      });
    }
  }

  const locations = [...new Set([...sectors.keys(), ...bases.keys()])];
  for (const { value: force, index } of entries(value, 'forces')) {
    for (const field of ['location', 'moveTo'] as const) {
      const loc = force[field];
      if (typeof loc === 'string' && !sectors.has(loc) && !bases.has(loc)) {
        const what = field === 'location' ? 'location' : 'destination';
        issues.push({ path: ['forces', String(index), field], anchor: 'value', message: unknownRef(what, loc, locations, 'a sector id or a base id', budget) });
      }
    }
  }

  const places = [...new Set([...sectors.keys(), ...provinceIds])];
  for (const { value: actor, index } of entries(value, 'actors')) {
    const presence = actor.presence;
    if (!isJsonObject(presence)) continue;
    for (const key of Object.keys(presence)) {
      if (!sectors.has(key) && !provinces.has(key)) {
        issues.push({
          path: ['actors', String(index), 'presence', key],
          anchor: 'key',
          message: unknownRef('sector or province', key, places, 'a sector id or a province id', budget),
        });
      }
    }
  }

  forEachQuantity(scenarioSchema as Schema, value, [], (q, path) => {
    if (!isJsonObject(q) || !isQuantityNumber(q.min) || !isQuantityNumber(q.max)) return;
    if (q.min > q.max) {
      issues.push({ path, anchor: 'value', message: `range has min ${q.min} greater than max ${q.max}` });
    } else if (isQuantityNumber(q.value) && (q.value < q.min || q.value > q.max)) {
      issues.push({ path: [...path, 'value'], anchor: 'value', message: `value ${q.value} is outside its range [${q.min}, ${q.max}]` });
    }
    if (q.min <= q.max) checkDistribution(q, path, issues);
  });
  checkTargets(value, issues);
  checkGeography(value, issues);

  checkDynamics(value, where, issues);
  if (isJsonObject(value.calendar)) dateIssue(issues, value.calendar.start, ['calendar', 'start']);
  checkPrinted(value, [], issues);
  // The cost model of a turn (cost.ts): only for a scenario within the count limits above.
  if (nSectors * nActors <= LIMITS.sectorActorPairs) checkWork(value, issues);

  const sectorList = entries(value, 'sectors');
  if (sectorList.length > 0) {
    const lengths = sectorList.map(({ value: s }) => nominal(s.lengthKm));
    if (lengths.every((l) => l !== undefined)) {
      const total = lengths.reduce<number>((a, b) => a + (b ?? 0), 0);
      if (!(total > 0)) issues.push({ path: ['sectors'], anchor: 'value', message: `the sectors' total length must be > 0 km, got ${total}` });
    }
  }
  return issues;
}

// ---- Events, drills and policies ---------------------------------------------------------------

/** What the references of events, drills and policy rules may name. */
interface Known {
  sectors: Map<string, number>;
  provinces: Map<string, number>;
  bases: Map<string, number>;
  forces: Set<string>;
  actors: Set<string>;
  drills: Set<string>;
  firable: Set<string>;
}

function refIssue(
  issues: ValueIssue[],
  path: string[],
  what: string,
  id: string,
  known: Iterable<string>,
  expected: string,
  budget: { left: number },
  anchor: 'value' | 'key' = 'value',
): void {
  issues.push({ path, anchor, message: unknownRef(what, id, [...known], expected, budget) });
}

function checkCondition(c: JsonValue | undefined, path: string[], k: Known, issues: ValueIssue[], budget: { left: number }, depth = 0): void {
  if (!isJsonObject(c)) return;
  if (depth > 64) {
    issues.push({ path, anchor: 'value', message: 'condition nested more than 64 levels deep' });
    return;
  }
  for (const key of ['all', 'any'] as const) {
    const list = c[key];
    if (Array.isArray(list)) list.forEach((x, i) => checkCondition(x, [...path, key, String(i)], k, issues, budget, depth + 1));
  }
  if (c.not !== undefined) checkCondition(c.not, [...path, 'not'], k, issues, budget, depth + 1);
  const str = (v: JsonValue | undefined): v is string => typeof v === 'string';
  if (str(c.metric) && str(c.sector) && !k.sectors.has(c.sector))
    refIssue(issues, [...path, 'sector'], 'sector', c.sector, k.sectors.keys(), 'a sector id', budget);
  if (str(c.actor) && !k.actors.has(c.actor)) refIssue(issues, [...path, 'actor'], 'actor', c.actor, k.actors, 'an actor id', budget);
  if (str(c.force) && !k.forces.has(c.force))
    refIssue(issues, [...path, 'force'], 'force', c.force, k.forces, 'a force id (of forces[] or an add-force action)', budget);
  if (str(c.fired) && !k.firable.has(c.fired))
    refIssue(issues, [...path, 'fired'], 'event or policy rule', c.fired, k.firable, 'an event id or policy rule id', budget);
  if (str(c.drillActive) && !k.drills.has(c.drillActive)) refIssue(issues, [...path, 'drillActive'], 'drill', c.drillActive, k.drills, 'a drill id', budget);
  if (isJsonObject(c.date)) for (const op of Object.keys(c.date)) dateIssue(issues, c.date[op], [...path, 'date', op]);
  if (isJsonObject(c.controlledBy) && str(c.controlledBy.province) && !k.provinces.has(c.controlledBy.province)) {
    refIssue(issues, [...path, 'controlledBy', 'province'], 'province', c.controlledBy.province, k.provinces.keys(), 'a province id', budget);
  }
}

/** Follows a JSON pointer through the scenario schema; the schema of the target, or a reason. */
export function parameterSchemaAt(pointer: string): { schema: Schema } | { problem: string } {
  const segs = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let schema = scenarioSchema as Schema;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as string;
    const props = schema.properties as Record<string, Schema> | undefined;
    if (props !== undefined && Object.prototype.hasOwnProperty.call(props, seg)) {
      schema = props[seg] as Schema;
      continue;
    }
    if (schema.type === 'array' && typeof schema.items === 'object' && /^(0|[1-9]\d*)$/.test(seg)) {
      const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
      if (Number(seg) >= max) return { problem: `index ${seg} is past the end (at most ${max} items)` };
      schema = schema.items as Schema;
      continue;
    }
    const here = '/' + segs.slice(0, i).join('/');
    const keys = props ? Object.keys(props) : [];
    return { problem: `${here} has no parameter ${JSON.stringify(seg)}${keys.length ? `; expected one of ${quoteList(keys)}` : ''}` };
  }
  return { schema };
}

/** Whether `value` fits a parameter's schema (a Quantity's number, or one of a choice's values). */
function checkParameterValue(schema: Schema, value: JsonValue | undefined): string | undefined {
  const anyOf = Array.isArray(schema.anyOf) ? (schema.anyOf as Schema[]) : undefined;
  if (typeof schema.unit === 'string' && anyOf) {
    const num = anyOf.find((s) => s.type === 'number' || s.type === 'integer') ?? {};
    if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a number (${String(schema.unit)}), got ${JSON.stringify(value)}`;
    const min = typeof num.minimum === 'number' ? num.minimum : undefined;
    const exMin = typeof num.exclusiveMinimum === 'number' ? num.exclusiveMinimum : undefined;
    const max = typeof num.maximum === 'number' ? num.maximum : undefined;
    if ((min !== undefined && value < min) || (exMin !== undefined && value <= exMin) || (max !== undefined && value > max)) {
      return `value ${value} is outside the parameter's range ${exMin !== undefined ? `(${exMin}` : `[${min ?? '-inf'}`}, ${max ?? 'inf'}]`;
    }
    return undefined;
  }
  if (anyOf && anyOf.every((s) => s.const !== undefined)) {
    const allowed = anyOf.map((s) => s.const as string);
    if (typeof value !== 'string' || !allowed.includes(value)) return `expected one of ${quoteList(allowed)}, got ${JSON.stringify(value)}`;
    return undefined;
  }
  return 'the pointer names a group of parameters, not one parameter (point at a number or a choice)';
}

/** References of events, drills and policy rules; conditions and orders are data, never code. */
export function checkDynamics(value: JsonObject, where: Where, issues: ValueIssue[]): void {
  const budget = { left: SUGGESTION_BUDGET };
  const ids = (key: string) => new Map([...entries(value, key)].flatMap(({ value: v, index }) => (typeof v.id === 'string' ? [[v.id, index] as const] : [])));
  const sectors = ids('sectors');
  const provinces = ids('provinces');
  const bases = ids('bases');
  const forces = new Set(ids('forces').keys());
  const actors = new Set(ids('actors').keys());
  const drills = idsOf(value, 'drills', 'drill', issues, where);
  const events = entries(value, 'events');
  const policy = isJsonObject(value.policy) ? value.policy : undefined;
  const rules = policy ? entries(policy, 'rules') : [];

  // Events and policy rules share one namespace (a `fired` condition names either).
  const firable = new Map<string, string[]>();
  const claim = (id: unknown, path: string[], label: string) => {
    if (typeof id !== 'string') return;
    const first = firable.get(id);
    if (first) issues.push({ path, anchor: 'value', message: `duplicate ${label} id ${JSON.stringify(id)} (first used at ${where(first)})` });
    else firable.set(id, path);
  };
  for (const { value: e, index } of events) claim(e.id, ['events', String(index), 'id'], 'event');
  for (const { value: r, index } of rules) claim(r.id, ['policy', 'rules', String(index), 'id'], 'policy rule');

  // Units that add-force actions bring in may be named too (once each, never a scenario unit's id).
  const added = new Map<string, string[]>();
  events.forEach(({ value: e, index }) => {
    if (!Array.isArray(e.actions)) return;
    e.actions.forEach((a, j) => {
      if (!isJsonObject(a) || a.type !== 'add-force' || !isJsonObject(a.force) || typeof a.force.id !== 'string') return;
      const id = a.force.id;
      const path = ['events', String(index), 'actions', String(j), 'force', 'id'];
      const first = added.get(id);
      if (forces.has(id)) issues.push({ path, anchor: 'value', message: `add-force: ${JSON.stringify(id)} is already the id of a unit in forces[]` });
      else if (first) issues.push({ path, anchor: 'value', message: `add-force: ${JSON.stringify(id)} is added twice (first at ${where(first)})` });
      else added.set(id, path);
    });
  });
  const allForces = new Set([...forces, ...added.keys()]);
  const known: Known = { sectors, provinces, bases, forces: allForces, actors, drills: new Set(drills.keys()), firable: new Set(firable.keys()) };
  const places = [...new Set([...sectors.keys(), ...bases.keys()])];
  const isPlace = (x: string) => sectors.has(x) || bases.has(x);
  const placeRef = (x: JsonValue | undefined, path: string[], what = 'location') => {
    if (typeof x === 'string' && !isPlace(x)) refIssue(issues, path, what, x, places, 'a sector id or a base id', budget);
  };
  const sectorList = (x: JsonValue | undefined, path: string[]) => {
    if (!Array.isArray(x)) return;
    const seen = new Set<string>();
    x.forEach((s, i) => {
      if (typeof s !== 'string') return;
      if (!sectors.has(s)) refIssue(issues, [...path, String(i)], 'sector', s, sectors.keys(), 'a sector id', budget);
      else if (seen.has(s)) issues.push({ path: [...path, String(i)], anchor: 'value', message: `sector ${JSON.stringify(s)} is named twice in this list` });
      seen.add(s);
    });
  };
  const forceRef = (x: JsonValue | undefined, path: string[]) => {
    if (typeof x === 'string' && !allForces.has(x)) refIssue(issues, path, 'force', x, allForces, 'a force id (of forces[] or an add-force action)', budget);
  };

  const checkAction = (a: JsonValue, path: string[]) => {
    if (!isJsonObject(a)) return;
    switch (a.type) {
      case 'deploy':
        forceRef(a.force, [...path, 'force']);
        placeRef(a.to, [...path, 'to'], 'destination');
        break;
      case 'invite-guards':
        sectorList(a.sectors, [...path, 'sectors']);
        break;
      case 'commit-reaction-force':
        placeRef(a.to, [...path, 'to'], 'destination');
        break;
      case 'allow-quick-reaction':
        if (Array.isArray(a.forces)) a.forces.forEach((f, i) => forceRef(f, [...path, 'forces', String(i)]));
        break;
      case 'assistance':
        sectorList(a.sectors, [...path, 'sectors']);
        break;
      case 'actor':
        if (typeof a.actor === 'string' && !actors.has(a.actor)) refIssue(issues, [...path, 'actor'], 'actor', a.actor, actors, 'an actor id', budget);
        if (isJsonObject(a.presence)) {
          for (const key of Object.keys(a.presence)) {
            if (!sectors.has(key) && !provinces.has(key))
              refIssue(
                issues,
                [...path, 'presence', key],
                'sector or province',
                key,
                [...sectors.keys(), ...provinces.keys()],
                'a sector id or a province id',
                budget,
                'key',
              );
          }
        }
        break;
      case 'control':
        if (typeof a.province === 'string' && !provinces.has(a.province))
          refIssue(issues, [...path, 'province'], 'province', a.province, provinces.keys(), 'a province id', budget);
        break;
      case 'add-force':
        if (isJsonObject(a.force)) {
          placeRef(a.force.location, [...path, 'force', 'location']);
          placeRef(a.force.moveTo, [...path, 'force', 'moveTo'], 'destination');
        }
        break;
      case 'remove-force':
        forceRef(a.force, [...path, 'force']);
        break;
      case 'start-drill':
      case 'stop-drill':
        if (typeof a.drill === 'string' && !drills.has(a.drill)) refIssue(issues, [...path, 'drill'], 'drill', a.drill, drills.keys(), 'a drill id', budget);
        break;
      case 'set-parameter': {
        if (typeof a.pointer !== 'string') break;
        const target = parameterSchemaAt(a.pointer);
        if ('problem' in target) issues.push({ path: [...path, 'pointer'], anchor: 'value', message: `set-parameter: ${target.problem}` });
        else {
          const problem = checkParameterValue(target.schema, a.value);
          if (problem) issues.push({ path: [...path, 'value'], anchor: 'value', message: `set-parameter ${a.pointer}: ${problem}` });
        }
        break;
      }
      default:
        break;
    }
  };

  events.forEach(({ value: e, index }) => {
    const base = ['events', String(index)];
    if (isJsonObject(e.trigger)) dateIssue(issues, e.trigger.date, [...base, 'trigger', 'date']);
    if (isJsonObject(e.trigger)) checkCondition(e.trigger.when, [...base, 'trigger', 'when'], known, issues, budget);
    if (Array.isArray(e.actions)) e.actions.forEach((a, j) => checkAction(a, [...base, 'actions', String(j)]));
  });
  rules.forEach(({ value: r, index }) => {
    const base = ['policy', 'rules', String(index)];
    checkCondition(r.when, [...base, 'when'], known, issues, budget);
    if (Array.isArray(r.orders)) r.orders.forEach((o, j) => checkAction(o, [...base, 'orders', String(j)]));
  });
  entries(value, 'drills').forEach(({ value: d, index }) => {
    dateIssue(issues, d.startDate, ['drills', String(index), 'startDate']);
    placeRef(d.location, ['drills', String(index), 'location']);
    if (Array.isArray(d.participants)) d.participants.forEach((f, i) => forceRef(f, ['drills', String(index), 'participants', String(i)]));
  });
}
