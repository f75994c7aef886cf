/**
 * JSON Schema validation of a (merged) scenario, and the translation of Ajv's errors into one
 * readable sentence per problem.
 *
 * The validator is precompiled: `npm run schema` (scripts/write-schema.ts) writes
 * `generated/validate-scenario.js` with Ajv's standalone code generation (draft 2020-12, strict
 * mode, all errors, verbose), our code generated from our schema, so that loading a scenario does
 * not compile the schema at run time. tests/scenario/schema-file.test.ts fails when it is stale.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import type { ErrorObject } from 'ajv';
import { validate as validateScenario, type ScenarioValidateFunction } from './generated/validate-scenario';
import { fromPointer, type Anchor } from './source';
import { quoteList, show, suggest } from './text';

/** A problem at a path of the validated value. */
export interface ValueIssue {
  path: string[];
  anchor: Anchor;
  message: string;
}

type Schema = Record<string, unknown>;

/** The scenario validator (precompiled; see the module comment). */
export function scenarioValidator(): ScenarioValidateFunction {
  return validateScenario;
}

/** Schema problems of `value`, one readable sentence each. */
export function validateAgainstSchema(value: unknown): ValueIssue[] {
  const validate = scenarioValidator();
  if (validate(value)) return [];
  return translate(validate.errors ?? [], undefined);
}

/**
 * Schema problems of a policy overlay on its own: the overlay is validated as if it were a
 * scenario, and what only a merge can settle is not a problem (a missing required field, which
 * the base provides; `remove` beside an `id`). A union (`anyOf`) fails only when none of its
 * branches fails for such reasons alone. Unknown fields, wrong types and out-of-range values
 * remain, each at its path in the overlay.
 */
export function validateOverlayAgainstSchema(value: unknown): ValueIssue[] {
  const validate = scenarioValidator();
  if (validate(value)) return [];
  return translate(settledByMerge(validate.errors ?? []), undefined);
}

/** Whether an error is one the merge onto a base can settle. */
function mergeable(e: ErrorObject): boolean {
  if (e.keyword === 'required') return true;
  if (e.keyword === 'additionalProperties' && (e.params as { additionalProperty?: unknown }).additionalProperty === 'remove') {
    return typeof e.data === 'object' && e.data !== null && 'id' in e.data;
  }
  return false;
}

/** The errors without those a merge settles, and without the unions a branch of which only they fail. */
function settledByMerge(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>(errors.filter(mergeable));
  // Innermost unions first: an inner union dropped makes its branch's errors droppable.
  const unions = errors.filter((e) => e.keyword === 'anyOf').sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const g of unions) {
    const inner = errors.filter((e) => within(e, g));
    const branches = new Map<string, ErrorObject[]>();
    for (const e of inner) {
      const k = e.schemaPath.slice(g.schemaPath.length + 1).split('/')[0] ?? '';
      branches.set(k, [...(branches.get(k) ?? []), e]);
    }
    if ([...branches.values()].some((list) => list.every((e) => dropped.has(e)))) {
      dropped.add(g);
      for (const e of inner) dropped.add(e);
    }
  }
  return errors.filter((e) => !dropped.has(e));
}

const ID_PATTERN_TEXT = "an id (lower-case letters, digits, '-' and '_', starting with a letter or digit, at most 64 characters)";

function asSchema(v: unknown): Schema {
  return typeof v === 'object' && v !== null ? (v as Schema) : {};
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

/** "a number in [0, 1]", "an integer in [1, 366]", "a number in (0, 100000]". */
export function describeNumber(s: Schema): string {
  const kind = s.type === 'integer' ? 'an integer' : 'a number';
  const exMin = num(s.exclusiveMinimum);
  const min = num(s.minimum);
  const exMax = num(s.exclusiveMaximum);
  const max = num(s.maximum);
  if (exMin === undefined && min === undefined && exMax === undefined && max === undefined) return kind;
  const lo = exMin !== undefined ? `(${exMin}` : min !== undefined ? `[${min}` : '(-inf';
  const hi = exMax !== undefined ? `${exMax})` : max !== undefined ? `${max}]` : 'inf)';
  return `${kind} in ${lo}, ${hi}`;
}

/** Strip a parenthesised gloss: "probability (0-1)" -> "probability". */
function shortUnit(unit: string): string {
  return unit.replace(/\s*\([^)]*\)\s*$/, '') || unit;
}

function withUnit(text: string, unit: string | undefined): string {
  return unit !== undefined ? `${text} (${shortUnit(unit)})` : text;
}

function describeString(s: Schema): string {
  if (typeof s.pattern === 'string') {
    if (s.pattern.startsWith('^[a-z0-9][a-z0-9_-]')) return ID_PATTERN_TEXT;
    if (s.pattern.startsWith('^\\d{4}-')) return 'a date as YYYY-MM-DD';
    return `a string matching ${s.pattern}`;
  }
  if (num(s.minLength) === 1) return 'a non-empty string';
  return 'a string';
}

function describeType(s: Schema, type: unknown): string {
  switch (type) {
    case 'number':
    case 'integer':
      return describeNumber(s);
    case 'string':
      return describeString(s);
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'null';
    default:
      return Array.isArray(type) ? type.join(' or ') : String(type);
  }
}

function pathOf(e: ErrorObject): string[] {
  return fromPointer(e.instancePath);
}

function within(e: ErrorObject, group: ErrorObject): boolean {
  return (
    e !== group &&
    e.schemaPath.startsWith(group.schemaPath + '/') &&
    (e.instancePath === group.instancePath || e.instancePath.startsWith(group.instancePath + '/'))
  );
}

function depth(e: ErrorObject): number {
  return e.instancePath === '' ? 0 : e.instancePath.split('/').length;
}

/** Translate Ajv errors; `unit` is the unit of the Quantity they are inside, if any. */
function translate(errors: readonly ErrorObject[], unit: string | undefined): ValueIssue[] {
  const out: ValueIssue[] = [];
  const consumed = new Set<ErrorObject>();
  // Outermost anyOf first: each one swallows the errors of its branches. Ajv reports a failed
  // anyOf right after its branches' errors, so those are the run of errors just before it
  // (scanning only that run keeps this linear for thousands of failing entries).
  const groups = errors
    .map((e, index) => ({ e, index }))
    .filter(({ e }) => e.keyword === 'anyOf')
    .sort((a, b) => a.e.schemaPath.length - b.e.schemaPath.length);
  const collapsed = new Map<ErrorObject, ValueIssue[]>();
  for (const { e: g, index } of groups) {
    if (consumed.has(g)) continue;
    const inner: ErrorObject[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const e = errors[i] as ErrorObject;
      if (!within(e, g)) break;
      inner.unshift(e);
    }
    for (const e of inner) consumed.add(e);
    collapsed.set(g, collapseAnyOf(g, inner));
  }
  // Several missing properties of one object: one sentence.
  const missing = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword !== 'required' || consumed.has(e)) continue;
    const list = missing.get(e.instancePath) ?? [];
    list.push(e);
    missing.set(e.instancePath, list);
  }
  for (const e of errors) {
    const c = collapsed.get(e);
    if (c !== undefined) out.push(...c);
    else if (consumed.has(e)) continue;
    else if (e.keyword === 'required') {
      const list = missing.get(e.instancePath) ?? [];
      if (list[0] === e) out.push(list.length === 1 ? translateOne(e, unit) : missingMany(list));
    } else out.push(translateOne(e, unit));
  }
  // Branches can repeat a sentence: keep one of each.
  const seen = new Set<string>();
  return out.filter((i) => {
    const k = `${i.path.join('\u0000')}\u0001${i.anchor}\u0001${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function branchErrors(g: ErrorObject, inner: readonly ErrorObject[], k: number): ErrorObject[] {
  const prefix = `${g.schemaPath}/${k}/`;
  return inner.filter((e) => e.schemaPath.startsWith(prefix));
}

function collapseAnyOf(g: ErrorObject, inner: readonly ErrorObject[]): ValueIssue[] {
  const union = asSchema(g.parentSchema);
  const branches = Array.isArray(union.anyOf) ? union.anyOf.map(asSchema) : [];
  const data: unknown = g.data;
  const path = pathOf(g);

  // A union of literals: an enumeration.
  if (branches.length > 0 && branches.every((b) => 'const' in b)) {
    const allowed = branches.map((b) => b.const);
    const strings = allowed.filter((a): a is string => typeof a === 'string');
    const near = typeof data === 'string' ? suggest(data, strings) : undefined;
    return [
      {
        path,
        anchor: 'value',
        message: `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${show(data)}${near !== undefined ? `; did you mean ${JSON.stringify(near)}?` : ''}`,
      },
    ];
  }

  // A Quantity: a number, { value }, or { min, max }.
  if (typeof union.unit === 'string' && branches.length === 3) {
    const unit = union.unit;
    const isObj = typeof data === 'object' && data !== null && !Array.isArray(data);
    const has = (k: string) => isObj && Object.prototype.hasOwnProperty.call(data, k);
    const k = has('min') || has('max') ? 2 : has('value') ? 1 : -1;
    if (k > 0) {
      const errs = branchErrors(g, inner, k);
      if (errs.length > 0) return translate(errs, unit);
    }
    const numberText = withUnit(describeNumber(branches[0] ?? {}), unit);
    let message = `expected ${numberText}, or { value }, or { min, max }, got ${show(data)}`;
    if (isObj) {
      for (const key of Object.keys(data)) {
        const near = suggest(key, ['value', 'min', 'max']);
        if (near !== undefined && key !== near) {
          message += `; did you mean ${JSON.stringify(near)} for ${JSON.stringify(key)}?`;
          break;
        }
      }
    }
    return [{ path, anchor: 'value', message }];
  }

  // Objects told apart by a `type` constant (orders, actions): the branch of the value's type.
  const typed = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { type?: unknown }).type : undefined;
  if (typeof typed === 'string') {
    const k = branches.findIndex((b) => asSchema(asSchema(b.properties).type).const === typed);
    const errs = k >= 0 ? branchErrors(g, inner, k) : [];
    if (errs.length > 0) return translate(errs, undefined);
  }

  // Anything else: the branch that got furthest into the value (deepest errors), then the one with fewest errors.
  let best: ErrorObject[] | undefined;
  let bestScore = -Infinity;
  branches.forEach((_, k) => {
    const errs = branchErrors(g, inner, k);
    if (errs.length === 0) return;
    const score = Math.max(...errs.map(depth)) * 1000 - errs.length;
    if (score > bestScore) {
      best = errs;
      bestScore = score;
    }
  });
  if (best !== undefined) return translate(best, undefined);
  return [{ path, anchor: 'value', message: `expected ${branches.map((b) => describeType(b, b.type)).join(', or ')}, got ${show(data)}` }];
}

function missingMany(list: readonly ErrorObject[]): ValueIssue {
  const keys = list.map((e) => String((e.params as Record<string, unknown>).missingProperty));
  return { path: pathOf(list[0] as ErrorObject), anchor: 'value', message: `missing required properties ${quoteList(keys, 20)}` };
}

function translateOne(e: ErrorObject, unit: string | undefined): ValueIssue {
  const path = pathOf(e);
  const parent = asSchema(e.parentSchema);
  const params = e.params as Record<string, unknown>;
  const data: unknown = e.data;
  const at = (message: string, p: string[] = path, anchor: Anchor = 'value'): ValueIssue => ({ path: p, anchor, message });
  switch (e.keyword) {
    case 'type':
      return at(`expected ${withUnit(describeType(parent, params.type), unit)}, got ${show(data)}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return at(`expected ${withUnit(describeNumber(parent), unit)}, got ${show(data)}`);
    case 'multipleOf':
      return at(`expected a multiple of ${String(params.multipleOf)}, got ${show(data)}`);
    case 'required': {
      const key = String(params.missingProperty);
      const prop = asSchema(asSchema(parent.properties)[key]);
      const u = typeof prop.unit === 'string' ? ` (${shortUnit(prop.unit)})` : '';
      return at(`missing required property ${JSON.stringify(key)}${u}`);
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(asSchema(parent.properties));
      const near = suggest(key, allowed);
      let message = `unknown property ${JSON.stringify(key)}`;
      if (near !== undefined) message += `; did you mean ${JSON.stringify(near)}?`;
      else if (key === 'remove') message += ' ("remove": true only works in a file that extends another, on an array entry whose id is in the base)';
      else if (allowed.length > 0) message += `; allowed: ${quoteList(allowed)}`;
      return at(message, [...path, key], 'key');
    }
    case 'pattern':
      return at(`expected ${describeString(parent)}, got ${show(data)}`);
    case 'minLength':
      return at(num(params.limit) === 1 ? `expected a non-empty string` : `expected at least ${String(params.limit)} characters, got ${show(data)}`);
    case 'maxLength':
      return at(`expected at most ${String(params.limit)} characters`);
    case 'minItems':
      return at(`expected at least ${String(params.limit)} ${num(params.limit) === 1 ? 'entry' : 'entries'}, got ${Array.isArray(data) ? data.length : 0}`);
    case 'maxItems':
      return at(`too many entries: ${Array.isArray(data) ? data.length : '?'} (at most ${String(params.limit)}, a documented limit)`);
    case 'maxProperties':
      return at(
        `too many entries: ${typeof data === 'object' && data !== null ? Object.keys(data).length : '?'} (at most ${String(params.limit)}, a documented limit)`,
      );
    case 'minProperties':
      return at(`expected at least ${String(params.limit)} entries`);
    case 'const':
      return at(`expected ${JSON.stringify(params.allowedValue)}, got ${show(data)}`);
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      return at(`expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${show(data)}`);
    }
    default:
      return at(e.message ?? `failed the schema keyword ${e.keyword}`);
  }
}
