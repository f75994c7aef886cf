/**
 * Deep merge of an extending document (or a policy overlay) onto a base, with provenance: for
 * every value of the result, which document and which path in it the value came from, so that
 * an issue found in the merged scenario points at the right file, line and column.
 *
 * Rules:
 * - objects merge key by key; a key set to `null` in the overlay is deleted (as in JSON Merge
 *   Patch, RFC 7386; no scenario field takes null);
 * - an array whose entries (in the overlay) are all objects with a string `id`, onto a base array
 *   whose entries all have one too, merges BY ID: an entry with a known id deep-merges into it,
 *   a new id is appended, and `{ "id": "x", "remove": true }` removes entry `x` (only in an
 *   extending document or overlay: a plain scenario has no `remove`);
 * - every other array, and every other value, replaces the base's;
 * - `__proto__`, `constructor` and `prototype` are never assigned (they were rejected earlier;
 *   this code skips them again and defines properties without setters).
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { FORBIDDEN_KEYS, hasOwn, isJsonObject, setOwn, type JsonObject, type JsonValue } from './sanitize';
import type { DocIssue, Segment, SourceDoc } from './source';

/** Where a value of a merged document came from. */
export interface Provenance {
  doc: SourceDoc;
  /** Path of the value inside `doc`. */
  path: Segment[];
  /** For merged objects and arrays: where each child came from (keys: property names, array indices as strings). */
  children?: Map<string, Provenance>;
}

/** Provenance of a whole document taken as it is. */
export function rootProvenance(doc: SourceDoc): Provenance {
  return { doc, path: [] };
}

function childProvenance(p: Provenance, seg: Segment): Provenance {
  return p.children?.get(String(seg)) ?? { doc: p.doc, path: [...p.path, seg] };
}

/** The document and path that `path` of the merged value came from. */
export function resolveProvenance(p: Provenance, path: readonly Segment[]): { doc: SourceDoc; path: Segment[] } {
  let cur = p;
  let i = 0;
  for (; i < path.length; i++) {
    const next = cur.children?.get(String(path[i]));
    if (next === undefined) break;
    cur = next;
  }
  return { doc: cur.doc, path: [...cur.path, ...path.slice(i)] };
}

/** A merge problem, located in the overlay document. */
export interface MergeIssue {
  doc: SourceDoc;
  issue: DocIssue;
}

export interface Merged {
  value: JsonValue;
  provenance: Provenance;
}

function hasId(v: JsonValue): v is JsonObject & { id: string } {
  return isJsonObject(v) && typeof v.id === 'string';
}

function isRemoval(v: JsonValue): boolean {
  return isJsonObject(v) && v.remove === true;
}

/**
 * Merge `over` onto `base` (either may be undefined: absent). Neither input is modified; the
 * result shares unmerged subtrees with the inputs.
 */
export function mergeDocuments(base: JsonValue | undefined, baseProv: Provenance, over: JsonValue, overProv: Provenance, issues: MergeIssue[]): Merged {
  if (isJsonObject(over) && isJsonObject(base)) {
    const out: JsonObject = {};
    const children = new Map<string, Provenance>();
    for (const key of Object.keys(base)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      setOwn(out, key, base[key]);
      children.set(key, childProvenance(baseProv, key));
    }
    for (const key of Object.keys(over)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      const o = over[key] as JsonValue;
      if (o === null) {
        // null deletes the key (as in JSON Merge Patch); no scenario field takes null.
        delete out[key];
        children.delete(key);
        continue;
      }
      const b = hasOwn(out, key) ? out[key] : undefined;
      const m = mergeDocuments(b, childProvenance(baseProv, key), o, childProvenance(overProv, key), issues);
      setOwn(out, key, m.value);
      children.set(key, m.provenance);
    }
    return { value: out, provenance: { doc: baseProv.doc, path: baseProv.path, children } };
  }
  if (Array.isArray(over) && over.length > 0 && over.every(hasId) && (base === undefined || (Array.isArray(base) && base.every(hasId)))) {
    return mergeById(base ?? [], base === undefined ? overProv : baseProv, over, overProv, issues);
  }
  return { value: over, provenance: overProv };
}

function mergeById(base: JsonValue[], baseProv: Provenance, over: (JsonObject & { id: string })[], overProv: Provenance, issues: MergeIssue[]): Merged {
  const entries: { value: JsonValue; prov: Provenance; removed: boolean }[] = base.map((value, i) => ({
    value,
    prov: childProvenance(baseProv, i),
    removed: false,
  }));
  const byId = new Map<string, number>();
  entries.forEach((e, i) => {
    if (hasId(e.value) && !byId.has(e.value.id)) byId.set(e.value.id, i);
  });
  over.forEach((entry, j) => {
    const prov = childProvenance(overProv, j);
    const at = byId.get(entry.id);
    if (isRemoval(entry)) {
      const extra = Object.keys(entry).filter((k) => k !== 'id' && k !== 'remove');
      if (extra.length > 0) {
        issues.push({
          doc: prov.doc,
          issue: {
            path: [...prov.path, 'remove'],
            anchor: 'key',
            message: `an entry with "remove": true may only have "id" and "remove", not ${extra.map((k) => JSON.stringify(k)).join(', ')}`,
          },
        });
      }
      const target = at !== undefined ? entries[at] : undefined;
      if (target === undefined || target.removed) {
        issues.push({
          doc: prov.doc,
          issue: { path: [...prov.path, 'id'], message: `cannot remove ${JSON.stringify(entry.id)}: the base has no entry with that id` },
        });
      } else {
        target.removed = true;
        byId.delete(entry.id);
      }
      return;
    }
    const target = at !== undefined ? entries[at] : undefined;
    if (target !== undefined) {
      const m = mergeDocuments(target.value, target.prov, entry, prov, issues);
      target.value = m.value;
      target.prov = m.provenance;
    } else {
      byId.set(entry.id, entries.length);
      entries.push({ value: entry, prov, removed: false });
    }
  });
  const value: JsonValue[] = [];
  const children = new Map<string, Provenance>();
  for (const e of entries) {
    if (e.removed) continue;
    children.set(String(value.length), e.prov);
    value.push(e.value);
  }
  return { value, provenance: { doc: baseProv.doc, path: baseProv.path, children } };
}
