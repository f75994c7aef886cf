/**
 * The `frontier-sim` command's entry (dist/cli.js). The command itself runs in a thread of its
 * own (command-thread.ts, dist/cli-command.js), so that this thread is always free to:
 *
 * - answer Ctrl-C and SIGTERM within a second, whatever the command is doing (reading a file,
 *   playing a long run in the calling thread, waiting on a FIFO): an experiment that is waiting
 *   on its workers is asked to stop and gets a moment to finish its runs file on a complete line
 *   and to say how to resume; anything else, or an experiment that does not stop in time, is
 *   stopped at once. Either way the files it registered (temporary files, a runs file's lock)
 *   are removed and one line is printed; the exit status is 130 for Ctrl-C, 143 for SIGTERM
 *   (129 for SIGHUP). A second Ctrl-C stops it at once.
 * - write its output, and treat a closed stdout (`frontier-sim run ... | head -1`, EPIPE) as the
 *   reader having seen enough: the rest of the output is dropped, quietly, and the command's own
 *   exit status stands.
 *
 * @module
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { CommandMessage, CommandThreadData } from './command-thread';

/** Exit status of a command stopped by a signal (128 + its number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type StopSignal = keyof typeof SIGNAL_EXIT;

/** How long a command waiting on an experiment gets to stop by itself after a signal. */
const GRACE_MS = 500;
/**
 * How long stopping the command's thread may take before the process ends without it, killed by
 * the signal itself (only a thread stuck in a system call takes that long; a loaded machine can
 * take a few hundred milliseconds to stop a busy one).
 */
const TERMINATE_MS = 1_000;

/** The command thread's module, next to this one (built, or the TypeScript source under tsx). */
function commandEntry(): { url: URL; execArgv: string[] } {
  const here = import.meta.url;
  if (/\.[cm]?ts$/.test(new URL(here).pathname)) return { url: new URL('./command-thread.ts', here), execArgv: ['--import', 'tsx'] };
  return { url: new URL('./cli-command.js', here), execArgv: [] };
}

class Supervisor {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  /** Files to remove if the command is stopped. */
  private readonly registered = new Set<string>();
  private note = '';
  private abortable = false;
  private done = false;
  private interrupted: StopSignal | undefined;
  private grace: NodeJS.Timeout | undefined;
  private stopping = false;
  private stdoutClosed = false;
  private readonly errIsTerminal = Boolean(process.stderr.isTTY);

  constructor(argv: string[]) {
    const { port1, port2 } = new MessageChannel();
    const { url, execArgv } = commandEntry();
    // `play` reads the person's commands: the thread's stdin is this process's, passed through;
    // at a terminal, in raw mode, so that the command's readline edits and completes the line
    // (the terminal's mode is restored when the process exits, however it exits).
    const interactive = argv[0] === 'play';
    const raw = interactive && process.stdin.isTTY === true && process.stdout.isTTY === true;
    if (raw) {
      process.stdin.setRawMode(true);
      process.on('exit', () => process.stdin.setRawMode(false));
    }
    const data: CommandThreadData = {
      argv,
      port: port2,
      errIsTerminal: this.errIsTerminal,
      ...(raw ? { terminalColumns: process.stdout.columns || 80 } : {}),
    };
    this.port = port1;
    this.port.on('message', (m: CommandMessage) => this.handle(m));
    // The thread inherits node's options (heap size...), plus tsx's loader when run from the sources.
    this.worker = new Worker(url, {
      workerData: data,
      transferList: [port2],
      stdin: interactive,
      ...(execArgv.length > 0 ? { execArgv: [...process.execArgv, ...execArgv] } : {}),
    });
    if (interactive && this.worker.stdin !== null) {
      process.stdin.pipe(this.worker.stdin);
      this.worker.on('exit', () => {
        process.stdin.unpipe();
        process.stdin.destroy();
      });
    }
    this.worker.on('error', (e) => this.crashed(e));
    this.worker.on('exit', (code) => this.exited(code));
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      // The reader has gone (head): drop the rest of the output, quietly.
      if (e.code === 'EPIPE') this.stdoutClosed = true;
    });
    process.stderr.on('error', () => undefined);
    for (const s of Object.keys(SIGNAL_EXIT) as StopSignal[]) process.on(s, () => this.signal(s));
  }

  private handle(m: CommandMessage, replaying = false): void {
    switch (m.kind) {
      case 'out':
        if (!this.stdoutClosed && !replaying) process.stdout.write(m.text);
        break;
      case 'err':
        if (!replaying) process.stderr.write(m.text);
        break;
      case 'add':
        this.registered.add(m.path);
        break;
      case 'remove':
        this.registered.delete(m.path);
        break;
      case 'note':
        this.note = m.text;
        break;
      case 'abortable':
        this.abortable = m.on;
        break;
      case 'done':
        this.done = true;
        if (this.grace) clearTimeout(this.grace);
        if (!this.stopping) process.exitCode = m.code;
        // The command is over: its thread should end by itself; if some handle keeps it, stop it.
        setTimeout(() => void this.worker.terminate(), 2_000).unref();
        break;
    }
  }

  /** Takes the messages the command sent but this thread has not handled yet (what it registered last). */
  private drain(): void {
    for (let m = receiveMessageOnPort(this.port); m !== undefined; m = receiveMessageOnPort(this.port)) this.handle(m.message as CommandMessage, this.stopping);
  }

  private signal(sig: StopSignal): void {
    if (this.interrupted !== undefined) {
      // A second Ctrl-C means now. A repeated SIGTERM does not: supervisors (Slurm, systemd,
      // Kubernetes) may send it more than once, and follow with SIGKILL when they mean it.
      if (sig === 'SIGINT') this.stop(this.interrupted);
      return;
    }
    this.interrupted = sig;
    this.drain();
    if (this.done) return;
    this.port.postMessage({ kind: 'interrupt', signal: sig });
    if (this.abortable) this.grace = setTimeout(() => this.stop(sig), GRACE_MS);
    else this.stop(sig);
  }

  /**
   * Stops the command's thread now: says so at once, then, once the thread has stopped (and can
   * no longer create a file), removes what it registered and exits with the signal's status.
   */
  private stop(sig: StopSignal): void {
    if (this.stopping) return;
    if (this.grace) clearTimeout(this.grace);
    // What the command sent last: if it has ended (and said so), there is nothing to stop.
    this.drain();
    if (this.done) return;
    this.stopping = true;
    process.stderr.write(`${this.errIsTerminal ? '\r\x1b[K' : ''}frontier-sim: interrupted by ${sig}${this.note ? `; ${this.note}` : ''}\n`);
    let ended = false;
    const end = (how: 'exit' | 'raise') => {
      if (ended) return;
      ended = true;
      this.removeRegistered();
      if (how === 'exit') process.exit(SIGNAL_EXIT[sig]);
      // The thread is stuck in a system call (a FIFO, a dead network file system): exiting would
      // wait for it, so end the way the signal itself would have.
      process.removeAllListeners(sig);
      process.kill(process.pid, sig);
    };
    this.worker.terminate().then(
      () => end('exit'),
      () => end('exit'),
    );
    setTimeout(() => end('raise'), TERMINATE_MS).unref();
  }

  /** Removes the files the command registered (a name ending in `*`: a prefix in its folder). */
  private removeRegistered(): void {
    for (const path of this.registered) {
      try {
        if (!path.endsWith('*')) {
          rmSync(path, { force: true });
          continue;
        }
        const dir = dirname(path);
        const prefix = basename(path).slice(0, -1);
        for (const name of readdirSync(dir)) if (name.startsWith(prefix)) rmSync(join(dir, name), { force: true });
      } catch {
        /* gone already, or its folder is: nothing to remove */
      }
    }
    this.registered.clear();
  }

  private crashed(e: Error): void {
    if (this.stopping) return;
    this.removeRegistered();
    process.stderr.write(`frontier-sim: ${e.message.replace(/\s*\n\s*/g, ' ')}\n`);
    if (process.env.FRONTIER_SIM_DEBUG) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 1;
  }

  private exited(code: number): void {
    this.drain();
    this.port.close();
    if (this.stopping || this.done) return;
    // The thread ended without reporting (crashed() said why, or it exited on its own).
    this.removeRegistered();
    if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = code === 0 ? 1 : code;
  }
}

new Supervisor(process.argv.slice(2));
