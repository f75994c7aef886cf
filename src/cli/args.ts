/**
 * Small, strict argument helpers shared by the commands.
 *
 * @module
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Flags that name a file a command writes. Their folder is checked before the command does any
 * work, so that a typo in a path is a usage error (exit 2) at once, not a failure after a long
 * run, and no partial output is ever started.
 */
export const OUTPUT_FLAGS: ReadonlySet<string> = new Set(['out', 'summary', 'report', 'runs-csv', 'runs-ndjson', 'state', 'write-policy']);

/**
 * Parses argv strictly: an unknown flag or a missing value is a {@link UsageError}, reported in
 * one line. Output paths ({@link OUTPUT_FLAGS}) must be in an existing folder and must not be
 * folders themselves (not checked with --help).
 */
export function parseCommandArgs<O extends Options>(argv: string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(oneLineArgsMessage((e as Error).message));
  }
  const values = parsed.values as Record<string, unknown>;
  if (!values.help) {
    for (const [name, value] of Object.entries(values)) {
      if (!OUTPUT_FLAGS.has(name)) continue;
      for (const path of Array.isArray(value) ? value : [value]) if (typeof path === 'string') checkOutputPath(name, path);
    }
  }
  return parsed;
}

/** node:util parseArgs messages can run over several lines: keep one line and the useful hint. */
function oneLineArgsMessage(message: string): string {
  const lines = message.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const first = (lines[0] ?? 'bad arguments').replace(/\. To specify a positional argument.*$/s, '');
  const dash = lines.find((l) => l.startsWith('To specify an option argument starting with a dash'));
  const hint = dash?.match(/'(--[^']*)'/)?.[1];
  return hint !== undefined ? `${first.replace(/\.$/, '')} (a value starting with a dash is written ${hint})` : first;
}

/** An output path must be in an existing folder and must not itself be a folder. */
function checkOutputPath(flag: string, path: string): void {
  if (path === '') throw new UsageError(`--${flag} needs a file name`);
  const dir = dirname(resolve(path));
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new UsageError(`--${flag} ${path}: the folder ${dirname(path)} does not exist`);
  }
  if (!st.isDirectory()) throw new UsageError(`--${flag} ${path}: ${dirname(path)} is not a folder`);
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`--${flag} ${path}: is a folder, not a file`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    // Absent: it will be created.
  }
}

/** Reads a non-negative integer flag (a seed, a count) and rejects anything else. */
export function integerFlag(name: string, text: string | undefined, fallback?: number, max = Number.MAX_SAFE_INTEGER): number {
  if (text === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required`);
    return fallback;
  }
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a non-negative integer, got '${text}'`);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n > max) throw new UsageError(`--${name} must be at most ${max}, got '${text}'`);
  return n;
}

/** Reads a flag restricted to a few words. */
export function choiceFlag<T extends string>(name: string, text: string | undefined, choices: readonly T[], fallback: T): T {
  if (text === undefined) return fallback;
  if (!(choices as readonly string[]).includes(text)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got '${text}'`);
  return text as T;
}
