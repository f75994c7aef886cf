/**
 * The report's error: a problem with its input (wrong scenario, nothing to report) or with what
 * it needs to draw (vega and vega-lite not installed).
 *
 * @module
 */

/** A problem with a report's input (wrong scenario, nothing to report), or its chart libraries missing. */
export class ReportError extends Error {
  override readonly name: string = 'ReportError';
}
