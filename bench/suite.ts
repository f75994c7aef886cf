/**
 * The benchmark suite (issue 8): `npm run build && npm run bench`, or
 * `npx tsx bench/suite.ts [--smoke | --quick] [--out file.json] [--only single,floor,toy,pool,scaling,mc,uncertainty]`.
 *
 * 1. Single-run throughput of the default scenario (sector-turns per second), with the Monte
 *    Carlo settings (log, detail, hashes off) and with everything on.
 * 2. The floor: drawing as many uniforms as a run draws (`RandomStreams.drawn`, counted through
 *    the engine API on the same seeds) from the same generator, in the same process; the ratio
 *    engine / floor.
 * 3. Scaling: synthetic borders of 12 … 12,000 sectors (bench/synthetic.mjs) and 52 and 520
 *    turns, each in a plain-node child process: ns per sector-turn and peak memory.
 * 4. Monte Carlo: runs per second with 1 and 2 workers (steady state, and with the pool's
 *    start-up), parallel efficiency; 10,000 runs with 2 workers; peak RSS of 100,000 runs
 *    (child processes).
 * 5. Uncertainty (issue 17): `compare --uncertainty ranges` of the default scenario against the
 *    four bundled policies, 256 points x 8 runs (10,240 runs) with 2 workers, beside the same
 *    runs at fixed inputs; and a Sobol' design of 20 inputs at N = 512 (11,264 runs).
 * 6. The floor on a toy border (issue 23, bench/toy-floor.ts): frontier-sim against the same
 *    model in bare JavaScript and in boardgame.io, after a statistical agreement check that
 *    throws if they differ; engine / bare at 12 and 1,200 sectors, boardgame.io / engine, the
 *    cost a sector-turn at 12,000 vs 12 sectors, each min / median / max over rounds.
 * 7. The warm worker pool (bench/pool-section.ts): 2 workers against inline from 500 runs, and
 *    20 consecutive 500-run Monte Carlos.
 * A table on stdout and `bench/results.json` (or `--out`).
 *
 * `--smoke` runs every section at tiny sizes so that a test can check the suite still works;
 * its figures mean nothing. `--quick` runs sections 6 and 7 with fewer, shorter rounds (a look
 * at the ratios, e.g. `--quick --only toy,pool`). Nothing here asserts on time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { comparePolicies, compileScenario, findRanges, loadScenario, runMonteCarlo, simulate, sweep } from '../dist/index.js';
import { createRng } from '../dist/kernel.js';
import { readFileSync } from 'node:fs';
import { poolSection } from './pool-section';
import { toySection } from './toy-floor';
import { bestOf, bestOfEach, DEFAULT_SCENARIO, fmt, machine, now, ROOT, WARMUP_MS, type Timing } from './lib';

// ---- options ----------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
/** Fewer, shorter rounds (sections 6 and 7): a quick look, not the figures of record. */
const quick = argv.includes('--quick');
const outArg = argv.indexOf('--out');
const out = resolve(outArg >= 0 ? (argv[outArg + 1] as string) : join(ROOT, 'bench', 'results.json'));
const onlyArg = argv.indexOf('--only');
const only = new Set(onlyArg >= 0 ? (argv[onlyArg + 1] as string).split(',') : ['single', 'floor', 'toy', 'pool', 'scaling', 'mc', 'uncertainty']);
const REPS = smoke ? 1 : 7;
const SIZES = smoke ? [12, 24] : [12, 120, 1200, 12_000];
const TURNS = smoke ? [3, 6] : [52, 520];
/** A scaling child gives up after this long (its row then says so). */
const CHILD_TIMEOUT_MS = smoke ? 60_000 : 600_000;

const info = machine();
const results: Record<string, unknown> = {
  schema: 'frontier-sim-bench/1',
  mode: smoke ? 'smoke' : quick ? 'quick' : 'full',
  date: new Date().toISOString(),
  machine: info,
};
const targets: { name: string; target: string; value: number | null; met: boolean | null }[] = [];
const lines: string[] = [];
const say = (s: string) => {
  lines.push(s);
  console.log(s);
};
say(`frontier-sim benchmark (${smoke ? 'SMOKE: tiny sizes, figures meaningless' : 'full'}) ${results.date as string}`);
say(`machine: ${info.nproc} CPU(s), ${info.cpuModel}, Node ${info.node}, load ${info.loadStart.join(' ')}, commit ${info.commit}`);

const scenario = loadScenario(DEFAULT_SCENARIO);
const compiled = compileScenario(scenario);
const nS = compiled.sectors.length;
const defaultTurns = smoke ? 4 : compiled.turns;
const sectorTurns = nS * defaultTurns;
/** What a Monte Carlo chunk asks of `simulate` (src/experiment/chunk.ts). */
const MC = { log: false, detail: false, hashes: false, freeze: false } as const;
let sink = 0;

// ---- 1. single-run throughput, and 2. the floor --------------------------------------------------
const runsPerRound = smoke ? 2 : 100;
let mcMsPerRun = NaN;
let mcCpuMsPerRun = NaN;
/** Warm-up of each timed workload (lib.ts); none in the smoke run, whose figures mean nothing. */
const warmupMs = smoke ? 0 : WARMUP_MS;
/** A round of the runs of seeds 0 … runsPerRound-1: every round the same runs, those the floor counts the uniforms of. */
const engineRound = (opts: typeof MC | { log: true; detail: true; hashes: true }) => (): void => {
  for (let seed = 0; seed < runsPerRound; seed++) sink += simulate(compiled, { seed, turns: defaultTurns, ...opts }).totals.attempts ?? 0;
};
const singleLine = (name: string, t: Timing) =>
  `   ${name === 'mc' ? 'Monte Carlo settings (log/detail/hashes/freeze off)' : name === 'defaults' ? 'simulate() defaults (nothing read but totals) ' : 'defaults, log, hashes and final state read    '}  ${fmt(t.bestMs, 3)} ms/run  ${fmt((sectorTurns / t.bestMs) * 1000)} sector-turns/s  ${fmt((t.bestMs * 1e6) / sectorTurns)} ns/sector-turn  (median ${fmt(t.medianMs, 3)} ms, CPU ${fmt(t.bestCpuMs, 3)} ms)`;
const singleRecord = (t: Timing) => ({
  msPerRun: t.bestMs,
  medianMsPerRun: t.medianMs,
  cpuMsPerRun: t.bestCpuMs,
  sectorTurnsPerSecond: (sectorTurns / t.bestMs) * 1000,
  nsPerSectorTurn: (t.bestMs * 1e6) / sectorTurns,
});
if (only.has('single') || only.has('floor')) {
  const single: Record<string, unknown> = {
    scenario: compiled.name,
    sectors: nS,
    forces: compiled.forces.length,
    actors: compiled.actors.length,
    turns: defaultTurns,
    runsPerRound,
    reps: REPS,
    warmupMs,
  };
  let mc: Timing;
  let floor: Timing | null = null;
  let drawn = 0;
  let childDrawn = 0;
  if (only.has('floor')) {
    // Uniforms drawn by the runs of a round, counted through the engine API in a child process
    // (bench/child-drawn.mjs says why not here).
    const counted = child('child-drawn.mjs', [runsPerRound, defaultTurns], CHILD_TIMEOUT_MS);
    if (typeof counted.drawn !== 'number' || typeof counted.childDrawn !== 'number') throw new Error(`counting the uniforms failed: ${String(counted.error)}`);
    drawn = counted.drawn;
    childDrawn = counted.childDrawn;
    const rng = createRng(12345);
    const floorRound = (): void => {
      for (let i = 0; i < drawn; i++) sink += rng.next();
    };
    // The engine's rounds and the floor's in turn: the ratio of two figures taken side by side.
    [mc, floor] = bestOfEach(
      REPS,
      [
        [runsPerRound, engineRound(MC)],
        [runsPerRound, floorRound],
      ],
      warmupMs,
    ) as [Timing, Timing];
  } else {
    mc = bestOf(REPS, runsPerRound, engineRound(MC), warmupMs);
  }
  mcMsPerRun = mc.bestMs;
  mcCpuMsPerRun = mc.bestCpuMs;
  say('');
  say(
    `1. single run, default scenario (${nS} sectors × ${defaultTurns} turns = ${sectorTurns} sector-turns), best of ${REPS} rounds of ${runsPerRound} runs (seeds 0-${runsPerRound - 1}) after ${fmt(warmupMs)} ms of warm-up`,
  );
  single.mc = singleRecord(mc);
  say(singleLine('mc', mc));
  // simulate() as a user calls it (no options), and the same with its log and hashes read,
  // in rounds taken in turn with the Monte Carlo settings': ratios of figures taken side by side
  // (the machine may be shared; the pairs keep its load out of the ratio as far as they can).
  const defaultsRound = (): void => {
    for (let seed = 0; seed < runsPerRound; seed++) sink += simulate(compiled, { seed, turns: defaultTurns }).totals.attempts ?? 0;
  };
  const readRound = (): void => {
    for (let seed = 0; seed < runsPerRound; seed++) {
      const r = simulate(compiled, { seed, turns: defaultTurns });
      sink += r.log.length + r.hash.length + r.finalState.turn;
    }
  };
  const [mcPaired, defaults, all] = bestOfEach(
    REPS,
    [
      [runsPerRound, engineRound(MC)],
      [runsPerRound, defaultsRound],
      [runsPerRound, readRound],
    ],
    warmupMs,
  ) as [Timing, Timing, Timing];
  single.defaults = singleRecord(defaults);
  single.all = singleRecord(all);
  say(singleLine('defaults', defaults));
  say(singleLine('all', all));
  const defaultsRatio = defaults.bestMs / mcPaired.bestMs;
  single.defaultsOverMonteCarlo = defaultsRatio;
  single.allReadOverMonteCarlo = all.bestMs / mcPaired.bestMs;
  const defaultsCpuRatio = defaults.bestCpuMs / mcPaired.bestCpuMs;
  single.defaultsOverMonteCarloCpu = defaultsCpuRatio;
  say(
    `   simulate() defaults / Monte Carlo settings = ${fmt(defaultsRatio, 2)}x wall, ${fmt(defaultsCpuRatio, 2)}x CPU (paired rounds; with its log, hashes and final state read: ${fmt(all.bestMs / mcPaired.bestMs, 1)}x)`,
  );
  targets.push({ name: 'simulate defaults / Monte Carlo settings (default scenario)', target: '<= 3x', value: defaultsRatio, met: defaultsRatio <= 3 });
  results.single = single;

  if (floor !== null) {
    const uniformsPerRun = drawn / runsPerRound;
    const ratio = mcMsPerRun / floor.bestMs;
    const cpuRatio = mcCpuMsPerRun / floor.bestCpuMs;
    results.floor = {
      uniformsPerRun,
      battleUniformsPerRun: childDrawn / runsPerRound,
      floorMsPerRun: floor.bestMs,
      floorCpuMsPerRun: floor.bestCpuMs,
      nsPerUniform: (floor.bestMs * 1e6) / uniformsPerRun,
      engineMsPerRun: mcMsPerRun,
      engineCpuMsPerRun: mcCpuMsPerRun,
      ratio,
      cpuRatio,
    };
    say('');
    say(
      `2. floor: ${fmt(uniformsPerRun, 1)} uniforms a run (of which ${fmt(childDrawn / runsPerRound, 1)} in battles), drawn from alea alone, in rounds taken in turn with the engine's`,
    );
    say(
      `   floor ${fmt(floor.bestMs * 1000, 1)} µs/run (${fmt((floor.bestMs * 1e6) / uniformsPerRun, 2)} ns/uniform); engine ${fmt(mcMsPerRun * 1000, 1)} µs/run; engine / floor = ${fmt(ratio, 1)}x (CPU time: ${fmt(cpuRatio, 1)}x)`,
    );
    targets.push({ name: 'engine / floor (default scenario)', target: '<= 5x', value: ratio, met: ratio <= 5 });
  }
}

// ---- 6. the floor on a toy border (bench/toy-floor.ts) ---------------------------------------------
if (only.has('toy')) {
  say('');
  results.toy = toySection({
    mode: smoke ? 'smoke' : quick ? 'quick' : 'full',
    warmupMs,
    say,
    target: (name, target, value, met) => targets.push({ name, target, value, met }),
  });
}

// ---- 7. the warm worker pool (bench/pool-section.ts) ----------------------------------------------
if (only.has('pool')) {
  say('');
  results.pool = await poolSection({
    mode: smoke ? 'smoke' : quick ? 'quick' : 'full',
    scenario,
    say,
    target: (name, target, value, met) => targets.push({ name, target, value, met }),
  });
}

// ---- 3. scaling -------------------------------------------------------------------------------------
function child(script: string, args: (string | number)[], timeoutMs: number): Record<string, unknown> {
  // Plain node (the children are JavaScript): a TypeScript loader would add its own memory.
  const r = spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'bench', script), ...args.map(String)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1 << 24,
  });
  if (r.error || r.status !== 0) {
    const why = r.error ? String(r.error.message) : `exit ${r.status ?? r.signal}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`;
    return { error: why };
  }
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, unknown>;
}

if (only.has('scaling')) {
  say('');
  say(
    `3. scaling: synthetic borders (1.5 patrol units a sector, a quick-reaction force per 60 sectors, 5 actors everywhere), Monte Carlo settings, one child process per size`,
  );
  say(
    `   ${'sectors'.padStart(8)} ${'turns'.padStart(6)} ${'forces'.padStart(7)} ${'runs'.padStart(5)} ${'ms/run'.padStart(11)} ${'ns/sector-turn'.padStart(15)} ${'CPU ns/s-t'.padStart(11)} ${'peak RSS MB'.padStart(12)} ${'peak heap MB'.padStart(13)}`,
  );
  const rows: Record<string, unknown>[] = [];
  for (const turns of TURNS) {
    for (const sectors of SIZES) {
      const minMs = smoke ? 0 : 2000;
      const row = { sectors, turns, ...child('child-scaling.mjs', [sectors, turns, minMs], CHILD_TIMEOUT_MS) };
      rows.push(row);
      if ('error' in row) say(`   ${fmt(sectors).padStart(8)} ${String(turns).padStart(6)}  failed or timed out: ${String(row.error)}`);
      else {
        const r = row as unknown as {
          forces: number;
          runs: number;
          bestRunMs: number;
          nsPerSectorTurn: number;
          cpuNsPerSectorTurn: number;
          maxRssMB: number;
          peakHeapMB: number;
        };
        say(
          `   ${fmt(sectors).padStart(8)} ${String(turns).padStart(6)} ${fmt(r.forces).padStart(7)} ${String(r.runs).padStart(5)} ${fmt(r.bestRunMs, 2).padStart(11)} ${fmt(r.nsPerSectorTurn).padStart(15)} ${fmt(r.cpuNsPerSectorTurn).padStart(11)} ${fmt(r.maxRssMB, 1).padStart(12)} ${fmt(r.peakHeapMB, 1).padStart(13)}`,
        );
      }
    }
  }
  const cost = (sectors: number, turns: number, field: string) =>
    (rows.find((r) => r.sectors === sectors && r.turns === turns)?.[field] as number | undefined) ?? null;
  const ratios: Record<string, number | null> = {};
  const cpuRatios: Record<string, number | null> = {};
  for (const turns of TURNS) {
    const ratioOf = (field: string) => {
      const big = cost(SIZES[SIZES.length - 1] as number, turns, field);
      const small = cost(SIZES[0] as number, turns, field);
      return big !== null && small !== null ? big / small : null;
    };
    ratios[String(turns)] = ratioOf('nsPerSectorTurn');
    cpuRatios[String(turns)] = ratioOf('cpuNsPerSectorTurn');
    say(
      `   cost a sector-turn at ${fmt(SIZES[SIZES.length - 1])} / at ${SIZES[0]} sectors, ${turns} turns: ${fmt(ratios[String(turns)], 2)}x wall, ${fmt(cpuRatios[String(turns)], 2)}x CPU time`,
    );
    const v = cpuRatios[String(turns)] ?? null;
    targets.push({
      name: `cost a sector-turn, ${fmt(SIZES[SIZES.length - 1])} vs ${SIZES[0]} sectors (${turns} turns, CPU)`,
      target: '<= 1.5x',
      value: v,
      met: v === null ? false : v <= 1.5,
    });
  }
  results.scaling = { rows, ratioLargestToSmallest: ratios, cpuRatioLargestToSmallest: cpuRatios };
}

// ---- 4. Monte Carlo -------------------------------------------------------------------------------
if (only.has('mc')) {
  say('');
  // N runs and 2N runs with each worker count: steady state = N / (T(2N) − T(N)) leaves out the
  // pool's start-up and the first compilation; 2N / T(2N) includes them. Each round times both
  // worker counts, one after the other (1, 2, 1, 2, ...: both meet the same machine, whose speed
  // drifts by several per cent over the minute this takes), and gives a ratio of its own; the
  // figures are the medians over the rounds. (Until the fourth pass the steady rate came from
  // the best T(N) and the best T(2N) of three rounds each, two minima of noisy start-ups: it
  // gave 2 workers up to 2.32x one, which two cores cannot do.)
  const perRun = Number.isFinite(mcMsPerRun) ? mcMsPerRun : 5;
  const N = smoke ? 8 : Math.max(200, Math.min(5000, Math.round(2500 / perRun)));
  const rounds = smoke ? 1 : 5;
  const timeMc = async (runs: number, workers: number): Promise<number> => {
    const t0 = now();
    const r = await runMonteCarlo(scenario, { runs, seed: 1, workers, ...(smoke ? { turns: defaultTurns } : {}) });
    sink += r.runs;
    return (now() - t0) / 1000;
  };
  const median = (xs: number[]): number => {
    const v = xs.slice().sort((a, b) => a - b);
    const m = v.length >> 1;
    return v.length % 2 === 1 ? (v[m] as number) : ((v[m - 1] as number) + (v[m] as number)) / 2;
  };
  const mc: Record<string, unknown> = { runsBase: N, rounds };
  type Round = { t1: number; t2: number; steady: number; withStartup: number };
  const byWorkers: Record<number, Round[]> = { 1: [], 2: [] };
  const ratios: number[] = [];
  const ratiosStartup: number[] = [];
  say(`4. Monte Carlo, default scenario: ${N} and ${2 * N} runs a measurement, ${rounds} round(s), medians`);
  for (let r = 0; r < rounds; r++) {
    for (const workers of [1, 2]) {
      const t1 = await timeMc(N, workers);
      const t2 = await timeMc(2 * N, workers);
      (byWorkers[workers] as Round[]).push({ t1, t2, steady: t2 > t1 ? N / (t2 - t1) : (2 * N) / t2, withStartup: (2 * N) / t2 });
    }
    const one = (byWorkers[1] as Round[])[r] as Round;
    const two = (byWorkers[2] as Round[])[r] as Round;
    ratios.push(two.steady / one.steady);
    ratiosStartup.push(two.withStartup / one.withStartup);
  }
  const rate: Record<number, { steady: number; withStartup: number; t1: number; t2: number; rounds: Round[] }> = {};
  for (const workers of [1, 2]) {
    const rs = byWorkers[workers] as Round[];
    const steady = median(rs.map((x) => x.steady));
    const withStartup = median(rs.map((x) => x.withStartup));
    const t1 = median(rs.map((x) => x.t1));
    const t2 = median(rs.map((x) => x.t2));
    rate[workers] = { steady, withStartup, t1, t2, rounds: rs };
    say(
      `   ${workers} worker(s): ${fmt(steady)} runs/s steady, ${fmt(withStartup)} runs/s with start-up (${fmt(t1, 2)} s for ${N}, ${fmt(t2, 2)} s for ${2 * N}; steady ${rs.map((x) => fmt(x.steady)).join(', ')})`,
    );
  }
  const speedup = median(ratios);
  const speedupStartup = median(ratiosStartup);
  mc.workers = rate;
  mc.speedup = speedup;
  mc.speedupByRound = ratios;
  mc.speedupWithStartup = speedupStartup;
  mc.efficiency = speedup / 2;
  say(
    `   2 workers / 1 worker: ${fmt(speedup, 2)}x steady (efficiency ${fmt(50 * speedup)} %; rounds ${ratios.map((x) => fmt(x, 2)).join(', ')}), ${fmt(speedupStartup, 2)}x with start-up`,
  );
  targets.push({ name: '2 workers / 1 worker (steady state)', target: '>= 1.8x', value: speedup, met: speedup >= 1.8 });

  const tenK = smoke ? 20 : 10_000;
  const ten = child('child-mc.mjs', [tenK, 2], smoke ? 120_000 : 900_000);
  mc.tenThousand = ten;
  if ('error' in ten) say(`   ${fmt(tenK)} runs, 2 workers: failed: ${String(ten.error)}`);
  else
    say(
      `   ${fmt(tenK)} runs, 2 workers, fresh process: ${fmt(ten.seconds as number, 2)} s (${fmt(ten.runsPerSecond as number)} runs/s, peak RSS ${fmt(ten.maxRssMB as number, 1)} MB)`,
    );
  const tenS = 'error' in ten ? null : (ten.seconds as number);
  targets.push({ name: `${fmt(tenK)} runs with 2 workers`, target: '< 10 s', value: tenS, met: tenS === null ? false : tenS < 10 });

  const hundredK = smoke ? 40 : 100_000;
  const big = child('child-mc.mjs', [hundredK, 2], smoke ? 120_000 : 3_600_000);
  mc.peak = big;
  if ('error' in big) say(`   ${fmt(hundredK)} runs, 2 workers: failed: ${String(big.error)}`);
  else
    say(
      `   ${fmt(hundredK)} runs, 2 workers, streaming aggregation: peak RSS ${fmt(big.maxRssMB as number, 1)} MB, ${fmt(big.seconds as number, 1)} s (${fmt(big.runsPerSecond as number)} runs/s), ${String(big.metrics)} metrics kept a run`,
    );
  const rss = 'error' in big ? null : (big.maxRssMB as number);
  targets.push({ name: `peak RSS, ${fmt(hundredK)} runs`, target: '<= 300 MB', value: rss, met: rss === null ? false : rss <= 300 });
  results.monteCarlo = mc;
}

// ---- 5. uncertainty -------------------------------------------------------------------------------
if (only.has('uncertainty')) {
  const names = ['russian-border-guards-return', 'csto-multinational-force', 'technical-assistance', '201st-quick-reaction'];
  const policies = [
    { name: 'status-quo' },
    ...names.map((n) => {
      const j = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'policies', `${n}.json`), 'utf8')) as { name: string; overlay: object };
      return { name: j.name, overlay: j.overlay };
    }),
  ];
  const points = smoke ? 4 : 256;
  const k = smoke ? 2 : 8;
  const turns = smoke ? { turns: defaultTurns } : {};
  const u: Record<string, unknown> = { points, replications: k, policies: policies.length };
  say(`5. Uncertainty: compare of ${policies.length} policies, ${points} points x ${k} runs (${points * k * policies.length} runs), 2 workers`);
  let t0 = now();
  const withRanges = await comparePolicies(scenario, { policies, runs: points * k, seed: 1, workers: 2, uncertainty: 'ranges', replications: k, ...turns });
  const ranges = (now() - t0) / 1000;
  sink += withRanges.comparisons.length;
  t0 = now();
  const fixed = await comparePolicies(scenario, { policies, runs: points * k, seed: 1, workers: 2, ...turns });
  const nominal = (now() - t0) / 1000;
  sink += fixed.comparisons.length;
  u.rangesSeconds = ranges;
  u.fixedSeconds = nominal;
  say(
    `   --uncertainty ranges: ${fmt(ranges, 2)} s; the same runs at fixed inputs: ${fmt(nominal, 2)} s (the difference is the points' scenarios and the analysis)`,
  );
  targets.push({ name: `compare --uncertainty ranges, ${points * k * policies.length} runs, 2 workers`, target: '< 30 s', value: ranges, met: ranges < 30 });
  const inputs = findRanges(scenario)
    .slice(0, smoke ? 3 : 20)
    .map((r) => r.pointer);
  const n = smoke ? 4 : 512;
  t0 = now();
  const sob = await sweep(scenario, {
    design: 'sobol',
    parameters: inputs,
    samples: n,
    runs: 1,
    seed: 1,
    workers: 2,
    metrics: ['kgThrough'],
    resamples: smoke ? 10 : 500,
    ...turns,
  });
  const sobolSeconds = (now() - t0) / 1000;
  const sobolRuns = sob.sobol?.points ?? 0;
  u.sobol = { inputs: inputs.length, n, runs: sobolRuns, seconds: sobolSeconds, secondsPer10k: (sobolSeconds * 10_000) / Math.max(1, sobolRuns) };
  say(
    `   sweep --design sobol, ${inputs.length} inputs, N = ${n}: ${fmt(sobolRuns)} runs in ${fmt(sobolSeconds, 2)} s (${fmt((sobolSeconds * 10_000) / Math.max(1, sobolRuns), 2)} s per 10,000 runs)`,
  );
  targets.push({
    name: `Sobol' design, ${inputs.length} inputs, N = ${n}, per 10,000 runs`,
    target: '< 30 s',
    value: (sobolSeconds * 10_000) / Math.max(1, sobolRuns),
    met: (sobolSeconds * 10_000) / Math.max(1, sobolRuns) < 30,
  });
  results.uncertainty = u;
}

// ---- 6. output ----------------------------------------------------------------------------------
info.loadEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
results.targets = targets;
say('');
say(`targets${smoke ? ' (smoke sizes: not meaningful)' : ''}:`);
for (const t of targets) say(`   ${t.met ? 'met   ' : 'MISSED'} ${t.name.padEnd(52)} ${t.target.padEnd(9)} ${fmt(t.value, 2)}`);
say(`load average at the end: ${info.loadEnd.join(' ')}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
say(`results written to ${out}`);
if (sink === 42) console.log('');
