/**
 * Parsing scenario text with positions. The value comes from `JSON.parse` (which makes an own
 * `__proto__` property rather than changing a prototype); positions come from jsonc-parser's
 * syntax tree, parsed strictly (no comments, no trailing commas).
 *
 * @internal
 * @module
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** One step of a path: a property name or an array index. */
export type Segment = string | number;

/** Where in the source an issue points: at the value, at the property's key, or at the enclosing object. */
export type Anchor = 'value' | 'key';

/** Deepest nesting of arrays and objects a scenario may have (the format needs fewer than 10). */
export const MAX_DEPTH = 64;

/** JSON pointer (RFC 6901) of a path. */
export function toPointer(path: readonly Segment[]): string {
  let out = '';
  for (const s of path) out += '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1');
  return out;
}

/** The path of a JSON pointer (RFC 6901); segments stay strings. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export interface Position {
  line: number;
  column: number;
}

/** A scenario document: its display name and, when it was text, its syntax tree. */
export class SourceDoc {
  private lineStarts: number[] | undefined;

  constructor(
    /** Display name (a path as the user would write it), or undefined for `<input>`. */
    readonly name: string | undefined,
    /** Absolute path, when the document is a file. */
    readonly absPath: string | undefined,
    readonly text: string | undefined,
    readonly tree: Node | undefined,
  ) {}

  /** 1-based line and column of a character offset. */
  position(offset: number): Position | undefined {
    if (this.text === undefined) return undefined;
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  }

  /**
   * Line and column of the value at `path` (or of its key with `anchor: 'key'`). When the path
   * does not exist in the tree, the deepest existing ancestor is used.
   */
  locate(path: readonly Segment[], anchor: Anchor = 'value'): Position | undefined {
    if (this.tree === undefined) return undefined;
    let node: Node = this.tree;
    let keyNode: Node | undefined;
    for (const seg of path) {
      const next = childOf(node, seg);
      if (next === undefined) {
        keyNode = undefined;
        break;
      }
      node = next.value;
      keyNode = next.key;
    }
    const target = anchor === 'key' && keyNode !== undefined ? keyNode : node;
    return this.position(target.offset);
  }
}

function childOf(node: Node, seg: Segment): { value: Node; key?: Node } | undefined {
  const children = node.children ?? [];
  if (node.type === 'object') {
    // JSON.parse keeps the last of duplicate keys: so do we.
    for (let i = children.length - 1; i >= 0; i--) {
      const prop = children[i];
      const key = prop?.children?.[0];
      const value = prop?.children?.[1];
      if (key !== undefined && key.value === String(seg)) {
        return value !== undefined ? { value, key } : { value: key, key };
      }
    }
    return undefined;
  }
  if (node.type === 'array') {
    const index = typeof seg === 'number' ? seg : /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : -1;
    const child = index >= 0 ? children[index] : undefined;
    return child !== undefined ? { value: child } : undefined;
  }
  return undefined;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** A problem found while reading one document, at a path of that document. */
export interface DocIssue {
  path: Segment[];
  message: string;
  anchor?: Anchor;
  /** Exact character offset, when known (syntax errors, duplicate keys). */
  offset?: number;
}

export type ParseOutcome =
  | { ok: true; value: unknown; doc: SourceDoc; issues: DocIssue[] }
  | { ok: false; doc: SourceDoc; issues: DocIssue[] };

// Keyed by printParseErrorCode's names (ParseErrorCode is a const enum, unusable with isolatedModules).
const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'expected the end of the document after the top-level value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape in a string',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'control character in a string (escape it, e.g. \\n)',
};

function syntaxMessage(text: string, e: ParseError): string {
  let message = SYNTAX_MESSAGES[printParseErrorCode(e.error)] ?? 'invalid JSON';
  const found = text.slice(e.offset, e.offset + Math.min(Math.max(e.length, 1), 20));
  let before = e.offset - 1;
  while (before >= 0 && /\s/.test(text[before] ?? '')) before--;
  if ((found.startsWith('}') || found.startsWith(']')) && text[before] === ',') {
    return 'trailing comma before ' + JSON.stringify(found[0]) + ' (not allowed in JSON)';
  }
  if (text.trim() === '') return 'the document is empty; expected a JSON object';
  if (e.offset >= text.length) return `${message}, but the document ended`;
  if (found !== '') message += `, found ${JSON.stringify(found)}`;
  return message;
}

/** Offset at which `text` nests arrays and objects deeper than {@link MAX_DEPTH}, or -1. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return -1;
}

/**
 * Parse JSON text strictly. Syntax errors (the first one, with its position) end the parse;
 * duplicate keys are reported as issues with the position of the repeated key.
 */
export function parseText(rawText: string, name: string | undefined, absPath?: string): ParseOutcome {
  // A byte-order mark is not JSON, but editors write it and do not count it as a column.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const doc = new SourceDoc(name, absPath, text, undefined);
    return { ok: false, doc, issues: [{ path: [], offset: deep, message: `nesting deeper than ${MAX_DEPTH} levels of arrays and objects` }] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const doc = new SourceDoc(name, absPath, text, tree);
  const first = errors[0];
  if (first !== undefined) {
    return { ok: false, doc, issues: [{ path: [], offset: first.offset, message: syntaxMessage(text, first) }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // jsonc-parser accepted what JSON.parse rejects: report JSON.parse's own position.
    const msg = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(msg);
    return { ok: false, doc, issues: [{ path: [], offset: at ? Number(at[1]) : 0, message: `invalid JSON: ${msg}` }] };
  }
  if (tree === undefined) {
    return { ok: false, doc, issues: [{ path: [], offset: 0, message: 'the document is empty; expected a JSON object' }] };
  }
  const issues: DocIssue[] = [];
  findDuplicateKeys(doc, tree, [], issues);
  return { ok: true, value, doc, issues };
}

function findDuplicateKeys(doc: SourceDoc, node: Node, path: Segment[], issues: DocIssue[]): void {
  const children = node.children ?? [];
  if (node.type === 'object') {
    const seen = new Map<string, Node>();
    for (const prop of children) {
      const key = prop.children?.[0];
      const value = prop.children?.[1];
      if (key === undefined) continue;
      const k = String(key.value);
      const first = seen.get(k);
      if (first !== undefined) {
        const p = doc.position(first.offset);
        issues.push({
          path: [...path, k],
          anchor: 'key',
          offset: key.offset,
          message: `duplicate key ${JSON.stringify(k)} (first at line ${p?.line}, column ${p?.column})`,
        });
      } else seen.set(k, key);
      if (value !== undefined) findDuplicateKeys(doc, value, [...path, k], issues);
    }
  } else if (node.type === 'array') {
    children.forEach((child, i) => findDuplicateKeys(doc, child, [...path, i], issues));
  }
}
