/**
 * One size of the scaling benchmark, in its own plain-node process so that its peak memory is
 * its own: `node bench/child-scaling.mjs <sectors> <turns> <minMs>`. Prints one JSON line.
 *
 * Times `simulate` with the Monte Carlo settings (log, detail and hashes off) on a synthetic
 * border (bench/synthetic.mjs), repeating runs (seeds 1, 2, ...) until `minMs` have passed and
 * reporting the best run (at least two runs, after collecting the setup's garbage); then replays one run turn by turn through the engine API to sample
 * the heap after every turn.
 */
import { compileScenario, parseScenario, simulate } from '../dist/index.js';
import { createStepContext, initialState, RandomStreams, step } from '../dist/kernel.js';
import { syntheticScenario } from './synthetic.mjs';

const now = () => Number(process.hrtime.bigint()) / 1e6;
const maxRssMB = () => process.resourceUsage().maxRSS / 1024;
const [sectors, turns, minMs] = process.argv.slice(2).map(Number);
const rssAtStartMB = maxRssMB();
const t0 = now();
const compiled = compileScenario(parseScenario(syntheticScenario(sectors, turns), { source: `synthetic-${sectors}.json` }));
const setupMs = now() - t0;
const rssAfterSetupMB = maxRssMB();

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// Parsing and compiling a 12,000-sector scenario leaves hundreds of megabytes of garbage; collect
// it now (the suite runs this child with --expose-gc), so that the garbage collector's threads
// do not bill the timed runs for the setup's garbage. Each run's own garbage stays in its time.
globalThis.gc?.();
let best = Infinity;
let bestCpu = Infinity;
let runs = 0;
let gotAway = 0;
const start = now();
while (runs < 2 || (now() - start < minMs && runs < 1000)) {
  const a = now();
  const c = cpuMs();
  const r = simulate(compiled, { seed: runs + 1, log: false, detail: false, hashes: false, freeze: false });
  best = Math.min(best, now() - a);
  bestCpu = Math.min(bestCpu, cpuMs() - c);
  if (runs === 0) gotAway = r.totals.gotAway;
  runs++;
}

let peakHeap = process.memoryUsage().heapUsed;
{
  const ctx = createStepContext(compiled, new RandomStreams(1), { log: false, detail: false, freeze: false });
  let state = initialState(compiled);
  for (let t = 0; t < turns; t++) {
    state = step(state, ctx).state;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
}

console.log(
  JSON.stringify({
    sectors,
    turns,
    forces: compiled.forces.length,
    actors: compiled.actors.length,
    runs,
    bestRunMs: best,
    nsPerSectorTurn: (best * 1e6) / (sectors * turns),
    bestRunCpuMs: bestCpu,
    cpuNsPerSectorTurn: (bestCpu * 1e6) / (sectors * turns),
    setupMs,
    rssAtStartMB,
    rssAfterSetupMB,
    maxRssMB: maxRssMB(),
    peakHeapMB: peakHeap / 2 ** 20,
    gotAwaySeed1: gotAway,
  }),
);
