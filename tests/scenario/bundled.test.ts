/**
 * Bundled data by name (issue 22): the scenarios and policies that ship in the package load by
 * name or package path from any working directory; a missing file's error says where it looked;
 * a policy is checked on its own, with positions, by loadPolicy and by `validate policy.json`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledNames, loadPolicy, loadScenario, ScenarioError, type ScenarioIssue } from '../../src/index';
import { runCli } from '../helpers/cli';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/temp';

function issuesOf(f: () => unknown): ScenarioIssue[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ScenarioError) return e.issues;
    throw e;
  }
  throw new Error('expected a ScenarioError');
}

describe('bundled scenarios and policies by name', () => {
  let dir = '';
  let cwd = '';
  beforeEach(() => {
    cwd = process.cwd();
    dir = tempDir();
    process.chdir(dir); // a user's project: no scenarios/ here
  });
  afterEach(() => process.chdir(cwd));

  it('lists what ships, as the files of scenarios/ and scenarios/policies/', () => {
    const files = (d: string) =>
      readdirSync(join(ROOT, d))
        .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
        .map((f) => f.replace(/\.json$/, ''))
        .sort();
    expect(bundledNames('scenario')).toEqual(files('scenarios'));
    expect(bundledNames('policy')).toEqual(files('scenarios/policies'));
    expect(bundledNames('scenario')).toContain('tajik-afghan-2021');
  });

  it('loads a scenario by name and by package path, the same as by its file', () => {
    const byFile = loadScenario(join(ROOT, 'scenarios', 'tajik-afghan-2021.json'));
    expect(loadScenario('tajik-afghan-2021')).toEqual(byFile);
    expect(loadScenario('frontier-sim/scenarios/tajik-afghan-2021.json')).toEqual(byFile);
  });

  it('loads a policy by name and by package path', () => {
    expect(loadPolicy('technical-assistance').name).toBe('technical-assistance');
    expect(loadPolicy('frontier-sim/policies/status-quo.json').name).toBe('status-quo');
    expect(loadPolicy('frontier-sim/scenarios/policies/status-quo.json').name).toBe('status-quo');
  });

  it('a local file of the same name wins over the bundled one', () => {
    writeFileSync(join(dir, 'tajik-afghan-2021'), '{"sectors": 3}');
    expect(issuesOf(() => loadScenario('tajik-afghan-2021'))[0]!.file).toBe('tajik-afghan-2021');
  });

  it('a missing file names the absolute path tried, the working directory and the bundled names', () => {
    const [issue] = issuesOf(() => loadScenario('scenarios/tajik-afghan-2021.json'));
    expect(issue!.message).toContain(`tried ${resolve(dir, 'scenarios/tajik-afghan-2021.json')}`);
    expect(issue!.message).toContain(`(working directory ${dir})`);
    expect(issue!.message).toContain(bundledNames('scenario').join(', '));
    const [policy] = issuesOf(() => loadPolicy('no-such-policy'));
    expect(policy!.message).toMatch(/^file not found: .*bundled policies load by name/);
    expect(policy!.message).toContain('technical-assistance');
  });
});

const BROKEN = `{
  "name": "broken",
  "overlay": {
    "policy": { "name": "x", "rules": [ { "id": "r", "orders": [ { "type": "asistance", "budgetUsdPerWeek": 5 } ] } ] },
    "sectors": [ { "id": "panj", "lengthKm": -3 } ],
    "forcez": []
  }
}
`;

describe('a policy checked on its own', () => {
  it('loadPolicy finds unknown fields, wrong values and unknown order types, each with its line and column', () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, BROKEN);
    const issues = issuesOf(() => loadPolicy(file));
    expect(issues.map((i) => [i.pointer, i.line, i.column])).toEqual([
      ['/overlay/policy/rules/0/orders/0/type', 4, 76],
      ['/overlay/sectors/0/lengthKm', 5, 46],
      ['/overlay/forcez', 6, 5],
    ]);
    expect(issues[2]!.message).toMatch(/did you mean "forces"/);
  });

  it('a partial entry (merged by id onto the scenario) and a removal are not problems on their own', () => {
    const file = join(tempDir(), 'partial.json');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'p',
        overlay: {
          sectors: [
            { id: 'panj', lengthKm: 90 },
            { id: 'vanj', remove: true },
          ],
          parameters: { detection: { sweepWidthKm: 2 } },
        },
      }),
    );
    expect(loadPolicy(file).name).toBe('p');
  });

  it('every bundled policy passes', () => {
    for (const name of bundledNames('policy')) expect(loadPolicy(name).name).toBeTypeOf('string');
  });

  it('`validate policy.json` alone exits 2 on a broken policy, with positions, and 0 on a good one', () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, BROKEN);
    const bad = runCli(['validate', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${file}:6:5 /overlay/forcez: unknown property "forcez"`);
    const good = runCli(['validate', 'scenarios/policies/technical-assistance.json']);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/valid policy overlay "technical-assistance" \(checked on its own/);
  });
});
