import { describe, expect, test } from 'vitest';
import { createProgressBar, renderProgress } from '../../src/cli/progress';

describe('the progress bar', () => {
  test('draws nothing into a pipe or a log file', () => {
    const written: string[] = [];
    const bar = createProgressBar({ isTTY: false, write: (s: string) => written.push(s) });
    bar.update({ done: 5, total: 10, played: 5 });
    bar.finish();
    expect(written).toEqual([]);
  });

  test('on a terminal: done of total, a rate measured by the bar itself, then a cleared line', () => {
    const written: string[] = [];
    const bar = createProgressBar({ isTTY: true, write: (s: string) => written.push(s) });
    bar.update({ done: 10, total: 10, played: 10 });
    bar.finish();
    expect(written[0]).toMatch(/\] 10\/10 runs\s+\d+(\.\d)? runs\/s/);
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  test('time left follows from the rate', () => {
    expect(renderProgress({ done: 50, total: 100, runsPerSecond: 10 }, 10)).toBe('[#####.....] 50/100 runs  10.0 runs/s  0:05 left');
    expect(renderProgress({ done: 0, total: 100, runsPerSecond: 0 }, 10)).toContain('--:-- left');
  });
});
