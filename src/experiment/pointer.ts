/**
 * Reading and setting values of a scenario at JSON pointers, for experiments (their syntax, with
 * the `[id=x]` extension, is src/scenario/pointer.ts); and the ranges a scenario declares.
 *
 * @module
 */
import { formatPointer, pointerSteps, type PointerStep } from '../scenario/pointer';
import { ExperimentError } from './errors';

export type { PointerStep };
export { formatPointer };

/**
 * Parses a pointer (src/scenario/pointer.ts, with its `[id=x]` extension).
 *
 * @throws ExperimentError if it does not start with '/' or has a bad escape.
 * @example
 * parsePointer('/actors[id=taliban]/intent'); // [{ key: 'actors', id: 'taliban' }, { key: 'intent' }]
 */
export function parsePointer(pointer: string): PointerStep[] {
  const steps = pointerSteps(pointer);
  if (!Array.isArray(steps)) throw new ExperimentError(steps.problem);
  return steps;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

/** Steps through one key or index (own properties only). */
function child(v: unknown, key: string, pointer: string): unknown {
  if (Array.isArray(v)) {
    if (!/^(0|[1-9]\d*)$/.test(key) || Number(key) >= v.length) throw new ExperimentError(`pointer ${pointer}: no entry ${key} (the array has ${v.length})`);
    return v[Number(key)];
  }
  if (isContainer(v) && Object.prototype.hasOwnProperty.call(v, key)) return (v as Record<string, unknown>)[key];
  throw new ExperimentError(`pointer ${pointer}: no "${key}" there`);
}

function byId(v: unknown, id: string, pointer: string): { array: unknown[]; index: number } {
  if (!Array.isArray(v)) throw new ExperimentError(`pointer ${pointer}: [id=${id}] needs an array`);
  const index = v.findIndex((e) => isContainer(e) && (e as Record<string, unknown>).id === id);
  if (index < 0) throw new ExperimentError(`pointer ${pointer}: no entry with id "${id}"`);
  return { array: v, index };
}

/** The value at a pointer. @throws ExperimentError if there is none. */
export function getAt(doc: unknown, pointer: string): unknown {
  let v = doc;
  for (const step of parsePointer(pointer)) {
    v = child(v, step.key, pointer);
    if ('id' in step) {
      const { array, index } = byId(v, step.id, pointer);
      v = array[index];
    }
  }
  return v;
}

/**
 * Sets the value at a pointer, in place (clone the document first). The place must exist: a
 * sweep changes parameters, it does not invent them.
 *
 * @throws ExperimentError if the pointer does not lead to an existing value.
 */
export function setAt(doc: unknown, pointer: string, value: unknown): void {
  const steps = parsePointer(pointer);
  let parent: unknown = undefined;
  let last: string | number = '';
  let v = doc;
  for (const step of steps) {
    const next = child(v, step.key, pointer);
    parent = v;
    last = Array.isArray(v) ? Number(step.key) : step.key;
    v = next;
    if ('id' in step) {
      const { array, index } = byId(v, step.id, pointer);
      parent = array;
      last = index;
      v = array[index];
    }
  }
  if (!isContainer(parent)) throw new ExperimentError(`pointer ${pointer}: cannot set the whole document`);
  (parent as Record<string | number, unknown>)[last] = value;
}

/**
 * The plain path (keys and array indices) a pointer leads to in `doc`, with `[id=x]` steps
 * resolved to indices: for setting many values in copies of one document, the pointer is
 * parsed and its ids found once.
 *
 * @throws ExperimentError if the pointer does not lead to an existing value.
 */
export function resolvePath(doc: unknown, pointer: string): (string | number)[] {
  const path: (string | number)[] = [];
  let v = doc;
  for (const step of parsePointer(pointer)) {
    const next = child(v, step.key, pointer);
    path.push(Array.isArray(v) ? Number(step.key) : step.key);
    v = next;
    if ('id' in step) {
      const { array, index } = byId(v, step.id, pointer);
      path.push(index);
      v = array[index];
    }
  }
  if (path.length === 0) throw new ExperimentError(`pointer ${pointer}: cannot set the whole document`);
  return path;
}

/** Sets the value at a path from {@link resolvePath}, in place. */
export function setAtPath(doc: unknown, path: readonly (string | number)[], value: unknown): void {
  let v = doc as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) v = v[path[i] as string | number] as Record<string | number, unknown>;
  v[path[path.length - 1] as string | number] = value;
}

/** A range declared in a scenario. */
export interface DeclaredRange {
  pointer: string;
  min: number;
  max: number;
}

const QUANTITY_KEYS = new Set(['min', 'max', 'value', 'source', 'note', 'dist', 'group']);

/** Whether a value is a range Quantity `{ min, max, value?, source?, note?, dist?, group? }`. */
export function isRange(v: unknown): v is { min: number; max: number } {
  return (
    isContainer(v) &&
    !Array.isArray(v) &&
    typeof (v as Record<string, unknown>).min === 'number' &&
    typeof (v as Record<string, unknown>).max === 'number' &&
    Object.keys(v).every((k) => QUANTITY_KEYS.has(k))
  );
}

/**
 * Every range `{ min, max }` declared in a scenario, in document order, with id-based pointers
 * where array entries have ids (`/sectors[id=panj]/posts/count`).
 */
export function findRanges(scenario: object): DeclaredRange[] {
  const out: DeclaredRange[] = [];
  const walk = (v: unknown, steps: PointerStep[]): void => {
    if (isRange(v)) {
      out.push({ pointer: formatPointer(steps), min: v.min, max: v.max });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((e, i) => {
        const id = isContainer(e) ? (e as Record<string, unknown>).id : undefined;
        const last = steps[steps.length - 1] as PointerStep;
        const here = typeof id === 'string' ? [...steps.slice(0, -1), { key: last.key, id }] : [...steps, { key: String(i) }];
        walk(e, here);
      });
      return;
    }
    if (isContainer(v)) for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], [...steps, { key: k }]);
  };
  if (isContainer(scenario)) for (const k of Object.keys(scenario)) if (k !== 'metadata') walk((scenario as Record<string, unknown>)[k], [{ key: k }]);
  return out;
}
