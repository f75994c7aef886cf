/**
 * Small, strict argument helpers shared by the commands.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkDistinct, outputTarget, probeFolder, type OutputTarget } from './output-paths';
import { UsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Flags that name a file a command writes. They are checked before the command does any work
 * (output-paths.ts), so that a typo in a path, a read-only folder or an output that would
 * destroy an input is a usage error (exit 2) at once, not a failure after a long run, and no
 * partial output is ever started.
 */
export const OUTPUT_FLAGS: ReadonlySet<string> = new Set(['out', 'summary', 'report', 'runs-csv', 'runs-ndjson', 'state', 'write-policy']);

/** Flags that name a file a command reads (besides its positional arguments). */
export const INPUT_FLAGS: ReadonlySet<string> = new Set(['policy', 'scenario']);

/** How a command's outputs are checked. */
export interface OutputRules {
  /** Output flags that name a runs file: a regular file or a new path, never a device or a FIFO. */
  runsFiles?: readonly string[];
}

/**
 * Parses argv strictly: an unknown flag or a missing value is a {@link UsageError}, reported in
 * one line. Output paths ({@link OUTPUT_FLAGS}) must be new paths in an existing folder that
 * takes new files, or regular files (or, unless `rules.runsFiles` names the flag, character
 * devices and FIFOs, written as streams), and must differ from each other and from every input
 * (positional arguments and {@link INPUT_FLAGS}). Not checked with --help.
 */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, rules: OutputRules = {}) {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv, options),
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(oneLineArgsMessage((e as Error).message));
  }
  const values = parsed.values as Record<string, unknown>;
  if (!values.help) checkOutputs(values, parsed.positionals, rules);
  return parsed;
}

function checkOutputs(values: Record<string, unknown>, positionals: readonly string[], rules: OutputRules): void {
  const paths = (name: string) => {
    const v = values[name];
    return (Array.isArray(v) ? v : [v]).filter((p): p is string => typeof p === 'string');
  };
  const outputs: { flag: string; path: string; target: OutputTarget }[] = [];
  for (const flag of Object.keys(values)) {
    if (!OUTPUT_FLAGS.has(flag)) continue;
    for (const path of paths(flag)) {
      const what = `--${flag} ${path}`;
      const target = outputTarget(what, path, !(rules.runsFiles ?? []).includes(flag));
      if (target.kind === 'file') probeFolder(what, target.path);
      outputs.push({ flag, path, target });
    }
  }
  if (outputs.length === 0) return;
  const inputs = [...positionals.map((p) => ({ what: p, path: p }))];
  for (const flag of Object.keys(values)) if (INPUT_FLAGS.has(flag)) for (const p of paths(flag)) inputs.push({ what: `--${flag} ${p}`, path: p });
  checkDistinct(outputs, inputs);
}

/**
 * `--seed -1`: a value that looks like a negative number is the flag's value, not an option
 * (node:util would call it ambiguous), so that the flag's own check can say plainly what it
 * takes.
 */
function joinNegativeValues(argv: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const next = argv[i + 1];
    const name = a.startsWith('--') ? a.slice(2) : undefined;
    if (
      name !== undefined &&
      !name.includes('=') &&
      Object.hasOwn(options, name) &&
      options[name]?.type === 'string' &&
      next !== undefined &&
      /^-\d/.test(next)
    ) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** node:util parseArgs messages can run over several lines: keep one line and the useful hint. */
function oneLineArgsMessage(message: string): string {
  const lines = message
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const first = (lines[0] ?? 'bad arguments').replace(/\. To specify a positional argument.*$/s, '');
  const dash = lines.find((l) => l.startsWith('To specify an option argument starting with a dash'));
  const hint = dash?.match(/'(--[^']*)'/)?.[1];
  return hint !== undefined ? `${first.replace(/\.$/, '')} (a value starting with a dash is written ${hint})` : first;
}

/** Reads a non-negative integer flag (a seed, a count) and rejects anything else. */
export function integerFlag(name: string, text: string | undefined, fallback?: number, max = Number.MAX_SAFE_INTEGER, min = 0): number {
  if (text === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required`);
    return fallback;
  }
  const range = `a whole number from ${min} to ${max}`;
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be ${range}, got '${text}'`);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n > max) throw new UsageError(`--${name} must be at most ${max}, got '${text}'`);
  if (n < min) throw new UsageError(`--${name} must be at least ${min}, got '${text}'`);
  return n;
}

/** Reads a flag restricted to a few words. */
export function choiceFlag<T extends string>(name: string, text: string | undefined, choices: readonly T[], fallback: T): T {
  if (text === undefined) return fallback;
  if (!(choices as readonly string[]).includes(text)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got '${text}'`);
  return text as T;
}
