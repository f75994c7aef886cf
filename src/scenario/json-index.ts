/**
 * A compact index of JSON text: where every value starts and, for an object's members, where
 * its key is, kept in typed arrays (about 20 bytes a value, against some 150 for a syntax tree of
 * objects). Built by one pass over the characters that also enforces the limits on nesting, on
 * entries per array or object and on values per document, and finds duplicate keys, so that a
 * document over a limit is refused at the place it goes over, before `JSON.parse` or anything
 * else spends time and memory on it.
 *
 * The pass is tolerant: it runs before the text is known to be JSON, and on text that is not JSON
 * its index means nothing (the caller then reports `JSON.parse`'s verdict and uses no index).
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */

/** One step of a path: a property name or an array index. */
export type Segment = string | number;

/** Limits a document is scanned against. */
export interface ScanLimits {
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Most entries in one array or object. */
  maxEntries: number;
  /** Most values (scalars, arrays and objects) in the document. */
  maxValues: number;
  /** Most duplicate keys reported (the rest are counted). */
  maxDuplicates: number;
}

/** A duplicate key: where it is, where the key it repeats is, and the path of its value. */
export interface DuplicateKey {
  path: Segment[];
  offset: number;
  firstOffset: number;
}

/** What a scan found. */
export interface ScanOutcome {
  index: JsonIndex;
  /** The first limit the text goes over: where, the path there, and a sentence. */
  overLimit?: { offset: number; path: Segment[]; message: string };
  duplicates: DuplicateKey[];
  /** Duplicate keys beyond `maxDuplicates`, counted but not listed. */
  moreDuplicates: number;
}

const OBJECT = 1;
const ARRAY = 2;
const SCALAR = 0;

/** Growable Int32 column. */
class Column {
  data: Int32Array;
  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }
  grow(capacity: number): void {
    const next = new Int32Array(capacity);
    next.set(this.data);
    this.data = next;
  }
}

/** Every value of a JSON text, in document order (node 0 is the root). */
export class JsonIndex {
  /** Values indexed. */
  count = 0;
  private capacity: number;
  private readonly offsets: Column;
  private readonly kinds: Column;
  private readonly firstChild: Column;
  private readonly nextSibling: Column;
  /** For an object's member: offset of its key's opening quote, and one past its closing quote; else -1. */
  private readonly keyStart: Column;
  private readonly keyEnd: Column;
  /** The elements of arrays looked into by index (see {@link JsonIndex.child}). */
  private readonly elements = new Map<number, Int32Array>();

  constructor(
    /** The text indexed. */
    readonly text: string,
    capacity = 1024,
  ) {
    this.capacity = capacity;
    this.offsets = new Column(capacity);
    this.kinds = new Column(capacity);
    this.firstChild = new Column(capacity);
    this.nextSibling = new Column(capacity);
    this.keyStart = new Column(capacity);
    this.keyEnd = new Column(capacity);
  }

  /** Adds a value; its index. */
  add(offset: number, kind: number, keyStart: number, keyEnd: number): number {
    if (this.count === this.capacity) {
      this.capacity *= 2;
      for (const c of [this.offsets, this.kinds, this.firstChild, this.nextSibling, this.keyStart, this.keyEnd]) c.grow(this.capacity);
    }
    const i = this.count++;
    this.offsets.data[i] = offset;
    this.kinds.data[i] = kind;
    this.firstChild.data[i] = -1;
    this.nextSibling.data[i] = -1;
    this.keyStart.data[i] = keyStart;
    this.keyEnd.data[i] = keyEnd;
    return i;
  }

  link(parent: number, previous: number, child: number): void {
    if (previous < 0) this.firstChild.data[parent] = child;
    else this.nextSibling.data[previous] = child;
  }

  offset(node: number): number {
    return this.offsets.data[node] as number;
  }

  /** Offset of the key of a member (the opening quote), or -1. */
  keyOffset(node: number): number {
    return this.keyStart.data[node] as number;
  }

  /**
   * The value at `seg` of container `node`, or -1: for an object the LAST member with that key
   * (as `JSON.parse` keeps the last of duplicates), for an array the element at that index.
   */
  child(node: number, seg: Segment): number {
    if (node < 0 || node >= this.count) return -1;
    const kind = this.kinds.data[node];
    let c = this.firstChild.data[node] as number;
    if (kind === OBJECT) {
      const key = String(seg);
      const quoted = JSON.stringify(key);
      let found = -1;
      for (; c >= 0; c = this.nextSibling.data[c] as number) {
        if (this.keyIs(c, key, quoted)) found = c;
      }
      return found;
    }
    if (kind === ARRAY) {
      const index = typeof seg === 'number' ? seg : /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : -1;
      if (index < 0) return -1;
      // The elements of an array looked into, once: issues in a long array ask for many of them.
      let elements = this.elements.get(node);
      if (elements === undefined) {
        const list: number[] = [];
        for (; c >= 0; c = this.nextSibling.data[c] as number) list.push(c);
        elements = Int32Array.from(list);
        this.elements.set(node, elements);
      }
      return index < elements.length ? (elements[index] as number) : -1;
    }
    return -1;
  }

  private keyIs(node: number, key: string, quoted: string): boolean {
    const start = this.keyStart.data[node] as number;
    const end = this.keyEnd.data[node] as number;
    if (end - start === quoted.length && this.text.startsWith(quoted, start)) return true;
    // Escapes can spell the same key differently ("a" and "\u0061"): decode those.
    return hasBackslash(this.text, start, end) && decodeKey(this.text, start, end) === key;
  }
}

function hasBackslash(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === BACKSLASH) return true;
  return false;
}

/** The string a quoted key (from its opening quote to one past its closing quote) stands for. */
function decodeKey(text: string, start: number, end: number): string {
  if (!hasBackslash(text, start, end)) return text.slice(start + 1, end - 1);
  const raw = text.slice(start, end);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COLON = 58;
const COMMA = 44;

/** A container being scanned. */
interface Frame {
  node: number;
  isObject: boolean;
  /** The last child linked, or -1. */
  last: number;
  entries: number;
  /** Inside an object: the next string is a key (after `{` or `,`). */
  expectKey: boolean;
  /** The key just read (offsets), waiting for its value. */
  pendingKeyStart: number;
  pendingKeyEnd: number;
  /** Keys seen, by their decoded text (made at the second key). */
  keys: Map<string, number> | null;
  firstKey: string | null;
  firstKeyOffset: number;
}

/** The path to the value being scanned, from the open containers. */
function pathOf(text: string, stack: readonly Frame[], index: JsonIndex): Segment[] {
  const path: Segment[] = [];
  for (let d = 0; d < stack.length; d++) {
    const frame = stack[d] as Frame;
    const child = stack[d + 1];
    if (child === undefined) break;
    if (frame.isObject) {
      const k = index.keyOffset(child.node);
      path.push(k >= 0 ? decodeKey(text, k, endOfString(text, k)) : '');
    } else path.push(frame.entries - 1);
  }
  return path;
}

/** One past the closing quote of the string whose opening quote is at `start`. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else i++;
  }
  return n;
}

/**
 * Scans `text` once: the index of its values, the first limit it goes over (the scan stops
 * there), and its duplicate keys.
 */
export function scanJson(text: string, limits: ScanLimits): ScanOutcome {
  const index = new JsonIndex(text, Math.min(1 << 20, Math.max(64, text.length >> 4)));
  const duplicates: DuplicateKey[] = [];
  let moreDuplicates = 0;
  const stack: Frame[] = [];
  const n = text.length;
  const over = (offset: number, message: string, extra?: Segment): ScanOutcome => {
    const path = pathOf(text, stack, index);
    if (extra !== undefined) path.push(extra);
    return { index, overLimit: { offset, path, message }, duplicates, moreDuplicates };
  };

  /** Registers a value starting at `i`; returns an outcome when a limit is passed. */
  const value = (i: number, kind: number): ScanOutcome | number => {
    const parent = stack[stack.length - 1];
    let keyStart = -1;
    let keyEnd = -1;
    if (parent !== undefined) {
      if (parent.isObject) {
        keyStart = parent.pendingKeyStart;
        keyEnd = parent.pendingKeyEnd;
        parent.pendingKeyStart = -1;
      }
      parent.entries += 1;
      if (parent.entries > limits.maxEntries) {
        return over(
          index.offset(parent.node),
          `too many ${parent.isObject ? 'properties' : 'entries'}: more than ${limits.maxEntries} (at most ${limits.maxEntries})`,
        );
      }
    }
    if (index.count >= limits.maxValues) {
      return over(i, `too many values in the document: more than ${limits.maxValues} numbers, strings, arrays and objects (at most ${limits.maxValues})`);
    }
    const node = index.add(i, kind, keyStart, keyEnd);
    if (parent !== undefined) {
      index.link(parent.node, parent.last, node);
      parent.last = node;
    }
    return node;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === QUOTE) {
      const end = endOfString(text, i);
      if (top !== undefined && top.isObject && top.expectKey) {
        // A key: remember it for the value after ':' and check it against the object's keys.
        top.expectKey = false;
        top.pendingKeyStart = i;
        top.pendingKeyEnd = end;
        const key = decodeKey(text, i, end);
        if (top.firstKey === null) {
          top.firstKey = key;
          top.firstKeyOffset = i;
        } else {
          if (top.keys === null) top.keys = new Map([[top.firstKey, top.firstKeyOffset]]);
          const first = top.keys.get(key);
          if (first === undefined) top.keys.set(key, i);
          else if (duplicates.length < limits.maxDuplicates) duplicates.push({ path: [...pathOf(text, stack, index), key], offset: i, firstOffset: first });
          else moreDuplicates++;
        }
      } else {
        const r = value(i, SCALAR);
        if (typeof r !== 'number') return r;
      }
      i = end;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const r = value(i, c === OPEN_BRACE ? OBJECT : ARRAY);
      if (typeof r !== 'number') return r;
      if (stack.length >= limits.maxDepth) return over(i, `nesting deeper than ${limits.maxDepth} levels of arrays and objects`);
      stack.push({
        node: r,
        isObject: c === OPEN_BRACE,
        last: -1,
        entries: 0,
        expectKey: c === OPEN_BRACE,
        pendingKeyStart: -1,
        pendingKeyEnd: -1,
        keys: null,
        firstKey: null,
        firstKeyOffset: -1,
      });
      i++;
      continue;
    }
    if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      stack.pop();
      i++;
      continue;
    }
    if (c === COMMA) {
      if (top !== undefined && top.isObject) top.expectKey = true;
      i++;
      continue;
    }
    if (c === COLON) {
      i++;
      continue;
    }
    // A number or a literal (true, false, null), or text that is not JSON: one token.
    const r = value(i, SCALAR);
    if (typeof r !== 'number') return r;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (
        d === COMMA ||
        d === CLOSE_BRACE ||
        d === CLOSE_BRACKET ||
        d === COLON ||
        d === QUOTE ||
        d === OPEN_BRACE ||
        d === OPEN_BRACKET ||
        d === 32 ||
        d === 10 ||
        d === 13 ||
        d === 9
      )
        break;
      i++;
    }
  }
  return { index, duplicates, moreDuplicates };
}
