/**
 * Checks of each chart kind against its data, reading the SVG that Vega renders: where every
 * mark is (transforms and path points) against what it shows (its aria-label and the rows the
 * chart was made from). Used by the spec-level tests (synthetic rows) and the report-level
 * tests (real experiments).
 */
import { expect } from 'vitest';
import type { FanRow, ForestRow, HeatCell, HeatSector, HistogramBin, IntervalRow } from '../../src/report/charts';
import {
  axisLabels,
  boxOf,
  fieldsOf,
  fillOf,
  linearFit,
  luminance,
  marksOf,
  parseNumber,
  pathPoints,
  plotArea,
  ruleEnds,
  svgItems,
  type SvgItem,
} from './svg-marks';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Every text of a chart is whole: Vega cuts a label longer than its limit with '…'. */
export function checkNoCutText(svg: string, what: string): void {
  const cut = svgItems(svg).filter((i) => i.tag === 'text' && i.text.includes('…'));
  expect(
    cut.map((t) => t.text),
    `${what}: truncated labels`,
  ).toEqual([]);
}

/** A box's overlap with another (0 when they only touch). */
function overlaps(a: { x0: number; x1: number; y0: number; y1: number }, b: { x0: number; x1: number; y0: number; y1: number }): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;
}

function bbox(points: readonly { x: number; y: number }[]) {
  return {
    x0: Math.min(...points.map((p) => p.x)),
    x1: Math.max(...points.map((p) => p.x)),
    y0: Math.min(...points.map((p) => p.y)),
    y1: Math.max(...points.map((p) => p.y)),
  };
}

/**
 * A fan chart: in each policy's panel, the median and mean lines and the band's edges at the
 * y of their values on one linear scale shared by all panels, x one linear function of time
 * (or turn), the median inside the band, the panels apart, and the axes' ticks where the scale
 * puts them.
 */
export function checkFan(svg: string, rows: readonly FanRow[], what: string): void {
  const items = svgItems(svg);
  const series = [...new Set(rows.map((r) => r.series))];
  const lines = marksOf(items, 'line');
  const areas = marksOf(items, 'area');
  let shared: { x: ReturnType<typeof linearFit>; y: ReturnType<typeof linearFit> } | undefined;
  const boxes: ReturnType<typeof bbox>[] = [];
  for (const s of series) {
    const mine = rows.filter((r) => r.series === s && Number.isFinite(r.p50)).sort((a, b) => a.turn - b.turn);
    const of = (list: SvgItem[], field: string) => list.find((i) => i.label.includes(`${field}: `) && (fieldsOf(i.label).series ?? s) === s);
    const median = of(lines, 'p50') as SvgItem;
    const mean = of(lines, 'mean') as SvgItem;
    const area = areas.find((i) => (fieldsOf(i.label).series ?? s) === s) as SvgItem;
    expect(median && mean && area, `${what}: ${s} has a band, a median and a mean`).toBeTruthy();
    const med = pathPoints(median).map((p) => ({ x: p.x - median.x, y: p.y - median.y }));
    expect(med, `${what}: ${s}: one median vertex a turn`).toHaveLength(mine.length);
    const t = (r: FanRow) => r.time ?? r.turn;
    const x = linearFit(mine.map((r, k) => [t(r), (med[k] as { x: number }).x]));
    const y = linearFit(mine.map((r, k) => [r.p50, (med[k] as { y: number }).y]));
    expect(x.maxResidual, `${what}: ${s}: x linear in time`).toBeLessThan(0.02);
    expect(x.slope).toBeGreaterThan(0);
    if (new Set(mine.map((r) => r.p50)).size > 1) {
      expect(y.maxResidual, `${what}: ${s}: median on a linear y`).toBeLessThan(0.02);
      expect(y.slope, 'up is more').toBeLessThan(0);
    }
    if (shared && new Set(mine.map((r) => r.p50)).size > 1 && y.slope !== 0) {
      expect(x.slope / shared.x.slope, `${what}: ${s}: the panels share x`).toBeCloseTo(1, 4);
      expect(Math.abs(x.intercept - shared.x.intercept), `${what}: ${s}: the panels share x`).toBeLessThan(0.02);
      expect(y.slope / shared.y.slope, `${what}: ${s}: the panels share y`).toBeCloseTo(1, 4);
      expect(Math.abs(y.intercept - shared.y.intercept), `${what}: ${s}: the panels share y`).toBeLessThan(0.02);
    }
    const scale = shared ?? { x, y };
    if (!shared && new Set(mine.map((r) => r.p50)).size > 1) shared = { x, y };
    // The mean line at its values.
    pathPoints(mean).forEach((p, k) => {
      const r = mine[k] as FanRow;
      expect(Math.abs(p.y - mean.y - scale.y.at(r.mean)), `${what}: ${s} turn ${r.turn}: mean at its value`).toBeLessThan(0.05);
    });
    // The band: at each turn's x, its two edges at p5 and p95, and the median between them.
    const band = pathPoints(area).map((p) => ({ x: p.x - area.x, y: p.y - area.y }));
    mine.forEach((r, k) => {
      const at = band.filter((p) => Math.abs(p.x - (med[k] as { x: number }).x) < 0.01).map((p) => p.y);
      expect(at.length, `${what}: ${s} turn ${r.turn}: two band edges`).toBeGreaterThanOrEqual(2);
      const [top, bottom] = [Math.min(...at), Math.max(...at)];
      expect(Math.abs(top - scale.y.at(r.p95)), `${what}: ${s} turn ${r.turn}: band top at p95`).toBeLessThan(0.05);
      expect(Math.abs(bottom - scale.y.at(r.p5)), `${what}: ${s} turn ${r.turn}: band bottom at p5`).toBeLessThan(0.05);
      const my = (med[k] as { y: number }).y;
      expect(my, `${what}: ${s} turn ${r.turn}: median inside the band`).toBeGreaterThanOrEqual(top - 0.01);
      expect(my).toBeLessThanOrEqual(bottom + 0.01);
    });
    boxes.push(bbox([...pathPoints(area), ...pathPoints(median), ...pathPoints(mean)]));
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlaps(boxes[i] as never, boxes[j] as never), `${what}: panels ${series[i]} and ${series[j]} apart`).toBe(false);
  // The date axis: each label ("Sep 2021") at the first of its month.
  const first = rows.find((r) => r.series === series[0]);
  if (first?.time !== undefined && shared) {
    const area0 = areas.find((i) => (fieldsOf(i.label).series ?? series[0]) === series[0]) as SvgItem;
    const scale = shared;
    const end = scale.x.at(Math.max(...rows.map((r) => r.time as number)));
    const inPanel = axisLabels(items, 'X-axis').filter((l) => l.x >= area0.x - 1 && l.x <= area0.x + end + 1);
    expect(inPanel.length, `${what}: date labels under the first panel`).toBeGreaterThan(0);
    for (const l of inPanel) {
      const m = /^([A-Z][a-z]{2}) (\d{4})$/.exec(l.text);
      expect(m, `${what}: a date label '${l.text}'`).not.toBeNull();
      const ms = Date.UTC(Number(m?.[2]), MONTHS.indexOf(m?.[1] as string), 1);
      expect(Math.abs(l.x - area0.x - scale.x.at(ms)), `${what}: '${l.text}' at its date`).toBeLessThan(1.5);
    }
  }
}

/** The cell a heat map's rect shows, from its aria-label `[policy: ]sector, turn t (date): value`. */
function cellOf(label: string): { policy?: string; sector: string; turn: number; value: number } {
  const m = /^(?:(.+?): )?(.+), turn (\d+)(?: \(\d{4}-\d\d-\d\d\))?: (-?[\d.e+-]+)$/.exec(label);
  if (!m) throw new Error(`not a heat cell: ${label}`);
  return { ...(m[1] !== undefined ? { policy: m[1] } : {}), sector: m[2] as string, turn: Number(m[3]), value: Number(m[4]) };
}

/**
 * A heat map: each cell at its sector (x from the sector's western to its eastern end, one
 * linear km scale, so columns are as wide as sectors are long) and its turn (y from the turn's
 * first day to the next's), the panels on the same scales, darker for more (or, diverging,
 * red for more and blue for less), and each sector's name under the middle of its column.
 */
export function checkHeat(svg: string, cells: readonly HeatCell[], sectors: readonly HeatSector[], what: string, diverging = false): void {
  const items = svgItems(svg);
  const rects = marksOf(items, 'rect');
  expect(rects, `${what}: one rect a cell`).toHaveLength(cells.length);
  const key = (c: { policy?: string; sector: string; turn: number }) => `${c.policy ?? ''}|${c.sector}|${c.turn}`;
  const byKey = new Map(cells.map((c) => [key(c), c]));
  const panels = new Map<string, { cell: HeatCell; box: ReturnType<typeof boxOf>; rect: SvgItem }[]>();
  for (const r of rects) {
    const shown = cellOf(r.label);
    const c = byKey.get(key(shown));
    expect(c, `${what}: ${r.label} is a cell of the data`).toBeDefined();
    if (!c) continue;
    expect(shown.value, `${what}: ${r.label}: its value`).toBeCloseTo(c.value, 3);
    const list = panels.get(c.policy ?? '') ?? [];
    list.push({ cell: c, box: boxOf(r), rect: r });
    panels.set(c.policy ?? '', list);
  }
  let slopes: [number, number] | undefined;
  for (const [policy, list] of panels) {
    // Local to the panel: the rects' group origin.
    const ox = (list[0] as { rect: SvgItem }).rect.x;
    const oy = (list[0] as { rect: SvgItem }).rect.y;
    const x = linearFit(
      list.flatMap(
        ({ cell, box }) =>
          [
            [cell.x0, box.x0 - ox],
            [cell.x1, box.x1 - ox],
          ] as const,
      ),
    );
    const y = linearFit(
      list.flatMap(
        ({ cell, box }) =>
          [
            [cell.t0, box.y0 - oy],
            [cell.t1, box.y1 - oy],
          ] as const,
      ),
    );
    expect(x.maxResidual, `${what} ${policy}: cells at their sectors' km, on one linear scale`).toBeLessThan(0.05);
    expect(x.slope).toBeGreaterThan(0);
    expect(y.maxResidual, `${what} ${policy}: cells at their turns, on one linear scale`).toBeLessThan(0.05);
    expect(y.slope, 'the first turn at the top').toBeGreaterThan(0);
    if (slopes) {
      expect(x.slope / slopes[0], `${what}: panels share the km scale`).toBeCloseTo(1, 4);
      expect(y.slope / slopes[1], `${what}: panels share the time scale`).toBeCloseTo(1, 4);
    } else slopes = [x.slope, y.slope];
    // Colour: more is darker (one ramp); diverging: red above 0, blue below, white at 0.
    const sorted = [...list].sort((a, b) => a.cell.value - b.cell.value);
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1] as (typeof sorted)[number];
      const b = sorted[i] as (typeof sorted)[number];
      if (!diverging && b.cell.value > a.cell.value + 1e-9)
        expect(luminance(fillOf(b.rect)), `${what}: ${b.cell.sector} t${b.cell.turn} (${b.cell.value}) darker than ${a.cell.value}`).toBeLessThanOrEqual(
          luminance(fillOf(a.rect)) + 1e-9,
        );
    }
    if (diverging) {
      for (const { cell, rect } of list) {
        const [r, , b] = fillOf(rect);
        if (cell.value > 1e-6) expect(r, `${what}: ${cell.sector} t${cell.turn} +${cell.value} is red`).toBeGreaterThanOrEqual(b);
        if (cell.value < -1e-6) expect(b, `${what}: ${cell.sector} t${cell.turn} ${cell.value} is blue`).toBeGreaterThanOrEqual(r);
      }
    }
  }
  // Sector names at their columns' middles (on the x axis of each bottom panel).
  const first = [...panels.values()][0] as { rect: SvgItem; cell: HeatCell; box: ReturnType<typeof boxOf> }[];
  const ox = (first[0] as { rect: SvgItem }).rect.x;
  const fit = linearFit(
    first.flatMap(
      ({ cell, box }) =>
        [
          [cell.x0, box.x0 - ox],
          [cell.x1, box.x1 - ox],
        ] as const,
    ),
  );
  const names = axisLabels(items, 'X-axis');
  for (const sec of sectors) {
    const mid = fit.at((sec.x0 + sec.x1) / 2);
    const label = names.find((l) => l.text === sec.label && Math.abs(((l.x - ox) % 1e6) - mid) < 40);
    expect(label, `${what}: the name ${sec.label} under its column`).toBeDefined();
  }
  expect(
    names.every((l) => sectors.some((s) => s.label === l.text)),
    `${what}: the x axis names sectors only`,
  ).toBe(true);
}

/**
 * A histogram: each bar from its bin's lower to its upper edge on one linear x scale (the same
 * in every panel), as tall as its count on one linear y from 0, the bins of a panel adjacent,
 * and every run counted once.
 */
export function checkHistogram(svg: string, bins: readonly HistogramBin[], runsPerSeries: Readonly<Record<string, number>>, what: string): void {
  const items = svgItems(svg);
  const rects = marksOf(items, 'rect');
  expect(rects, `${what}: one bar a bin`).toHaveLength(bins.length);
  const bySeries = new Map<string, { bin: HistogramBin; box: ReturnType<typeof boxOf>; rect: SvgItem }[]>();
  const seen = new Map<string, number>();
  for (const r of rects) {
    const m = /^(.+), bin (\d+) \(.*\): (\d+) runs?$/.exec(r.label);
    expect(m, `${what}: ${r.label}`).not.toBeNull();
    const series = m?.[1] as string;
    const mine = bins.filter((b) => b.series === series);
    const bin = mine[Number(m?.[2])] as HistogramBin;
    expect(bin, `${what}: ${r.label} is a bin of the data`).toBeDefined();
    expect(Number(m?.[3])).toBe(bin.count);
    seen.set(series, (seen.get(series) ?? 0) + bin.count);
    const list = bySeries.get(series) ?? [];
    list.push({ bin, box: boxOf(r), rect: r });
    bySeries.set(series, list);
  }
  for (const [series, n] of Object.entries(runsPerSeries)) expect(seen.get(series), `${what}: ${series}: every run counted once`).toBe(n);
  let xs: number | undefined;
  for (const [series, list] of bySeries) {
    const ox = (list[0] as { rect: SvgItem }).rect.x;
    const oy = (list[0] as { rect: SvgItem }).rect.y;
    const x = linearFit(
      list.flatMap(
        ({ bin, box }) =>
          [
            [bin.x0, box.x0 - ox],
            [bin.x1, box.x1 - ox],
          ] as const,
      ),
    );
    expect(x.maxResidual, `${what}: ${series}: bars at their bins`).toBeLessThan(0.05);
    if (xs !== undefined) expect(x.slope / xs, `${what}: panels share x`).toBeCloseTo(1, 4);
    xs = x.slope;
    const tall = list.filter((b) => b.bin.count > 0);
    const y = linearFit(
      tall.flatMap(
        ({ bin, box }) =>
          [
            [bin.count, box.y0 - oy],
            [0, box.y1 - oy],
          ] as const,
      ),
    );
    expect(y.maxResidual, `${what}: ${series}: heights linear in counts, from 0`).toBeLessThan(0.05);
  }
}

/**
 * Estimates with intervals, one row each (cost-effectiveness): each point at its estimate and
 * its bar from low to high on one linear x scale, at its row's height; rows apart, in order.
 */
export function checkIntervals(svg: string, rows: readonly IntervalRow[], what: string): void {
  const items = svgItems(svg);
  const points = marksOf(items, 'symbol');
  const bars = marksOf(items, 'rule');
  expect(points).toHaveLength(rows.length);
  expect(bars).toHaveLength(rows.length);
  const find = (label: string) => rows.find((r) => r.label === fieldsOf(label).label) as IntervalRow;
  const pairs: (readonly [number, number])[] = [];
  for (const p of points) pairs.push([find(p.label).estimate, p.x]);
  for (const b of bars) {
    const e = ruleEnds(b);
    pairs.push([find(b.label).low, Math.min(e.x1, e.x2)], [find(b.label).high, Math.max(e.x1, e.x2)]);
  }
  const x = linearFit(pairs);
  expect(x.maxResidual, `${what}: points and bars on one linear x`).toBeLessThan(0.05);
  const ys = rows.map((r) => (points.find((p) => fieldsOf(p.label).label === r.label) as SvgItem).y);
  for (let i = 1; i < ys.length; i++) expect((ys[i] as number) - (ys[i - 1] as number), `${what}: rows apart, in order`).toBeGreaterThan(8);
  for (const b of bars) expect(Math.abs(b.y - (points.find((p) => fieldsOf(p.label).label === fieldsOf(b.label).label) as SvgItem).y)).toBeLessThan(0.5);
}

const policyOf = (f: Record<string, string>) => f.policy ?? f['Policy vs baseline'] ?? '';

/**
 * A forest plot: every point and interval end on one linear x scale the axis agrees with, each
 * point in its metric's row (the nearest y-axis label), rows apart and in order, the policies
 * of a row apart and in the legend's order, each interval at its point's height, and a zero
 * line at x(0) the plot's height.
 */
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
  for (let i = 1; i < spans.length; i++)
    expect(spans[i]?.top, `row ${metrics[i]} below row ${metrics[i - 1]}`).toBeGreaterThan((spans[i - 1]?.bottom ?? Infinity) + 4);

  // Each interval: from low to high, at its point's height.
  const intervals = marksOf(items, 'rule').filter((r) => fieldsOf(r.label).metric !== undefined && find(fieldsOf(r.label)) !== undefined);
  expect(intervals).toHaveLength(rows.length);
  for (const r of intervals) {
    const row = find(fieldsOf(r.label)) as ForestRow;
    const e = ruleEnds(r);
    expect(Math.abs(Math.min(e.x1, e.x2) - x.at(row.low)), `${row.metric} / ${row.policy}: interval from low`).toBeLessThan(0.05);
    expect(Math.abs(Math.max(e.x1, e.x2) - x.at(row.high)), `${row.metric} / ${row.policy}: interval to high`).toBeLessThan(0.05);
    expect(Math.abs(e.y1 - (yOf.get(`${row.metric}|${row.policy}`) as number)), 'interval at its point').toBeLessThan(0.5);
  }

  // The zero line: at x(0), from the top of the plot to its bottom.
  const zero = items
    .filter((i) => i.tag === 'line' && i.container.includes('role-mark'))
    .map(ruleEnds)
    .find((e) => Math.abs(e.x1 - x.at(0)) < 0.5 && Math.abs(e.x2 - x.at(0)) < 0.5 && Math.abs(e.y2 - e.y1) >= 0.95 * (bottom - top));
  expect(zero, 'a zero line the height of the plot').toBeDefined();
}

/**
 * A tornado chart: one bar per input, from its low to its high end on one linear x scale, the
 * inputs in the given order (largest effect on top), bars of one input at one height.
 */
export function checkTornado(
  svg: string,
  rows: readonly { parameter: string; group: string; low: number; high: number }[],
  order: readonly string[],
  what: string,
): void {
  const items = svgItems(svg);
  const bars = marksOf(items, 'rect');
  expect(bars, `${what}: one bar a row`).toHaveLength(rows.length);
  const pairs: (readonly [number, number])[] = [];
  const yOf = new Map<string, number>();
  bars.forEach((b, i) => {
    const r = rows[i] as (typeof rows)[number];
    expect(fieldsOf(b.label).parameter, `${what}: bar ${i} is ${r.parameter}`).toBe(r.parameter);
    const box = boxOf(b);
    pairs.push([Math.min(r.low, r.high), box.x0], [Math.max(r.low, r.high), box.x1]);
    const mid = (box.y0 + box.y1) / 2;
    const prev = yOf.get(r.parameter);
    if (prev !== undefined) expect(Math.abs(prev - mid), `${what}: ${r.parameter} bars at one height`).toBeLessThan(0.5);
    yOf.set(r.parameter, mid);
  });
  const x = linearFit(pairs);
  expect(x.maxResidual, `${what}: bars on one linear x`).toBeLessThan(0.05);
  const ys = order.map((p) => yOf.get(p) as number);
  for (let i = 1; i < ys.length; i++) expect(ys[i], `${what}: ${order[i]} below ${order[i - 1]}`).toBeGreaterThan((ys[i - 1] as number) + 4);
}
