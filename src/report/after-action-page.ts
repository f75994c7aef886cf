/**
 * The after-action replay page: one self-contained HTML page with no script, that steps through
 * the turns of one run or of one recorded game. A row of turn buttons (radio inputs and their
 * labels, so that the page needs no script: CSS shows the checked turn) over the map of the
 * border (when the scenario has geometry): the ground is drawn once, and each turn's marks
 * (sectors coloured by that turn's crossing attempts, where detections, interdictions and clashes
 * were, where the units stood) lie over it. Under the map, the turn's numbers by sector, its log
 * entries, each with its cause, for a game each side's orders, and its units. The numbers are
 * also in the page as JSON (a data block that nothing runs): for a run, the very numbers of
 * `run --format json`; for a game, those of replaying its record.
 *
 * @module
 */
import type { SectorMetricName, TurnMetricName } from '../engine/results';
import type { AfterAction, UnitAt } from './after-action';
import { HEAT_RAMPS } from './charts';
import { esc, num, table } from './html';
import { type MapGeometry } from './map-geometry';
import { bareMapSpec, groundSpec, mapProjection, sectorDescription, type MapProjection } from './map-spec';
import { renderSvg } from './render';

const WIDTH = 1000;
/** Units' colours by side: none of the events' blue, green and red, nor the sectors' oranges. */
const UNIT_COLOURS = ['#5f3dc4', '#0c8599', '#8d6e63', '#c2255c', '#343a40', '#e64980'];
const feature = (geometry: object, properties: object) => ({ type: 'Feature', geometry, properties });
const px = (field: string) => ({ field, type: 'quantitative', scale: null });

/** The unit vector towards the home side of the line (where sector names go) at a sector's middle, in pixels. */
function homeward(geo: MapGeometry, proj: MapProjection, i: number): [number, number] {
  const s = geo.sectors[i] as MapGeometry['sectors'][number];
  const [mx, my] = proj.pixel(s.mid);
  const [lx, ly] = proj.pixel(s.labelAt);
  const len = Math.hypot(lx - mx, ly - my) || 1;
  return [(lx - mx) / len, (ly - my) / len];
}

/** Where the `k`-th unit (from 0) at a sector or base is drawn: in a row off the sector's middle on the home side, or left of the base. */
function unitSpot(geo: MapGeometry, proj: MapProjection, location: string, k: number): [number, number] | undefined {
  const si = geo.sectors.findIndex((s) => s.id === location);
  if (si >= 0) {
    const [mx, my] = proj.pixel((geo.sectors[si] as MapGeometry['sectors'][number]).mid);
    const [nx, ny] = homeward(geo, proj, si);
    return [mx + nx * (9 + 9 * k), my + ny * (9 + 9 * k)];
  }
  const base = geo.bases.find((b) => b.id === location);
  if (!base) return undefined;
  const [bx, by] = proj.pixel([base.lon, base.lat]);
  return [bx - 10 - 9 * k, by];
}

/** Where the `k`-th kind of event (from 1) at a sector is drawn: in a row off its middle on the far side. */
function eventSpot(geo: MapGeometry, proj: MapProjection, i: number, k: number): [number, number] {
  const [mx, my] = proj.pixel((geo.sectors[i] as MapGeometry['sectors'][number]).mid);
  const [nx, ny] = homeward(geo, proj, i);
  return [mx - nx * (8 + 12 * k), my - ny * (8 + 12 * k)];
}

/** Every pixel a turn's marks may cover, so that the names on the ground keep off them. */
function markSpots(aa: AfterAction, geo: MapGeometry, proj: MapProjection): [number, number][] {
  const out = new Map<string, [number, number]>();
  const add = (p: [number, number] | undefined) => p && out.set(p.map((v) => v.toFixed(1)).join(','), p);
  for (const units of aa.units) {
    const stacked = new Map<string, number>();
    for (const u of units) {
      const k = stacked.get(u.location) ?? 0;
      stacked.set(u.location, k + 1);
      add(unitSpot(geo, proj, u.location, k));
    }
  }
  geo.sectors.forEach((_s, i) => [1, 2, 3].forEach((k) => add(eventSpot(geo, proj, i, k))));
  return [...out.values()];
}

/** One turn's marks, over the ground. */
function turnSpec(aa: AfterAction, geo: MapGeometry, proj: MapProjection, t: number, maxAttempts: number): Record<string, unknown> {
  const rec = aa.turns[t] as AfterAction['turns'][number];
  const sectors = geo.sectors.map((s) => {
    const v = rec.bySector[s.id]?.attempts ?? 0;
    return feature(
      { type: 'MultiLineString', coordinates: s.coordinates },
      { sector: s.id, value: v, description: sectorDescription(s, v, `crossing attempts in turn ${t}`) },
    );
  });
  // Events on the far side of each sector, in a row away from the line.
  const marks: { x: number; y: number; shape: string; fill: string; size: number; description: string }[] = [];
  geo.sectors.forEach((s, i) => {
    const m = rec.bySector[s.id];
    const kinds: [SectorMetricName, string, string, string][] = [
      ['detected', 'circle', '#1f6feb', 'detected'],
      ['interdicted', 'square', '#2f9e44', 'stopped (apprehended, turned back, seized or repulsed)'],
      ['clashes', 'cross', '#c92a2a', 'clashes'],
    ];
    let k = 0;
    for (const [metric, shape, fill, what] of kinds) {
      const n = m?.[metric] ?? 0;
      if (n <= 0) continue;
      k++;
      const [x, y] = eventSpot(geo, proj, i, k);
      marks.push({ x, y, shape, fill, size: 30 + 25 * Math.sqrt(n), description: `${s.label}, turn ${t}: ${n} ${what}` });
    }
  });
  // Units on the home side of their sector, or at their base.
  const units: { x: number; y: number; fill: string; size: number; description: string }[] = [];
  const sides = [...new Set(aa.units[0]?.map((u) => u.side) ?? [])];
  const stacked = new Map<string, number>();
  for (const u of aa.units[t] ?? []) {
    const k = stacked.get(u.location) ?? 0;
    stacked.set(u.location, k + 1);
    const at = unitSpot(geo, proj, u.location, k);
    if (!at) continue;
    const colour = UNIT_COLOURS[Math.max(0, sides.indexOf(u.side)) % UNIT_COLOURS.length] as string;
    units.push({
      x: at[0],
      y: at[1],
      fill: colour,
      size: 40 + Math.sqrt(u.personnel) * 2.5,
      description: `${u.name} (${u.side}, ${u.role}): ${u.personnel} at ${u.location}${u.movingTo === u.location ? ', arriving' : u.movingTo ? `, moving to ${u.movingTo}` : ''}`,
    });
  }
  return bareMapSpec(
    proj,
    [
      {
        data: { values: sectors },
        mark: { type: 'geoshape', filled: false, strokeWidth: 6, strokeCap: 'butt' },
        encoding: {
          stroke: {
            field: 'properties.value',
            type: 'quantitative',
            scale: { domain: [0, maxAttempts], range: [...(HEAT_RAMPS.orange as readonly string[])].slice(1), interpolate: 'rgb' },
            legend: null,
          },
          description: { field: 'properties.description' },
        },
      },
      ...(units.length
        ? [
            {
              data: { values: units },
              mark: { type: 'point', shape: 'triangle-up', filled: true, opacity: 0.9, stroke: 'white', strokeWidth: 0.8 },
              encoding: {
                x: px('x'),
                y: px('y'),
                fill: { field: 'fill', type: 'nominal', scale: null },
                size: { field: 'size', type: 'quantitative', scale: null },
                description: { field: 'description' },
              },
            },
          ]
        : []),
      ...(marks.length
        ? [
            {
              data: { values: marks },
              mark: { type: 'point', filled: true, opacity: 0.95, stroke: 'white', strokeWidth: 0.8 },
              encoding: {
                x: px('x'),
                y: px('y'),
                shape: { field: 'shape', type: 'nominal', scale: null },
                fill: { field: 'fill', type: 'nominal', scale: null },
                size: { field: 'size', type: 'quantitative', scale: null },
                description: { field: 'description' },
              },
            },
          ]
        : []),
    ],
    null,
  );
}

const STYLE = `
:root { --ink: #1f2933; --muted: #52606d; --rule: #e4e7eb; --accent: #1f6feb; }
body { margin: 0 auto; max-width: 1100px; padding: 20px 28px 48px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #f5f7fa; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 0; } h3 { font-size: 14px; margin: 14px 0 4px; }
p.meta { color: var(--muted); margin: 2px 0 10px; }
input.turn { position: absolute; opacity: 0; pointer-events: none; }
nav.turns { display: flex; gap: 2px; align-items: flex-end; height: 54px; background: white; border: 1px solid var(--rule); border-radius: 6px; padding: 6px 8px 4px; margin: 8px 0; }
nav.turns label { flex: 1; display: flex; flex-direction: column; justify-content: flex-end; align-items: center; height: 100%; cursor: pointer; font-size: 9px; color: var(--muted); border-radius: 3px; }
nav.turns label span.bar { display: block; width: 70%; background: #fdbb84; border-radius: 2px 2px 0 0; }
nav.turns label.clash span.bar { background: #e34a33; }
nav.turns label:hover { background: #eef2f6; }
.stage { position: relative; background: white; border: 1px solid var(--rule); border-radius: 6px; padding: 8px; }
.stage .map { position: relative; width: ${WIDTH}px; max-width: 100%; margin: 0 auto; }
.stage .map svg { display: block; width: 100%; height: auto; }
.stage .ov { position: absolute; inset: 0; display: none; }
.legend { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; font-size: 12px; color: var(--muted); margin: 6px 4px 0; }
.legend .ramp { display: inline-block; width: 120px; height: 10px; vertical-align: middle; background: linear-gradient(to right, ${(HEAT_RAMPS.orange as readonly string[]).slice(1).join(', ')}); border: 1px solid #ccc; }
.panel { display: none; background: white; border: 1px solid var(--rule); border-radius: 6px; padding: 10px 14px; margin-top: 8px; }
.panel .head { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; }
.panel .step label { color: var(--accent); cursor: pointer; margin-left: 12px; }
table { border-collapse: collapse; font-size: 12.5px; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 3px 8px; border-bottom: 1px solid var(--rule); text-align: left; white-space: nowrap; } .n { text-align: right; }
.table-wrap { overflow-x: auto; }
ul.orders { margin: 4px 0; padding-left: 18px; } ul.orders li { margin: 2px 0; } b.blue { color: #1f6feb; } b.red { color: #c92a2a; }
ul.log { margin: 4px 0; padding-left: 18px; } ul.log li { margin: 2px 0; } ul.log code { font-size: 11.5px; color: var(--muted); }
details summary { cursor: pointer; color: var(--accent); }
footer { margin-top: 24px; font-size: 12px; color: var(--muted); }
`;

/** The CSS that shows the checked turn's marks, panel and button. */
function turnRules(turns: number): string {
  const rules: string[] = [];
  for (let t = 0; t < turns; t++) {
    rules.push(`#t${t}:checked ~ .stage #ov-${t}, #t${t}:checked ~ #turn-${t} { display: block; }`);
    rules.push(`#t${t}:checked ~ nav.turns label[for="t${t}"] { background: #dbe7fb; color: var(--ink); font-weight: 600; }`);
  }
  return rules.join('\n');
}

const SHOWN = ['attempts', 'detected', 'interdicted', 'gotAway', 'kgSeized', 'clashes', 'casualtiesForces'] as const satisfies readonly (SectorMetricName &
  TurnMetricName)[];
const HEADER = ['Sector', 'attempts', 'detected', 'stopped', 'got away', 'seized (kg)', 'clashes', 'losses (forces)'];

/** How a unit on the move is going: to another place, or still arriving where it is posted. */
function movement(u: UnitAt, place: (id: string) => string = (id) => id): string {
  if (!u.movingTo) return '';
  return u.movingTo === u.location ? ' (arriving)' : ` → ${place(u.movingTo)}`;
}

function unitRows(units: readonly UnitAt[], place: (id: string) => string): (string | number)[][] {
  return units.map((u) => [u.name, u.side, u.role, u.personnel, `${place(u.location)}${movement(u, place)}`]);
}

/** A recorded game's orders of turn `t`, by side, with who gave them. */
function ordersOf(game: NonNullable<AfterAction['game']>, t: number): string[] {
  const given = game.orders[t] ?? { blue: [], red: [] };
  const n = given.blue.length + given.red.length;
  const li = (side: 'blue' | 'red', o: object) => {
    const { type, ...rest } = o as { type: string };
    const args = Object.entries(rest).map(([k, v]) => `${k} ${typeof v === 'string' ? v : JSON.stringify(v).replace(/,/g, ', ')}`);
    return `<li data-side="${side}"><b class="${side}">${side}</b> <code>${esc(type)}</code> ${esc(args.join('; '))}</li>`;
  };
  return [
    `<h3>Orders given (${n}; blue played by ${esc(game.players.blue)}, red by ${esc(game.players.red)})</h3>`,
    n > 0
      ? `<ul class="orders">${given.blue.map((o) => li('blue', o)).join('')}${given.red.map((o) => li('red', o)).join('')}</ul>`
      : '<p class="meta">Neither side gave an order this turn.</p>',
  ];
}

/** One turn's panel: its numbers, units and log. */
function panel(aa: AfterAction, t: number): string {
  const rec = aa.turns[t] as AfterAction['turns'][number];
  const n = aa.turns.length;
  const place = (id: string) => aa.sectors.find((s) => s.id === id)?.name ?? aa.bases.find((b) => b.id === id)?.name ?? id;
  const rows = aa.sectors.map((s) => [s.name, ...SHOWN.map((m) => rec.bySector[s.id]?.[m] ?? 0)]);
  rows.push(['Whole border', ...SHOWN.map((m) => rec.metrics[m] ?? 0)]);
  const entries = aa.log.filter((e) => e.turn === t);
  const events = entries.filter((e) => e.type !== 'crossings');
  const crossings = entries.filter((e) => e.type === 'crossings');
  const li = (e: (typeof entries)[number]) => `<li><code>${esc(e.type)}</code> ${esc(e.message)}</li>`;
  const end = new Date(Date.parse(`${rec.date}T00:00:00Z`) + (aa.turnLengthDays - 1) * 86_400_000).toISOString().slice(0, 10);
  return [
    `<section class="panel" id="turn-${t}" data-turn="${t}">`,
    `<div class="head"><h2>Turn ${t} · ${esc(rec.date)}${aa.turnLengthDays > 1 ? ` to ${end}` : ''}</h2><span class="step">${t > 0 ? `<label for="t${t - 1}">← turn ${t - 1}</label>` : ''}${t < n - 1 ? `<label for="t${t + 1}">turn ${t + 1} →</label>` : ''}</span></div>`,
    `<p class="meta">${num(rec.metrics.attempts ?? 0)} crossing attempts, ${num(rec.metrics.detected ?? 0)} detected, ${num(rec.metrics.interdicted ?? 0)} stopped, ${num(rec.metrics.gotAway ?? 0)} got away, ${num(rec.metrics.clashes ?? 0)} clash${rec.metrics.clashes === 1 ? '' : 'es'}; state hash <code>${esc(aa.hashes[t] ?? '')}</code></p>`,
    table(HEADER, rows),
    `<h3>What happened, and why (${events.length} log entr${events.length === 1 ? 'y' : 'ies'}${crossings.length ? `; ${crossings.length} crossing reports below` : ''})</h3>`,
    events.length ? `<ul class="log">${events.map(li).join('')}</ul>` : '<p class="meta">No event, order, drill, move or clash this turn.</p>',
    crossings.length
      ? `<details><summary>Crossings by actor and sector: attempts, the chance of detection and of being reached, outcomes</summary><ul class="log">${crossings.map(li).join('')}</ul></details>`
      : '',
    ...(aa.game ? ordersOf(aa.game, t) : []),
    `<h3>Where the units stood at the end of the turn</h3>`,
    table(['Unit', 'side', 'role', 'personnel', 'where'], unitRows(aa.units[t] ?? [], place)),
    '</section>',
  ].join('\n');
}

/** The run's numbers as a JSON data block (never run: its type is not JavaScript). */
function dataBlock(aa: AfterAction): string {
  const data = {
    scenario: aa.scenario,
    policy: aa.policy,
    seed: aa.seed,
    hash: aa.hash,
    hashes: aa.hashes,
    totals: aa.totals,
    turns: aa.turns.map((t) => ({ turn: t.turn, date: t.date, metrics: t.metrics, bySector: t.bySector, byKind: t.byKind })),
    ...(aa.game ? { game: aa.game } : {}),
  };
  return `<script type="application/json" id="replay-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/**
 * Renders the replay page. The same run gives the same bytes.
 *
 * @example
 * writeFileSync('replay.html', await renderAfterAction(afterAction(scenario, { seed: 7 })));
 */
export async function renderAfterAction(aa: AfterAction, options: { title?: string; footer?: string } = {}): Promise<string> {
  const n = aa.turns.length;
  const geo = aa.map;
  const maxAttempts = Math.max(1, ...aa.turns.flatMap((t) => Object.values(t.bySector).map((m) => m.attempts ?? 0)));
  const stage: string[] = [];
  if (geo) {
    const proj = mapProjection(geo, WIDTH);
    stage.push('<div class="stage"><div class="map">', await renderSvg(groundSpec(geo, proj, markSpots(aa, geo, proj)), 'ground'));
    for (let t = 0; t < n; t++) stage.push(`<div class="ov" id="ov-${t}">${await renderSvg(turnSpec(aa, geo, proj, t, maxAttempts), `ov${t}`)}</div>`);
    stage.push('</div>');
    stage.push(
      `<div class="legend"><span>Sector: crossing attempts in the turn <span class="ramp"></span> 0 to ${num(maxAttempts)}</span><span><b style="color:#1f6feb">●</b> detected</span><span><b style="color:#2f9e44">■</b> stopped</span><span><b style="color:#c92a2a">✚</b> clash</span><span>(on the ${esc(geo.sides.far)} side; larger for more)</span><span>▲ units on the ${esc(geo.sides.home)} side of their sector or beside their base, by side: ${[...new Set(aa.units[0]?.map((u) => u.side) ?? [])].map((s, i) => `<b style="color:${UNIT_COLOURS[i % UNIT_COLOURS.length]}">${esc(s)}</b>`).join(', ')}</span></div>`,
    );
    stage.push('</div>');
  }
  const bars = aa.turns.map((t) => {
    const a = t.metrics.attempts ?? 0;
    const peak = Math.max(1, ...aa.turns.map((x) => x.metrics.attempts ?? 0));
    const clash = (t.metrics.clashes ?? 0) > 0;
    return `<label for="t${t.turn}"${clash ? ' class="clash"' : ''} title="Turn ${t.turn}, ${esc(t.date)}: ${num(a)} attempts${clash ? `, ${num(t.metrics.clashes)} clashes` : ''}"><span class="bar" style="height:${Math.max(2, Math.round((36 * a) / peak))}px"></span>${t.turn % 4 === 0 ? t.turn : '&nbsp;'}</label>`;
  });
  const title = options.title ?? `After-action replay: ${aa.scenario}`;
  const html = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}\n${turnRules(n)}</style>`,
    '</head>',
    '<body>',
    `<h1>${esc(title)}</h1>`,
    aa.game
      ? `<p class="meta">A recorded game: blue played by ${esc(aa.game.players.blue)}, red by ${esc(aa.game.players.red)} · seed ${aa.seed} · ${n} turn${n === 1 ? '' : 's'} from ${esc(aa.turns[0]?.date ?? '')} · every state hash of the record reproduced; final <code>${esc(aa.hash)}</code> · scenario hash <code>${esc(aa.game.scenarioHash)}</code></p>`
      : `<p class="meta">policy ${esc(aa.policy)} · seed ${aa.seed} · ${n} turns from ${esc(aa.turns[0]?.date ?? '')} · final state hash <code>${esc(aa.hash)}</code> · the numbers of <code>frontier-sim run … --seed ${aa.seed} --format json</code></p>`,
    `<p class="meta">Pick a turn below (bar height: crossing attempts; red: a turn with clashes), or step with the links beside each turn's title.${geo ? '' : ' The scenario has no geometry, so there is no map: the tables show each turn.'}</p>`,
    ...aa.turns.map(
      (t) => `<input class="turn" type="radio" name="turn" id="t${t.turn}" aria-label="Turn ${t.turn}, ${esc(t.date)}"${t.turn === 0 ? ' checked' : ''}>`,
    ),
    `<nav class="turns" aria-label="Turns">${bars.join('')}</nav>`,
    ...stage,
    ...aa.turns.map((t) => panel(aa, t.turn)),
    `<footer>${esc(options.footer ?? 'Made by frontier-sim. This page runs no script and loads nothing from the network.')}${geo ? ` ${esc(geo.source)}` : ''}</footer>`,
    dataBlock(aa),
    '</body>',
    '</html>',
    '',
  ];
  return html.join('\n');
}
