/**
 * Every script in examples/ runs with tsx against the built package (they import 'frontier-sim',
 * which resolves to dist/ through package.json's exports: `npm test` builds first), exits 0 and
 * prints what it promises.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

/** Fragments each example's output must contain. */
const EXPECTED: Record<string, (string | RegExp)[]> = {
  'single-run.ts': [/seed 1: 52 turns, final hash [0-9a-f]{16}/, /heroin and opium: \d+\.\d t attempted/, /\[clash\]/],
  'compare-policies.ts': ['status-quo vs the other policies', /201st-quick-reaction\tquickReactionSorties/],
  'change-parameter.ts': [/complicity 0\.\d+ -> 0\.\d+/, /seized before: .* % of the flow/, /seized after: .* % of the flow/],
  'custom-policy.ts': [/commit-reaction-force: \d+ csto troops/, 'custom policy react-to-clashes vs status quo', /sovereignty +0\.0 ->/],
  'northern-frontier.ts': [
    /tighten-tajik-segment vs status quo, 100 paired runs/,
    /Turkmenistan +[\d.]+ +\+/,
    /Uzbekistan +[\d.]+ +\+/,
    /Tajikistan +[\d.]+ +-/,
    /Tajikistan's share of the route: [\d.]+ % -> [\d.]+ %/,
  ],
};

const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.ts'))
  .sort();

describe('examples/', () => {
  it('every example has its expected output listed here', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const f of examples) expect(Object.keys(EXPECTED), f).toContain(f);
  });

  it.each(examples)('%s runs with tsx and exits 0', (f) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join('examples', f)], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr, f).not.toMatch(/Error/);
    expect(r.status, `${f}\n${r.stderr}`).toBe(0);
    for (const frag of EXPECTED[f] ?? []) {
      if (typeof frag === 'string') expect(r.stdout).toContain(frag);
      else expect(r.stdout).toMatch(frag);
    }
  });
});
