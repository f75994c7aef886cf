/**
 * Parsing scenario text with positions. The value comes from `JSON.parse` (which makes an own
 * `__proto__` property rather than changing a prototype); positions come from a compact index of
 * the text (json-index.ts), built by one pass that first enforces the limits on nesting, entries
 * and values, so that a hostile document is refused before it is parsed. A syntax error is
 * located by jsonc-parser's scanner, stopped at the first error (no comments, no trailing commas).
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { JsonIndex, scanJson, type Segment } from './json-index';
import { LIMITS } from './limits';

export type { Segment };

/** Where in the source an issue points: at the value, at the property's key, or at the enclosing object. */
export type Anchor = 'value' | 'key';

/** Deepest nesting of arrays and objects a scenario may have (the format needs fewer than 10). */
export const MAX_DEPTH = 64;

/**
 * Most entries an array or object of scenario TEXT may have: the schema's largest
 * (LIMITS.entries), so that a longer one is refused as the text is read, before `JSON.parse`
 * builds it (a large object is slow to build). Values given in code have sanitize's limit.
 */
export const MAX_TEXT_ENTRIES: number = LIMITS.entries;

/**
 * Most values (numbers, strings, booleans, nulls, arrays and objects) one document may hold:
 * a scenario at every size limit, its quantities sourced, needs about 2 million (docs/limits.md).
 */
export const MAX_VALUES = 3_000_000;

/** Most duplicate keys listed for one document (the rest are counted). */
export const MAX_DUPLICATE_KEYS = 200;

/** JSON pointers (RFC 6901): pointer.ts, the one module for them. */
export { fromPointer, toPointer } from './pointer';

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
    readonly index: JsonIndex | undefined,
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
    const index = this.index;
    if (index === undefined || index.count === 0) return undefined;
    let node = 0;
    let member = -1;
    for (const seg of path) {
      const next = index.child(node, seg);
      if (next < 0) {
        member = -1;
        break;
      }
      node = next;
      member = next;
    }
    const key = anchor === 'key' && member >= 0 ? index.keyOffset(member) : -1;
    return this.position(key >= 0 ? key : index.offset(node));
  }
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

/** What {@link parseText} found; `dropped` counts issues found but not listed (over a cap). */
export type ParseOutcome =
  { ok: true; value: unknown; doc: SourceDoc; issues: DocIssue[]; dropped: number } | { ok: false; doc: SourceDoc; issues: DocIssue[]; dropped: number };

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

/** The first syntax error of text that `JSON.parse` rejected, as jsonc-parser's scanner finds it. */
function firstSyntaxError(text: string): { error: ParseErrorCode; offset: number; length: number } | undefined {
  let found: { error: ParseErrorCode; offset: number; length: number } | undefined;
  const stop = new Error('stop');
  try {
    visit(
      text,
      {
        onError(error, offset, length) {
          found = { error, offset, length };
          throw stop;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (e) {
    if (e !== stop) throw e;
  }
  return found;
}

function syntaxMessage(text: string, e: { error: ParseErrorCode; offset: number; length: number }, quote: boolean): string {
  let message = SYNTAX_MESSAGES[printParseErrorCode(e.error)] ?? 'invalid JSON';
  const found = text.slice(e.offset, e.offset + Math.min(Math.max(e.length, 1), 20));
  let before = e.offset - 1;
  while (before >= 0 && /\s/.test(text[before] ?? '')) before--;
  if ((found.startsWith('}') || found.startsWith(']')) && text[before] === ',') {
    return 'trailing comma before ' + JSON.stringify(found[0]) + ' (not allowed in JSON)';
  }
  if (text.trim() === '') return 'the document is empty; expected a JSON object';
  if (e.offset >= text.length) return `${message}, but the document ended`;
  if (found !== '' && quote) message += `, found ${JSON.stringify(found)}`;
  return message;
}

/** Options of {@link parseText}. */
export interface ParseTextOptions {
  /** Absolute path, when the text is a file. */
  absPath?: string;
  /**
   * Whether messages may quote the text (`found "..."`). Off for a file reached by `extends`:
   * it may not be a scenario at all, and its content is not the user's to print.
   */
  quote?: boolean;
}

/**
 * Parse JSON text strictly. A limit passed (nesting, entries, values) or a syntax error (the
 * first, with its position) ends the parse; duplicate keys are reported as issues with the
 * position of the repeated key (at most {@link MAX_DUPLICATE_KEYS}, the rest counted in
 * `dropped`).
 */
export function parseText(rawText: string, name: string | undefined, options: ParseTextOptions = {}): ParseOutcome {
  // A byte-order mark is not JSON, but editors write it and do not count it as a column.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const absPath = options.absPath;
  const scan = scanJson(text, { maxDepth: MAX_DEPTH, maxEntries: MAX_TEXT_ENTRIES, maxValues: MAX_VALUES, maxDuplicates: MAX_DUPLICATE_KEYS });
  if (scan.overLimit !== undefined) {
    const doc = new SourceDoc(name, absPath, text, undefined);
    return { ok: false, doc, issues: [{ path: scan.overLimit.path, offset: scan.overLimit.offset, message: scan.overLimit.message }], dropped: 0 };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const doc = new SourceDoc(name, absPath, text, undefined);
    if (text.trim() === '') return { ok: false, doc, issues: [{ path: [], offset: 0, message: 'the document is empty; expected a JSON object' }], dropped: 0 };
    const first = firstSyntaxError(text);
    if (first !== undefined)
      return { ok: false, doc, issues: [{ path: [], offset: first.offset, message: syntaxMessage(text, first, options.quote ?? true) }], dropped: 0 };
    // jsonc-parser accepts what JSON.parse rejects: report JSON.parse's own position.
    const msg = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(msg);
    return {
      ok: false,
      doc,
      issues: [{ path: [], offset: at ? Number(at[1]) : 0, message: (options.quote ?? true) ? `invalid JSON: ${msg}` : 'invalid JSON' }],
      dropped: 0,
    };
  }
  const doc = new SourceDoc(name, absPath, text, scan.index);
  const issues: DocIssue[] = scan.duplicates.map((d) => {
    const p = doc.position(d.firstOffset);
    const key = d.path[d.path.length - 1];
    return { path: d.path, anchor: 'key', offset: d.offset, message: `duplicate key ${JSON.stringify(key)} (first at line ${p?.line}, column ${p?.column})` };
  });
  return { ok: true, value, doc, issues, dropped: scan.moreDuplicates };
}
