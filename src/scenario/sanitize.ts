/**
 * Turning untrusted input (a `JSON.parse` result or an object given in code) into a clean JSON
 * tree: plain objects and arrays, strings, finite numbers, booleans and null. Forbidden keys
 * (`__proto__`, `constructor`, `prototype`) are reported and dropped, never assigned; getters are
 * never called; cycles, non-JSON values and non-finite numbers are reported.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { MAX_DEPTH, MAX_VALUES, type DocIssue, type Segment } from './source';

/** Keys that could reach a prototype if some code assigned them: rejected anywhere in a scenario. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Most entries an array or object given in code may have (the schema's own limits are lower;
 * text is held to those as it is read: source.ts).
 */
export const MAX_ENTRIES = 100_000;

/** A plain JSON object as produced here: own enumerable data properties only. */
export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Define an own property without ever invoking a setter (`__proto__` included). */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function hasOwn(target: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}

function describeKind(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'symbol') return 'a symbol';
  if (typeof v === 'bigint') return 'a bigint';
  if (typeof v === 'object' && v !== null) {
    let name: string | undefined;
    try {
      const proto: unknown = Object.getPrototypeOf(v);
      const ctor = proto !== null && typeof proto === 'object' ? Object.getOwnPropertyDescriptor(proto, 'constructor')?.value : undefined;
      name = typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '' ? ctor.name : undefined;
    } catch {
      name = undefined;
    }
    return name !== undefined ? `an object of class ${name}` : 'an object with an unusual prototype';
  }
  return typeof v;
}

function isPlainPrototype(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Most problems {@link sanitize} lists; the rest are counted in `SanitizeReport.dropped`. */
const MAX_PROBLEMS = 1_000;

/** Problems {@link sanitize} found: the first ones, and how many more there were. */
export interface SanitizeReport {
  issues: DocIssue[];
  dropped: number;
}

/** Thrown to stop at the first value past {@link MAX_VALUES}. */
const TOO_MANY = Symbol('too many values');

/**
 * A clean copy of `input`. Problems are pushed onto `report.issues` (with paths relative to the
 * document root; past {@link MAX_PROBLEMS} they are only counted); offending values become
 * `null` and forbidden keys are left out, so that later checks can go on and report the rest.
 * More than {@link MAX_VALUES} values in all is one problem, and the copy stops there.
 */
export function sanitize(input: unknown, report: SanitizeReport): JsonValue {
  const ancestors = new Set<object>();
  let values = 0;
  const issues = {
    push(issue: DocIssue): void {
      if (report.issues.length < MAX_PROBLEMS) report.issues.push(issue);
      else report.dropped++;
    },
  };

  const visit = (v: unknown, path: Segment[], depth: number): JsonValue => {
    if (++values > MAX_VALUES) {
      issues.push({ path, message: `too many values: more than ${MAX_VALUES} numbers, strings, arrays and objects (at most ${MAX_VALUES})` });
      throw TOO_MANY;
    }
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return v;
      case 'number':
        if (Number.isFinite(v)) return v;
        issues.push({ path, message: `expected a finite number, got ${String(v)}` });
        return null;
      case 'object':
        break;
      default:
        issues.push({ path, message: `expected a JSON value, got ${describeKind(v)}` });
        return null;
    }
    if (v === null) return null;
    if (depth >= MAX_DEPTH) {
      issues.push({ path, message: `nesting deeper than ${MAX_DEPTH} levels of arrays and objects` });
      return null;
    }
    if (ancestors.has(v)) {
      issues.push({ path, message: 'cyclic reference: an object contains itself' });
      return null;
    }
    if (Array.isArray(v)) {
      const length = v.length;
      if (length > MAX_ENTRIES) {
        issues.push({ path, message: `too many entries: ${length} (at most ${MAX_ENTRIES})` });
        return null;
      }
      ancestors.add(v);
      const out: JsonValue[] = [];
      for (let i = 0; i < length; i++) {
        const d = Object.getOwnPropertyDescriptor(v, i);
        if (d === undefined) {
          issues.push({ path: [...path, i], message: 'expected a JSON value, got an empty array slot' });
          out.push(null);
        } else if (!('value' in d)) {
          issues.push({ path: [...path, i], message: 'expected a JSON value, got a getter (scenario content is never executed)' });
          out.push(null);
        } else out.push(visit(d.value, [...path, i], depth + 1));
      }
      ancestors.delete(v);
      return out;
    }
    if (!isPlainPrototype(v)) {
      issues.push({ path, message: `expected a plain JSON object, got ${describeKind(v)}` });
      return null;
    }
    const keys = Object.keys(v);
    if (keys.length > MAX_ENTRIES) {
      issues.push({ path, message: `too many properties: ${keys.length} (at most ${MAX_ENTRIES})` });
      return null;
    }
    ancestors.add(v);
    const out: JsonObject = {};
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({ path: [...path, key], anchor: 'key', message: `forbidden key ${JSON.stringify(key)} (it could change an object prototype)` });
        continue;
      }
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d === undefined) continue;
      if (!('value' in d)) {
        issues.push({ path: [...path, key], anchor: 'key', message: 'expected a JSON value, got a getter (scenario content is never executed)' });
        continue;
      }
      // Absent and undefined mean the same for an optional property given in code.
      if (d.value === undefined) continue;
      // A plain assignment, several times faster than defineProperty: no forbidden key gets here,
      // and Object.prototype has no other setter.
      out[key] = visit(d.value, [...path, key], depth + 1);
    }
    ancestors.delete(v);
    return out;
  };

  try {
    return visit(input, [], 0);
  } catch (e) {
    if (e === TOO_MANY) return null;
    // A Proxy or exotic object threw while being read.
    issues.push({ path: [], message: `the input could not be read as JSON: ${e instanceof Error ? e.message : String(e)}` });
    return null;
  }
}
