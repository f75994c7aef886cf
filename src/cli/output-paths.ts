/**
 * What an output path names, checked before any work: outputs never destroy data.
 *
 * - An output is a new path or a regular file, which is replaced atomically (atomic-write.ts).
 *   A symbolic link is followed: the file it points to is replaced and the link stays a link.
 * - A character device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written to as a
 *   stream, never renamed over, where the flag allows a stream (not a runs file, which must be
 *   read back and synced). A folder, a socket, a block device or a link to nothing is refused.
 * - The folder must take a new file: a temporary file is created there and removed, so that a
 *   read-only folder is a usage error before any work, not a failure after it.
 * - Outputs differ from each other and from every input (the same file under two names, by
 *   device and inode, counts as the same).
 *
 * @module
 */
import { closeSync, lstatSync, openSync, realpathSync, rmSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileKind } from '../experiment/fs-errors';
import { UsageError } from './usage-error';

/** How an output is written. */
export type OutputTarget =
  /** A new path or a regular file (`path` with links resolved): written to a temporary file, then renamed. */
  | { kind: 'file'; path: string; exists: boolean }
  /** A character device or a FIFO: opened and written, never renamed over. */
  | { kind: 'stream'; path: string };

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (e) {
    // Absent, or a part of its path is not a folder (the folder check below says which).
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/**
 * Where `path` would be written, and how.
 *
 * @param what - names the output in messages (`--out runs.ndjson`)
 * @param stream - whether a character device or a FIFO may be written as a stream
 * @throws UsageError for a path that cannot be an output
 */
export function outputTarget(what: string, path: string, stream: boolean): OutputTarget {
  if (path === '') throw new UsageError(`${what} needs a file name`);
  const own = lstatOrUndefined(path);
  if (own === undefined) {
    const dir = dirname(resolve(path));
    let st;
    try {
      st = statSync(dir);
    } catch {
      throw new UsageError(`${what}: the folder ${dirname(path)} does not exist`);
    }
    if (!st.isDirectory()) throw new UsageError(`${what}: ${dirname(path)} is not a folder`);
    return { kind: 'file', path: join(realpathSync(dir), basename(path)), exists: false };
  }
  let st = own;
  if (own.isSymbolicLink()) {
    try {
      st = statSync(path);
    } catch {
      throw new UsageError(`${what}: a symbolic link to a file that does not exist; give the file itself`);
    }
  }
  // A regular file is replaced where it is (a link's target, by its real path); a device or a
  // FIFO is opened by the name given (/dev/stdout resolves to a pipe that has no path).
  if (st.isFile()) return { kind: 'file', path: realpathSync(path), exists: true };
  if (st.isDirectory()) throw new UsageError(`${what}: is a folder, not a file`);
  if (stream && (st.isCharacterDevice() || st.isFIFO())) return { kind: 'stream', path };
  throw new UsageError(
    `${what}: is ${fileKind(st)}; ${stream ? 'an output is a regular file, a new path, a character device or a FIFO' : 'it must be a regular file or a new path'}`,
  );
}

let probes = 0;

/** A temporary file's name next to `target`, unique in this process. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${++probes}.tmp`);
}

/**
 * Creates and removes a temporary file next to `target`: its folder takes new files.
 *
 * @throws UsageError naming the folder and why not (read-only, permission)
 */
export function probeFolder(what: string, target: string): void {
  const tmp = tempPathFor(target);
  let fd;
  try {
    fd = openSync(tmp, 'wx');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const why =
      code === 'EROFS'
        ? 'it is on a read-only file system'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOSPC'
            ? 'no space left on the device'
            : (e as Error).message;
    throw new UsageError(`${what}: cannot create a file in ${dirname(target)}: ${why}${code ? ` (${code})` : ''}`);
  }
  closeSync(fd);
  rmSync(tmp, { force: true });
}

/** Identity of an existing file (device and inode), or the resolved path of a new one. */
function identity(path: string): string | undefined {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Checks that every output names a different file, and none names an input.
 *
 * @param outputs - flag and path of each output (`--out`, 'r.ndjson')
 * @param inputs - the files the command reads
 * @throws UsageError naming the two that collide
 */
export function checkDistinct(
  outputs: readonly { flag: string; path: string; target: OutputTarget }[],
  inputs: readonly { what: string; path: string }[],
): void {
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const id = identity(input.path);
    if (id !== undefined && !seen.has(id)) seen.set(id, input.what);
  }
  const inputIds = new Set(seen.keys());
  for (const o of outputs) {
    const id = (o.target.kind === 'file' && !o.target.exists ? `new:${o.target.path}` : identity(o.target.path)) ?? `new:${o.target.path}`;
    const other = seen.get(id);
    if (other !== undefined) {
      const reason = inputIds.has(id) ? `it is the input ${other}; writing it would destroy it` : `${other} writes the same file; one would destroy the other`;
      throw new UsageError(`--${o.flag} ${o.path}: ${reason}`);
    }
    seen.set(id, `--${o.flag} ${o.path}`);
  }
}
