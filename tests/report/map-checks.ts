/**
 * Checks of a map against its data, from the SVG that Vega renders: one drawn path per sector,
 * its aria-label carrying the value it was given, its drawn length proportional to its km of
 * the line (one scale for all, within 1 %), and its colour ordered as its value is (darker for
 * more on a ramp; on a diverging scale blue below zero, red above, near white at zero and near it).
 */
import { expect } from 'vitest';
import { luminance, pathPoints, svgItems, type SvgItem } from './svg-marks';

/** A sector as the map spec's data gives it. */
export interface MapSectorRow {
  sector: string;
  value: number | null;
  description: string;
}

/** The sectors of a map spec (the features of its sector layer). */
export function mapSectorRows(spec: Record<string, unknown>): MapSectorRow[] {
  const layers = spec.layer as { data: { values: { properties?: Partial<MapSectorRow> }[] } }[];
  return layers
    .flatMap((l) => l.data.values)
    .filter((v) => v.properties?.sector !== undefined)
    .map((v) => v.properties as MapSectorRow);
}

/** The km of the line a sector's aria-label gives ("… (69.7 km drawn, …"). */
export const drawnKm = (label: string) => Number(/\(([\d.]+) km drawn/.exec(label)?.[1]);

/** The value at the end of a sector's aria-label. */
export const valueOf = (label: string) => Number(/: (-?[\d.e+-]+)$/.exec(label)?.[1]);

/** The drawn length of a path, px (its parts, each begun by 'M'; gaps between them not counted). */
export function pixelLength(item: SvgItem): number {
  let total = 0;
  for (const part of (item.attrs.d ?? '').split(/(?=M)/)) {
    const pts = pathPoints({ ...item, attrs: { ...item.attrs, d: part } });
    for (let i = 1; i < pts.length; i++)
      total += Math.hypot((pts[i] as { x: number }).x - (pts[i - 1] as { x: number }).x, (pts[i] as { y: number }).y - (pts[i - 1] as { y: number }).y);
  }
  return total;
}

/** The stroke of a mark as [r, g, b]. */
export function strokeOf(item: SvgItem): [number, number, number] {
  const f = item.attrs.stroke ?? '';
  const hex = /^#([0-9a-f]{6})$/i.exec(f);
  if (hex) {
    const n = parseInt(hex[1] as string, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/.exec(f);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`no colour in stroke '${f}'`);
}

/** The drawn path of each sector (by its aria-label, which is the row's description). */
export function sectorPaths(svg: string, rows: readonly MapSectorRow[], what: string): Map<string, SvgItem> {
  const items = svgItems(svg).filter((i) => i.tag === 'path' && i.attrs['aria-roledescription'] === 'geoshape');
  const out = new Map<string, SvgItem>();
  for (const r of rows) {
    const found = items.filter((i) => i.label === r.description);
    expect(found, `${what}: sector ${r.sector} drawn once`).toHaveLength(r.value === null ? 0 : 1);
    if (found[0]) out.set(r.sector, found[0]);
  }
  return out;
}

/** The domain of the colour scale of a map spec's sectors. */
export function mapDomain(spec: Record<string, unknown>): [number, number] {
  const layers = spec.layer as { encoding?: { stroke?: { scale?: { domain?: [number, number] } } } }[];
  const domain = layers.map((l) => l.encoding?.stroke?.scale?.domain).find((d) => d !== undefined);
  if (!domain) throw new Error('no colour scale on the sectors');
  return domain;
}

/** Checks a map's sectors against the rows of its spec, on its colour scale. */
export function checkMap(svg: string, spec: Record<string, unknown>, what: string): void {
  const rows = mapSectorRows(spec);
  const [lowest, highest] = mapDomain(spec);
  const diverging = lowest < 0;
  const paths = sectorPaths(svg, rows, what);
  const drawn = rows
    .filter((r) => r.value !== null)
    .map((r) => {
      const item = paths.get(r.sector) as SvgItem;
      return { r, item, pxPerKm: pixelLength(item) / drawnKm(item.label), rgb: strokeOf(item) };
    });
  expect(drawn.length, `${what}: sectors drawn`).toBeGreaterThan(0);
  const scale = [...drawn.map((d) => d.pxPerKm)].sort((a, b) => a - b)[Math.floor(drawn.length / 2)] as number;
  for (const d of drawn) {
    expect(Math.abs(d.pxPerKm / scale - 1), `${what}: ${d.r.sector} drawn in proportion to its km`).toBeLessThan(0.01);
    expect(valueOf(d.item.label), `${what}: ${d.r.sector}'s aria-label`).toBeCloseTo(d.r.value as number, 3);
  }
  if (diverging) {
    const maxAbs = Math.max(-lowest, highest);
    for (const d of drawn) {
      const [r, g, b] = d.rgb;
      const v = d.r.value as number;
      // A change of a few % of the scale is drawn all but white (the colours interpolate in RGB).
      if (Math.abs(v) <= 0.03 * maxAbs) expect(Math.min(r, g, b), `${what}: ${d.r.sector} (${v}) near white`).toBeGreaterThan(215);
      else if (v < 0) expect(b, `${what}: ${d.r.sector} (${v}) blue`).toBeGreaterThan(r);
      else expect(r, `${what}: ${d.r.sector} (${v}) red`).toBeGreaterThan(b);
    }
  } else {
    const sorted = [...drawn].sort((a, b) => (a.r.value as number) - (b.r.value as number));
    for (let i = 1; i < sorted.length; i++) {
      const [lo, hi] = [sorted[i - 1], sorted[i]] as [(typeof drawn)[number], (typeof drawn)[number]];
      if ((hi.r.value as number) - (lo.r.value as number) > 1e-6)
        expect(luminance(hi.rgb), `${what}: ${hi.r.sector} darker than ${lo.r.sector}`).toBeLessThan(luminance(lo.rgb));
    }
  }
}
