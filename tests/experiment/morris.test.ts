import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { morrisAnalyze, morrisDesign, type MorrisDesign } from '../../src/experiment/morris';
import { scaleToRanges } from '../../src/experiment/designs';
import { mulberry32 } from './mulberry32';

describe('morrisDesign', () => {
  it('property: trajectories move one input at a time by exactly ±Δ on the grid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 8 }), fc.constantFrom(2, 4, 6, 8), fc.integer(), (k, r, p, seed) => {
        const d = morrisDesign({ factors: k, trajectories: r, levels: p, rng: mulberry32(seed) });
        expect(d.delta).toBe(p / (2 * (p - 1)));
        expect(d.points).toHaveLength(r * (k + 1));
        for (const pt of d.points) {
          expect(pt).toHaveLength(k);
          for (const x of pt) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
            const level = x * (p - 1);
            expect(Math.abs(level - Math.round(level))).toBeLessThan(1e-9);
          }
        }
        for (let t = 0; t < r; t++) {
          const moved = new Set<number>();
          for (let s = 0; s < k; s++) {
            const before = d.points[t * (k + 1) + s]!;
            const after = d.points[t * (k + 1) + s + 1]!;
            const changed = before.map((x, i) => (x !== after[i] ? i : -1)).filter((i) => i >= 0);
            const step = d.steps[t]![s]!;
            expect(changed).toEqual([step.factor]);
            expect(after[step.factor]! - before[step.factor]!).toBeCloseTo(step.direction * d.delta, 12);
            moved.add(step.factor);
          }
          expect(moved.size).toBe(k); // each input moves exactly once per trajectory
        }
      }),
    );
  });

  it('is deterministic for a seed, names inputs, and validates options', () => {
    const a = morrisDesign({ factors: ['a', 'b', 'c'], trajectories: 5, rng: mulberry32(1) });
    expect(a).toEqual(morrisDesign({ factors: ['a', 'b', 'c'], trajectories: 5, rng: mulberry32(1) }));
    expect(a.factors).toEqual(['a', 'b', 'c']);
    expect(a.levels).toBe(4);
    expect(morrisDesign({ factors: 2, trajectories: 1, rng: mulberry32(1) }).factors).toEqual(['x0', 'x1']);
    expect(() => morrisDesign({ factors: 2, trajectories: 3, levels: 3, rng: mulberry32(1) })).toThrow(/even/);
    expect(() => morrisDesign({ factors: 0, trajectories: 3, rng: mulberry32(1) })).toThrow(RangeError);
    expect(() => morrisDesign({ factors: ['a', 'a'], trajectories: 3, rng: mulberry32(1) })).toThrow(/repeated/);
    expect(() => morrisDesign({ factors: 2, trajectories: 0, rng: mulberry32(1) })).toThrow(RangeError);
  });

  it('visits the levels of every input evenly over many trajectories', () => {
    const d = morrisDesign({ factors: 3, trajectories: 2000, levels: 4, rng: mulberry32(8) });
    const counts = new Array<number>(4).fill(0);
    for (const pt of d.points) counts[Math.round(pt[0]! * 3)]! += 1;
    for (const c of counts) expect(c / d.points.length).toBeGreaterThan(0.22);
  });
});

describe('morrisAnalyze', () => {
  it('computes the elementary effects of a known function exactly (hand-made design)', () => {
    // p = 4, Δ = 2/3, f(x1, x2) = x1 · x2.
    // Trajectory 0: (0, 1/3) → x1 up → (2/3, 1/3) → x2 up → (2/3, 1)
    //   EE1 = (2/9 − 0) / (2/3) = 1/3;  EE2 = (2/3 − 2/9) / (2/3) = 2/3
    // Trajectory 1: (1, 1) → x1 down → (1/3, 1) → x2 down → (1/3, 1/3)
    //   EE1 = (1/3 − 1) / (−2/3) = 1;   EE2 = (1/9 − 1/3) / (−2/3) = 1/3
    const design: MorrisDesign = {
      factors: ['x1', 'x2'],
      trajectories: 2,
      levels: 4,
      delta: 2 / 3,
      points: [
        [0, 1 / 3],
        [2 / 3, 1 / 3],
        [2 / 3, 1],
        [1, 1],
        [1 / 3, 1],
        [1 / 3, 1 / 3],
      ],
      steps: [
        [
          { factor: 0, direction: 1 },
          { factor: 1, direction: 1 },
        ],
        [
          { factor: 0, direction: -1 },
          { factor: 1, direction: -1 },
        ],
      ],
    };
    const y = design.points.map(([a, b]) => a! * b!);
    const res = morrisAnalyze(design, y);
    const [e1, e2] = res.effects;
    expect(e1!.elementaryEffects[0]).toBeCloseTo(1 / 3, 14);
    expect(e1!.elementaryEffects[1]).toBeCloseTo(1, 14);
    expect(e2!.elementaryEffects[0]).toBeCloseTo(2 / 3, 14);
    expect(e2!.elementaryEffects[1]).toBeCloseTo(1 / 3, 14);
    expect(e1!.mu).toBeCloseTo(2 / 3, 14);
    expect(e1!.muStar).toBeCloseTo(2 / 3, 14);
    expect(e1!.sigma).toBeCloseTo(Math.abs(1 - 1 / 3) / Math.SQRT2, 14);
    expect(e2!.mu).toBeCloseTo(1 / 2, 14);
    expect(res.ranking).toEqual(['x1', 'x2']);
    expect(e1!.rank).toBe(1);
    expect(e2!.rank).toBe(2);
  });

  it('elementary effects equal finite differences recomputed from the points', () => {
    const d = morrisDesign({ factors: 4, trajectories: 6, levels: 6, rng: mulberry32(21) });
    const f = (x: number[]): number => Math.sin(3 * x[0]!) + x[1]! ** 2 * x[2]! - 2 * x[3]!;
    const y = d.points.map(f);
    const res = morrisAnalyze(d, y);
    for (let t = 0; t < 6; t++) {
      for (let s = 0; s < 4; s++) {
        const before = d.points[t * 5 + s]!;
        const after = d.points[t * 5 + s + 1]!;
        const i = before.findIndex((x, j) => x !== after[j]);
        const expected = (f(after) - f(before)) / (after[i]! - before[i]!);
        expect(res.effects[i]!.elementaryEffects[t]).toBeCloseTo(expected, 9);
      }
    }
  });

  it('ranks the dominant input first on f = 10·x1 + 0.5·x2 + 0·x3, with sigma ≈ 0 (linear)', () => {
    const d = morrisDesign({ factors: ['x1', 'x2', 'x3'], trajectories: 20, rng: mulberry32(3) });
    const y = d.points.map(([a, b, c]) => 10 * a! + 0.5 * b! + 0 * c!);
    const res = morrisAnalyze(d, y);
    expect(res.ranking).toEqual(['x1', 'x2', 'x3']);
    const [e1, e2, e3] = res.effects;
    expect(e1!.muStar).toBeCloseTo(10, 10);
    expect(e1!.mu).toBeCloseTo(10, 10);
    expect(e2!.muStar).toBeCloseTo(0.5, 10);
    expect(e3!.muStar).toBeCloseTo(0, 10);
    for (const e of res.effects) expect(e.sigma).toBeLessThan(1e-9);
  });

  it('with an interaction: sigma flags the interacting inputs, and x1 still ranks first', () => {
    // f = 10·x1 + 0.5·x2 + 0·x3 + 4·x2·x3: the effects of x2 and x3 depend on each other.
    const d = morrisDesign({ factors: ['x1', 'x2', 'x3'], trajectories: 30, rng: mulberry32(4) });
    const y = d.points.map(([a, b, c]) => 10 * a! + 0.5 * b! + 4 * b! * c!);
    const res = morrisAnalyze(d, y);
    expect(res.ranking[0]).toBe('x1');
    const [e1, e2, e3] = res.effects;
    expect(e1!.sigma).toBeLessThan(1e-9);
    expect(e2!.sigma).toBeGreaterThan(0.5);
    expect(e3!.sigma).toBeGreaterThan(0.5);
    // EE of x3 is 4·x2 with x2 in [0, 1]: mu* strictly between 0 and 4.
    expect(e3!.muStar).toBeGreaterThan(0.5);
    expect(e3!.muStar).toBeLessThan(4);
  });

  it('mu* uses absolute values: a non-monotone input is not hidden by cancelling signs', () => {
    // f = (x1 − 1/2)^2 · 8: effects of x1 are ± of equal size on the symmetric 4-level grid.
    const d = morrisDesign({ factors: 2, trajectories: 40, rng: mulberry32(5) });
    const y = d.points.map(([a, b]) => 8 * (a! - 0.5) ** 2 + 0.1 * b!);
    const res = morrisAnalyze(d, y);
    const [e1] = res.effects;
    expect(Math.abs(e1!.mu)).toBeLessThan(e1!.muStar);
    expect(res.ranking[0]).toBe('x0');
  });

  it('effects are per whole range once points are mapped onto parameter ranges', () => {
    // y = 0.01·patrols + 10·p with patrols in [0, 100] and p in [0.2, 0.4]: crossing its range
    // moves y by 1 for patrols and by 2 for p, so p ranks first despite its range being small.
    const ranges = [
      { name: '/patrols', min: 0, max: 100 },
      { name: '/p', min: 0.2, max: 0.4 },
    ];
    const d = morrisDesign({ factors: ranges.map((r) => r.name), trajectories: 10, rng: mulberry32(6) });
    const y = d.points.map((x) => {
      const v = scaleToRanges(x, ranges);
      return 0.01 * v['/patrols']! + 10 * v['/p']!;
    });
    const res = morrisAnalyze(d, y);
    expect(res.effects[0]!.muStar).toBeCloseTo(1, 9);
    expect(res.effects[1]!.muStar).toBeCloseTo(2, 9);
    expect(res.ranking).toEqual(['/p', '/patrols']);
  });

  it('rejects outputs that do not match the design', () => {
    const d = morrisDesign({ factors: 2, trajectories: 2, rng: mulberry32(1) });
    expect(() => morrisAnalyze(d, [1, 2, 3])).toThrow(/3 outputs for a design of 6 points/);
    expect(() => morrisAnalyze(d, [1, 2, 3, 4, 5, Number.NaN])).toThrow(/output 5/);
  });

  it('one trajectory gives mu and mu* but no sigma', () => {
    const d = morrisDesign({ factors: 2, trajectories: 1, rng: mulberry32(1) });
    const res = morrisAnalyze(
      d,
      d.points.map(([a, b]) => a! + 2 * b!),
    );
    expect(res.effects[1]!.muStar).toBeCloseTo(2, 12);
    expect(res.effects[1]!.sigma).toBeNaN();
  });
});
