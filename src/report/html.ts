/**
 * HTML helpers of the report: escaping, numbers for people, tables, the page's inline style.
 * Nothing here depends on the clock, the locale or the machine, so a report is the same bytes
 * for the same input.
 *
 * @module
 */

/** Escapes text for HTML element content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function group(intText: string): string {
  return intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number for people: thousands separated, about 3 significant digits for fractions; '–' for NaN. */
export function num(n: number | undefined): string {
  if (n === undefined || Number.isNaN(n)) return '–';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  const sign = n < 0 ? '−' : '';
  const a = Math.abs(n);
  let body: string;
  if (Number.isInteger(a) && a < 1e15) body = group(String(a));
  else if (a >= 1000) body = group(a.toFixed(0));
  else if (a >= 100) body = a.toFixed(1);
  else if (a >= 1) body = a.toFixed(2);
  else if (a === 0) body = '0';
  else if (a >= 0.001) body = a.toFixed(3);
  else body = a.toExponential(2);
  return sign + body;
}

/** A share as a percentage for people. */
export function pct(n: number | undefined, digits = 1): string {
  if (n === undefined || !Number.isFinite(n)) return '–';
  return `${n < 0 ? '−' : ''}${Math.abs(100 * n).toFixed(digits)} %`;
}

/** A table cell: text (escaped) or raw HTML, and whether it is numeric (right-aligned). */
export type TableCell = string | number | { html: string; numeric?: boolean };

/** An HTML table; numbers are right-aligned and formatted with {@link num}. */
export function table(header: readonly string[], rows: readonly (readonly TableCell[])[], caption?: string): string {
  const cell = (c: TableCell, tag: 'td' | 'th') => {
    if (typeof c === 'number') return `<${tag} class="n">${num(c)}</${tag}>`;
    if (typeof c === 'string') return `<${tag}>${esc(c)}</${tag}>`;
    return `<${tag}${c.numeric ? ' class="n"' : ''}>${c.html}</${tag}>`;
  };
  const numeric = header.map(
    (_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || (typeof r[i] === 'object' && (r[i] as { numeric?: boolean }).numeric)),
  );
  const head = header.map((h, i) => `<th${numeric[i] ? ' class="n"' : ''} scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => cell(c, i === 0 ? 'th' : 'td')).join('')}</tr>`).join('\n');
  return `<div class="table-wrap"><table>${caption ? `<caption>${esc(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

/** The page's style sheet (inline; no web fonts, no external resources). */
export const STYLE = `
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --rule: #e4e7eb; --accent: #1f6feb; --bg: #f5f7fa; }
* { box-sizing: border-box; }
html { background: var(--bg); }
body { margin: 0 auto; max-width: 1180px; padding: 28px 32px 64px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); }
header.top { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 20px; }
header.top h1 { font-size: 26px; margin: 0 0 4px; line-height: 1.2; }
header.top p { margin: 2px 0; color: var(--muted); }
nav.toc { font-size: 14px; margin: 8px 0 0; }
nav.toc a { color: var(--accent); text-decoration: none; margin-right: 14px; }
h2 { font-size: 20px; margin: 36px 0 6px; padding-top: 8px; border-top: 1px solid var(--rule); }
h3 { font-size: 16px; margin: 20px 0 6px; }
p.lead { color: var(--muted); margin: 0 0 14px; max-width: 900px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 16px; margin: 8px 0 16px; }
figure.chart { margin: 0; background: white; border: 1px solid var(--rule); border-radius: 6px; padding: 10px 12px 12px; min-width: 0; display: flex; flex-direction: column; }
figure.chart.wide { grid-column: 1 / -1; }
figure.chart svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figure.chart figcaption { font-size: 13px; color: var(--muted); margin-top: 6px; }
.table-wrap { overflow-x: auto; background: white; border: 1px solid var(--rule); border-radius: 6px; margin: 8px 0 14px; }
table { border-collapse: collapse; font-size: 13px; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 8px 10px 2px; }
th, td { padding: 4px 10px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; white-space: nowrap; }
thead th { background: #f0f4f8; font-weight: 600; position: sticky; top: 0; }
tbody th { font-weight: 500; }
.n { text-align: right; }
td.up { color: #b42318; } td.down { color: #1a7f37; }
details { margin: 8px 0 14px; }
details > summary { cursor: pointer; color: var(--accent); font-size: 14px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; background: #eef2f6; padding: 0 3px; border-radius: 3px; }
dl.manifest { display: grid; grid-template-columns: max-content 1fr; gap: 2px 18px; background: white; border: 1px solid var(--rule); border-radius: 6px; padding: 10px 14px; margin: 8px 0 14px; font-size: 14px; }
dl.manifest dt { color: var(--muted); }
dl.manifest dd { margin: 0; overflow-wrap: anywhere; }
.note { font-size: 13px; color: var(--muted); }
p.notice { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 6px; padding: 8px 12px; max-width: 900px; }
footer { margin-top: 40px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 10px; }
@media print { body { max-width: none; padding: 0; } figure.chart { break-inside: avoid; } }
`;
