/**
 * The runs file (`--out runs.ndjson`): a manifest line, then one line per finished run, in run
 * order. It is written by appending whole lines and flushed to the kernel at once (so a killed
 * process loses nothing it wrote), and synced to disk at most once a second and at the end.
 * A process killed in the middle of a write can leave a partial last line: reading drops it.
 *
 * ```
 * {"manifest":{"format":"frontier-sim/monte-carlo-runs","formatVersion":2,...},"scenario":{...},"policy":{...}}
 * {"run":0,"seed":1803811946215937,"totals":{"attempts":5034,...},"sum":"5d0c1b8e27a94f36"}
 * {"run":1,...,"sum":"..."}
 * ```
 *
 * Beside the manifest, the first line holds what a report needs to replay the experiment's
 * runs: the scenario as it was loaded (whose hash the manifest gives) and the policy overlay
 * (absent for the status quo and for a TypeScript policy function, which cannot be written).
 * Files written before these were recorded have the manifest alone; they read as before.
 *
 * A runs file cannot lie (format 2): each run line ends with `"sum"`, the first 16 hex digits of
 * the SHA-256 of the previous line's sum (for the first run, of the manifest line's), a newline,
 * and the line's own text without its sum. A value changed by hand, a line deleted, moved or
 * copied from another file breaks the chain at that line; every reader (`--resume`, `merge`,
 * `report`) checks it, and each run's seed, and names the line. Lines are read as a stream, each
 * at most {@link MAX_LINE_BYTES} long. Format 1 files (before the sums) are still read, without
 * the chain; they cannot be resumed.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { deriveSeed } from '../rng/hash';
import { InputFileProblem, openRegularFile } from '../scenario/read-file';
import type { RunOutput } from './chunk';
import { ExperimentError } from './errors';
import { checkManifest, RUNS_FORMAT, RUNS_FORMAT_VERSION, type Manifest } from './manifest';

/**
 * Longest line read from a runs file (bytes). A run's line holds its totals (about 2 KB) and,
 * with `perTurn`, one series a metric over at most 5,200 turns: under 10 MB for every metric.
 */
export const MAX_LINE_BYTES = 32 * 1024 * 1024;

/** A problem with a runs file: the message names the file and what is wrong. */
export class RunsFileError extends ExperimentError {
  override readonly name: string = 'RunsFileError';
  /** Set when the file has no complete manifest line (a process killed as it created the file). */
  noManifest = false;
}

/**
 * Opens a runs file, turning the ways a path a user gave can be wrong (missing, a folder, a
 * FIFO or a device, unreadable) into a one-line {@link RunsFileError} instead of a raw
 * file-system error or a read that never ends.
 */
function openForReading(path: string): number {
  try {
    return openRegularFile(path).fd;
  } catch (e) {
    if (!(e instanceof InputFileProblem)) throw e;
    const why =
      e.code === 'ENOENT'
        ? 'no such file'
        : e.code === 'EACCES' || e.code === 'EPERM'
          ? 'not readable'
          : e.code === 'ENOTDIR'
            ? 'a part of the path is not a folder'
            : e.message === 'is a directory, not a file'
              ? 'is a folder, not a runs file'
              : e.message;
    throw new RunsFileError(`${path}: ${why}`);
  }
}

/**
 * Reads a file line by line (synchronously, in 64 KiB blocks), up to `limit` bytes, each line
 * at most {@link MAX_LINE_BYTES} long: a longer one is an error as soon as that many bytes are
 * read without a newline, whatever the file's size.
 */
export class LineReader {
  private readonly fd: number;
  /** Blocks read since the last newline (the start of the next line), and their total length. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The rest of the last block read, after the line returned last. */
  private rest: Buffer = Buffer.alloc(0);
  private pos = 0;
  private eof = false;
  private lineNo = 0;
  /** Bytes consumed so far (up to the end of the last line returned, newline included). */
  offset = 0;

  constructor(
    readonly path: string,
    private readonly limit = Infinity,
  ) {
    this.fd = openForReading(path);
  }

  /** The next line (without its newline) and whether it ended with a newline; undefined at the end. */
  next(): { text: string; complete: boolean } | undefined {
    for (;;) {
      const nl = this.rest.indexOf(10);
      if (nl >= 0) {
        const head = this.rest.subarray(0, nl);
        this.rest = this.rest.subarray(nl + 1);
        const text = this.take(head);
        this.offset += nl + 1;
        return { text, complete: true };
      }
      // No newline in what is left: keep it, and read on.
      if (this.rest.length > 0) {
        this.pending.push(this.rest);
        this.pendingBytes += this.rest.length;
        this.offset += this.rest.length;
        this.rest = Buffer.alloc(0);
      }
      if (this.pendingBytes > MAX_LINE_BYTES) {
        throw new RunsFileError(`${this.path}:${this.lineNo + 1}: a line longer than ${MAX_LINE_BYTES} bytes; not a frontier-sim runs file (or a damaged one)`);
      }
      if (this.eof) {
        if (this.pendingBytes === 0) return undefined;
        return { text: this.take(Buffer.alloc(0)), complete: false };
      }
      const want = Math.min(65536, this.limit - this.pos);
      if (want <= 0) {
        this.eof = true;
        continue;
      }
      const chunk = Buffer.allocUnsafe(want);
      const n = readSync(this.fd, chunk, 0, want, this.pos);
      if (n === 0) this.eof = true;
      this.pos += n;
      this.rest = chunk.subarray(0, n);
    }
  }

  /** The pending blocks and `last` as one line's text; clears them. */
  private take(last: Buffer): string {
    this.lineNo++;
    const parts = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (parts.length === 0) return last.toString('utf8');
    parts.push(last);
    return Buffer.concat(parts).toString('utf8');
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** The sum that seals a line of format 2 (see the module comment). */
function digest(previous: string, text: string): string {
  return createHash('sha256').update(previous).update('\n').update(text).digest('hex').slice(0, 16);
}

const SUM_SUFFIX = /,"sum":"([0-9a-f]{16})"\}$/;

/**
 * The chain of sums of a runs file: seals the lines a writer appends and checks those a reader
 * reads. Format 1 has no sums: then lines pass through as they are.
 */
export class RunsChain {
  /** The sum of the last line sealed or checked (of the manifest line at first); null in format 1. */
  tip: string | null;

  constructor(manifestText: string, formatVersion: number, tip?: string | null) {
    this.tip = formatVersion >= 2 ? (tip ?? digest('', manifestText)) : null;
  }

  /** A run's line, with its sum (format 2). */
  seal(text: string): string {
    if (this.tip === null) return text;
    this.tip = digest(this.tip, text);
    return `${text.slice(0, -1)},"sum":"${this.tip}"}`;
  }

  /**
   * The text of a line without its sum, after checking the sum.
   *
   * @throws RunsFileError naming the line when the sum is missing or wrong.
   */
  open(line: string, where: string): string {
    if (this.tip === null) return line;
    const m = SUM_SUFFIX.exec(line);
    if (m === null) throw new RunsFileError(`${where}: the line has no "sum" (its checksum); the file was edited or is damaged`);
    const text = line.slice(0, m.index) + '}';
    const sum = digest(this.tip, text);
    if (sum !== m[1]) {
      throw new RunsFileError(`${where}: checksum mismatch: the line was changed after it was written (or a line before it was changed, removed or reordered)`);
    }
    this.tip = sum;
    return text;
  }
}

/** The JSON line of a run. */
export function runLine(run: RunOutput): string {
  const line: Record<string, unknown> = { run: run.index, seed: run.seed, totals: run.totals };
  if (run.series !== undefined) line.series = run.series;
  return JSON.stringify(line);
}

/** What the first line of a runs file holds beside the manifest (see the module's text). */
export interface RunsHeaderExtras {
  /** The scenario as loaded (before the policy), whose hash is `manifest.scenario.hash`. */
  scenario?: unknown;
  /** The policy's overlay (`{ name, overlay }`), when the policy is one. */
  policy?: { name: string; overlay: unknown };
}

/** The JSON line of a manifest, with what a report needs to replay the runs. */
export function manifestLine(m: Manifest, extras: RunsHeaderExtras = {}): string {
  return JSON.stringify({
    manifest: m,
    ...(extras.scenario !== undefined ? { scenario: extras.scenario } : {}),
    ...(extras.policy !== undefined ? { policy: extras.policy } : {}),
  });
}

/**
 * The extras of a runs file's first line (the scenario and policy overlay it records), or none
 * for a file written before they were recorded.
 *
 * @throws RunsFileError when the file cannot be read or has no manifest line.
 */
export function readRunsHeader(path: string): { manifest: Manifest } & RunsHeaderExtras {
  const reader = new LineReader(path);
  try {
    const first = reader.next();
    const { manifest } = parseManifestLine(first, reader.path);
    const v = JSON.parse((first as { text: string }).text) as RunsHeaderExtras;
    return { manifest, ...(v.scenario !== undefined ? { scenario: v.scenario } : {}), ...(v.policy !== undefined ? { policy: v.policy } : {}) };
  } finally {
    reader.close();
  }
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A run's line as a run; every value checked (a finite number where a number is due). */
function parseRun(text: string, where: string): RunOutput {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new RunsFileError(`${where}: not a JSON line (the file is damaged)`);
  }
  if (!isPlainObject(v) || typeof v.run !== 'number' || typeof v.seed !== 'number' || !isPlainObject(v.totals)) {
    throw new RunsFileError(`${where}: expected a run line {"run":..,"seed":..,"totals":{..}}`);
  }
  if (!Number.isSafeInteger(v.run) || v.run < 0)
    throw new RunsFileError(`${where}: "run" must be a run number (an integer >= 0), got ${JSON.stringify(v.run)}`);
  if (!Number.isSafeInteger(v.seed) || v.seed < 0) throw new RunsFileError(`${where}: "seed" must be an integer >= 0, got ${JSON.stringify(v.seed)}`);
  const totals = v.totals;
  for (const k of Object.keys(totals)) {
    const x = totals[k];
    if (FORBIDDEN.has(k)) throw new RunsFileError(`${where}: forbidden metric name ${JSON.stringify(k)}`);
    if (typeof x !== 'number' || !Number.isFinite(x))
      throw new RunsFileError(`${where}: metric ${JSON.stringify(k)} of run ${v.run} is ${JSON.stringify(x) ?? String(x)}, not a finite number`);
  }
  const run: RunOutput = { index: v.run, seed: v.seed, totals: totals as Record<string, number> };
  if (v.series !== undefined) {
    if (!isPlainObject(v.series)) throw new RunsFileError(`${where}: "series" must be an object of per-turn arrays`);
    for (const k of Object.keys(v.series)) {
      const list = v.series[k];
      if (FORBIDDEN.has(k)) throw new RunsFileError(`${where}: forbidden metric name ${JSON.stringify(k)}`);
      if (!Array.isArray(list) || !list.every((x) => typeof x === 'number' && Number.isFinite(x))) {
        throw new RunsFileError(`${where}: the per-turn series of ${JSON.stringify(k)} must be an array of finite numbers`);
      }
    }
    run.series = v.series as Record<string, number[]>;
  }
  return run;
}

/** What {@link inspectRunsFile} found. */
export interface RunsFileInfo {
  manifest: Manifest;
  /** Complete, valid run lines. */
  runs: number;
  /** Bytes up to the end of the last complete line (manifest included). */
  validBytes: number;
  /** Whether a partial last line (an interrupted write) follows the valid part. */
  partialTail: boolean;
  /** The sum of the last valid line (the chain continues from it), or null in format 1. */
  chainTip: string | null;
  /** The manifest line's text, as written. */
  manifestText: string;
}

/** Reads a runs file's manifest line (and its text). */
function readManifest(reader: LineReader): { manifest: Manifest; text: string } {
  return parseManifestLine(reader.next(), reader.path);
}

/** The keys a runs file's first line may hold: the manifest and what a report replays. */
export const HEADER_KEYS: ReadonlySet<string> = new Set(['manifest', 'scenario', 'policy']);

function parseManifestLine(first: { text: string; complete: boolean } | undefined, path: string): { manifest: Manifest; text: string } {
  const where = `${path}:1`;
  if (first === undefined || !first.complete) {
    const e = new RunsFileError(`${where}: no manifest line (the file is empty or was cut short)`);
    // Only a cut manifest line (or nothing) counts: never some other file without a newline.
    const text = first?.text ?? '';
    const head = '{"manifest":';
    e.noManifest = head.startsWith(text) || text.startsWith(head);
    throw e;
  }
  let v: unknown;
  try {
    v = JSON.parse(first.text);
  } catch {
    throw new RunsFileError(`${where}: the first line is not JSON; not a frontier-sim runs file`);
  }
  const m = isPlainObject(v) && Object.keys(v).every((k) => HEADER_KEYS.has(k)) ? v.manifest : undefined;
  if (!isPlainObject(m) || m.format !== RUNS_FORMAT) {
    throw new RunsFileError(`${where}: no ${RUNS_FORMAT} manifest; not a frontier-sim runs file`);
  }
  if (typeof m.formatVersion === 'number' && m.formatVersion > RUNS_FORMAT_VERSION) {
    throw new RunsFileError(`${where}: runs format ${m.formatVersion} is newer than this frontier-sim reads (${RUNS_FORMAT_VERSION}); update frontier-sim`);
  }
  const problem = checkManifest(m);
  if (problem !== undefined) throw new RunsFileError(`${where}: the manifest is damaged: ${problem}`);
  return { manifest: m as unknown as Manifest, text: first.text };
}

/**
 * Checks a run line's place in the file: its run number (the runs start, start + stride, ...
 * in order) and its seed (run i of root seed s has seed deriveSeed(s, i)).
 */
function checkPlace(run: RunOutput, expected: number, manifest: Manifest, where: string): void {
  if (run.index !== expected) {
    throw new RunsFileError(`${where}: run ${run.index} where run ${expected} was expected (${run.index < expected ? 'a duplicate' : 'a gap'})`);
  }
  const seed = deriveSeed(manifest.seed, run.index);
  if (run.seed !== seed)
    throw new RunsFileError(`${where}: run ${run.index} has seed ${run.seed}, not ${seed}, the seed of run ${run.index} with root seed ${manifest.seed}`);
}

/**
 * Checks a runs file: the manifest, then that the run lines are the runs `start`, `start +
 * stride`, ... in order (taken from the manifest's shard), each a valid line. A partial last
 * line is reported, not an error; a damaged line elsewhere is.
 *
 * @throws RunsFileError naming the file and line.
 */
export function inspectRunsFile(path: string): RunsFileInfo {
  const reader = new LineReader(path);
  try {
    const { manifest, text } = readManifest(reader);
    const chain = new RunsChain(text, manifest.formatVersion);
    const start = manifest.shard?.index ?? 0;
    const stride = manifest.shard?.count ?? 1;
    let runs = 0;
    let validBytes = reader.offset;
    let partialTail = false;
    let lineNo = 1;
    for (let line = reader.next(); line !== undefined; line = reader.next()) {
      lineNo++;
      if (!line.complete) {
        partialTail = true;
        break;
      }
      const where = `${path}:${lineNo}`;
      const run = parseRun(chain.open(line.text, where), where);
      checkPlace(run, start + runs * stride, manifest, where);
      runs++;
      validBytes = reader.offset;
    }
    return { manifest, runs, validBytes, partialTail, chainTip: chain.tip, manifestText: text };
  } finally {
    reader.close();
  }
}

/**
 * Reads the runs of a file inspected before, in order, up to `validBytes`, checking each line
 * again (sum, run number, seed): the file may have changed since.
 */
export class RunsReader {
  private readonly reader: LineReader;
  private readonly manifest: Manifest;
  private readonly chain: RunsChain;
  private lineNo = 1;
  private runs = 0;
  /** `file:line` of the last run read, for messages about it. */
  where = '';
  constructor(path: string, validBytes: number) {
    this.reader = new LineReader(path, validBytes);
    try {
      const { manifest, text } = readManifest(this.reader);
      this.manifest = manifest;
      this.chain = new RunsChain(text, manifest.formatVersion);
    } catch (e) {
      this.reader.close();
      throw e;
    }
  }
  next(): RunOutput | undefined {
    const line = this.reader.next();
    if (line === undefined) return undefined;
    this.lineNo++;
    const where = `${this.reader.path}:${this.lineNo}`;
    this.where = where;
    const run = parseRun(this.chain.open(line.text, where), where);
    const start = this.manifest.shard?.index ?? 0;
    const stride = this.manifest.shard?.count ?? 1;
    checkPlace(run, start + this.runs * stride, this.manifest, where);
    this.runs++;
    return run;
  }
  close(): void {
    this.reader.close();
  }
}

/**
 * Syncs to disk after this many writes. Every write goes to the file at once (a killed process
 * loses nothing written); the fsync only guards against a crash of the machine, and counting
 * writes rather than reading a clock keeps the experiment layer free of clocks.
 */
const WRITES_PER_SYNC = 16;

/** Appends run lines to a runs file, flushing every write and syncing every few writes. */
export class RunsWriter {
  private readonly fd: number;
  private unsynced = 0;
  /** Bytes of whole lines in the file: where a failed write is cut back to. */
  private size: number;

  private constructor(
    fd: number,
    size: number,
    private readonly chain: RunsChain,
  ) {
    this.fd = fd;
    this.size = size;
  }

  /** Creates (or replaces) `path` with just the manifest line (and its extras). */
  static create(path: string, manifest: Manifest, extras: RunsHeaderExtras = {}): RunsWriter {
    const text = manifestLine(manifest, extras);
    const w = new RunsWriter(openSync(path, 'w'), 0, new RunsChain(text, manifest.formatVersion));
    try {
      w.write(text + '\n');
      fsyncSync(w.fd);
    } catch (e) {
      closeSync(w.fd);
      throw e;
    }
    return w;
  }

  /** Opens an inspected file for appending, cutting off a partial last line first; its chain goes on. */
  static resume(path: string, info: RunsFileInfo): RunsWriter {
    const fd = openSync(path, 'r+');
    if (fstatSync(fd).size !== info.validBytes) {
      ftruncateSync(fd, info.validBytes);
      fsyncSync(fd);
    }
    closeSync(fd);
    return new RunsWriter(openSync(path, 'a'), info.validBytes, new RunsChain(info.manifestText, info.manifest.formatVersion, info.chainTip));
  }

  /** The line of a run, sealed with the next sum of the file's chain (write it next). */
  line(run: RunOutput): string {
    return this.chain.seal(runLine(run));
  }

  /**
   * Writes whole lines (each ending in a newline) in one call. If the write fails (a full disk),
   * the file is cut back to its last whole line, so that it stays a file `--resume` continues.
   */
  write(text: string): void {
    const data = Buffer.from(text, 'utf8');
    let off = 0;
    try {
      while (off < data.length) off += writeSync(this.fd, data, off, data.length - off);
    } catch (e) {
      if (off > 0) {
        try {
          ftruncateSync(this.fd, this.size);
        } catch {
          /* the file keeps a partial last line, which reading drops */
        }
      }
      throw e;
    }
    this.size += data.length;
    if (++this.unsynced >= WRITES_PER_SYNC) {
      fsyncSync(this.fd);
      this.unsynced = 0;
    }
  }

  close(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
  }
}

/**
 * Runs `take` on a run read from `reader`; a problem with it that is not already a
 * {@link RunsFileError} (metrics unlike the other runs', say) becomes one naming its line.
 */
export function takeRun(reader: RunsReader, run: RunOutput, take: (run: RunOutput) => void): void {
  try {
    take(run);
  } catch (e) {
    if (e instanceof RunsFileError || !(e instanceof Error)) throw e;
    throw new RunsFileError(`${reader.where}: ${e.message.replace(/^MetricAccumulator: /, '')}`);
  }
}
