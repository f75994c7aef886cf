/**
 * Where a command writes, and how it hears that the user wants it to stop: injected so that
 * commands stay testable and never touch the console or the process's signals themselves.
 *
 * @module
 */

/** The command's two output channels, and its interruption. */
export interface CommandIO {
  /** Machine output and results (stdout). */
  out(text: string): void;
  /** Messages for people (stderr). */
  err(text: string): void;
  /**
   * Aborted when the user interrupts the command (Ctrl-C, SIGTERM); its reason is an
   * {@link InterruptError}. Absent when a command is called in-process (tests): the command then
   * listens to the process's signals itself while it waits for an experiment.
   */
  signal?: AbortSignal;
  /** Whether `err` goes to a terminal, where progress bars are drawn (default: process.stderr's). */
  errIsTerminal?: boolean;
  /**
   * Set when stdin and stdout are a terminal that the main thread put in raw mode for the
   * command (`play`): the command edits its input line itself (readline), in this many columns.
   */
  terminalColumns?: number;
}

/** Exit status of a command stopped by a signal: 128 + the signal's number, as shells report it. */
export const SIGNAL_EXIT: Readonly<Record<InterruptSignal, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/** The signals that interrupt a command. */
export type InterruptSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/** What an interrupted command's AbortSignal carries: the signal that stopped it. */
export class InterruptError extends Error {
  override readonly name = 'AbortError';
  /**
   * @param signal - the signal that stopped the command
   * @param note - what the user should know, e.g. how to resume ('' for nothing)
   */
  constructor(
    readonly signal: InterruptSignal,
    readonly note = '',
  ) {
    super(`interrupted by ${signal}`);
  }
  /** The exit status for this signal (130 for Ctrl-C, 143 for SIGTERM). */
  get exitCode(): number {
    return SIGNAL_EXIT[this.signal];
  }
}
