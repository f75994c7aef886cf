/**
 * docs/limits.md's table of the hostile corpus counts what the corpus holds: each row names a
 * module of tests/hostile/cases/ and an exported table, and its count must be that table's length.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import type { HostileCase } from './harness';

const ROW = /^\| `(tests\/hostile\/cases\/[a-z0-9-]+\.ts)` \| `([A-Z_]+)` \| (\d+) \|/gm;

it('docs/limits.md counts every table of the corpus it lists', async () => {
  const text = readFileSync(join(ROOT, 'docs', 'limits.md'), 'utf8');
  const rows = [...text.matchAll(ROW)];
  expect(rows.length).toBeGreaterThanOrEqual(10);
  for (const [, file, table, count] of rows) {
    const mod = (await import(join(ROOT, file as string))) as Record<string, HostileCase[] | undefined>;
    expect(mod[table as string], `${file} exports ${table}`).toBeDefined();
    expect(mod[table as string]?.length, `${file} ${table}`).toBe(Number(count));
  }
});
