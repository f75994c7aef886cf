/**
 * Shared helpers of the hardening tests: finiteness of whole results, prototype sentinels,
 * scenario builders and child processes with a time limit (a hang must fail the test, not hang
 * the suite: synchronous code in this process cannot be interrupted).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadScenario } from '../../src/index';
import { ROOT } from '../helpers/paths';

export { nonFinitePaths } from './finite';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * Every bundled scenario (not the schema), loaded with `extends` resolved, as a plain JSON value
 * without `$schema` or `extends` (so that mutations of it need no base file), with its file name.
 */
export function bundledScenarios(): { name: string; value: Json }[] {
  return readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .sort()
    .map((f) => {
      const value = JSON.parse(JSON.stringify(loadScenario(join(ROOT, 'scenarios', f)))) as Record<string, Json>;
      delete value.$schema;
      delete value.extends;
      return { name: f, value };
    });
}

/** The small test scenario of tests/fixtures/scenarios/minimal.json, without `$schema`. */
export function minimalScenario(): Record<string, Json> {
  const v = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'scenarios', 'minimal.json'), 'utf8')) as Record<string, Json>;
  delete v.$schema;
  return v;
}

const PRISTINE_OBJECT_PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();
const PRISTINE_FUNCTION_PROTOTYPE = Object.getOwnPropertyNames(Function.prototype).sort();
const PRISTINE_ARRAY_PROTOTYPE = Object.getOwnPropertyNames(Array.prototype).sort();

/** The sentinel property hostile inputs try to plant on prototypes. */
export const SENTINEL = 'pollutedByFrontierSimTest';

/**
 * Object.prototype (and Function and Array prototypes) hold exactly the properties they had when
 * this module loaded; `{}` has no sentinel; Object.keys(Object.prototype) is empty.
 */
export function expectPrototypesUntouched(): void {
  expect(({} as Record<string, unknown>)[SENTINEL]).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PRISTINE_OBJECT_PROTOTYPE);
  expect(Object.getOwnPropertyNames(Function.prototype).sort()).toEqual(PRISTINE_FUNCTION_PROTOTYPE);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(PRISTINE_ARRAY_PROTOTYPE);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

/** What `tests/hardening/run-child.ts` reports about one scenario. */
export type ChildReport =
  | { kind: 'ran'; ms: number; turns: number; nonFinite: string[]; totals: Record<string, number> }
  | { kind: 'scenario-error'; issues: { pointer: string; message: string }[] }
  | { kind: 'other-error'; name: string; message: string };

/**
 * Loads `scenario` (an object, as JSON) and runs `turns` turns in a separate process, killed
 * after `timeoutMs`; returns its report, or `{ kind: 'timeout' }`.
 */
export function runInChild(scenario: unknown, turns: number, timeoutMs: number): ChildReport | { kind: 'timeout'; ms: number } {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'hardening', 'run-child.ts'), String(turns)], {
    cwd: ROOT,
    input: JSON.stringify(scenario),
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { kind: 'timeout', ms: Date.now() - started };
  if (r.signal === 'SIGKILL') return { kind: 'timeout', ms: Date.now() - started };
  if (r.status !== 0) throw new Error(`run-child exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildReport;
}
