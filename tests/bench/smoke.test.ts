/**
 * The benchmark suite still runs: `bench/suite.ts --smoke` plays every section at tiny sizes
 * against the built package and writes its results file. Checks that it completes and that the
 * file is well formed; never asserts on a time (the figures of a smoke run mean nothing, and the
 * machine may be busy).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths';

const dir = mkdtempSync(join(tmpdir(), 'fsim-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);

describe('benchmark suite (smoke mode)', () => {
  test('runs every section and writes well-formed results', () => {
    expect(existsSync(join(ROOT, 'dist', 'index.js')), 'build first: npm run build').toBe(true);
    const out = join(dir, 'results.json');
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'suite.ts'), '--smoke', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 280_000,
    });
    expect(stdout).toContain('targets');
    const r = JSON.parse(readFileSync(out, 'utf8'));
    expect(r.schema).toBe('frontier-sim-bench/1');
    expect(r.mode).toBe('smoke');
    expect(r.machine.nproc).toBeGreaterThan(0);
    expect(typeof r.machine.cpuModel).toBe('string');
    expect(r.machine.node).toMatch(/^v\d+/);
    for (const mode of ['mc', 'all']) {
      expect(finite(r.single[mode].msPerRun)).toBe(true);
      expect(finite(r.single[mode].sectorTurnsPerSecond)).toBe(true);
    }
    expect(r.floor.uniformsPerRun).toBeGreaterThan(0);
    expect(finite(r.floor.ratio)).toBe(true);
    expect(r.scaling.rows).toHaveLength(4);
    for (const row of r.scaling.rows) {
      expect(row.error).toBeUndefined();
      expect(finite(row.nsPerSectorTurn)).toBe(true);
      expect(finite(row.maxRssMB)).toBe(true);
      expect(finite(row.peakHeapMB)).toBe(true);
    }
    for (const w of ['1', '2']) {
      expect(finite(r.monteCarlo.workers[w].steady)).toBe(true);
      expect(finite(r.monteCarlo.workers[w].withStartup)).toBe(true);
    }
    expect(finite(r.monteCarlo.speedup)).toBe(true);
    expect(r.monteCarlo.tenThousand.error).toBeUndefined();
    expect(r.monteCarlo.peak.error).toBeUndefined();
    expect(finite(r.monteCarlo.peak.maxRssMB)).toBe(true);
    // Section 6, the toy border: the three implementations agreed, and every ratio has its spread.
    for (const size of ['12', '24']) {
      const row = r.toy.sizes[size];
      expect(row.agreement.engineBare.ok).toBe(true);
      expect(row.agreement.boardgameBare.ok).toBe(true);
      for (const ratio of [row.engineOverBare.wall, row.boardgameOverEngine.wall]) {
        expect(finite(ratio.min) && finite(ratio.median) && finite(ratio.max)).toBe(true);
        expect(ratio.min).toBeLessThanOrEqual(ratio.max);
      }
    }
    expect(finite(r.toy.largest.costOverSmallest.wall.median)).toBe(true);
    // Section 7, the warm pool: both figures of the target, with their spreads.
    expect(finite(r.pool.single['20'].warmOverInline.median)).toBe(true);
    expect(finite(r.pool.single['20'].coldOverInline.median)).toBe(true);
    expect(finite(r.pool.series.poolOverInline.median)).toBe(true);
    expect(r.targets.length).toBeGreaterThanOrEqual(6);
    for (const t of r.targets) {
      expect(typeof t.name).toBe('string');
      expect(typeof t.met).toBe('boolean');
    }
  }, 300_000);
});
