/**
 * The Game API (src/engine/game.ts): games of policies are `simulate` with those policies bit for
 * bit, submissions are checked as data, undo and rewind are exact, and replay files reproduce
 * every state hash.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/engine/compile';
import { createGame } from '../../src/engine/game';
import { sidePolicyFunction, type SidePolicy } from '../../src/engine/players';
import { replay } from '../../src/engine/replay';
import { simulate } from '../../src/engine/simulate';
import { stateHash } from '../../src/engine/state-hash';
import { loadScenario } from '../../src/scenario';
import type { Order } from '../../src/scenario/schema';
import { DEFAULT_SCENARIO } from '../helpers/paths';

const compiled = compileScenario(loadScenario(DEFAULT_SCENARIO));
const TURNS = 12;

/** Blue: every fourth turn, Russian guards to the sector with the most detections blue has seen. */
const blue: SidePolicy<'blue'> = {
  name: 'guards-where-seen',
  decide(view) {
    const last = view.reports.at(-1);
    if (view.turn % 4 !== 1 || last === undefined) return [];
    const best = Object.entries(last.bySector).sort((a, b) => b[1].detected - a[1].detected || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    return best === undefined ? [] : [{ type: 'invite-guards', side: 'russia', sectors: [best], personnelPerSector: 80, arrivalDays: 7 }];
  },
};

/** Red: heroin surges on odd turns and avoids the two westernmost sectors from turn 3. */
const red: SidePolicy<'red'> = {
  name: 'surge-and-shift',
  decide(view, ctx) {
    const orders: Order[] = [{ type: 'tempo', actor: 'heroin', factor: view.turn % 2 === 1 ? 1.5 : 1 }];
    if (view.turn === 3) orders.push({ type: 'route', actor: 'heroin', weights: { [ctx.sectors[0] as string]: 0, [ctx.sectors[1] as string]: 0.5 } });
    return orders;
  },
};

function straight(turns: number) {
  const game = createGame(compiled, { seed: 11, players: { blue, red }, turns });
  for (let t = 0; t < turns; t++) game.advance();
  return game;
}

describe('createGame', () => {
  test('a game of side policies is simulate with those policies, bit for bit', () => {
    const game = straight(TURNS);
    const run = simulate(compiled, {
      seed: 11,
      turns: TURNS,
      policy: { kind: 'function', name: 'sides', decide: sidePolicyFunction(compiled, { blue, red }) },
    });
    expect(game.history().map((t) => t.hash)).toEqual(run.hashes);
    expect(game.history().map((t) => t.record)).toEqual(run.turns);
    expect(JSON.stringify(game.state())).toBe(JSON.stringify(run.finalState));
    // The red orders did something: heroin's attempts differ from a game without them.
    const calm = simulate(compiled, { seed: 11, turns: TURNS });
    expect(run.totals['smuggling.attempts']).not.toBe(calm.totals['smuggling.attempts']);
    expect(game.history().some((t) => t.orders.red.length > 0 && t.orders.blue.length > 0)).toBe(true);
  });

  test("with the default players (red: logit displacement) every turn is simulate's", () => {
    const game = createGame(compiled, { seed: 5, turns: 8 });
    for (let t = 0; t < 8; t++) game.advance();
    const run = simulate(compiled, { seed: 5, turns: 8 });
    expect(game.history().map((t) => t.record)).toEqual(run.turns);
    expect(game.players).toEqual({ blue: 'policy', red: 'policy' });
  });

  test('submit checks every order, and a bad list changes nothing', () => {
    const game = createGame(compiled, { seed: 1, players: { blue: 'person', red: 'person' }, turns: 3 });
    expect(game.submit('blue', [{ type: 'refugees', border: 'open' }])).toEqual({ ok: true, pending: [{ type: 'refugees', border: 'open' }] });
    const bad = game.submit('blue', [
      { type: 'deploy', force: 'border-panj', to: 'nowhere' },
      { type: 'tempo', actor: 'heroin', factor: 1.2 },
      { type: 'fly' },
    ]);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.index)).toEqual([0, 1, 2]);
    expect(bad.issues[0]?.message).toMatch(/unknown place "nowhere"/);
    expect(bad.issues[1]?.message).toMatch(/tempo is an order of red, not blue/);
    expect(bad.issues[2]?.message).toMatch(/unknown order type "fly"/);
    expect(game.pending('blue')).toEqual([{ type: 'refugees', border: 'open' }]);
    const over = game.submit('red', [
      { type: 'tempo', actor: 'heroin', factor: 3 },
      { type: 'route', actor: 'heroin', weights: { panj: 9 } },
    ]);
    expect(over.ok ? [] : over.issues.map((i) => i.message)).toEqual([
      "tempo 3 is above the scenario's limit 1.5 (sides.red.maxSurge)",
      "route weight 9 for panj is above the scenario's limit 4 (sides.red.maxRouteWeight)",
    ]);
    const policyGame = createGame(compiled, { seed: 1, turns: 3 });
    const refused = policyGame.submit('blue', [{ type: 'refugees', border: 'open' }]);
    expect(refused.ok ? '' : refused.issues[0]?.message).toBe('blue is played by policy, not by a person');
    game.advance();
    expect(game.pending('blue')).toEqual([]);
    expect(game.history()[0]?.orders.blue).toEqual([{ type: 'refugees', border: 'open' }]);
    expect(game.state().world?.flags).toContain('border-open');
  });

  test("a person's hold order stops an actor's attempts; undo puts the orders back as pending", () => {
    const game = createGame(compiled, { seed: 2, players: { red: 'person' }, turns: 4 });
    const free = game.advance();
    game.undo();
    expect(game.turn).toBe(0);
    game.submit(
      'red',
      compiled.actors.map((a) => ({ type: 'tempo', actor: a.id, factor: 0 })),
    );
    const held = game.advance();
    expect(free.record.metrics.attempts).toBeGreaterThan(0);
    expect(held.record.metrics.attempts).toBe(0);
    game.undo();
    expect(game.pending('red')).toHaveLength(compiled.actors.length);
    expect(game.advance().hash).toBe(held.hash);
  });

  test('any sequence of advance, undo and rewind ends in the state of the straight path', () => {
    const path = straight(TURNS);
    const hashes = [stateHash(createGame(compiled, { seed: 11, turns: 0 }).state(), ''), ...path.history().map((t) => t.hash)];
    const op = fc.oneof(
      fc.constant({ kind: 'advance' as const }),
      fc.constant({ kind: 'undo' as const }),
      fc.nat(TURNS).map((turn) => ({ kind: 'rewind' as const, turn })),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const game = createGame(compiled, { seed: 11, players: { blue, red }, turns: TURNS });
        for (const o of ops) {
          if (o.kind === 'advance' && !game.over) game.advance();
          if (o.kind === 'undo') game.undo();
          if (o.kind === 'rewind' && o.turn <= game.turn) game.rewind(o.turn);
        }
        expect(game.hash()).toBe(hashes[game.turn]);
        expect(stateHash(game.state(), game.turn === 0 ? '' : (hashes[game.turn - 1] as string))).toBe(hashes[game.turn]);
      }),
      { numRuns: 40, seed: 19 },
    );
    expect(() => path.rewind(TURNS + 1)).toThrow(RangeError);
    expect(() => path.advance()).toThrow(/over/);
  });
});

describe('replay', () => {
  test('a record, as JSON, reproduces every hash; a changed order or scenario is found', () => {
    const game = createGame(compiled, { seed: 11, players: { blue, red: 'person' }, turns: 6 });
    for (let t = 0; t < 6; t++) {
      if (t === 2) expect(game.submit('red', [{ type: 'tempo', actor: 'opium', factor: 0.5 }]).ok).toBe(true);
      game.advance();
    }
    const file = JSON.parse(JSON.stringify(game.record()));
    expect(file.players).toEqual({ blue: 'policy:guards-where-seen', red: 'person' });
    const again = replay(file, loadScenario(DEFAULT_SCENARIO));
    expect(again.problems).toEqual([]);
    expect(again.ok).toBe(true);
    expect(again.turns.map((t) => t.hash)).toEqual(game.history().map((t) => t.hash));

    file.turns[2].orders.red[0].factor = 0.6;
    const changed = replay(file, compiled);
    expect(changed.ok).toBe(false);
    expect(changed.firstMismatch).toBe(2);

    const other = replay(file, compileScenario(loadScenario(DEFAULT_SCENARIO.replace('2021', '2015'))));
    expect(other.ok).toBe(false);
    expect(other.problems[0]).toMatch(/the scenario's hash is/);
    expect(replay({ format: 'x' }, compiled).problems).toContain('/format: expected "frontier-sim-replay"');
  });
});
