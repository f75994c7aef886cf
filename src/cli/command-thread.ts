/**
 * The thread a CLI command runs in (built as `dist/cli-command.js`). The process's main thread
 * (main.ts) starts it and stays free to answer signals and to write its output; this thread runs
 * {@link main} and reports over a message port:
 *
 * - `{ kind: 'out' | 'err', text }`: output, in order;
 * - `{ kind: 'add' | 'remove', path }`, `{ kind: 'note', text }`, `{ kind: 'abortable', on }`:
 *   how to stop it (stop.ts);
 * - `{ kind: 'done', code }`: the exit status, last.
 *
 * It hears `{ kind: 'interrupt', signal }` when the user presses Ctrl-C or the process gets
 * SIGTERM, which aborts the command's AbortSignal.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { closeWorkerPool } from '../experiment/pool';
import { main } from './dispatch';
import { InterruptError, type CommandIO, type InterruptSignal } from './io';
import { setStopHooks } from './stop';

/** What main.ts gives the thread. */
export interface CommandThreadData {
  argv: string[];
  port: MessagePort;
  errIsTerminal: boolean;
  /** Columns of the terminal in raw mode that stdin and stdout are (play), else undefined. */
  terminalColumns?: number;
}

/** A message from the command thread to the main thread. */
export type CommandMessage =
  | { kind: 'out' | 'err'; text: string }
  | { kind: 'add' | 'remove'; path: string }
  | { kind: 'note'; text: string }
  | { kind: 'abortable'; on: boolean }
  | { kind: 'done'; code: number };

const { argv, port, errIsTerminal, terminalColumns } = workerData as CommandThreadData;
const send = (m: CommandMessage) => port.postMessage(m);
const controller = new AbortController();

port.on('message', (m: { kind: string; signal?: InterruptSignal }) => {
  if (m.kind === 'interrupt' && m.signal !== undefined && !controller.signal.aborted) controller.abort(new InterruptError(m.signal));
});

setStopHooks({
  add: (path) => send({ kind: 'add', path }),
  remove: (path) => send({ kind: 'remove', path }),
  note: (text) => send({ kind: 'note', text }),
  abortable: (on) => send({ kind: 'abortable', on }),
});

const io: CommandIO = {
  out: (text) => send({ kind: 'out', text }),
  err: (text) => send({ kind: 'err', text }),
  signal: controller.signal,
  errIsTerminal,
  ...(terminalColumns !== undefined ? { terminalColumns } : {}),
};

main(argv, io)
  .then(
    (code) => code,
    (e: unknown) => {
      send({ kind: 'err', text: `frontier-sim: ${e instanceof Error ? e.message : String(e)}\n` });
      return 1;
    },
  )
  // The command is over: the warm worker pool (experiment/pool.ts) has no next experiment here.
  .then(async (code) => {
    await closeWorkerPool().catch(() => undefined);
    finish(code);
  });

function finish(code: number): void {
  send({ kind: 'done', code });
  // Nothing else is coming: let the thread end even if some handle (a timer, a pool) lingers.
  port.close();
}
