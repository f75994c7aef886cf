/**
 * The scenario library through the built command line: every bundled scenario and policy
 * overlay validates, and the 2015 scenario's run shows the fall of Kunduz in its log and its
 * effect on the following turns.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT } from '../helpers/paths';

describe('the library on the command line', () => {
  it('validate scenarios/*.json scenarios/policies/*.json: every scenario and overlay is valid', () => {
    const scenarios = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.json')).map((f) => `scenarios/${f}`);
    const policies = readdirSync(join(ROOT, 'scenarios', 'policies')).filter((f) => f.endsWith('.json')).map((f) => `scenarios/policies/${f}`);
    const r = runCli(['validate', ...scenarios, ...policies]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('scenarios/scenario.schema.json: skipped');
    for (const p of policies) expect(r.stdout).toContain(`${p}: valid policy overlay`);
  });

  it('run scenarios/tajik-afghan-2015.json --seed 1 shows the Kunduz event and the conflict it brings', () => {
    const r = runCli(['run', 'scenarios/tajik-afghan-2015.json', '--seed', '1']);
    expect(r.code).toBe(0);
    // Turns from 0, as the scenario file counts them: 28 September 2015 is turn 38.
    expect(r.stdout).toMatch(/turn +38 +2015-09-28 +event .*Kunduz/);
    expect(r.stdout).toMatch(/kunduz now held by taliban/);
    // The table's conflict column: quiet before 28 September, much of the border after.
    const share = (date: string) => {
      const line = r.stdout.split('\n').find((l) => l.includes(` ${date} `) && /^\s*\d+\s+\d{4}-/.test(l));
      const m = line?.match(/(\d+(?:\.\d+)?) %/);
      return m ? Number(m[1]) : NaN;
    };
    expect(share('2015-09-21')).toBeLessThan(20);
    expect(Math.max(share('2015-10-05'), share('2015-10-12'), share('2015-10-19'))).toBeGreaterThan(35);
  });

  it('the bundled policies run through the CLI: mc --policy on the default scenario', () => {
    for (const p of ['201st-quick-reaction', 'technical-assistance']) {
      const r = runCli(['mc', 'scenarios/tajik-afghan-2021.json', '--policy', `scenarios/policies/${p}.json`, '--runs', '2', '--turns', '4']);
      expect(r.stderr).not.toMatch(/error/i);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`policy ${p}`);
    }
  });
});
