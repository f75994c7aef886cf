/**
 * Red's orders that spend or reshape its means (src/engine/red-orders.ts, kernel/split-loads.ts):
 * splitting loads conserves the kg attempted in expectation, bought complicity never passes its
 * cap, red never spends more than its budget nor recruits more than its pool, blue never sees a
 * bribe, and a game with these orders replays hash for hash.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/engine/compile';
import { createGame } from '../../src/engine/game';
import { loadPerAttempt, splitAttempts } from '../../src/engine/kernel/split-loads';
import { sidePolicyFunction, type SidePolicy } from '../../src/engine/players';
import { bribeOutcome } from '../../src/engine/red-orders';
import { replay } from '../../src/engine/replay';
import { simulate } from '../../src/engine/simulate';
import { loadScenario } from '../../src/scenario';
import { parseScenario } from '../../src/scenario/load';
import type { Order } from '../../src/scenario/schema';
import { DEFAULT_SCENARIO } from '../helpers/paths';

const source = loadScenario(DEFAULT_SCENARIO);
const RED = { budgetUsd: 2_000_000, complicityCostUsd: 100, maxComplicity: 0.9, recruitPool: 1_500, recruitCostUsd: 400, maxStrengthRatio: 1.2, maxSplit: 5 };
const withMeans = { ...source, sides: { red: RED } };
const compiled = compileScenario(parseScenario(withMeans, { source: 'default + red means' }));
const plain = compileScenario(source);

describe('split loads', () => {
  test('n times the attempts of 1/n the load each: the expected kg attempted is unchanged (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 12, maxLength: 12 }),
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        (lambdas, split, load) => {
          const lambda = Float64Array.from(lambdas);
          const whole = lambdas.reduce((a, l) => a + l * load, 0);
          splitAttempts(lambda, split, lambda.length);
          let kg = 0;
          lambda.forEach((l, s) => {
            expect(l).toBeCloseTo((lambdas[s] as number) * (split[s] as number), 6);
            kg += l * loadPerAttempt(load, split, s);
          });
          expect(Math.abs(kg - whole)).toBeLessThanOrEqual(1e-9 * Math.max(1, whole));
        },
      ),
      { seed: 19 },
    );
  });

  test('in runs, splitting triples the attempts and keeps the mean kg attempted within its sampling error', () => {
    // Split every sector by 3 for both smugglers, from turn 0 (a standing order).
    const splitter: SidePolicy<'red'> = {
      name: 'split-3',
      decide: (view, ctx) =>
        view.turn === 0
          ? view.actors
              .filter((a) => a.kind === 'smuggling')
              .map((a) => ({ type: 'split', actor: a.id, loads: Object.fromEntries(ctx.sectors.map((s) => [s, 3])) }))
          : [],
    };
    const runs = 24;
    const whole: number[] = [];
    const split: number[] = [];
    let attemptsWhole = 0;
    let attemptsSplit = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const a = simulate(plain, { seed, turns: 26 });
      const b = simulate(plain, { seed, turns: 26, policy: { kind: 'function', name: 'split', decide: sidePolicyFunction(plain, { red: splitter }) } });
      whole.push(a.totals['smuggling.kgAttempted'] as number);
      split.push(b.totals['smuggling.kgAttempted'] as number);
      attemptsWhole += a.totals['smuggling.attempts'] as number;
      attemptsSplit += b.totals['smuggling.attempts'] as number;
    }
    // Paired differences: their mean is 0 in expectation; 4 standard errors bound it.
    const d = split.map((x, i) => x - (whole[i] as number));
    const mean = d.reduce((a, x) => a + x, 0) / runs;
    const sd = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (runs - 1));
    expect(Math.abs(mean)).toBeLessThanOrEqual((4 * sd) / Math.sqrt(runs));
    expect(attemptsSplit / attemptsWhole).toBeGreaterThan(2.7);
    expect(attemptsSplit / attemptsWhole).toBeLessThan(3.3);
  });

  test('only smuggling actors split, within sides.red.maxSplit', () => {
    const game = createGame(compiled, { seed: 3, players: { red: 'person' }, turns: 2 });
    const answer = game.submit('red', [
      { type: 'split', actor: 'taliban', loads: { panj: 2 } },
      { type: 'split', actor: 'heroin', loads: { panj: 6 } },
      { type: 'split', actor: 'heroin', loads: { atlantis: 2 } },
    ]);
    expect(answer.ok ? [] : answer.issues.map((i) => i.message)).toEqual([
      'split: taliban is a armed-group actor; only smuggling actors split loads',
      "split 6 for panj is above the scenario's limit 5 (sides.red.maxSplit)",
      'unknown sector "atlantis"',
    ]);
    expect(game.pending('red')).toEqual([]);
  });
});

describe('bought complicity', () => {
  test('never passes the cap, never spends more than offered, and spends all of it below the cap (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        fc.integer({ min: 0, max: 5000 }),
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (c, usd, personnel, cost, cap) => {
          const out = bribeOutcome(c, usd, personnel, cost, cap);
          expect(out.spentUsd).toBeGreaterThanOrEqual(0);
          expect(out.spentUsd).toBeLessThanOrEqual(usd);
          expect(out.complicity).toBeGreaterThanOrEqual(c);
          expect(out.complicity).toBeLessThanOrEqual(Math.max(c, cap));
          if (out.complicity < cap && out.complicity > c) expect(out.spentUsd).toBe(usd);
          // The price: 100 κ personnel USD per unit of complicity.
          if (out.complicity > c) expect(out.spentUsd).toBeCloseTo(100 * cost * personnel * (out.complicity - c), 3);
        },
      ),
      { seed: 19 },
    );
  });

  test('blue never sees a bribe; red sees what it bought and what it has left', () => {
    const game = createGame(compiled, { seed: 4, players: { red: 'person' }, turns: 3 });
    const before = game.view('blue').forces.find((f) => f.id === 'border-panj');
    expect(game.submit('red', [{ type: 'bribe', unit: 'border-panj', usd: 22_500 }]).ok).toBe(true);
    // A pending order is red's secret.
    expect(JSON.stringify(game.view('blue'))).not.toMatch(/bribe|bought/);
    game.advance();
    const unit = game.state().forces.find((f) => f.id === 'border-panj');
    // 22,500 USD / (100 USD × 450 persons) = 0.5 points = 0.005 of complicity.
    expect(unit?.complicity).toBeCloseTo(0.835, 12);
    expect(unit?.bought).toBeCloseTo(0.005, 12);
    const blueUnit = game.view('blue').forces.find((f) => f.id === 'border-panj');
    expect(blueUnit?.complicity).toBeCloseTo(before?.complicity as number, 12);
    expect(JSON.stringify(game.view('blue'))).not.toMatch(/bribe|bought|spentUsd|recruit/);
    const red = game.view('red');
    expect(red.bought['border-panj']).toBeCloseTo(0.005, 12);
    expect(red.means).toEqual({ budgetUsd: 2_000_000, spentUsd: 22_500, recruitPool: 1_500, recruited: 0 });
    expect(red.sectors.find((s) => s.id === 'panj')?.unitIds).toContain('border-panj');
  });

  test('a bribe raises the share of loads let through: fewer kg seized over paired runs', () => {
    const bribes: SidePolicy<'red'> = {
      name: 'buy-all',
      decide: (view) => (view.turn === 0 ? view.sectors.flatMap((s) => s.unitIds.map((unit) => ({ type: 'bribe' as const, unit, usd: 30_000 }))) : []),
    };
    let seized = 0;
    let seizedBribed = 0;
    for (let seed = 1; seed <= 8; seed++) {
      seized += simulate(compiled, { seed, turns: 26 }).totals['smuggling.kgSeized'] as number;
      seizedBribed += simulate(compiled, {
        seed,
        turns: 26,
        policy: { kind: 'function', name: 'bribes', decide: sidePolicyFunction(compiled, { red: bribes }) },
      }).totals['smuggling.kgSeized'] as number;
    }
    expect(seizedBribed).toBeLessThan(seized);
  });
});

describe("red's budget, pool and caps", () => {
  const means = fc.oneof(
    fc.record({
      type: fc.constant('bribe' as const),
      unit: fc.constantFrom('border-panj', 'border-khorog', 'border-wakhan'),
      usd: fc.integer({ min: 1, max: 900_000 }),
    }),
    fc.record({
      type: fc.constant('reinforce' as const),
      actor: fc.constantFrom('taliban', 'foreign-militants'),
      strength: fc.integer({ min: 1, max: 1_200 }),
    }),
    fc.record({
      type: fc.constant('reinforce' as const),
      actor: fc.constant('taliban'),
      strength: fc.integer({ min: 1, max: 3_000 }),
      from: fc.constant('foreign-militants'),
    }),
  );

  test('whatever red submits, it never spends past its budget or pool, nor passes a cap; refused lists change nothing (property)', () => {
    const R = RED;
    fc.assert(
      fc.property(fc.array(fc.array(means, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (turns) => {
        const game = createGame(compiled, { seed: 5, players: { red: 'person' }, turns: turns.length });
        for (const orders of turns) {
          const pending = game.pending('red');
          const answer = game.submit('red', orders as Order[]);
          if (!answer.ok) expect(game.pending('red')).toEqual(pending);
          game.advance();
          const s = game.state();
          const spent = s.world?.red?.spentUsd ?? 0;
          const recruited = s.world?.red?.recruited ?? 0;
          expect(spent).toBeLessThanOrEqual(R.budgetUsd + 1e-6);
          expect(recruited).toBeLessThanOrEqual(R.recruitPool);
          for (const f of s.forces) expect(f.complicity).toBeLessThanOrEqual(Math.max(R.maxComplicity, 0.83) + 1e-12);
          for (const a of s.actors) {
            const spec = compiled.actors.find((x) => x.id === a.id);
            expect(a.strength).toBeLessThanOrEqual(R.maxStrengthRatio * (spec?.strength ?? 0) + 1e-9);
            expect(a.strength).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 25, seed: 19 },
    );
  });

  test('limits over one submission: the second order is checked after the first', () => {
    const game = createGame(compiled, { seed: 6, players: { red: 'person' }, turns: 2 });
    const answer = game.submit('red', [
      { type: 'reinforce', actor: 'taliban', strength: 1_000 },
      { type: 'reinforce', actor: 'taliban', strength: 1_000 },
      { type: 'bribe', unit: 'border-wakhan', usd: 1_700_000 },
    ]);
    expect(answer.ok ? [] : answer.issues.map((i) => `${i.index}: ${i.message}`)).toEqual([
      "1: reinforce: 1000 recruits is more than red's pool left, 500 (sides.red.recruitPool)",
      "2: bribe of 1,700,000 USD is more than red's budget left, 1,600,000 USD (sides.red.budgetUsd)",
    ]);
    const capped = game.submit('red', [
      { type: 'reinforce', actor: 'taliban', strength: 400, from: 'foreign-militants' },
      { type: 'reinforce', actor: 'taliban', strength: 1_700, from: 'foreign-militants' },
    ]);
    expect(capped.ok ? '' : capped.issues.map((i) => i.message).join()).toBe(
      "reinforce: taliban would have 12100 persons, above the scenario's limit 12000 (sides.red.maxStrengthRatio 1.2 x 10000)",
    );
    expect(answer.ok).toBe(false);
    expect(game.pending('red')).toEqual([]);
    expect(game.submit('red', [{ type: 'reinforce', actor: 'taliban', strength: 1_000 }]).ok).toBe(true);
    game.advance();
    const s = game.state();
    expect(s.actors.find((a) => a.id === 'taliban')?.strength).toBeGreaterThan(10_000 - 1_000);
    expect(s.world?.red).toEqual({ spentUsd: 400_000, recruited: 1_000 });
    const blue = createGame(plain, { seed: 6, players: { red: 'person' }, turns: 1 }).submit('red', [{ type: 'bribe', unit: 'border-panj', usd: 1 }]);
    expect(blue.ok ? '' : blue.issues[0]?.message).toBe("bribe of 1 USD is more than red's budget left, 0 USD (sides.red.budgetUsd)");
  });
});

describe('replay of a game with red means', () => {
  test('split, bribe and reinforce orders replay hash for hash', () => {
    const game = createGame(compiled, { seed: 9, players: { red: 'person' }, turns: 5 });
    const orders: Order[][] = [
      [{ type: 'split', actor: 'heroin', loads: { panj: 3, khorog: 2 } }],
      [{ type: 'bribe', unit: 'border-khorog', usd: 50_000 }],
      [{ type: 'reinforce', actor: 'taliban', strength: 500 }],
      [{ type: 'reinforce', actor: 'taliban', strength: 300, from: 'foreign-militants' }],
      [{ type: 'split', actor: 'heroin', loads: {} }],
    ];
    for (const o of orders) {
      expect(game.submit('red', o).ok).toBe(true);
      game.advance();
    }
    const file = JSON.parse(JSON.stringify(game.record()));
    const again = replay(file, parseScenario(withMeans, { source: 'again' }));
    expect(again.problems).toEqual([]);
    expect(again.turns.map((t) => t.hash)).toEqual(game.history().map((t) => t.hash));
    // Each order took effect and the last restored whole loads.
    expect(game.state().actors.find((a) => a.id === 'heroin')?.split).toBeUndefined();
    expect(game.history()[1]?.log.some((e) => e.type === 'order' && /border-khorog's complicity bought/.test(e.message))).toBe(true);
  });
});
