import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './fast-check-seed';
import {
  linearLawLimit,
  linearLawStrengths,
  linearLawTimeToStrength,
  squareLawOutcome,
  squareLawStrengths,
  squareLawTimeToStrength,
  stochasticBattle,
  type LanchesterLaw,
} from '../../src/model/lanchester';
import { mulberry32, proportionTolerance } from './mulberry32';

const ex1 = { a0: 100, b0: 80, alpha: 0.1, beta: 0.1 };
const ex2 = { a0: 80, b0: 100, alpha: 1.44, beta: 1 };
const lin = { a0: 100, b0: 80, alpha: 0.001, beta: 0.001 };

describe('Lanchester square law, closed form (docs/model.md §7)', () => {
  it('A0 = 100, B0 = 80, α = β = 0.1: A(5) = 71.07497, B(5) = 38.10055', () => {
    const s = squareLawStrengths(ex1, 5);
    expect(s.a).toBeCloseTo(71.07497, 5);
    expect(s.b).toBeCloseTo(38.10055, 5);
    // Same as the cosh/sinh form.
    expect(s.a).toBeCloseTo(100 * Math.cosh(0.5) - 80 * Math.sinh(0.5), 9);
    expect(s.b).toBeCloseTo(80 * Math.cosh(0.5) - 100 * Math.sinh(0.5), 9);
  });

  it('... A is left with 60 at T = 10.98612', () => {
    const o = squareLawOutcome(ex1);
    expect(o.winner).toBe('A');
    expect(o.a).toBeCloseTo(60, 6);
    expect(o.b).toBe(0);
    expect(o.durationHours).toBeCloseTo(10.98612, 5);
    expect(squareLawTimeToStrength(ex1, 'B', 0)).toBeCloseTo(10.98612, 5);
    expect(squareLawStrengths(ex1, 10.98612).b).toBeLessThan(1e-4);
    expect(squareLawStrengths(ex1, 50)).toEqual({ a: o.a, b: 0 });
  });

  it('A0 = 80, B0 = 100, α = 1.44, β = 1: B wins with 28 at T = 1.621592', () => {
    const o = squareLawOutcome(ex2);
    expect(o.winner).toBe('B');
    expect(o.b).toBeCloseTo(28, 6);
    expect(o.durationHours).toBeCloseTo(1.621592, 6);
    expect(squareLawTimeToStrength(ex2, 'A', 0)).toBeCloseTo(1.621592, 6);
  });

  it('α A² - β B² is conserved along the curve', () => {
    for (const t of [0, 1, 3, 7, 10]) {
      const s = squareLawStrengths(ex1, t);
      expect(0.1 * s.a ** 2 - 0.1 * s.b ** 2).toBeCloseTo(0.1 * (100 ** 2 - 80 ** 2), 6);
    }
  });

  it('time to a strength inverts the strength curve', () => {
    const t = squareLawTimeToStrength(ex1, 'A', 71.07497);
    expect(t).toBeCloseTo(5, 5);
    expect(squareLawTimeToStrength(ex1, 'A', 59)).toBe(Infinity); // A wins with 60 and never drops lower
    expect(squareLawTimeToStrength(ex1, 'A', 100)).toBe(0);
  });

  it('handles parity and one-sided fire without NaN', () => {
    const parity = { a0: 50, b0: 50, alpha: 0.2, beta: 0.2 };
    expect(squareLawOutcome(parity).winner).toBeNull();
    const far = squareLawStrengths(parity, 1e6);
    expect(far.a).toBe(0);
    expect(far.b).toBe(0);
    expect(squareLawStrengths(parity, 5).a).toBeCloseTo(50 * Math.exp(-1), 9);
    const oneSided = { a0: 10, b0: 5, alpha: 0, beta: 1 };
    expect(squareLawStrengths(oneSided, 1)).toEqual({ a: 5, b: 5 });
    expect(squareLawOutcome(oneSided)).toMatchObject({ winner: 'B', durationHours: 2 });
  });
});

describe('Lanchester linear law, closed form (docs/model.md §7)', () => {
  it('A0 = 100, B0 = 80, α = β = 0.001: B(50) = 8.340797, A(50) = 28.340797, A → 20', () => {
    const s = linearLawStrengths(lin, 50);
    expect(s.b).toBeCloseTo(8.340797, 6);
    expect(s.a).toBeCloseTo(28.340797, 6);
    const limit = linearLawLimit(lin);
    expect(limit.a).toBeCloseTo(20, 9);
    expect(limit.b).toBe(0);
    const late = linearLawStrengths(lin, 5000);
    expect(late.a).toBeCloseTo(20, 6);
  });

  it('α A - β B is conserved and the time inverts the curve', () => {
    for (const t of [0, 10, 50, 200]) {
      const s = linearLawStrengths(lin, t);
      expect(0.001 * s.a - 0.001 * s.b).toBeCloseTo(0.02, 12);
    }
    expect(linearLawTimeToStrength(lin, 'B', 8.340797)).toBeCloseTo(50, 4);
    expect(linearLawTimeToStrength(lin, 'A', 28.340797)).toBeCloseTo(50, 4);
    expect(linearLawTimeToStrength(lin, 'A', 20)).toBe(Infinity);
    expect(linearLawTimeToStrength(lin, 'B', 0)).toBe(Infinity);
  });

  it('equal fire (C = 0) uses the hyperbolic solution', () => {
    const p = { a0: 50, b0: 50, alpha: 0.01, beta: 0.01 };
    expect(linearLawStrengths(p, 2).a).toBeCloseTo(50 / (1 + 0.01 * 50 * 2), 12);
    expect(linearLawTimeToStrength(p, 'A', 25)).toBeCloseTo(2, 9);
  });

  it('matches a numerical integration of the ODE for unequal rates', () => {
    const p = { a0: 40, b0: 90, alpha: 0.003, beta: 0.0007 };
    let a = p.a0;
    let b = p.b0;
    const dt = 1e-3;
    for (let i = 0; i < 20_000; i++) {
      // RK2 (midpoint) on dA = -β A B, dB = -α A B.
      const am = a - 0.5 * dt * p.beta * a * b;
      const bm = b - 0.5 * dt * p.alpha * a * b;
      a -= dt * p.beta * am * bm;
      b -= dt * p.alpha * am * bm;
    }
    const s = linearLawStrengths(p, 20);
    expect(s.a).toBeCloseTo(a, 5);
    expect(s.b).toBeCloseTo(b, 5);
  });
});

describe('stochastic Lanchester battle', () => {
  it('2 vs 1 with equal rates: P(A wins) = 5/6 (statistical)', () => {
    // Each battle is a Bernoulli trial with p = 5/6; p̂ over N trials has standard error
    // sqrt(p (1 - p) / N) = 0.0026 for N = 20,000; we allow 4 standard errors (0.0105).
    const rng = mulberry32(2024);
    const n = 20_000;
    let aWins = 0;
    for (let i = 0; i < n; i++) {
      const r = stochasticBattle({ law: 'square', a0: 2, b0: 1, alpha: 1, beta: 1 }, rng);
      if (r.winner === 'A') aWins++;
    }
    const p = 5 / 6;
    expect(Math.abs(aWins / n - p)).toBeLessThan(proportionTolerance(p, n));
  });

  it('linear law 1 vs 1: P(A wins) = α / (α + β) (statistical)', () => {
    const rng = mulberry32(77);
    const n = 20_000;
    let aWins = 0;
    for (let i = 0; i < n; i++) {
      if (stochasticBattle({ law: 'linear', a0: 1, b0: 1, alpha: 3, beta: 1 }, rng).winner === 'A') aWins++;
    }
    expect(Math.abs(aWins / n - 0.75)).toBeLessThan(proportionTolerance(0.75, n));
  });

  it('the mean of the square-law chain follows the deterministic curve before absorption', () => {
    // The transition rates are linear in the state, so E[A(t)], E[B(t)] satisfy the same linear
    // ODE as the deterministic law until a side nears zero (at t = 5, B ≈ 38, far from zero).
    // Tolerance: 4 standard errors of the sample mean, estimated from the sample.
    const rng = mulberry32(99);
    const n = 2_000;
    const as: number[] = [];
    const bs: number[] = [];
    for (let i = 0; i < n; i++) {
      const r = stochasticBattle({ law: 'square', ...ex1, maxDurationHours: 5 }, rng);
      expect(r.outcome).toBe('time-limit');
      as.push(r.a);
      bs.push(r.b);
    }
    const stats = (xs: number[]) => {
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
      return { m, se: Math.sqrt(v / xs.length) };
    };
    const sa = stats(as);
    const sb = stats(bs);
    expect(Math.abs(sa.m - 71.07497)).toBeLessThan(4 * sa.se);
    expect(Math.abs(sb.m - 38.10055)).toBeLessThan(4 * sb.se);
  });

  it('large forces fought to the end land close to the deterministic outcome', () => {
    // Relative noise shrinks like 1/sqrt(N): 1000 vs 800 stochastically, A ends near 600.
    const rng = mulberry32(3);
    const n = 200;
    let sum = 0;
    let dur = 0;
    for (let i = 0; i < n; i++) {
      const r = stochasticBattle({ law: 'square', a0: 1000, b0: 800, alpha: 0.1, beta: 0.1 }, rng);
      expect(r.winner).toBe('A');
      expect(r.method).toBe('stochastic');
      sum += r.a;
      dur += r.durationHours;
    }
    expect(Math.abs(sum / n / 600 - 1)).toBeLessThan(0.01);
    expect(Math.abs(dur / n / 10.98612 - 1)).toBeLessThan(0.02);
  });

  it('huge forces fall back to the rounded deterministic solution, without draws', () => {
    const noDraws = {
      next: () => {
        throw new Error('no draw expected');
      },
    };
    const r = stochasticBattle({ law: 'square', a0: 1e9, b0: 8e8, alpha: 0.1, beta: 0.1 }, noDraws);
    expect(r.method).toBe('deterministic');
    expect(r.winner).toBe('A');
    expect(r.b).toBe(0);
    expect(Math.abs(r.a - 6e8)).toBeLessThan(2);
    expect(Math.abs(r.durationHours - 10.98612)).toBeLessThan(1e-3);
    const l = stochasticBattle({ law: 'linear', a0: 1e6, b0: 8e5, alpha: 1e-7, beta: 1e-7 }, noDraws);
    expect(l.winner).toBe('A');
    expect(l.b).toBe(0);
    expect(Math.abs(l.a - 2e5)).toBeLessThan(2);
    expect(Number.isFinite(l.durationHours)).toBe(true);
  });

  it('the event cap hands over to the deterministic law and bounds the work', () => {
    let draws = 0;
    const base = mulberry32(8);
    const counting = {
      next: () => {
        draws++;
        return base.next();
      },
    };
    const r = stochasticBattle({ law: 'square', a0: 5000, b0: 4000, alpha: 0.1, beta: 0.1, maxEvents: 100 }, counting);
    expect(r.method).toBe('stochastic+deterministic');
    expect(r.events).toBe(100);
    expect(draws).toBe(200);
    expect(r.winner).toBe('A');
    expect(r.a + r.casualtiesA).toBe(5000);
    expect(Math.abs(r.a - 3000) / 3000).toBeLessThan(0.05);
  });

  it('breakpoints stop the fight at floor(f × initial)', () => {
    const rng = mulberry32(1);
    for (let i = 0; i < 200; i++) {
      const r = stochasticBattle({ law: 'square', a0: 30, b0: 30, alpha: 0.1, beta: 0.1, breakpointA: 0.5, breakpointB: 0.7 }, rng);
      if (r.winner === 'A') expect(r.b).toBe(21);
      else expect(r.a).toBe(15);
    }
  });

  it('edge cases: nobody can fire, a side absent, bad inputs', () => {
    const rng = mulberry32(1);
    expect(stochasticBattle({ law: 'square', a0: 5, b0: 5, alpha: 0, beta: 0 }, rng).outcome).toBe('no-fire');
    expect(stochasticBattle({ law: 'square', a0: 5, b0: 0, alpha: 1, beta: 1 }, rng)).toMatchObject({ winner: 'A', durationHours: 0 });
    expect(stochasticBattle({ law: 'linear', a0: 0, b0: 0, alpha: 1, beta: 1 }, rng).outcome).toBe('draw');
    expect(() => stochasticBattle({ law: 'square', a0: NaN, b0: 1, alpha: 1, beta: 1 }, rng)).toThrow(RangeError);
    expect(() => stochasticBattle({ law: 'square', a0: 1, b0: 1, alpha: -1, beta: 1 }, rng)).toThrow(RangeError);
    expect(() => stochasticBattle({ law: 'square', a0: 1, b0: 1, alpha: 1, beta: 1, breakpointA: 1 }, rng)).toThrow(RangeError);
  });

  it('never produces negative strengths, conserves combatants and always terminates (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<LanchesterLaw>('square', 'linear'),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.oneof(fc.constant(Infinity), fc.double({ min: 0, max: 100, noNaN: true })),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.boolean(),
        (law, a0, b0, alpha, beta, fa, fb, maxDurationHours, seed, allDeterministic) => {
          const r = stochasticBattle(
            {
              law,
              a0,
              b0,
              alpha,
              beta,
              breakpointA: fa,
              breakpointB: fb,
              maxDurationHours,
              maxEvents: 200,
              deterministicAboveStrength: allDeterministic ? 0 : 10_000,
            },
            mulberry32(seed),
          );
          expect(r.a).toBeGreaterThanOrEqual(0);
          expect(r.b).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(r.a) && Number.isInteger(r.b)).toBe(true);
          expect(r.a + r.casualtiesA).toBe(a0);
          expect(r.b + r.casualtiesB).toBe(b0);
          expect(r.casualtiesA).toBeGreaterThanOrEqual(0);
          expect(r.casualtiesB).toBeGreaterThanOrEqual(0);
          expect(r.events).toBeLessThanOrEqual(200);
          expect(r.durationHours).toBeGreaterThanOrEqual(0);
          expect(r.durationHours).toBeLessThanOrEqual(maxDurationHours);
          expect(Number.isNaN(r.durationHours)).toBe(false);
        },
      ),
      { numRuns: Number(process.env.MODEL_PROPERTY_RUNS ?? 300) },
    );
  });
});
