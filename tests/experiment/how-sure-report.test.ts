/**
 * The report's "How sure are we" section: its marks sit where their numbers say, and it
 * appears only for results run over the inputs.
 */
import { describe, expect, it } from 'vitest';
import { comparePolicies } from '../../src/experiment';
import { renderReport } from '../../src/report';
import { barsSvg, intervalSvg, scaleX } from '../../src/report/how-sure';
import { productScenario } from './product-scenario';

const attr = (svg: string, cls: string, name: string): number[] =>
  [...svg.matchAll(new RegExp(`class="${cls}"[^>]*?${name}="([-0-9.e]+)"`, 'g'))].map((m) => Number(m[1]));

describe('How sure are we: charts', () => {
  it('interval chart: each bar spans its interval and each dot sits at its value, on one linear scale with 0 in it', () => {
    const rows = [
      { label: 'a', low: -40, high: 10, innerLow: -12, innerHigh: -8, value: -10 },
      { label: 'b', low: 5, high: 60, innerLow: 20, innerHigh: 30, value: 25 },
    ];
    const svg = intervalSvg(rows, 'effect');
    const xs = attr(svg, 'outer', 'x');
    const ws = attr(svg, 'outer', 'width');
    const lo = -40;
    const hi = 60;
    rows.forEach((r, i) => {
      expect(xs[i]).toBeCloseTo(scaleX(r.low, lo, hi), 1);
      expect((xs[i] as number) + (ws[i] as number)).toBeCloseTo(scaleX(r.high, lo, hi), 1);
    });
    expect(attr(svg, 'value', 'cx')).toEqual(rows.map((r) => Number(scaleX(r.value, lo, hi).toFixed(2))));
    expect(attr(svg, 'zero', 'x1')[0]).toBeCloseTo(scaleX(0, lo, hi), 1);
    // The inner (dice-alone) bar of b lies inside its outer bar.
    const ix = attr(svg, 'inner', 'x');
    expect(ix[1]).toBeGreaterThan(xs[1] as number);
  });
  it('bars: width proportional to the index, clamped to [0, 1]', () => {
    const svg = barsSvg(
      [
        { label: 'x', value: 0.5, second: 0.75 },
        { label: 'y', value: 1.2 },
        { label: 'z', value: -0.1 },
      ],
      'S',
    );
    const w = attr(svg, 'bar', 'width');
    const full = scaleX(1, 0, 1) - scaleX(0, 0, 1);
    expect(w[0]).toBeCloseTo(full / 2, 1);
    expect(w[1]).toBeCloseTo(full, 1);
    expect(w[2]).toBeCloseTo(0, 5);
    expect(attr(svg, 'second', 'width')[0]).toBeCloseTo(0.75 * full, 1);
  });
});

describe('How sure are we: in the report', () => {
  it('appears for a comparison over the inputs, with P(better) and the sentences, and not without', async () => {
    const s = productScenario();
    const policies = [{ name: 'status-quo' }, { name: 'more-load', overlay: { actors: [{ id: 'heroin', loadKg: { min: 20, max: 60, source: 'test' } }] } }];
    const over = await comparePolicies(s, { policies, runs: 32, seed: 1, uncertainty: 'ranges', replications: 4 });
    const html = await renderReport(over, { metrics: ['kgAttempted', 'attempts'] });
    expect(html).toContain('id="how-sure"');
    expect(html).toContain('P(better)');
    expect(html).toContain('data-chart="effects-over-inputs"');
    expect(html).toMatch(/is better on kgAttempted|at \d+ % of the plausible inputs/);
    const fixed = await comparePolicies(s, { policies, runs: 32, seed: 1 });
    expect(await renderReport(fixed, { metrics: ['kgAttempted'] })).not.toContain('id="how-sure"');
  });
});
