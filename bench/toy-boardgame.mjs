/**
 * The toy border model (bench/toy-model.mjs) as a boardgame.io game played by a headless
 * `Client` (no server, no renderer, debug panel off): the turn-based game framework a wargame
 * designer might otherwise reach for, measured in the same run as frontier-sim (issue 23).
 *
 * The way its documentation writes a game: the state that changes (each sector's fatigue, the
 * run's totals) is `G`, changed inside a move (boardgame.io runs moves on an immer draft); the
 * random numbers come from its `random` plugin (seeded by the game's `seed`); one move plays a
 * week, and a turn is one move (`maxMoves: 1`). The constants (coverage, reach chances) stay
 * outside `G`, which is kinder to it than putting them in: they are never copied.
 */
import { createRequire } from 'node:module';
import { coveragePerCondition, fatigueModel, reachChance } from './toy-model.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('boardgame.io/client');

/** The toy's boardgame.io game for the parameters `p` (see {@link runBoardgameToy}). */
export function boardgameToy(p) {
  const S = p.sectors;
  const K = p.rates.length;
  const coverage = Array.from({ length: S }, (_, i) => coveragePerCondition(p, i));
  const reach = Array.from({ length: S * K }, (_, j) => reachChance(p, Math.floor(j / K), j % K));
  const fm = fatigueModel(p);
  const rho = p.fatigueRisePerWeek;
  const kappa = p.fatigueRecoveryPerWeek;
  const poisson = (u, lambda) => {
    let k = 0;
    let term = Math.exp(-lambda);
    let cdf = term;
    while (u >= cdf && k < 1000) {
      k++;
      term *= lambda / k;
      cdf += term;
    }
    return k;
  };
  const binomial = (u, n, q) => {
    let k = 0;
    let term = (1 - q) ** n;
    let cdf = term;
    while (u >= cdf && k < n) {
      term *= ((n - k) / (k + 1)) * (q / (1 - q));
      k++;
      cdf += term;
    }
    return k;
  };
  return {
    name: 'toy-border',
    turnsToPlay: p.turns,
    setup: () => ({ fatigue: new Array(S).fill(0), attempts: 0, detected: 0, interdicted: 0, week: 0 }),
    turn: { minMoves: 1, maxMoves: 1 },
    moves: {
      week: ({ G, random }) => {
        for (let i = 0; i < S; i++) {
          const f = G.fatigue[i];
          const pD = 1 - Math.exp(-coverage[i] * (1 - (fm.settle + (f - fm.settle) * fm.mean)));
          for (let k = 0; k < K; k++) {
            const n = poisson(random.Number(), p.rates[k]);
            if (n === 0) continue;
            G.attempts += n;
            const d = binomial(random.Number(), n, pD);
            if (d === 0) continue;
            G.detected += d;
            G.interdicted += binomial(random.Number(), d, reach[i * K + k]);
          }
          G.fatigue[i] = (f + rho * (1 - f)) * (1 - kappa);
        }
        G.week += 1;
      },
    },
    endIf: ({ G }) => (G.week >= p.turns ? { done: true } : undefined),
  };
}

/** One run of the toy game from `seed` through a headless Client: its totals. */
export function runBoardgameToy(game, seed) {
  const client = Client({ game: { ...game, seed: `toy-${seed}` }, numPlayers: 1, debug: false });
  client.start();
  for (let t = 0; t < game.turnsToPlay; t++) client.moves.week();
  const { G } = client.getState();
  client.stop();
  return { attempts: G.attempts, detected: G.detected, interdicted: G.interdicted };
}
