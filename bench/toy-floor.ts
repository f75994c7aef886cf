/**
 * Section 6 of the benchmark suite (issue 23): frontier-sim against the bare floor and against
 * boardgame.io, on one toy border model written three ways (bench/toy-model.mjs). First the
 * three must agree (200 seeds: the means of attempts, detections and interdictions within 4
 * standard errors of each other and of the closed form; the suite fails loudly if not), then
 * they are timed in rounds taken in turn in this one process, and each round gives its own
 * ratios (min / median / max over the rounds).
 *
 * - engine / bare at 12 and 1,200 sectors (targets <= 3x and <= 2.5x);
 * - boardgame.io / engine at 1,200 sectors (target >= 5x);
 * - the engine's cost a sector-turn at 12,000 sectors over that at 12 (target <= 1.5x).
 */
import { createRequire } from 'node:module';
import { compileScenario, parseScenario, simulate } from '../dist/index.js';
import { interleavedRounds, spread, type RoundTimes, type Spread, type Workload } from './lib';
import { bareToy, runBareToy } from './toy-bare.mjs';
import { boardgameToy, runBoardgameToy } from './toy-boardgame.mjs';
import { toyAgreement, toyExpectation, toyParameters, toyScenario, type ToyAgreement, type ToyTotals } from './toy-model.mjs';

export interface ToyOptions {
  mode: 'full' | 'quick' | 'smoke';
  warmupMs: number;
  say: (line: string) => void;
  target: (name: string, target: string, value: number | null, met: boolean) => void;
}

const MC = { log: false, detail: false, hashes: false, freeze: false } as const;

/** A compiled toy scenario and its three implementations' one-run functions. */
function implementations(sectors: number) {
  const c = compileScenario(parseScenario(toyScenario(sectors), { source: `toy-${sectors}.json` }));
  const p = toyParameters(sectors);
  const bare = bareToy(p);
  const game = boardgameToy(p);
  return {
    p,
    engine: (seed: number): ToyTotals => {
      const t = simulate(c, { seed, ...MC }).totals;
      return { attempts: t.attempts ?? NaN, detected: t.detected ?? NaN, interdicted: t.interdicted ?? NaN };
    },
    bare: (seed: number): ToyTotals => runBareToy(bare, seed),
    boardgame: (seed: number): ToyTotals => runBoardgameToy(game, seed),
  };
}

type Impl = ReturnType<typeof implementations>;

/** The figures of one workload: ns a sector-turn over the rounds, wall and CPU. */
function perSectorTurn(t: RoundTimes, sectorTurns: number) {
  const ns = (ms: number) => (ms * 1e6) / sectorTurns;
  return { runsPerRound: t.opsPerRound, wallNs: spread(t.wallMs.map(ns)), cpuNs: spread(t.cpuMs.map(ns)), msPerRun: spread(t.wallMs) };
}

/** Ratios a / b of two workloads, round by round (wall and CPU). */
function ratios(a: RoundTimes, b: RoundTimes, aSectorTurns = 1, bSectorTurns = 1) {
  const wall = a.wallMs.map((x, r) => x / aSectorTurns / ((b.wallMs[r] as number) / bSectorTurns));
  const cpu = a.cpuMs.map((x, r) => x / aSectorTurns / ((b.cpuMs[r] as number) / bSectorTurns));
  return { wall: spread(wall), cpu: spread(cpu), byRound: wall };
}

const f = (s: Spread, d = 2) => `${s.median.toFixed(d)} (${s.min.toFixed(d)}-${s.max.toFixed(d)})`;
const ns = (s: Spread) => `${Math.round(s.median)} (${Math.round(s.min)}-${Math.round(s.max)})`;

/** Checks agreement, loudly: a disagreement is an error of the benchmark, not a figure. */
function agree(label: string, a: ToyTotals[], b: ToyTotals[], expected: ToyTotals, say: ToyOptions['say']): ToyAgreement {
  const r = toyAgreement(a, b, expected);
  const z = (k: 'attempts' | 'detected' | 'interdicted') =>
    `${k} ${r.figures[k].meanA.toFixed(1)} / ${r.figures[k].meanB.toFixed(1)} / ${r.figures[k].expected.toFixed(1)} (z ${r.figures[k].zPair.toFixed(2)})`;
  say(`   agreement, ${label}, ${a.length} / ${b.length} seeds: ${r.ok ? 'ok' : 'FAILED'}: ${z('attempts')}, ${z('detected')}, ${z('interdicted')}`);
  if (!r.ok) throw new Error(`toy model: ${label} disagree beyond ${r.zMax} standard errors: ${JSON.stringify(r.figures)}`);
  return r;
}

export function toySection(o: ToyOptions): Record<string, unknown> {
  const { mode, say } = o;
  const smoke = mode === 'smoke';
  const rounds = smoke ? 1 : mode === 'quick' ? 3 : 7;
  const roundMs = smoke ? 0 : mode === 'quick' ? 150 : 300;
  const sizes = smoke ? [12, 24] : [12, 1200];
  const largest = smoke ? 48 : 12_000;
  const seeds = smoke ? 20 : 200;
  const turns = toyParameters(12).turns;
  const record: Record<string, unknown> = { rounds, model: 'bench/toy-model.mjs', turns };
  say(`6. the floor, on a toy border (${turns} weekly turns, 3 kinds, Poisson attempts, Koopman detection, fixed reach chance, fatigue):`);
  say(
    `   frontier-sim (Monte Carlo settings) vs bare JS on typed arrays vs boardgame.io ${boardgameVersion()} headless Client; ${rounds} rounds taken in turn, median (min-max)`,
  );
  const bySize: Record<string, unknown> = {};
  const impls = new Map<number, Impl>();
  for (const S of sizes) {
    const im = implementations(S);
    impls.set(S, im);
    const expected = toyExpectation(im.p);
    const seedList = Array.from({ length: seeds }, (_, i) => i);
    const engineRuns = seedList.map(im.engine);
    const bareRuns = seedList.map(im.bare);
    const bgSeeds = S >= 1000 || smoke ? 20 : seeds;
    const agreement = {
      engineBare: agree(`${S} sectors, frontier-sim / bare / closed form`, engineRuns, bareRuns, expected, say),
      boardgameBare: agree(`${S} sectors, boardgame.io / bare / closed form`, seedList.slice(0, bgSeeds).map(im.boardgame), bareRuns, expected, say),
    };
    const sectorTurns = S * turns;
    const workloads: Workload[] = [
      { name: 'engine', op: (i) => void im.engine(i) },
      { name: 'bare', op: (i) => void im.bare(i) },
      { name: 'boardgame', op: (i) => void im.boardgame(i) },
    ];
    const t = interleavedRounds(rounds, workloads, o.warmupMs, roundMs);
    const engine = t.engine as RoundTimes;
    const bare = t.bare as RoundTimes;
    const bg = t.boardgame as RoundTimes;
    const row = {
      sectors: S,
      engine: perSectorTurn(engine, sectorTurns),
      bare: perSectorTurn(bare, sectorTurns),
      boardgame: perSectorTurn(bg, sectorTurns),
      engineOverBare: ratios(engine, bare),
      boardgameOverEngine: ratios(bg, engine),
      agreement,
    };
    bySize[String(S)] = row;
    say(
      `   ${String(S).padStart(6)} sectors, ns a sector-turn: frontier-sim ${ns(row.engine.wallNs)}, bare ${ns(row.bare.wallNs)}, boardgame.io ${ns(row.boardgame.wallNs)}`,
    );
    say(
      `          engine / bare ${f(row.engineOverBare.wall)}x (CPU ${f(row.engineOverBare.cpu)}x); boardgame.io / engine ${f(row.boardgameOverEngine.wall)}x (CPU ${f(row.boardgameOverEngine.cpu)}x)`,
    );
  }
  record.sizes = bySize;
  const small = bySize[String(sizes[0])] as { engineOverBare: { wall: Spread } };
  const mid = bySize[String(sizes[1])] as { engineOverBare: { wall: Spread }; boardgameOverEngine: { wall: Spread } };
  o.target(`toy: engine / bare, ${sizes[0]} sectors (median of rounds)`, '<= 3x', small.engineOverBare.wall.median, small.engineOverBare.wall.median <= 3);
  o.target(`toy: engine / bare, ${sizes[1]} sectors (median of rounds)`, '<= 2.5x', mid.engineOverBare.wall.median, mid.engineOverBare.wall.median <= 2.5);
  o.target(`toy: boardgame.io / engine, ${sizes[1]} sectors`, '>= 5x', mid.boardgameOverEngine.wall.median, mid.boardgameOverEngine.wall.median >= 5);

  // The largest border: its cost a sector-turn against the smallest's, rounds taken in turn.
  const big = implementations(largest);
  const bigExpected = toyExpectation(big.p);
  const bigSeeds = Array.from({ length: smoke ? 5 : 20 }, (_, i) => i);
  const bigAgreement = agree(`${largest} sectors, frontier-sim / bare / closed form`, bigSeeds.map(big.engine), bigSeeds.map(big.bare), bigExpected, say);
  const im12 = impls.get(sizes[0] as number) as Impl;
  const t = interleavedRounds(
    rounds,
    [
      { name: 'small', op: (i) => void im12.engine(i) },
      { name: 'large', op: (i) => void big.engine(i) },
      { name: 'largeBare', op: (i) => void big.bare(i) },
    ],
    o.warmupMs,
    roundMs,
  );
  const scale = ratios(t.large as RoundTimes, t.small as RoundTimes, largest, sizes[0] as number);
  const largeRow = {
    sectors: largest,
    engine: perSectorTurn(t.large as RoundTimes, largest * turns),
    bare: perSectorTurn(t.largeBare as RoundTimes, largest * turns),
    engineOverBare: ratios(t.large as RoundTimes, t.largeBare as RoundTimes),
    costOverSmallest: scale,
    agreement: bigAgreement,
  };
  record.largest = largeRow;
  say(
    `   ${String(largest).padStart(6)} sectors: frontier-sim ${ns(largeRow.engine.wallNs)} ns a sector-turn (bare ${ns(largeRow.bare.wallNs)}; engine / bare ${f(largeRow.engineOverBare.wall)}x); cost a sector-turn / at ${sizes[0]} sectors ${f(scale.wall)}x (CPU ${f(scale.cpu)}x)`,
  );
  o.target(`toy: cost a sector-turn, ${largest} vs ${sizes[0]} sectors`, '<= 1.5x', scale.wall.median, scale.wall.median <= 1.5);
  return record;
}

/** The installed boardgame.io's version: the results must say what was measured. */
function boardgameVersion(): string {
  return (createRequire(import.meta.url)('boardgame.io/package.json') as { version: string }).version;
}
