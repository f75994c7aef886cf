/**
 * Reading a report's input from a file: a runs file (`mc --out runs.ndjson`, NDJSON: a manifest
 * line, then one line per run) or the JSON that `mc`, `compare` or `sweep` write with
 * `--format json`.
 *
 * @module
 */
import { closeSync, readSync } from 'node:fs';
import { mergeRunsFiles } from '../experiment/merge';
import { RUNS_FORMAT } from '../experiment/manifest';
import { inspectRunsFile, RunsReader } from '../experiment/stream';
import type { RunOutput } from '../experiment/chunk';
import { InputFileProblem, openRegularFile, readRegularText } from '../scenario/read-file';
import { ReportError, toBundle, type ReportBundle } from './report';

/** Largest result JSON read (bytes); a runs file is read as a stream, a line at a time. */
export const MAX_RESULT_BYTES = 256 * 1024 * 1024;

/** What {@link readReportInput} found. */
export interface ReportFileInput {
  bundle: ReportBundle;
  /** For a runs file: every run, in run order (for per-run exports), unless `keepRuns: false`. */
  runs?: RunOutput[];
}

/** Options of {@link readReportInput}. */
export interface ReadReportInputOptions {
  /** Keep a runs file's runs as objects (for per-run exports; default true). */
  keepRuns?: boolean;
}

/** The first `n` bytes of a regular file, as text. @throws InputFileProblem */
function readHead(path: string, n: number): string {
  const { fd } = openRegularFile(path);
  try {
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Whether a file's head is a runs file's: a first line that is a runs manifest and nothing else. */
function isRunsFile(head: string): boolean {
  const nl = head.indexOf('\n');
  if (!head.startsWith('{') || nl < 0) return false;
  try {
    const first = JSON.parse(head.slice(0, nl)) as unknown;
    return typeof first === 'object' && first !== null && Object.keys(first).length === 1 && (first as { manifest?: { format?: unknown } }).manifest?.format === RUNS_FORMAT;
  } catch {
    return false;
  }
}

/**
 * Reads a report's input: only a regular file; a runs file as a stream (each line bounded and
 * checked: its sum, run number and seed), a result JSON of at most {@link MAX_RESULT_BYTES}.
 * A runs file is summarised exactly as `mc` and `merge` summarise it (the same code), so the
 * report shows the numbers the Monte Carlo printed.
 *
 * @throws ReportError (or RunsFileError) naming the file and what is wrong.
 */
export function readReportInput(path: string, options: ReadReportInputOptions = {}): ReportFileInput {
  try {
    if (isRunsFile(readHead(path, 65536))) {
      const info = inspectRunsFile(path);
      if (info.runs === 0) throw new ReportError(`${path}: the runs file holds no runs yet`);
      if (info.manifest.shard) throw new ReportError(`${path} is one shard (${info.manifest.shard.index}/${info.manifest.shard.count}); merge the shards first (frontier-sim merge)`);
      const monteCarlo = mergeRunsFiles([path]);
      if (options.keepRuns === false) return { bundle: { monteCarlo } };
      const reader = new RunsReader(path, info.validBytes);
      const runs: RunOutput[] = [];
      try {
        for (let r = reader.next(); r !== undefined; r = reader.next()) runs.push(r);
      } finally {
        reader.close();
      }
      return { bundle: { monteCarlo }, runs };
    }
    const text = readRegularText(path, MAX_RESULT_BYTES);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new ReportError(`${path}: neither a runs file (NDJSON with a manifest line) nor JSON (${(e as Error).message})`);
    }
    return { bundle: toBundle(value as ReportBundle) };
  } catch (e) {
    if (e instanceof InputFileProblem) throw new ReportError(`${path}: ${e.message}`);
    if (e instanceof ReportError) {
      if (!e.message.startsWith(path)) throw new ReportError(`${path}: ${e.message}`);
    }
    throw e;
  }
}
