/**
 * Reading an input file that a user named (a scenario, a base it extends, a policy, a runs file,
 * a report's input): only a regular file, checked on the open descriptor (after following
 * links, before a byte is read), and never more than a stated number of bytes.
 *
 * Why on the descriptor: a path checked with `stat` and then opened can be swapped in between,
 * and opening a named pipe (FIFO) for reading blocks until a writer appears, so the file is
 * opened non-blocking first and only then looked at. A character device such as `/dev/zero`
 * never ends and a 1 GB sparse file costs no disk, so the size is checked before reading, and
 * the reading itself stops one byte past the bound (files under `/proc` report a size of 0).
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Why an input file cannot be used: one sentence, without the file's name (the caller adds it). */
export class InputFileProblem extends Error {
  override readonly name = 'InputFileProblem';
  constructor(
    message: string,
    /** The file-system error code, when there was one (ENOENT, EACCES, ...). */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** What kind of file a non-regular file is, for messages. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** One sentence for a file-system error on an input path. */
export function describeFsError(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'ENOTDIR':
      return 'file not found (a part of the path is not a directory)';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'ELOOP':
      return 'too many symbolic links in the path';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'ENXIO':
      return 'is not a regular file (a socket or a device without a reader)';
    default:
      return `the file cannot be read (${typeof code === 'string' ? code : e instanceof Error ? e.message : String(e)})`;
  }
}

/**
 * Opens `path` for reading if it is a regular file (links followed); the descriptor and the
 * file's size.
 *
 * @throws InputFileProblem saying why not (missing, a directory, a FIFO, a device, too large).
 */
export function openRegularFile(path: string, maxBytes = Infinity): { fd: number; size: number } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it has no effect on a regular file.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    throw new InputFileProblem(describeFsError(e), (e as { code?: string }).code);
  }
  let st: Stats;
  try {
    st = fstatSync(fd);
  } catch (e) {
    closeSync(fd);
    throw new InputFileProblem(describeFsError(e), (e as { code?: string }).code);
  }
  if (!st.isFile()) {
    closeSync(fd);
    throw new InputFileProblem(st.isDirectory() ? 'is a directory, not a file' : `is ${kindOf(st)}, not a regular file`);
  }
  if (st.size > maxBytes) {
    closeSync(fd);
    throw new InputFileProblem(tooLarge(st.size, maxBytes));
  }
  return { fd, size: st.size };
}

function tooLarge(size: number | undefined, maxBytes: number): string {
  return size !== undefined ? `file too large: ${size} bytes (at most ${maxBytes})` : `file too large: more than ${maxBytes} bytes`;
}

/**
 * The bytes of a regular file of at most `maxBytes` bytes.
 *
 * @throws InputFileProblem saying why the file cannot be read (see {@link openRegularFile}).
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  const { fd, size } = openRegularFile(path, maxBytes);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    // One read of the stated size, then small reads until the end (a file may grow, or under
    // /proc state a size of 0), never past maxBytes + 1.
    let want = Math.min(Math.max(size, 4096), maxBytes + 1);
    for (;;) {
      const chunk = Buffer.allocUnsafe(want);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, want, null);
      } catch (e) {
        throw new InputFileProblem(describeFsError(e), (e as { code?: string }).code);
      }
      if (n === 0) break;
      chunks.push(n === want ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new InputFileProblem(tooLarge(undefined, maxBytes));
      want = Math.min(65536, maxBytes + 1 - total);
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** The text (UTF-8) of a regular file of at most `maxBytes` bytes. @throws InputFileProblem */
export function readRegularText(path: string, maxBytes: number): string {
  return readRegularFile(path, maxBytes).toString('utf8');
}
