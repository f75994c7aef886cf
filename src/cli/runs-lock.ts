/**
 * An exclusive lock on a runs file, so that two processes never append to one file (a Slurm
 * task and its requeued copy, two shells): `mc --out runs.ndjson` holds `runs.ndjson.lock`,
 * a file naming its owner (pid, host, boot, start time), while it runs. A second writer fails at
 * once with a message naming the owner (exit status 1).
 *
 * The lock is created whole or not at all: its content is written to a temporary file, which is
 * then hard-linked to the lock's name (a link fails if the name exists, also over NFS). A lock
 * left by a process that died (kill -9, a crashed node) is stale and taken over:
 * - on the same host, when its process is gone (or the pid now belongs to a process started
 *   later, or the machine rebooted);
 * - from another host, whose processes cannot be seen, when the owner stopped touching it: an
 *   owner touches its lock every 30 s, and a lock untouched for 5 minutes is stale.
 *
 * @module
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { releaseOnStop, removeOnStop } from './stop';

/** How often an owner touches its lock, and when another host's untouched lock is stale. */
export const LOCK_TOUCH_MS = 30_000;
export const LOCK_STALE_MS = 5 * 60_000;

/** Who holds a lock. */
export interface LockOwner {
  pid: number;
  host: string;
  /** The kernel's boot id ('' where unknown): a lock from before a reboot is stale. */
  boot: string;
  /** The process's start time in clock ticks since boot ('' where unknown): tells a reused pid. */
  start: string;
  /** When the lock was taken (ISO 8601), for people. */
  since: string;
}

/** A runs file another process is writing. */
export class RunsLockError extends Error {
  override readonly name = 'RunsLockError';
}

/** A held lock. */
export interface RunsLock {
  readonly path: string;
  /** Removes the lock (if it is still this process's). */
  release(): void;
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

/** This process, as a lock names it. */
export function currentOwner(): LockOwner {
  // Field 22 of /proc/PID/stat, after the command name in parentheses (which may hold spaces).
  const stat = (pid: number) =>
    readOr(`/proc/${pid}/stat`, '')
      .replace(/^.*\)\s*/s, '')
      .split(' ')[19] ?? '';
  return {
    pid: process.pid,
    host: hostname(),
    boot: readOr('/proc/sys/kernel/random/boot_id', '').trim(),
    start: stat(process.pid),
    since: new Date().toISOString(),
  };
}

/** The start time of process `pid` ('' if unknown), as {@link currentOwner} records it. */
function startOf(pid: number): string {
  return (
    readOr(`/proc/${pid}/stat`, '')
      .replace(/^.*\)\s*/s, '')
      .split(' ')[19] ?? ''
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why the lock at `path`, held by `owner` (undefined: unreadable), is stale, or undefined if it is not. */
export function staleReason(path: string, owner: LockOwner | undefined, now = Date.now()): string | undefined {
  let age: number;
  try {
    age = now - statSync(path).mtimeMs;
  } catch {
    return 'it is gone';
  }
  const me = currentOwner();
  if (owner === undefined || owner.host !== me.host) {
    return age > LOCK_STALE_MS ? `not touched for ${Math.round(age / 60_000)} minutes` : undefined;
  }
  if (owner.boot !== '' && me.boot !== '' && owner.boot !== me.boot) return 'the machine restarted since';
  if (!alive(owner.pid)) return `process ${owner.pid} is gone`;
  const start = startOf(owner.pid);
  if (owner.start !== '' && start !== '' && owner.start !== start) return `pid ${owner.pid} is now another process`;
  return undefined;
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const o = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return typeof o === 'object' && o !== null && Number.isSafeInteger(o.pid) && typeof o.host === 'string' ? o : undefined;
  } catch {
    return undefined;
  }
}

let temps = 0;

/**
 * Takes the lock of the runs file `file` (`file.lock`), or fails at once.
 *
 * @throws RunsLockError when another live process holds it
 * @example
 * const lock = lockRunsFile('runs.ndjson');
 * try { ... } finally { lock.release(); }
 */
export function lockRunsFile(file: string): RunsLock {
  const path = `${file}.lock`;
  const owner = currentOwner();
  const text = JSON.stringify(owner) + '\n';
  const tmp = `${path}.${process.pid}.${++temps}.tmp`;
  removeOnStop(tmp);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    for (let attempt = 0; ; attempt++) {
      try {
        removeOnStop(path);
        createExclusive(tmp, path, text);
        break;
      } catch (e) {
        releaseOnStop(path);
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const holder = readOwner(path);
        const why = staleReason(path, holder);
        if (why === undefined || attempt >= 2) {
          const who = holder ? `process ${holder.pid} on ${holder.host} (since ${holder.since})` : 'another process';
          throw new RunsLockError(`${file} is being written by ${who}; wait for it to end or stop it (if it is gone, remove ${path})`);
        }
        breakStale(path, holder);
      }
    }
  } finally {
    rmSync(tmp, { force: true });
    releaseOnStop(tmp);
  }
  const touch = setInterval(() => {
    try {
      const t = new Date();
      utimesSync(path, t, t);
    } catch {
      /* removed by someone: release will find out */
    }
  }, LOCK_TOUCH_MS);
  touch.unref();
  return {
    path,
    release() {
      clearInterval(touch);
      // Only our own lock: never one another process took over meanwhile.
      if (readOr(path, '') === text) rmSync(path, { force: true });
      releaseOnStop(path);
    },
  };
}

/** Makes `path` a link to `tmp` (whole at once), or where links are not supported, creates it exclusively. */
function createExclusive(tmp: string, path: string, text: string): void {
  try {
    linkSync(tmp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    const fd = openSync(path, 'wx');
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * Removes a stale lock: renamed aside first, so that of two processes breaking it at once only
 * one does, and put back if what was renamed is not the lock found stale (someone else's fresh one).
 */
function breakStale(path: string, holder: LockOwner | undefined): void {
  const aside = `${path}.${process.pid}.${++temps}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // gone already
  }
  const taken = readOwner(aside);
  if (holder !== undefined && (taken === undefined || taken.pid !== holder.pid || taken.since !== holder.since)) {
    try {
      linkSync(aside, path);
    } catch {
      /* a third process holds it now */
    }
  }
  rmSync(aside, { force: true });
}
