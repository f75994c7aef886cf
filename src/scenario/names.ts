/**
 * Names people read (of a scenario, a sector, a unit, an event, a policy) are printed in
 * terminals, tables and logs: they must not carry control characters (an ANSI escape sequence
 * can rewrite a terminal, a newline can forge a line of output).
 *
 * Imports nothing, so that the engine can use it.
 *
 * @module
 */

/** Longest name accepted (characters). */
export const MAX_NAME_LENGTH = 200;

// C0 controls (newline and ESC among them), DEL, C1 controls, and the Unicode line and paragraph
// separators and bidirectional overrides, which also change what a terminal shows.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Why `text`, printed to people, cannot be (a control character in it), or undefined. */
export function controlProblem(text: string): string | undefined {
  const m = UNPRINTABLE.exec(text);
  if (m === null) return undefined;
  const code = (m[0] as string).charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `may not contain control characters (U+${code} at character ${m.index + 1}): it is printed in terminals and tables`;
}

/** Why `name` cannot be a name (empty, too long, a control character), or undefined when it can. */
export function nameProblem(name: string): string | undefined {
  if (name.length === 0) return 'expected a non-empty name';
  if (name.length > MAX_NAME_LENGTH) return `expected a name of at most ${MAX_NAME_LENGTH} characters, got ${name.length}`;
  const control = controlProblem(name);
  return control === undefined ? undefined : `a name ${control}`;
}

/** `text` with every control character escaped (`\n`, `\u001b`), for printing. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
  });
}
