import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bernoulli,
  binomialQuantile,
  binomialTails,
  exponentialQuantile,
  log1pmx,
  logFactorial,
  poissonQuantile,
  poissonTails,
  samplerWork,
  uniform,
} from '../../src/rng/distributions';
import { createRng } from '../../src/rng/streams';
import { chiSquare, chiSquareCritical } from './chi-square';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 31415) });

/** Reference pmfs computed independently of the samplers: plain logs of factorials. */
const poissonPmfRef = (k: number, lambda: number) => Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k));
const binomialPmfRef = (k: number, n: number, p: number) =>
  Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p));

/**
 * Chi-square goodness of fit of `draws` samples against a pmf on 0..kMax: consecutive values are
 * merged into bins of probability ≥ 1/60 (so every expected count is ≥ n/60 ≥ 300), the top bin
 * taking the upper tail. Returns the statistic and its degrees of freedom (bins - 1).
 */
function goodnessOfFit(sample: (u: number) => number, pmf: (k: number) => number, kMax: number, n: number, seed: number) {
  const edges: number[] = []; // bin i holds values ≤ edges[i]
  const probs: number[] = [];
  let acc = 0;
  let total = 0;
  for (let k = 0; k <= kMax; k++) {
    acc += pmf(k);
    if (acc >= 1 / 60) {
      edges.push(k);
      probs.push(acc);
      total += acc;
      acc = 0;
    }
  }
  // The last bin takes everything above the previous edge (its probability is 1 - the others).
  if (probs.length > 0) probs[probs.length - 1] = (probs[probs.length - 1] ?? 0) + (1 - total);
  edges[edges.length - 1] = Infinity;
  const counts = new Array<number>(probs.length).fill(0);
  const rng = createRng(seed);
  for (let i = 0; i < n; i++) {
    const x = sample(rng.next());
    let b = 0;
    while (x > (edges[b] ?? Infinity)) b++;
    counts[b] = (counts[b] ?? 0) + 1;
  }
  return {
    chi2: chiSquare(
      counts,
      probs.map((p) => p * n),
    ),
    df: probs.length - 1,
  };
}

describe('samplers match their distributions (chi-square at fixed seeds, α = 0.001)', () => {
  const n = 20_000;
  for (const [i, lambda] of [0.3, 3, 40, 1e4].entries()) {
    it(`Poisson, mean ${lambda}`, () => {
      const kMax = Math.ceil(lambda + 12 * Math.sqrt(lambda) + 20);
      const { chi2, df } = goodnessOfFit(
        (u) => poissonQuantile(u, lambda),
        (k) => poissonPmfRef(k, lambda),
        kMax,
        n,
        100 + i,
      );
      expect(df).toBeGreaterThanOrEqual(1);
      expect(chi2).toBeLessThan(chiSquareCritical(df));
    });
  }
  for (const [trials, p] of [
    [10, 0.3],
    [1e4, 0.01],
  ] as const) {
    it(`binomial, n = ${trials}, p = ${p}`, () => {
      const { chi2, df } = goodnessOfFit(
        (u) => binomialQuantile(u, trials, p),
        (k) => binomialPmfRef(k, trials, p),
        trials,
        n,
        7 + trials,
      );
      expect(chi2).toBeLessThan(chiSquareCritical(df));
    });
  }
});

/**
 * Tail probabilities by direct summation of reference pmf terms, each tail summed from its far
 * end (so both keep full relative precision): lower[k] = P(X ≤ k), upper[k] = P(X > k).
 */
function directTails(pmf: (k: number) => number, kMax: number) {
  const terms = Array.from({ length: kMax + 1 }, (_, k) => pmf(k));
  const lower: number[] = [];
  const upper = new Array<number>(kMax + 1).fill(0);
  let s = 0;
  for (let k = 0; k <= kMax; k++) lower.push((s += terms[k] ?? 0));
  s = 0;
  for (let k = kMax; k >= 0; k--) {
    upper[k] = s;
    s += terms[k] ?? 0;
  }
  return { lower, upper };
}

/** u grid: stream-like extremes, dense interior, and both tails. */
const U_GRID = [2 ** -33, 1e-12, 1e-6, 0.001, ...Array.from({ length: 99 }, (_, i) => (i + 1) / 100), 0.999, 1 - 1e-6, 1 - 1e-12, 1 - 2 ** -33];

/** Check k is the smallest value with P(X ≤ k) > u, comparing u with the tail on its side (rel. tol 1e-10). */
function expectQuantile(k: number, u: number, t: { lower: number[]; upper: number[] }) {
  const rel = 1e-10;
  if (u <= 0.5) {
    expect(t.lower[k] ?? 1).toBeGreaterThan(u * (1 - rel));
    if (k > 0) expect(t.lower[k - 1] ?? 1).toBeLessThanOrEqual(u * (1 + rel));
  } else {
    const v = 1 - u;
    expect(t.upper[k] ?? 0).toBeLessThan(v * (1 + rel));
    if (k > 0) expect(t.upper[k - 1] ?? 0).toBeGreaterThanOrEqual(v * (1 - rel));
  }
}

describe('exact inversion: agrees with direct summation', () => {
  it('Poisson, means 1e-6 to 1000 (series and quadrature paths)', () => {
    for (const lambda of [1e-6, 0.3, 3, 40, 199, 250, 1000]) {
      const kMax = Math.ceil(lambda + 40 * Math.sqrt(lambda) + 60);
      const t = directTails((k) => poissonPmfRef(k, lambda), kMax);
      for (const u of U_GRID) expectQuantile(poissonQuantile(u, lambda), u, t);
    }
  });

  it('binomial, n up to 5000 (series and quadrature paths)', () => {
    for (const [n, p] of [
      [10, 0.3],
      [50, 0.37],
      [300, 0.98],
      [2000, 0.5],
      [5000, 0.1],
      [4000, 0.9],
    ] as const) {
      const t = directTails((k) => binomialPmfRef(k, n, p), n);
      for (const u of U_GRID) expectQuantile(binomialQuantile(u, n, p), u, t);
    }
  });

  // The reference pmf exp(-λ + k ln λ - ln k!) adds and cancels logs of size up to ~2000 here, so
  // it carries ~1e-12 relative error itself (5e-10 at λ = 1000 deep in the tail, where the 40-digit
  // references below take over): the tolerance is 5e-12, for tails above 1e-100.
  it('tail probabilities match direct summation to 5e-12 relative (both tails, many k)', () => {
    for (const lambda of [3, 40, 250]) {
      const kMax = Math.ceil(lambda + 30 * Math.sqrt(lambda) + 60);
      const t = directTails((k) => poissonPmfRef(k, lambda), kMax);
      for (let k = 0; k < kMax - 30; k += Math.max(1, Math.floor(Math.sqrt(lambda) / 4))) {
        const got = poissonTails(k, lambda);
        const [mine, ref] = k < lambda ? [got.lower, t.lower[k] ?? 0] : [got.upper, t.upper[k] ?? 0];
        if (ref > 1e-100) expect(Math.abs(mine - ref) / ref).toBeLessThan(5e-12);
      }
    }
    const t = directTails((k) => binomialPmfRef(k, 4000, 0.3), 4000);
    for (let k = 900; k < 1500; k += 7) {
      const got = binomialTails(k, 4000, 0.3);
      const [mine, ref] = k < 1200 ? [got.lower, t.lower[k] ?? 0] : [got.upper, t.upper[k] ?? 0];
      expect(Math.abs(mine - ref) / ref).toBeLessThan(5e-12);
    }
  });
});

describe('huge means: exact against 40-digit references, bounded work', () => {
  /**
   * [k, mean, P(N ≤ k), P(N > k)] from mpmath at 40 digits (gamma tail integrals by mp.quad,
   * cross-checked with scipy's Temme-expansion incomplete gamma in the lower tail).
   */
  const POISSON_TAILS: [number, number, number, number][] = [
    [99700000, 100000000.0, 3.1312547882204412e-198, 1.0],
    [99910000, 100000000.0, 1.1154669579649718e-19, 1.0],
    [99940000, 100000000.0, 9.83351515477164e-10, 0.9999999990166485],
    [99970000, 100000000.0, 0.0013495286998510588, 0.998650471300149],
    [99990000, 100000000.0, 0.15866735307263513, 0.8413326469273649],
    [99997000, 100000000.0, 0.3821134320419375, 0.6178865679580625],
    [100000000, 100000000.0, 0.5000265961519927, 0.4999734038480072],
    [100003000, 100000000.0, 0.6179362755033011, 0.38206372449669895],
    [100010000, 100000000.0, 0.8413568439998674, 0.1586431560001326],
    [100030000, 100000000.0, 0.9986497326587501, 0.0013502673412498889],
    [100060000, 100000000.0, 0.9999999990101676, 9.898324631127138e-10],
    [100090000, 100000000.0, 1.0, 1.141852178453889e-19],
    [100300000, 100000000.0, 1.0, 7.678541278609781e-198],
    [999970000000, 1000000000000.0, 4.88475642497485e-198, 1.0],
    [999991000000, 1000000000000.0, 1.1284564893089432e-19, 1.0],
    [999994000000, 1000000000000.0, 9.865552407635885e-10, 0.9999999990134447],
    [999997000000, 1000000000000.0, 0.0013498943384219766, 0.998650105661578],
    [999999000000, 1000000000000.0, 0.1586553749168798, 0.8413446250831202],
    [999999700000, 1000000000000.0, 0.3820888263488196, 0.6179111736511804],
    [1000000000000, 1000000000000.0, 0.5000002659615203, 0.49999973403847975],
    [1000000300000, 1000000000000.0, 0.6179116707266332, 0.3820883292733668],
    [1000001000000, 1000000000000.0, 0.8413448670538447, 0.1586551329461553],
    [1000003000000, 1000000000000.0, 0.998650098275164, 0.0013499017248359965],
    [1000006000000, 1000000000000.0, 0.99999999901338, 9.866200501806592e-10],
    [1000009000000, 1000000000000.0, 1.0, 1.1287203368310845e-19],
    [1000030000000, 1000000000000.0, 1.0, 4.9287694674736405e-198],
    [999999051316702, 1000000000000000.0, 4.906018306511026e-198, 1.0],
    [999999715395010, 1000000000000000.0, 1.1285840440472736e-19, 1.0],
    [999999810263340, 1000000000000000.0, 9.8658654539794e-10, 0.9999999990134134],
    [999999905131670, 1000000000000000.0, 0.001349897887519102, 0.998650102112481],
    [999999968377223, 1000000000000000.0, 0.1586552547095197, 0.8413447452904803],
    [999999990513167, 1000000000000000.0, 0.3820885854353818, 0.6179114145646182],
    [1000000000000000, 1000000000000000.0, 0.5000000084104418, 0.49999999158955827],
    [1000000009486833, 1000000000000000.0, 0.6179114302835241, 0.3820885697164758],
    [1000000031622776, 1000000000000000.0, 0.8413447452904803, 0.1586552547095197],
    [1000000094868329, 1000000000000000.0, 0.9986501017387546, 0.0013498982612453827],
    [1000000189736659, 1000000000000000.0, 0.9999999990134112, 9.865887869879876e-10],
    [1000000284604989, 1000000000000000.0, 1.0, 1.1285927127132874e-19],
    [1000000948683298, 1000000000000000.0, 1.0, 4.907410116619875e-198],
  ];
  /** [k, n, p, P(X ≤ k), P(X > k)] from mpmath at 40 digits (beta tail integrals, p taken as its exact double). */
  const BINOMIAL_TAILS: [number, number, number, number, number][] = [
    [485000, 1000000.0, 0.5, 4.726203126285792e-198, 1.0],
    [495500, 1000000.0, 0.5, 1.1382925725589255e-19, 1.0],
    [497000, 1000000.0, 0.5, 9.925748819615104e-10, 0.9999999990074251],
    [498500, 1000000.0, 0.5, 0.0013543276530298784, 0.9986456723469701],
    [499500, 1000000.0, 0.5, 0.15889734568165276, 0.8411026543183472],
    [499850, 1000000.0, 0.5, 0.3824700314327715, 0.6175299685672285],
    [500000, 1000000.0, 0.5, 0.5003989421806658, 0.4996010578193341],
    [500150, 1000000.0, 0.5, 0.6182927440412657, 0.3817072559587343],
    [500500, 1000000.0, 0.5, 0.8415865958480424, 0.15841340415195762],
    [501500, 1000000.0, 0.5, 0.9986545360216347, 0.0013454639783652793],
    [503000, 1000000.0, 0.5, 0.9999999990195758, 9.804242129243372e-10],
    [504500, 1000000.0, 0.5, 1.0, 1.1177434365203498e-19],
    [515000, 1000000.0, 0.5, 1.0, 4.450594262396513e-198],
    [299986252272, 1000000000000.0, 0.3, 4.887345059595981e-198, 1.0],
    [299995875681, 1000000000000.0, 0.3, 1.1284603715962557e-19, 1.0],
    [299997250454, 1000000000000.0, 0.3, 9.865556078132213e-10, 0.9999999990134444],
    [299998625227, 1000000000000.0, 0.3, 0.0013498948901083936, 0.9986501051098916],
    [299999541742, 1000000000000.0, 0.3, 0.15865529063262032, 0.8413447093673797],
    [299999862522, 1000000000000.0, 0.3, 0.3820884375978464, 0.6179115624021536],
    [300000000000, 1000000000000.0, 0.3, 0.5000004933289408, 0.4999995066710592],
    [300000137477, 1000000000000.0, 0.3, 0.6179116634010335, 0.3820883365989664],
    [300000458257, 1000000000000.0, 0.3, 0.8413447093791255, 0.1586552906208745],
    [300001374772, 1000000000000.0, 0.3, 0.9986500947942706, 0.0013499052057293884],
    [300002749545, 1000000000000.0, 0.3, 0.9999999990133825, 9.86617481217787e-10],
    [300004124318, 1000000000000.0, 0.3, 1.0, 1.1286996473024174e-19],
    [300013747727, 1000000000000.0, 0.3, 1.0, 4.925890339064679e-198],
    [715, 1000000000000.0, 1e-9, 1.2953784992154808e-21, 1.0],
    [810, 1000000000000.0, 1e-9, 2.9504390257791934e-10, 0.9999999997049561],
    [905, 1000000000000.0, 1e-9, 0.0012146255019995593, 0.9987853744980004],
    [968, 1000000000000.0, 1e-9, 0.1595964640392229, 0.8404035359607771],
    [990, 1000000000000.0, 1e-9, 0.38376226656907964, 0.6162377334309204],
    [1000, 1000000000000.0, 1e-9, 0.5084093671685052, 0.4915906328314948],
    [1009, 1000000000000.0, 1e-9, 0.6198951252872176, 0.3801048747127824],
    [1031, 1000000000000.0, 1e-9, 0.8404232872795884, 0.15957671272041157],
    [1094, 1000000000000.0, 1e-9, 0.9984020502866832, 0.001597949713316792],
    [1189, 1000000000000.0, 1e-9, 0.9999999970911263, 2.9088736496512144e-9],
    [1284, 1000000000000.0, 1e-9, 1.0, 3.378487345516046e-18],
    [1948, 1000000000000.0, 1e-9, 1.0, 3.7174017645799422e-155],
    [998999970015003, 1000000000000000.0, 0.999, 4.928773026559523e-198, 1.0],
    [998999991004501, 1000000000000000.0, 0.999, 1.1287291322502837e-19, 1.0],
    [998999994003000, 1000000000000000.0, 0.999, 9.866215183684987e-10, 0.9999999990133784],
    [998999997001500, 1000000000000000.0, 0.999, 0.0013499044892641401, 0.9986500955107359],
    [998999999000500, 1000000000000000.0, 0.999, 0.1586553449157397, 0.8413446550842603],
    [998999999700150, 1000000000000000.0, 0.999, 0.38208869686589864, 0.6179113031341014],
    [999000000000000, 1000000000000000.0, 0.999, 0.500000133534857, 0.49999986646514305],
    [999000000299850, 1000000000000000.0, 0.999, 0.6179115698765401, 0.38208843012346],
    [999000000999499, 1000000000000000.0, 0.999, 0.8413446555142414, 0.15865534448575855],
    [999000002998499, 1000000000000000.0, 0.999, 0.9986501073191433, 0.0013498926808566914],
    [999000005996999, 1000000000000000.0, 0.999, 0.9999999990134493, 9.865507287428416e-10],
    [999000008995498, 1000000000000000.0, 0.999, 1.0, 1.1284553971473624e-19],
    [999000029984996, 1000000000000000.0, 0.999, 1.0, 4.8846789573607564e-198],
  ];

  it('tail probabilities to 1e-13 relative (4e-13 below 1e-100)', () => {
    for (const [k, mean, lower, upper] of POISSON_TAILS) {
      const got = poissonTails(k, mean);
      const [mine, ref] = lower < upper ? [got.lower, lower] : [got.upper, upper];
      expect(Math.abs(mine - ref) / ref).toBeLessThan(ref < 1e-100 ? 4e-13 : 1e-13);
    }
    for (const [k, n, p, lower, upper] of BINOMIAL_TAILS) {
      const got = binomialTails(k, n, p);
      const [mine, ref] = lower < upper ? [got.lower, lower] : [got.upper, upper];
      expect(Math.abs(mine - ref) / ref).toBeLessThan(ref < 1e-100 ? 4e-13 : 1e-13);
    }
  });

  /** [kind, u, mean or n, (p,) quantile]: each verified with mpmath: P(X ≤ k-1) ≤ u < P(X ≤ k). */
  const QUANTILES: (string | number)[][] = [
    ['P', 1.1641532182693481e-10, 10000, 9373],
    ['P', 1e-6, 10000, 9528],
    ['P', 0.1, 10000, 9872],
    ['P', 0.5, 10000, 10000],
    ['P', 0.9, 10000, 10128],
    ['P', 0.999999, 10000, 10479],
    ['P', 0.9999999998835847, 10000, 10640],
    ['P', 1.1641532182693481e-10, 100000000, 99936627],
    ['P', 1e-6, 100000000, 99952469],
    ['P', 0.1, 100000000, 99987185],
    ['P', 0.5, 100000000, 100000000],
    ['P', 0.9, 100000000, 100012816],
    ['P', 0.999999, 100000000, 100047538],
    ['P', 0.9999999998835847, 100000000, 100063386],
    ['P', 1.1641532182693481e-10, 1000000000000, 999993662049],
    ['P', 1e-6, 1000000000000, 999995246579],
    ['P', 0.1, 1000000000000, 999998718449],
    ['P', 0.5, 1000000000000, 1000000000000],
    ['P', 0.9, 1000000000000, 1000001281552],
    ['P', 0.999999, 1000000000000, 1000004753428],
    ['P', 0.9999999998835847, 1000000000000, 1000006337964],
    ['P', 1.1641532182693481e-10, 1000000000000000, 999999799576184],
    ['P', 1e-6, 1000000000000000, 999999849683529],
    ['P', 0.1, 1000000000000000, 999999959473781],
    ['P', 0.5, 1000000000000000, 1000000000000000],
    ['P', 0.9, 1000000000000000, 1000000040526219],
    ['P', 0.999999, 1000000000000000, 1000000150316479],
    ['P', 0.9999999998835847, 1000000000000000, 1000000200423829],
    ['B', 1.1641532182693481e-10, 1000000, 0.5, 496831],
    ['B', 1e-6, 1000000, 0.5, 497623],
    ['B', 0.1, 1000000, 0.5, 499359],
    ['B', 0.5, 1000000, 0.5, 500000],
    ['B', 0.9, 1000000, 0.5, 500641],
    ['B', 0.999999, 1000000, 0.5, 502377],
    ['B', 0.9999999998835847, 1000000, 0.5, 503169],
    ['B', 1.1641532182693481e-10, 1000000000000, 0.3, 299997095585],
    ['B', 1e-6, 1000000000000, 0.3, 299997821709],
    ['B', 0.1, 1000000000000, 0.3, 299999412719],
    ['B', 0.5, 1000000000000, 0.3, 300000000000],
    ['B', 0.9, 1000000000000, 0.3, 300000587281],
    ['B', 0.999999, 1000000000000, 0.3, 300002178294],
    ['B', 0.9999999998835847, 1000000000000, 0.3, 300002904420],
    ['B', 1.1641532182693481e-10, 1000000000000, 1e-9, 806],
    ['B', 1e-6, 1000000000000, 1e-9, 853],
    ['B', 0.1, 1000000000000, 1e-9, 960],
    ['B', 0.5, 1000000000000, 1e-9, 1000],
    ['B', 0.9, 1000000000000, 1e-9, 1041],
    ['B', 0.999999, 1000000000000, 1e-9, 1154],
    ['B', 0.9999999998835847, 1000000000000, 1e-9, 1207],
  ];

  it('quantiles equal the 40-digit reference quantiles', () => {
    for (const row of QUANTILES) {
      if (row[0] === 'P') {
        const [, u, mean, k] = row as [string, number, number, number];
        expect(poissonQuantile(u, mean)).toBe(k);
      } else {
        const [, u, n, p, k] = row as [string, number, number, number, number];
        expect(binomialQuantile(u, n, p)).toBe(k);
      }
    }
  });

  /** One tail evaluation (a series of ≤ 1000 terms or a quadrature of ≤ 112 nodes) and a short walk. */
  const expectBoundedWork = () => {
    expect(samplerWork.tailEvaluations).toBe(1);
    expect(samplerWork.walkSteps).toBeLessThan(20);
    expect(samplerWork.seriesTerms).toBeLessThanOrEqual(1000);
    expect(samplerWork.quadratureNodes).toBeLessThanOrEqual(112);
  };

  const STREAM_US = [2 ** -33, 1e-9, 0.02, 0.31, 0.5, 0.77, 0.999, 1 - 2 ** -33];

  it('Poisson 1e8, 1e12, 1e15: finite integers within 7 sd, one evaluation and a short walk for stream uniforms', () => {
    for (const mean of [1e8, 1e12, 1e15]) {
      for (const u of STREAM_US) {
        const k = poissonQuantile(u, mean);
        expect(Number.isSafeInteger(k)).toBe(true);
        expect(Math.abs(k - mean)).toBeLessThan(7 * Math.sqrt(mean));
        expectBoundedWork();
      }
    }
  });

  it('binomial n = 1e12: finite integers within 7 sd, one evaluation and a short walk', () => {
    for (const p of [1e-9, 0.01, 0.5, 0.999]) {
      for (const u of STREAM_US) {
        const k = binomialQuantile(u, 1e12, p);
        const sd = Math.sqrt(1e12 * p * (1 - p));
        expect(Number.isSafeInteger(k)).toBe(true);
        expect(Math.abs(k - 1e12 * p)).toBeLessThan(7 * sd + 1);
        expectBoundedWork();
      }
    }
  });

  it('extreme uniforms (1e-300, 1 - 2^-53) stay bounded too', () => {
    for (const mean of [3, 1e4, 1e12, 1e15]) {
      for (const u of [1e-300, Number.MIN_VALUE, 1 - 2 ** -53]) {
        const k = poissonQuantile(u, mean);
        expect(Number.isSafeInteger(k)).toBe(true);
        expect(samplerWork.tailEvaluations).toBeLessThan(100);
        expect(samplerWork.walkSteps).toBeLessThan(100);
        expect(samplerWork.seriesTerms + samplerWork.quadratureNodes).toBeLessThan(20_000);
      }
      const k = binomialQuantile(1e-300, 1e12, 0.3);
      expect(k).toBeGreaterThan(0.3e12 - 40 * Math.sqrt(0.21e12));
      expect(samplerWork.tailEvaluations).toBeLessThan(100);
    }
  });
});

describe('common random numbers: one uniform gives counts monotone in the parameters (property)', () => {
  const u01 = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
  const logMean = fc.double({ min: -6, max: 15.5, noNaN: true }).map((x) => 10 ** x);

  it('Poisson: non-decreasing in the mean, small and huge', () => {
    fc.assert(
      fc.property(u01, logMean, fc.double({ min: 0, max: 1, noNaN: true }), (u, mean, f) => {
        const k1 = poissonQuantile(u, mean);
        const k2 = poissonQuantile(u, mean * (1 + f));
        expect(Number.isSafeInteger(k1) && k1 >= 0).toBe(true);
        expect(k2).toBeGreaterThanOrEqual(k1);
      }),
      { numRuns: 1000 },
    );
  });

  it('Poisson: neighbouring means around each quantile boundary', () => {
    fc.assert(
      fc.property(u01, fc.double({ min: 0, max: 3000, noNaN: true }), (u, mean) => {
        expect(poissonQuantile(u, mean + 1e-9)).toBeGreaterThanOrEqual(poissonQuantile(u, mean));
      }),
      { numRuns: 1000 },
    );
  });

  it('binomial: non-decreasing in p and in n', () => {
    const n = fc.double({ min: 0, max: 12, noNaN: true }).map((x) => Math.floor(10 ** x));
    fc.assert(
      fc.property(u01, n, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (u, trials, p, f) => {
        const k = binomialQuantile(u, trials, p);
        expect(Number.isSafeInteger(k) && k >= 0 && k <= trials).toBe(true);
        expect(binomialQuantile(u, trials, p + (1 - p) * f)).toBeGreaterThanOrEqual(k);
        expect(binomialQuantile(u, trials + Math.floor(f * 1000), p)).toBeGreaterThanOrEqual(k);
      }),
      { numRuns: 1000 },
    );
  });

  it('exponential waits are non-increasing in the rate; bernoulli is monotone in p', () => {
    fc.assert(
      fc.property(u01, fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (u, rate, f) => {
        expect(exponentialQuantile(u, rate * (1 + f))).toBeLessThanOrEqual(exponentialQuantile(u, rate));
        const p = Math.min(1, rate / 1e6);
        if (bernoulli(u, p)) expect(bernoulli(u, Math.min(1, p * (1 + f)))).toBe(true);
      }),
    );
  });
});

describe('defined behaviour for odd inputs (never a hang)', () => {
  it('Poisson', () => {
    expect(poissonQuantile(0.5, 0)).toBe(0);
    expect(poissonQuantile(0.5, -3)).toBe(0);
    expect(poissonQuantile(0.5, NaN)).toBe(0);
    expect(poissonQuantile(0.5, Infinity)).toBe(Infinity);
    expect(poissonQuantile(NaN, 5)).toBe(0);
    expect(poissonQuantile(0, 1e12)).toBe(0);
    expect(poissonQuantile(-1, 5)).toBe(0);
    expect(poissonQuantile(1, 5)).toBe(poissonQuantile(1 - 2 ** -53, 5));
    expect(poissonQuantile(2, 5)).toBe(poissonQuantile(1 - 2 ** -53, 5));
    // Beyond 2^52 the rounded Cornish-Fisher quantile (no exact integers there).
    const big = poissonQuantile(0.5, 1e300);
    expect(Number.isFinite(big)).toBe(true);
    expect(Math.abs(big / 1e300 - 1)).toBeLessThan(1e-12);
    expect(poissonQuantile(0.5, 1e9)).toBe(1e9);
  });

  it('binomial', () => {
    expect(binomialQuantile(0.5, 0, 0.5)).toBe(0);
    expect(binomialQuantile(0.5, NaN, 0.5)).toBe(0);
    expect(binomialQuantile(0.5, -4, 0.5)).toBe(0);
    expect(binomialQuantile(0.5, 10.9, 1)).toBe(10);
    expect(binomialQuantile(0.5, 10, NaN)).toBe(0);
    expect(binomialQuantile(0.5, 10, -0.1)).toBe(0);
    expect(binomialQuantile(0.5, 10, 1.5)).toBe(10);
    expect(binomialQuantile(0.5, Infinity, 0.1)).toBe(Infinity);
    expect(binomialQuantile(0.5, Infinity, 0)).toBe(0);
    expect(binomialQuantile(NaN, 10, 0.5)).toBe(0);
    expect(binomialQuantile(1 - 2 ** -53, 10, 0.5)).toBe(10);
    const huge = binomialQuantile(0.5, 1e20, 0.5);
    expect(Math.abs(huge / 0.5e20 - 1)).toBeLessThan(1e-9);
    expect(binomialQuantile(0.999, 1e20, 1 - 1e-30)).toBeLessThanOrEqual(1e20);
  });

  it('continuous samplers and helpers', () => {
    expect(uniform(0.25, 10, 20)).toBe(12.5);
    expect(uniform(0.5)).toBe(0.5);
    expect(bernoulli(0.3, 0.4)).toBe(true);
    expect(bernoulli(0.4, 0.4)).toBe(false);
    expect(bernoulli(0, 0)).toBe(false);
    expect(bernoulli(0.5, NaN)).toBe(false);
    expect(exponentialQuantile(1 - Math.exp(-1), 2)).toBeCloseTo(0.5, 14);
    expect(exponentialQuantile(0.5, 0)).toBe(Infinity);
    expect(exponentialQuantile(0.5, NaN)).toBe(Infinity);
    expect(exponentialQuantile(0.5, Infinity)).toBe(0);
    expect(exponentialQuantile(1, Infinity)).toBe(0);
    expect(exponentialQuantile(NaN, 1)).toBe(0);
    // log1pmx: no cancellation near 0 (series -x²/2 + x³/3 - ...), continuous at the switch.
    expect(log1pmx(1e-8) / (-5e-17 + 1e-24 / 3)).toBeCloseTo(1, 14);
    expect(log1pmx(-1e-5) / (-5e-11 - 1e-15 / 3 - 2.5e-21)).toBeCloseTo(1, 14);
    expect(log1pmx(0.25) / (Math.log(1.25) - 0.25)).toBeCloseTo(1, 13);
    expect(log1pmx(0.2500001) / (Math.log1p(0.2500001) - 0.2500001)).toBeCloseTo(1, 13);
    expect(log1pmx(-0.25) / (Math.log(0.75) + 0.25)).toBeCloseTo(1, 13);
  });
});
