/**
 * The runs file (`--out runs.ndjson`): a manifest line, then one line per finished run, in run
 * order. It is written by appending whole lines and flushed to the kernel at once (so a killed
 * process loses nothing it wrote), and synced to disk at most once a second and at the end.
 * A process killed in the middle of a write can leave a partial last line: reading drops it.
 *
 * ```
 * {"manifest":{"format":"frontier-sim/monte-carlo-runs",...}}
 * {"run":0,"seed":1803811946215937,"totals":{"attempts":5034,...}}
 * {"run":1,...}
 * ```
 *
 * @module
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import type { RunOutput } from './chunk';
import { ExperimentError } from './errors';
import { RUNS_FORMAT, type Manifest } from './manifest';

/** A problem with a runs file: the message names the file and what is wrong. */
export class RunsFileError extends ExperimentError {
  override readonly name: string = 'RunsFileError';
  /** Set when the file has no complete manifest line (a process killed as it created the file). */
  noManifest = false;
}

/** Reads a file line by line (synchronously, in 64 KiB blocks), up to `limit` bytes. */
/**
 * Opens a runs file, turning the ways a path a user gave can be wrong (missing, a folder,
 * unreadable) into a one-line {@link RunsFileError} instead of a raw file-system error.
 */
function openForReading(path: string): number {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'not readable' : code === 'ENOTDIR' ? 'a part of the path is not a folder' : ((e as Error).message ?? String(e));
    throw new RunsFileError(`${path}: ${why}`);
  }
  if (fstatSync(fd).isDirectory()) {
    closeSync(fd);
    throw new RunsFileError(`${path}: is a folder, not a runs file`);
  }
  return fd;
}

export class LineReader {
  private readonly fd: number;
  private buf = Buffer.alloc(0);
  private pos = 0;
  private eof = false;
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
      const nl = this.buf.indexOf(10);
      if (nl >= 0) {
        const text = this.buf.subarray(0, nl).toString('utf8');
        this.buf = this.buf.subarray(nl + 1);
        this.offset += nl + 1;
        return { text, complete: true };
      }
      if (this.eof) {
        if (this.buf.length === 0) return undefined;
        const text = this.buf.toString('utf8');
        this.offset += this.buf.length;
        this.buf = Buffer.alloc(0);
        return { text, complete: false };
      }
      const want = Math.min(65536, this.limit - this.pos);
      if (want <= 0) {
        this.eof = true;
        continue;
      }
      const chunk = Buffer.alloc(want);
      const n = readSync(this.fd, chunk, 0, want, this.pos);
      if (n === 0) this.eof = true;
      this.pos += n;
      this.buf = this.buf.length === 0 ? chunk.subarray(0, n) : Buffer.concat([this.buf, chunk.subarray(0, n)]);
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** The JSON line of a run. */
export function runLine(run: RunOutput): string {
  const line: Record<string, unknown> = { run: run.index, seed: run.seed, totals: run.totals };
  if (run.series !== undefined) line.series = run.series;
  return JSON.stringify(line);
}

/** The JSON line of a manifest. */
export function manifestLine(m: Manifest): string {
  return JSON.stringify({ manifest: m });
}

function parseRun(text: string, where: string): RunOutput {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new RunsFileError(`${where}: not a JSON line (the file is damaged)`);
  }
  const o = v as { run?: unknown; seed?: unknown; totals?: unknown; series?: unknown };
  if (typeof o !== 'object' || o === null || typeof o.run !== 'number' || typeof o.seed !== 'number' || typeof o.totals !== 'object' || o.totals === null) {
    throw new RunsFileError(`${where}: expected a run line {"run":..,"seed":..,"totals":{..}}`);
  }
  const run: RunOutput = { index: o.run, seed: o.seed, totals: o.totals as Record<string, number> };
  if (o.series !== undefined) run.series = o.series as Record<string, number[]>;
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
}

/** Reads a runs file's manifest line. */
function readManifest(reader: LineReader): Manifest {
  const first = reader.next();
  const where = `${reader.path}:1`;
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
  const m = (v as { manifest?: Manifest } | null)?.manifest;
  if (typeof m !== 'object' || m === null || m.format !== RUNS_FORMAT) {
    throw new RunsFileError(`${where}: no ${RUNS_FORMAT} manifest; not a frontier-sim runs file`);
  }
  return m;
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
    const manifest = readManifest(reader);
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
      const run = parseRun(line.text, `${path}:${lineNo}`);
      const expected = start + runs * stride;
      if (run.index !== expected) {
        throw new RunsFileError(
          `${path}:${lineNo}: run ${run.index} where run ${expected} was expected (${run.index < expected ? 'a duplicate' : 'a gap'})`,
        );
      }
      runs++;
      validBytes = reader.offset;
    }
    return { manifest, runs, validBytes, partialTail };
  } finally {
    reader.close();
  }
}

/** Reads the runs of a file inspected before, in order, up to `validBytes`. */
export class RunsReader {
  private readonly reader: LineReader;
  private lineNo = 1;
  constructor(path: string, validBytes: number) {
    this.reader = new LineReader(path, validBytes);
    this.reader.next(); // the manifest
  }
  next(): RunOutput | undefined {
    const line = this.reader.next();
    if (line === undefined) return undefined;
    this.lineNo++;
    return parseRun(line.text, `${this.reader.path}:${this.lineNo}`);
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

  private constructor(fd: number, size: number) {
    this.fd = fd;
    this.size = size;
  }

  /** Creates (or replaces) `path` with just the manifest line. */
  static create(path: string, manifest: Manifest): RunsWriter {
    const w = new RunsWriter(openSync(path, 'w'), 0);
    try {
      w.write(manifestLine(manifest) + '\n');
      fsyncSync(w.fd);
    } catch (e) {
      closeSync(w.fd);
      throw e;
    }
    return w;
  }

  /** Opens an inspected file for appending, cutting off a partial last line first. */
  static resume(path: string, validBytes: number): RunsWriter {
    const fd = openSync(path, 'r+');
    if (fstatSync(fd).size !== validBytes) {
      ftruncateSync(fd, validBytes);
      fsyncSync(fd);
    }
    closeSync(fd);
    return new RunsWriter(openSync(path, 'a'), validBytes);
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
