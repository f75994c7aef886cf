/**
 * The optimiser against the closed form (docs/optimization.md, "The closed-form check"):
 * independent sectors, Poisson attempts, Koopman patrols, a fixed chance q of stopping a detected
 * attempt, no displacement, fatigue or battles. Expected got-aways are
 * G(x) = Σ l_i (1 − q + q exp(−c_i x_i)), minimised under Σ x = X by water-filling. l_i, c_i and
 * q are read from the engine's own log (optimize-helpers.ts), so the check follows the model.
 *
 * The tolerance, from the sample sizes: the optimiser searches on the lattice of its finest step
 * s (here 5 guards), on a sample of R = 128 runs, and selects among finalists with indifference
 * zone δ. So G(found) − G(water-filling) may exceed the best the lattice allows,
 * G(x_lattice) − G(x*), by δ and by the sampling error of the search's comparison of the found
 * allocation with the lattice's best, 4 sd(D) / √R with D the per-run difference of the two
 * (common random numbers), measured here on 400 paired runs.
 */
import { describe, expect, test } from 'vitest';
import { comparePolicies } from '../../src/experiment/compare';
import { allocationOverlay, allocationSpace, expectedGotAways, integerWaterFilling, optimizeAllocation, waterFilling } from '../../src/experiment/optimization';
import { closedFormInstance, closedFormOf } from './optimize-helpers';

/** The greedy's step; the search halves it at each of its levels, down to 5 guards. */
const FIRST_STEP = 20;
const LEVELS = 3;
const FINEST = FIRST_STEP / 2 ** (LEVELS - 1);
const BLOCK = 32;
const DELTA = 0.25;

describe('the optimiser finds the water-filling optimum', () => {
  for (const [n, seed] of [
    [3, 1],
    [5, 2],
    [8, 3],
  ] as const) {
    test(`${n} sectors, unequal rates (instance seed ${seed})`, async () => {
      const inst = closedFormInstance(n, seed);
      const cf = closedFormOf(inst.scenario, new Array<number>(n).fill(100));
      // The rates are unequal (what makes the allocation matter).
      const rates = cf.sectors.map((s) => s.rate);
      expect(Math.max(...rates) / Math.min(...rates)).toBeGreaterThanOrEqual(1.5);
      const star = waterFilling(cf.sectors, cf.q, inst.total);
      const lattice = integerWaterFilling(cf.sectors, cf.q, inst.total, FINEST);
      const r = await optimizeAllocation(inst.scenario, {
        totalPersonnel: inst.total,
        seed: 11,
        search: { runs: BLOCK, levels: LEVELS, step: { personnel: FIRST_STEP } },
        selection: { indifference: DELTA },
        finalRuns: 400,
      });
      const found = r.allocations.proposed as number[];
      expect(found.reduce((a, v) => a + v, 0)).toBe(inst.total);
      const G = (x: readonly number[]) => expectedGotAways(cf.sectors, cf.q, x);
      const space = allocationSpace(inst.scenario, { totalPersonnel: inst.total });
      const paired = await comparePolicies(inst.scenario, {
        policies: [
          { name: 'lattice', overlay: allocationOverlay(space, lattice) },
          { name: 'found', overlay: allocationOverlay(space, found) },
        ],
        runs: 400,
        seed: 5,
      });
      const sdD = paired.comparisons[0]?.metrics.gotAway?.sdDifference ?? NaN;
      const R = BLOCK * 2 ** (LEVELS - 1);
      const tolerance = G(lattice) - G(star.x) + DELTA + (4 * sdD) / Math.sqrt(R);
      expect(G(found) - G(star.x)).toBeGreaterThanOrEqual(0);
      expect(G(found) - G(star.x)).toBeLessThanOrEqual(tolerance);
      // The engine plays the closed form: the final evaluation's means agree with G (4 standard errors).
      for (const name of ['today', 'proposed'] as const) {
        const s = r.evaluation.objective[name];
        expect(Math.abs((s?.mean ?? NaN) - G(r.allocations[name] as number[]))).toBeLessThan(4 * ((s?.sd ?? NaN) / Math.sqrt(s?.n ?? 1)));
      }
      // And the optimum beats the even spread it started from by far more than the tolerance.
      expect(G(r.allocations.today as number[]) - G(found)).toBeGreaterThan(4 * tolerance);
    }, 240_000);
  }
});

describe('water-filling', () => {
  test('the marginal values q l c exp(−c x) are equal (ν) where guards go, and at most ν where none go', () => {
    const sectors = [
      { rate: 900, coefficient: 0.01 },
      { rate: 300, coefficient: 0.02 },
      { rate: 40, coefficient: 0.005 },
      { rate: 500, coefficient: 0.004 },
    ];
    const { x, level } = waterFilling(sectors, 0.7, 400);
    expect(x.reduce((a, v) => a + v, 0)).toBeCloseTo(400, 9);
    sectors.forEach((s, i) => {
      const marginal = 0.7 * s.rate * s.coefficient * Math.exp(-s.coefficient * (x[i] as number));
      if ((x[i] as number) > 0) expect(marginal / level).toBeCloseTo(1, 9);
      else expect(marginal).toBeLessThanOrEqual(level * (1 + 1e-9));
    });
    expect(x[2]).toBe(0);
  });

  test('the integer optimum is within one guard of the continuous one and no worse than any neighbour', () => {
    const sectors = [
      { rate: 100, coefficient: 0.01 },
      { rate: 50, coefficient: 0.01 },
      { rate: 75, coefficient: 0.03 },
    ];
    const xi = integerWaterFilling(sectors, 0.8, 200);
    const xc = waterFilling(sectors, 0.8, 200).x;
    xi.forEach((v, i) => expect(Math.abs(v - (xc[i] as number))).toBeLessThanOrEqual(1));
    const G = (x: number[]) => expectedGotAways(sectors, 0.8, x);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++)
        if (i !== j && (xi[j] as number) > 0) {
          const y = xi.slice();
          y[i] = (y[i] as number) + 1;
          y[j] = (y[j] as number) - 1;
          expect(G(y)).toBeGreaterThanOrEqual(G(xi) - 1e-9);
        }
  });
});
