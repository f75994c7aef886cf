/**
 * Atomic file output: write to a temporary file in the same directory, flush it to disk, then
 * rename it over the target. A reader (or a crash) sees either the old file or the whole new
 * one, never a half-written file. The one exception in the CLI is the resumable runs file of
 * `mc --out`, which is appended to line by line on purpose (see docs/experiments.md).
 *
 * @module
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` to `path` atomically (temporary file + fsync + rename).
 *
 * @example
 * writeFileAtomic('summary.json', JSON.stringify(result, null, 2) + '\n');
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, 'wx');
  try {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, path);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
    rmSync(tmp, { force: true });
    throw e;
  }
}
