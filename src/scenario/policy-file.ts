/**
 * Reading a policy file (what `--policy FILE` names): with the scenario loader's rules, so that
 * every problem names the file, pointer, line and column, duplicate keys and forbidden keys are
 * refused, a byte-order mark is accepted, and the limits on size, nesting, entries and values
 * hold. The overlay keeps its source: applied to a scenario (applyOverlay, then parseScenario),
 * the problems it causes point into the policy file.
 *
 * A policy file is either `{ "name": .., "overlay": {..}, "description"?: .. }` or the overlay
 * itself (then the policy is named after the file, without `.json`).
 *
 * @module
 */
import { basename } from 'node:path';
import { Collector } from './collector';
import { readJsonDocument, recordSource, type JsonDocument } from './load';
import { isJsonObject, sanitize, type SanitizeReport } from './sanitize';
import { nameProblem } from './names';
import { resolveBundled } from './bundled';
import { validateOverlayAgainstSchema } from './validate';
import type { ScenarioOverlay } from './generated/scenario-overlay';

/** A policy read from a file: its name and the overlay to apply to a scenario. */
export interface PolicyFile {
  /** The policy's name: the file's `name`, else the file's base name without `.json`. */
  name: string;
  /** The changes to the scenario (rules of `extends`; may hold a declarative `policy`). */
  overlay: ScenarioOverlay;
  description?: string;
}

const WRAPPER_KEYS: ReadonlySet<string> = new Set(['name', 'overlay', 'description']);

/** Whether a policy file's JSON is the `{ name, overlay }` form (else it is the overlay itself). */
export function isPolicyWrapper(value: unknown): boolean {
  return isJsonObject(value) && Object.prototype.hasOwnProperty.call(value, 'overlay') && Object.keys(value).every((k) => WRAPPER_KEYS.has(k));
}

/**
 * The policy of a JSON document read with the loader (see the module comment).
 *
 * @throws {ScenarioError} naming the file, line and column of each problem.
 */
export function policyFromDocument(document: JsonDocument): PolicyFile {
  const c: Collector = new Collector();
  const { doc } = document;
  c.addDoc(doc);
  const problems: SanitizeReport = { issues: [], dropped: 0 };
  const value = sanitize(document.value, problems);
  for (const i of problems.issues) c.add(doc, i);
  c.dropped += problems.dropped;
  if (!isJsonObject(value)) {
    c.add(doc, { path: [], message: 'expected a JSON object: the overlay itself, or { "name": .., "overlay": {..} }' });
    c.fail();
  }
  const fallbackName = basename(document.path).replace(/\.json$/i, '') || 'policy';
  let policy: PolicyFile;
  if (isPolicyWrapper(value)) {
    const { name, overlay, description } = value;
    if (name !== undefined && (typeof name !== 'string' || nameProblem(name) !== undefined)) {
      c.add(doc, { path: ['name'], message: typeof name === 'string' ? (nameProblem(name) as string) : "expected the policy's name, a non-empty string" });
    }
    if (description !== undefined && typeof description !== 'string') c.add(doc, { path: ['description'], message: 'expected a string' });
    if (!isJsonObject(overlay)) {
      c.add(doc, { path: ['overlay'], message: 'expected an object: the changes to the scenario' });
      c.fail();
    }
    policy = { name: typeof name === 'string' ? name : fallbackName, overlay };
    if (typeof description === 'string') policy.description = description;
    recordSource(overlay, { doc, path: ['overlay'] });
  } else {
    policy = { name: fallbackName, overlay: value };
    recordSource(value, { doc, path: [] });
  }
  if (c.failed) c.fail();
  return policy;
}

/**
 * Reads a policy file: `{ "name", "overlay", "description"? }` or the overlay itself.
 *
 * @example
 * const policy = loadPolicyFile('scenarios/policies/technical-assistance.json');
 * const result = await runMonteCarlo(scenario, { runs: 100, seed: 1, policy });
 * @throws {ScenarioError} naming the file, line and column of each problem.
 */
export function loadPolicyFile(path: string): PolicyFile {
  return policyFromDocument(readJsonDocument(path, 'policy'));
}

/**
 * Checks a policy's overlay on its own, as far as it can be without a scenario: every field is
 * one a scenario has, of the right type and in range (docs/policies.md). What needs the scenario
 * (ids that must exist, required fields the base provides) is checked when the policy is
 * applied.
 *
 * @throws {ScenarioError} naming the file, pointer, line and column of each problem.
 */
export function checkPolicyAlone(document: JsonDocument, policy: PolicyFile): void {
  const c: Collector = new Collector();
  c.addDoc(document.doc);
  const at = isPolicyWrapper(document.value) ? ['overlay'] : [];
  for (const issue of validateOverlayAgainstSchema(policy.overlay)) c.add(document.doc, { ...issue, path: [...at, ...issue.path] });
  if (c.failed) c.fail();
}

/**
 * Reads and checks a policy file: a path, the name of a policy that ships in the package
 * (`'technical-assistance'`), or a package path (`'frontier-sim/policies/technical-assistance.json'`).
 * The file is `{ "name", "overlay", "description"? }` or the overlay itself; the overlay is
 * checked against the scenario schema on its own (fields, types, ranges and orders), and the
 * problems it causes when applied to a scenario point into the file too.
 *
 * @example
 * const scenario = loadScenario('tajik-afghan-2021');
 * const policy = loadPolicy('technical-assistance');
 * const result = await runMonteCarlo(scenario, { runs: 100, seed: 1, policy });
 * @throws {ScenarioError} naming the file, pointer, line and column of each problem, or, for a
 * missing file, the absolute path tried, the working directory and the bundled policies.
 */
export function loadPolicy(pathOrName: string): PolicyFile {
  const { path } = resolveBundled(pathOrName, 'policy');
  const document = readJsonDocument(path, 'policy');
  const policy = policyFromDocument(document);
  checkPolicyAlone(document, policy);
  return policy;
}
