/**
 * The one error an experiment rejects with, whatever went wrong (besides a scenario that does not
 * validate, a `ScenarioError`, and an abort, the signal's reason): bad options and input files,
 * but also a run that failed in a worker thread, a callback that threw, a policy module that did
 * not load, or a disk that filled up. Failures are data: the message is one line for people, the
 * original error is the `cause`, and `kind` says whose it is, which the CLI maps to its exit
 * status (2 for `'usage'`, 1 for `'runtime'`).
 *
 * @module
 */

/** Whose mistake an {@link ExperimentError} reports. */
export type ExperimentErrorKind = 'usage' | 'runtime';

/** Options of {@link ExperimentError}. */
export interface ExperimentErrorOptions {
  /** `'usage'` (default): the options or input files; `'runtime'`: the runs, callbacks, modules or disk. */
  kind?: ExperimentErrorKind;
  /** The error behind this one. */
  cause?: unknown;
}

/**
 * A failed experiment, with a one-line message for people.
 *
 * @example
 * try {
 *   await runMonteCarlo(scenario, { runs: 100, seed: 1, perTurn: ['nope'] });
 * } catch (e) {
 *   if (e instanceof ExperimentError) console.error(e.message, e.kind); // ... 'usage'
 * }
 */
export class ExperimentError extends Error {
  override readonly name: string = 'ExperimentError';
  /** `'usage'`: the options or input files are wrong; `'runtime'`: the experiment failed while running. */
  readonly kind: ExperimentErrorKind;

  constructor(message: string, options: ExperimentErrorOptions = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.kind = options.kind ?? 'usage';
  }
}

/** The message of anything thrown, as one line (a worker's error may span several). */
export function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message || e.name : typeof e === 'string' ? e : describeThrown(e);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Something thrown that is not an Error: never "[object Object]". */
function describeThrown(e: unknown): string {
  if (typeof e === 'object' && e !== null) {
    const m = (e as { message?: unknown }).message;
    if (typeof m === 'string' && m !== '') return m;
    try {
      const json = JSON.stringify(e);
      if (json !== undefined && json !== '{}') return json.length > 200 ? `${json.slice(0, 200)}...` : json;
    } catch {
      /* a cycle or a BigInt: fall through */
    }
    return `a thrown ${Object.prototype.toString.call(e).slice(8, -1)} without a message`;
  }
  return String(e);
}

/**
 * A failure while an experiment ran, as a runtime {@link ExperimentError}: `where` says what
 * failed ("onProgress", "runs 64-127 in a worker thread"), the cause keeps the original.
 * An ExperimentError or an abort passes through unchanged.
 */
export function runtimeFailure(where: string, e: unknown): unknown {
  if (e instanceof ExperimentError || isAbortReason(e)) return e;
  return new ExperimentError(`${where}: ${oneLine(e)}`, { kind: 'runtime', cause: e });
}

/** Whether `e` is what an aborted signal rejects with (an AbortError or a TimeoutError). */
export function isAbortReason(e: unknown): boolean {
  return e instanceof Error && (e.name === 'AbortError' || e.name === 'TimeoutError');
}
