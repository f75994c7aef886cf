/**
 * The theatre is data: what a scenario does not declare is neutral (never the Panj's tables), the
 * seasons it declares shape its attempts month by month, hemispheres work, and src/ holds no
 * month table and no theatre's names outside comments.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { deriveSeed } from '../../src/rng/hash';
import { ROOT } from '../helpers/paths';
import { actor, sector, synthetic, TAJIK_THEATRE, type Json } from './synthetic';

const DAYS = 364;

/** Attempts by calendar month (1-12) over `runs` daily-turn years of a scenario. */
function attemptsByMonth(o: { sectors: Json[]; actors: Json[]; theatre?: Json; start?: string }, runs: number): number[] {
  // A closed pass keeps a tenth of its attempts (synthetic.ts's default keeps them all).
  const sc = synthetic({ ...o, turns: DAYS, turnLengthDays: 1, start: o.start ?? '2021-01-01', parameters: { season: { winterClosedFactor: 0.1 } } });
  const months = new Array<number>(12).fill(0);
  for (let r = 0; r < runs; r++) {
    const run = simulate(sc, { seed: deriveSeed(77, r), log: false, hashes: false });
    for (const t of run.turns) {
      const m = Number(t.date.slice(5, 7));
      months[m - 1] = (months[m - 1] ?? 0) + (t.metrics.attempts ?? 0) / runs;
    }
  }
  return months;
}

describe('the theatre is data', () => {
  test('a scenario that declares no terrains, rivers or seasons is flat over the year, whatever its sectors are called', () => {
    // A land sector called like the Panj's: no river, no passes, no harvest.
    const months = attemptsByMonth(
      {
        sectors: [sector('desert', 100, { riverCrossabilityByMonth: undefined, terrain: 'high-mountain' })],
        actors: [actor('net', 'smuggling', 70, { desert: 1 })],
      },
      8,
    );
    const perDay = months.map((x, i) => x / [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 30][i]!);
    // 10 attempts a day: every month within 4 standard errors of it (Poisson, 8 runs of each month's days).
    perDay.forEach((x, i) => expect(Math.abs(x - 10), `month ${i + 1}`).toBeLessThan(4 * Math.sqrt(10 / (8 * 28))));
  });

  test('a declared harvest and river shape the attempts month by month, as their tables say', () => {
    const theatre = TAJIK_THEATRE;
    const months = attemptsByMonth(
      {
        sectors: [sector('plain', 100, { riverCrossabilityByMonth: undefined, river: 'panj', terrain: 'river-plain' })],
        actors: [actor('net', 'smuggling', 70, { plain: 1 }, { season: 'harvest' })],
        theatre,
      },
      4,
    );
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 30];
    const river = [1, 1, 0.9, 0.7, 0.5, 0.4, 0.4, 0.5, 0.7, 0.9, 1, 1];
    const harvest = [0.75, 0.75, 0.75, 1.25, 1.75, 1.75, 1.25, 0.75, 0.75, 0.75, 0.75, 0.75];
    months.forEach((x, i) => {
      const expected = 10 * (river[i] as number) * (harvest[i] as number) * (days[i] as number);
      expect(Math.abs(x - expected), `month ${i + 1}`).toBeLessThan(4 * Math.sqrt(expected / 4));
    });
  });

  test('hemispheres: tables shifted by six months, started six months later, give the same seasons', () => {
    const shift = (t: number[]) => [...t.slice(6), ...t.slice(0, 6)];
    const north: Json = TAJIK_THEATRE;
    const south: Json = {
      terrains: (north.terrains as Json[]).map((t) => ({ ...t, ...(t.passOpenByMonth ? { passOpenByMonth: shift(t.passOpenByMonth as number[]) } : {}) })),
      rivers: (north.rivers as Json[]).map((r) => ({ ...r, crossabilityByMonth: shift(r.crossabilityByMonth as number[]) })),
      seasons: (north.seasons as Json[]).map((x) => ({ ...x, weightsByMonth: shift(x.weightsByMonth as number[]) })),
    };
    const o = (theatre: Json, start: string) => ({
      sectors: [sector('pass', 100, { riverCrossabilityByMonth: undefined, river: 'panj', terrain: 'high-mountain' })],
      actors: [actor('net', 'smuggling', 70, { pass: 1 }, { season: 'harvest' })],
      theatre,
      start,
    });
    const a = attemptsByMonth(o(north, '2021-01-01'), 3);
    const b = attemptsByMonth(o(south, '2021-07-01'), 3);
    const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    // The same year of seasons, half a year apart: the annual totals agree within 4 standard errors.
    expect(Math.abs(total(a) - total(b))).toBeLessThan(4 * Math.sqrt((total(a) + total(b)) / 3));
    // January in the north is July in the south: the winter lull (closed passes, no harvest) moves with the tables.
    expect(b[6]).toBeLessThan(b[0] as number);
    expect(a[0]).toBeLessThan(a[6] as number);
  });
});

describe('src/ carries no theatre', () => {
  /** Source code without comments, without the precompiled validators, and without string literals of help texts. */
  function code(): { file: string; text: string }[] {
    const out: { file: string; text: string }[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'generated') walk(path);
        } else if (name.endsWith('.ts')) {
          const text = readFileSync(path, 'utf8')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/(^|[^:])\/\/.*$/gm, '$1');
          out.push({ file: relative(ROOT, path), text });
        }
      }
    };
    walk(join(ROOT, 'src'));
    return out;
  }

  test('no month table: no literal list of twelve numbers', () => {
    const tables = code().flatMap(({ file, text }) => [...text.matchAll(/\[\s*(-?[\d.]+\s*,\s*){11}-?[\d.]+\s*\]/g)].map((m) => `${file}: ${m[0]}`));
    expect(tables).toEqual([]);
  });

  test("no theatre's names in the code (schema descriptions may give them as examples, after 'e.g.')", () => {
    const names =
      /\b(panj|amu ?darya|tajik\w*|afghan\w*|opium|pamir|kunduz|badakhshan|takhar|khatlon|dushanbe|russia\w*|csto|taliban|tugai|wakhan|river-plain|high-mountain|foothills)\b/i;
    const found = code().flatMap(({ file, text }) =>
      text
        .split('\n')
        .filter((line) => names.test(line) && !/\be\.g\./.test(line) && !/^\s*\/[a-z]/.test(line))
        .map((line) => `${file}: ${line.trim().slice(0, 120)}`),
    );
    expect(found).toEqual([]);
  });
});
