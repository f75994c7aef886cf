import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { expect } from 'vitest';
import { ScenarioError, type ScenarioIssue } from '../../src/scenario';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/scenarios');

/** A fixture's path as the loader displays it (relative to the working directory). */
export function fixture(name: string): string {
  return relative(process.cwd(), join(FIXTURES, name));
}

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function minimalObject(): Record<string, unknown> {
  return JSON.parse(readFixture('minimal.json')) as Record<string, unknown>;
}

/** The ScenarioError that `f` throws (fails the test if it throws nothing or something else). */
export function issuesOf(f: () => unknown): ScenarioIssue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).issues;
  }
  expect.fail('expected a ScenarioError');
}

/** Object.prototype has exactly the keys it has in a pristine realm, and `{}` has no `polluted`. */
export function expectPrototypesUntouched(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PRISTINE);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(Object.getOwnPropertyNames(Function.prototype)).not.toContain('polluted');
}

const PRISTINE = Object.getOwnPropertyNames(Object.prototype).sort();
