import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/paths';

test("docs/cli.md is the CLI's current --help text (regenerate: node scripts/write-cli-doc.mjs)", async () => {
  const { renderCliDoc } = (await import(join(ROOT, 'scripts', 'write-cli-doc.mjs'))) as { renderCliDoc: () => string };
  const fresh = renderCliDoc();
  expect(fresh).toMatch(/## `frontier-sim run`/);
  expect(readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8')).toBe(fresh);
});
