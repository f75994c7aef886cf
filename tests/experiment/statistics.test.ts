import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  Float64Column,
  MetricAccumulator,
  logGamma,
  moments,
  normalQuantile,
  quantile,
  quantileSorted,
  quantilesInPlace,
  studentTQuantile,
  summarize,
  tHalfWidth95,
  type MetricRecord,
  type Summary,
} from '../../src/experiment/statistics';
import { mulberry32, normalDraw } from './mulberry32';

/** Relative closeness. */
function expectRel(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

/** Bit-for-bit equality of two summaries (Object.is on every number). */
function expectSameBits(a: Summary, b: Summary): void {
  for (const key of Object.keys(a) as (keyof Summary)[]) {
    if (key === 'ci95') {
      expect(Object.is(a.ci95[0], b.ci95[0]), `ci95[0] ${a.ci95[0]} vs ${b.ci95[0]}`).toBe(true);
      expect(Object.is(a.ci95[1], b.ci95[1]), `ci95[1] ${a.ci95[1]} vs ${b.ci95[1]}`).toBe(true);
    } else {
      expect(Object.is(a[key], b[key]), `${key}: ${String(a[key])} vs ${String(b[key])}`).toBe(true);
    }
  }
}

const finiteDouble = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('studentTQuantile', () => {
  it('matches the printed t table (4 decimals)', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.3027, 4);
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.5706, 4);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.2622, 4);
    expect(studentTQuantile(0.975, 29)).toBeCloseTo(2.0452, 4);
    expect(studentTQuantile(0.975, 120)).toBeCloseTo(1.9799, 4);
    expect(studentTQuantile(0.95, 10)).toBeCloseTo(1.8125, 4);
    expect(studentTQuantile(0.995, 4)).toBeCloseTo(4.6041, 4);
  });

  it('matches high-precision reference values to 1e-12 relative', () => {
    // Reference values from SciPy 1.17 (scipy.stats.t.ppf), checked against mpmath at 40 digits.
    const cases: [p: number, df: number, t: number][] = [
      [0.975, 1, 12.706204736174694],
      [0.975, 3, 3.1824463052837078],
      [0.975, 7, 2.364624251592784],
      [0.975, 9, 2.262157162798205],
      [0.975, 29, 2.045229642132703],
      [0.975, 30, 2.0422724563012378],
      [0.975, 100, 1.9839715185235518],
      [0.975, 1000, 1.9623390808264083],
      [0.995, 9, 3.249835541592126],
      [0.995, 1000, 2.580754698065951],
      [1 - 1e-10, 5, 156.8255901132807],
      [0.975, 2.5, 3.5746548420036817],
      [0.975, 0.5, 164.55767348048818],
    ];
    for (const [p, df, t] of cases) expectRel(studentTQuantile(p, df), t, 1e-12);
  });

  it('tends to the normal quantile 1.95996 as df grows', () => {
    expectRel(studentTQuantile(0.975, 1e4), 1.960201239890626, 1e-12);
    expectRel(studentTQuantile(0.975, 1e5), 1.9599877075346095, 1e-12);
    expectRel(studentTQuantile(0.975, 1e6), 1.959966356814107, 1e-13);
    expect(studentTQuantile(0.975, 1e12)).toBeCloseTo(1.959963984540054, 11);
    expect(studentTQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
  });

  it('is odd around p = 1/2, decreasing in df, increasing in p', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), (p, df) => {
        fc.pre(p !== 0.5);
        // 1 - p is exact for p in [0.5, 1) (Sterbenz) but not always below 0.5: compare there.
        const hi = Math.max(p, 1 - p);
        expect(studentTQuantile(1 - hi, df)).toBeCloseTo(-studentTQuantile(hi, df), 9);
        expect(studentTQuantile(hi, df * 2)).toBeLessThanOrEqual(studentTQuantile(hi, df) * (1 + 1e-12));
        expect(studentTQuantile(Math.min(0.9999, hi + 0.0001), df)).toBeGreaterThan(studentTQuantile(hi, df));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps relative precision near the centre of the distribution', () => {
    // P(0 < T < t) ≈ t · pdf(0) for tiny t; pdf(0) = Γ(5/2) / (√(4π) Γ(2)) = 3/8 for df = 4.
    expectRel(studentTQuantile(0.5 + 1e-9, 4), 1e-9 / 0.375, 1e-6);
  });

  it('rejects bad arguments', () => {
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(Number.NaN, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, Number.NaN)).toThrow(RangeError);
  });
});

describe('normalQuantile and logGamma', () => {
  it('match reference values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.5)).toBe(0);
    expectRel(normalQuantile(1e-20), -9.262340089798409, 1e-14);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expectRel(logGamma(5), Math.log(24), 1e-14);
    expectRel(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-14);
    expectRel(logGamma(0.1), 2.252712651734206, 1e-13);
    expectRel(logGamma(171), 706.5730622457875, 1e-14); // SciPy gammaln
  });
});

describe('quantiles (type 7, R default)', () => {
  it('match R quantile(type = 7) on known samples', () => {
    const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(oneToTen, 0.05)).toBeCloseTo(1.45, 12);
    expect(quantile(oneToTen, 0.5)).toBeCloseTo(5.5, 12);
    expect(quantile(oneToTen, 0.95)).toBeCloseTo(9.55, 12);
    expect(quantile(oneToTen, 0.25)).toBeCloseTo(3.25, 12);
    // R: quantile(c(2, 4, 4, 4, 5, 5, 7, 9), c(.05, .5, .95)) -> 2.70 4.50 8.30
    const s = [9, 4, 2, 5, 4, 7, 4, 5];
    expect(quantile(s, 0.05)).toBeCloseTo(2.7, 12);
    expect(quantile(s, 0.5)).toBe(4.5);
    expect(quantile(s, 0.95)).toBeCloseTo(8.3, 12);
    expect(quantile(s, 0)).toBe(2);
    expect(quantile(s, 1)).toBe(9);
  });

  it('handle one value, none, and bad p', () => {
    expect(quantileSorted([3], 0.95)).toBe(3);
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(() => quantileSorted([1, 2], 1.5)).toThrow(RangeError);
    expect(() => quantile([1, 2, 3], 1.5)).toThrow(RangeError);
    expect(() => quantile([1, 2, 3], Number.NaN)).toThrow(RangeError);
    expect(Object.is(quantile([0, -0, 1], 0), -0)).toBe(true); // as a sort orders them
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow(RangeError);
  });

  it('read the same numbers after selection (quantilesInPlace) as from a sorted copy: ties, -0 and +0, any length', () => {
    // Values from a few distinct ones (many ties, as the counts of a Monte Carlo have), or any.
    const few = fc.constantFrom(0, -0, 1, 2, 2.5, -3, 1e-300, 7);
    const values = fc.oneof(
      fc.array(few, { maxLength: 300 }),
      fc.array(finiteDouble, { maxLength: 300 }),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1000, maxLength: 3000 }),
    );
    const ps = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(values, ps, (xs, qs) => {
        const sorted = Float64Array.from(xs).sort();
        const selected = quantilesInPlace(Float64Array.from(xs), [...qs, 0.05, 0.5, 0.95]);
        for (const p of [...qs, 0.05, 0.5, 0.95]) {
          const want = quantileSorted(sorted, p);
          const got = quantileSorted(selected, p);
          expect(Object.is(got, want), `p = ${p}: ${got} vs ${want}`).toBe(true);
        }
        // A rearrangement of the same values.
        expect([...selected].sort((a, b) => a - b)).toEqual([...sorted].sort((a, b) => a - b));
      }),
      { numRuns: 400 },
    );
  });

  it('do not overflow between values of opposite sign near the double limit', () => {
    expect(quantile([-1.5e308, 1.5e308], 0.5)).toBe(0);
  });
});

describe('summarize', () => {
  it('gives the known mean, sd and t interval of a known sample', () => {
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    // mean ± t(0.975, 7) · sd / √8, t(0.975, 7) = 2.364624251592784
    expect(s.ci95[0]).toBeCloseTo(3.21251208176379, 12);
    expect(s.ci95[1]).toBeCloseTo(6.787487918236209, 12);
    expect(s.min).toBe(2);
    expect(s.max).toBe(9);
    expect(s.p50).toBe(4.5);
  });

  it('is numerically stable for a large common offset', () => {
    // The classic example where the naive Σx² − (Σx)²/n formula fails: variance 30.
    const s = summarize([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expect(s.mean).toBe(1e9 + 10);
    expect(s.sd * s.sd).toBeCloseTo(30, 6);
    const t = summarize([1e15 + 4, 1e15 + 7, 1e15 + 13, 1e15 + 16]);
    expect(t.sd * t.sd).toBeCloseTo(30, 6);
  });

  it('handles n = 0 and n = 1', () => {
    const empty = summarize([]);
    expect(empty.n).toBe(0);
    expect(empty.mean).toBeNaN();
    const one = summarize([7]);
    expect(one).toMatchObject({ n: 1, mean: 7, p5: 7, p50: 7, p95: 7, min: 7, max: 7 });
    expect(one.sd).toBeNaN();
    expect(one.ci95[0]).toBeNaN();
  });

  it('rejects values that are not finite numbers', () => {
    expect(() => summarize([1, Number.NaN])).toThrow(/index 1/);
    expect(() => summarize([Infinity])).toThrow(RangeError);
  });

  it('property: a constant sample has sd 0 and a collapsed interval', () => {
    fc.assert(
      fc.property(finiteDouble, fc.integer({ min: 2, max: 200 }), (c, n) => {
        const s = summarize(new Array<number>(n).fill(c));
        // `===` rather than Object.is: a sample of -0 has mean +0, which is the same number.
        expect(s.mean === c).toBe(true);
        expect(s.sd).toBe(0);
        expect(s.ci95[0] === c && s.ci95[1] === c).toBe(true);
        expect([s.p5, s.p50, s.p95, s.min, s.max].every((v) => v === c)).toBe(true);
      }),
    );
  });

  it('property: min <= p5 <= p50 <= p95 <= max, and the mean lies in [min, max] inside its CI', () => {
    fc.assert(
      fc.property(fc.array(finiteDouble, { minLength: 1, maxLength: 300 }), (xs) => {
        const s = summarize(xs);
        expect(s.min).toBeLessThanOrEqual(s.p5);
        expect(s.p5).toBeLessThanOrEqual(s.p50);
        expect(s.p50).toBeLessThanOrEqual(s.p95);
        expect(s.p95).toBeLessThanOrEqual(s.max);
        expect(s.mean).toBeGreaterThanOrEqual(s.min);
        expect(s.mean).toBeLessThanOrEqual(s.max);
        expect(s.min).toBe(Math.min(...xs));
        expect(s.max).toBe(Math.max(...xs));
        if (xs.length >= 2) {
          expect(s.sd).toBeGreaterThanOrEqual(0);
          expect(s.ci95[0]).toBeLessThanOrEqual(s.mean);
          expect(s.ci95[1]).toBeGreaterThanOrEqual(s.mean);
        }
      }),
    );
  });

  it('property: quantiles are monotone in p', () => {
    fc.assert(
      fc.property(
        fc.array(finiteDouble, { minLength: 1, maxLength: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p, q) => {
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          expect(quantile(xs, lo)).toBeLessThanOrEqual(quantile(xs, hi));
        },
      ),
    );
  });

  it('agrees with moments() and tHalfWidth95', () => {
    const rng = mulberry32(7);
    const xs = Array.from({ length: 500 }, () => 100 + 15 * normalDraw(rng));
    const s = summarize(xs);
    const m = moments(xs);
    expect(s.mean).toBe(m.mean);
    expect(s.sd).toBe(m.sd);
    expect(s.ci95[1] - s.mean).toBeCloseTo(tHalfWidth95(m.sd, 500), 12);
    // A sanity check of the data itself: sd near 15, mean near 100.
    expect(s.sd).toBeGreaterThan(13);
    expect(s.sd).toBeLessThan(17);
  });
});

describe('Float64Column', () => {
  it('grows past its initial capacity and keeps values in order', () => {
    const col = new Float64Column(1);
    for (let i = 0; i < 1000; i++) col.push(i * 0.5);
    expect(col.length).toBe(1000);
    const copy = col.toArray();
    expect(copy[999]).toBe(499.5);
    expect(col.view().length).toBe(1000);
    copy[0] = 42;
    expect(col.view()[0]).toBe(0);
  });
});

describe('MetricAccumulator', () => {
  function makeRecords(n: number, seed: number): MetricRecord[] {
    const rng = mulberry32(seed);
    return Array.from({ length: n }, () => ({
      seized_kg: 1000 + 250 * normalDraw(rng),
      detected: Math.floor(rng.next() * 40),
      ratio: rng.next(),
    }));
  }

  it('buffers out-of-order runs and ingests them when the gap fills', () => {
    const acc = new MetricAccumulator();
    expect(acc.add(2, { a: 3 })).toBe(0);
    expect(acc.add(1, { a: 2 })).toBe(0);
    expect(acc.pendingCount).toBe(2);
    expect(acc.count).toBe(0);
    expect(acc.add(0, { a: 1 })).toBe(3);
    expect(acc.count).toBe(3);
    expect(acc.pendingCount).toBe(0);
    expect(acc.nextRunIndex).toBe(3);
    expect([...acc.values('a')]).toEqual([1, 2, 3]);
    expect(acc.metrics).toEqual(['a']);
  });

  it('gives the batch summary bit for bit, for 1, 2 or 8 workers finishing out of order', () => {
    const records = makeRecords(1000, 11);
    const batch = Object.fromEntries(['seized_kg', 'detected', 'ratio'].map((m) => [m, summarize(records.map((r) => r[m] as number))]));
    for (const workers of [1, 2, 8]) {
      // Worker w takes runs w, w + workers, ...; the workers' results interleave by a
      // pseudo-random schedule, so the arrival order is neither run order nor round-robin.
      const queues = Array.from({ length: workers }, (_, w) => records.map((_, i) => i).filter((i) => i % workers === w));
      const schedule = mulberry32(workers);
      const acc = new MetricAccumulator({ initialCapacity: 16 });
      while (queues.some((q) => q.length > 0)) {
        const live = queues.filter((q) => q.length > 0);
        const q = live[Math.floor(schedule.next() * live.length)] as number[];
        const i = q.shift() as number;
        acc.add(i, records[i] as MetricRecord);
      }
      const sums = acc.summaries();
      expect(Object.keys(sums)).toEqual(['seized_kg', 'detected', 'ratio']);
      for (const m of Object.keys(batch)) expectSameBits(sums[m] as Summary, batch[m] as Summary);
    }
  });

  it('property: any permutation of arrival order equals the batch summary', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(finiteDouble, finiteDouble, fc.double()), { minLength: 1, maxLength: 60 }), (rows) => {
        const records = rows.map(([x, y, order]) => ({ rec: { x, y }, order }));
        const arrival = records.map((r, i) => ({ i, key: r.order })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
        const acc = new MetricAccumulator();
        for (const { i } of arrival) acc.add(i, records[i]!.rec);
        expect(acc.count).toBe(records.length);
        expectSameBits(acc.summary('x'), summarize(records.map((r) => r.rec.x)));
        expectSameBits(acc.summary('y'), summarize(records.map((r) => r.rec.y)));
        const m = acc.moments('x');
        expect(m.mean).toBe(acc.summary('x').mean);
      }),
    );
  });

  it('supports a shard stride', () => {
    const acc = new MetricAccumulator({ start: 1, stride: 3 });
    acc.add(4, { a: 2 });
    acc.add(1, { a: 1 });
    acc.add(7, { a: 3 });
    expect(acc.count).toBe(3);
    expect(acc.nextRunIndex).toBe(10);
    expect(() => acc.add(5, { a: 1 })).toThrow(/not one of 1, 4, 7/);
    expect(() => acc.add(0, { a: 1 })).toThrow(RangeError);
  });

  it('rejects duplicates, bad indexes and bad values with clear errors', () => {
    const acc = new MetricAccumulator();
    acc.add(0, { a: 1 });
    acc.add(5, { a: 1 });
    expect(() => acc.add(0, { a: 1 })).toThrow(/already added/);
    expect(() => acc.add(5, { a: 1 })).toThrow(/already added/);
    expect(() => acc.add(1.5, { a: 1 })).toThrow(RangeError);
    expect(() => acc.add(-1, { a: 1 })).toThrow(RangeError);
    expect(() => acc.add(1, { a: Number.NaN })).toThrow(/run 1, metric "a"/);
    expect(() => acc.add(1, { a: '3' as unknown as number })).toThrow(RangeError);
    expect(() => acc.summary('b')).toThrow(/unknown metric "b"; known: "a"/);
  });

  it('rejects a run with different metrics and stays unchanged', () => {
    const acc = new MetricAccumulator();
    acc.add(0, { a: 1, b: 2 });
    acc.add(2, { a: 3, b: 4 });
    expect(() => acc.add(1, { a: 1, c: 2 })).toThrow(/run 1 has different metrics.*missing "b".*unexpected "c"/);
    expect(acc.count).toBe(1);
    expect(acc.nextRunIndex).toBe(1);
    acc.add(1, { b: 2, a: 2 }); // key order does not matter
    expect(acc.count).toBe(3);
    expect([...acc.values('a')]).toEqual([1, 2, 3]);
  });

  it('uses declared metrics when given, and copies buffered records', () => {
    const acc = new MetricAccumulator({ metrics: ['b', 'a'] });
    expect(acc.metrics).toEqual(['b', 'a']);
    const reused: Record<string, number> = { a: 1, b: 2 };
    acc.add(1, reused);
    reused.a = 99; // a caller reusing its record object must not change what was buffered
    acc.add(0, { a: 0, b: 0 });
    expect([...acc.values('a')]).toEqual([0, 1]);
    expect(Object.keys(acc.summaries())).toEqual(['b', 'a']);
    expect(() => new MetricAccumulator({ metrics: ['a', 'a'] })).toThrow(/duplicate/);
  });

  it('keeps 100,000 runs x 50 metrics in typed arrays', () => {
    const names = Array.from({ length: 50 }, (_, i) => `m${i}`);
    const acc = new MetricAccumulator({ metrics: names, initialCapacity: 100_000 });
    const rec: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    for (let i = 0; i < 100_000; i++) {
      for (let j = 0; j < 50; j++) rec[`m${j}`] = (i * 31 + j) % 97;
      acc.add(i, rec);
    }
    expect(acc.count).toBe(100_000);
    const s = acc.summary('m0');
    expect(s.n).toBe(100_000);
    expect(s.min).toBe(0);
    expect(s.max).toBe(96);
  });

  it('takes a packed block of the next runs (addRows) as add() takes them one by one, and declines any other block', () => {
    const records = makeRecords(300, 5);
    const keys = ['seized_kg', 'detected', 'ratio'];
    const rows = (from: number, to: number) => Float64Array.from(records.slice(from, to).flatMap((r) => keys.map((k) => r[k] as number)));
    const range = (from: number, to: number, stride = 1) => Array.from({ length: to - from }, (_, i) => (from + i) * stride);
    const one = new MetricAccumulator();
    records.forEach((r, i) => one.add(i, r));
    const packed = new MetricAccumulator();
    expect(packed.addRows(range(0, 10), keys, rows(0, 10))).toBe(false); // no metrics defined yet
    packed.add(0, records[0] as MetricRecord);
    expect(packed.addRows(range(1, 100), keys, rows(1, 100))).toBe(true);
    expect(packed.addRows(range(101, 150), keys, rows(101, 150))).toBe(false); // not the next run
    expect(packed.addRows(range(100, 150), ['detected', 'seized_kg', 'ratio'], rows(100, 150))).toBe(false); // other order
    expect(packed.addRows([100, 101, 103], keys, rows(100, 103))).toBe(false); // a gap inside
    expect(packed.add(101, records[101] as MetricRecord)).toBe(0); // buffered
    expect(packed.addRows(range(100, 101), keys, rows(100, 101))).toBe(false); // one is waiting
    expect(packed.add(100, records[100] as MetricRecord)).toBe(2);
    const bad = rows(102, 110);
    bad[5] = Number.NaN;
    expect(() => packed.addRows(range(102, 110), keys, bad)).toThrow(/run 103, metric "ratio"/);
    expect(packed.count).toBe(102); // nothing of the bad block was added
    expect(packed.addRows(range(102, 300), keys, rows(102, 300))).toBe(true);
    expect(packed.count).toBe(300);
    for (const m of keys) {
      expect([...packed.values(m)]).toEqual([...one.values(m)]);
      expectSameBits(packed.summary(m), one.summary(m));
    }
    // A shard's accumulator (start 1, stride 3) takes runs 1, 4, 7, ...
    const shard = new MetricAccumulator({ start: 1, stride: 3 });
    shard.add(1, records[0] as MetricRecord);
    expect(shard.addRows([4, 8], keys, rows(1, 3))).toBe(false); // off the stride
    expect(shard.addRows([4, 7, 10], keys, rows(1, 3))).toBe(false); // three indexes, two rows
    expect(shard.addRows([4, 7], keys, rows(1, 3))).toBe(true);
    expect(shard.nextRunIndex).toBe(10);
  });
});
