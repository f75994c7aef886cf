/**
 * The report's optimisation section, tested for meaning: in the strip of the border each sector's
 * cell sits where the sector lies (west to east, as wide as its border), coloured by the sign of
 * its change; the section's tables say the allocation the result holds. Also the library's
 * other levers and constraints end to end: posts, and a budget priced by the cost model.
 */
import { describe, expect, test } from 'vitest';
import { optimizeAllocation, type OptimizationResult } from '../../src/experiment/optimization';
import { renderReport } from '../../src/report';
import { renderSvg } from '../../src/report/charts';
import { stripCells, stripSpec } from '../../src/report/optimization-section';
import { closedFormInstance } from './optimize-helpers';

const tiny = {
  search: { runs: 8, levels: 2, greedySteps: 6 },
  selection: { firstStage: 10, batch: 5, maxRuns: 60 },
  finalRuns: 20,
  adversary: 'fixed' as const,
};

describe('the optimisation section of the report', async () => {
  const inst = closedFormInstance(4, 7, { turns: 10 });
  const r: OptimizationResult = await optimizeAllocation(inst.scenario, { ...tiny, totalPersonnel: inst.total, seed: 2 });

  test('each strip cell sits where its sector lies along the border and is coloured by its change', async () => {
    const cells = stripCells(r);
    expect(cells.map((c) => c.change)).toEqual(r.table.map((row) => row.change));
    expect(cells.some((c) => c.change > 0) && cells.some((c) => c.change < 0)).toBe(true);
    const svg = await renderSvg(stripSpec(cells, 'personnel'), 'strip');
    const marks = [...svg.matchAll(/aria-roledescription="rect mark" d="M([\d.]+),[\d.]+h([\d.]+)v[\d.]+h-[\d.]+Z" fill="rgb\((\d+), (\d+), (\d+)\)"/g)].map(
      (m) => ({ x: Number(m[1]), w: Number(m[2]), r: Number(m[3]), b: Number(m[5]) }),
    );
    expect(marks).toHaveLength(cells.length);
    const total = Math.max(...cells.map((c) => c.endKm));
    const scale = (marks[0] as { w: number }).w / ((cells[0] as { endKm: number }).endKm - (cells[0] as { startKm: number }).startKm);
    cells.forEach((c, i) => {
      const m = marks[i] as (typeof marks)[number];
      expect(m.x).toBeCloseTo(c.startKm * scale, 6);
      expect(m.w).toBeCloseTo((c.endKm - c.startKm) * scale, 6);
      if (c.change > 0) expect(m.b).toBeGreaterThan(m.r);
      else if (c.change < 0) expect(m.r).toBeGreaterThan(m.b);
      else expect([m.r, m.b]).toEqual([255, 255]);
    });
    // West to east: the cells tile the border from 0 to its length.
    expect(cells[0]?.startKm).toBe(0);
    expect(total).toBe(inst.scenario.sectors.reduce((a, s) => a + (s.lengthKm as number), 0));
  });

  test('the report carries the section, its tables and charts, before the comparison', async () => {
    const html = await renderReport({ comparison: r.comparison, optimization: r });
    expect(html.indexOf('<section id="optimization">')).toBeGreaterThan(0);
    expect(html.indexOf('<section id="optimization">')).toBeLessThan(html.indexOf('<section id="comparison">'));
    for (const row of r.table) expect(html).toContain(`<th>${row.name}</th><td class="n">${row.today}</td><td class="n">${row.proposed}</td>`);
    expect(html).toContain('data-chart="optimization-strip-personnel"');
    expect(html).toContain('data-chart="optimization-convergence"');
    expect(html).toMatch(/allocation optimisation/);
  });
});

describe('other levers and constraints', () => {
  test('posts as a second lever: their total is placed, and the allocation overlay sets them', async () => {
    const inst = closedFormInstance(3, 5, { turns: 8 });
    const r = await optimizeAllocation(inst.scenario, { ...tiny, totalPersonnel: inst.total, extraPosts: 4, seed: 1 });
    const posts = r.table.filter((row) => row.lever === 'posts');
    expect(posts).toHaveLength(3);
    expect(posts.reduce((a, row) => a + row.proposed, 0)).toBe(4);
    const overlay = r.policies.find((p) => p.name === 'proposed')?.overlay as { sectors: { id: string; posts: { count: number } }[] };
    expect(overlay.sectors.map((s) => s.posts.count)).toEqual(posts.map((row) => row.proposed));
  }, 120_000);

  test('a yearly budget: the spending stays within it, priced per person by the cost model', async () => {
    const inst = closedFormInstance(3, 5, { turns: 8 });
    // The instance's units cost parameters.costs' default, USD 50 a person a week: 2,609 a year.
    const budget = 150_000;
    const r = await optimizeAllocation(inst.scenario, { ...tiny, budgetUsdPerYear: budget, seed: 1 });
    expect(r.extraSpendUsdPerYear).toBeLessThanOrEqual(budget);
    expect(r.extraSpendUsdPerYear).toBeGreaterThan(budget - ((50 * 365.25) / 7) * 5);
    expect(r.table.every((row) => row.proposed >= row.today)).toBe(true);
  }, 120_000);
});
