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
import { readFileSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { checkScenario } from './checks';
import { ScenarioError, type ScenarioIssue } from './errors';
import { mergeDocuments, resolveProvenance, rootProvenance, type MergeIssue, type Merged, type Provenance } from './merge';
import { isJsonObject, sanitize, setOwn, type JsonObject, type JsonValue } from './sanitize';
import type { Scenario } from './schema';
import { parseText, SourceDoc, toPointer, type Anchor, type DocIssue, type Segment } from './source';
import { validateAgainstSchema, type ValueIssue } from './validate';

/** Largest scenario file read (bytes). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Longest chain of `extends`. */
export const MAX_EXTENDS_DEPTH = 32;
/** Most issues reported in one error (the rest are counted). */
export const MAX_ISSUES = 200;

/** Options of {@link parseScenario}. */
export interface ParseScenarioOptions {
  /** Name of the input in messages (usually its path); `<input>` when absent. */
  source?: string;
  /** Directory that `extends` is relative to; default: the directory of `source`, else the working directory. */
  baseDir?: string;
}

interface RawIssue {
  doc: SourceDoc;
  path: Segment[];
  anchor: Anchor;
  message: string;
  offset?: number;
}

/** Collects issues across the documents of one load. */
class Collector {
  readonly issues: RawIssue[] = [];
  readonly docs: SourceDoc[] = [];
  private readonly reported = new Set<string>();
  /** Places reported by earlier stages: later stages say nothing more about them. */
  private blocked = new Set<string>();

  /** Start a new stage (schema, then references): what was reported so far is not repeated. */
  beginStage(): void {
    this.blocked = new Set(this.reported);
  }

  addDoc(doc: SourceDoc): void {
    if (!this.docs.includes(doc)) this.docs.push(doc);
  }

  private key(doc: SourceDoc, path: readonly Segment[]): string {
    return `${this.docs.indexOf(doc)}\u0000${toPointer(path)}`;
  }

  add(doc: SourceDoc, issue: DocIssue): void {
    this.addDoc(doc);
    this.reported.add(this.key(doc, issue.path));
    const raw: RawIssue = { doc, path: issue.path, anchor: issue.anchor ?? 'value', message: issue.message };
    if (issue.offset !== undefined) raw.offset = issue.offset;
    this.issues.push(raw);
  }

  /** Add an issue found in the merged value, unless its place was reported already. */
  addMerged(prov: Provenance, issue: ValueIssue): void {
    const { doc, path } = resolveProvenance(prov, issue.path);
    if (this.blocked.has(this.key(doc, path))) return;
    this.add(doc, { path, anchor: issue.anchor, message: issue.message });
  }

  fail(): never {
    throw new ScenarioError(this.finish());
  }

  finish(): ScenarioIssue[] {
    const rows = this.issues.map((r, order) => {
      const pos = r.offset !== undefined ? r.doc.position(r.offset) : r.doc.locate(r.path, r.anchor);
      // Keys in reading order: file, pointer, line, column, message.
      const issue: ScenarioIssue = {
        ...(r.doc.name !== undefined ? { file: r.doc.name } : {}),
        pointer: toPointer(r.path),
        ...(pos !== undefined ? { line: pos.line, column: pos.column } : {}),
        message: r.message,
      };
      return { issue, doc: this.docs.indexOf(r.doc), order };
    });
    rows.sort(
      (a, b) =>
        a.doc - b.doc ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
        a.order - b.order,
    );
    const out = rows.map((r) => r.issue);
    if (out.length > MAX_ISSUES) {
      const rest = out.length - MAX_ISSUES;
      const first = out[0];
      out.length = MAX_ISSUES;
      const more: ScenarioIssue = { pointer: '', message: `... and ${rest} more issue${rest === 1 ? '' : 's'}` };
      if (first?.file !== undefined) more.file = first.file;
      out.push(more);
    }
    return out;
  }
}

function describeFsError(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'ENOTDIR':
      return 'file not found (a part of the path is not a directory)';
    case 'EISDIR':
      return 'is a directory, not a scenario file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'ELOOP':
      return 'too many symbolic links in the path';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    default:
      return `the file cannot be read (${typeof code === 'string' ? code : e instanceof Error ? e.message : String(e)})`;
  }
}

/** Read a scenario file's text, or say in one sentence why it cannot be read. */
function readScenarioText(abs: string): { text: string } | { problem: string } {
  try {
    const st = statSync(abs);
    if (st.isDirectory()) return { problem: 'is a directory, not a scenario file' };
    if (!st.isFile()) return { problem: 'is not a regular file' };
    if (st.size > MAX_FILE_BYTES) return { problem: `file too large: ${st.size} bytes (at most ${MAX_FILE_BYTES})` };
    return { text: readFileSync(abs, 'utf8') };
  } catch (e) {
    return { problem: describeFsError(e) };
  }
}

type Input =
  | { kind: 'file'; display: string; abs: string }
  | { kind: 'text'; text: string; display: string | undefined; baseDir: string }
  | { kind: 'value'; value: unknown; display: string | undefined; baseDir: string };

/** Where an `extends` of a document is read from: its display path and absolute path. */
interface Origin {
  /** Directory that `extends` is relative to, as displayed. */
  dirDisplay: string;
  dirAbs: string;
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
        c.add(new SourceDoc(input.display, input.abs, undefined, undefined), { path: [], message: read.problem });
      }
      c.fail();
    }
    const parsed = parseText(read.text, input.display, input.abs);
    doc = parsed.doc;
    c.addDoc(doc);
    for (const i of parsed.issues) c.add(doc, i);
    if (!parsed.ok) c.fail();
    raw = parsed.value;
    origin = { dirDisplay: nodePath.dirname(input.display), dirAbs: nodePath.dirname(input.abs) };
  } else if (input.kind === 'text') {
    const parsed = parseText(input.text, input.display);
    doc = parsed.doc;
    c.addDoc(doc);
    for (const i of parsed.issues) c.add(doc, i);
    if (!parsed.ok) c.fail();
    raw = parsed.value;
    origin = { dirDisplay: input.baseDir, dirAbs: nodePath.resolve(input.baseDir) };
  } else {
    doc = new SourceDoc(input.display, undefined, undefined, undefined);
    c.addDoc(doc);
    raw = input.value;
    origin = { dirDisplay: input.baseDir, dirAbs: nodePath.resolve(input.baseDir) };
  }

  const problems: DocIssue[] = [];
  const value = sanitize(raw, problems);
  for (const i of problems) c.add(doc, i);

  if (!isJsonObject(value) || !Object.prototype.hasOwnProperty.call(value, 'extends')) {
    return { value, provenance: rootProvenance(doc) };
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
  const baseDisplay = nodePath.normalize(nodePath.join(origin.dirDisplay, ext));
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
  if (c.issues.length > 0) c.fail();
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
  const doc: Input =
    typeof input === 'string' ? { kind: 'text', text: input, display, baseDir } : { kind: 'value', value: input, display, baseDir };
  return finishScenario(doc, c);
}

/**
 * Read, parse and validate a scenario file, resolving `extends` (relative to the file).
 *
 * @throws {ScenarioError} for a missing or unreadable file, malformed JSON, or an invalid scenario.
 */
export function loadScenario(path: string): Scenario {
  const c = new Collector();
  if (typeof path !== 'string' || path === '') {
    c.add(new SourceDoc(undefined, undefined, undefined, undefined), { path: [], message: 'expected the path of a scenario file' });
    c.fail();
  }
  return finishScenario({ kind: 'file', display: path, abs: nodePath.resolve(path) }, c);
}

/** Options of {@link applyOverlay}. */
export interface ApplyOverlayOptions {
  /** Name of the overlay in messages. */
  source?: string;
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
  const baseDoc = new SourceDoc('<base>', undefined, undefined, undefined);
  const overDoc = new SourceDoc(options.source ?? '<overlay>', undefined, undefined, undefined);
  c.addDoc(overDoc);
  c.addDoc(baseDoc);
  const problems: DocIssue[] = [];
  const b = sanitize(base, problems);
  for (const i of problems.splice(0)) c.add(baseDoc, i);
  const o = sanitize(overlay, problems);
  for (const i of problems) c.add(overDoc, i);
  const mergeIssues: MergeIssue[] = [];
  const merged = mergeDocuments(b, rootProvenance(baseDoc), o, rootProvenance(overDoc), mergeIssues);
  for (const m of mergeIssues) c.add(m.doc, m.issue);
  if (c.issues.length > 0) c.fail();
  return merged.value as unknown as T;
}

export type { JsonValue };
