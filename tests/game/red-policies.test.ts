/**
 * The library's red policies (src/engine/red-policies.ts): the adaptive smuggler shifts toward
 * the sectors where it has seen the fewest attempts stopped; the opportunist surges after a
 * clash it won.
 */
import { describe, expect, test } from 'vitest';
import type { RedReport, RedView } from '../../src/engine/fog';
import { createGame } from '../../src/engine/game';
import { ADAPTIVE_SMUGGLER, OPPORTUNIST_ARMED_GROUP } from '../../src/engine/red-policies';
import type { SideContext } from '../../src/engine/players';
import { loadScenario } from '../../src/scenario';
import { DEFAULT_SCENARIO } from '../helpers/paths';

const zero: RedReport = { attempts: 0, interdicted: 0, gotAway: 0, kgThrough: 0, kgSeized: 0, clashes: 0, breakthroughs: 0, repulses: 0 };
const ctx: SideContext = { side: 'red', turn: 1, date: '2021-01-01', month: 1, turnLengthDays: 7, sectors: ['a', 'b', 'c', 'd', 'e'] };

function view(bySector: Record<string, Partial<RedReport>>): RedView {
  const full: Record<string, RedReport> = {};
  for (const s of ctx.sectors) full[s] = { ...zero, ...bySector[s] };
  return {
    side: 'red',
    turn: 1,
    control: {},
    limits: { maxSurge: 1.5, maxRouteWeight: 4, maxSplit: 4, maxComplicity: 0.95, maxStrengthRatio: 1.5, complicityCostUsd: 100, recruitCostUsd: 0 },
    means: { budgetUsd: 0, spentUsd: 0, recruitPool: 0, recruited: 0 },
    bought: {},
    actors: [
      { id: 'mule', kind: 'smuggling', strength: 10, intent: 1, perceived: [0, 0, 0, 0, 0], casualties: 0 },
      { id: 'band', kind: 'armed-group', strength: 50, intent: 1, perceived: [0, 0, 0, 0, 0], casualties: 0 },
    ],
    sectors: ctx.sectors.map((id) => ({ id, lengthKm: 10, observedPersonnel: 0, observedUnits: 0, unitIds: [] })),
    reports: [{ turn: 0, bySector: full }],
  };
}

describe('red policies', () => {
  test('the adaptive smuggler favours the three least-interdicted sectors it observed and shuns those above the median', () => {
    const v = view({
      a: { attempts: 10, interdicted: 8 },
      b: { attempts: 10, interdicted: 1 },
      c: { attempts: 10, interdicted: 5 },
      d: { attempts: 10, interdicted: 3 },
      e: { attempts: 10, interdicted: 9 },
    });
    expect(ADAPTIVE_SMUGGLER.decide(v, ctx)).toEqual([{ type: 'route', actor: 'mule', weights: { b: 4, d: 4, c: 4, a: 0.5, e: 0.5 } }]);
    expect(ADAPTIVE_SMUGGLER.decide(view({}), ctx)).toEqual([]);
  });

  test("the opportunist surges after a breakthrough, and returns to the scenario's tempo after a turn without", () => {
    expect(OPPORTUNIST_ARMED_GROUP.decide(view({ c: { clashes: 2, breakthroughs: 1 } }), ctx)).toEqual([{ type: 'tempo', actor: 'band', factor: 1.5 }]);
    const surging = view({ c: { clashes: 1, repulses: 1 } });
    const band = { ...(surging.actors[1] as RedView['actors'][number]), tempo: 1.5 };
    expect(OPPORTUNIST_ARMED_GROUP.decide({ ...surging, actors: [surging.actors[0] as RedView['actors'][number], band] }, ctx)).toEqual([
      { type: 'tempo', actor: 'band', factor: 1 },
    ]);
    expect(OPPORTUNIST_ARMED_GROUP.decide(view({}), ctx)).toEqual([]);
  });

  test('against the adaptive smuggler, smuggling attempts move toward the sectors where fewer were stopped', () => {
    const play = (red?: typeof ADAPTIVE_SMUGGLER) => {
      const game = createGame(loadScenario(DEFAULT_SCENARIO), { seed: 4, turns: 16, ...(red ? { players: { red } } : {}) });
      for (let t = 0; t < 16; t++) game.advance();
      return game
        .history()
        .slice(8)
        .reduce((a, t) => a + t.record.metrics.interdicted / Math.max(1, t.record.metrics.attempts), 0);
    };
    expect(play(ADAPTIVE_SMUGGLER)).toBeLessThan(play());
  });
});
