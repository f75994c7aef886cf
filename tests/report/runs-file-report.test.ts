/**
 * A runs file is enough for a report: `mc --out` records the scenario (and the policy overlay)
 * in its first line, so `report runs.ndjson --out r.html` draws every chart; a file that does
 * not record it (an older one, or the JSON of mc) makes `report` refuse and say what to pass;
 * never a silently empty report.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadScenario, scenarioHash } from '../../src/index';
import { readReportInput } from '../../src/report';
import { runCli } from '../helpers/cli';
import { DEFAULT_SCENARIO, ROOT } from '../helpers/paths';

const charts = (html: string) => [...html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1] as string);

describe('a runs file is enough for a report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontier-runs-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const policy = join(ROOT, 'scenarios', 'policies', 'technical-assistance.json');
  const runs = join(dir, 'runs.ndjson');
  const mc = runCli(['mc', DEFAULT_SCENARIO, '--runs', '6', '--turns', '8', '--seed', '5', '--workers', '1', '--policy', policy, '--out', runs]);

  test('mc --out records the scenario and the policy overlay beside the manifest', () => {
    expect(mc.code, mc.stderr).toBe(0);
    const first = JSON.parse(readFileSync(runs, 'utf8').split('\n')[0] as string) as {
      manifest: { scenario: { hash: string } };
      scenario: object;
      policy: { name: string; overlay: object };
    };
    expect(scenarioHash(first.scenario as never)).toBe(first.manifest.scenario.hash);
    expect(first.manifest.scenario.hash).toBe(scenarioHash(loadScenario(DEFAULT_SCENARIO)));
    expect(first.policy.name).toBe('technical-assistance');
    const input = readReportInput(runs);
    expect(input.scenario?.metadata.name).toBe(loadScenario(DEFAULT_SCENARIO).metadata.name);
    expect(input.policies?.map((p) => p.name)).toEqual(['technical-assistance']);
  });

  test('report runs.ndjson --out r.html, nothing else: every chart (over time, along the border, run totals)', () => {
    const out = join(dir, 'r.html');
    const r = runCli(['report', runs, '--out', out, '--replay', '3']);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    const ids = charts(html);
    expect(ids.filter((id) => id.startsWith('fan-')).length).toBeGreaterThanOrEqual(3);
    expect(ids.filter((id) => id.startsWith('heat-')).length).toBeGreaterThanOrEqual(2);
    expect(ids.filter((id) => id.startsWith('hist-')).length).toBeGreaterThanOrEqual(2);
    expect(html).not.toContain('class="notice"');
    // The replay played the recorded policy, not the status quo.
    expect(html).toMatch(/Crossing attempts by sector and turn/);
    expect(html).toContain('technical-assistance');
  });

  test('a runs file without its scenario (an older one): report refuses and says what to pass; --summary-only and --scenario work', () => {
    const lines = readFileSync(runs, 'utf8').split('\n');
    const old = join(dir, 'old.ndjson');
    // Format 1: the manifest alone on the first line, run lines without their sums.
    const { manifest } = JSON.parse(lines[0] as string) as { manifest: object };
    const unsealed = lines.slice(1).map((l) => l.replace(/,"sum":"[0-9a-f]{16}"\}$/, '}'));
    writeFileSync(old, [JSON.stringify({ manifest: { ...manifest, formatVersion: 1 } }), ...unsealed].join('\n'));
    const out = join(dir, 'old.html');
    const refused = runCli(['report', old, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^frontier-sim: .*old\.ndjson was written before runs files recorded their scenario, so the charts that replay its runs cannot be drawn: give --scenario FILE .*--policy FILE.*or --summary-only/,
    );
    expect(() => readFileSync(out)).toThrow();

    const summary = runCli(['report', old, '--out', out, '--summary-only']);
    expect(summary.code, summary.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<p class="notice">This report leaves out the heat maps along the border and the charts over time: they replay/);
    expect(html).toContain('--scenario FILE');

    const given = runCli(['report', old, '--out', out, '--scenario', DEFAULT_SCENARIO, '--policy', policy, '--replay', '2']);
    expect(given.code, given.stderr).toBe(0);
    expect(charts(readFileSync(out, 'utf8')).some((id) => id.startsWith('heat-'))).toBe(true);
  });

  test('the JSON of mc: report refuses without --scenario', () => {
    const json = join(dir, 'mc.json');
    const r = runCli(['mc', DEFAULT_SCENARIO, '--runs', '3', '--turns', '4', '--workers', '1', '--format', 'json', '--summary', json]);
    expect(r.code, r.stderr).toBe(0);
    const refused = runCli(['report', json, '--out', join(dir, 'x.html')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/holds results, not the scenario they came from.*--scenario FILE/);
  });

  test('a changed recorded scenario is refused, naming the file (its chain of sums breaks)', () => {
    const lines = readFileSync(runs, 'utf8').split('\n');
    const first = JSON.parse(lines[0] as string) as { scenario: { metadata: { name: string } } };
    first.scenario.metadata.name = 'changed';
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, [JSON.stringify(first), ...lines.slice(1)].join('\n'));
    const r = runCli(['report', bad, '--out', join(dir, 'bad.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.ndjson:2: checksum mismatch: .*a line before it was changed/);
  });
});
