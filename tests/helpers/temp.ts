/**
 * Temporary directories that clean up after themselves: every directory made here is removed
 * when the test file that made it has run (an afterAll hook, registered when a test file first
 * imports this module: vitest evaluates it once a file), so that no test leaves files behind in
 * the temporary directory, whether it passes or fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the system's temporary directory, removed after this test file. */
export function tempDir(prefix = 'fsim-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
