/**
 * CSV (RFC 4180) and NDJSON writers and readers for flat rows of numbers and strings.
 *
 * Numbers are written in their shortest round-trip form (`String(n)`: the fewest digits that
 * parse back to the same double), so `Number(text)` gives back exactly the number written. `-0`
 * is written `-0` in CSV. A value that is not a finite number (NaN, a missing statistic) is an
 * empty CSV field and `null` in NDJSON; ±Infinity are `Infinity`/`-Infinity` in CSV and `null`
 * in NDJSON (JSON has no infinities).
 *
 * @module
 */

/** A cell: a number, a string, or nothing (empty CSV field, `null` in NDJSON). */
export type Cell = number | string | null | undefined;

/** A row: column name to cell. */
export type Row = Readonly<Record<string, Cell>>;

/** A number as CSV text that parses back (`Number`) to exactly the same double. */
export function csvNumber(n: number): string {
  if (Number.isNaN(n)) return '';
  if (Object.is(n, -0)) return '-0';
  return String(n);
}

/** A CSV field per RFC 4180: quoted (with `""` for `"`) when it holds a comma, quote, CR or LF. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return csvNumber(v);
  return csvField(v);
}

/** The columns of rows: the union of their keys, in order of first appearance. */
export function columnsOf(rows: Iterable<Row>): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

/**
 * Rows as CSV (RFC 4180): a header line, then one line per row, lines ending in CRLF as the RFC
 * says (`lineEnding: '\n'` for LF). Columns default to the union of the rows' keys.
 *
 * @example
 * toCsv([{ turn: 1, gotAway: 12 }, { turn: 2, gotAway: 9.5 }]);
 * // 'turn,gotAway\r\n1,12\r\n2,9.5\r\n'
 */
export function toCsv(rows: readonly Row[], options: { columns?: readonly string[]; lineEnding?: '\r\n' | '\n' } = {}): string {
  const columns = options.columns ?? columnsOf(rows);
  const eol = options.lineEnding ?? '\r\n';
  let out = columns.map(csvField).join(',') + eol;
  for (const r of rows) out += columns.map((c) => cellText(r[c])).join(',') + eol;
  return out;
}

/**
 * Parses RFC 4180 CSV into records of strings (a header line first). Accepts CRLF or LF line
 * ends and a missing final line end.
 *
 * @throws SyntaxError on an unterminated quoted field or text after a closing quote.
 */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  let atRecordStart = true;
  while (i < n) {
    const c = text[i];
    if (c === '"' && field === '') {
      // A quoted field.
      i++;
      for (;;) {
        if (i >= n) throw new SyntaxError('CSV: unterminated quoted field');
        const d = text[i];
        if (d === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += d;
        i++;
      }
      const next = text[i];
      if (i < n && next !== ',' && next !== '\r' && next !== '\n') throw new SyntaxError(`CSV: text after a closing quote at offset ${i}`);
      atRecordStart = false;
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
      atRecordStart = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      atRecordStart = true;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c;
    atRecordStart = false;
    i++;
  }
  if (!atRecordStart) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * Parses CSV written by {@link toCsv} back into rows. Columns named in `numeric` become numbers
 * (an empty field becomes NaN); the others stay strings (an empty field: '').
 */
export function parseCsv(text: string, numeric: (column: string) => boolean = () => false): Record<string, string | number>[] {
  const [header, ...body] = parseCsvRecords(text);
  if (header === undefined) return [];
  return body.map((rec) => {
    const row: Record<string, string | number> = {};
    header.forEach((col, j) => {
      const v = rec[j] ?? '';
      row[col] = numeric(col) ? (v === '' ? NaN : Number(v)) : v;
    });
    return row;
  });
}

/**
 * Rows as NDJSON: one JSON object per line (LF), keys in the rows' order. Non-finite numbers
 * become `null`; finite numbers use JSON's shortest round-trip form.
 *
 * @example
 * toNdjson([{ run: 0, gotAway: 2565 }]); // '{"run":0,"gotAway":2565}\n'
 */
export function toNdjson(rows: Iterable<Row>): string {
  let out = '';
  for (const r of rows) out += JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)) + '\n';
  return out;
}

/** Parses NDJSON (one JSON value per non-empty line). @throws SyntaxError naming the line. */
export function parseNdjson(text: string): unknown[] {
  const out: unknown[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line));
    } catch (e) {
      throw new SyntaxError(`NDJSON line ${i + 1}: ${(e as Error).message}`);
    }
  });
  return out;
}
