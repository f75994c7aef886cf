/**
 * Loading a scenario: read, parse with positions, reject forbidden keys, resolve `extends`, merge
 * with provenance, validate against the schema, check references; every problem is collected
 * into one {@link ScenarioError} whose issues name the right file, pointer, line and column.
 *
 * ## `extends`
 * `"extends": "base.json"` names a base scenario, relative to the extending file (the base may
 * extend another; a cycle is an error naming it). The extending file is deep-merged onto its base:
 * - objects merge key by key; a key set to `null` is deleted from the base;
 * - an array of entries that all have an `id` (sectors, forces, actors, provinces, bases,
 *   metadata.sources) merges by id: an entry with a known id deep-merges into that entry (so
 *   `{ "id": "panj", "lengthKm": 90 }` changes one field), a new id is appended, and
 *   `{ "id": "panj", "remove": true }` removes the entry. `remove` is allowed only in an
 *   extending file (or a policy overlay), only with `id`, and only for an id the base has;
 * - every other array (and an empty one) replaces the base's, as does every other value.
 *
 * Each file's syntax and forbidden keys are checked on its own; the schema and the references
 * are checked on the merged result, and each issue is mapped back to the file, pointer, line
 * and column its value came from.
 *
 * @module
 */
import { realpathSync } from 'node:fs';
import * as nodePath from 'node:path';
import { checkScenario } from './checks';
import { Collector, MAX_ISSUES } from './collector';
import { mergeDocuments, resolveProvenance, rootProvenance, type MergeIssue, type Merged, type Provenance } from './merge';
import { isJsonObject, sanitize, setOwn, type JsonObject, type JsonValue, type SanitizeReport } from './sanitize';
import type { Scenario } from './schema';
import { describeFsError, InputFileProblem, readRegularText } from './read-file';
import { parseText, SourceDoc, toPointer } from './source';
import { validateAgainstSchema } from './validate';
import { notFoundHint, resolveBundled, type BundledKind } from './bundled';

/** Largest scenario file read (bytes). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Longest chain of `extends`. */
export const MAX_EXTENDS_DEPTH = 32;
export { MAX_ISSUES };

/** Options of {@link loadScenario}. */
export interface LoadScenarioOptions {
  /**
   * Let `extends` name a file outside the directory of the file that names it (or below it).
   * Off by default: a scenario shared between analysts is untrusted input, and `../` or an
   * absolute path would let it read any file the user can read (the CLI flag
   * `--allow-extends-outside`).
   */
  allowExtendsOutside?: boolean;
}

/** Options of {@link parseScenario}. */
export interface ParseScenarioOptions extends LoadScenarioOptions {
  /** Name of the input in messages (usually its path); `<input>` when absent. */
  source?: string;
  /**
   * Directory that `extends` is relative to, and that a base must be in (or below); default:
   * the directory of `source`, else the working directory.
   */
  baseDir?: string;
}

/** Read a scenario file's text, or say in one sentence why it cannot be read. */
function readScenarioText(abs: string): { text: string } | { problem: string } {
  try {
    return { text: readRegularText(abs, MAX_FILE_BYTES) };
  } catch (e) {
    if (e instanceof InputFileProblem) return { problem: e.message === 'is a directory, not a file' ? 'is a directory, not a scenario file' : e.message };
    return { problem: describeFsError(e) };
  }
}

/** A missing file's message, with the path tried, the working directory and the bundled names. */
function withHint(problem: string, path: string, kind: BundledKind | undefined): string {
  return kind !== undefined && problem.startsWith('file not found') ? `${problem}: ${notFoundHint(path, kind)}` : problem;
}

/** A JSON file read and parsed once (positions kept), before it is known to be a scenario or a policy. */
export interface JsonDocument {
  /** The path as given. */
  path: string;
  doc: SourceDoc;
  /** `JSON.parse`'s value (not yet sanitised). */
  value: unknown;
}

/**
 * Reads and parses a JSON file with the scenario loader's rules: a regular file of at most
 * {@link MAX_FILE_BYTES} bytes, a byte-order mark allowed, no duplicate keys, the limits on
 * nesting, entries and values.
 *
 * @throws {ScenarioError} naming the file (and line and column) of what is wrong.
 */
export function readJsonDocument(path: string, kind?: BundledKind): JsonDocument {
  const c: Collector = new Collector();
  const read = readScenarioText(nodePath.resolve(path));
  if ('problem' in read) {
    c.add(new SourceDoc(path, nodePath.resolve(path), undefined, undefined), { path: [], message: withHint(read.problem, path, kind) });
    c.fail();
  }
  const parsed = parseText(read.text, path, { absPath: nodePath.resolve(path) });
  c.addDoc(parsed.doc);
  for (const i of parsed.issues) c.add(parsed.doc, i);
  c.dropped += parsed.dropped;
  if (c.failed || !parsed.ok) c.fail();
  return { path, doc: parsed.doc, value: parsed.value };
}

/** Scenarios this module validated, with their JSON then: see {@link isValidated}. */
const validated = new WeakMap<object, string>();

/**
 * Whether `scenario` is an object {@link parseScenario} or {@link loadScenario} returned and is
 * unchanged since (its JSON is the same): `simulate` runs it without validating it again.
 */
export function isValidated(scenario: unknown): boolean {
  if (typeof scenario !== 'object' || scenario === null) return false;
  const text = validated.get(scenario);
  return text !== undefined && JSON.stringify(scenario) === text;
}

/** Values whose source is known: a policy overlay read from a file, and what {@link applyOverlay} makes of it. */
const sourced = new WeakMap<object, Provenance>();

/**
 * Records where a value (an overlay read from a file) came from, so that the issues of the
 * scenario it is applied to point into that file.
 */
export function recordSource(value: object, provenance: Provenance): void {
  sourced.set(value, provenance);
}

type Input =
  | { kind: 'file'; display: string; abs: string }
  | { kind: 'document'; document: JsonDocument }
  | { kind: 'text'; text: string; display: string | undefined; baseDir: string }
  | { kind: 'value'; value: unknown; display: string | undefined; baseDir: string };

/** Where an `extends` of a document is read from: its display path and absolute path. */
interface Origin {
  /** Directory that `extends` is relative to, as displayed. */
  dirDisplay: string;
  /** The same, absolute: a base must be in it or below it (unless allowed otherwise). */
  dirAbs: string;
}

/** Whether `path` is `dir` or inside it (both absolute and normalised). */
function isInside(dir: string, path: string): boolean {
  const rel = nodePath.relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !nodePath.isAbsolute(rel));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Why `extends` may not read `baseAbs`, or undefined when it may: the base must be in the
 * directory of the file that names it (or below it), lexically and after following symbolic
 * links. Checked before anything is read, so that whether a file elsewhere exists is never told.
 */
function outsideProblem(ext: string, baseAbs: string, origin: Origin): string | undefined {
  const allow =
    'a scenario may read only files in its own directory or below it (to allow more: --allow-extends-outside, or allowExtendsOutside: true in the library)';
  const here = origin.dirDisplay === '' ? '.' : origin.dirDisplay;
  if (!isInside(origin.dirAbs, baseAbs)) return `the base scenario ${JSON.stringify(ext)} is outside the directory ${here}: ${allow}`;
  let real: string;
  try {
    real = realpathSync(baseAbs);
  } catch {
    return undefined; // missing or unreadable: reading it says so
  }
  if (!isInside(realOrSelf(origin.dirAbs), real))
    return `the base scenario ${JSON.stringify(ext)} is a symbolic link to a file outside the directory ${here}: ${allow}`;
  return undefined;
}

/**
 * Load one document and everything it extends; returns the merged value (without `extends`)
 * and its provenance. `chain` holds the absolute paths of the documents that extend this one.
 */
function loadDocument(input: Input, chain: readonly { abs: string; display: string }[], c: Collector, referrer?: { doc: SourceDoc }): Merged {
  let doc: SourceDoc;
  let raw: unknown;
  let origin: Origin;

  if (input.kind === 'file') {
    const read = readScenarioText(input.abs);
    if ('problem' in read) {
      if (referrer !== undefined) {
        c.add(referrer.doc, { path: ['extends'], message: `cannot read the base scenario ${input.display}: ${read.problem}` });
      } else {
        c.add(new SourceDoc(input.display, input.abs, undefined, undefined), { path: [], message: withHint(read.problem, input.display, 'scenario') });
      }
      c.fail();
    }
    // A base's text is quoted in no message: it may not be a scenario, nor the user's to print.
    const parsed = parseText(read.text, input.display, { absPath: input.abs, quote: referrer === undefined });
    doc = parsed.doc;
    c.addDoc(doc);
    for (const i of parsed.issues) c.add(doc, i);
    c.dropped += parsed.dropped;
    if (!parsed.ok) c.fail();
    raw = parsed.value;
    origin = { dirDisplay: nodePath.dirname(input.display), dirAbs: nodePath.dirname(input.abs) };
  } else if (input.kind === 'document') {
    doc = input.document.doc;
    c.addDoc(doc);
    raw = input.document.value;
    const abs = doc.absPath ?? nodePath.resolve(input.document.path);
    origin = { dirDisplay: nodePath.dirname(input.document.path), dirAbs: nodePath.dirname(abs) };
  } else if (input.kind === 'text') {
    const parsed = parseText(input.text, input.display);
    doc = parsed.doc;
    c.addDoc(doc);
    for (const i of parsed.issues) c.add(doc, i);
    c.dropped += parsed.dropped;
    if (!parsed.ok) c.fail();
    raw = parsed.value;
    origin = { dirDisplay: input.baseDir, dirAbs: nodePath.resolve(input.baseDir) };
  } else {
    doc = new SourceDoc(input.display, undefined, undefined, undefined);
    c.addDoc(doc);
    raw = input.value;
    origin = { dirDisplay: input.baseDir, dirAbs: nodePath.resolve(input.baseDir) };
  }

  const problems: SanitizeReport = { issues: [], dropped: 0 };
  const value = sanitize(raw, problems);
  for (const i of problems.issues) c.add(doc, i);
  c.dropped += problems.dropped;

  if (!isJsonObject(value) || !Object.prototype.hasOwnProperty.call(value, 'extends')) {
    const known = input.kind === 'value' && typeof input.value === 'object' && input.value !== null ? sourced.get(input.value) : undefined;
    return { value, provenance: known ?? rootProvenance(doc) };
  }

  // The document without `extends`, merged onto its base.
  const own: JsonObject = {};
  for (const k of Object.keys(value)) if (k !== 'extends') setOwn(own, k, value[k]);
  const ext = value.extends;
  if (typeof ext !== 'string' || ext === '') {
    c.add(doc, { path: ['extends'], message: `expected the path of a base scenario (a non-empty string), got ${JSON.stringify(ext)}` });
    return { value: own, provenance: rootProvenance(doc) };
  }
  const baseAbs = nodePath.resolve(origin.dirAbs, ext);
  const baseDisplay = nodePath.isAbsolute(ext) ? nodePath.normalize(ext) : nodePath.normalize(nodePath.join(origin.dirDisplay, ext));
  if (!c.allowExtendsOutside) {
    const outside = outsideProblem(ext, baseAbs, origin);
    if (outside !== undefined) {
      c.add(doc, { path: ['extends'], message: outside });
      c.fail();
    }
  }
  const here = { abs: doc.absPath ?? '', display: doc.name ?? '<input>' };
  const cycleStart = chain.findIndex((d) => d.abs === baseAbs);
  if (cycleStart >= 0 || baseAbs === doc.absPath) {
    const loop = [...chain.slice(Math.max(cycleStart, 0)), here].map((d) => d.display);
    if (cycleStart < 0) loop.splice(0, loop.length - 1);
    c.add(doc, { path: ['extends'], message: `extends cycle: ${[...loop, baseDisplay].join(' -> ')}` });
    c.fail();
  }
  if (chain.length + 1 >= MAX_EXTENDS_DEPTH) {
    c.add(doc, { path: ['extends'], message: `extends chain longer than ${MAX_EXTENDS_DEPTH} files` });
    c.fail();
  }
  const base = loadDocument({ kind: 'file', display: baseDisplay, abs: baseAbs }, [...chain, here], c, { doc });
  const mergeIssues: MergeIssue[] = [];
  const merged = mergeDocuments(base.value, base.provenance, own, rootProvenance(doc), mergeIssues);
  for (const m of mergeIssues) c.add(m.doc, m.issue);
  return merged;
}

function finishScenario(input: Input, c: Collector): Scenario {
  const merged = loadDocument(input, [], c);
  c.beginStage();
  for (const issue of validateAgainstSchema(merged.value)) c.addMerged(merged.provenance, issue);
  const where = (path: string[]): string => {
    const { doc, path: p } = resolveProvenance(merged.provenance, path);
    const pos = doc.locate(p);
    const place = pos !== undefined ? `line ${pos.line}, column ${pos.column}` : toPointer(p);
    return doc === c.docs[0] ? place : `${doc.name ?? '<input>'} ${place}`;
  };
  c.beginStage();
  for (const issue of checkScenario(merged.value, where)) c.addMerged(merged.provenance, issue);
  if (c.failed) c.fail();
  if (typeof merged.value === 'object' && merged.value !== null) validated.set(merged.value, JSON.stringify(merged.value));
  return merged.value as unknown as Scenario;
}

/**
 * Parse and validate a scenario given as JSON text or as a value built in code.
 * `extends` is resolved relative to `options.baseDir` (default: the directory of
 * `options.source`, else the working directory).
 *
 * @throws {ScenarioError} listing every problem, each with file, pointer, line and column.
 */
export function parseScenario(input: string | object, options: ParseScenarioOptions = {}): Scenario {
  const display = options.source;
  const baseDir = options.baseDir ?? (display !== undefined ? nodePath.dirname(display) : '.');
  const c = new Collector();
  c.allowExtendsOutside = options.allowExtendsOutside === true;
  const doc: Input = typeof input === 'string' ? { kind: 'text', text: input, display, baseDir } : { kind: 'value', value: input, display, baseDir };
  return finishScenario(doc, c);
}

/**
 * Read, parse and validate a scenario file, resolving `extends` (relative to the file, and
 * inside its directory unless `options.allowExtendsOutside`). Only a regular file of at most
 * 64 MiB is read (docs/limits.md).
 *
 * `path` is a file's path, the name of a scenario that ships in the package
 * (`'tajik-afghan-2021'`: a name with neither a directory nor `.json`), or a package path
 * (`'frontier-sim/scenarios/tajik-afghan-2021.json'`); both of the latter work from any working
 * directory. A missing file's error gives the absolute path tried, the working directory and
 * the bundled names.
 *
 * @example
 * const scenario = loadScenario('tajik-afghan-2021');
 * const mine = loadScenario('./my-border.json');
 * @throws {ScenarioError} for a missing or unreadable file, malformed JSON, or an invalid scenario.
 */
export function loadScenario(path: string, options: LoadScenarioOptions = {}): Scenario {
  const c = new Collector();
  c.allowExtendsOutside = options.allowExtendsOutside === true;
  if (typeof path !== 'string' || path === '') {
    c.add(new SourceDoc(undefined, undefined, undefined, undefined), { path: [], message: 'expected the path of a scenario file' });
    c.fail();
  }
  const file = typeof path === 'string' ? resolveBundled(path, 'scenario').path : path;
  return finishScenario({ kind: 'file', display: file, abs: nodePath.resolve(file) }, c);
}

/**
 * Validates a JSON document read with {@link readJsonDocument} as a scenario (as
 * {@link loadScenario} would the file).
 */
export function scenarioFromDocument(document: JsonDocument, options: LoadScenarioOptions = {}): Scenario {
  const c = new Collector();
  c.allowExtendsOutside = options.allowExtendsOutside === true;
  return finishScenario({ kind: 'document', document }, c);
}

/** Options of {@link applyOverlay}. */
export interface ApplyOverlayOptions {
  /** Name of the overlay in messages (an overlay read from a policy file is named by its file). */
  source?: string;
  /** Name of the base in messages (default `<base>`). */
  baseSource?: string;
}

/**
 * Deep-merge `overlay` onto `base` with the rules of `extends`: objects merge key by key; arrays
 * of objects with `id` merge by id (a known id deep-merges, a new id appends,
 * `{ "id": "x", "remove": true }` removes `x`); other arrays and values replace. Neither input is
 * modified. The result is not validated against the schema: pass it to {@link parseScenario}.
 *
 * @throws {ScenarioError} for forbidden keys (`__proto__`, `constructor`, `prototype`), non-JSON
 * values, or removals of ids the base does not have.
 */
export function applyOverlay<T extends object>(base: T, overlay: object, options: ApplyOverlayOptions = {}): T {
  const c = new Collector();
  const baseDoc = new SourceDoc(options.baseSource ?? '<base>', undefined, undefined, undefined);
  // An overlay read from a file points into it (file, line, column); one made in code is named.
  const overProv = sourced.get(overlay) ?? rootProvenance(new SourceDoc(options.source ?? '<overlay>', undefined, undefined, undefined));
  const overDoc = overProv.doc;
  c.addDoc(overDoc);
  c.addDoc(baseDoc);
  const baseProblems: SanitizeReport = { issues: [], dropped: 0 };
  const b = sanitize(base, baseProblems);
  for (const i of baseProblems.issues) c.add(baseDoc, i);
  const overProblems: SanitizeReport = { issues: [], dropped: 0 };
  const o = sanitize(overlay, overProblems);
  for (const i of overProblems.issues) c.add(overDoc, { ...i, path: [...overProv.path, ...i.path] });
  c.dropped += baseProblems.dropped + overProblems.dropped;
  const mergeIssues: MergeIssue[] = [];
  const merged = mergeDocuments(b, rootProvenance(baseDoc), o, overProv, mergeIssues);
  for (const m of mergeIssues) c.add(m.doc, m.issue);
  if (c.failed) c.fail();
  // parseScenario of the result maps its issues back to the overlay's file.
  if (typeof merged.value === 'object' && merged.value !== null) sourced.set(merged.value, merged.provenance);
  return merged.value as unknown as T;
}

export type { JsonValue };
