/**
 * A stable fingerprint of a resolved scenario, for manifests of experiment results: two
 * scenarios have the same hash exactly when their canonical JSON is the same (up to the tiny
 * chance of a 64-bit collision), whatever the key order or whitespace of the files, and
 * whatever chain of `extends` produced them.
 *
 * @module
 */
import { hashString } from '../rng/hash';

/**
 * Canonical JSON: keys sorted (by UTF-16 code units) at every depth, no whitespace, numbers as
 * `JSON.stringify` writes them (shortest round-trip form), `undefined` members dropped.
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`canonicalJson: ${typeof value} is not JSON`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** A 64-bit hex fingerprint of a string (two independently seeded 32-bit hashes). */
export function fingerprint(text: string): string {
  const hi = hashString(text, 0x6a09e667) >>> 0;
  const lo = hashString(text, 0xbb67ae85) >>> 0;
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/**
 * The hash of a resolved scenario (as `loadScenario` or `parseScenario` return it): the
 * fingerprint of its canonical JSON without the `$schema` reference (an editor hint) and the
 * historical `targets` (what calibration matches; neither changes any run's result). 16 hex digits.
 *
 * @example
 * scenarioHash(loadScenario('scenarios/tajik-afghan-2021.json')); // e.g. '3f9a0c1e5b7d2a64'
 */
export function scenarioHash(scenario: object): string {
  const { $schema: _schema, targets: _targets, ...rest } = scenario as Record<string, unknown>;
  return fingerprint(canonicalJson(rest));
}
