/**
 * Where a command writes: injected so that commands stay testable and never touch the console
 * themselves.
 *
 * @module
 */

/** The command's two output channels. */
export interface CommandIO {
  /** Machine output and results (stdout). */
  out(text: string): void;
  /** Messages for people (stderr). */
  err(text: string): void;
}
