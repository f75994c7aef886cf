/**
 * Atomic file output: write to a temporary file in the same directory, flush it to disk, then
 * rename it over the target. A reader (or a crash) sees either the old file or the whole new
 * one, never a half-written file. The one exception in the CLI is the resumable runs file of
 * `mc --out`, which is appended to line by line on purpose (see docs/experiments.md).
 *
 * Only a regular file (or a new path) is ever replaced: a symbolic link is followed (the file it
 * points to is replaced, the link stays), and a character device or a FIFO (`/dev/null`,
 * `/dev/stdout`) is written to as a stream (output-paths.ts). The temporary file is registered
 * for removal should the command be stopped from outside (cleanup.ts).
 *
 * @module
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { errnoText } from '../experiment/fs-errors';
import { releaseOnStop, removeOnStop } from './stop';
import { outputTarget, tempPathFor } from './output-paths';

/** A write that failed, with a message for people (the file named, the reason in words). */
function writeFailure(path: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code;
  return Object.assign(new Error(`cannot write ${path}: ${errnoText(e)}; ${path} was not changed`), code !== undefined ? { code } : {});
}

function writeAll(fd: number, data: string | Uint8Array): void {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

/**
 * Writes `data` to `path` atomically (temporary file + fsync + rename), or as a stream to a
 * character device or a FIFO.
 *
 * @example
 * writeFileAtomic('summary.json', JSON.stringify(result, null, 2) + '\n');
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const target = outputTarget(path, path, true);
  if (target.kind === 'stream') {
    const fd = openSync(target.path, 'w');
    try {
      writeAll(fd, data);
    } catch (e) {
      // A reader that has gone (`--out /dev/stdout | head`) has read all it wanted.
      if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw writeFailure(path, e);
    } finally {
      closeSync(fd);
    }
    return;
  }
  const tmp = tempPathFor(target.path);
  removeOnStop(tmp);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeAll(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target.path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw writeFailure(path, e);
  } finally {
    releaseOnStop(tmp);
  }
}
