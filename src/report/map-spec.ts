/**
 * Maps of the border as Vega-Lite specs (geoshape; rendered to SVG with the other charts): the
 * countries around for context, the border with each sector coloured by a value, the sectors'
 * names on the home side (the bases'), the provinces across at their capitals, bases, and drill sites with
 * the range within which a drill deters. Projected with a conformal conic whose standard
 * parallels bracket the border, so that lengths along it keep one scale (within 0.2 %).
 *
 * Every sector's aria-label says its name, its km and its value: what a screen reader says and
 * what a test reads back.
 *
 * @module
 */
import { DIVERGING, HEAT_RAMPS } from './charts';
import { circleRing, type MapGeometry, type MapSector } from './map-geometry';
import { placeLabels, type PlacedLabel } from './map-labels';
import type { VegaLiteSpec } from './render';

/** A sector's value on a map (a sector without one is drawn grey). */
export interface SectorValue {
  sector: string;
  value: number;
}

/** Options of {@link mapSpec}. */
export interface MapOptions {
  title: string;
  subtitle?: string | readonly string[];
  /** Legend title, with its unit. */
  legendTitle: string | readonly string[];
  /** The colour ramp (white to dark) for counts, or a diverging scale centred on 0 for differences. */
  ramp?: keyof typeof HEAT_RAMPS;
  diverging?: boolean;
  /** The colour scale's domain: [0, max] (counts) or [−max, max] (differences); default from the values. */
  maxAbs?: number;
  /** What the value is, for aria-labels ("got away per run"). */
  what: string;
  width?: number;
  /** Draw bases, drill sites and the provinces' names (default true). */
  places?: boolean;
}

const round = (v: number, d = 4) => String(Math.round(v * 10 ** d) / 10 ** d);
const feature = (geometry: object, properties: object) => ({ type: 'Feature', geometry, properties });

/** The conformal conic of d3-geo (conicConformalRaw), radians in, projected units out. */
function conicConformal(phi0: number, phi1: number): (lambda: number, phi: number) => [number, number] {
  const tany = (y: number) => Math.tan((Math.PI / 2 + y) / 2);
  const cy0 = Math.cos(phi0);
  const n = phi0 === phi1 ? Math.sin(phi0) : Math.log(cy0 / Math.cos(phi1)) / Math.log(tany(phi1) / tany(phi0));
  const f = (cy0 * tany(phi0) ** n) / n;
  return (x, y) => {
    const r = f / tany(y) ** n;
    return [r * Math.sin(n * x), f - r * Math.cos(n * x)];
  };
}

/** A map's projection: its Vega-Lite parameters, and the pixel of a [lon, lat] position. */
export interface MapProjection {
  spec: Record<string, unknown>;
  width: number;
  height: number;
  pixel: (p: readonly number[]) => [number, number];
}

/**
 * The projection of a map `width` pixels wide: a conformal conic centred on the border, its
 * standard parallels at a sixth of the border's span of latitude from either end (so that scale
 * along the border varies by less than 0.2 %), scaled and translated so that the border, the
 * places and a margin fill the frame, outlines clipped to it. Its height follows the border's
 * shape (between 0.4 and 0.75 of the width). The same arithmetic as d3-geo's conicConformal,
 * which Vega uses: a test checks that they agree.
 */
export function mapProjection(geo: MapGeometry, width: number): MapProjection {
  const pts = [...geo.sectors.flatMap((s) => s.coordinates.flat()), ...geo.bases.map((b) => [b.lon, b.lat]), ...geo.provinces.map((p) => [p.lon, p.lat])];
  const lats = pts.map((p) => p[1] as number);
  const lons = pts.map((p) => p[0] as number);
  const [s, n] = [Math.min(...lats), Math.max(...lats)];
  const midLon = (Math.min(...lons) + Math.max(...lons)) / 2;
  const parallels = [s + (n - s) / 6, n - (n - s) / 6];
  const rad = Math.PI / 180;
  const raw = conicConformal((parallels[0] as number) * rad, (parallels[1] as number) * rad);
  const project = (p: readonly number[]) => raw(((p[0] as number) - midLon) * rad, (p[1] as number) * rad);
  const xy = pts.map(project);
  const [x0, x1] = [Math.min(...xy.map((p) => p[0])), Math.max(...xy.map((p) => p[0]))];
  const [y0, y1] = [Math.min(...xy.map((p) => p[1])), Math.max(...xy.map((p) => p[1]))];
  const pad = { left: 60, right: 60, top: 50, bottom: 50 };
  const k = (width - pad.left - pad.right) / (x1 - x0);
  const height = Math.round(Math.min(0.75 * width, Math.max(0.4 * width, k * (y1 - y0) + pad.top + pad.bottom)));
  const tx = pad.left - k * x0;
  const ty = (height + k * (y1 + y0)) / 2;
  return {
    spec: {
      type: 'conicConformal',
      parallels,
      rotate: [-midLon, 0, 0],
      scale: k,
      translate: [tx, ty],
      clipExtent: [
        [0, 0],
        [width, height],
      ],
    },
    width,
    height,
    pixel: (p) => {
      const [x, y] = project(p);
      return [tx + k * x, ty - k * y];
    },
  };
}

/** The text of a sector's aria-label. */
export function sectorDescription(s: MapSector, value: number | undefined, what: string): string {
  return `${s.label}: km ${round(s.fromKm, 1)} to ${round(s.toKm, 1)} of the line (${round(s.toKm - s.fromKm, 1)} km drawn, ${round(s.lengthKm, 1)} km in the model); ${what}: ${value === undefined ? 'none' : round(value)}`;
}

/** The layers that every map shares under the sectors: outlines and the border's casing. */
export function groundLayers(geo: MapGeometry): object[] {
  return [
    {
      // The home side's country lighter than the others.
      data: {
        values: geo.outlines.map((o) => feature(o.geometry, { name: o.name, id: o.id, fill: geo.sides.homeOutlines.includes(o.id) ? '#fbfaf7' : '#efebe2' })),
      },
      mark: { type: 'geoshape', stroke: '#a8a294', strokeWidth: 0.8 },
      encoding: { fill: { field: 'properties.fill', type: 'nominal', scale: null }, description: { field: 'properties.name' } },
    },
    {
      data: { values: [feature(geo.border, { name: 'border' })] },
      mark: { type: 'geoshape', filled: false, stroke: '#3e4c59', strokeWidth: 9, strokeCap: 'round', strokeJoin: 'round' },
    },
  ];
}

/** Bases, drill sites with their range, and the provinces across at their capitals. */
export function placeLayers(geo: MapGeometry): object[] {
  const layers: object[] = [];
  if (geo.drills.length > 0) {
    layers.push({
      data: {
        values: geo.drills.map((d) =>
          feature(
            { type: 'LineString', coordinates: circleRing(d.lon, d.lat, d.rangeKm) },
            { description: `Drill ${d.name} (${d.when}): deters while within ${d.rangeKm} km of the border` },
          ),
        ),
      },
      mark: { type: 'geoshape', filled: false, stroke: '#2f9e44', strokeWidth: 1.5, strokeDash: [5, 3] },
      encoding: { description: { field: 'properties.description' } },
    });
  }
  if (geo.bases.length > 0) {
    layers.push({
      data: { values: geo.bases.map((b) => ({ ...b, description: `Base ${b.name}` })) },
      mark: { type: 'point', shape: 'triangle-up', filled: true, fill: '#1f2933', size: 60, opacity: 1 },
      encoding: { longitude: { field: 'lon', type: 'quantitative' }, latitude: { field: 'lat', type: 'quantitative' }, description: { field: 'description' } },
    });
  }
  return layers;
}

const LABEL_STYLE: Record<PlacedLabel['kind'], Record<string, unknown>> = {
  sector: { fontSize: 11, fontWeight: 600, fill: '#1f2933' },
  base: { fontSize: 10.5, fill: '#1f2933' },
  drill: { fontSize: 10.5, fill: '#2b8a3e' },
  province: { fontSize: 11.5, fontStyle: 'italic', fill: '#7c6f57' },
  country: { fontSize: 11, fontWeight: 600, letterSpacing: 2, fill: '#b0a894' },
};

/** The names, placed in pixels (map-labels.ts), with leader lines to sectors whose names are set off. */
export function labelLayers(labels: readonly PlacedLabel[], places: boolean): object[] {
  const px = (field: string) => ({ field, type: 'quantitative', scale: null });
  const layers: object[] = [];
  const leaders = labels.filter((l) => l.from).map((l) => ({ x: l.from![0], y: l.from![1], x2: l.x, y2: l.y }));
  if (leaders.length > 0)
    layers.push({
      data: { values: leaders },
      mark: { type: 'rule', stroke: '#7b8794', strokeWidth: 0.8 },
      encoding: { x: px('x'), y: px('y'), x2: { field: 'x2' }, y2: { field: 'y2' } },
    });
  for (const kind of ['country', 'province', 'base', 'drill', 'sector'] as const) {
    if (!places && kind !== 'sector' && kind !== 'country') continue;
    for (const align of ['left', 'right', 'center'] as const) {
      const rows = labels.filter((l) => l.kind === kind && l.align === align).map((l) => ({ text: l.text, x: l.x, y: l.y }));
      if (rows.length === 0) continue;
      layers.push({
        data: { values: rows },
        mark: { type: 'text', align, baseline: 'middle', ...LABEL_STYLE[kind] },
        encoding: { x: px('x'), y: px('y'), text: { field: 'text' } },
      });
    }
  }
  return layers;
}

/**
 * A map of the border with each sector coloured by its value.
 *
 * @example
 * mapSpec(geo, [{ sector: 'panj', value: 12.5 }], { title: 'Got away', legendTitle: 'crossings per run', what: 'got away per run' });
 */
export function mapSpec(geo: MapGeometry, values: readonly SectorValue[], o: MapOptions): VegaLiteSpec {
  const byId = new Map(values.map((v) => [v.sector, v.value]));
  const maxAbs = o.maxAbs ?? Math.max(1e-9, ...values.map((v) => Math.abs(v.value)));
  const scale = o.diverging
    ? { domain: [-maxAbs, maxAbs], range: [...DIVERGING], interpolate: 'rgb' }
    : { domain: [0, maxAbs], range: [...(HEAT_RAMPS[o.ramp ?? 'orange'] as readonly string[])].slice(1), interpolate: 'rgb', zero: true, nice: false };
  const sectors = geo.sectors.map((s) => {
    const v = byId.get(s.id);
    return feature({ type: 'MultiLineString', coordinates: s.coordinates }, { sector: s.id, value: v ?? null, description: sectorDescription(s, v, o.what) });
  });
  const bounds = geo.sectors.slice(1).map((s) => ({ lon: s.coordinates[0]?.[0]?.[0], lat: s.coordinates[0]?.[0]?.[1] }));
  const proj = mapProjection(geo, o.width ?? 980);
  return {
    title: { text: o.title, ...(o.subtitle ? { subtitle: typeof o.subtitle === 'string' ? o.subtitle : [...o.subtitle] } : {}) },
    width: proj.width,
    height: proj.height,
    projection: proj.spec,
    layer: [
      ...groundLayers(geo),
      {
        data: { values: sectors },
        mark: { type: 'geoshape', filled: false, strokeWidth: 6, strokeCap: 'butt', strokeJoin: 'round' },
        encoding: {
          stroke: {
            field: 'properties.value',
            type: 'quantitative',
            title: typeof o.legendTitle === 'string' || proj.width < 700 ? [o.legendTitle].flat().join(' ') : [...o.legendTitle],
            scale,
            legend:
              proj.width >= 700
                ? { orient: 'right', direction: 'vertical', gradientLength: Math.min(160, proj.height - 60), titleLimit: 0 }
                : { orient: 'bottom', direction: 'horizontal', gradientLength: 200, titleLimit: 0 },
          },
          description: { field: 'properties.description' },
        },
      },
      {
        data: { values: bounds },
        mark: { type: 'point', shape: 'circle', filled: true, fill: 'white', stroke: '#1f2933', strokeWidth: 1, size: 28, opacity: 1 },
        encoding: { longitude: { field: 'lon', type: 'quantitative' }, latitude: { field: 'lat', type: 'quantitative' } },
      },
      ...(o.places === false ? [] : placeLayers(geo)),
      ...labelLayers(placeLabels(geo, proj, { places: o.places !== false, countries: proj.width >= 700, crowded: proj.width < 700 }), o.places !== false),
    ],
    config: { view: { stroke: '#d9d4c7', fill: '#e8edf2' } },
  };
}

/**
 * A map with no title, legend or padding, exactly `proj.width` × `proj.height` pixels, whose
 * pixels are those of `proj`: layers drawn over one another on a page (the replay's ground and
 * each turn's marks) line up.
 */
export function bareMapSpec(proj: MapProjection, layers: readonly object[], background: string | null): VegaLiteSpec {
  return {
    width: proj.width,
    height: proj.height,
    autosize: { type: 'none' },
    padding: 0,
    projection: proj.spec,
    layer: [...layers],
    config: { background, view: { stroke: null, fill: null } },
  };
}

/** The ground of a bare map: countries, the border's casing, places and every name (kept off the pixels `keepClear`, where marks will go). */
export function groundSpec(geo: MapGeometry, proj: MapProjection, keepClear: readonly (readonly [number, number])[] = []): VegaLiteSpec {
  return bareMapSpec(
    proj,
    [...groundLayers(geo), ...placeLayers(geo), ...labelLayers(placeLabels(geo, proj, { places: true, countries: true, crowded: false, keepClear }), true)],
    '#e8edf2',
  );
}
