/**
 * File-system errors and file kinds in words, for one-line messages that never show a raw errno
 * message with its system call (`ENOSPC: no space left on device, write`).
 *
 * @module
 */
import type { Stats } from 'node:fs';

const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  EIO: 'input/output error',
  EINVAL: 'not a file that can be written and synced',
};

/** A file-system error as a few words and its code (`no space left on the device (ENOSPC)`); anything else, its message. */
export function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && Object.hasOwn(ERRNO_TEXT, code)) return `${ERRNO_TEXT[code]} (${code})`;
  return e instanceof Error ? e.message.replace(/\s*\n\s*/g, ' ') : String(e);
}

/** What a file is, in words (`a regular file`, `a character device`, `a FIFO`). */
export function fileKind(st: Stats): string {
  if (st.isFile()) return 'a regular file';
  if (st.isDirectory()) return 'a folder';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  return 'a special file';
}
