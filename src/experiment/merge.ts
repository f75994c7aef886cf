/**
 * Merging the runs files of shards (`--shard i/n`) into exactly the result one process gives:
 * the runs are read back in run order (run j from shard j mod n) into the same collector, so
 * the summaries are the same bytes; the merged runs file, when asked, is the same bytes as the
 * runs file of one process.
 *
 * @module
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { withoutShard, manifestDifference, type Manifest } from './manifest';
import { RunCollector, shardSize, type MonteCarloResult } from './monte-carlo';
import { RunsChain, RunsFileError, RunsReader, inspectRunsFile, manifestLine, readRunsHeader, runLine, takeRun, type RunsFileInfo } from './stream';

/** Options of {@link mergeRunsFiles}. */
export interface MergeOptions {
  /** Also write the merged runs file here (atomically: a temporary file, then a rename). */
  out?: string;
}

/**
 * Merges shards' runs files (in any order) into the result of one process.
 *
 * @throws RunsFileError for files of different experiments, a shard given twice, a missing
 *   shard, or a shard that is not complete (resume it first).
 * @example
 * const result = mergeRunsFiles(['shard-0.ndjson', 'shard-1.ndjson', 'shard-2.ndjson']);
 */
export function mergeRunsFiles(paths: readonly string[], options: MergeOptions = {}): MonteCarloResult {
  if (paths.length === 0) throw new RunsFileError('merge needs at least one runs file');
  const infos: { path: string; info: RunsFileInfo }[] = paths.map((path) => ({ path, info: inspectRunsFile(path) }));
  const first = infos[0] as { path: string; info: RunsFileInfo };
  const count = first.info.manifest.shard?.count ?? 1;
  const common = withoutShard(first.info.manifest);
  const byIndex = new Map<number, { path: string; info: RunsFileInfo }>();
  for (const f of infos) {
    const m = f.info.manifest;
    const diff = manifestDifference(withoutShard(m), common);
    if (diff !== undefined) throw new RunsFileError(`${f.path} and ${first.path} come from different experiments (${diff})`);
    const c = m.shard?.count ?? 1;
    if (c !== count) throw new RunsFileError(`${f.path} is one of ${c} shards but ${first.path} is one of ${count}`);
    const i = m.shard?.index ?? 0;
    const dup = byIndex.get(i);
    if (dup !== undefined) throw new RunsFileError(`shard ${i}/${count} given twice: ${dup.path} and ${f.path}`);
    byIndex.set(i, f);
  }
  for (let i = 0; i < count; i++) {
    const f = byIndex.get(i);
    if (f === undefined)
      throw new RunsFileError(
        `shard ${i}/${count} is missing (got ${[...byIndex.keys()]
          .sort((a, b) => a - b)
          .map((k) => `${k}/${count}`)
          .join(', ')})`,
      );
    const want = common.options.until ? f.info.runs : shardSize(common.runs, i, count);
    if (f.info.runs !== want) {
      throw new RunsFileError(`${f.path}: shard ${i}/${count} has ${f.info.runs} of its ${want} runs (finish it with --resume first)`);
    }
  }
  const total = common.options.until ? f0runs(byIndex) : common.runs;
  const readers = Array.from({ length: count }, (_, i) => {
    const f = byIndex.get(i) as { path: string; info: RunsFileInfo };
    return new RunsReader(f.path, f.info.validBytes);
  });
  const collector = new RunCollector(common, total);
  const sink = options.out !== undefined ? new AtomicLineFile(options.out) : undefined;
  try {
    // The scenario and policy the shards recorded (the same in every shard: their manifests,
    // scenario hash included, agree), so the merged file is the one one process writes,
    // down to its chain of sums.
    const { manifest: _m, ...extras } = readRunsHeader(first.path);
    const header = manifestLine(common, extras);
    const chain = new RunsChain(header, common.formatVersion);
    sink?.write(header + '\n');
    let lines = '';
    for (let j = 0; j < total; j++) {
      const reader = readers[j % count] as RunsReader;
      const run = reader.next();
      // The readers check each line's sum, run number and seed, naming the line.
      if (run === undefined || run.index !== j) throw new RunsFileError(`run ${j} is missing from shard ${j % count}/${count}`);
      takeRun(reader, run, (r) => collector.ingest(r));
      if (sink) {
        lines += chain.seal(runLine(run)) + '\n';
        if (lines.length > 1 << 20) {
          sink.write(lines);
          lines = '';
        }
      }
    }
    if (sink && lines) sink.write(lines);
    sink?.commit();
  } catch (e) {
    sink?.abandon();
    throw e;
  } finally {
    for (const r of readers) r.close();
  }
  return collector.result();
}

function f0runs(byIndex: Map<number, { info: RunsFileInfo }>): number {
  return (byIndex.get(0) as { info: RunsFileInfo }).info.runs;
}

/** Temporary files this process has opened: with the pid, a name no other writer uses. */
let tempFiles = 0;

/** A file written line by line to a temporary name and renamed into place at the end. */
class AtomicLineFile {
  private readonly tmp: string;
  private readonly fd: number;
  constructor(private readonly path: string) {
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++tempFiles}.tmp`);
    this.fd = openSync(this.tmp, 'wx');
  }
  write(text: string): void {
    const data = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < data.length) off += writeSync(this.fd, data, off, data.length - off);
  }
  commit(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
  }
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      /* already closed */
    }
    rmSync(this.tmp, { force: true });
  }
}

export type { Manifest };
