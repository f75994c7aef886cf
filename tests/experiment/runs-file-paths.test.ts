import { writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mergeRunsFiles } from '../../src/experiment/merge';
import { RunsFileError } from '../../src/experiment/stream';

// A path the user gave that is not a readable runs file is one clear RunsFileError naming the
// path, never a raw EISDIR/ENOENT from the file system.
describe('runs-file paths', () => {
  const dir = tempDir('fsim-runs-');
  const file = join(dir, 'a-file');
  writeFileSync(file, '');

  test.each([
    ['a folder', dir, /is a folder, not a runs file/],
    ['a missing file', join(dir, 'missing.ndjson'), /no such file/],
    ['a path through a file', join(file, 'x.ndjson'), /not a folder/],
  ])('%s', (_what, path, message) => {
    let caught: unknown;
    try {
      mergeRunsFiles([path]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RunsFileError);
    expect((caught as Error).message).toContain(path);
    expect((caught as Error).message).toMatch(message);
  });
});
