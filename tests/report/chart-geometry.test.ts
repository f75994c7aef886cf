/**
 * Every chart kind says what its data says: each spec is rendered by Vega from known rows, and
 * the SVG is read back (tests/report/chart-checks.ts) for 1, 2 and 5 policies. The forest plot
 * has its own file (forest-geometry.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  fanSpec,
  heatSpec,
  histogramBins,
  histogramSpec,
  intervalSpec,
  renderSvg,
  type FanRow,
  type HeatCell,
  type HeatSector,
  type IntervalRow,
} from '../../src/report/charts';
import { mulberry32 } from '../helpers/mulberry32';
import { checkFan, checkHeat, checkHistogram, checkIntervals, checkNoCutText } from './chart-checks';

const POLICIES = ['status-quo', 'russian-border-guards-return', 'csto-multinational-force', 'technical-assistance', '201st-quick-reaction'];
const START = Date.UTC(2021, 7, 16);
const WEEK = 7 * 86_400_000;

function fanRows(n: number, turns = 20): FanRow[] {
  const g = mulberry32(7);
  const rnd = () => g.next();
  const rows: FanRow[] = [];
  for (let p = 0; p < n; p++) {
    for (let t = 0; t < turns; t++) {
      const p50 = 50 + 30 * Math.sin(t / 3 + p) + 10 * p;
      const p5 = p50 - 5 - 20 * rnd();
      const p95 = p50 + 5 + 20 * rnd();
      rows.push({ series: POLICIES[p] as string, turn: t, time: START + t * WEEK, p5, p50, p95, mean: p50 + 8 * (rnd() - 0.3) });
    }
  }
  return rows;
}

const SECTORS: HeatSector[] = [
  { label: 'Shaartuz', x0: 0, x1: 70 },
  { label: 'Jayhun', x0: 70, x1: 145 },
  { label: 'Panj', x0: 145, x1: 225 },
  { label: 'Farkhor', x0: 225, x1: 280 },
  { label: 'Wakhan', x0: 280, x1: 609 },
];

function heatCells(policies: readonly (string | undefined)[], turns: number, signed: boolean): HeatCell[] {
  const g = mulberry32(3);
  const rnd = () => g.next();
  const cells: HeatCell[] = [];
  for (const policy of policies) {
    for (const s of SECTORS)
      for (let t = 0; t < turns; t++) {
        const value = signed ? Math.round((rnd() - 0.5) * 200) / 10 : Math.round(rnd() * 300) / 10;
        cells.push({
          sector: s.label,
          ...(policy !== undefined ? { policy } : {}),
          turn: t,
          value,
          x0: s.x0,
          x1: s.x1,
          t0: START + t * WEEK,
          t1: START + (t + 1) * WEEK,
        });
      }
  }
  return cells;
}

describe('chart geometry: each chart kind against its rows', () => {
  for (const n of [1, 2, 5]) {
    it(`fan chart, ${n} polic${n === 1 ? 'y' : 'ies'} (small multiples, dated x)`, async () => {
      const rows = fanRows(n);
      const svg = await renderSvg(
        fanSpec(rows, { title: 'Got away per turn', yTitle: 'attempts per turn', timeTitle: 'Date', dated: true, policies: POLICIES }),
        'fan',
      );
      checkFan(svg, rows, `fan ${n}`);
      checkNoCutText(svg, `fan ${n}`);
    });
  }

  it('fan chart without a calendar: x is the turn', async () => {
    const rows = fanRows(2, 8).map(({ time: _t, ...r }) => r);
    const svg = await renderSvg(fanSpec(rows, { title: 'x', yTitle: 'y', timeTitle: 'Turn (from 0)', dated: false }), 'fan');
    checkFan(svg, rows, 'fan undated');
  });

  it('heat map: cells at their sector (columns as wide as sectors are long) and turn, darker for more', async () => {
    const cells = heatCells([undefined], 12, false);
    const svg = await renderSvg(
      heatSpec(cells, { title: 'Crossing attempts', sectors: SECTORS, legendTitle: 'attempts', timeTitle: 'Date', dated: true }),
      'heat',
    );
    checkHeat(svg, cells, SECTORS, 'heat');
    checkNoCutText(svg, 'heat');
  });

  for (const n of [2, 5]) {
    it(`difference heat map, ${n - 1} polic${n === 2 ? 'y' : 'ies'} vs the baseline: one panel each on shared scales, red for more, blue for less`, async () => {
      const policies = POLICIES.slice(1, n);
      const cells = heatCells(policies, 10, true);
      const svg = await renderSvg(
        heatSpec(cells, { title: 'Change in got away', sectors: SECTORS, legendTitle: 'attempts', timeTitle: 'Date', dated: true, diverging: true, policies }),
        'heat',
      );
      checkHeat(svg, cells, SECTORS, `diff heat ${n}`, true);
      checkNoCutText(svg, `diff heat ${n}`);
    });
  }

  for (const n of [1, 2, 5]) {
    it(`histogram of run totals, ${n} polic${n === 1 ? 'y' : 'ies'}: bars at their bins, heights linear in counts, every run counted`, async () => {
      const g = mulberry32(11);
      const rnd = () => g.next();
      const series = POLICIES.slice(0, n).map((p, i) => ({
        series: p,
        values: Array.from({ length: 60 + 7 * i }, () => 1000 + 200 * i + 300 * (rnd() + rnd() + rnd())),
      }));
      const bins = histogramBins(series);
      const svg = await renderSvg(histogramSpec(bins, { title: 'Got away: run totals', xTitle: 'attempts in a run', policies: POLICIES }), 'hist');
      checkHistogram(svg, bins, Object.fromEntries(series.map((s) => [s.series, s.values.length])), `hist ${n}`);
      checkNoCutText(svg, `hist ${n}`);
    });
  }

  it('histogram bins: one nice step for all series, every value in one bin, a constant series in one bin', () => {
    const bins = histogramBins(
      [
        { series: 'a', values: [1, 2, 3, 10] },
        { series: 'b', values: [5, 5] },
      ],
      9,
    );
    const a = bins.filter((b) => b.series === 'a');
    const b = bins.filter((x) => x.series === 'b');
    expect(a.map((x) => x.x1 - x.x0)).toEqual(b.map((x) => x.x1 - x.x0));
    expect(a.reduce((s, x) => s + x.count, 0)).toBe(4);
    expect(b.filter((x) => x.count > 0)).toHaveLength(1);
    expect(histogramBins([{ series: 'c', values: [7, 7, 7] }]).filter((x) => x.count > 0)).toEqual([expect.objectContaining({ count: 3 })]);
  });

  for (const n of [1, 2, 4]) {
    it(`cost-effectiveness intervals, ${n} polic${n === 1 ? 'y' : 'ies'}`, async () => {
      const rows: IntervalRow[] = POLICIES.slice(1, n + 1).map((p, i) => ({
        label: p,
        estimate: 20_000 + 9_000 * i,
        low: 18_000 + 8_000 * i,
        high: 23_000 + 12_000 * i,
      }));
      const svg = await renderSvg(
        intervalSpec(rows, { title: 'Cost per extra kg seized', xTitle: 'USD per kg', order: rows.map((r) => r.label), policies: POLICIES }),
        'ce',
      );
      checkIntervals(svg, rows, `ce ${n}`);
      checkNoCutText(svg, `ce ${n}`);
    });
  }

  it('the checks fail on a chart that does not show its data', async () => {
    const rows = fanRows(2, 10);
    const fan = await renderSvg(fanSpec(rows, { title: 'x', yTitle: 'y', timeTitle: 'Date', dated: true, policies: POLICIES }), 'fan');
    const moved = rows.map((r, i) => (i === 3 ? { ...r, p50: r.p50 + 5 } : r));
    expect(() => checkFan(fan, moved, 'fan')).toThrow(/median on a linear y|mean at its value/);
    const wider = rows.map((r, i) => (i === 12 ? { ...r, p95: r.p95 + 3 } : r));
    expect(() => checkFan(fan, wider, 'fan')).toThrow(/band top at p95/);

    const cells = heatCells([undefined], 6, false);
    const heat = await renderSvg(heatSpec(cells, { title: 'x', sectors: SECTORS, legendTitle: 'a', timeTitle: 'Date', dated: true }), 'heat');
    const narrower = cells.map((c) => (c.sector === 'Panj' ? { ...c, x1: c.x1 - 20 } : c));
    expect(() => checkHeat(heat, narrower, SECTORS, 'heat')).toThrow(/at their sectors' km/);
    const later = cells.map((c, i) => (i === 5 ? { ...c, t0: c.t0 + WEEK, t1: c.t1 + WEEK } : c));
    expect(() => checkHeat(heat, later, SECTORS, 'heat')).toThrow(/at their turns/);

    const g = mulberry32(5);
    const series = [{ series: 'status-quo', values: Array.from({ length: 40 }, () => 100 * g.next()) }];
    const bins = histogramBins(series);
    const hist = await renderSvg(histogramSpec(bins, { title: 'x', xTitle: 'y', policies: POLICIES }), 'hist');
    expect(() => checkHistogram(hist, bins, { 'status-quo': 41 }, 'hist')).toThrow(/every run counted once/);

    const ivs: IntervalRow[] = [
      { label: 'a', estimate: 5, low: 2, high: 9 },
      { label: 'b', estimate: 7, low: 6, high: 8 },
    ];
    const ce = await renderSvg(intervalSpec(ivs, { title: 'x', xTitle: 'y', order: ['a', 'b'], policies: ['a', 'b'] }), 'ce');
    expect(() => checkIntervals(ce, [ivs[0] as IntervalRow, { label: 'b', estimate: 7.5, low: 6, high: 8 }], 'ce')).toThrow(/one linear x/);
  });
});
