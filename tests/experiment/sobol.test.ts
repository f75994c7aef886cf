/**
 * Sobol' indices against closed forms: the Ishigami function and a product of independent
 * uniforms. Tolerances come from the sample: 4 bootstrap standard errors of each estimate (the
 * standard error falls as 1/√N), so a correct estimator fails for fewer than 1 seed in 15,000.
 */
import { describe, expect, it } from 'vitest';
import { firstOrderFromData, saltelliDesign, sobolIndices } from '../../src/experiment/sobol';
import { latinHypercube } from '../../src/experiment/designs';
import { createRng } from '../../src/rng/streams';

const A = 7;
const B = 0.1;
const ishigami = (x: readonly number[]) => {
  const [x1, x2, x3] = x.map((u) => -Math.PI + 2 * Math.PI * u) as [number, number, number];
  return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
};

/** Closed forms of the Ishigami indices (Ishigami & Homma 1990; Saltelli et al. 2010). */
function ishigamiTruth(): { S: number[]; ST: number[] } {
  const pi4 = Math.PI ** 4;
  const pi8 = Math.PI ** 8;
  const V1 = 0.5 * (1 + (B * pi4) / 5) ** 2;
  const V2 = A ** 2 / 8;
  const V13 = (B ** 2 * pi8) / 18 - (B ** 2 * pi8) / 50;
  const V = V1 + V2 + V13;
  return { S: [V1 / V, V2 / V, 0], ST: [(V1 + V13) / V, V2 / V, V13 / V] };
}

function expectWithin(label: string, estimate: number, truth: number, se: number): void {
  // 4 standard errors, and a floor of 1e-3 for an estimate whose SE the bootstrap puts near 0.
  expect(Math.abs(estimate - truth), `${label}: ${estimate} vs ${truth} (se ${se})`).toBeLessThanOrEqual(4 * se + 1e-3);
}

describe("Sobol' indices (Saltelli 2010 first order, Jansen 1999 total)", () => {
  it('the closed forms are the published values (a = 7, b = 0.1)', () => {
    const t = ishigamiTruth();
    expect(t.S.map((s) => Number(s.toFixed(4)))).toEqual([0.3139, 0.4424, 0]);
    expect(t.ST.map((s) => Number(s.toFixed(4)))).toEqual([0.5576, 0.4424, 0.2437]);
  });

  it('Ishigami: every S and ST within 4 standard errors of the closed form (N = 8192)', () => {
    const d = saltelliDesign(8192, 3, 'ishigami');
    const r = sobolIndices(d, d.points.map(ishigami), { resamples: 300 });
    const t = ishigamiTruth();
    r.indices.forEach((ix, i) => {
      expectWithin(`S${i + 1}`, ix.first, t.S[i] as number, ix.firstSe);
      expectWithin(`ST${i + 1}`, ix.total, t.ST[i] as number, ix.totalSe);
      // The standard errors are those of N = 8192, not of a degenerate bootstrap.
      expect(ix.firstSe).toBeGreaterThan(1e-4);
      expect(ix.firstSe).toBeLessThan(0.05);
      expect(ix.firstCi95[0]).toBeLessThanOrEqual(ix.first);
      expect(ix.firstCi95[1]).toBeGreaterThanOrEqual(ix.first);
    });
  });

  it('a product of independent uniforms: S and ST of each factor within 4 standard errors', () => {
    // Y = X1 X2 X3, X_i ~ U(a_i, b_i). E[X_i] = m_i, E[X_i²] = q_i; V = Π q − Π m²;
    // V_i = (q_i − m_i²) Π_{j≠i} m_j²; VT_i = V − m_i² (Π_{j≠i} q_j − Π_{j≠i} m_j²).
    const ranges: [number, number][] = [
      [0, 1],
      [1, 3],
      [0.5, 4],
    ];
    const m = ranges.map(([a, b]) => (a + b) / 2);
    const q = ranges.map(([a, b]) => (a * a + a * b + b * b) / 3);
    const prod = (xs: number[]) => xs.reduce((p, x) => p * x, 1);
    const V = prod(q) - prod(m.map((x) => x * x));
    const S = ranges.map((_, i) => ((q[i]! - m[i]! ** 2) * prod(m.filter((_, j) => j !== i).map((x) => x * x))) / V);
    const ST = ranges.map((_, i) => (V - m[i]! ** 2 * (prod(q.filter((_, j) => j !== i)) - prod(m.filter((_, j) => j !== i).map((x) => x * x)))) / V);
    const d = saltelliDesign(4096, 3, 'product');
    const y = d.points.map((u) => prod(u.map((x, i) => ranges[i]![0] + x * (ranges[i]![1] - ranges[i]![0]))));
    const r = sobolIndices(d, y, { resamples: 300 });
    r.indices.forEach((ix, i) => {
      expectWithin(`S${i + 1}`, ix.first, S[i]!, ix.firstSe);
      expectWithin(`ST${i + 1}`, ix.total, ST[i]!, ix.totalSe);
    });
  });

  it('is a pure function of the design and the seed', () => {
    const d = saltelliDesign(64, 3, 7);
    expect(saltelliDesign(64, 3, 7)).toEqual(d);
    const y = d.points.map(ishigami);
    expect(sobolIndices(d, y, { resamples: 50 })).toEqual(sobolIndices(d, y, { resamples: 50 }));
    expect(saltelliDesign(64, 3, 8).points).not.toEqual(d.points);
  });

  it('AB_i is A with column i from B', () => {
    const d = saltelliDesign(5, 4, 1);
    for (let j = 0; j < 5; j++) {
      const a = d.points[j * 6] as number[];
      const b = d.points[j * 6 + 1] as number[];
      for (let i = 0; i < 4; i++) {
        const ab = d.points[j * 6 + 2 + i] as number[];
        expect(ab).toEqual(a.map((v, c) => (c === i ? b[c] : v)));
      }
    }
  });
});

describe('first-order indices from given data (correlation ratio over bins)', () => {
  it('finds the Ishigami first-order indices from a Latin hypercube of 4,096 points', () => {
    const pts = latinHypercube(4096, 3, createRng('given-data'));
    const s = firstOrderFromData(pts, pts.map(ishigami));
    const t = ishigamiTruth();
    // The binned estimator's error at P = 4096, 64 bins: a few hundredths.
    s.forEach((v, i) => expect(Math.abs(v - (t.S[i] as number)), `S${i + 1} ${v}`).toBeLessThan(0.04));
  });
  it('scores an input that does nothing about 0 (the bias correction)', () => {
    const pts = latinHypercube(256, 2, createRng('null'));
    const rng = createRng('noise');
    const s = firstOrderFromData(
      pts,
      pts.map((p) => (p[0] as number) + 0.3 * rng.next()),
    );
    expect(Math.abs(s[1] as number)).toBeLessThan(0.05);
    expect(s[0] as number).toBeGreaterThan(0.8);
  });
});
