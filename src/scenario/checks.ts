/**
 * Reference and sanity checks on a (merged) scenario, beyond what the JSON Schema says:
 * duplicate ids, references to sectors, provinces and bases (provinceAcross, a force's location
 * and moveTo, an actor's presence keys), ranges with min <= max and a value
 * inside them, and a border of positive length. Written defensively: they also run on a value
 * that failed the schema, checking what can be checked.
 *
 * @internal
 * @module
 */
import { scenarioSchema } from './json-schema';
import { isJsonObject, type JsonObject, type JsonValue } from './sanitize';
import { quoteList, suggest } from './text';
import type { ValueIssue } from './validate';

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
  const sectors = idsOf(value, 'sectors', 'sector', issues, where);
  const provinces = idsOf(value, 'provinces', 'province', issues, where);
  const bases = idsOf(value, 'bases', 'base', issues, where);
  idsOf(value, 'forces', 'force', issues, where);
  idsOf(value, 'actors', 'actor', issues, where);

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
      issues.push({ path: ['sectors', String(index), 'provinceAcross'], anchor: 'value', message: unknownRef('province', p, provinceIds, 'the id of a province', budget) });
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
        issues.push({ path: ['actors', String(index), 'presence', key], anchor: 'key', message: unknownRef('sector or province', key, places, 'a sector id or a province id', budget) });
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
  });

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
