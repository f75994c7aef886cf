/**
 * The report's "Run totals": histograms of the key metrics' run totals, one panel per policy
 * on a shared scale: how spread out single runs are, beyond their means.
 *
 * @module
 */
import { histogramBins, histogramSpec } from '../charts';
import { num } from '../html';
import { metricInfo } from '../metrics';
import type { ReportContext, Section } from '../section';
import { axisFormat } from '../units';

/** The distributions section, or undefined without run totals. */
export function distributionsSection(ctx: ReportContext): Section | undefined {
  const sets = ctx.runTotals.filter((r) => r.totals.length > 0);
  if (sets.length === 0) return undefined;
  const metrics = ctx.key.filter((m) => sets.every((r) => typeof r.totals[0]?.[m] === 'number')).slice(0, 4);
  if (metrics.length === 0) return undefined;
  const all = sets.every((r) => r.source === 'all');
  const runs = [...new Set(sets.map((r) => r.totals.length))].map((n) => num(n)).join(' / ');
  const policies = ctx.policies.filter((p) => sets.some((r) => r.policy === p)).concat(sets.map((r) => r.policy).filter((p) => !ctx.policies.includes(p)));
  const s: Section = {
    id: 'distributions',
    title: 'Run totals',
    lead: `How single runs spread: for each key metric, how many runs ended with each total (${runs} runs${all ? ', every run of the experiment' : `: the replayed runs 0–${(sets[0]?.totals.length ?? 1) - 1}`}${policies.length > 1 ? '; one panel per policy, on one scale' : ''}). A mean can hide a long tail; a histogram shows it.`,
    body: [],
  };
  metrics.forEach((m, i) => {
    const info = metricInfo(m);
    const bins = histogramBins(sets.map((r) => ({ series: r.policy, values: r.totals.map((t) => t[m] as number) })));
    s.body.push({
      id: `hist-${i}`,
      wide: policies.length > 1,
      spec: histogramSpec(bins, {
        title: `${info.label}: run totals`,
        subtitle: `runs per bin of the total over the run`,
        xTitle: `${info.label} (${info.quantity === 'share' ? '%' : info.unit || 'value'}) in a run`,
        policies,
        xFormat: axisFormat(info.quantity),
      }),
      caption: `${info.label} (${info.meaning}) over a whole run: each bar counts the runs whose total falls in its bin (the bins are the same in every panel).`,
    });
  });
  return s;
}
