/**
 * A one-line progress bar on stderr, with runs per second and time left; drawn only when stderr
 * is a terminal (never into a pipe or a log file), at most ten times a second.
 *
 * @module
 */

/** What the bar shows. */
export interface ProgressState {
  done: number;
  total: number;
  runsPerSecond: number;
}

/** What an experiment reports: runs done of the total, and runs played by this process. */
export interface ExperimentProgress {
  done: number;
  total: number;
  played: number;
}

/** A progress bar: `update` as work advances, `finish` to clear the line. */
export interface ProgressBar {
  update(p: ExperimentProgress): void;
  finish(): void;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** The text of the bar (exported for tests). */
export function renderProgress(p: ProgressState, width = 30, label = 'runs'): string {
  const frac = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const filled = Math.round(frac * width);
  const left = p.runsPerSecond > 0 ? (p.total - p.done) / p.runsPerSecond : NaN;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} ${label}  ${p.runsPerSecond.toFixed(1)} runs/s  ${clock(left)} left`;
}

/**
 * A bar on `stream` if it is a terminal, else one that does nothing.
 *
 * @param stream - usually `process.stderr`
 */
export function createProgressBar(stream: { isTTY?: boolean; write(s: string): unknown } = process.stderr, label = 'runs'): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, finish: () => undefined };
  let last = 0;
  let drawn = false;
  // The rate is measured here, from the first report on: the experiment layer reads no clock.
  let start: { time: number; played: number } | undefined;
  return {
    update(p) {
      const now = Date.now();
      start ??= { time: now, played: p.played };
      if (now - last < 100 && p.done < p.total) return;
      last = now;
      drawn = true;
      const secs = (now - start.time) / 1000;
      const runsPerSecond = secs > 0 ? (p.played - start.played) / secs : 0;
      stream.write(`\r${renderProgress({ done: p.done, total: p.total, runsPerSecond }, 30, label)}\x1b[K`);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
