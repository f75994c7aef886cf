/**
 * Collecting the issues of one load across its documents (a scenario, the bases it extends, a
 * policy overlay), each kept with its document and path, and turned at the end into
 * {@link ScenarioIssue}s sorted by file, line and column. At most {@link MAX_COLLECTED} are kept
 * and {@link MAX_ISSUES} reported; the rest are counted, so that a file full of mistakes costs no
 * more memory or time than one with a few.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { ScenarioError, type ScenarioIssue } from './errors';
import { resolveProvenance, type Provenance } from './merge';
import { toPointer, type Anchor, type DocIssue, type Segment, type SourceDoc } from './source';
import type { ValueIssue } from './validate';

/** Most issues reported in one error (the rest are counted). */
export const MAX_ISSUES = 200;
/** Most issues kept while loading, before they are sorted by position and cut to {@link MAX_ISSUES}. */
const MAX_COLLECTED = 5 * MAX_ISSUES;

interface RawIssue {
  doc: SourceDoc;
  path: Segment[];
  anchor: Anchor;
  message: string;
  offset?: number;
}

/** Collects issues across the documents of one load. */
export class Collector {
  readonly issues: RawIssue[] = [];
  readonly docs: SourceDoc[] = [];
  /** Issues found beyond {@link MAX_COLLECTED}: counted, not kept. */
  dropped = 0;
  /** Whether `extends` may leave the directory tree of the file that names it. */
  allowExtendsOutside = false;
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

  /** Whether any issue was found (kept or only counted). */
  get failed(): boolean {
    return this.issues.length > 0 || this.dropped > 0;
  }

  add(doc: SourceDoc, issue: DocIssue): void {
    this.addDoc(doc);
    if (this.issues.length >= MAX_COLLECTED) {
      this.dropped++;
      return;
    }
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
    rows.sort((a, b) => a.doc - b.doc || (a.issue.line ?? 0) - (b.issue.line ?? 0) || (a.issue.column ?? 0) - (b.issue.column ?? 0) || a.order - b.order);
    const out = rows.map((r) => r.issue);
    if (out.length > MAX_ISSUES || this.dropped > 0) {
      const rest = out.length - Math.min(out.length, MAX_ISSUES) + this.dropped;
      const first = out[0];
      if (out.length > MAX_ISSUES) out.length = MAX_ISSUES;
      const more: ScenarioIssue = { pointer: '', message: `... and ${rest} more issue${rest === 1 ? '' : 's'}` };
      if (first?.file !== undefined) more.file = first.file;
      out.push(more);
    }
    return out;
  }
}
