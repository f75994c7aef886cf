/**
 * The toy border model (bench/toy-model.mjs) in bare JavaScript on typed arrays: the floor a
 * general engine is measured against (issue 23). No scenario, no records, no streams: one
 * generator (alea's arithmetic, the engine's generator, on four locals), the sectors' state in
 * Float64Arrays, and the counts drawn by inversion from one uniform each, as the engine draws
 * them. What it leaves out is what the engine is for: names, validation, the other features
 * (checked off, still in the loop), per-sector streams (common random numbers), per-turn records.
 */
import { coveragePerCondition, fatigueModel, reachChance } from './toy-model.mjs';

/**
 * Compiles the toy's parameters once (what does not change between runs): the coverage per
 * unit of condition, the reach chances, the Poisson means and e^−λ.
 */
export function bareToy(p) {
  const S = p.sectors;
  const K = p.rates.length;
  const coverage = new Float64Array(S);
  const reach = new Float64Array(S * K);
  for (let i = 0; i < S; i++) {
    coverage[i] = coveragePerCondition(p, i);
    for (let k = 0; k < K; k++) reach[i * K + k] = reachChance(p, i, k);
  }
  const lambda = Float64Array.from(p.rates);
  const expMinus = lambda.map((l) => Math.exp(-l));
  const fm = fatigueModel(p);
  return {
    S,
    K,
    turns: p.turns,
    coverage,
    reach,
    lambda,
    expMinus,
    fm,
    rho: p.fatigueRisePerWeek,
    kappa: p.fatigueRecoveryPerWeek,
    fatigue: new Float64Array(S),
  };
}

/** One run of the toy from `seed`: its totals (attempts, detected, interdicted). */
export function runBareToy(m, seed) {
  const { S, K, turns, coverage, reach, lambda, expMinus, fm, fatigue } = m;
  const { settle, mean } = fm;
  // alea (Baagøe), seeded by a simple integer hash of the seed.
  let s0 = frac(seed * 0.6180339887498949 + 0.1);
  let s1 = frac(seed * 0.7548776662466927 + 0.2);
  let s2 = frac(seed * 0.5698402909980532 + 0.3);
  let c = 1;
  const next = () => {
    const t = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    return s2;
  };
  for (let w = 0; w < 8; w++) next();
  fatigue.fill(0);
  let attempts = 0;
  let detected = 0;
  let interdicted = 0;
  const { rho, kappa } = m;
  for (let t = 0; t < turns; t++) {
    for (let i = 0; i < S; i++) {
      const f = fatigue[i];
      const pD = 1 - Math.exp(-coverage[i] * (1 - (settle + (f - settle) * mean)));
      for (let k = 0; k < K; k++) {
        const n = poisson(next(), lambda[k], expMinus[k]);
        if (n === 0) continue;
        attempts += n;
        const d = binomial(next(), n, pD);
        if (d === 0) continue;
        detected += d;
        interdicted += binomial(next(), d, reach[i * K + k]);
      }
      fatigue[i] = (f + rho * (1 - f)) * (1 - kappa);
    }
  }
  return { attempts, detected, interdicted };
}

const frac = (x) => x - Math.floor(x);

/** The smallest k with P(N ≤ k) > u for N ~ Poisson(λ) (e0 = e^−λ). */
function poisson(u, lambda, e0) {
  let k = 0;
  let term = e0;
  let cdf = term;
  while (u >= cdf && k < 1000) {
    k++;
    term *= lambda / k;
    cdf += term;
  }
  return k;
}

/** The smallest k with P(N ≤ k) > u for N ~ Binomial(n, p). */
function binomial(u, n, p) {
  if (!(p > 0)) return 0;
  if (p >= 1) return n;
  const q = 1 - p;
  let term = q ** n;
  let cdf = term;
  let k = 0;
  const r = p / q;
  while (u >= cdf && k < n) {
    term *= ((n - k) / (k + 1)) * r;
    k++;
    cdf += term;
  }
  return k;
}
