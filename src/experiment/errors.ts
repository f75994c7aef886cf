/**
 * Errors an experiment reports about how it was asked (bad options, a runs file that does not
 * match): the CLI prints their one-line message and exits with status 2.
 *
 * @module
 */

/** A mistake in an experiment's options or input files, with a message for people. */
export class ExperimentError extends Error {
  override readonly name: string = 'ExperimentError';
}
