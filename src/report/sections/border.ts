/**
 * The report's "Along the border": heat maps of the border as a strip west to east (each
 * sector's column as wide as the sector is long) against time, from replayed runs. The first
 * policy's counts; then, for each other policy, its difference from the first, one panel each.
 *
 * @module
 */
import { heatSpec, type HeatCell, type HeatSector } from '../charts';
import { esc, num } from '../html';
import { metricInfo } from '../metrics';
import type { ReplayDetail } from '../replay';
import { calendarNote, turnTime, type ReportContext, type Section, type Timeline } from '../section';

const MAPS: readonly { metric: string; what: string; ramp: 'orange' | 'purple' | 'red' }[] = [
  { metric: 'attempts', what: 'crossing attempts', ramp: 'orange' },
  { metric: 'gotAway', what: 'crossings that got away', ramp: 'purple' },
  { metric: 'clashes', what: 'clashes', ramp: 'red' },
];

/** Sector columns: short names (the part before a parenthesis) when they are unique. */
function columns(detail: ReplayDetail): HeatSector[] {
  const short = detail.sectors.map((x) => x.name.replace(/\s*\(.*\)\s*$/, '') || x.name);
  const labels = new Set(short).size === short.length ? short : detail.sectors.map((x) => x.id);
  return detail.sectors.map((x, i) => ({ label: labels[i] as string, x0: x.alongBorderKm - x.lengthKm / 2, x1: x.alongBorderKm + x.lengthKm / 2 }));
}

function cells(
  grid: readonly (readonly number[])[],
  sectors: readonly HeatSector[],
  timeline: Timeline | undefined,
  policy?: string,
  minus?: readonly (readonly number[])[],
): HeatCell[] {
  const out: HeatCell[] = [];
  grid.forEach((row, si) =>
    row.forEach((v, t) => {
      const sec = sectors[si] as HeatSector;
      const t0 = timeline ? turnTime(timeline, t) : t - 0.5;
      const t1 = timeline ? turnTime(timeline, t + 1) : t + 0.5;
      out.push({ sector: sec.label, ...(policy !== undefined ? { policy } : {}), turn: t, value: v - (minus?.[si]?.[t] ?? 0), x0: sec.x0, x1: sec.x1, t0, t1 });
    }),
  );
  return out;
}

/** The border section, or undefined without replayed detail. */
export function borderSection(ctx: ReportContext): Section | undefined {
  const detail = ctx.detail;
  if (!detail || detail.sectors.length === 0 || detail.policies.length === 0) return undefined;
  const sectors = columns(detail);
  const [base, ...others] = detail.policies as [ReplayDetail['policies'][number], ...ReplayDetail['policies']];
  const s: Section = {
    id: 'border',
    title: 'Along the border',
    lead: `The border as a strip from west (left) to east (right), each sector's column as wide as the sector is long, against time (first turn at the top). Each cell is the mean over ${num(detail.runs)} replayed runs (runs 0–${detail.runs - 1} of the experiment, same seeds) of the sector's count in that turn: darker cells are where pressure is; a dark patch drifting sideways is pressure being displaced along the border.${others.length ? ` The maps of ${base.policy} come first; then each other policy's difference from it, on one colour scale centred on 0 (blue: fewer, red: more). Columns are as wide as the sectors are long.` : ''}`,
    body: [],
  };
  const timeTitle = ctx.timeline ? 'Date (first day of the turn)' : 'Turn (from 0)';
  const dated = ctx.timeline !== undefined;
  let n = 0;
  for (const mp of MAPS) {
    const grid = base.bySector[mp.metric];
    if (!grid) continue;
    const info = metricInfo(mp.metric);
    if (!grid.some((row) => row.some((v) => v > 0)) && mp.metric !== 'attempts') {
      s.body.push(
        `<p class="note">No ${esc(mp.what)} in any sector in the replayed runs${others.length ? ` under ${esc(base.policy)}` : ''}, so no heat map for them.</p>`,
      );
      continue;
    }
    s.body.push({
      id: `heat-${n++}`,
      wide: true,
      spec: heatSpec(cells(grid, sectors, ctx.timeline), {
        title: `${info.label} by sector and turn${others.length ? `: ${base.policy}` : ''}`,
        subtitle: `mean of ${detail.runs} runs per sector and turn`,
        sectors,
        legendTitle: [info.unit || info.label, 'per turn'],
        timeTitle,
        dated,
        ramp: mp.ramp,
      }),
      caption: `Mean ${mp.what} per sector (columns, west to east, each as wide as its sector is long) and turn (rows, top to bottom)${others.length ? ` under ${base.policy}` : ''}. The colour scale is on the right; white is none.${calendarNote(ctx.timeline)}`,
    });
  }
  // Differences from the first policy: got-aways, and clashes where there are any.
  for (const metric of ['gotAway', 'clashes']) {
    const baseGrid = base.bySector[metric];
    if (!baseGrid || others.length === 0) continue;
    const diff: HeatCell[] = [];
    for (const p of others) {
      const grid = p.bySector[metric];
      if (grid) diff.push(...cells(grid, sectors, ctx.timeline, p.policy, baseGrid));
    }
    if (diff.length === 0 || !diff.some((c) => c.value !== 0)) {
      s.body.push(`<p class="note">No policy changes ${esc(metricInfo(metric).label.toLowerCase())} in any sector and turn of the replayed runs.</p>`);
      continue;
    }
    const info = metricInfo(metric);
    s.body.push({
      id: `heat-${n++}`,
      wide: true,
      spec: heatSpec(diff, {
        title: `Change in ${info.label.toLowerCase()} vs ${base.policy}, by sector and turn`,
        subtitle: `policy minus ${base.policy}, mean of ${detail.runs} paired runs per sector and turn`,
        sectors,
        legendTitle: [`${info.unit} per turn,`, `vs ${base.policy}`],
        timeTitle,
        dated,
        diverging: true,
        policies: others.map((p) => p.policy),
      }),
      caption: `Each policy's mean ${info.label.toLowerCase()} per sector and turn minus ${base.policy}'s, on the same runs (same seeds): blue where the policy has fewer, red where it has more, white where it changes nothing. One panel per policy, one colour scale for all.${calendarNote(ctx.timeline)}`,
    });
  }
  return s;
}
