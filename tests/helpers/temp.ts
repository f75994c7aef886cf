/**
 * Temporary directories that clean up after themselves: every directory made here is removed
 * when the test file that made it has run (an afterAll hook that tests/helpers/per-file-setup.ts
 * registers for every file: test files share this module, `isolate: false`), so that no test
 * leaves files behind in the temporary directory, whether it passes or fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** Removes every directory made so far (after each test file: per-file-setup.ts). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh directory under the system's temporary directory, removed after this test file. */
export function tempDir(prefix = 'fsim-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
