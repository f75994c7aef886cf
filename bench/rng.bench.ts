/**
 * Micro-benchmark of the random-number layer: run with `npx tsx bench/rng.bench.ts`.
 *
 * Prints nanoseconds per uniform draw, per `at()` (the engine calls it ~100 times a turn), per
 * stream creation (first `at()` of a key, and `child()`), and per Poisson and binomial sample at
 * several means. Each figure is the best of 5 timed rounds after a warm-up.
 */
import { RandomStreams, createRng } from '../src/rng/streams';
import { binomialQuantile, poissonQuantile } from '../src/rng/distributions';

let sink = 0;

function best(label: string, opsPerRound: number, round: () => void): void {
  round(); // warm-up
  round();
  let bestNs = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    round();
    const ns = Number(process.hrtime.bigint() - t0) / opsPerRound;
    bestNs = Math.min(bestNs, ns);
  }
  console.log(`${label.padEnd(44)} ${bestNs.toFixed(bestNs < 10 ? 2 : 1).padStart(10)} ns`);
}

const N = 1_000_000;

// Draws: a keyed stream inside a large block, a child, and a plain createRng.
{
  const s = new RandomStreams(1);
  let turn = 0;
  best('draw (keyed stream, at() block)', N, () => {
    const rng = s.at('draws', turn++, N);
    for (let i = 0; i < N; i++) sink += rng.next();
  });
  const c = s.child('battle', 0);
  best('draw (child)', N, () => {
    for (let i = 0; i < N; i++) sink += c.next();
  });
  const p = createRng(1);
  best('draw (createRng)', N, () => {
    for (let i = 0; i < N; i++) sink += p.next();
  });
}

// at(): 100 existing keys per turn, K = 4, one draw each (a typical turn), and with no draw.
{
  const keys = Array.from({ length: 100 }, (_, i) => `arrivals/sector-${i}/actor`);
  const s = new RandomStreams(2);
  let turn = 0;
  const turns = 10_000;
  best('at() + 1 draw (100 keys, K = 4)', turns * 100, () => {
    for (let t = 0; t < turns; t++, turn++) for (const k of keys) sink += s.at(k, turn, 4).next();
  });
  const s2 = new RandomStreams(3);
  let turn2 = 0;
  best('at() alone, skipping K = 4 unused draws', turns * 100, () => {
    for (let t = 0; t < turns; t++, turn2++) for (const k of keys) sink += s2.at(k, turn2, 4) === null ? 1 : 0;
  });
}

// Stream creation: first at() of a new key (hash + alea from state), child(), createRng.
{
  const M = 100_000;
  // A run's worth of keys (100) per RandomStreams instance, as in a Monte Carlo.
  const keys = Array.from({ length: 100 }, (_, i) => `detection/sector-${i}/purpose`);
  let seed = 0;
  best('stream creation (first at() of a key, 100/run)', M, () => {
    for (let r = 0; r < M / 100; r++) {
      const s = new RandomStreams(seed++);
      for (const k of keys) sink += s.at(k, 0, 1).next();
    }
  });
  const s = new RandomStreams(4);
  let t = 0;
  best('child(key, turn) + 1 draw', M, () => {
    t++;
    for (let i = 0; i < M; i++) sink += s.child('battle/x', t * M + i).next();
  });
  best('createRng(number) + 1 draw', M, () => {
    for (let i = 0; i < M; i++) sink += createRng(i).next();
  });
}

// Samplers: one uniform each from a fixed sequence.
{
  const M = 200_000;
  const rng = createRng(5);
  const us = Float64Array.from({ length: M }, () => rng.next());
  for (const mean of [0.3, 3, 40, 1000, 1e4, 1e6, 1e8, 1e12, 1e15]) {
    const ops = mean >= 1000 ? M / 10 : M;
    best(`poissonQuantile, mean ${mean}`, ops, () => {
      for (let i = 0; i < ops; i++) sink += poissonQuantile(us[i] as number, mean);
    });
  }
  for (const [n, p] of [
    [10, 0.3],
    [1e4, 0.01],
    [1e6, 0.5],
    [1e12, 0.3],
  ] as const) {
    const ops = n * p >= 1000 ? M / 10 : M;
    best(`binomialQuantile, n ${n}, p ${p}`, ops, () => {
      for (let i = 0; i < ops; i++) sink += binomialQuantile(us[i] as number, n, p);
    });
  }

  // The engine's hot cases: small means and small n (src/rng/distributions.ts, "Fast paths").
  // Poisson u ≤ 1/2 and u > 1/2 apart: before the guarded walks, u > 1/2 always took the
  // general path (a Cornish-Fisher guess and a tail series).
  const low = us.map((u) => u / 2); // still stream-like: (i + 1/2)/2^33, all ≤ 1/2
  const high = us.map((u) => 1 - u / 2); // exact: all > 1/2
  for (const mean of [0.3, 3, 10]) {
    for (const [side, xs] of [
      ['u <= 1/2', low],
      ['u > 1/2', high],
    ] as const) {
      best(`poissonQuantile, mean ${mean}, ${side}`, M, () => {
        for (let i = 0; i < M; i++) sink += poissonQuantile(xs[i] as number, mean);
      });
    }
  }
  for (const n of [1, 3, 10, 30, 100, 300]) {
    for (const p of [0.15, 0.5, 0.85]) {
      best(`binomialQuantile, n ${n}, p ${p}`, M, () => {
        for (let i = 0; i < M; i++) sink += binomialQuantile(us[i] as number, n, p);
      });
    }
  }
}

if (sink === 42) console.log('');
