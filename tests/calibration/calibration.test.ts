/**
 * Calibration of the bundled scenarios against their historical `targets` (scenario data:
 * metric, era, band, source; docs/calibration.md). Each target is checked at the scenario's
 * nominal inputs: a Monte Carlo with a fixed seed and enough runs for the 95 % confidence
 * interval of the mean to be narrower than the band, and the whole interval must lie inside the
 * band (so a pass is not luck of the seed). Runs are played in this thread (workers: 1); the
 * file takes about 15-25 s. (History matching over the inputs, frontier-sim calibrate, is
 * checked in history-matching.test.ts.) docs/calibration.md's table shows these estimates: its
 * last column is checked against them (FRONTIER_SIM_WRITE_DOCS=1 rewrites it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/experiment';
import type { RunOutput } from '../../src/experiment/chunk';
import { applyOverlay, loadScenario, parseScenario } from '../../src/scenario';
import type { Scenario, Target } from '../../src/scenario/schema';
import { ROOT } from '../helpers/paths';

const scenario = (f: string): Scenario => loadScenario(join(ROOT, 'scenarios', f));

/** Each target's estimate, by `file#id`, for docs/calibration.md's table. */
const measured = new Map<string, { target: Target; estimate: Estimate }>();

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

/** A target's value in one run (a ratio per run when it has `per`). */
const valueOf = (t: Target, r: RunOutput) => (r.totals[t.metric] ?? 0) / (t.per === undefined ? 1 : Math.max(1, r.totals[t.per] ?? 0));

/** Runs per era: enough for every target's CI to be narrower than its band. */
const ERAS: [string, number][] = [
  ['tajik-afghan-russian-era.json', 120],
  ['tajik-afghan-2011.json', 60],
  ['tajik-afghan-2015.json', 80],
  ['tajik-afghan-2021.json', 60],
];

describe.each(ERAS)('calibration targets of %s, at the nominal inputs', (file, n) => {
  const s = scenario(file);
  const targets = s.targets ?? [];
  it('declares its targets with a band and a source', () => {
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) {
      expect(t.band, t.id).toHaveLength(2);
      expect(t.source.length).toBeGreaterThan(10);
    }
  });
  // The runs of each variant (the scenario, or it without some actors), played once.
  const played = new Map<string, Promise<RunOutput[]>>();
  const runsOf = (without: readonly string[]) => {
    const key = without.join(',');
    let p = played.get(key);
    if (p === undefined) {
      const variant = without.length ? parseScenario(applyOverlay(s, { actors: without.map((id) => ({ id, remove: true })), targets: null })) : s;
      p = runs(variant, without.length ? Math.round((2 * n) / 3) : n);
      played.set(key, p);
    }
    return p;
  };
  it.each(targets.map((t) => [t.id, t] as const))('%s: the 95 % CI of the mean lies inside the band', async (_id, t) => {
    const out = await runsOf(t.withoutActors ?? []);
    const e = estimate(out.map((r) => valueOf(t, r)));
    measured.set(`${file}#${t.id}`, { target: t, estimate: e });
    expectInBand(`${file} ${t.id}`, e, t.band as [number, number]);
  });
});

describe('calibration: the shape of 2015 (scenarios/tajik-afghan-2015.json)', () => {
  it("the conflict share peaks in the weeks after 28 September (turn 38) and subsides by the year's end", async () => {
    const out = await runs(scenario('tajik-afghan-2015.json'), 80, ['conflictShare']);
    const at = (t: number) => estimate(out.map((r) => r.series?.conflictShare?.[t] ?? 0)).mean;
    const before = at(36);
    const peak = Math.max(...[38, 39, 40, 41, 42].map(at));
    expect(before).toBeLessThan(0.15);
    expect(peak).toBeGreaterThan(0.45);
    expect(at(51)).toBeLessThan(0.15);
    // Peak turns hold the year's maximum in most runs.
    const argmax = out.map((r) => {
      const c = r.series?.conflictShare ?? [];
      return c.indexOf(Math.max(...c));
    });
    expect(argmax.filter((t) => t >= 38 && t <= 44).length / argmax.length).toBeGreaterThan(0.9);
  });
});

/** An estimate as the table writes it: shares in per cent, kilograms from 10 t in tonnes. */
function shown(t: Target, e: Estimate): string {
  const grouped = (x: number, digits: number) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const [scale, digits, unit] =
    t.per !== undefined
      ? [100, 2, ' %']
      : t.metric.startsWith('conflictShare')
        ? [100, 1, ' %']
        : t.metric.startsWith('smuggling.kg')
          ? e.mean >= 10_000
            ? [1e-3, 1, ' t']
            : [1, 0, '']
          : [1, 1, ''];
  const f = (x: number) => grouped(x * scale, digits);
  return `${f(e.mean)}${unit} [${f(e.ci95[0])}, ${f(e.ci95[1])}] (${e.n})`;
}

describe('docs/calibration.md', () => {
  it("the table's model column shows the estimates above (after the targets have run)", () => {
    const path = join(ROOT, 'docs', 'calibration.md');
    const doc = readFileSync(path, 'utf8');
    const row = /\| ([^|]*) <!-- target ([^ ]+) --> \|$/gm;
    const keys = [...doc.matchAll(row)].map((m) => m[2] as string);
    expect(keys.sort()).toEqual([...measured.keys()].sort());
    const rewritten = doc.replace(row, (_all, _cell: string, key: string) => {
      const m = measured.get(key);
      return m === undefined ? _all : `| ${shown(m.target, m.estimate)} <!-- target ${key} --> |`;
    });
    if (process.env.FRONTIER_SIM_WRITE_DOCS === '1') writeFileSync(path, rewritten);
    else expect(rewritten.split('\n')).toEqual(doc.split('\n'));
  });
});
