/**
 * The report's "Summary tables": per metric, the distribution over runs of the run totals, in
 * the metric's units: the key metrics first, then the rest of the whole-border metrics, then
 * those by actor kind (less those zero by the model's construction and in every run).
 *
 * @module
 */
import type { Summary } from '../../experiment/statistics';
import { esc, num, table, type TableCell } from '../html';
import { metricInfo, zeroByConstruction } from '../metrics';
import type { ReportBundle } from '../report';
import type { ReportContext, Section } from '../section';
import { formatInterval, formatMetric, formatQuantity } from '../units';

const PAGE = { minus: '−' } as const;
const HEADER = ['metric', 'mean', '95 % CI of the mean', 'sd', 'p5', 'median', 'p95', 'min', 'max'];

function rows(metrics: Record<string, Summary>, names: readonly string[]): TableCell[][] {
  return names
    .filter((m) => metrics[m] !== undefined)
    .map((m) => {
      const s = metrics[m] as Summary;
      const v = (x: number) => ({ html: esc(formatMetric(m, x, PAGE)), numeric: true });
      return [
        { html: `${esc(metricInfo(m).label)} <span class="note">${esc(m)}</span>` },
        v(s.mean),
        { html: esc(formatInterval(m, s.ci95[0], s.ci95[1], PAGE)), numeric: true },
        { html: esc(formatQuantity(s.sd, metricInfo(m).quantity, { ...PAGE, difference: true })), numeric: true },
        v(s.p5),
        v(s.p50),
        v(s.p95),
        v(s.min),
        v(s.max),
      ];
    });
}

function tables(metrics: Record<string, Summary>, key: readonly string[], runs: number, what: string): string {
  const rest = Object.keys(metrics).filter((m) => !key.includes(m));
  const border = rest.filter((m) => !m.includes('.'));
  const kind = rest.filter((m) => m.includes('.') && !(zeroByConstruction(m) && metrics[m]?.min === 0 && metrics[m]?.max === 0));
  return (
    table(HEADER, rows(metrics, key), `Key metrics, ${what} (${num(runs)} runs; run totals)`) +
    (border.length ? `<details><summary>All whole-border metrics (${border.length} more)</summary>${table(HEADER, rows(metrics, border))}</details>` : '') +
    (kind.length ? `<details><summary>Metrics by actor kind (${kind.length})</summary>${table(HEADER, rows(metrics, kind))}</details>` : '')
  );
}

/** The summary section, or undefined without a Monte Carlo or comparison. */
export function summarySection(b: ReportBundle, ctx: ReportContext): Section | undefined {
  if (!b.monteCarlo && !b.comparison) return undefined;
  const s: Section = {
    id: 'summary',
    title: 'Summary tables',
    lead: 'Per metric, the distribution over runs of the run totals (flows summed over the turns; ratios and states as the engine defines them: see docs/outputs.md). The 95 % CI is the Student-t interval for the mean; p5, median and p95 describe the spread of single runs.',
    body: [],
  };
  if (b.monteCarlo) s.body.push(tables(b.monteCarlo.metrics, ctx.key, b.monteCarlo.runs, `Monte Carlo, policy ${b.monteCarlo.manifest.policy.name}`));
  if (b.comparison) for (const p of b.comparison.policies) s.body.push(tables(p.metrics, ctx.key, b.comparison.manifest.runs, `comparison, policy ${p.name}`));
  return s;
}
