/**
 * The report's optimisation section (`frontier-sim optimize --report`): the strip of the border
 * west to east with each sector's change in personnel (sector widths in proportion to their
 * length), the allocation table, the objective against today and the even spread with paired
 * 95 % intervals, naive against robust, the selection's guarantee, and the convergence trace.
 *
 * @module
 */
import type { OptimizationResult } from '../experiment/optimization';
import type { PairedComparison } from '../experiment/paired';
import type { VegaLiteSpec } from './charts';
import { esc, num, table, type TableCell } from './html';
import type { Section } from './section';

/** One sector of the strip: its place along the border and the change of one allocation. */
export interface StripCell {
  sector: string;
  allocation: string;
  startKm: number;
  endKm: number;
  midKm: number;
  today: number;
  level: number;
  change: number;
  label: string;
}

/** The strip's cells: every sector of the lever, placed by its midpoint and length, per allocation. */
export function stripCells(r: OptimizationResult, lever: 'personnel' | 'posts' = 'personnel'): StripCell[] {
  const rows = r.table.filter((row) => row.lever === lever);
  const allocations: { name: string; level: (i: number) => number | undefined }[] = [{ name: 'proposed', level: (i) => rows[i]?.proposed }];
  if (rows.some((row) => row.naive !== undefined)) allocations.push({ name: 'naive (red held fixed)', level: (i) => rows[i]?.naive });
  const cells: StripCell[] = [];
  for (const a of allocations) {
    rows.forEach((row, i) => {
      const s = r.sectors.find((x) => x.id === row.sector);
      if (!s) return;
      const level = a.level(i) ?? row.today;
      const change = level - row.today;
      cells.push({
        sector: s.name.replace(/\s*\(.*\)\s*$/, '') || s.id,
        allocation: a.name,
        startKm: s.alongBorderKm - s.lengthKm / 2,
        endKm: s.alongBorderKm + s.lengthKm / 2,
        midKm: s.alongBorderKm,
        today: row.today,
        level,
        change,
        label: change === 0 ? '·' : `${change > 0 ? '+' : '−'}${Math.abs(change)}`,
      });
    });
  }
  return cells;
}

/** The strip chart: the border west (left) to east, each sector a cell coloured by its change. */
export function stripSpec(cells: readonly StripCell[], unit: string): VegaLiteSpec {
  const extent = Math.max(1, ...cells.map((c) => Math.abs(c.change)));
  const rows = [...new Set(cells.map((c) => c.allocation))];
  return {
    title: {
      text: `Change in ${unit} along the border, west → east`,
      subtitle: 'each cell is a sector, as wide as its stretch of border; colour and label: change from today',
    },
    width: 640,
    height: { step: 46 },
    data: { values: cells },
    encoding: { y: { field: 'allocation', type: 'nominal', sort: rows, title: null, axis: { labelLimit: 200 } } },
    layer: [
      {
        mark: { type: 'rect', stroke: '#9aa5b1', strokeWidth: 0.5 },
        encoding: {
          x: { field: 'startKm', type: 'quantitative', title: 'km along the border from its western end', scale: { nice: false, zero: true } },
          x2: { field: 'endKm' },
          color: {
            field: 'change',
            type: 'quantitative',
            title: [`change in ${unit}`, 'from today'],
            scale: { domain: [-extent, 0, extent], range: ['#c92a2a', '#ffffff', '#1f6feb'], interpolate: 'rgb' },
            legend: { orient: 'right', gradientLength: 120 },
          },
          tooltip: [{ field: 'sector' }, { field: 'today' }, { field: 'level', title: 'allocation' }, { field: 'change' }],
        },
      },
      {
        mark: { type: 'text', fontSize: 10, baseline: 'middle' },
        encoding: {
          x: { field: 'midKm', type: 'quantitative' },
          text: { field: 'label' },
          color: { condition: { test: `abs(datum.change) > ${0.6 * extent}`, value: 'white' }, value: '#1f2933' },
        },
      },
    ],
  };
}

/** The convergence chart: the incumbent's objective on each stage's sample, against the runs spent. */
export function convergenceSpec(r: OptimizationResult): VegaLiteSpec {
  const points = r.convergence.map((p, i) => ({ ...p, order: i }));
  return {
    title: {
      text: `Convergence: ${r.manifest.objective.label}`,
      subtitle: "the incumbent on its stage's sample of common random numbers; samples grow as the step shrinks",
    },
    width: 480,
    height: 220,
    data: { values: points },
    mark: { type: 'line', point: true, interpolate: 'step-after' },
    encoding: {
      x: { field: 'runs', type: 'quantitative', title: 'runs played' },
      y: { field: 'value', type: 'quantitative', title: r.manifest.objective.label, scale: { zero: false } },
      color: { field: 'adversary', type: 'nominal', title: 'adversary', legend: { orient: 'top', direction: 'horizontal' } },
      shape: { field: 'stage', type: 'nominal', title: 'stage' },
      order: { field: 'order', type: 'quantitative' },
    },
  };
}

const ci = (p: PairedComparison | undefined): TableCell =>
  p ? { html: `${num(p.ci95[0])} – ${num(p.ci95[1])}${p.ci95[0] > 0 || p.ci95[1] < 0 ? '' : ' <span class="note">(n.s.)</span>'}`, numeric: true } : '';

/** The optimisation section of a report, or nothing without an optimisation. */
export function optimizationSection(r: OptimizationResult | undefined): Section | undefined {
  if (r === undefined) return undefined;
  const m = r.manifest;
  const e = r.evaluation;
  const s: Section = {
    id: 'optimization',
    title: 'Where the guards go',
    lead: `The allocation of ${m.space.side} patrol personnel${m.space.levers.includes('posts') ? ' and posts' : ''} over the sectors that ${m.objective.sense === 'minimize' ? 'minimises' : 'maximises'} ${m.objective.label} over ${m.turns} turns, found by marginal allocation, a local search on common random numbers and Kim-Nelson selection, then played against today's allocation and an even spread of the same total on ${num(e.runs)} fresh paired runs (seed ${m.seed}).`,
    body: [],
  };
  const levers = m.space.levers;
  for (const lever of levers) {
    s.body.push({
      id: `optimization-strip-${lever}`,
      wide: true,
      spec: stripSpec(stripCells(r, lever), lever === 'personnel' ? 'personnel' : 'posts'),
      caption: `The border as a strip from its western end (left) to its eastern end (right); each cell is one sector, as wide as its stretch of border, coloured by the change in ${lever} the optimiser proposes (blue: more than today, red: fewer, white: unchanged) and labelled with it.${r.robustness ? ' The second row is the naive optimum, found with the adversary held fixed.' : ''}`,
    });
  }
  const naive = r.table.some((row) => row.naive !== undefined);
  s.body.push(
    table(
      ['sector', ...(levers.length > 1 ? ['lever'] : []), 'today', 'proposed', 'change', 'even spread', ...(naive ? ['naive'] : [])],
      r.table.map((row) => [
        row.name,
        ...(levers.length > 1 ? [row.lever] : []),
        row.today,
        row.proposed,
        { html: `${row.change > 0 ? '+' : ''}${num(row.change)}`, numeric: true },
        row.even,
        ...(naive ? [row.naive ?? NaN] : []),
      ]),
      'Allocation by sector, west to east',
    ),
  );
  s.body.push(
    table(
      ['allocation', `mean ${m.objective.label}`, 'paired difference vs today', '95 % CI'],
      Object.entries(e.objective).map(([name, sum]) => [
        name,
        sum.mean,
        e.vsToday[name] ? (e.vsToday[name] as PairedComparison).meanDifference : '',
        ci(e.vsToday[name]),
      ]),
      `The objective on ${num(e.runs)} paired runs against the ${e.adversary} adversary (run totals)`,
    ),
  );
  s.body.push(
    `<p>Proposed minus the even spread of the same total: <strong>${num(e.vsEven.meanDifference)}</strong> (95 % CI ${num(e.vsEven.ci95[0])} – ${num(e.vsEven.ci95[1])}).</p>`,
  );
  if (r.robustness) {
    const rb = r.robustness;
    s.body.push(
      `<p>Naive against robust: planned with the adversary held fixed, the naive optimum promises ${num(rb.promised.meanDifference)} (${num(rb.promised.ci95[0])} – ${num(rb.promised.ci95[1])}) against today, and delivers ${num(rb.delivered.meanDifference)} (${num(rb.delivered.ci95[0])} – ${num(rb.delivered.ci95[1])}) when the adversary adapts. Against the adapting adversary it does ${num(rb.loss.mean)} (${num(rb.loss.ci95[0])} – ${num(rb.loss.ci95[1])}) worse than the robust optimum.</p>`,
    );
  }
  for (const o of r.optima) {
    const sel = o.selection;
    s.body.push(
      `<p class="note">Selection against the ${esc(o.adversary)} adversary: Kim-Nelson among ${sel.finalists.length} finalists; probability of correct selection at least ${num(100 * sel.pcs)} % when the best is ${num(sel.indifference)} better than the rest${sel.certified ? '' : ' (<strong>not certified</strong>: the cap on runs was reached)'}.</p>`,
    );
  }
  s.body.push({
    id: 'optimization-convergence',
    spec: convergenceSpec(r),
    caption:
      "How the search converged: the incumbent allocation's objective on the sample of its stage (greedy start, then each search level on twice the runs of the one before, then the selection's mean on fresh runs), against the runs played so far.",
  });
  return s;
}
