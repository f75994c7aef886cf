/**
 * Replaying a game's record (docs/wargaming.md, "Replay files"): the scenario, the seed and
 * each turn's orders give every state again, and each state hash is checked against the file's.
 *
 * @module
 */
import { scenarioHash } from '../scenario/hash';
import { isValidated, parseScenario } from '../scenario/load';
import type { Order, Scenario } from '../scenario/schema';
import { compileScenario, type CompiledScenario } from './compile';
import type { LogEntry, TurnRecord } from './results';
import { replayFileProblems, type ReplayFile } from './replay-file';
import { createSimulation } from './simulation';
import type { SimState } from './state';
import { stateHash } from './state-hash';

/** One replayed turn. */
export interface ReplayedTurn {
  readonly turn: number;
  readonly orders: ReplayFile['turns'][number]['orders'];
  readonly record: TurnRecord;
  /** The log of the turn: what happened and why (each entry's cause). */
  readonly log: readonly LogEntry[];
  /** The hash the replay gave, and whether it is the file's. */
  readonly hash: string;
  readonly matches: boolean;
  /** The state after the turn. */
  readonly state: SimState;
}

/** What {@link replay} found. */
export interface ReplayOutcome {
  /** True when the scenario is the file's and every hash was reproduced. */
  readonly ok: boolean;
  /** Problems with the file or the scenario (the turns were not replayed), else empty. */
  readonly problems: readonly string[];
  readonly initialMatches: boolean;
  readonly turns: readonly ReplayedTurn[];
  /** The first turn whose hash differs, or null. */
  readonly firstMismatch: number | null;
}

/**
 * Replays `file` (from `game.record()`) on `scenario`: plays each recorded turn with its orders
 * and checks every state hash. A problem with the file, or a scenario whose hash is not the
 * file's, is reported as data and nothing is replayed.
 *
 * @example
 * const outcome = replay(JSON.parse(readFileSync('game.replay.json', 'utf8')), loadScenario('scenarios/tajik-afghan-2021.json'));
 * if (!outcome.ok) console.log(outcome.problems, outcome.firstMismatch);
 */
export function replay(file: unknown, scenario: Scenario | CompiledScenario): ReplayOutcome {
  const problems = replayFileProblems(file);
  const failed = (p: string[]): ReplayOutcome => ({ ok: false, problems: p, initialMatches: false, turns: [], firstMismatch: null });
  if (problems.length > 0) return failed(problems);
  const f = file as ReplayFile;
  let compiled =
    'sectorIndex' in scenario
      ? scenario
      : compileScenario(isValidated(scenario) ? scenario : parseScenario(scenario as object, { source: 'replay: scenario' }));
  const hash = scenarioHash(compiled.source);
  if (hash !== f.scenarioHash) return failed([`the scenario's hash is ${hash}, the file's game was played on ${f.scenarioHash} (${f.scenario})`]);
  if (f.policy !== undefined)
    compiled = compileScenario(parseScenario({ ...compiled.source, policy: f.policy }, { source: `${compiled.name} + policy ${f.policy.name}` }));
  // The orders of a side played by a person were the step's own; a side policy's were given by
  // the policy function, before them (decisions.ts): the replay gives each where it was given.
  const fromPolicy = { blue: f.players.blue !== 'person', red: f.players.red !== 'person' };
  let turn = 0;
  const policyOrders = (): Order[] => {
    const t = f.turns[turn];
    return t === undefined ? [] : [...(fromPolicy.blue ? t.orders.blue : []), ...(fromPolicy.red ? t.orders.red : [])];
  };
  const anyPolicy = f.turns.some((t) => (fromPolicy.blue && t.orders.blue.length > 0) || (fromPolicy.red && t.orders.red.length > 0));
  const sim = createSimulation(compiled, { seed: f.seed, ...(anyPolicy ? { policy: { name: 'replay', decide: policyOrders } } : {}) });
  let state = sim.initialState();
  let previous = stateHash(state, '');
  const initialMatches = previous === f.initialHash;
  const turns: ReplayedTurn[] = [];
  let firstMismatch: number | null = initialMatches ? null : -1;
  for (const t of f.turns) {
    turn = t.turn;
    const own = [...(fromPolicy.blue ? [] : t.orders.blue), ...(fromPolicy.red ? [] : t.orders.red)];
    const out = sim.step(state, own);
    state = out.state;
    previous = stateHash(state, previous);
    const matches = previous === t.hash;
    if (!matches && firstMismatch === null) firstMismatch = t.turn;
    turns.push({ turn: t.turn, orders: t.orders, record: out.record, log: out.log, hash: previous, matches, state });
  }
  return { ok: firstMismatch === null, problems: [], initialMatches, turns, firstMismatch };
}
