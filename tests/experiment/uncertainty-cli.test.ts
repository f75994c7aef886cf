/**
 * The command line of experiments over the inputs: mc/compare --uncertainty ranges, sweep
 * --design sobol and calibrate, through the built CLI (exit codes, usage errors, output).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { productScenario } from './product-scenario';

const dir = mkdtempSync(join(tmpdir(), 'fs-unc-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'product.json');
writeFileSync(
  file,
  JSON.stringify({ ...productScenario(), targets: [{ id: 'kg', metric: 'kgAttempted', era: 'synthetic', value: 36000, sd: 720, source: 'test' }] }),
);

describe('mc and compare --uncertainty ranges', () => {
  it('mc prints the split of the variance into inputs and chance', () => {
    const r = runCli(['mc', file, '--uncertainty', 'ranges', '--points', '8', '--replications', '2', '--workers', '1', '--metrics', 'kgAttempted']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Over the plausible inputs: 8 input points');
    expect(r.stdout).toMatch(/kgAttempted .* %/);
  });
  it('compare --format json carries the effect over the inputs per policy', () => {
    const policy = join(dir, 'more-load.json');
    writeFileSync(policy, JSON.stringify({ name: 'more-load', overlay: { actors: [{ id: 'heroin', loadKg: { min: 20, max: 60, source: 'test' } }] } }));
    const r = runCli([
      'compare',
      file,
      '--policy',
      policy,
      '--uncertainty',
      'ranges',
      '--points',
      '8',
      '--replications',
      '2',
      '--workers',
      '1',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.manifest.uncertainty).toMatchObject({ mode: 'ranges', design: 'lhs', points: 8, replications: 2 });
    expect(j.comparisons[0].uncertainty.kgAttempted.pBetter).not.toBeUndefined();
  });
  it('refuses the uncertainty flags without --uncertainty ranges, and runs that are not whole points', () => {
    expect(runCli(['mc', file, '--points', '8']).code).toBe(2);
    expect(runCli(['mc', file, '--uncertainty', 'ranges', '--runs', '9', '--replications', '2']).stderr).toMatch(/multiple of --replications/);
    expect(runCli(['mc', file, '--uncertainty', 'sometimes']).code).toBe(2);
    expect(runCli(['mc', file, '--uncertainty', 'ranges', '--points', '4', '--hold', '/nothing/here']).code).toBe(2);
  });
});

describe('sweep --design sobol and calibrate', () => {
  it('sweep --design sobol prints S and ST per input', () => {
    const r = runCli(['sweep', file, '--design', 'sobol', '--from-ranges', '--samples', '16', '--workers', '1', '--metrics', 'kgAttempted']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Sobol' indices of kgAttempted");
    expect(r.stdout).toContain('/actors[id=heroin]/loadKg');
    expect(runCli(['sweep', file, '--samples', '16', '--from-ranges']).code).toBe(2);
  });
  it('calibrate prints the waves and writes an overlay that mc --uncertainty ranges accepts', () => {
    const out = join(dir, 'calibrated.json');
    const r = runCli(['calibrate', file, '--waves', '2', '--points', '32', '--replications', '2', '--workers', '1', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Ruled out: [\d.]+ % of the input space/);
    const overlay = JSON.parse(readFileSync(out, 'utf8'));
    expect(overlay.extends).toBe('./product.json');
    const mc = runCli(['mc', out, '--uncertainty', 'ranges', '--points', '4', '--replications', '2', '--workers', '1', '--metrics', 'kgAttempted']);
    expect(mc.code, mc.stderr).toBe(0);
    expect(runCli(['calibrate', join(process.cwd(), 'scenarios/base/tajik-afghan-border.json')]).code).toBe(2);
  });
});
