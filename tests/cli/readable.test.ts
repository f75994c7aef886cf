/**
 * The command line's tables are for people: headline metrics by default (at most 15), every
 * value with its unit, a % change column, variance reduction only where it means something,
 * cost-effectiveness, "did you mean" for metric names, plain messages for bad numbers, and the
 * per-turn rows of a run as CSV.
 */
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/report/format';
import { HEADLINE_METRICS, metricInfo, zeroByConstruction } from '../../src/report/metrics';
import { didYouMean, editDistance } from '../../src/cli/metrics-flag';
import { runCli } from '../helpers/cli';
import { DEFAULT_SCENARIO } from '../helpers/paths';

const P = 'scenarios/policies';
const POLICIES = ['russian-border-guards-return', 'csto-multinational-force', 'technical-assistance', '201st-quick-reaction'];

/** The metric rows of each table in a command's output: the lines between a rule and a blank line. */
function tableRows(text: string): string[][] {
  const tables: string[][] = [];
  let rows: string[] | undefined;
  for (const line of text.split('\n')) {
    if (/^-+( {2}-+)+$/.test(line)) rows = [];
    else if (rows && line.trim() === '') {
      tables.push(rows);
      rows = undefined;
    } else if (rows && !line.startsWith('cost-effectiveness') && !line.startsWith(' ')) rows.push(line);
  }
  if (rows) tables.push(rows);
  return tables;
}

/** The unit a metric's cell must show. */
function unitPattern(metric: string): RegExp {
  const q = metricInfo(metric).quantity;
  if (q === 'USD') return /USD/;
  if (q === 'kg') return / (t|kg)$/;
  if (q === 'share') return / (%|pp)$/;
  if (q === 'points') return / pts$/;
  return /^[-+]?[\d,.]+( \(n\.s\.\))?$|^[-+]?[\d,.]+ to [-+]?[\d,.]+$/;
}

describe('compare: a table a person can read', () => {
  const r = runCli(['compare', DEFAULT_SCENARIO, ...POLICIES.flatMap((p) => ['--policy', `${P}/${p}.json`]), '--runs', '8', '--turns', '12', '--workers', '1']);

  test('four policies: at most 15 metric rows each, every value with its unit, % change, cost-effectiveness', () => {
    expect(r.code, r.stderr).toBe(0);
    const tables = tableRows(r.stdout);
    expect(tables).toHaveLength(POLICIES.length);
    expect(r.stdout).toMatch(/metric\s+baseline\s+policy\s+difference\s+95 % CI\s+% change\s+var\. reduction/);
    for (const rows of tables) {
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.length).toBeLessThanOrEqual(15);
      expect(rows.map((row) => row.split(/\s{2,}/)[0])).toEqual(HEADLINE_METRICS.filter((m) => rows.some((row) => row.startsWith(`${m} `))));
      for (const row of rows) {
        const [metric, baseline, policy, difference, ci] = row.split(/\s{2,}/) as [string, string, string, string, string];
        for (const cell of [baseline, policy, difference.replace(' (n.s.)', ''), ci]) expect(cell, `${metric}: ${cell}`).toMatch(unitPattern(metric));
      }
    }
    expect(r.stdout.match(/^cost-effectiveness: /gm)).toHaveLength(POLICIES.length);
    expect(r.stdout).toMatch(/USD [\d.,]+ (k |M )?per extra kg seized \(95 % CI USD/);
  });

  test('variance reduction is left out where one arm is constant (sovereignty is 0 under the status quo)', () => {
    const sovereignty = r.stdout.split('\n').filter((l) => l.startsWith('sovereignty '));
    expect(sovereignty.length).toBe(POLICIES.length);
    for (const line of sovereignty) expect(line.trimEnd().endsWith('–')).toBe(true);
  });

  test('--metrics all: every metric but those zero by construction for their actor kind', () => {
    const all = runCli([
      'compare',
      DEFAULT_SCENARIO,
      '--policy',
      `${P}/technical-assistance.json`,
      '--runs',
      '4',
      '--turns',
      '6',
      '--workers',
      '1',
      '--metrics',
      'all',
    ]);
    expect(all.code, all.stderr).toBe(0);
    const names = (tableRows(all.stdout)[0] ?? []).map((row) => row.split(/\s{2,}/)[0] as string);
    expect(names.length).toBeGreaterThan(40);
    expect(names.filter(zeroByConstruction)).toEqual([]);
    expect(names).toContain('smuggling.kgSeized');
    expect(names).not.toContain('refugees.kgSeized');
    expect(names).not.toContain('recruits.clashes');
  });
});

describe('mc: a table a person can read', () => {
  test('the headline metrics by default, with units; a misspelt metric gets a suggestion', () => {
    const r = runCli(['mc', DEFAULT_SCENARIO, '--runs', '10', '--turns', '8', '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    const [rows] = tableRows(r.stdout) as [string[]];
    expect(rows.length).toBeLessThanOrEqual(15);
    expect(rows.find((l) => l.startsWith('cost '))).toMatch(/USD [\d.]+ M/);
    expect(rows.find((l) => l.startsWith('kgThrough '))).toMatch(/[\d.]+ t/);
    expect(rows.find((l) => l.startsWith('effectiveness '))).toMatch(/[\d.]+ %/);
    expect(r.stdout).toMatch(/--metrics all for every one/);

    const typo = runCli(['mc', DEFAULT_SCENARIO, '--runs', '2', '--turns', '2', '--workers', '1', '--metrics', 'gotaway,kgThru']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe("frontier-sim: --metrics: unknown metric 'gotaway'; did you mean 'gotAway'?\n");
  });

  test.each(['mc', 'run', 'compare'])('%s --seed -1: a plain message, exit 2', (command) => {
    const extra = command === 'compare' ? ['--policy', `${P}/technical-assistance.json`] : [];
    const r = runCli([command, DEFAULT_SCENARIO, ...extra, '--seed', '-1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`frontier-sim: --seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got '-1'\n`);
  });
});

describe('run --format csv', () => {
  test('the per-turn rows of the whole border, each actor kind and each sector, turns from 0', () => {
    const r = runCli(['run', DEFAULT_SCENARIO, '--seed', '3', '--turns', '3', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const rows = parseCsv(r.stdout, (c) => !['date', 'scope', 'id'].includes(c));
    const scopes = (turn: number, scope: string) => rows.filter((x) => x.turn === turn && x.scope === scope).length;
    expect(r.stdout.split('\r\n')[0]?.startsWith('seed,turn,date,scope,id,')).toBe(true);
    for (const t of [0, 1, 2]) {
      expect(scopes(t, 'border')).toBe(1);
      expect(scopes(t, 'kind')).toBe(4);
      expect(scopes(t, 'sector')).toBe(12);
    }
    expect(rows.find((x) => x.turn === 0)?.date).toBe('2021-08-16');
    // The border row is the sum of the sector rows.
    for (const t of [0, 1, 2]) {
      const border = rows.find((x) => x.turn === t && x.scope === 'border') as Record<string, number>;
      const sectors = rows.filter((x) => x.turn === t && x.scope === 'sector') as Record<string, number>[];
      expect(sectors.reduce((a, x) => a + (x.gotAway ?? NaN), 0)).toBe(border.gotAway);
    }
  });
});

describe('did you mean', () => {
  test('suggests the closest metric within about half its letters, nothing otherwise', () => {
    const known = ['gotAway', 'interdicted', 'kgThrough', 'kgSeized', 'smuggling.kgSeized', 'effectiveness'];
    expect(didYouMean('gotaway', known)).toBe('gotAway');
    expect(didYouMean('kgThru', known)).toBe('kgThrough');
    expect(didYouMean('efectiveness', known)).toBe('effectiveness');
    expect(didYouMean('smugling.kgSeized', known)).toBe('smuggling.kgSeized');
    expect(didYouMean('population', known)).toBeUndefined();
    expect(didYouMean('cost', known)).toBeUndefined();
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
