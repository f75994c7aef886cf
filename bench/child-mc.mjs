/**
 * A Monte Carlo of the default scenario in its own plain-node process, for its wall time from a
 * cold start and its peak memory: `node bench/child-mc.mjs <runs> <workers>`. Streaming
 * aggregation (no runs file, no per-turn series). Prints one JSON line; `maxRssMB` is
 * `process.resourceUsage().maxRSS`, worker threads included.
 */
import { fileURLToPath } from 'node:url';
import { loadScenario, runMonteCarlo } from '../dist/index.js';

const now = () => Number(process.hrtime.bigint()) / 1e6;
const maxRssMB = () => process.resourceUsage().maxRSS / 1024;
const [runs, workers] = process.argv.slice(2).map(Number);
const scenario = loadScenario(fileURLToPath(new URL('../scenarios/tajik-afghan-2021.json', import.meta.url)));
const rssBeforeMB = maxRssMB();
const cpu = () => {
  const u = process.cpuUsage(); // all threads of the process
  return (u.user + u.system) / 1e6;
};
const t0 = now();
const c0 = cpu();
const mc = await runMonteCarlo(scenario, { runs, seed: 1, workers });
const seconds = (now() - t0) / 1000;
const cpuSeconds = cpu() - c0;
console.log(
  JSON.stringify({
    runs: mc.runs,
    workers,
    seconds,
    runsPerSecond: mc.runs / seconds,
    cpuSeconds,
    cpuMsPerRun: (cpuSeconds * 1000) / mc.runs,
    rssBeforeMB,
    maxRssMB: maxRssMB(),
    heapUsedAfterMB: process.memoryUsage().heapUsed / 2 ** 20,
    metrics: Object.keys(mc.metrics).length,
    gotAwayMean: mc.metrics.gotAway?.mean,
  }),
);
