/**
 * The forest plot says what its data says: read back from the SVG that Vega renders, every point
 * and interval sits in its metric's row at the x its value gives, on one linear scale, and the
 * zero line runs the height of the plot. For 1, 2 and 5 policies.
 */
import { describe, expect, it } from 'vitest';
import { forestSpec, renderSvg, type ForestRow } from '../../src/report/charts';
import { axisLabels, fieldsOf, linearFit, marksOf, parseNumber, plotArea, ruleEnds, svgItems } from './svg-marks';

const METRICS = ['Got away', 'Interdicted', 'Interdiction effectiveness', 'Drugs through', 'Clashes', 'Casualties (forces)'];
const POLICIES = ['russian-border-guards-return', 'csto-multinational-force', 'technical-assistance', '201st-quick-reaction', 'more-sensors'];

/** Rows with effects from −40 % to +200 %, some intervals crossing 0, every policy different. */
export function forestRows(policies: number): ForestRow[] {
  const rows: ForestRow[] = [];
  METRICS.forEach((metric, m) => {
    for (let p = 0; p < policies; p++) {
      const estimate = ((m * 37 + p * 53) % 240) - 40 + p * 0.5;
      const half = 2 + ((m + 3 * p) % 5) * 3;
      rows.push({ metric, policy: POLICIES[p] as string, estimate, low: estimate - half, high: estimate + half });
    }
  });
  return rows;
}

const policyOf = (f: Record<string, string>) => f.policy ?? f['Policy vs baseline'] ?? '';

/** Checks one rendered forest plot against its rows. */
export function checkForest(svg: string, rows: readonly ForestRow[], metrics: readonly string[]): void {
  const items = svgItems(svg);
  const policies = [...new Set(rows.map((r) => r.policy))];
  const find = (f: Record<string, string>) => rows.find((r) => r.metric === f.metric && r.policy === (policyOf(f) || policies[0]));

  // The x scale: every point and interval end at one linear function of its value (to a
  // hundredth of a pixel), and the axis's ticks on that same line (Vega draws axes half a pixel
  // off, for crisp lines).
  const symbols = marksOf(items, 'symbol');
  const pairs: (readonly [number, number])[] = [];
  for (const p of symbols) {
    const row = find(fieldsOf(p.label));
    if (row) pairs.push([row.estimate, p.x]);
  }
  expect(pairs.length, 'every point names its metric and policy').toBe(rows.length);
  const x = linearFit(pairs);
  expect(x.slope).toBeGreaterThan(0);
  expect(x.maxResidual, 'points on one linear scale').toBeLessThan(0.01);
  const ticks = axisLabels(items, 'X-axis').map((t) => [parseNumber(t.text), t.x] as const);
  expect(ticks.length).toBeGreaterThanOrEqual(3);
  for (const [v, px] of ticks) expect(Math.abs(px - x.at(v)), `x-axis tick ${v} where the points' scale puts it`).toBeLessThanOrEqual(1);

  // The rows, from the y axis: one label per metric, in the given order.
  const yLabels = axisLabels(items, 'Y-axis');
  expect(yLabels.map((l) => l.text)).toEqual([...metrics]);
  const rowY = new Map(yLabels.map((l) => [l.text, l.y - 2.5] as const)); // label baseline sits 2.5 px below the tick
  const { y0: top, y1: bottom } = plotArea(items);
  const nearestRow = (y: number) => [...rowY.entries()].reduce((best, e) => (Math.abs(e[1] - y) < Math.abs(best[1] - y) ? e : best))[0];

  const points = symbols;
  expect(points).toHaveLength(rows.length);
  const yOf = new Map<string, number>();
  for (const p of points) {
    const f = fieldsOf(p.label);
    const row = find(f);
    expect(row, `point ${p.label} belongs to a row of the data`).toBeDefined();
    if (!row) continue;
    expect(parseNumber(f.estimate ?? ''), 'the point shows its estimate').toBeCloseTo(row.estimate, 6);
    expect(nearestRow(p.y), `${row.metric} / ${row.policy} sits in its metric's row`).toBe(row.metric);
    expect(p.y, 'inside the plot').toBeGreaterThan(top);
    expect(p.y, 'inside the plot').toBeLessThan(bottom);
    yOf.set(`${row.metric}|${row.policy}`, p.y);
  }

  // Rows do not overlap: each metric's marks lie strictly between its neighbours'; within a row
  // the policies are apart, in the legend's order.
  const spans = metrics.map((m) => {
    const ys = policies.map((p) => yOf.get(`${m}|${p}`) as number);
    for (let i = 1; i < ys.length; i++) expect((ys[i] as number) - (ys[i - 1] as number), `${m}: policies apart, in order`).toBeGreaterThanOrEqual(6);
    return { top: Math.min(...ys), bottom: Math.max(...ys) };
  });
  for (let i = 1; i < spans.length; i++) expect(spans[i]?.top, `row ${metrics[i]} below row ${metrics[i - 1]}`).toBeGreaterThan((spans[i - 1]?.bottom ?? Infinity) + 4);

  // Each interval: from low to high, at its point's height.
  const intervals = marksOf(items, 'rule').filter((r) => find(fieldsOf(r.label)) !== undefined && r.attrs.x2 !== undefined && Number(r.attrs.x2) !== 0);
  expect(intervals).toHaveLength(rows.length);
  for (const r of intervals) {
    const row = find(fieldsOf(r.label)) as ForestRow;
    const e = ruleEnds(r);
    expect(Math.abs(Math.min(e.x1, e.x2) - x.at(row.low)), `${row.metric} / ${row.policy}: interval from low`).toBeLessThan(0.05);
    expect(Math.abs(Math.max(e.x1, e.x2) - x.at(row.high)), `${row.metric} / ${row.policy}: interval to high`).toBeLessThan(0.05);
    expect(Math.abs(e.y1 - (yOf.get(`${row.metric}|${row.policy}`) as number)), 'interval at its point').toBeLessThan(0.5);
  }

  // The zero line: at x(0), from the top of the plot to its bottom.
  const zero = items.filter((i) => i.tag === 'line' && i.container.includes('role-mark')).map(ruleEnds).find((e) => Math.abs(e.x1 - x.at(0)) < 0.5 && Math.abs(e.x2 - x.at(0)) < 0.5 && Math.abs(e.y2 - e.y1) >= 0.95 * (bottom - top));
  expect(zero, 'a zero line the height of the plot').toBeDefined();
}

describe('forest plot geometry', () => {
  for (const n of [1, 2, 5]) {
    it(`${n} polic${n === 1 ? 'y' : 'ies'}: points in their rows, x linear, intervals and zero line where the data puts them`, async () => {
      const rows = forestRows(n);
      const svg = await renderSvg(forestSpec(rows, { title: 'Paired differences', xTitle: 'Change vs status-quo (% of baseline mean)', metrics: METRICS }), 'f');
      checkForest(svg, rows, METRICS);
    });
  }
});
