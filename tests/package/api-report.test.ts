/**
 * The public surface is chosen on purpose (issue 18): the declarations the build publishes for
 * each entry point (`frontier-sim`, `/testing`, `/report`) match the reviewed API report in
 * api/*.api.d.ts. A change to the public API fails here until the report is regenerated
 * (`node scripts/api-report.mjs --write`) and the diff reviewed in the commit.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths';

describe('the API report', () => {
  test('dist/*.d.ts match api/*.api.d.ts (regenerate with node scripts/api-report.mjs --write and review the diff)', () => {
    let out = '';
    let code = 0;
    try {
      out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'api-report.mjs')], { cwd: ROOT, encoding: 'utf8' });
    } catch (e) {
      const x = e as { status?: number; stdout?: string; stderr?: string };
      code = x.status ?? -1;
      out = `${x.stdout ?? ''}${x.stderr ?? ''}`;
    }
    expect(out, out).toBe('');
    expect(code).toBe(0);
  });

  test('the report names what users need, and the main entry leaves the report out', () => {
    const index = readFileSync(join(ROOT, 'api', 'index.api.d.ts'), 'utf8');
    for (const name of ['loadScenario', 'loadPolicy', 'simulate', 'runMonteCarlo', 'comparePolicies', 'Totals', 'MetricName'])
      expect(index).toContain(`// ${name}\n`);
    expect(index).not.toContain('// renderReport\n');
    expect(readFileSync(join(ROOT, 'api', 'report.api.d.ts'), 'utf8')).toContain('// renderReport\n');
    const kernel = readFileSync(join(ROOT, 'api', 'kernel.api.d.ts'), 'utf8');
    for (const name of ['step', 'createStepContext', 'RandomStreams', 'initialState']) {
      expect(kernel).toContain(`// ${name}\n`);
      expect(index).not.toContain(`// ${name}\n`);
    }
  });

  test('declarations tagged @internal are not published', () => {
    const published = readdirSync(join(ROOT, 'dist')).filter((f) => /\.d\.c?ts$/.test(f));
    expect(published).toEqual(expect.arrayContaining(['index.d.ts', 'index.d.cts', 'kernel.d.ts', 'kernel.d.cts']));
    const text = published.map((f) => readFileSync(join(ROOT, 'dist', f), 'utf8')).join('\n');
    expect(text).toContain('interface StepContext');
    expect(text).toContain('declare class RandomStreams');
    for (const internal of ['@internal', 'scratch: TurnScratch', 'crossingStreams', 'forceSectors', 'state: Float64Array', 'reseed(seed', 'childDrawn'])
      expect(text).not.toContain(internal);
  });
});
