/**
 * The optimiser's benchmark (issue 20): `npm run build && npx tsx bench/optimize.ts [--workers N]
 * [--skip-closed-form] [--out file.json]`.
 *
 * 1. `optimize` of the default scenario with 2,000 more guards, default settings, naive and
 *    robust (the scenario displaces): wall time, runs played, runs per second, the machine's load
 *    before and after (the target, under 2 minutes on 2 cores, means an idle machine), and the
 *    figures docs/optimization.md quotes: the allocation, the paired CIs against today and the
 *    even spread, naive against robust.
 * 2. The closed-form check's figures (the test asserts them; here they are printed): for the
 *    instances of tests/experiment/optimize-closed-form.test.ts, G(found) − G(water-filling),
 *    the tolerance, and the largest per-sector difference from the water-filling optimum.
 *
 * Nothing here asserts on time.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import {
  expectedGotAways,
  integerWaterFilling,
  loadScenario,
  optimizeAllocation,
  waterFilling,
  comparePolicies,
  allocationSpace,
  allocationOverlay,
} from '../dist/index.js';
import { closedFormInstance, closedFormOf } from '../tests/experiment/optimize-helpers';
import { DEFAULT_SCENARIO, fmt, machine, now } from './lib';

const argv = process.argv.slice(2);
const workersArg = argv.indexOf('--workers');
const workers = workersArg >= 0 ? Number(argv[workersArg + 1]) : 2;
const outArg = argv.indexOf('--out');
const results: Record<string, unknown> = { machine: machine() };
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

console.log(`frontier-sim optimize benchmark, ${os.cpus().length} CPU(s), load ${load()}`);

// ---- 1. The default scenario, 2,000 more guards ------------------------------------------------
{
  const scenario = loadScenario(DEFAULT_SCENARIO);
  const loadBefore = load();
  const t0 = now();
  const r = await optimizeAllocation(scenario, { extraPersonnel: 2000, seed: 1, workers });
  const seconds = (now() - t0) / 1000;
  const runs = r.counts.runsPlayed + r.manifest.finalRuns * (Object.keys(r.allocations).length + (r.robustness ? 2 : 0));
  console.log(
    `\ndefault scenario, +2,000 guards, ${workers} workers: ${fmt(seconds, 1)} s wall, ${fmt(runs)} runs (${fmt(r.counts.runsPlayed)} search and selection, the rest final), ${fmt(runs / seconds)} runs/s; load before ${loadBefore}, after ${load()}`,
  );
  console.log('sector               today  proposed  change  naive');
  for (const row of r.table)
    console.log(
      `${row.sector.padEnd(20)} ${String(row.today).padStart(5)} ${String(row.proposed).padStart(9)} ${String(row.change).padStart(7)} ${String(row.naive ?? '').padStart(6)}`,
    );
  const p = (x: { meanDifference: number; ci95: [number, number] }) => `${fmt(x.meanDifference, 2)} [${fmt(x.ci95[0], 2)}, ${fmt(x.ci95[1], 2)}]`;
  const e = r.evaluation;
  for (const [name, s] of Object.entries(e.objective))
    console.log(`${name.padEnd(10)} gotAway ${fmt(s.mean, 1)}${e.vsToday[name] ? `  vs today ${p(e.vsToday[name] as never)}` : ''}`);
  console.log(`proposed - even: ${p(e.vsEven)}`);
  if (r.robustness) {
    console.log(
      `naive promised (fixed adversary) ${p(r.robustness.promised)}, delivered (adapting) ${p(r.robustness.delivered)}; loss vs robust ${fmt(r.robustness.loss.mean, 2)} [${fmt(r.robustness.loss.ci95[0], 2)}, ${fmt(r.robustness.loss.ci95[1], 2)}]`,
    );
  }
  for (const o of r.optima)
    console.log(
      `selection (${o.adversary}): ${o.selection.finalists.length} finalists, delta ${fmt(o.selection.indifference, 3)}, certified ${o.selection.certified}, pick ${o.selection.finalists[o.selection.chosen]?.origin}, runs ${o.selection.finalists.map((f) => f.selectionRuns).join('/')}`,
    );
  results.default = {
    seconds,
    runs,
    runsPerSecond: runs / seconds,
    loadBefore,
    loadAfter: load(),
    table: r.table,
    evaluation: r.evaluation,
    robustness: r.robustness,
    counts: r.counts,
  };
}

// ---- 2. The closed-form check's figures ----------------------------------------------------------
if (!argv.includes('--skip-closed-form')) {
  console.log('\nclosed-form check (the instances of tests/experiment/optimize-closed-form.test.ts)');
  const rows: unknown[] = [];
  for (const [n, seed] of [
    [3, 1],
    [5, 2],
    [8, 3],
  ] as const) {
    const inst = closedFormInstance(n, seed);
    const cf = closedFormOf(inst.scenario, new Array<number>(n).fill(100));
    const star = waterFilling(cf.sectors, cf.q, inst.total);
    const lattice = integerWaterFilling(cf.sectors, cf.q, inst.total, 5);
    const r = await optimizeAllocation(inst.scenario, {
      totalPersonnel: inst.total,
      seed: 11,
      search: { runs: 32, levels: 3, step: { personnel: 20 } },
      selection: { indifference: 0.25 },
      finalRuns: 400,
    });
    const found = r.allocations.proposed as number[];
    const G = (x: readonly number[]) => expectedGotAways(cf.sectors, cf.q, x);
    const space = allocationSpace(inst.scenario, { totalPersonnel: inst.total });
    const c = await comparePolicies(inst.scenario, {
      policies: [
        { name: 'lattice', overlay: allocationOverlay(space, lattice) },
        { name: 'found', overlay: allocationOverlay(space, found) },
      ],
      runs: 400,
      seed: 5,
    });
    const sdD = c.comparisons[0]?.metrics.gotAway?.sdDifference ?? NaN;
    const tolerance = G(lattice) - G(star.x) + 0.25 + (4 * sdD) / Math.sqrt(128);
    const maxDiff = Math.max(...found.map((v, i) => Math.abs(v - (star.x[i] as number))));
    const row = {
      sectors: n,
      G: G(star.x),
      gap: G(found) - G(star.x),
      tolerance,
      relativeGap: (G(found) - G(star.x)) / G(star.x),
      maxAllocationDifference: maxDiff,
      gainOverToday: G(r.allocations.today as number[]) - G(found),
    };
    rows.push(row);
    console.log(
      `${n} sectors: G* ${fmt(row.G, 2)}, G(found) - G* ${fmt(row.gap, 3)} (${fmt(100 * row.relativeGap, 4)} %), tolerance ${fmt(tolerance, 3)}, largest sector difference ${fmt(maxDiff, 1)} guards of ${fmt(inst.total / n)} a sector on average, gain over the even start ${fmt(row.gainOverToday, 1)}`,
    );
  }
  results.closedForm = rows;
}

if (outArg >= 0) writeFileSync(resolve(argv[outArg + 1] as string), JSON.stringify(results, null, 2) + '\n');
