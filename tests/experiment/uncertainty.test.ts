/**
 * Experiments with uncertainty: input distributions, the variance split, determinism across
 * workers and shards, Sobol' indices through the engine against a closed form, and the
 * done-when of issue 17 on the default scenario (the Russian return's effect on kg through is
 * decided by the inputs far more than by chance).
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePolicies, mergeRunsFiles, runMonteCarlo, sweep } from '../../src/experiment';
import { inputQuantile, resolveDistribution, inputMean } from '../../src/experiment/input-distributions';
import { inputSpace } from '../../src/experiment/input-space';
import { varianceSplit } from '../../src/experiment/variance-split';
import { loadScenario, parseScenario, ScenarioError } from '../../src/scenario';
import { createRng } from '../../src/rng/streams';
import { ROOT } from '../helpers/paths';
import { productScenario } from './product-scenario';

describe('input distributions', () => {
  it('keep every quantile inside the range and increase with u', () => {
    const specs = [
      { min: 1, max: 3 },
      { min: 0.6, max: 0.95, value: 0.87, dist: 'triangular' },
      { min: 0, max: 10, dist: 'normal' },
      { min: 0, max: 10, dist: { type: 'normal', mean: 12, sd: 3 } },
      { min: 2, max: 50, dist: 'lognormal' },
      { min: 0, max: 1, value: 0.2, dist: 'beta' },
      { min: 0, max: 1, dist: { type: 'beta', alpha: 0.5, beta: 0.5 } },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...specs), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (spec, u, v) => {
        const d = resolveDistribution(spec);
        const a = inputQuantile(d, Math.min(u, v));
        const b = inputQuantile(d, Math.max(u, v));
        return a >= spec.min && b <= spec.max && a <= b + 1e-12;
      }),
    );
  });
  it('have the means of their closed forms', () => {
    // Triangular: (min + mode + max) / 3. PERT beta: (min + 4 mode + max) / 6. Symmetric truncated normal: its centre.
    expect(inputMean(resolveDistribution({ min: 0, max: 1, value: 0.8, dist: 'triangular' }))).toBeCloseTo(1.8 / 3, 4);
    expect(inputMean(resolveDistribution({ min: 0, max: 1, value: 0.2, dist: 'beta' }))).toBeCloseTo(1.8 / 6, 4);
    expect(inputMean(resolveDistribution({ min: 2, max: 8, dist: 'normal' }))).toBeCloseTo(5, 6);
    // Lognormal truncated symmetrically in log space around its median: the median is the centre of the log.
    const ln = resolveDistribution({ min: 1, max: 100, dist: 'lognormal' });
    expect(inputQuantile(ln, 0.5)).toBeCloseTo(10, 6);
  });
  it('are checked when a scenario loads: a triangular mode outside the range, a lognormal on 0', () => {
    const base = JSON.parse(JSON.stringify(productScenario())) as Record<string, any>;
    base.actors[0].intent.dist = { type: 'triangular', mode: 2 };
    expect(() => parseScenario(base)).toThrow(/triangular mode 2 is outside/);
    base.actors[0].intent.dist = 'lognormal';
    base.actors[0].intent.min = 0;
    expect(() => parseScenario(base)).toThrow(ScenarioError);
    base.actors[0].intent.dist = 'gaussian';
    expect(() => parseScenario(base)).toThrow(ScenarioError);
  });
  it('let inputs of a group share one draw', () => {
    const doc = JSON.parse(JSON.stringify(productScenario())) as Record<string, any>;
    doc.actors[0].intent.group = 'g';
    doc.actors[0].loadKg.group = 'g';
    const space = inputSpace([parseScenario(doc)]);
    expect(space.factors.map((f) => f.name)).toEqual(['group:g', '/actors[id=heroin]/attemptsPerWeek']);
    expect(space.factors[0]?.pointers).toEqual(['/actors[id=heroin]/intent', '/actors[id=heroin]/loadKg']);
  });
});

describe('varianceSplit (law of total variance)', () => {
  it('recovers known input and chance variances (within 4 standard errors)', () => {
    // Y = m(X) + e: m ~ N(0, 4) over points, e ~ N(0, 1) within; P = 400, k = 5.
    const rng = createRng('split');
    const normal = () => {
      const u = rng.next();
      const v = rng.next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    };
    const P = 400;
    const k = 5;
    const y: number[] = [];
    for (let p = 0; p < P; p++) {
      const m = 2 * normal();
      for (let r = 0; r < k; r++) y.push(m + normal());
    }
    const s = varianceSplit(y, k);
    // SE of the chance estimate: σ² √(2 / (P (k − 1))) = 0.035; of the input estimate about 4 √(2 / P) = 0.28.
    expect(Math.abs(s.varianceChance - 1)).toBeLessThan(4 * 0.035);
    expect(Math.abs(s.varianceInputs - 4)).toBeLessThan(4 * 0.3);
    expect(s.inputShare).toBeCloseTo(s.varianceInputs / (s.varianceInputs + s.varianceChance), 12);
  });
  it('gives no input variance when the points do not differ (the bias correction)', () => {
    const rng = createRng('null-split');
    const y = Array.from({ length: 2000 }, () => rng.next());
    const s = varianceSplit(y, 10);
    expect(s.varianceInputs).toBeLessThan(0.2 * s.varianceChance);
  });
});

describe("runMonteCarlo with uncertainty 'ranges'", () => {
  it('gives the same bytes for any worker count, and for shards merged', async () => {
    const s = productScenario();
    const opts = { runs: 48, seed: 3, uncertainty: 'ranges' as const, replications: 4 };
    const one = await runMonteCarlo(s, { ...opts, workers: 1 });
    const two = await runMonteCarlo(s, { ...opts, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.uncertainty?.kgAttempted?.points).toBe(12);
    const dir = mkdtempSync(join(tmpdir(), 'fs-unc-'));
    try {
      const files = [0, 1, 2].map((i) => join(dir, `s${i}.ndjson`));
      for (const [i, out] of files.entries()) await runMonteCarlo(s, { ...opts, workers: 1, shard: { index: i, count: 3 }, out });
      const merged = await mergeRunsFiles(files);
      expect(JSON.stringify(merged)).toBe(JSON.stringify(one));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('samples the inputs: the spread of kg attempted is mostly the inputs', async () => {
    const r = await runMonteCarlo(productScenario(), { runs: 128, seed: 1, uncertainty: 'ranges', replications: 4 });
    const u = r.uncertainty?.kgAttempted;
    expect(u).toBeDefined();
    expect((u?.varianceInputs ?? 0) / (u?.varianceChance ?? 1)).toBeGreaterThan(50);
    // Without uncertainty, the same runs play the nominal inputs only.
    const fixed = await runMonteCarlo(productScenario(), { runs: 128, seed: 1 });
    expect(fixed.uncertainty).toBeUndefined();
    expect(fixed.metrics.kgAttempted!.sd).toBeLessThan(0.2 * Math.sqrt(u?.variance ?? 0));
  });
  it('refuses a hold pointer that names no range, and runs that are not whole points', async () => {
    await expect(runMonteCarlo(productScenario(), { runs: 10, seed: 1, uncertainty: 'ranges', replications: 4 })).rejects.toThrow(/multiple/);
    await expect(
      runMonteCarlo(productScenario(), { runs: 8, seed: 1, uncertainty: 'ranges', replications: 4, hold: ['/actors[id=heroin]/nothing'] }),
    ).rejects.toThrow(/no range/);
  });
});

describe('sweep --design sobol through the engine', () => {
  it('kg attempted of the product scenario: S and ST of the three inputs match the product of uniforms', async () => {
    const r = await sweep(productScenario(), { design: 'sobol', fromRanges: true, samples: 512, runs: 1, seed: 1, metrics: ['kgAttempted'], resamples: 200 });
    const sob = r.sobol?.metrics.kgAttempted;
    expect(sob).toBeDefined();
    const names = r.sobol?.factors.map((f) => f.name);
    const ranges: Record<string, [number, number]> = {
      '/actors[id=heroin]/intent': [0.2, 1],
      '/actors[id=heroin]/attemptsPerWeek': [100, 300],
      '/actors[id=heroin]/loadKg': [10, 50],
    };
    const list = (names ?? []).map((n) => ranges[n] as [number, number]);
    const m = list.map(([a, b]) => (a + b) / 2);
    const q = list.map(([a, b]) => (a * a + a * b + b * b) / 3);
    const prod = (xs: number[]) => xs.reduce((p, x) => p * x, 1);
    const V = prod(q) - prod(m.map((x) => x * x));
    list.forEach((_, i) => {
      const others = (xs: number[]) => xs.filter((_, j) => j !== i);
      const S = ((q[i]! - m[i]! ** 2) * prod(others(m).map((x) => x * x))) / V;
      const ST = (V - m[i]! ** 2 * (prod(others(q)) - prod(others(m).map((x) => x * x)))) / V;
      const ix = sob!.indices[i]!;
      // 4 bootstrap SEs (N = 512), plus 0.01 for chance: Poisson noise is under 0.2 % of the variance here.
      expect(Math.abs(ix.first - S), `S ${names![i]} ${ix.first} vs ${S}`).toBeLessThanOrEqual(4 * ix.firstSe + 0.01);
      expect(Math.abs(ix.total - ST), `ST ${names![i]} ${ix.total} vs ${ST}`).toBeLessThanOrEqual(4 * ix.totalSe + 0.01);
    });
  });
});

describe('issue 17 on the default scenario: the Russian return', () => {
  it('reports the input part of the effect on kg through, several times wider than the chance part', async () => {
    const scenario = loadScenario(join(ROOT, 'scenarios/tajik-afghan-2021.json'));
    const p = JSON.parse(readFileSync(join(ROOT, 'scenarios/policies/russian-border-guards-return.json'), 'utf8')) as { name: string; overlay: object };
    const c = await comparePolicies(scenario, {
      policies: [{ name: 'status-quo' }, { name: p.name, overlay: p.overlay }],
      runs: 64 * 4,
      seed: 1,
      uncertainty: 'ranges',
      replications: 4,
    });
    const e = c.comparisons[0]?.uncertainty?.kgThrough;
    expect(e).toBeDefined();
    const sdInputs = Math.sqrt(e!.varianceInputs);
    const sdChance = Math.sqrt(e!.varianceChance);
    expect(sdInputs / sdChance).toBeGreaterThan(3);
    expect(e!.pBetter).not.toBeNull();
    expect(e!.sentences[0]).toMatch(/plausible inputs/);
    // The policy's own uncertain input (the returning guards' complicity) is one of the inputs.
    expect(c.inputs?.some((f) => f.pointers.includes('/parameters/orders/invitedGuards/complicity'))).toBe(true);
  }, 120_000);
});
