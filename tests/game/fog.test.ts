/**
 * Fog of war (src/engine/fog.ts, docs/wargaming.md): a blue policy cannot read got-aways or
 * red's orders, and red sees only what it can observe of blue.
 */
import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/engine/compile';
import type { BlueView, RedView } from '../../src/engine/fog';
import { createGame } from '../../src/engine/game';
import type { SideContext, SidePolicy } from '../../src/engine/players';
import { loadScenario } from '../../src/scenario';
import type { Order } from '../../src/scenario/schema';
import { DEFAULT_SCENARIO } from '../helpers/paths';

const compiled = compileScenario(loadScenario(DEFAULT_SCENARIO));

/** Every key at any depth of `v`. */
function keys(v: unknown, out = new Set<string>()): Set<string> {
  if (typeof v === 'object' && v !== null) {
    for (const [k, c] of Object.entries(v)) {
      out.add(k);
      keys(c, out);
    }
  }
  return out;
}

/** A blue policy that writes down everything it is shown. */
function spy() {
  const seen: { view: BlueView; ctx: SideContext }[] = [];
  const policy: SidePolicy<'blue'> = { name: 'spy', decide: (view, ctx) => void seen.push({ view, ctx }) };
  return { seen, policy };
}

/** Red policies that differ in every order from turn 0 on. */
const surge: SidePolicy<'red'> = { name: 'surge', decide: (v) => v.actors.map((a): Order => ({ type: 'tempo', actor: a.id, factor: 1.5 })) };
const hide: SidePolicy<'red'> = {
  name: 'hide',
  decide: (v, c) => v.actors.map((a): Order => ({ type: 'route', actor: a.id, weights: { [c.sectors[0] as string]: 4 } })),
};

describe('fog of war', () => {
  test("a blue policy never reads got-aways, true attempts, red's actors or red's orders", () => {
    const runs = [surge, hide].map((red) => {
      const s = spy();
      const game = createGame(compiled, { seed: 3, players: { blue: s.policy, red }, turns: 10 });
      for (let t = 0; t < 10; t++) game.advance();
      // The game's own state does hold what blue must not see, and red's orders.
      expect(game.state().sectors.some((x) => x.gotAway > 0)).toBe(true);
      expect(game.state().actors.some((a) => a.tempo === 1.5 || a.route !== undefined)).toBe(true);
      return s.seen;
    });
    for (const seen of runs) {
      expect(seen).toHaveLength(10);
      const all = keys(seen);
      for (const secret of [
        'gotAway',
        'attempts',
        'kgThrough',
        'kgAttempted',
        'actors',
        'perceived',
        'strength',
        'intent',
        'route',
        'tempo',
        'recent',
        'history',
        'fired',
        'parameters',
        'breakthroughs',
      ]) {
        expect(all.has(secret), secret).toBe(false);
      }
      // Who holds each province is public (a province may be held by a group that is also an actor).
      expect(JSON.stringify(seen, (k, v: unknown) => (k === 'control' ? undefined : v))).not.toMatch(/heroin|opium|taliban|foreign-militants|surge|hide/);
    }
    // Red's orders of the first turn do not show in blue's view of it: the moves are simultaneous.
    expect(runs[0]?.[0]).toEqual(runs[1]?.[0]);
    // Later, blue sees the consequences (its detections), not the orders.
    expect(runs[0]?.[9]?.view.reports).not.toEqual(runs[1]?.[9]?.view.reports);
  });

  test("blue's estimate of crossings is detections over its detection chance", () => {
    const game = createGame(compiled, { seed: 3, turns: 4 });
    for (let t = 0; t < 4; t++) game.advance();
    const view = game.view('blue');
    const last = view.reports.at(-1);
    const truth = game.history().at(-1)?.record.bySector;
    for (const s of compiled.sectors) {
      const r = last?.bySector[s.id];
      const m = truth?.[s.id];
      expect(r?.detected).toBe(m?.detected);
      expect(r?.estimatedCrossings).toBe(m && m.pDetect > 0 ? Math.round((m.detected / m.pDetect) * 10) / 10 : 0);
    }
    expect(Object.isFrozen(view.sectors[0])).toBe(true);
  });

  test("red sees blue's units on station by sector, not those on the move, and not blue's flags", () => {
    const game = createGame(compiled, { seed: 3, players: { blue: 'person' }, turns: 3 });
    game.submit('blue', [
      { type: 'deploy', force: 'ru-201-bokhtar', to: 'panj' },
      { type: 'refugees', border: 'open' },
    ]);
    const before: RedView = game.view('red');
    game.advance();
    const after = game.view('red');
    const state = game.state();
    for (const s of after.sectors) {
      const onStation = state.forces.filter((f) => f.location === s.id && f.movingTo === null && f.personnel > 0);
      expect(s.observedPersonnel).toBe(onStation.reduce((a, f) => a + f.personnel, 0));
    }
    expect(state.forces.find((f) => f.id === 'ru-201-bokhtar')?.movingTo).toBe('panj');
    expect(after.sectors.find((s) => s.id === 'panj')?.observedPersonnel).toBe(before.sectors.find((s) => s.id === 'panj')?.observedPersonnel);
    expect(keys(after).has('flags')).toBe(false);
    expect(keys(after).has('forces')).toBe(false);
    expect(after.reports.at(-1)?.bySector['panj']).toHaveProperty('gotAway');
  });
});
