/**
 * Interrupting an experiment command: an AbortSignal that Ctrl-C or SIGTERM fires, a progress
 * bar, and the one line and exit status of an interrupted command (130 for Ctrl-C, 143 for
 * SIGTERM). Under the CLI's main thread (main.ts) the signal comes in `io.signal`; called
 * in-process, the command listens to the process's signals while it waits.
 *
 * @module
 */
import { InterruptError, SIGNAL_EXIT, type CommandIO, type InterruptSignal } from './io';
import { createProgressBar, type ExperimentProgress } from './progress';
import { abortableNow, noteOnStop } from './stop';
import { asUsage } from './usage-error';

const SIGNALS = Object.keys(SIGNAL_EXIT) as InterruptSignal[];

/** An AbortSignal for the command: `io.signal`, or one the process's signals fire (a second one exits at once). */
function interruptSignal(io: CommandIO): { signal: AbortSignal; dispose: () => void } {
  if (io.signal !== undefined) return { signal: io.signal, dispose: () => undefined };
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    const s = sig as InterruptSignal;
    if (controller.signal.aborted) process.exit(SIGNAL_EXIT[s]);
    controller.abort(new InterruptError(s));
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  return { signal: controller.signal, dispose: () => SIGNALS.forEach((s) => process.off(s, onSignal)) };
}

/**
 * Runs an experiment the way every experiment command does: a progress bar on stderr (only when
 * it is a terminal), Ctrl-C or SIGTERM to stop. Experiment errors about options become usage
 * errors (exit 2).
 *
 * @param note - said after "interrupted by SIGNAL" if the user stops it (how to resume)
 * @throws InterruptError when the user stopped it (main.ts prints it and exits 130 or 143)
 */
export async function runInteractive<T>(
  io: CommandIO,
  work: (signal: AbortSignal, onProgress: (p: ExperimentProgress) => void) => Promise<T>,
  note = '',
): Promise<T> {
  const bar = createProgressBar(io.errIsTerminal !== undefined ? { isTTY: io.errIsTerminal, write: (s: string) => io.err(s) } : process.stderr);
  const { signal, dispose } = interruptSignal(io);
  noteOnStop(note);
  abortableNow(true);
  try {
    signal.throwIfAborted();
    return await work(signal, (p) => bar.update(p));
  } catch (e) {
    bar.finish();
    if (signal.aborted) {
      const reason = signal.reason as unknown;
      throw new InterruptError(reason instanceof InterruptError ? reason.signal : 'SIGINT', note);
    }
    throw asUsage(e);
  } finally {
    bar.finish();
    abortableNow(false);
    noteOnStop('');
    dispose();
  }
}
