import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, simulate } from '../../src/index';
import { runRows, turnColumns, turnRows } from '../../src/report';
import { DEFAULT_SCENARIO, ROOT } from '../helpers/paths';

describe('docs/outputs.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'outputs.md'), 'utf8');
  const documented = new Set([...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] as string));

  it('documents every column of the per-turn and per-run rows of the default scenario', () => {
    const run = simulate(loadScenario(DEFAULT_SCENARIO), { seed: 1, turns: 3 });
    const columns = new Set([...turnColumns(turnRows(run)), ...Object.keys(runRows([{ index: 0, seed: 1, totals: run.totals }])[0] ?? {})]);
    const missing = [...columns].filter((c) => !documented.has(c) && !(c.includes('.') && documented.has(c.slice(c.indexOf('.') + 1))));
    expect(missing, 'columns missing from docs/outputs.md').toEqual([]);
  });
});
