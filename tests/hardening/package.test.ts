/**
 * The published package as a user meets it, and its API reference:
 * - scripts/consumer-test.mjs packs the package, installs the tarball into a fresh project and
 *   uses it (ESM import, CJS require, a strict TypeScript check under node16 and bundler
 *   resolution, every TypeScript block of README.md and docs/ type-checked and the library
 *   examples run with tsx, the frontier-sim binary), then runs publint and @arethetypeswrong/cli;
 * - `npm run docs` (TypeDoc, warnings are errors) builds the API reference from the TSDoc.
 * Both are spawned as users run them. They need the build that `npm test` makes first.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const exec = promisify(execFile);
const LIMIT_MS = 5 * 60_000;

async function run(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const r = await exec(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: LIMIT_MS, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string; message: string };
    return { code: typeof x.code === 'number' ? x.code : -1, out: `${x.stdout ?? ''}${x.stderr ?? ''}${x.message}` };
  }
}

describe('the published package', () => {
  it(
    'a real consumer: pack, install, import, require, type-check, the binary, publint, attw',
    async () => {
      const r = await run(process.execPath, [join(ROOT, 'scripts', 'consumer-test.mjs')]);
      expect(r.out).toMatch(/consumer test passed/);
      expect(r.code, r.out).toBe(0);
    },
    LIMIT_MS,
  );

  it(
    'npm run docs: TypeDoc builds the API reference without a warning',
    async () => {
      // Into a temporary folder, so that the test leaves docs/api alone.
      const out = mkdtempSync(join(tmpdir(), 'fsim-docs-'));
      try {
        const r = await run('npm', ['run', '--silent', 'docs', '--', '--out', out]);
        expect(r.out).not.toMatch(/\[warning\]|\[error\]/);
        expect(r.code, r.out).toBe(0);
        expect(existsSync(join(out, 'index.html'))).toBe(true);
        expect(existsSync(join(out, 'functions', 'index.simulate.html'))).toBe(true);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    LIMIT_MS,
  );
});
