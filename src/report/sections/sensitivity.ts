/**
 * The report's "Sensitivity": which uncertain inputs move the outcomes, from a sweep: a tornado
 * chart (Morris μ* with the sign of μ, or for grid and LHS sweeps the mean outcome with each
 * input in the lowest vs highest third of its range) and the tables.
 *
 * @module
 */
import type { SweepResult } from '../../experiment/sweep';
import { tornadoSpec, type TornadoRow } from '../charts';
import { num, table } from '../html';
import { metricInfo } from '../metrics';
import type { ReportContext, Section } from '../section';

/** A JSON pointer shortened for a chart label: `/forces[id=border-panj]/personnel` → `border-panj/personnel`. */
export function shortPointer(p: string): string {
  const parts = p.split('/').filter((x) => x !== '');
  const short = parts.map((x) => x.replace(/^[^[]*\[id=([^\]]+)\]$/, '$1'));
  if (parts.length > 1 && parts[0] === 'parameters') short.shift();
  return short.join('/') || p;
}

/** The sensitivity section, or undefined without a sweep. */
export function sensitivitySection(sw: SweepResult | undefined, ctx: ReportContext): Section | undefined {
  if (!sw) return undefined;
  const metric = ctx.key.find((m) => sw.points[0]?.metrics[m]) ?? Object.keys(sw.points[0]?.metrics ?? {})[0];
  const s: Section = {
    id: 'sensitivity',
    title: 'Sensitivity',
    body: [],
    lead: `Which uncertain inputs move the outcomes: a ${sw.manifest.design === 'morris' ? 'Morris elementary-effects screening' : sw.manifest.design === 'lhs' ? 'Latin hypercube sweep' : 'grid sweep'} over ${sw.parameters.length} parameter${sw.parameters.length === 1 ? '' : 's'}, ${num(sw.points.length)} design points × ${num(sw.manifest.runs)} runs each (the same run seeds at every point).`,
  };
  if (metric !== undefined) {
    const info = metricInfo(metric);
    const rows: TornadoRow[] = [];
    let order: string[] = [];
    if (sw.morris?.[metric]) {
      const scr = sw.morris[metric];
      const eff = [...scr.effects].sort((a, b2) => a.rank - b2.rank);
      order = eff.map((e) => shortPointer(e.name));
      for (const e of eff)
        rows.push({
          parameter: shortPointer(e.name),
          group: e.mu >= 0 ? 'raises the outcome' : 'lowers the outcome',
          low: 0,
          high: e.mu >= 0 ? e.muStar : -e.muStar,
        });
      s.body.push({
        id: 'tornado',
        wide: true,
        spec: tornadoSpec(rows, {
          title: `What moves ${info.label.toLowerCase()}: Morris screening`,
          subtitle: 'μ*: mean absolute elementary effect of moving an input across its whole range',
          xTitle: `Effect on mean ${info.label.toLowerCase()} (${info.unit || 'units'} per run)`,
          order,
          groupTitle: 'Direction',
          groups: ['lowers the outcome', 'raises the outcome'],
        }),
        caption: `A tornado chart: inputs sorted by importance (μ*, largest on top). A bar's length is how much the run total of ${metric} moves, on average, when that input goes from its lowest to its highest value; it points right (orange) when raising the input raises the outcome (μ > 0) and left (blue) when it lowers it. σ in the table is large when the effect depends on the other inputs.`,
      });
      s.body.push(
        table(
          ['rank', 'parameter (JSON pointer)', 'μ*', 'μ', 'σ'],
          eff.map((e) => [String(e.rank), e.name, e.muStar, e.mu, e.sigma]),
          `Morris screening of ${metric}`,
        ),
      );
    } else {
      // Grid / LHS: the mean outcome at the lowest third and the highest third of each input's range.
      const overall = sw.points.reduce((a, p) => a + (p.metrics[metric]?.mean ?? 0), 0) / Math.max(1, sw.points.length);
      const swings: { parameter: string; lowMean: number; highMean: number }[] = [];
      for (const par of sw.parameters) {
        const span = par.max - par.min;
        const lows = sw.points.filter((p) => span === 0 || (p.values[par.pointer] as number) <= par.min + span / 3);
        const highs = sw.points.filter((p) => span > 0 && (p.values[par.pointer] as number) >= par.max - span / 3);
        const mean = (ps: typeof sw.points) => ps.reduce((a, p) => a + (p.metrics[metric]?.mean ?? 0), 0) / ps.length;
        if (lows.length === 0 || highs.length === 0) continue;
        swings.push({ parameter: par.pointer, lowMean: mean(lows), highMean: mean(highs) });
      }
      swings.sort((a, b2) => Math.abs(b2.highMean - b2.lowMean) - Math.abs(a.highMean - a.lowMean) || a.parameter.localeCompare(b2.parameter));
      order = swings.map((w) => shortPointer(w.parameter));
      for (const w of swings) {
        rows.push({ parameter: shortPointer(w.parameter), group: 'input low', low: 0, high: w.lowMean - overall });
        rows.push({ parameter: shortPointer(w.parameter), group: 'input high', low: 0, high: w.highMean - overall });
      }
      if (rows.length > 0) {
        s.body.push({
          id: 'tornado',
          wide: true,
          spec: tornadoSpec(rows, {
            title: `What moves ${info.label.toLowerCase()}: one input at a time`,
            subtitle: `mean over design points with the input in the lowest vs highest third of its range, minus the overall mean (${num(overall)})`,
            xTitle: `Change in mean ${info.label.toLowerCase()} (${info.unit || 'units'} per run)`,
            order,
            groupTitle: 'Input',
            groups: ['input low', 'input high'],
          }),
          caption: `A tornado chart: inputs sorted by the swing of ${metric} between their low and high settings, largest on top. Blue: the outcome with the input low; orange: with it high, both relative to the mean over all design points.`,
        });
      }
      s.body.push(
        table(
          ['parameter (JSON pointer)', 'min', 'max', `mean ${metric}, input low`, `mean ${metric}, input high`],
          swings.map((w) => {
            const par = sw.parameters.find((p) => p.pointer === w.parameter);
            return [w.parameter, par?.min ?? NaN, par?.max ?? NaN, w.lowMean, w.highMean];
          }),
        ),
      );
    }
    s.body.push(
      `<details><summary>Every design point (${sw.points.length})</summary>${table(
        ['point', ...sw.parameters.map((p) => shortPointer(p.pointer)), ...ctx.key.filter((m) => sw.points[0]?.metrics[m]).map((m) => `${m} mean`)],
        sw.points.map((p) => [
          String(p.index),
          ...sw.parameters.map((q) => p.values[q.pointer] ?? NaN),
          ...ctx.key.filter((m) => sw.points[0]?.metrics[m]).map((m) => p.metrics[m]?.mean ?? NaN),
        ]),
      )}</details>`,
    );
  }
  return s;
}
