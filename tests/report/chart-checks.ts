/**
 * Checks of each chart kind against its data, reading the SVG that Vega renders: where every
 * mark is (transforms and path points) against what it shows (its aria-label and the rows the
 * chart was made from). Used by the spec-level tests (synthetic rows) and the report-level
 * tests (real experiments).
 */
import { expect } from 'vitest';
import type { FanRow, HeatCell, HeatSector, HistogramBin, IntervalRow } from '../../src/report/charts';
import { axisLabels, boxOf, fieldsOf, fillOf, linearFit, luminance, marksOf, parseNumber, pathPoints, ruleEnds, svgItems, type SvgItem } from './svg-marks';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Every text of a chart is whole: Vega cuts a label longer than its limit with '…'. */
export function checkNoCutText(svg: string, what: string): void {
  const cut = svgItems(svg).filter((i) => i.tag === 'text' && i.text.includes('…'));
  expect(cut.map((t) => t.text), `${what}: truncated labels`).toEqual([]);
}

/** A box's overlap with another (0 when they only touch). */
function overlaps(a: { x0: number; x1: number; y0: number; y1: number }, b: { x0: number; x1: number; y0: number; y1: number }): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;
}

function bbox(points: readonly { x: number; y: number }[]) {
  return { x0: Math.min(...points.map((p) => p.x)), x1: Math.max(...points.map((p) => p.x)), y0: Math.min(...points.map((p) => p.y)), y1: Math.max(...points.map((p) => p.y)) };
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
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i] as never, boxes[j] as never), `${what}: panels ${series[i]} and ${series[j]} apart`).toBe(false);
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
    const x = linearFit(list.flatMap(({ cell, box }) => [[cell.x0, box.x0 - ox], [cell.x1, box.x1 - ox]] as const));
    const y = linearFit(list.flatMap(({ cell, box }) => [[cell.t0, box.y0 - oy], [cell.t1, box.y1 - oy]] as const));
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
      if (!diverging && b.cell.value > a.cell.value + 1e-9) expect(luminance(fillOf(b.rect)), `${what}: ${b.cell.sector} t${b.cell.turn} (${b.cell.value}) darker than ${a.cell.value}`).toBeLessThanOrEqual(luminance(fillOf(a.rect)) + 1e-9);
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
  const fit = linearFit(first.flatMap(({ cell, box }) => [[cell.x0, box.x0 - ox], [cell.x1, box.x1 - ox]] as const));
  const names = axisLabels(items, 'X-axis');
  for (const sec of sectors) {
    const mid = fit.at((sec.x0 + sec.x1) / 2);
    const label = names.find((l) => l.text === sec.label && Math.abs(((l.x - ox) % 1e6) - mid) < 40);
    expect(label, `${what}: the name ${sec.label} under its column`).toBeDefined();
  }
  expect(names.every((l) => sectors.some((s) => s.label === l.text)), `${what}: the x axis names sectors only`).toBe(true);
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
    const x = linearFit(list.flatMap(({ bin, box }) => [[bin.x0, box.x0 - ox], [bin.x1, box.x1 - ox]] as const));
    expect(x.maxResidual, `${what}: ${series}: bars at their bins`).toBeLessThan(0.05);
    if (xs !== undefined) expect(x.slope / xs, `${what}: panels share x`).toBeCloseTo(1, 4);
    xs = x.slope;
    const tall = list.filter((b) => b.bin.count > 0);
    const y = linearFit(tall.flatMap(({ bin, box }) => [[bin.count, box.y0 - oy], [0, box.y1 - oy]] as const));
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
