/**
 * The forest plot says what its data says: read back from the SVG that Vega renders, every point
 * and interval sits in its metric's row at the x its value gives, on one linear scale, and the
 * zero line runs the height of the plot. For 1, 2 and 5 policies.
 */
import { describe, it } from 'vitest';
import { forestSpec, renderSvg, type ForestRow } from '../../src/report/charts';
import { checkForest } from './chart-checks';

const METRICS = ['Got away', 'Interdicted', 'Interdiction effectiveness', 'Drugs through', 'Clashes', 'Casualties (forces)'];
const POLICIES = ['russian-border-guards-return', 'csto-multinational-force', 'technical-assistance', '201st-quick-reaction', 'more-sensors'];

/** Rows with effects from −40 % to +200 %, some intervals crossing 0, every policy different. */
export function forestRows(policies: number): ForestRow[] {
  const rows: ForestRow[] = [];
  METRICS.forEach((metric, m) => {
    for (let p = 0; p < policies; p++) {
      const estimate = ((m * 37 + p * 53) % 240) - 40 + p * 0.5;
      const half = 2 + ((m + 3 * p) % 5) * 3;
      rows.push({ metric, policy: POLICIES[p] as string, estimate, low: estimate - half, high: estimate + half });
    }
  });
  return rows;
}

describe('forest plot geometry', () => {
  for (const n of [1, 2, 5]) {
    it(`${n} polic${n === 1 ? 'y' : 'ies'}: points in their rows, x linear, intervals and zero line where the data puts them`, async () => {
      const rows = forestRows(n);
      const svg = await renderSvg(
        forestSpec(rows, { title: 'Paired differences', xTitle: 'Change vs status-quo (% of baseline mean)', metrics: METRICS }),
        'f',
      );
      checkForest(svg, rows, METRICS);
    });
  }
});
