/**
 * The report's "Policy comparison": the forest plot of paired differences, the policies'
 * cost-effectiveness, and one table per policy in the metrics' units.
 *
 * @module
 */
import type { Comparison } from '../../experiment/compare';
import type { PairedComparison } from '../../experiment/paired';
import { forestSpec, intervalSpec, type ForestRow, type IntervalRow } from '../charts';
import { costEffectiveness } from '../cost-effectiveness';
import { esc, num, table, type TableCell } from '../html';
import { metricInfo } from '../metrics';
import type { ReportContext, Section } from '../section';
import { formatDifference, formatInterval, formatMetric, formatPercentChange, formatQuantity } from '../units';

const PAGE = { minus: '−' } as const;

/** The comparison section, or undefined without a comparison. */
export function comparisonSection(c: Comparison | undefined, ctx: ReportContext): Section | undefined {
  if (!c || c.comparisons.length === 0) return undefined;
  const s: Section = {
    id: 'comparison',
    title: 'Policy comparison',
    lead: `Each policy against the baseline "${c.baseline}", run on the same ${num(c.manifest.runs)} seeds (common random numbers: run i of every policy sees the same random draws wherever the policy does not change them). A paired difference is policy minus baseline, computed run by run; its 95 % confidence interval comes from the spread of those per-run differences.`,
    body: [],
  };
  const policies = ctx.policies;
  forest(s, c, ctx, policies);
  costs(s, c, policies);
  for (const cmp of c.comparisons) {
    const names = [...ctx.key, ...Object.keys(cmp.metrics).filter((m) => !ctx.key.includes(m) && !m.includes('.'))].filter((m) => cmp.metrics[m]);
    const rows = names.map((m): TableCell[] => {
      const p = cmp.metrics[m] as PairedComparison;
      const resolved = p.ci95[0] > 0 || p.ci95[1] < 0 || (p.ci95[0] === 0 && p.ci95[1] === 0);
      const n = (text: string) => ({ html: esc(text), numeric: true });
      return [
        { html: `${esc(metricInfo(m).label)} <span class="note">${esc(m)}</span>` },
        n(formatMetric(m, p.meanBaseline, PAGE)),
        n(formatMetric(m, p.meanPolicy, PAGE)),
        { html: `${esc(formatDifference(m, p.meanDifference, PAGE))}${resolved ? '' : ' <span class="note">(n.s.)</span>'}`, numeric: true },
        n(formatInterval(m, p.ci95[0], p.ci95[1], { ...PAGE, signed: true, difference: true })),
        n(formatPercentChange(p.meanDifference, p.meanBaseline, PAGE)),
        n(p.varianceBaseline > 0 && p.variancePolicy > 0 && Number.isFinite(p.varianceReduction) ? formatQuantity(p.varianceReduction, 'share', PAGE) : '–'),
      ];
    });
    const t = table(
      ['metric', `${c.baseline} (mean)`, `${cmp.policy} (mean)`, 'paired difference', '95 % CI', '% change', 'variance reduction'],
      rows,
      `${cmp.policy} vs ${c.baseline} (difference = ${cmp.policy} − ${c.baseline}; run totals)`,
    );
    // One table open; with several policies the others fold away under the charts.
    s.body.push(
      c.comparisons.length === 1 ? t : `<details><summary>${esc(cmp.policy)} vs ${esc(c.baseline)}: every metric (${rows.length})</summary>${t}</details>`,
    );
  }
  s.body.push(
    `<p class="note">n.s.: the 95 % interval includes 0. % change: the difference as a share of the baseline's mean (none where that mean is 0). Variance reduction: the share of the variance of a difference between independent runs that pairing removed (90 % means one paired run is worth ten independent ones); shown only where both policies vary from run to run.</p>`,
  );
  return s;
}

function forest(s: Section, c: Comparison, ctx: ReportContext, policies: readonly string[]): void {
  const rows: ForestRow[] = [];
  const metrics: string[] = [];
  const skipped = new Set<string>();
  for (const m of ctx.key) {
    let used = false;
    for (const cmp of c.comparisons) {
      const p = cmp.metrics[m];
      if (!p) continue;
      if (!(Math.abs(p.meanBaseline) > 0) || !Number.isFinite(p.ci95[0])) {
        skipped.add(m);
        continue;
      }
      const scale = 100 / Math.abs(p.meanBaseline);
      rows.push({ metric: metricInfo(m).label, policy: cmp.policy, estimate: p.meanDifference * scale, low: p.ci95[0] * scale, high: p.ci95[1] * scale });
      used = true;
    }
    if (used) metrics.push(metricInfo(m).label);
  }
  if (rows.length === 0) return;
  s.body.push({
    id: 'forest',
    wide: true,
    spec: forestSpec(rows, {
      title: `Paired differences vs ${c.baseline}, with 95 % confidence intervals`,
      subtitle: `change in the run total as a percentage of the baseline's mean; ${num(c.manifest.runs)} paired runs`,
      xTitle: `Change vs ${c.baseline} (% of the baseline's mean)`,
      metrics,
      policies,
    }),
    caption: `A forest plot: each dot is a policy's mean paired difference from the baseline for one metric, as a percentage of the baseline's mean, and its bar the 95 % confidence interval; the policies of one metric share its row, one line each, in the legend's order. A bar that does not cross the dashed zero line is a difference the runs resolve; one that crosses it is not distinguishable from no effect at this number of runs.${skipped.size ? ` Not shown (baseline mean 0, so no percentage): ${[...skipped].join(', ')}.` : ''}`,
  });
}

function costs(s: Section, c: Comparison, policies: readonly string[]): void {
  const what = {
    kgSeized: { title: 'Cost per extra kilogram seized', unit: 'USD per kg', gain: 'kg more seized' },
    gotAwayAverted: { title: 'Cost per got-away averted', unit: 'USD per got-away averted', gain: 'fewer got-aways' },
  } as const;
  const lines: string[] = [];
  for (const effect of ['kgSeized', 'gotAwayAverted'] as const) {
    const rows: IntervalRow[] = [];
    for (const cmp of c.comparisons) {
      const f = costEffectiveness(cmp.metrics)[effect === 'kgSeized' ? 0 : 1];
      if (f.status === 'ratio') rows.push({ label: cmp.policy, estimate: f.ratio, low: f.low, high: f.high });
      const usd = (x: number) => formatQuantity(x, 'USD', PAGE);
      const text =
        f.status === 'ratio'
          ? `${usd(f.ratio)} (95 % CI ${usd(f.low)} to ${usd(f.high)})`
          : f.status === 'saves'
            ? `costs less and gains: it saves ${usd(-f.ratio)} per unit`
            : f.status === 'no-gain'
              ? 'no resolved gain (the interval of the gain includes 0)'
              : 'no cost or effect data';
      lines.push(`<tr><th>${esc(cmp.policy)}</th><td>${esc(what[effect].unit)}</td><td class="n">${esc(text)}</td></tr>`);
    }
    if (rows.length > 0) {
      s.body.push({
        id: `cost-${effect}`,
        spec: intervalSpec(rows, {
          title: what[effect].title,
          subtitle: `extra cost / ${what[effect].gain}, per run, vs ${c.baseline}`,
          xTitle: what[effect].unit,
          order: rows.map((r) => r.label),
          policies,
        }),
        caption: `${what[effect].title}: the policy's extra cost over the baseline divided by its gain (${what[effect].gain}), both as means per run of the paired differences; the bar is a conservative 95 % interval (each difference within its 97.5 % interval). Policies without a resolved gain are left out (see the table).`,
      });
    }
  }
  if (lines.length > 0)
    s.body.push(
      `<div class="table-wrap"><table><caption>Cost-effectiveness vs ${esc(c.baseline)}</caption><thead><tr><th scope="col">policy</th><th scope="col">per</th><th scope="col" class="n">USD (95 % CI)</th></tr></thead><tbody>${lines.join('')}</tbody></table></div>`,
    );
}
