/**
 * Changes to a scenario, as `checkAssumption` and the relations take them: an overlay policy,
 * a single parameter change `{ pointer, value }`, or a function of the scenario that returns the
 * changed scenario (or a policy, or a parameter change, to apply to it). Every changed scenario is
 * validated again with `parseScenario`.
 *
 * @module
 */
import { applyOverlay, parseScenario, scenarioSchema, type OverlayPolicy, type Scenario } from './lib';

/** One parameter set to a new value: an RFC 6901 pointer (`/sectors/0/sensorDetection`) and the value. */
export interface ParameterChange {
  pointer: string;
  value: unknown;
}

/**
 * A change: an overlay policy `{ name, overlay }`, a parameter change `{ pointer, value }`, or a
 * function of the (cloned, freely mutable) scenario returning the changed scenario, a policy or a
 * parameter change.
 */
export type Change = OverlayPolicy | ParameterChange | ((scenario: Scenario) => Scenario | OverlayPolicy | ParameterChange | object);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isParameterChange(v: unknown): v is ParameterChange {
  return isObject(v) && typeof v.pointer === 'string' && 'value' in v && Object.keys(v).every((k) => k === 'pointer' || k === 'value');
}

export function isPolicy(v: unknown): v is OverlayPolicy {
  return isObject(v) && typeof v.name === 'string' && !('sectors' in v) && !('calendar' in v) && (v.overlay === undefined || isObject(v.overlay));
}

/** A short description of a change, for messages. */
export function describeChange(change: unknown): string {
  if (typeof change === 'function') {
    const d = (change as { description?: unknown }).description;
    return typeof d === 'string' ? d : change.name ? `transform ${change.name}` : 'a transform of the scenario';
  }
  if (isParameterChange(change)) return `${change.pointer} = ${JSON.stringify(change.value)}`;
  if (isPolicy(change)) return `policy "${change.name}"${change.overlay ? ` ${JSON.stringify(change.overlay)}` : ''}`;
  return String(change);
}

function unescapeSegment(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Sets `value` at an RFC 6901 pointer of a (cloned) document; the parent must exist. */
export function setPointer(doc: unknown, pointer: string, value: unknown): void {
  if (!pointer.startsWith('/')) throw new TypeError(`pointer ${JSON.stringify(pointer)} must start with '/'`);
  const segs = pointer.slice(1).split('/').map(unescapeSegment);
  let v: unknown = doc;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i] as string;
    const next = Array.isArray(v) ? v[Number(seg)] : isObject(v) && Object.prototype.hasOwnProperty.call(v, seg) ? v[seg] : undefined;
    if (typeof next !== 'object' || next === null) throw new TypeError(`pointer ${pointer}: no "${seg}" there`);
    v = next;
  }
  const last = segs[segs.length - 1] as string;
  if (Array.isArray(v)) {
    const i = Number(last);
    if (!Number.isInteger(i) || i < 0 || i >= v.length) throw new TypeError(`pointer ${pointer}: no entry ${last}`);
    v[i] = value;
  } else if (isObject(v)) {
    if (last === '__proto__' || last === 'constructor' || last === 'prototype') throw new TypeError(`pointer ${pointer}: forbidden key`);
    v[last] = value;
  } else throw new TypeError(`pointer ${pointer}: cannot set inside a ${typeof v}`);
}

/** A deep copy of a JSON value. */
export function cloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** What applying a change gives: the changed, validated scenario and a description. */
export interface AppliedChange {
  scenario: Scenario;
  description: string;
}

/**
 * Applies a change to a scenario (neither is modified) and validates the result.
 *
 * @throws ScenarioError when the changed scenario is not valid.
 */
export function applyChange(scenario: Scenario, change: Change): AppliedChange {
  let c: unknown = change;
  let description = describeChange(change);
  if (typeof c === 'function') {
    c = (c as (s: Scenario) => unknown)(cloneJson(scenario));
    if (isParameterChange(c) || isPolicy(c)) description = `${description}: ${describeChange(c)}`;
  }
  if (isParameterChange(c)) {
    const copy = cloneJson(scenario);
    setPointer(copy, c.pointer, c.value);
    return { scenario: parseScenario(copy, { source: `<changed: ${c.pointer}>` }), description };
  }
  if (isPolicy(c)) {
    if (c.overlay === undefined || Object.keys(c.overlay).length === 0) return { scenario, description };
    const merged = applyOverlay(scenario, c.overlay, { source: `policy ${c.name}` });
    return { scenario: parseScenario(merged, { source: `<policy ${c.name}>` }), description };
  }
  if (isObject(c)) return { scenario: parseScenario(c, { source: '<changed scenario>' }), description };
  throw new TypeError(
    `a change must be a policy { name, overlay }, a parameter change { pointer, value } or a function of the scenario; got ${describeChange(c)}`,
  );
}

// ---- Numeric parameters and their bounds, from the JSON Schema -----------------------------------

/** A numeric parameter of a scenario with the bounds the schema gives it. */
export interface NumericLeaf {
  pointer: string;
  /** Current (nominal) value. */
  value: number;
  min: number;
  max: number;
  /** The minimum itself is not allowed (`exclusiveMinimum`). */
  exclusiveMin: boolean;
  integer: boolean;
}

type Schema = Record<string, unknown>;

function bounds(s: Schema): Omit<NumericLeaf, 'pointer' | 'value'> | undefined {
  const t = s.type;
  if (t !== 'number' && t !== 'integer') return undefined;
  const exclusiveMin = typeof s.exclusiveMinimum === 'number';
  const min = (exclusiveMin ? s.exclusiveMinimum : s.minimum) as number | undefined;
  return { min: min ?? -Number.MAX_VALUE, max: (s.maximum as number | undefined) ?? Number.MAX_VALUE, exclusiveMin, integer: t === 'integer' };
}

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The fields that place things on maps and nothing else: the border's line and outlines
 * (`geography`), each sector's stretch of that line (`sectors[].line`), bases' and provinces'
 * coordinates (`at`). The engine never reads them, so they are not parameters: changing one
 * changes no result, and a sector's stretch changed alone no longer tiles the line.
 */
const MAP_ONLY = /^\/(geography|sectors\/\d+\/line|(bases|provinces)\/\d+\/at)(\/|$)/;

/**
 * Every numeric parameter of a scenario (metadata, calendar and map geometry excluded), in document order, with
 * the schema's bounds. A Quantity written as an object (`{ value }`, `{ min, max }`) is listed by
 * the pointer of the whole Quantity, which a plain number may replace.
 */
export function numericLeaves(scenario: Scenario): NumericLeaf[] {
  const out: NumericLeaf[] = [];
  const walk = (schema: Schema, data: unknown, pointer: string): void => {
    if (data === undefined || MAP_ONLY.test(pointer)) return;
    if (typeof schema.unit === 'string' && Array.isArray(schema.anyOf)) {
      const num = (schema.anyOf as Schema[])[0] as Schema;
      const b = bounds(num);
      const value =
        typeof data === 'number'
          ? data
          : isObject(data)
            ? typeof data.value === 'number'
              ? data.value
              : typeof data.min === 'number' && typeof data.max === 'number'
                ? (data.min + data.max) / 2
                : NaN
            : NaN;
      if (b && Number.isFinite(value)) out.push({ pointer, value, ...b });
      return;
    }
    const b = bounds(schema);
    if (b && typeof data === 'number') {
      out.push({ pointer, value: data, ...b });
      return;
    }
    if (Array.isArray(data) && isObject(schema.items)) {
      data.forEach((d, i) => walk(schema.items as Schema, d, `${pointer}/${i}`));
      return;
    }
    if (isObject(data)) {
      const props = isObject(schema.properties) ? (schema.properties as Record<string, Schema>) : {};
      const patterns = isObject(schema.patternProperties) ? (Object.values(schema.patternProperties) as Schema[]) : [];
      for (const k of Object.keys(data)) {
        const s = props[k] ?? patterns[0];
        if (s) walk(s, data[k], `${pointer}/${escape(k)}`);
      }
    }
  };
  const root = scenarioSchema as Schema;
  const props = root.properties as Record<string, Schema>;
  for (const k of Object.keys(scenario)) {
    if (k === 'metadata' || k === 'calendar' || k === '$schema' || k === 'extends') continue;
    const s = props[k];
    if (s) walk(s, (scenario as unknown as Record<string, unknown>)[k], `/${escape(k)}`);
  }
  return out;
}
