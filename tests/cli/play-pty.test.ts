/**
 * `frontier-sim play` end to end through a pseudo-terminal: the real built CLI (dist/cli.js)
 * under util-linux's `script` (package bsdutils, essential on every Debian system, so present
 * on a fresh Debian node image without an install), typed commands in, screen text out.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, DEFAULT_SCENARIO } from '../helpers/paths';

const dir = mkdtempSync(join(tmpdir(), 'fsim-play-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A CSI escape sequence (cursor moves of readline at a terminal that is not dumb). */
const CSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `frontier-sim play ARGS` in a pseudo-terminal and types each line once the prompt that
 * ends the screen so far is shown; returns the screen text (CRs dropped) and the exit code.
 */
function playInPty(args: string[], lines: readonly string[], term = 'dumb'): Promise<{ screen: string; code: number | null }> {
  const command = [process.execPath, CLI, 'play', ...args].map(quote).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, COLUMNS: '100', TERM: term } });
  let screen = '';
  let next = 0;
  let prompts = 0;
  /**
   * Types a line as keystrokes: readline takes a chunk of several characters for a paste, in
   * which a Tab is a character, so each Tab goes alone, once the screen has shown what came
   * before it (or after 2 s).
   */
  const typeLine = async (line: string) => {
    for (const part of line.split(/(?=\t)|(?<=\t)/)) {
      const before = screen.length;
      child.stdin.write(part);
      for (let waited = 0; screen.length === before && waited < 2_000 && part !== '\n'; waited += 20) await new Promise((r) => setTimeout(r, 20));
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no prompt after:\n${screen.slice(-2000)}`));
    }, 120_000);
    child.stdout.on('data', (d: Buffer) => {
      // A terminal that is not dumb gets readline's cursor moves (CSI sequences): the text is what counts.
      screen += d.toString('utf8').replace(/\r/g, '').replace(CSI, '');
      // A prompt is 'turn N> ' or 'game over> ' at the end of the screen.
      const count = (screen.match(/(turn \d+|game over)> /g) ?? []).length;
      if (count > prompts && /(turn \d+|game over)> $/.test(screen) && next < lines.length) {
        prompts = count;
        void typeLine(`${lines[next++]}\n`);
      }
    });
    child.stderr.on('data', (d: Buffer) => (screen += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ screen, code });
    });
  });
}

describe('frontier-sim play in a pseudo-terminal', () => {
  test('a game as blue: orders, a bad command that changes nothing, next, undo, save, quit; then --replay', async () => {
    const record = join(dir, 'game.json');
    const { screen, code } = await playInPty(
      [DEFAULT_SCENARIO, '--as', 'blue', '--opponent', 'adaptive-smuggler', '--turns', '4', '--seed', '7'],
      [
        'help',
        'refugees open',
        'launch missiles',
        'deploy nobody panj',
        'orders',
        'next',
        'guards russia panj,farkhor 100',
        'next',
        'undo',
        'next',
        `save ${record}`,
        'quit',
      ],
    );
    expect(code).toBe(0);
    // The report: the strip of the border west to east, in 100 columns.
    expect(screen).toContain('== turn 0 of 4 · 2021-08-16 · blue (you) vs red: adaptive-smuggler ==');
    const strip = screen.split('\n').filter((l) => /^(shaartuz|panj|wakhan)\s/.test(l));
    expect(strip.length).toBeGreaterThanOrEqual(3);
    for (const line of screen.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    expect(screen).toMatch(/refugees open\|closed\|default\s+open or close the border to refugees/);
    // Bad commands get a message and change nothing: the orders listed are the good one only.
    expect(screen).toContain("unknown command 'launch' for blue; type help");
    expect(screen).toContain('refused: unknown unit "nobody"');
    expect(screen).toMatch(/ {2}1\. refugees open\n(turn 0> )/);
    expect(screen).toContain('turn 0 played.');
    expect(screen).toContain('back to turn 1; its orders are given again');
    expect(screen).toMatch(/invite-guards: 100 russia guards to each of panj, farkhor/);
    expect(screen).toContain(`saved 2 turn(s) to ${record}`);
    // Blue never sees the got-aways.
    expect(screen).not.toMatch(/got ?away/i);
    const file = JSON.parse(readFileSync(record, 'utf8'));
    expect(file.players).toEqual({ blue: 'person', red: 'policy:adaptive-smuggler' });
    expect(file.turns[1].orders.blue).toEqual([{ type: 'invite-guards', side: 'russia', sectors: ['panj', 'farkhor'], personnelPerSector: 100 }]);

    const again = await playInPty([DEFAULT_SCENARIO, '--replay', record], []);
    expect(again.code).toBe(0);
    expect(again.screen).toMatch(/== turn 1 · 2021-08-23 · hash [0-9a-f]{16} reproduced ==/);
    expect(again.screen).toContain('every state hash reproduced (2 turns)');
  }, 180_000);

  test("as red: hold and surge orders within the scenario's limits", async () => {
    const { screen, code } = await playInPty([DEFAULT_SCENARIO, '--as', 'red', '--turns', '2'], ['surge heroin 5', 'hold heroin', 'next', 'quit']);
    expect(code).toBe(0);
    expect(screen).toContain("refused: tempo 5 is above the scenario's limit 1.5 (sides.red.maxSurge)");
    expect(screen).toContain('ok: hold heroin');
    expect(screen).toMatch(/heroin\s+smuggling\s+strength [\d,]+, tempo 0/);
    expect(screen).not.toMatch(/est\. crossings/);
  }, 180_000);

  test('Tab completes commands, order names and ids at a terminal (readline in raw mode)', async () => {
    const { screen, code } = await playInPty(
      [DEFAULT_SCENARIO, '--as', 'red', '--turns', '2'],
      // Typed as a person would: a prefix and Tab, then the rest; each line ends with Enter.
      ['sp\the\tpa\t3', 'bri\tborder-kh\t5000', 're\t\t', 'reinf\ttal\t10', 'quit'],
      'xterm',
    );
    expect(code).toBe(0);
    // Each prefix was completed on the screen, and the completed line was the order given.
    expect(screen).toContain('split heroin panj=3');
    expect(screen).toContain('ok: split heroin panj=3');
    expect(screen).toContain('bribe border-khorog 5000');
    expect(screen).toContain("refused: bribe of 5,000 USD is more than red's budget left, 0 USD (sides.red.budgetUsd)");
    // An ambiguous prefix lists the candidates it could be.
    expect(screen).toMatch(/reinforce\s+report\s+resume/);
    expect(screen).toContain('reinforce taliban 10');
    expect(screen).toContain("refused: reinforce: 10 recruits is more than red's pool left, 0 (sides.red.recruitPool)");
  }, 180_000);
});
