/**
 * Inputs of the hostile corpus, made at test time in the case's directory (nothing large is
 * committed): scenario files with a change, files of many keys, sparse files, named pipes,
 * symbolic links, runs files.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, symlinkSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Obj = Record<string, Json>;

/** The minimal test scenario (three sectors), without `$schema`, as a fresh object. */
export function minimal(): Obj {
  const v = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'scenarios', 'minimal.json'), 'utf8')) as Obj;
  delete v.$schema;
  return v;
}

/** Writes `value` as JSON (pretty, so that positions have lines) to `dir/name`. */
export function writeJson(dir: string, name: string, value: unknown): void {
  writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
}

/** The minimal scenario with `change` applied, written to `dir/name`. */
export function scenarioFile(dir: string, name: string, change: (s: Obj) => void = () => {}): void {
  const s = minimal();
  change(s);
  writeJson(dir, name, s);
}

/** A sparse file of `bytes` bytes (no disk used; never read whole by a correct reader). */
export function sparseFile(dir: string, name: string, bytes: number, head = ''): void {
  const path = join(dir, name);
  writeFileSync(path, head);
  truncateSync(path, bytes);
}

/** A named pipe (FIFO) nobody writes to: a reader that opens it blocking hangs forever. */
export function fifo(dir: string, name: string): void {
  const r = spawnSync('mkfifo', [join(dir, name)]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

export function link(dir: string, name: string, target: string): void {
  symlinkSync(target, join(dir, name));
}

/**
 * A JSON object of `megabytes` MiB of members, written in pieces: `"a":1` repeated (duplicate
 * keys) or `"k<i>":1` (unique keys), inside a scenario-shaped object. With `per`, the members go
 * into an array of objects of `per` members each (under every per-object limit).
 */
export function manyKeys(dir: string, name: string, megabytes: number, kind: 'duplicate' | 'unique', per?: number): void {
  const fd = openSync(join(dir, name), 'w');
  try {
    const target = megabytes * 1024 * 1024;
    let size = 0;
    const put = (s: string) => {
      writeSync(fd, s);
      size += s.length;
    };
    put(per === undefined ? '{"metadata":{"name":"x"}' : '{"metadata":{"name":"x"},"bulk":[{"k":0');
    let i = 0;
    let inObject = 1;
    let chunk = '';
    while (size + chunk.length < target) {
      if (per !== undefined && inObject >= per) {
        chunk += '},{"k":0';
        inObject = 1;
      }
      chunk += kind === 'duplicate' ? ',"a":1' : `,"k${i}":1`;
      i++;
      inObject++;
      if (chunk.length > 1 << 20) {
        put(chunk);
        chunk = '';
      }
    }
    put(chunk + (per === undefined ? '}' : '}]}'));
  } finally {
    closeSync(fd);
  }
}

/** Text nesting arrays `depth` deep, as a scenario's metadata value. */
export function deepText(depth: number): string {
  return `{"metadata":{"name":"x","note":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
}

/** Runs the built CLI in `dir` (for a case's setup); throws when it fails. */
export function cliIn(dir: string, args: string[]): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`setup: frontier-sim ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** A runs file of `runs` runs of the minimal scenario (seed 1), written by the CLI. */
export function runsFile(dir: string, name: string, runs: number, extra: string[] = []): void {
  scenarioFile(dir, 'minimal.json');
  const key = JSON.stringify([name, runs, extra]);
  const made = madeRunsFiles.get(key);
  if (made !== undefined) {
    writeFileSync(join(dir, name), made);
    return;
  }
  cliIn(dir, ['mc', 'minimal.json', '--runs', String(runs), '--workers', '1', '--out', name, ...extra]);
  madeRunsFiles.set(key, readFileSync(join(dir, name)));
}

/**
 * Runs files made so far in this test process, by their arguments. A runs file is a pure function
 * of the scenario and the arguments (the same bytes in any folder), so each is made by the CLI
 * once and copied after that: the runs-file cases then spawn the reader under test, not the writer
 * again for every case.
 */
const madeRunsFiles = new Map<string, Buffer>();

/** The lines of a text file, changed by `edit`, written back. */
export function editLines(dir: string, name: string, edit: (lines: string[]) => string[]): void {
  const path = join(dir, name);
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const last = lines.pop(); // '' after the final newline
  writeFileSync(path, edit(lines).join('\n') + '\n' + (last ?? ''));
}

/**
 * The lines of a runs file with every sum computed again (as a forger would): what the checks
 * beyond the sums (run numbers, seeds, values) must then catch.
 */
export function reseal(lines: string[]): string[] {
  const digest = (prev: string, text: string) => createHash('sha256').update(prev).update('\n').update(text).digest('hex').slice(0, 16);
  const out = [lines[0] as string];
  let tip = digest('', lines[0] as string);
  for (const line of lines.slice(1)) {
    const body = line.replace(/,"sum":"[0-9a-f]{16}"\}$/, '}');
    tip = digest(tip, body);
    out.push(`${body.slice(0, -1)},"sum":"${tip}"}`);
  }
  return out;
}

/** The run lines without their sums, in runs format 1 (as frontier-sim wrote them before sums). */
export function toFormat1(lines: string[]): string[] {
  return lines.map((l, i) => (i === 0 ? l.replace('"formatVersion":2', '"formatVersion":1') : l.replace(/,"sum":"[0-9a-f]{16}"\}$/, '}')));
}
