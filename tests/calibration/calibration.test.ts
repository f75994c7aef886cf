/**
 * Calibration of the bundled scenarios against the historical figures of DOMAIN.md
 * (docs/calibration.md gives each band, its source and the model's current mean and CI).
 *
 * Each check runs a Monte Carlo of a bundled scenario with a fixed seed, enough runs for the
 * 95 % confidence interval of the mean to be narrower than the band, and asserts that the whole
 * interval lies inside the band (so a pass is not luck of the seed). Runs are played in this
 * thread (workers: 1) on the scenario compiled once; the file takes about 15-25 s.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/experiment';
import type { RunOutput } from '../../src/experiment/chunk';
import { applyOverlay, loadScenario, parseScenario } from '../../src/scenario';
import type { Scenario } from '../../src/scenario/schema';
import { ROOT } from '../helpers/paths';

const scenario = (f: string): Scenario => loadScenario(join(ROOT, 'scenarios', f));

interface Estimate {
  mean: number;
  ci95: [number, number];
  n: number;
}

/** Mean and normal-approximation 95 % CI of per-run values. */
function estimate(values: readonly number[]): Estimate {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const h = (1.96 * sd) / Math.sqrt(n);
  return { mean, ci95: [mean - h, mean + h], n };
}

/** Runs the scenario and returns each run's output (totals, and the per-turn series asked for). */
async function runs(s: Scenario, n: number, perTurn: string[] = []): Promise<RunOutput[]> {
  const out: RunOutput[] = [];
  await runMonteCarlo(s, { runs: n, seed: 20_260_101, workers: 1, perTurn, onRun: (r) => out.push(r) });
  return out;
}

function expectInBand(label: string, e: Estimate, band: readonly [number, number]): void {
  const [lo, hi] = band;
  // The CI must be narrower than the band, and lie inside it.
  expect(e.ci95[1] - e.ci95[0], `${label}: CI ${e.ci95.join('-')} not narrower than band ${lo}-${hi}`).toBeLessThan(hi - lo);
  expect(e.ci95[0], `${label}: mean ${e.mean} CI ${e.ci95.join('-')} vs band ${lo}-${hi}`).toBeGreaterThanOrEqual(lo);
  expect(e.ci95[1], `${label}: mean ${e.mean} CI ${e.ci95.join('-')} vs band ${lo}-${hi}`).toBeLessThanOrEqual(hi);
}

const share = (r: RunOutput) => (r.totals['smuggling.kgSeized'] ?? 0) / Math.max(1, r.totals['smuggling.kgAttempted'] ?? 0);

/** The bands of docs/calibration.md. */
export const BANDS = {
  russianEraClashesPerYear: [31, 51] as const,
  russianEraSeizureShare: [0.025, 0.15] as const,
  russianEraHeroinSeizedKg: [1_986, 3_210] as const,
  tajikEraSeizureShare: [0.01, 0.05] as const,
  northernRouteKgPerYear: [110_000, 120_000] as const,
  heroinKgPerYear: [75_000, 80_000] as const,
  conflictShareAfterKunduz: [0.45, 0.75] as const,
  clashes2015: [20, 45] as const,
};

describe('calibration: the Russian era (scenarios/tajik-afghan-russian-era.json)', () => {
  const s = scenario('tajik-afghan-russian-era.json');
  let out: RunOutput[] = [];
  it('clashes: about 41 a year (535 in 1992-2005, ITAR-TASS 2011)', async () => {
    out = await runs(s, 120);
    expectInBand('clashes a year', estimate(out.map((r) => r.totals.clashes ?? 0)), BANDS.russianEraClashesPerYear);
  });
  it('seizure share: between the Russian guards\' seizures (about 3 %) and the Tajik claim (10-15 %)', () => {
    expectInBand('seizure share', estimate(out.map(share)), BANDS.russianEraSeizureShare);
  });
  it('heroin seized: 1,655 kg in Jan-Oct 2002 and 2,140 kg in Jan-Aug 2003, about 2.0-3.2 t a year', async () => {
    const heroinOnly = parseScenario(applyOverlay(s, { actors: [{ id: 'opium', remove: true }] }));
    const h = await runs(heroinOnly, 80);
    expectInBand('heroin seized (kg)', estimate(h.map((r) => r.totals['smuggling.kgSeized'] ?? 0)), BANDS.russianEraHeroinSeizedKg);
  });
});

describe('calibration: the Northern Route (scenarios/tajik-afghan-2011.json, UNODC 2011-2012)', () => {
  const s = scenario('tajik-afghan-2011.json');
  it('heroin and opium: 75-80 t + 35-40 t a year through Tajikistan', async () => {
    const out = await runs(s, 60);
    expectInBand('kg attempted', estimate(out.map((r) => r.totals['smuggling.kgAttempted'] ?? 0)), BANDS.northernRouteKgPerYear);
    expectInBand('seizure share 2011', estimate(out.map(share)), BANDS.tajikEraSeizureShare);
  });
  it('heroin alone: 75-80 t a year', async () => {
    const heroinOnly = parseScenario(applyOverlay(s, { actors: [{ id: 'opium', remove: true }] }));
    const out = await runs(heroinOnly, 40);
    expectInBand('heroin kg attempted', estimate(out.map((r) => r.totals['smuggling.kgAttempted'] ?? 0)), BANDS.heroinKgPerYear);
  });
});

describe.each(['tajik-afghan-2015.json', 'tajik-afghan-2021.json'])('calibration: seizure share after the handover (%s)', (f) => {
  it('a few per cent: Central Asia seized under 3 % (UNODC 2012)', async () => {
    const out = await runs(scenario(f), 60);
    expectInBand(`seizure share ${f}`, estimate(out.map(share)), BANDS.tajikEraSeizureShare);
  });
});

describe('calibration: 2015, Kunduz (scenarios/tajik-afghan-2015.json)', () => {
  const s = scenario('tajik-afghan-2015.json');
  let out: RunOutput[] = [];
  it('conflict along about 60 % of the border after Kunduz falls (Rahmon, 6 Oct 2015): the year\'s largest conflict share', async () => {
    out = await runs(s, 80, ['conflictShare']);
    expectInBand('conflictShareMax', estimate(out.map((r) => r.totals.conflictShareMax ?? 0)), BANDS.conflictShareAfterKunduz);
  });
  it('the conflict share peaks in the weeks after 28 September (turn 38) and subsides by the year\'s end', () => {
    const at = (t: number) => estimate(out.map((r) => r.series?.conflictShare?.[t] ?? 0)).mean;
    const before = at(36);
    const peak = Math.max(...[38, 39, 40, 41, 42].map(at));
    expect(before).toBeLessThan(0.15);
    expect(peak).toBeGreaterThan(0.45);
    expect(at(51)).toBeLessThan(0.15);
    // Peak turns hold the year's maximum in most runs.
    const argmax = out.map((r) => { const c = r.series?.conflictShare ?? []; return c.indexOf(Math.max(...c)); });
    expect(argmax.filter((t) => t >= 38 && t <= 44).length / argmax.length).toBeGreaterThan(0.9);
  });
  it('clashes in 2015: about 30 skirmishes (AFP)', () => {
    expectInBand('clashes 2015', estimate(out.map((r) => r.totals.clashes ?? 0)), BANDS.clashes2015);
  });
});
