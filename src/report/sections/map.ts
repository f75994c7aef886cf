/**
 * The report's "On the map": the border drawn from the scenario's geometry, each sector
 * coloured by a metric per run (the mean of the replayed runs) under the first policy; then,
 * for each other policy, its difference from the first on one diverging scale centred on zero.
 * Only for scenarios with geometry (`geography`); the others keep the strips of "Along the
 * border".
 *
 * @module
 */
import { esc, num, table } from '../html';
import type { MapGeometry } from '../map-geometry';
import { mapSpec, type SectorValue } from '../map-spec';
import { metricInfo } from '../metrics';
import type { PolicyDetail } from '../replay';
import type { Figure, ReportContext, Section } from '../section';

/** Each sector's mean per run of a sector metric (its per-turn means added up), in the map's sector order. */
export function perRun(p: PolicyDetail, metric: string, sectorIds: readonly string[], geo: MapGeometry): SectorValue[] | undefined {
  const grid = p.bySector[metric];
  if (!grid) return undefined;
  return geo.sectors.map((s) => {
    const row = grid[sectorIds.indexOf(s.id)] ?? [];
    return { sector: s.id, value: row.reduce((a, b) => a + b, 0) };
  });
}

const RAMPS: Record<string, 'orange' | 'purple' | 'red'> = { attempts: 'orange', gotAway: 'purple', clashes: 'red' };

/** The map section, or undefined without geometry or replayed detail. */
export function mapSection(ctx: ReportContext): Section | undefined {
  const detail = ctx.detail;
  const geo = detail?.map;
  if (!detail || !geo || detail.policies.length === 0) return undefined;
  const ids = detail.sectors.map((s) => s.id);
  const [base, ...others] = detail.policies as [PolicyDetail, ...PolicyDetail[]];
  const chosen = ctx.mapMetric ?? 'gotAway';
  const metrics = [...new Set(['attempts', chosen])].filter((m) => base.bySector[m]);
  const runs = `mean of ${num(detail.runs)} replayed run${detail.runs === 1 ? '' : 's'}`;
  const body: (string | Figure)[] = [];
  if (!base.bySector[chosen])
    body.push(
      `<p class="note">The runs report no sector metric ${esc(JSON.stringify(chosen))}, so the maps show ${esc(base.bySector.gotAway ? 'crossing attempts and got-aways' : 'crossing attempts')} (sector metrics: ${esc(Object.keys(base.bySector).join(', '))}).</p>`,
    );
  if (!base.bySector[chosen] && base.bySector.gotAway) metrics.push('gotAway');
  const rows = new Map<string, (string | number)[]>(geo.sectors.map((s) => [s.id, [s.label, Math.round((s.toKm - s.fromKm) * 10) / 10, s.lengthKm]]));
  const header = ['Sector', 'Drawn (km)', 'Model (km)'];
  for (const m of metrics) {
    const values = perRun(base, m, ids, geo) as SectorValue[];
    const info = metricInfo(m);
    body.push({
      id: `map-${m}`,
      wide: true,
      spec: mapSpec(geo, values, {
        title: `${info.label} per run, by sector${others.length ? `: ${base.policy}` : ''}`,
        subtitle: `${runs}; the border from west (left) to east, each sector as long as it is on the ground`,
        legendTitle: [info.label, `${info.unit || 'count'} per run`],
        ramp: RAMPS[m] ?? 'orange',
        what: `${info.label.toLowerCase()} per run`,
        width: 900,
      }),
      caption: `Each sector of the border coloured by its mean ${info.label.toLowerCase()} per run${others.length ? ` under ${base.policy}` : ''} (darker: more; the scale is on the right). Sector names are on the ${geo.sides.home} side where there is room (a thin line leads from a name set off to its sector); the provinces across are named at their capitals; triangles are bases; a dashed ring is a drill site's exercise range. ${geo.source}`,
    });
    header.push(`${info.label}, ${base.policy}`);
    for (const v of values) rows.get(v.sector)?.push(v.value);
  }
  const diffMetric = base.bySector[chosen] ? chosen : 'gotAway';
  if (others.length > 0 && base.bySector[diffMetric]) {
    const baseValues = perRun(base, diffMetric, ids, geo) as SectorValue[];
    const diffs = others.map((p) => ({
      policy: p.policy,
      values: (perRun(p, diffMetric, ids, geo) ?? []).map((v, i) => ({ sector: v.sector, value: v.value - (baseValues[i]?.value ?? 0) })),
    }));
    const maxAbs = Math.max(1e-9, ...diffs.flatMap((d) => d.values.map((v) => Math.abs(v.value))));
    const info = metricInfo(diffMetric);
    diffs.forEach((d, i) => {
      body.push({
        id: `map-diff-${i}`,
        wide: others.length === 1,
        spec: mapSpec(geo, d.values, {
          title: `${d.policy} minus ${base.policy}`,
          subtitle: `${info.label.toLowerCase()} per run, ${runs} (same seeds)`,
          legendTitle: [`${info.label},`, `${info.unit || 'count'} per run`, `vs ${base.policy}`],
          diverging: true,
          maxAbs,
          what: `change in ${info.label.toLowerCase()} per run vs ${base.policy}`,
          width: others.length === 1 ? 900 : 430,
          places: others.length === 1,
        }),
        caption: `The change in ${info.label.toLowerCase()} per run in each sector under ${d.policy}, against ${base.policy} on the same runs: blue where it has fewer, red where it has more, white where it changes nothing. Every policy's map has the same scale.`,
      });
      header.push(`Δ ${info.label}, ${d.policy}`);
      for (const v of d.values) rows.get(v.sector)?.push(v.value);
    });
  }
  body.push(`<details><summary>The maps' numbers, sector by sector</summary>${table(header, [...rows.values()])}</details>`);
  return {
    id: 'map',
    title: 'On the map',
    lead: `The border as it runs on the ground, west to east, from the scenario's geometry. ${geo.sectors.length} sectors; each is drawn along its stretch of the line, which the scenario places in proportion to the sector's length in the model${Math.abs(geo.lineKm - geo.sectors.reduce((a, s) => a + s.lengthKm, 0)) > 1 ? ` (the drawn line is ${num(Math.round(geo.lineKm))} km, the model's sectors add up to ${num(Math.round(geo.sectors.reduce((a, s) => a + s.lengthKm, 0)))} km)` : ''}.${others.length ? ` The first maps show ${base.policy}; then each other policy's difference from it.` : ''}`,
    body,
  };
}
