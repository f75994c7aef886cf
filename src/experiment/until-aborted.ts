/**
 * Waiting on a block of runs while staying responsive to the caller's AbortSignal.
 *
 * @module
 */

/**
 * `p`, or the signal's reason as soon as the signal fires: one listener at a time on the caller's
 * signal (a listener a block would pass Node's limit of ten with four workers).
 */
export function untilAborted<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return p;
  if (signal.aborted) return Promise.reject(signal.reason as unknown);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as unknown);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
