/**
 * Fog of war on the play screen: after `next`, a person sees what became of the orders they gave
 * and of their own side's refused orders, never the other side's refused orders (they say what it tried).
 */
import { expect, test } from 'vitest';
import { PlaySession } from '../../src/cli/play-session';
import { createGame } from '../../src/engine/game';
import type { SidePolicy } from '../../src/engine/players';
import { loadScenario } from '../../src/scenario';
import { DEFAULT_SCENARIO } from '../helpers/paths';

/** A red policy whose every order is refused: it routes an actor that does not exist. */
const CLUMSY_RED: SidePolicy<'red'> = {
  name: 'clumsy-red',
  decide: () => [{ type: 'route', actor: 'no-such-network', weights: {} }],
};

/** A blue policy whose every order is refused: it moves a unit that does not exist. */
const CLUMSY_BLUE: SidePolicy<'blue'> = {
  name: 'clumsy-blue',
  decide: () => [{ type: 'deploy', force: 'no-such-unit', to: 'no-such-place' }],
};

test("blue's screen does not show red's refused orders, and red's does not show blue's", () => {
  const scenario = loadScenario(DEFAULT_SCENARIO);
  const asBlue = new PlaySession(createGame(scenario, { seed: 3, turns: 2, players: { blue: 'person', red: CLUMSY_RED } }), 'blue', 'red: clumsy-red');
  const blueScreen = asBlue.handle('next').text;
  // The refusal is in the game's log (the umpire's record), not on blue's screen.
  expect(asBlue.game.history()[0]?.log.some((e) => e.type === 'order-rejected' && e.message.includes('no-such-network'))).toBe(true);
  expect(blueScreen).not.toContain('no-such-network');
  expect(blueScreen).not.toContain('order rejected');

  const asRed = new PlaySession(createGame(scenario, { seed: 3, turns: 2, players: { blue: CLUMSY_BLUE, red: 'person' } }), 'red', 'blue: clumsy-blue');
  const redScreen = asRed.handle('next').text;
  expect(asRed.game.history()[0]?.log.some((e) => e.type === 'order-rejected' && e.message.includes('no-such-unit'))).toBe(true);
  expect(redScreen).not.toContain('no-such-unit');
});

test("a refused order of the person's own side is on their screen", () => {
  const scenario = loadScenario(DEFAULT_SCENARIO);
  const session = new PlaySession(createGame(scenario, { seed: 3, turns: 2, players: { blue: CLUMSY_BLUE, red: 'person' } }), 'blue', 'red: person');
  expect(session.handle('next').text).toContain('no-such-unit');
});
