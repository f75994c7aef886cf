import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenario, simulate } from '../../src/index';
import { csvField, csvNumber, parseCsv, parseCsvRecords, parseNdjson, runRows, toCsv, toNdjson, turnRows, turnsToCsv, turnsToNdjson } from '../../src/report';
import { DEFAULT_SCENARIO } from '../helpers/paths';

// Awkward text: commas, quotes, CR/LF, unicode, leading/trailing spaces.
const awkward = fc.oneof(
  fc.string(),
  fc.constantFrom('', ',', '"', '""', 'a,b', 'say "hi"', 'line\nbreak', 'cr\r\nlf', '\r', ' padded ', 'Ishkashim, "Wakhan"\n', 'ü ∞ 😀'),
  fc.array(fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é'), { maxLength: 12 }).map((a) => a.join('')),
);
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1e-320, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 0.1 + 0.2, 1 / 3, 2 ** 53 + 2));

function sameNumber(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

describe('CSV', () => {
  it('numbers parse back to the same double (shortest round-trip form)', () => {
    fc.assert(
      fc.property(number, (n) => {
        const text = csvNumber(n);
        const back = text === '' ? NaN : Number(text);
        expect(sameNumber(back, n)).toBe(true);
        if (Number.isFinite(n) && !Object.is(n, -0)) expect(text).toBe(String(n));
      }),
      { numRuns: 2000 },
    );
  });

  it('fields are quoted per RFC 4180 only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(
      toCsv([
        { a: 1, b: 'x,y' },
        { a: -0, b: null },
      ]),
    ).toBe('a,b\r\n1,"x,y"\r\n-0,\r\n');
  });

  it('rows with awkward strings and any numbers round-trip', () => {
    const row = fc.record({ name: awkward, kind: awkward, value: number, count: fc.integer(), ratio: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.constantFrom('\r\n' as const, '\n' as const), (rows, lineEnding) => {
        const text = toCsv(rows, { columns: ['name', 'kind', 'value', 'count', 'ratio'], lineEnding });
        const back = parseCsv(text, (c) => c === 'value' || c === 'count' || c === 'ratio');
        expect(back.length).toBe(rows.length);
        rows.forEach((r, i) => {
          const b = back[i] as Record<string, string | number>;
          expect(b.name).toBe(r.name);
          expect(b.kind).toBe(r.kind);
          expect(sameNumber(b.value as number, r.value)).toBe(true);
          expect(sameNumber(b.count as number, r.count)).toBe(true);
          expect(sameNumber(b.ratio as number, r.ratio)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('awkward column names round-trip too', () => {
    fc.assert(
      fc.property(fc.uniqueArray(awkward, { minLength: 1, maxLength: 6 }), (cols) => {
        const row = Object.fromEntries(cols.map((c, i) => [c, i]));
        const [header, body] = parseCsvRecords(toCsv([row], { columns: cols }));
        expect(header).toEqual(cols);
        expect(body?.map(Number)).toEqual(cols.map((_, i) => i));
      }),
    );
  });

  it('rejects damaged quoting', () => {
    expect(() => parseCsvRecords('a\n"unterminated')).toThrow(SyntaxError);
    expect(() => parseCsvRecords('"a"b\n')).toThrow(SyntaxError);
  });
});

describe('NDJSON', () => {
  it('rows round-trip: strings exactly, finite numbers exactly, non-finite as null', () => {
    const row = fc.record({ name: awkward, value: number, n: fc.integer() });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const text = toNdjson(rows);
        expect(text.split('\n').length).toBe(rows.length + 1);
        const back = parseNdjson(text) as { name: string; value: number | null; n: number }[];
        rows.forEach((r, i) => {
          const b = back[i] as { name: string; value: number | null; n: number };
          expect(b.name).toBe(r.name);
          expect(b.n).toBe(r.n);
          if (Number.isFinite(r.value)) expect(b.value).toBe(r.value === 0 ? 0 : r.value);
          else expect(b.value).toBeNull();
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('per-turn and per-run rows of real runs', () => {
  const scenario = loadScenario(DEFAULT_SCENARIO);
  const run = simulate(scenario, { seed: 3, turns: 6 });

  it('per-turn CSV and NDJSON parse back to the run’s numbers', () => {
    const rows = turnRows(run);
    const sectors = Object.keys(run.turns[0]?.bySector ?? {});
    const kinds = Object.keys(run.turns[0]?.byKind ?? {});
    expect(rows.length).toBe(6 * (1 + kinds.length + sectors.length));
    const csv = parseCsv(turnsToCsv(run), (c) => !['date', 'scope', 'id'].includes(c));
    const nd = parseNdjson(turnsToNdjson(run)) as Record<string, unknown>[];
    expect(csv.length).toBe(rows.length);
    expect(nd.length).toBe(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as Record<string, unknown>;
      const t = run.turns.find((x) => x.turn === r.turn);
      const source =
        r.scope === 'border'
          ? t?.metrics
          : r.scope === 'kind'
            ? (t?.byKind as Readonly<Record<string, Readonly<Record<string, number>>>> | undefined)?.[r.id as string]
            : t?.bySector[r.id as string];
      for (const [m, v] of Object.entries(source ?? {})) {
        expect(csv[i]?.[m]).toBe(v);
        expect(nd[i]?.[m]).toBe(v);
      }
      expect(csv[i]?.date).toBe(t?.date);
      expect(nd[i]?.seed).toBe(run.seed);
    }
    // Sector rows west to east as the scenario lists them.
    expect(rows.filter((r) => r.scope === 'sector' && r.turn === run.turns[0]?.turn).map((r) => r.id)).toEqual(scenario.sectors.map((s) => s.id));
  });

  it('per-run rows carry every total', () => {
    const rows = runRows([{ index: 0, seed: run.seed, totals: run.totals }]);
    const back = parseCsv(toCsv(rows), () => true)[0] as Record<string, number>;
    expect(back.run).toBe(0);
    expect(back.seed).toBe(run.seed);
    for (const [k, v] of Object.entries(run.totals)) expect(back[k]).toBe(v);
  });
});
