/**
 * Hostile input: whatever parseScenario and loadScenario are given, they return a scenario or
 * throw a ScenarioError with well-formed issues: never another exception, never a hang, never a
 * non-finite number in a returned scenario, and never a change to Object.prototype.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyOverlay, parseScenario, ScenarioError, type Scenario } from '../../src/scenario';
import { expectPrototypesUntouched, readFixture } from './helpers';
import { allPaths, getAt, type Path } from '../helpers/json-paths';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Run `f`; a ScenarioError is fine if its issues are well formed, any other exception fails. */
function scenarioOrError(f: () => Scenario, text?: string): Scenario | ScenarioError {
  try {
    const s = f();
    expectAllFinite(s);
    return s;
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    expect(e.issues.length).toBeGreaterThan(0);
    for (const issue of e.issues) {
      expect(typeof issue.pointer).toBe('string');
      expect(issue.pointer === '' || issue.pointer.startsWith('/')).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
      if (text !== undefined && !issue.message.startsWith('... and')) {
        expect(issue.line).toBeGreaterThanOrEqual(1);
        expect(issue.column).toBeGreaterThanOrEqual(1);
        expect(issue.line!).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
      }
    }
    expect(e.message.split('\n').length).toBe(e.issues.length + 1);
    return e;
  }
}

function expectAllFinite(v: unknown): void {
  if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  else if (Array.isArray(v)) v.forEach(expectAllFinite);
  else if (typeof v === 'object' && v !== null) Object.values(v).forEach(expectAllFinite);
}

const bundled = readdirSync(join(process.cwd(), 'scenarios'))
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => ({ name: f, value: JSON.parse(readFileSync(join(process.cwd(), 'scenarios', f), 'utf8')) as Json }));
const bases: { name: string; value: Json }[] = [{ name: 'minimal.json', value: JSON.parse(readFixture('minimal.json')) as Json }, ...bundled];

/** A deep copy with the value at `path` replaced (or deleted when `replacement` is undefined). */
function mutate(v: Json, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(v) as Record<string | number, unknown>;
  const parent = getAt(copy as Json, path.slice(0, -1)) as unknown as Record<string | number, unknown>;
  if (typeof parent !== 'object' || parent === null) return copy;
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (typeof last === 'string' && ['__proto__', 'constructor', 'prototype'].includes(String(replacement))) {
    // Insert a forbidden key next to `last`, as JSON.parse would create it.
    Object.defineProperty(parent, String(replacement), { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
  } else parent[last] = replacement;
  return copy;
}

const SPECIAL = fc.constantFrom<unknown>(
  undefined, // delete
  'x',
  '',
  'nowhere',
  'shaartuz', // an existing id: duplicates and wrong references
  'panj',
  'kunduz',
  null,
  true,
  [],
  {},
  { min: 5, max: 1 },
  { value: 1, min: 0, max: 2 },
  -1,
  0,
  0.5,
  1,
  1e12,
  1e308,
  -1e308,
  5e-324,
  2 ** 53,
  '__proto__',
  'constructor',
  'prototype',
);
const NON_FINITE = fc.constantFrom(NaN, Infinity, -Infinity);

describe('fuzzing the scenario loader', () => {
  afterAll(() => expectPrototypesUntouched());

  it('accepts or rejects arbitrary JSON values with a ScenarioError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        scenarioOrError(() => parseScenario(v as object));
        const text = JSON.stringify(v);
        scenarioOrError(() => parseScenario(text), text);
      }),
      { numRuns: 400 },
    );
  });

  it('accepts or rejects anything JavaScript can build with a ScenarioError', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, (v) => {
        scenarioOrError(() => parseScenario(v as object));
      }),
      { numRuns: 400 },
    );
  });

  it('accepts or rejects arbitrary text, and damaged JSON text, with positions', () => {
    const damaged = fc.tuple(fc.json(), fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 3 })).map(([text, at, cut, insert]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      return text.slice(0, i) + insert + text.slice(i + cut);
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), damaged), (text) => {
        scenarioOrError(() => parseScenario(text), text);
      }),
      { numRuns: 400 },
    );
  });

  for (const base of bases) {
    it(`accepts or rejects mutations of ${base.name} (deleted keys, wrong types, out-of-range and huge numbers, duplicate ids, dangling references, forbidden keys)`, () => {
      const paths = allPaths(base.value);
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), SPECIAL), { minLength: 1, maxLength: 3 }), (mutations) => {
          let v: unknown = base.value;
          for (const [path, replacement] of mutations) {
            if (path.length > 0 && getAt(v as Json, path.slice(0, -1)) === undefined) continue;
            v = mutate(v as Json, path, replacement);
          }
          // The whole document deleted or made a string (which parseScenario reads as JSON text): the
          // arbitrary-value properties cover those.
          if (typeof v !== 'object' || v === null) return;
          const text = JSON.stringify(v, null, 2);
          const fromText = scenarioOrError(() => parseScenario(text), text);
          const fromObject = scenarioOrError(() => parseScenario(v as object));
          // Text and object input agree on validity and on the issues' pointers and messages.
          if (fromText instanceof ScenarioError && fromObject instanceof ScenarioError) {
            // Messages may cite another place: as "line 3, column 5" for text, as a pointer for objects.
            const cite = /\((first used at )?(line \d+, column \d+|\/[^)]*)\)/g;
            const pairs = (e: ScenarioError) => e.issues.map((i) => `${i.pointer}: ${i.message.replace(cite, '(...)')}`).sort();
            expect(pairs(fromObject)).toEqual(pairs(fromText));
          } else {
            expect(fromText instanceof ScenarioError).toBe(fromObject instanceof ScenarioError);
          }
          if (!(fromText instanceof ScenarioError)) {
            // A valid scenario survives a round trip unchanged.
            expect(parseScenario(JSON.stringify(fromText))).toEqual(fromText);
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`rejects NaN and Infinity anywhere in ${base.name} given as an object`, () => {
      const leaves = allPaths(base.value).filter((p) => typeof getAt(base.value, p) === 'number');
      fc.assert(
        fc.property(fc.constantFrom(...leaves), NON_FINITE, (path, x) => {
          const r = scenarioOrError(() => parseScenario(mutate(base.value, path, x) as object));
          expect(r).toBeInstanceOf(ScenarioError);
          expect((r as ScenarioError).issues).toContainEqual({
            pointer: '/' + path.join('/'),
            message: `expected a finite number, got ${String(x)}`,
          });
        }),
        { numRuns: 100 },
      );
    });
  }

  it('applies arbitrary overlays to a scenario without any other exception', () => {
    const minimal = bases[0]!.value as object;
    fc.assert(
      fc.property(fc.jsonValue(), (overlay) => {
        try {
          const merged = applyOverlay(minimal, (overlay ?? {}) as object);
          scenarioOrError(() => parseScenario(merged));
        } catch (e) {
          if (!(e instanceof ScenarioError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });
});
