/**
 * The one error type the scenario layer throws: every problem found in a scenario, each with the
 * file, the JSON pointer, the line and column and a sentence saying what was expected.
 *
 * @module
 */

/** One problem in a scenario. */
export interface ScenarioIssue {
  /** The file the problem is in; absent for text or objects given in code (printed as `<input>`). */
  file?: string;
  /** JSON pointer (RFC 6901) of the offending value inside `file`; `""` is the whole document. */
  pointer: string;
  /** 1-based line of the offending value (or key), when the input was text. */
  line?: number;
  /** 1-based column (in UTF-16 code units) of the offending value (or key), when the input was text. */
  column?: number;
  /** One sentence saying what is wrong and what was expected. */
  message: string;
}

/** The name printed for input that did not come from a file. */
export const INPUT_NAME = '<input>';

/**
 * One issue as one line: `file:line:column pointer: message`. Without a file the name is
 * `<input>`; without a position (object input) the `:line:column` part is left out; the root
 * pointer `""` is printed as `(root)`.
 *
 * @example
 * formatIssue({ file: 'a.json', pointer: '/sectors/0/lengthKm', line: 12, column: 19, message: 'expected ...' });
 * // 'a.json:12:19 /sectors/0/lengthKm: expected ...'
 */
export function formatIssue(issue: ScenarioIssue): string {
  const file = issue.file ?? INPUT_NAME;
  const position = issue.line !== undefined ? `:${issue.line}:${issue.column ?? 1}` : '';
  const pointer = issue.pointer === '' ? '(root)' : issue.pointer;
  return oneLine(`${file}${position} ${pointer}: ${issue.message}`);
}

/** Keys and paths may hold line breaks or control characters: escape them, one issue a line. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
  });
}

/** All issues, one line each (see {@link formatIssue}). */
export function formatIssues(issues: readonly ScenarioIssue[]): string {
  return issues.map(formatIssue).join('\n');
}

/** A scenario that cannot be used: every problem found, not only the first. */
export class ScenarioError extends Error {
  /** Every problem found, in file order. */
  readonly issues: ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[]) {
    const list = issues.length > 0 ? [...issues] : [{ pointer: '', message: 'invalid scenario' }];
    const head = list.length === 1 ? 'Invalid scenario (1 issue):' : `Invalid scenario (${list.length} issues):`;
    super(`${head}\n${formatIssues(list)}`);
    this.name = 'ScenarioError';
    this.issues = list;
  }

  /** The issues, one line each: `file:line:column pointer: message`. */
  format(): string {
    return formatIssues(this.issues);
  }
}

/** Whether `e` is a {@link ScenarioError} (also across duplicated module copies, e.g. ESM and CJS). */
export function isScenarioError(e: unknown): e is ScenarioError {
  return e instanceof ScenarioError || (e instanceof Error && e.name === 'ScenarioError' && Array.isArray((e as { issues?: unknown }).issues));
}
