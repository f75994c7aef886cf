/**
 * Replay files across module systems (issue 19: "replay reproduces every hash in ESM, CJS and on
 * any machine"): a game recorded with the built package imported as ESM (dist/index.js) is
 * replayed, every state hash equal, by the package loaded with `require('frontier-sim')`
 * (dist/index.cjs), each in a node process of its own on a script of that module system.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO, ROOT } from '../helpers/paths';

const dir = mkdtempSync(join(tmpdir(), 'fsim-replay-cjs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = (name: string) => join(ROOT, 'tests', 'package', 'fixtures', name);
const node = (file: string, args: string[]) => JSON.parse(execFileSync(process.execPath, [file, ...args], { cwd: ROOT, encoding: 'utf8' }));

describe('a replay file made in ESM', () => {
  test('replays with every hash equal through require (the CommonJS build)', () => {
    const record = join(dir, 'game.json');
    const made = node(fixture('make-record.mjs'), [DEFAULT_SCENARIO, record]) as { entry: string; hashes: string[] };
    const again = node(fixture('replay-record.cjs'), [record]) as { entry: string; ok: boolean; problems: string[]; hashes: string[]; matches: boolean[] };
    // Each side loaded its own build of the package.
    expect(made.entry).toMatch(/\/dist\/index\.js$/);
    expect(again.entry).toMatch(/\/dist\/index\.cjs$/);
    expect(made.hashes).toHaveLength(6);
    expect(again.problems).toEqual([]);
    expect(again.ok).toBe(true);
    expect(again.matches).toEqual(made.hashes.map(() => true));
    expect(again.hashes).toEqual(made.hashes);
  });
});
