/**
 * How a command prepares to be stopped from outside (Ctrl-C, SIGTERM). The CLI runs each
 * command in a thread of its own (main.ts), whose main thread answers signals at once and can
 * stop the command's thread at any moment. So the command tells it, as it goes:
 *
 * - which files to remove if it is stopped: the temporary file of an atomic write, the lock of a
 *   runs file (registered before the file is created, released once it is renamed or removed);
 * - what to tell the user then (how to resume);
 * - whether it is waiting on work that an abort ends cleanly (an experiment), which is given a
 *   moment to stop by itself; any other command is stopped at once.
 *
 * In-process (tests, the library) nothing listens and these calls do nothing.
 *
 * @module
 */

/** Where a command's stop preparations go. */
export interface StopHooks {
  add(path: string): void;
  remove(path: string): void;
  note(text: string): void;
  abortable(on: boolean): void;
}

const NOTHING: StopHooks = { add: () => undefined, remove: () => undefined, note: () => undefined, abortable: () => undefined };
let hooks: StopHooks = NOTHING;

/** Sets where preparations go (the command thread does, once). */
export function setStopHooks(h: StopHooks): void {
  hooks = h;
}

/**
 * Registers a file to remove if the command is stopped before {@link releaseOnStop}; a name
 * ending in `*` stands for every file of that folder whose name starts with what precedes it.
 */
export function removeOnStop(path: string): void {
  hooks.add(path);
}

/** The file is in place (or gone): stopping the command no longer removes it. */
export function releaseOnStop(path: string): void {
  hooks.remove(path);
}

/** What to add to "interrupted by SIGNAL" if the command is stopped ('' for nothing). */
export function noteOnStop(text: string): void {
  hooks.note(text);
}

/** Whether the command is waiting on work that ends cleanly when its AbortSignal fires. */
export function abortableNow(on: boolean): void {
  hooks.abortable(on);
}
