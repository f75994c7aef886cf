/**
 * CLI misuse, for EVERY command that `frontier-sim --help` lists (a new command fails the first
 * test until it has a valid invocation in VALID below, and is then covered by every case):
 * unknown flags; a missing, unreadable or directory input; a bad seed; an output path in a
 * missing folder or naming a folder. Each must give a one-line message on stderr, exit code 2,
 * no stack trace, nothing on stdout, and no output file (nor temporary file) left behind.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_FLAGS } from '../../src/cli/args';
import { runCli, type CliResult } from '../helpers/cli';
import { minimalScenario } from './helpers';

const WORK = mkdtempSync(join(tmpdir(), 'fsim-misuse-'));
const SCENARIO = join(WORK, 'scenario.json');
const POLICY = join(WORK, 'policy.json');
const RUNS = join(WORK, 'runs.ndjson');
// With a calibration target, so that calibrate has something to calibrate against.
writeFileSync(
  SCENARIO,
  JSON.stringify(
    {
      ...minimalScenario(),
      targets: [{ id: 'seized', metric: 'smuggling.kgSeized', per: 'smuggling.kgAttempted', era: 'test', band: [0.01, 0.5], source: 'test' }],
    },
    null,
    2,
  ),
);
writeFileSync(POLICY, JSON.stringify({ name: 'more-sensors', overlay: { sectors: [{ id: 'panj', sensorDetection: 0.5 }] } }));

/**
 * A valid, quick invocation of each command. Placeholders: {scenario} a scenario file, {policy} a
 * policy file, {runs} a runs file (from `mc --out`), {out} a fresh output path. The first one of
 * {scenario}/{runs} is the command's main input, which the path cases replace.
 */
const VALID: Record<string, string[]> = {
  run: ['{scenario}', '--turns', '1'],
  validate: ['{scenario}'],
  mc: ['{scenario}', '--runs', '2', '--workers', '1', '--turns', '1', '--out', '{out}'],
  compare: ['{scenario}', '--policy', '{policy}', '--runs', '2', '--workers', '1', '--turns', '1', '--out', '{out}'],
  sweep: ['{scenario}', '--param', '/parameters/detection/sweepWidthKm=1,2', '--runs', '1', '--workers', '1', '--turns', '1', '--out', '{out}'],
  merge: ['{runs}', '--out', '{out}'],
  report: ['{runs}', '--out', '{out}'],
  calibrate: ['{scenario}', '--points', '8', '--replications', '2', '--waves', '1', '--workers', '1', '--turns', '1', '--out', '{out}'],
  // Reads its commands from stdin: none here, so it prints the first report and ends.
  play: ['{scenario}', '--as', 'blue', '--turns', '1'],
  replay: ['{scenario}', '--seed', '3', '--turns', '1', '--policy', '{policy}', '--out', '{out}'],
  optimize: [
    '{scenario}',
    '--personnel',
    '+20',
    '--step',
    '10',
    '--turns',
    '1',
    '--runs',
    '2',
    '--levels',
    '1',
    '--final-runs',
    '2',
    '--finalists',
    '1',
    '--workers',
    '1',
    '--out',
    '{out}',
  ],
};

/** The commands `frontier-sim --help` lists. */
function listedCommands(): string[] {
  const help = runCli(['--help']);
  expect(help.code).toBe(0);
  const section = help.stdout.split(/^Commands:\s*$/m)[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z][a-z0-9-]*) {2,}\S/gm)].map((m) => m[1] as string);
}

const COMMANDS = listedCommands();
const HELP: Record<string, string> = Object.fromEntries(COMMANDS.map((c) => [c, runCli([c, '--help']).stdout]));
const takes = (command: string, flag: string) => new RegExp(`^\\s+${flag}[ =,]`, 'm').test(HELP[command] ?? '');

let caseNo = 0;
/** A fresh, empty folder for one case's outputs. */
function freshDir(): string {
  const d = join(WORK, `case-${++caseNo}`);
  mkdirSync(d);
  return d;
}

/** The command's valid invocation with placeholders filled in (input replaced when given). */
function invocation(command: string, outDir: string, input?: string): string[] {
  const template = VALID[command];
  if (template === undefined) throw new Error(`no valid invocation for '${command}' in VALID`);
  let replaced = false;
  return [
    command,
    ...template.map((a) => {
      if ((a === '{scenario}' || a === '{runs}') && input !== undefined && !replaced) {
        replaced = true;
        return input;
      }
      return a.replace('{scenario}', SCENARIO).replace('{policy}', POLICY).replace('{runs}', RUNS).replace('{out}', join(outDir, 'out.txt'));
    }),
  ];
}

/** The contract of every misuse. */
function expectMisuse(r: CliResult, outDir: string, what: string): void {
  const context = `${what}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  expect(r.code, context).toBe(2);
  expect(r.stdout, context).toBe('');
  expect(r.stderr.endsWith('\n'), context).toBe(true);
  expect(r.stderr.trimEnd().split('\n'), context).toHaveLength(1);
  expect(r.stderr, context).toMatch(/\S/);
  expect(r.stderr, context).not.toMatch(/\bat .*[:(].*\d+:\d+\)?$|node:internal|Error:\s|\n\s+at /m);
  expect(readdirSync(outDir), `${context}\nfiles left behind`).toEqual([]);
}

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

beforeAll(() => {
  const r = runCli(['mc', SCENARIO, '--runs', '2', '--workers', '1', '--turns', '1', '--out', RUNS]);
  expect(r.code, r.stderr).toBe(0);
});

describe('CLI misuse: every command', () => {
  it('the test knows a valid invocation of every listed command, and each succeeds', () => {
    expect(COMMANDS).toEqual(expect.arrayContaining(['run', 'validate']));
    for (const c of COMMANDS) {
      expect(VALID, `add a valid invocation of the new command '${c}' to VALID`).toHaveProperty(c);
      const dir = freshDir();
      const r = runCli(invocation(c, dir));
      expect(r.code, `${c}: ${r.stderr}`).toBe(0);
    }
    // One process per command, one after the other (about twenty): a loaded machine needs more than the default minute.
  }, 240_000);

  it('no command, or an unknown one: exit 2, nothing on stdout', () => {
    const none = runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Usage: frontier-sim');
    const dir = freshDir();
    expectMisuse(runCli(['frobnicate', SCENARIO]), dir, 'unknown command');
  });

  describe.each(COMMANDS)('%s', (command) => {
    it('unknown flags', () => {
      for (const bad of [['--no-such-flag'], ['-Z']]) {
        const dir = freshDir();
        expectMisuse(runCli([...invocation(command, dir), ...bad]), dir, bad.join(' '));
      }
    });

    it('a missing, a directory, a not-a-directory and a symbolic-link-loop input path', () => {
      const loop = join(WORK, `loop-${command}`);
      symlinkSync(loop, loop);
      const cases = {
        missing: join(WORK, 'no-such-folder', 'x.json'),
        directory: WORK,
        // A path through a regular file: unreadable for every user, root included.
        'through a file': join(SCENARIO, 'x'),
        'symlink loop': loop,
      };
      for (const [what, path] of Object.entries(cases)) {
        const dir = freshDir();
        expectMisuse(runCli(invocation(command, dir, path)), dir, `${what}: ${path}`);
      }
    });

    it.skipIf(process.getuid?.() === 0)('an input without read permission (not as root, who can read it anyway)', () => {
      const locked = join(WORK, `locked-${command}.json`);
      copyFileSync(VALID[command]?.includes('{runs}') ? RUNS : SCENARIO, locked);
      chmodSync(locked, 0o000);
      const dir = freshDir();
      expectMisuse(runCli(invocation(command, dir, locked)), dir, 'chmod 000');
    });

    it('a missing or directory --policy file (commands that take --policy)', () => {
      if (!takes(command, '--policy')) return;
      for (const path of [join(WORK, 'no-such-policy.json'), WORK]) {
        const dir = freshDir();
        const args = invocation(command, dir).filter((a, i, all) => a !== '--policy' && all[i - 1] !== '--policy');
        expectMisuse(runCli([...args, '--policy', path]), dir, `--policy ${path}`);
      }
    });

    it('a bad seed (commands that take --seed)', () => {
      if (!takes(command, '--seed')) return;
      // Every form is checked in-process (args.test.ts); here that each command uses the checks.
      for (const seed of ['-1', '1.5', 'abc', '9007199254740993']) {
        const dir = freshDir();
        expectMisuse(runCli([...invocation(command, dir), '--seed', seed]), dir, `--seed ${JSON.stringify(seed)}`);
      }
    });

    it('output paths in a missing folder, through a file, or naming a folder (every output flag)', () => {
      const flags = [...OUTPUT_FLAGS].map((f) => `--${f}`).filter((f) => takes(command, f));
      flags.forEach((flag, n) => {
        // Every flag with a missing folder; the other kinds of bad path once per command (the
        // check is shared: args.test.ts covers its every branch in-process).
        const targets: [string, (d: string) => string][] = [['missing folder', (d) => join(d, 'missing', 'out.txt')]];
        if (n === 0) targets.push(['through a file', () => join(SCENARIO, 'out.txt')], ['a folder', (d) => d]);
        for (const [what, target] of targets) {
          const dir = freshDir();
          const args = invocation(command, dir).filter((a, i, all) => a !== flag && all[i - 1] !== flag);
          expectMisuse(runCli([...args, flag, target(dir)]), dir, `${flag} (${what})`);
        }
      });
    });

    it('a bad scenario with an output path: exit 2 and no output file started', () => {
      if (!takes(command, '--out') || VALID[command]?.[0] !== '{scenario}') return;
      const bad = join(WORK, `bad-${command}.json`);
      writeFileSync(bad, JSON.stringify({ ...minimalScenario(), sectors: [] }));
      const dir = freshDir();
      const r = runCli(invocation(command, dir, bad));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir)).toEqual([]);
    });
  });
});
