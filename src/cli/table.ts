/**
 * Plain-text tables for people: numbers (and numbers with their units, `USD 97.4 M`, `2.7 %`)
 * right-aligned, text left-aligned, a rule under the header, no colours.
 *
 * @module
 */
import { humanNumber } from '../report/units';

/** A cell's text looks like a number, with or without a unit: it is right-aligned. */
const NUMERIC =
  /^(?:[-+−]?(?:USD )?[\d.,]+(?:e-?\d+)?(?: (?:M|bn|k|t|kg|%|pp|pts))?(?: to [-+−]?[\d.,]+(?: (?:M|bn|k|t|kg|%|pp|pts))?)?|–|-|n\.s\.)(?: \(n\.s\.\))?$/;

/**
 * Renders rows as an aligned text table. Numbers are written with {@link formatNumber}; a
 * column is right-aligned when every cell is a number or reads as one (with its unit).
 */
export function renderTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header.map(String), ...rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)))];
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || NUMERIC.test(String(r[i] ?? ''))));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n') + '\n';
}

/**
 * A number for people: thousands separated, about four significant digits, never an exponent
 * above 1e-6 (the same as the report's numbers, without a unit).
 *
 * @example
 * formatNumber(128037215.04); // '128,037,215'
 * formatNumber(12.3456);      // '12.35'
 */
export function formatNumber(n: number): string {
  return humanNumber(n);
}
