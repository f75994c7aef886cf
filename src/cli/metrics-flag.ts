/**
 * `--metrics`: which metrics a table shows. By default the headline metrics (at most 15, from
 * the metric catalogue); `all` for every metric, less those the model makes zero for their
 * actor kind (refugees carry no drugs); or a comma-separated list, where a misspelt name gets a
 * "did you mean".
 *
 * @module
 */
import { HEADLINE_METRICS, zeroByConstruction } from '../report/metrics';
import { UsageError } from './usage-error';

/** The edit distance of two strings (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string): number {
  const w = b.length + 1;
  const d = new Int32Array((a.length + 1) * w);
  for (let j = 0; j < w; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[i * w] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((d[(i - 1) * w + j] as number) + 1, (d[i * w + j - 1] as number) + 1, (d[(i - 1) * w + j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (d[(i - 2) * w + j - 2] as number) + 1);
      d[i * w + j] = v;
    }
  }
  return d[a.length * w + b.length] as number;
}

/**
 * The known name closest to `name`, if it is close enough to be what was meant: the same name
 * in another case, or within about half its letters.
 *
 * @example
 * didYouMean('gotaway', ['gotAway', 'interdicted']); // 'gotAway'
 * didYouMean('kgThru', ['kgThrough', 'kgSeized']);    // 'kgThrough'
 */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = k.toLowerCase() === lower ? 0 : editDistance(lower, k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.ceil(name.length / 2)) ? best : undefined;
}

/** The usage error for an unknown metric name, with a suggestion when one is close. */
export function unknownMetric(flag: string, name: string, known: readonly string[]): UsageError {
  const guess = didYouMean(name, known);
  const hint =
    guess !== undefined ? `did you mean '${guess}'?` : `known: ${known.filter((m) => !m.includes('.')).join(', ')}, and <kind>.<metric> per actor kind`;
  return new UsageError(`${flag}: unknown metric '${name}'; ${hint}`);
}

/** Parses `--metrics`: undefined (the default), 'all', or a list of names (checked against `known`). */
export function parseMetricsFlag(text: string | undefined, known: readonly string[], flag = '--metrics'): readonly string[] | 'all' | undefined {
  if (text === undefined) return undefined;
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 1 && items[0] === 'all') return 'all';
  if (items.length === 0) throw new UsageError(`${flag} needs metric names (a,b,c) or 'all'`);
  for (const m of items) if (!known.includes(m)) throw unknownMetric(flag, m, known);
  return items;
}

/**
 * The metrics a table shows: the named ones; with 'all' every known metric but those zero by the
 * model's construction (and zero in every run here: a metric with a value is never hidden);
 * by default the headline metrics that are known.
 *
 * @param allZero - whether a metric is zero in every run of the result
 */
export function tableMetrics(selection: readonly string[] | 'all' | undefined, known: readonly string[], allZero: (metric: string) => boolean): string[] {
  if (selection === 'all') return known.filter((m) => !(zeroByConstruction(m) && allZero(m)));
  if (selection !== undefined) return [...selection];
  return HEADLINE_METRICS.filter((m) => known.includes(m));
}

/** The line under a table that says what it leaves out. */
export function metricsNote(shown: number, known: number, selection: readonly string[] | 'all' | undefined): string {
  if (selection === 'all')
    return shown < known ? `${shown} metrics (${known - shown} more are zero by construction for their actor kind)` : `all ${known} metrics`;
  if (selection !== undefined) return `${shown} of ${known} metrics`;
  return `${shown} headline metrics of ${known}: --metrics all for every one, --metrics a,b for some`;
}
