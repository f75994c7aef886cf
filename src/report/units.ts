/**
 * Numbers for people, with their units: `USD 97.4 M`, `2.7 %`, `113.7 t`, `5,033`. Used by the
 * command line's tables and by the report, so both write a metric the same way. Nothing here
 * depends on the locale: thousands are separated by commas, always.
 *
 * @module
 */
import { metricInfo, type Quantity } from './metrics';

/** Options of the formatters. */
export interface FormatOptions {
  /** Write a leading `+` on positive numbers (differences). */
  signed?: boolean;
  /** The minus sign: '-' (default, for terminals and files) or '−' (U+2212, for pages). */
  minus?: '-' | '−';
  /** Decimals after scaling (default: by size, about four significant digits). */
  decimals?: number;
}

function group(intText: string): string {
  return intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `a.toFixed(d)` with thousands separators in its whole part. */
function fixed(a: number, d: number): string {
  const [whole, frac] = a.toFixed(d).split('.');
  return group(whole as string) + (frac !== undefined ? `.${frac}` : '');
}

/**
 * A plain number for people: whole numbers with thousands separators; others with about four
 * significant digits (1 decimal from 100, 2 from 1, 3 significant digits below 1), never an
 * exponent (at most 12 decimals).
 *
 * @example
 * humanNumber(5033.2);  // '5,033'
 * humanNumber(137.33);  // '137.3'
 * humanNumber(0.02661); // '0.0266'
 */
export function humanNumber(n: number, o: FormatOptions = {}): string {
  if (Number.isNaN(n)) return '–';
  if (o.decimals !== undefined && Number.isFinite(n)) return signOf(n, o) + fixed(Math.abs(n), o.decimals);
  const minus = o.minus ?? '-';
  const sign = n < 0 || Object.is(n, -0) ? (n === 0 ? '' : minus) : o.signed && n > 0 ? '+' : '';
  const a = Math.abs(n);
  if (!Number.isFinite(a)) return `${sign}∞`;
  let body: string;
  if (a === 0) body = '0';
  else if (a >= 1000 || Number.isInteger(a)) body = fixed(a, 0);
  else if (a >= 100) body = trimZeros(a.toFixed(1));
  else if (a >= 1) body = trimZeros(a.toFixed(2));
  else body = trimZeros(a.toFixed(Math.min(12, 2 - Math.floor(Math.log10(a)))));
  return body === '0' ? body : sign + body;
}

function trimZeros(text: string): string {
  return text.includes('.') && !text.includes('e') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function signOf(v: number, o: FormatOptions): string {
  return v < 0 ? (o.minus ?? '-') : o.signed && v > 0 ? '+' : '';
}

/** Decimals for about four significant digits: none from 1,000, 1 from 10, 2 below. */
function defaultDecimals(a: number): number {
  return a >= 1000 ? 0 : a >= 10 ? 1 : 2;
}

/** A number scaled down by `by` (1e6 for M), with `o.decimals` or about four significant digits. */
function scaled(n: number, by: number, o: FormatOptions): string {
  const v = n / by;
  const a = Math.abs(v);
  return signOf(v, o) + fixed(a, o.decimals ?? (by === 1000 && a >= 1000 ? 0 : defaultDecimals(a)));
}

/**
 * A value of a quantity for people, with its unit.
 *
 * - `USD`: `USD 97.4 M`, `USD 1.25 bn`, `USD 812.3 k`, `USD 512`
 * - `kg`: `113.7 t` from a tonne, `534 kg` below
 * - `share` (0–1): `2.7 %` (a difference of shares: percentage points, `+1.9 pp`)
 * - `index`: `0.72`; `points`: `270.6 pts`; `count`: `5,033`
 *
 * @example
 * formatQuantity(97437768, 'USD');      // 'USD 97.4 M'
 * formatQuantity(0.0266, 'share');      // '2.66 %'
 * formatQuantity(113667, 'kg');         // '113.7 t'
 * formatQuantity(0.019, 'share', { signed: true, difference: true }); // '+1.90 pp'
 */
export function formatQuantity(n: number, q: Quantity, o: FormatOptions & { difference?: boolean } = {}): string {
  if (Number.isNaN(n)) return '–';
  const a = Math.abs(n);
  switch (q) {
    case 'USD': {
      if (!Number.isFinite(n)) return `USD ${humanNumber(n, o)}`;
      const body =
        a >= 1e9 ? `${scaled(n, 1e9, o)} bn` : a >= 1e6 ? `${scaled(n, 1e6, o)} M` : a >= 1e4 ? `${scaled(n, 1e3, o)} k` : humanNumber(Math.round(n), o);
      return body.startsWith('-') || body.startsWith('−') || body.startsWith('+') ? `${body[0]}USD ${body.slice(1)}` : `USD ${body}`;
    }
    case 'kg':
      return a >= 1000 ? `${scaled(n, 1000, o)} t` : `${humanNumber(a >= 100 && o.decimals === undefined ? Math.round(n) : n, o)} kg`;
    case 'share': {
      const p = 100 * n;
      const ap = Math.abs(p);
      const body =
        o.decimals !== undefined
          ? ap.toFixed(o.decimals)
          : ap === 0
            ? '0'
            : ap >= 1
              ? ap.toFixed(1)
              : ap >= 0.1
                ? ap.toFixed(2)
                : trimZeros(ap.toFixed(Math.min(12, 1 - Math.floor(Math.log10(ap)))));
      return `${signOf(p, o)}${body} ${o.difference ? 'pp' : '%'}`;
    }
    case 'index':
      return a >= 1 || o.decimals !== undefined ? humanNumber(n, { ...o, decimals: o.decimals ?? 2 }) : humanNumber(n, o);
    case 'points':
      return `${humanNumber(n, o)} pts`;
    default:
      return humanNumber(n, o);
  }
}

/** A metric's value for people (its quantity from the catalogue). */
export function formatMetric(metric: string, n: number, o: FormatOptions = {}): string {
  return formatQuantity(n, metricInfo(metric).quantity, o);
}

/** A difference of a metric's values for people: signed, shares in percentage points. */
export function formatDifference(metric: string, n: number, o: FormatOptions = {}): string {
  return formatQuantity(n, metricInfo(metric).quantity, { ...o, signed: true, difference: true });
}

/**
 * A relative change for people: `+71 %`, `-1.9 %`, `+0.04 %`; '–' when the baseline is 0 (no
 * relative change is defined).
 */
export function formatPercentChange(difference: number, baseline: number, o: FormatOptions = {}): string {
  if (!(Math.abs(baseline) > 0) || !Number.isFinite(difference)) return '–';
  return formatQuantity(difference / Math.abs(baseline), 'share', { ...o, signed: true });
}

/** The scale a quantity is written in at magnitude `a` (1e6 for `USD 97.4 M`, 0.01 for %). */
function unitStep(a: number, q: Quantity): number {
  if (q === 'USD') return a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : a >= 1e4 ? 1e3 : 1;
  if (q === 'kg') return a >= 1000 ? 1000 : 1;
  if (q === 'share') return 0.01;
  return 1;
}

/**
 * A 95 % interval for people: `-99.0 to -96.2`, `+1.87 to +1.90 pp`, `USD 37.39 M to 37.40 M`.
 * Both ends in the same scale, with enough decimals (up to 4) that an interval narrower than the
 * default precision still shows its width.
 */
export function formatInterval(metric: string, low: number, high: number, o: FormatOptions & { difference?: boolean } = {}): string {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return '–';
  const q = metricInfo(metric).quantity;
  const step = unitStep(Math.max(Math.abs(low), Math.abs(high)), q);
  const width = (high - low) / step;
  const base = q === 'share' ? (Math.max(Math.abs(low), Math.abs(high)) / step >= 1 ? 1 : 2) : defaultDecimals(Math.max(Math.abs(low), Math.abs(high)) / step);
  const need = width > 0 ? Math.ceil(-Math.log10(width)) : base;
  const exact = low === high || (step === 1 && Number.isInteger(low) && Number.isInteger(high));
  const opts = exact ? { ...o, difference: o.difference ?? false } : { ...o, decimals: Math.min(4, Math.max(base, need)), difference: o.difference ?? false };
  const a = formatQuantity(low, q, opts);
  const b = formatQuantity(high, q, opts);
  // One unit for both ends: `USD 1.2 M to 1.4 M`, `1.87 to 1.90 pp`.
  const unitAfter = / (M|bn|k|t|kg|%|pp|pts)$/.exec(b)?.[0] ?? '';
  const lowText = unitAfter && a.endsWith(unitAfter) ? a.slice(0, -unitAfter.length) : a;
  const highText = b.replace(/^([+\-−]?)USD /, '$1');
  return `${lowText} to ${highText}`;
}

/** How a chart's axis writes a quantity's numbers (a d3-format string): % for shares, k and M for large amounts. */
export function axisFormat(q: Quantity): string {
  return q === 'share' ? '.1~%' : q === 'index' ? '.2~f' : '~s';
}
