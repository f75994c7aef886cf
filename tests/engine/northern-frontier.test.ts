/**
 * The second theatre: Afghanistan's northern frontier in one scenario (Turkmen, Uzbek and Tajik
 * segments, west to east). It loads without warnings, its segments have the published lengths,
 * its Tajik segment is the 2021 Tajik scenario unchanged, and tightening the Tajik segment moves
 * part of the Northern Route west: Turkmenistan and Uzbekistan receive more, Tajikistan less, on
 * common random numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { deriveSeed } from '../../src/rng/hash';
import { simulate } from '../../src/engine/simulate';
import { scenarioWarnings } from '../../src/engine/warnings';
import { applyOverlay, loadScenario, parseScenario } from '../../src/scenario';
import { quantityValue, type Scenario } from '../../src/scenario/schema';
import { ROOT } from '../helpers/paths';

const NORTHERN = join(ROOT, 'scenarios', 'afghan-northern-frontier-2021.json');
const TAJIK = join(ROOT, 'scenarios', 'tajik-afghan-2021.json');
const TIGHTEN = join(ROOT, 'scenarios', 'policies', 'tighten-tajik-segment.json');

const countryOf = (sector: string) => (sector.startsWith('tkm-') ? 'tkm' : sector.startsWith('uzb-') ? 'uzb' : 'tjk');

describe("Afghanistan's northern frontier", () => {
  const s = loadScenario(NORTHERN);

  test('loads without warnings; Turkmenistan 804 km, Uzbekistan 144 km, Tajikistan 1,344 km, west to east', () => {
    expect(scenarioWarnings(s)).toEqual([]);
    const km: Record<string, number> = { tkm: 0, uzb: 0, tjk: 0 };
    for (const x of s.sectors) km[countryOf(x.id)] = (km[countryOf(x.id)] ?? 0) + quantityValue(x.lengthKm);
    expect(km).toEqual({ tkm: 804, uzb: 144, tjk: 1344 });
    const order = s.sectors.map((x) => countryOf(x.id));
    expect(order.indexOf('uzb')).toBeGreaterThan(order.lastIndexOf('tkm'));
    expect(order.indexOf('tjk')).toBeGreaterThan(order.lastIndexOf('uzb'));
    // Each country guards its own segment.
    for (const x of s.sectors) {
      const sides = s.forces.filter((f) => f.location === x.id).map((f) => f.side);
      expect(sides, x.id).toEqual([{ tkm: 'turkmenistan', uzb: 'uzbekistan', tjk: 'tajikistan' }[countryOf(x.id)]]);
    }
  });

  test('its Tajik segment is the 2021 Tajik scenario: the same sectors, units and theatre', () => {
    const t = loadScenario(TAJIK);
    const byId = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x]));
    const sectors = byId(s.sectors);
    // A sector's `line` is its stretch of the scenario's own drawn border, a place on a map that
    // the engine never reads: the Tajik scenario draws the Tajik-Afghan line, this one the whole
    // northern frontier, whose Tajik segment begins where the Turkmen and Uzbek ones end. Both
    // scale the Tajik sectors' km alike, so each Tajik sector is as long on both lines.
    expect(s.geography?.border.type).toBe('LineString');
    const west = s.sectors.find((x) => x.id === 'uzb-termez')!.line!.toKm;
    expect(west).toBeCloseTo(723.2 + 136.6, 6);
    const model = (x: Scenario['sectors'][number] | undefined) => {
      if (!x) return x;
      const { line: _line, ...rest } = x;
      return rest;
    };
    for (const x of t.sectors) {
      const here = sectors.get(x.id)?.line;
      expect(Math.abs(here!.fromKm - west - x.line!.fromKm), x.id).toBeLessThan(0.11);
      expect(Math.abs(here!.toKm - west - x.line!.toKm), x.id).toBeLessThan(0.11);
      expect(model(sectors.get(x.id)), x.id).toEqual(model(x));
    }
    const forces = byId(s.forces);
    for (const f of t.forces) expect(forces.get(f.id), f.id).toEqual(f);
    expect(s.parameters).toEqual(t.parameters);
    expect(s.seasons).toEqual(t.seasons);
    for (const terrain of t.terrains ?? []) expect(s.terrains?.find((x) => x.id === terrain.id)).toEqual(terrain);
  });

  test('tightening the Tajik segment moves part of the Northern Route west (paired runs, 95 % intervals)', () => {
    const policy = JSON.parse(readFileSync(TIGHTEN, 'utf8')) as { overlay: object };
    const tightened = parseScenario(applyOverlay(s, policy.overlay)) as Scenario;
    const kg = (sc: Scenario, seed: number) => {
      const out: Record<string, number> = { tkm: 0, uzb: 0, tjk: 0 };
      for (const x of simulate(sc, { seed, log: false, detail: false, hashes: false }).finalState.sectors)
        out[countryOf(x.id)] = (out[countryOf(x.id)] ?? 0) + x.kgSeized + x.kgThrough;
      return out;
    };
    const runs = 30;
    const diffs: Record<string, number[]> = { tkm: [], uzb: [], tjk: [] };
    for (let i = 0; i < runs; i++) {
      const seed = deriveSeed(16, i);
      const a = kg(s, seed);
      const b = kg(tightened, seed);
      for (const c of ['tkm', 'uzb', 'tjk']) diffs[c]?.push((b[c] ?? 0) - (a[c] ?? 0));
    }
    const interval = (xs: number[]) => {
      const m = xs.reduce((p, x) => p + x, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((p, x) => p + (x - m) ** 2, 0) / (xs.length - 1));
      return [m - (2.76 * sd) / Math.sqrt(xs.length), m + (2.76 * sd) / Math.sqrt(xs.length)] as const; // t(0.995, 29)
    };
    expect(interval(diffs.tkm as number[])[0]).toBeGreaterThan(0);
    expect(interval(diffs.uzb as number[])[0]).toBeGreaterThan(0);
    expect(interval(diffs.tjk as number[])[1]).toBeLessThan(0);
  });
});
