/**
 * History matching against a known truth: the synthetic scenario of tests/experiment whose
 * expected kg attempted is a product of three uniform inputs. The targets are one simulated
 * year at the true inputs (the world is one draw of the model), with a 2 % observation error.
 * Calibration must never rule out the truth, and must rule out most of the space.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrate, implausibility, ruledOutBy } from '../../src/experiment/calibration';
import { calibrationOverlay } from '../../src/experiment/calibration-overlay';
import { runMonteCarlo } from '../../src/experiment';
import { applyOverlay, loadScenario, parseScenario } from '../../src/scenario';
import type { Scenario } from '../../src/scenario/schema';
import { productScenario } from '../experiment/product-scenario';

const TRUTH: Record<string, number> = { '/actors[id=heroin]/intent': 0.6, '/actors[id=heroin]/attemptsPerWeek': 200, '/actors[id=heroin]/loadKg': 30 };
const PRIOR: Record<string, [number, number]> = {
  '/actors[id=heroin]/intent': [0.2, 1],
  '/actors[id=heroin]/attemptsPerWeek': [100, 300],
  '/actors[id=heroin]/loadKg': [10, 50],
};

/** One year of the world: a run of the scenario at the true inputs. */
async function observed(): Promise<Record<string, number>> {
  const truth = parseScenario(applyOverlay(productScenario(), { actors: [{ id: 'heroin', intent: 0.6, attemptsPerWeek: 200, loadKg: 30 }] }));
  const r = await runMonteCarlo(truth, { runs: 1, seed: 424242 });
  return Object.fromEntries(Object.entries(r.metrics).map(([m, s]) => [m, s.mean]));
}

async function synthetic(): Promise<Scenario> {
  const z = await observed();
  const target = (id: string, metric: string) => ({
    id,
    metric,
    era: 'synthetic',
    value: z[metric] as number,
    sd: 0.02 * (z[metric] as number),
    source: 'a run at the true inputs',
  });
  return parseScenario({ ...productScenario(), targets: [target('attempts', 'attempts'), target('kg', 'kgAttempted')] });
}

describe('calibrate: history matching on a synthetic scenario with known true inputs', () => {
  it('never rules out the truth, and the space not ruled out shrinks wave by wave', async () => {
    const s = await synthetic();
    const c = await calibrate(s, { seed: 1, waves: 3, points: 64, replications: 4, candidates: 5000 });
    const unitTruth = c.factors.map((f) => {
      const p = f.pointers[0] as string;
      const [lo, hi] = PRIOR[p] as [number, number];
      return ((TRUTH[p] as number) - lo) / (hi - lo);
    });
    for (const w of c.waves) expect(implausibility(c.targets, w.emulators, unitTruth), `wave ${w.wave}`).toBeLessThanOrEqual(c.cutoff);
    expect(ruledOutBy(c, unitTruth)).toBe(false);
    expect(c.waves.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < c.waves.length; i++) expect(c.waves[i]!.ruledOut).toBeGreaterThanOrEqual(c.waves[i - 1]!.ruledOut);
    expect(c.ruledOut).toBeGreaterThan(0.5);
    // The non-implausible ranges hold the truth, and load (pinned by kg / attempts) is narrowed.
    for (const r of c.ranges)
      for (const i of r.inputs) {
        expect(i.nonImplausible[0]).toBeLessThanOrEqual(TRUTH[i.pointer] as number);
        expect(i.nonImplausible[1]).toBeGreaterThanOrEqual(TRUTH[i.pointer] as number);
      }
    expect(c.ranges.find((r) => r.factor === '/actors[id=heroin]/loadKg')!.widthShare).toBeLessThan(0.6);
  }, 60_000);

  it('writes an overlay that extends the scenario, loads, and narrows the ranges', async () => {
    const s = await synthetic();
    const c = await calibrate(s, { seed: 2, waves: 3, points: 64, replications: 4, candidates: 3000 });
    const dir = mkdtempSync(join(tmpdir(), 'fs-cal-'));
    try {
      writeFileSync(join(dir, 'synthetic.json'), JSON.stringify(s));
      writeFileSync(join(dir, 'calibrated.json'), JSON.stringify(calibrationOverlay(s, c, './synthetic.json')));
      const calibrated = loadScenario(join(dir, 'calibrated.json'));
      const load = calibrated.actors[0]!.loadKg as { min: number; max: number };
      const r = c.ranges.find((x) => x.factor === '/actors[id=heroin]/loadKg')!;
      expect(r.widthShare).toBeLessThan(0.95);
      expect(load.min).toBeCloseTo(r.inputs[0]!.nonImplausible[0], 10);
      expect(load.max).toBeCloseTo(r.inputs[0]!.nonImplausible[1], 10);
      // An experiment with uncertainty accepts it.
      const mc = await runMonteCarlo(calibrated, { runs: 16, seed: 1, uncertainty: 'ranges', replications: 2 });
      expect(mc.uncertainty?.kgAttempted).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
