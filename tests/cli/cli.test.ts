import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT } from '../helpers/paths';

const DEFAULT = 'scenarios/tajik-afghan-2021.json';

describe('frontier-sim CLI', () => {
  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  test('--help lists the commands; each command has --help', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/run\s+run a scenario/);
    expect(r.stdout).toMatch(/validate\s+check scenario files/);
    for (const c of ['run', 'validate']) {
      const h = runCli([c, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toContain(`Usage: frontier-sim ${c}`);
    }
  });

  test('validate passes every bundled scenario', () => {
    const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    expect(files.length).toBeGreaterThan(0);
    const r = runCli(['validate', ...files.map((f) => `scenarios/${f}`)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('--policy takes the name of a policy that ships with the package, from any directory', () => {
    const cwd = tempDir('fsim-cli-names-');
    const args = (policy: string) => ['compare', 'tajik-afghan-2021', '--policy', policy, '--runs', '6', '--turns', '3', '--format', 'json'];
    const byName = runCli(args('russian-border-guards-return'), { cwd });
    const byPath = runCli(args(join(ROOT, 'scenarios', 'policies', 'russian-border-guards-return.json')), { cwd });
    expect(byName.stderr).toBe('');
    expect(byName.code).toBe(0);
    expect(byName.stdout).toBe(byPath.stdout);
    expect((JSON.parse(byName.stdout) as { comparisons: { policy: string }[] }).comparisons[0]?.policy).toBe('russian-border-guards-return');
    const missing = runCli(['mc', 'tajik-afghan-2021', '--policy', 'no-such-policy', '--runs', '2'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--policy no-such-policy: file not found: .*bundled policies load by name.*russian-border-guards-return/);
  });

  test('run --format json twice gives identical bytes', () => {
    const a = runCli(['run', DEFAULT, '--seed', '7', '--format', 'json']);
    const b = runCli(['run', DEFAULT, '--seed', '7', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(b.stdout).toBe(a.stdout);
    const parsed = JSON.parse(a.stdout) as { seed: number; hashes: string[] };
    expect(parsed.seed).toBe(7);
    expect(parsed.hashes).toHaveLength(52);
  });

  test('run prints a per-turn table', () => {
    const r = runCli(['run', DEFAULT, '--seed', '7', '--turns', '4']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/turn\s+date\s+attempts\s+detected\s+stopped\s+got away\s+armed\s+smuggling\s+refugees\s+recruits/);
    // Turns numbered from 0, as scenario files count them, with their first day's date.
    expect(r.stdout).toMatch(/\n\s*0\s+2021-08-16\s/);
    expect(r.stdout).toMatch(/\n\s*3\s+2021-09-06\s/);
    expect(r.stdout).not.toMatch(/\n\s*4\s+2021-09-13\s/);
    expect(r.stdout).toMatch(/\ntotal\s/);
  });

  test('a bad scenario reports file:line:column pointer: message, exit 2, no stack', () => {
    const dir = tempDir('fsim-cli-');
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{\n  "metadata": { "name": "x" },\n  "calendar": { "start": "2021-01-01", "turnLengthDays": "seven", "turns": 4 }\n}\n');
    const r = runCli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+ /calendar/turnLengthDays: `));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('malformed JSON reports its position', () => {
    const dir = tempDir('fsim-cli-');
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "metadata": {\n    "name": "x",\n  }\n}\n');
    const r = runCli(['run', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json:4:\d+/);
  });

  test.each([
    [['run', DEFAULT, '--bogus']],
    [['run', DEFAULT, '--seed', '-3']],
    [['run', DEFAULT, '--seed', 'abc']],
    [['run', DEFAULT, '--format', 'xml']],
    [['run']],
    [['frobnicate']],
    [['run', 'no/such/file.json']],
    [['run', 'scenarios']],
  ])('misuse %j: one line, exit 2, no stack trace', (args) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
