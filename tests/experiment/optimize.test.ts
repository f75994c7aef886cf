/**
 * optimizeAllocation's parts and promises: the objective, the decision space (today, bounds,
 * caps, spreads, the overlay that reproduces a candidate), the search stages on a known convex
 * function, Kim-Nelson's probability of correct selection, and the whole optimiser's
 * determinism (any worker count, resumed from a store) and its naive-versus-robust report.
 */
import { describe, expect, test } from 'vitest';
import { applyPolicy } from '../../src/experiment/policy';
import { scenarioHash } from '../../src/scenario/hash';
import { createRng } from '../../src/rng/streams';
import { normalQuantile } from '../../src/rng/distributions';
import {
  allocationOverlay,
  allocationSpace,
  applyAllocation,
  kimNelson,
  optimizeAllocation,
  parseObjective,
  type EvaluationStore,
  type OptimizeOptions,
} from '../../src/experiment/optimization';
import { marginalAllocation } from '../../src/experiment/optimization/greedy';
import { exchangeSearch } from '../../src/experiment/optimization/local-search';
import type { SearchProblem } from '../../src/experiment/optimization/problem';
import { isFeasible, spreadAllocation } from '../../src/experiment/optimization/space';
import { ExperimentError } from '../../src/experiment/errors';
import { defaultScenario } from './experiment-helpers';
import { closedFormInstance } from './optimize-helpers';

describe('objective', () => {
  test('a metric, a weighted list, or weights by name; maximised objectives keep their sense', () => {
    expect(parseObjective('gotAway').label).toBe('gotAway');
    expect(parseObjective('gotAway:1, kgThrough:0.01').terms).toEqual([
      { metric: 'gotAway', weight: 1 },
      { metric: 'kgThrough', weight: 0.01 },
    ]);
    expect(parseObjective({ interdicted: 1 }, 'maximize').sense).toBe('maximize');
    expect(() => parseObjective('')).toThrow(ExperimentError);
    expect(() => parseObjective('gotAway:x')).toThrow(/METRIC:WEIGHT/);
    expect(() => parseObjective('gotAway,gotAway')).toThrow(/twice/);
  });
});

describe('the decision space', () => {
  const scenario = defaultScenario();

  test("today is each sector's patrol personnel of the side; extra guards keep today's as the floor", () => {
    const space = allocationSpace(scenario, { extraPersonnel: 2000 });
    expect(space.side).toBe('tajikistan');
    expect(space.today).toHaveLength(12);
    const total = space.today.reduce((a, v) => a + v, 0);
    expect(total).toBe(3750);
    expect(space.caps.personnel).toBe(5750);
    expect(space.lower).toEqual(space.today);
    expect(space.fill).toBe(true);
    expect(isFeasible(space, space.today)).toBe(false); // the 2,000 must be placed
    const even = spreadAllocation(space, () => 1);
    expect(isFeasible(space, even)).toBe(true);
    expect(
      Math.max(...even.map((v, i) => v - (space.today[i] as number))) - Math.min(...even.map((v, i) => v - (space.today[i] as number))),
    ).toBeLessThanOrEqual(1);
  });

  test('a total redistributes from zero; bounds and a budget narrow the space', () => {
    const space = allocationSpace(scenario, { totalPersonnel: 3500, bounds: { personnel: { panj: { min: 600, max: 900 } } } });
    const panj = space.coordinates.findIndex((k) => k.sector === 'panj');
    expect(space.lower[panj]).toBe(600);
    expect(space.upper[panj]).toBe(900);
    expect(space.lower.filter((v, i) => i !== panj).every((v) => v === 0)).toBe(true);
    const budget = allocationSpace(scenario, { budgetUsdPerYear: 1e6 });
    // USD 30 a person a week (the cost model) is 1,565.4 a year: at most 638 more guards in a sector.
    expect(budget.unitCostUsdPerYear[0]).toBeCloseTo((30 * 365.25) / 7, 6);
    expect(budget.upper[0]).toBe((budget.today[0] as number) + 638);
    expect(budget.fill).toBe(false);
    expect(() => allocationSpace(scenario, {})).toThrow(/say what to allocate/);
    expect(() => allocationSpace(scenario, { extraPersonnel: 10, bounds: { personnel: { atlantis: { max: 1 } } } })).toThrow(/no sector "atlantis"/);
    expect(() => allocationSpace(scenario, { extraPosts: 2, budgetUsdPerYear: 1e6 })).toThrow(/postCostUsdPerYear/);
  });

  test('the overlay of an allocation gives the same scenario as the fast path the search uses', () => {
    for (const options of [{ extraPersonnel: 2000 }, { extraPersonnel: 500, extraPosts: 4 }] as const) {
      const space = allocationSpace(scenario, options);
      const x = spreadAllocation(space, (k) => (k.sector === 'panj' ? 5 : 1));
      const fast = applyAllocation(space, x);
      const viaOverlay = applyPolicy(scenario, { name: 'x', overlay: allocationOverlay(space, x) });
      expect(scenarioHash(fast)).toBe(scenarioHash(viaOverlay));
    }
  });

  test("a sector without a patrol unit of the side gets one, built from the side's largest, in every candidate", () => {
    const inst = closedFormInstance(3, 1);
    const doc = structuredClone(inst.scenario);
    doc.forces = doc.forces.filter((f) => f.location !== 's1');
    const space = allocationSpace(doc, { totalPersonnel: 300 });
    expect(space.addedUnits[1]).toBe('guards-optimize-s1');
    const s = applyAllocation(space, [100, 150, 50]);
    expect(s.forces.find((f) => f.id === 'guards-optimize-s1')?.personnel).toBe(150);
    expect(scenarioHash(applyPolicy(doc, { name: 'x', overlay: allocationOverlay(space, [100, 150, 50]) }))).toBe(scenarioHash(s));
  });
});

/** A separable convex problem with a known integer optimum, as the search stages see it. */
function convexProblem(weights: number[], total: number): { problem: SearchProblem; optimum: number[] } {
  const space = allocationSpace(closedFormInstance(weights.length, 1).scenario, { totalPersonnel: total });
  const f = (x: readonly number[]) => x.reduce((a, v, i) => a + (weights[i] as number) * Math.exp(-v / 50), 0);
  const problem: SearchProblem = { space, values: async (xs) => xs.map(f) };
  // The integer optimum by marginal allocation, one guard at a time.
  const optimum = weights.map(() => 0);
  for (let g = 0; g < total; g++) {
    let best = 0;
    for (let i = 1; i < weights.length; i++) if (f(optimum.map((v, j) => (j === i ? v + 1 : v))) < f(optimum.map((v, j) => (j === best ? v + 1 : v)))) best = i;
    optimum[best] = (optimum[best] as number) + 1;
  }
  return { problem, optimum };
}

describe('the search stages on a known convex objective', () => {
  test('marginal allocation with a step of 1 is the integer optimum (discrete water-filling)', async () => {
    const { problem, optimum } = convexProblem([400, 100, 250, 30], 300);
    const r = await marginalAllocation(problem, [1, 1, 1, 1]);
    expect(r.x).toEqual(optimum);
  });

  test('the exchange search walks from a bad allocation to the optimum, halving its step', async () => {
    const { problem, optimum } = convexProblem([400, 100, 250, 30], 300);
    let x = [0, 0, 0, 300];
    for (const step of [40, 20, 10, 5, 2, 1])
      x = (await exchangeSearch(problem, x, { step: [step, step, step, step], rng: createRng('t'), maxIterations: 200 })).x;
    expect(x).toEqual(optimum);
  });
});

describe('Kim-Nelson selection', () => {
  test('picks the best of k normal systems at least 1 − α of the time when it is δ better (400 replications)', async () => {
    const k = 4;
    const delta = 1;
    const sigma = 4;
    let correct = 0;
    const macro = 400;
    for (let m = 0; m < macro; m++) {
      const rng = createRng(`kn/${m}`);
      // System 0 is best by exactly δ (the least favourable configuration); a common shock per run (CRN).
      const means = [0, delta, delta, delta];
      const r = await kimNelson(
        k,
        async (_b, systems) => {
          const shocks = Array.from({ length: 10 }, () => 3 * normalQuantile(1e-12 + rng.next() * (1 - 2e-12)));
          return systems.map((s) => Float64Array.from(shocks, (c) => (means[s] as number) + c + sigma * normalQuantile(1e-12 + rng.next() * (1 - 2e-12))));
        },
        { indifference: delta, alpha: 0.05 },
      );
      if (r.best === 0) correct++;
      expect(r.certified).toBe(true);
    }
    // PCS >= 0.95; allow 3 binomial standard errors below it for 400 replications.
    expect(correct / macro).toBeGreaterThanOrEqual(0.95 - 3 * Math.sqrt((0.95 * 0.05) / macro));
  });

  test('one system is selected at once; options are checked', async () => {
    const r = await kimNelson(1, async (_b, s) => s.map(() => new Float64Array(10)), { indifference: 1 });
    expect(r.best).toBe(0);
    await expect(kimNelson(2, async () => [], { indifference: 0 })).rejects.toThrow(/indifference/);
    await expect(kimNelson(2, async () => [], { indifference: 1, firstStage: 15, batch: 10 })).rejects.toThrow(/multiple of batch/);
  });
});

describe('optimizeAllocation', () => {
  const small: Omit<OptimizeOptions, 'seed'> = {
    totalPersonnel: 300,
    search: { runs: 8, levels: 2, greedySteps: 6 },
    selection: { firstStage: 10, batch: 5, maxRuns: 60 },
    finalRuns: 20,
  };
  const moving = closedFormInstance(3, 4, { displacement: 4, turns: 12 }).scenario;

  test('the same result for 1 and 2 workers, naive and robust optima reported against a displacing adversary', async () => {
    const one = await optimizeAllocation(moving, { ...small, seed: 3, workers: 1 });
    const two = await optimizeAllocation(moving, { ...small, seed: 3, workers: 2 });
    expect(two).toEqual(one);
    expect(one.optima.map((o) => o.adversary)).toEqual(['fixed', 'adaptive']);
    expect(one.robustness).toBeDefined();
    const rb = one.robustness as NonNullable<typeof one.robustness>;
    expect(rb.naive).toEqual(one.allocations.naive);
    expect(rb.robust).toEqual(one.allocations.proposed);
    expect(rb.loss.ci95[0]).toBeLessThanOrEqual(rb.loss.mean);
    expect(rb.promised.n).toBe(20);
    // The table shows today, the proposal and the change, and the naive allocation.
    for (const row of one.table) expect(row.change).toBe(row.proposed - row.today);
    expect(one.table.map((r) => r.naive)).toEqual(rb.naive);
    expect(one.comparison.baseline).toBe('today');
    expect(one.convergence.length).toBeGreaterThan(3);
  }, 240_000);

  test('an interrupted optimisation resumed from its store gives the same result, reading back what was done', async () => {
    const values = new Map<string, number[]>();
    const store: EvaluationStore = { get: (k) => values.get(k), set: (k, v) => void values.set(k, Array.from(v)) };
    const controller = new AbortController();
    const stopping: EvaluationStore = {
      get: store.get,
      set: (k, v) => {
        store.set(k, v);
        if (values.size === 25) controller.abort(new Error('stop'));
      },
    };
    const fixedOnly = { ...small, adversary: 'fixed' as const };
    const inst = closedFormInstance(3, 2, { turns: 12 }).scenario;
    await expect(optimizeAllocation(inst, { ...fixedOnly, seed: 4, store: stopping, signal: controller.signal })).rejects.toThrow('stop');
    const resumed = await optimizeAllocation(inst, { ...fixedOnly, seed: 4, store });
    const straight = await optimizeAllocation(inst, { ...fixedOnly, seed: 4 });
    expect(resumed.counts.runsRestored).toBeGreaterThan(0);
    const { counts: _a, ...r1 } = resumed;
    const { counts: _b, ...r2 } = straight;
    expect(r1).toEqual(r2);
  }, 240_000);

  test('bad options are ExperimentErrors', async () => {
    await expect(optimizeAllocation(moving, { seed: -1, totalPersonnel: 3 })).rejects.toThrow(ExperimentError);
    await expect(
      optimizeAllocation(moving, {
        seed: 1,
        totalPersonnel: 3,
        adversary: 'both',
        adversaries: { adaptive: { name: 'fixed', adapts: true, scenario: (s) => s } },
      }),
    ).rejects.toThrow(/different names/);
    await expect(optimizeAllocation(moving, { ...small, seed: 1, objective: 'nonsense', adversary: 'fixed' })).rejects.toThrow(/unknown metric "nonsense"/);
  });
});
