/**
 * Plain-text tables for people: right-aligned numbers, a header rule, no colours.
 *
 * @module
 */

/** Renders rows as an aligned text table. Numbers are right-aligned, text left-aligned. */
export function renderTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header.map(String), ...rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)))];
  const numeric = header.map((_, i) => rows.every((r) => typeof r[i] === 'number'));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r.map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n') + '\n';
}

/**
 * A number for people: integers as they are; 1,000 and above rounded to whole units (a table of
 * run totals gains nothing from decimals of a kilogram); smaller numbers with about 3 significant
 * digits. Never exponent notation below 1e21, except for tiny non-zero values.
 *
 * @example
 * formatNumber(128037215.04); // '128037215'
 * formatNumber(12.3456);      // '12.35'
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1000) return n.toFixed(0);
  return abs >= 100 ? n.toFixed(1) : abs >= 1 ? n.toFixed(2) : n.toPrecision(3);
}
