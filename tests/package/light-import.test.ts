/**
 * A light import (issue 22): the main entry carries neither the report nor its chart libraries
 * (they are `frontier-sim/report` and optional peers), the 5.5 MB generated scenario validator
 * exists once in dist/ and is loaded only when a scenario is first validated, and the report
 * without vega says what to install.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths';

const dist = (f: string) => readFileSync(join(ROOT, 'dist', f), 'utf8');

describe('a light import', () => {
  test('the main entry bundles no report module and imports no vega', () => {
    for (const f of ['index.js', 'index.cjs']) {
      const text = dist(f);
      expect(text).not.toMatch(/\/\/ src\/report\//);
      expect(text).not.toMatch(/["']vega(-lite)?["']/);
    }
    for (const f of ['report.js', 'report.cjs']) expect(dist(f)).toMatch(/import\("vega"\)/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('vega');
    expect(pkg.peerDependenciesMeta?.vega).toEqual({ optional: true });
    expect(pkg.peerDependenciesMeta?.['vega-lite']).toEqual({ optional: true });
  });

  test('one copy of the generated validator, loaded at the first validation, not at import', () => {
    // The validator is 5.5 MB and its V8 code cache 5 MB; the largest other file (the CLI's bundle) under 1.5 MB.
    const big = readdirSync(join(ROOT, 'dist')).filter((f) => statSync(join(ROOT, 'dist', f)).size > 2e6);
    expect(big.sort()).toEqual(['scenario-validator.cjs', 'scenario-validator.cjs.v8-cache']);
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        // The validator is compiled from its text (with its code cache), not required: watch the reads.
        `const fs = require('node:fs');
const read = fs.readFileSync;
const files = [];
fs.readFileSync = (f, ...rest) => (files.push(String(f)), read(f, ...rest));
const loaded = () => files.some((f) => f.endsWith('scenario-validator.cjs'));
const m = require('frontier-sim');
const before = loaded();
m.loadScenario('tajik-afghan-2021');
console.log(JSON.stringify([before, loaded()]));`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual([false, true]);
  });
});
