/**
 * `sweep --design sobol` output: per metric (or policy effect), each input's first-order and
 * total Sobol' index with its bootstrap 95 % interval, largest total first.
 *
 * @module
 */
import type { SweepResult } from '../../experiment/sweep';
import { formatNumber, renderTable } from '../table';
import { csvField, csvNumber } from './mc';

const f = (x: number) => (Number.isFinite(x) ? formatNumber(Number(x.toFixed(3))) : '-');

/** Rows of a metric's indices, largest total first; at most `top`. */
function ranked(r: SweepResult, metric: string, top = Infinity) {
  const s = r.sobol?.metrics[metric];
  if (!s) return [];
  return s.indices
    .map((ix, i) => ({ name: r.sobol?.factors[i]?.name ?? String(i), ...ix }))
    .sort((a, b) => b.total - a.total || (a.name < b.name ? -1 : 1))
    .slice(0, top);
}

/** The table for people: the 15 inputs with the largest total index per metric. */
export function sobolTable(r: SweepResult, metrics: readonly string[]): string {
  const so = r.sobol;
  if (!so) return '';
  const m = r.manifest;
  const what = so.effectOf ? `the effect of ${so.effectOf.name} (policy - ${m.policy.name}) on` : '';
  const parts = [
    `${m.scenario.name}`,
    `sobol sweep, ${so.points} points (N = ${so.n}, ${so.factors.length} inputs) x ${m.runs} runs, seed ${m.seed}, ${m.turns} turns, policy ${m.policy.name}; scenario ${m.scenario.hash}, frontier-sim ${m.engine.version}`,
    'S: first-order index (the share of the variance the input explains alone); ST: total index (with its interactions); [95 % bootstrap interval].',
  ];
  for (const metric of metrics) {
    const rows = ranked(r, metric, 15).map((x) => [
      x.name,
      f(x.first),
      `[${f(x.firstCi95[0])}, ${f(x.firstCi95[1])}]`,
      f(x.total),
      `[${f(x.totalCi95[0])}, ${f(x.totalCi95[1])}]`,
    ]);
    if (rows.length === 0) continue;
    parts.push('', `Sobol' indices of ${what ? `${what} ` : ''}${metric}`, renderTable(['input', 'S', 'S ci95', 'ST', 'ST ci95'], rows).trimEnd());
  }
  return parts.join('\n') + '\n';
}

/** CSV: one row per (metric, input). */
export function sobolCsv(r: SweepResult): string {
  const lines = ['metric,input,first,first_ci95_low,first_ci95_high,total,total_ci95_low,total_ci95_high'];
  for (const metric of Object.keys(r.sobol?.metrics ?? {})) {
    for (const x of ranked(r, metric)) {
      lines.push(
        [csvField(metric), csvField(x.name), ...[x.first, x.firstCi95[0], x.firstCi95[1], x.total, x.totalCi95[0], x.totalCi95[1]].map(csvNumber)].join(','),
      );
    }
  }
  return lines.join('\n') + '\n';
}
