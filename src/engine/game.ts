/**
 * A wargame played turn by turn (docs/wargaming.md): `createGame(scenario, { seed, players })`,
 * then `view(side)`, `submit(side, orders)`, `advance()`, `undo()`, `rewind(turn)` and
 * `record()`. Each turn is the pure `step` of the kernel; a game keeps the state after every
 * turn (immutable states sharing what a turn left unchanged), so undo and rewind are exact and
 * cost nothing to compute, and a replay file (replay.ts) reproduces every state hash.
 *
 * @module
 */
import { LIMITS } from '../scenario/limits';
import { isValidated, parseScenario } from '../scenario/load';
import { orderProblem } from '../scenario/order-validation';
import type { Order, Scenario } from '../scenario/schema';
import { compileScenario, type CompiledScenario } from './compile';
import { viewOf, type SideView } from './fog';
import { orderReferenceProblem } from './order-references';
import { applyRedOrder, type RedWorking } from './red-orders';
import { isDeclarative, isSidePolicy, playerName, sidePolicyFunction, type Players, type SidePolicy } from './players';
import type { LogEntry, TurnRecord } from './results';
import { sideOfOrder, sidesOf, type Side } from './sides';
import { createSimulation, type Simulation } from './simulation';
import type { SimState } from './state';
import { stateHash } from './state-hash';
import type { Working } from './world';
import { scenarioHash } from '../scenario/hash';
import type { ReplayFile } from './replay-file';

/** Options of {@link createGame}. */
export interface GameOptions {
  /** The game's seed: a non-negative safe integer. */
  readonly seed: number;
  /** Who plays each side (default: the scenario's `sides[side].controller`, else `'policy'`). */
  readonly players?: Players;
  /** Turns in the game (default: the scenario's). */
  readonly turns?: number;
}

/** Each side's orders. */
export interface SideOrders {
  readonly blue: readonly Order[];
  readonly red: readonly Order[];
}

/** One played turn. */
export interface PlayedTurn {
  readonly turn: number;
  /** The orders each side gave (a policy's and a person's alike). */
  readonly orders: SideOrders;
  readonly record: TurnRecord;
  readonly log: readonly LogEntry[];
  /** The state hash after the turn, chained with the one before (stateHash). */
  readonly hash: string;
}

/** Why a submitted order was refused. */
export interface OrderIssue {
  /** Index of the order in the submitted list (-1: the submission as a whole). */
  readonly index: number;
  readonly message: string;
}

/** What {@link Game.submit} answers: errors are data, and nothing is applied unless all is well. */
export type SubmitResult = { readonly ok: true; readonly pending: readonly Order[] } | { readonly ok: false; readonly issues: readonly OrderIssue[] };

/** A game in progress (see {@link createGame}). */
export interface Game {
  readonly scenario: CompiledScenario;
  readonly seed: number;
  /** Turns in the game. */
  readonly turns: number;
  /** The next turn to play (0 before the first). */
  readonly turn: number;
  /** True once every turn is played. */
  readonly over: boolean;
  /** Who plays each side, as the record names them (`person`, `policy`, `policy:NAME`). */
  readonly players: Readonly<Record<Side, string>>;
  /** The true state now (the umpire's view: both sides' secrets). */
  state(): SimState;
  /** The state hash now. */
  hash(): string;
  /** What `side` observes now (fog.ts). */
  view<S extends Side>(side: S): SideView<S>;
  /** Orders submitted for the coming turn by the person playing `side`. */
  pending(side: Side): readonly Order[];
  /**
   * Adds orders for the coming turn for the person playing `side`, if every one is well formed,
   * is the side's, and names what the game has: otherwise nothing is added and the issues say why.
   */
  submit(side: Side, orders: readonly unknown[]): SubmitResult;
  /** Drops the orders submitted for the coming turn by `side`. */
  withdraw(side: Side): void;
  /** Plays the coming turn with the orders given. @throws RangeError once the game is over */
  advance(): PlayedTurn;
  /** The turns played, in order. */
  history(): readonly PlayedTurn[];
  /**
   * Takes back the last turn: the state is the one before it, and the persons' orders of that
   * turn are pending again (so advancing replays it). False when no turn was played.
   */
  undo(): boolean;
  /** Takes back every turn from `turn` on (as many undos). @throws RangeError for a turn not yet reached */
  rewind(turn: number): void;
  /** The replay file of the turns played (replay.ts). */
  record(): ReplayFile;
}

interface Kept extends PlayedTurn {
  readonly state: SimState;
  /** The persons' orders (pending again after an undo). */
  readonly personOrders: SideOrders;
}

/**
 * Starts a wargame of `scenario` with `seed`: a person submits orders for a side each turn, a
 * side policy decides seeing only its side's view, and the default red policy is the logit
 * displacement (docs/model.md §2). A game whose players are all policies is exactly `simulate`
 * with those policies (sidePolicyFunction), to the last bit of every state hash.
 *
 * @example
 * const game = createGame(loadScenario('scenarios/tajik-afghan-2021.json'), { seed: 7, players: { blue: 'person' } });
 * const answer = game.submit('blue', [{ type: 'refugees', border: 'open' }]);
 * if (!answer.ok) console.log(answer.issues);
 * game.advance();
 * console.log(game.view('blue').reports.at(-1));
 * game.undo(); // back to turn 0, the order pending again
 * const file = game.record();
 */
export function createGame(scenario: Scenario | CompiledScenario, options: GameOptions): Game {
  if (typeof options !== 'object' || options === null) throw new TypeError('createGame needs options { seed }');
  let compiled = isCompiled(scenario)
    ? scenario
    : compileScenario(isValidated(scenario) ? scenario : parseScenario(scenario as object, { source: 'createGame: scenario' }));
  const baseHash = scenarioHash(compiled.source);
  const declared = sidesOf(compiled);
  const blue = options.players?.blue ?? (declared.blue.controller === 'person' ? 'person' : 'policy');
  const red = options.players?.red ?? (declared.red.controller === 'person' ? 'person' : 'policy');
  const declarative = isDeclarative(blue) ? blue : undefined;
  if (declarative !== undefined) {
    compiled = compileScenario(parseScenario({ ...compiled.source, policy: declarative }, { source: `${compiled.name} + policy ${declarative.name}` }));
  }
  const turns = options.turns ?? compiled.turns;
  if (!Number.isSafeInteger(turns) || turns < 0 || turns > LIMITS.turns)
    throw new RangeError(`turns must be an integer from 0 to ${LIMITS.turns}, got ${String(turns)}`);
  const person: Record<Side, boolean> = { blue: blue === 'person', red: red === 'person' };
  const fns = { ...(isSidePolicy(blue) ? { blue: blue as SidePolicy<'blue'> } : {}), ...(isSidePolicy(red) ? { red: red as SidePolicy<'red'> } : {}) };
  // What the side policies gave this turn (sidePolicyFunction reports it).
  let given: Record<Side, readonly Order[]> = { blue: [], red: [] };
  const sim: Simulation = createSimulation(compiled, {
    seed: options.seed,
    ...(fns.blue !== undefined || fns.red !== undefined
      ? {
          policy: {
            name: [fns.blue?.name, fns.red?.name].filter((x) => x !== undefined).join('+'),
            decide: sidePolicyFunction(compiled, fns, (side, orders) => (given[side] = orders)),
          },
        }
      : {}),
  });
  const initial = sim.initialState();
  const initialHash = stateHash(initial, '');
  const played: Kept[] = [];
  let pending: Record<Side, Order[]> = { blue: [], red: [] };
  const names = { blue: playerName(blue), red: playerName(red) };

  const current = () => (played.length === 0 ? initial : (played[played.length - 1] as Kept).state);
  const currentHash = () => (played.length === 0 ? initialHash : (played[played.length - 1] as Kept).hash);

  function check(side: Side, orders: readonly unknown[]): OrderIssue[] {
    if (played.length >= turns) return [{ index: -1, message: `the game is over (${turns} turns)` }];
    if (!person[side]) return [{ index: -1, message: `${side} is played by ${names[side]}, not by a person` }];
    if (!Array.isArray(orders)) return [{ index: -1, message: 'orders must be an array' }];
    if (pending[side].length + orders.length > LIMITS.ordersPerTurn)
      return [{ index: -1, message: `at most ${LIMITS.ordersPerTurn} orders a turn (a limit: docs/limits.md)` }];
    const state = current();
    // The reference checks read the ids of the scenario and the units now present; red's means
    // (budget, pool, caps) are checked on a copy with the pending orders and those before in
    // the list already applied, as the turn will apply them (red-orders.ts).
    const w = dryRun(compiled, state) as unknown as Working;
    for (const o of pending[side]) if (orderReferenceProblem(o, w) === undefined) applyRedOrder(o, w as unknown as RedWorking);
    const issues: OrderIssue[] = [];
    orders.forEach((o, index) => {
      const shape = orderProblem(o);
      if (shape !== undefined) return issues.push({ index, message: shape });
      const order = o as Order;
      const owner = sideOfOrder(order.type);
      if (owner !== side) return issues.push({ index, message: `${order.type} is an order of ${owner}, not ${side}` });
      const ref = orderReferenceProblem(order, w);
      if (ref !== undefined) return issues.push({ index, message: ref });
      applyRedOrder(order, w as unknown as RedWorking);
      return undefined;
    });
    return issues;
  }

  const game: Game = {
    scenario: compiled,
    seed: options.seed,
    turns,
    get turn() {
      return played.length;
    },
    get over() {
      return played.length >= turns;
    },
    players: Object.freeze(names),
    state: current,
    hash: currentHash,
    view: (side) => viewOf(compiled, current(), side),
    pending: (side) => [...pending[side]],
    submit(side, orders) {
      const issues = check(side, orders);
      if (issues.length > 0) return { ok: false, issues };
      pending[side].push(...(structuredClone(orders) as Order[]));
      return { ok: true, pending: [...pending[side]] };
    },
    withdraw(side) {
      pending[side] = [];
    },
    advance() {
      if (played.length >= turns) throw new RangeError(`the game is over (${turns} turns)`);
      given = { blue: [], red: [] };
      const personOrders: SideOrders = { blue: pending.blue, red: pending.red };
      const out = sim.step(current(), [...personOrders.blue, ...personOrders.red]);
      const hash = stateHash(out.state, currentHash());
      const orders: SideOrders = { blue: [...given.blue, ...personOrders.blue], red: [...given.red, ...personOrders.red] };
      const kept: Kept = { turn: played.length, orders, record: out.record, log: out.log, hash, state: out.state, personOrders };
      played.push(kept);
      pending = { blue: [], red: [] };
      return publicTurn(kept);
    },
    history: () => played.map(publicTurn),
    undo() {
      const last = played.pop();
      if (last === undefined) return false;
      pending = { blue: [...last.personOrders.blue], red: [...last.personOrders.red] };
      return true;
    },
    rewind(turn) {
      if (!Number.isSafeInteger(turn) || turn < 0 || turn > played.length)
        throw new RangeError(`rewind: turn must be an integer from 0 to ${played.length}, got ${String(turn)}`);
      while (played.length > turn) game.undo();
    },
    record: () => ({
      format: 'frontier-sim-replay',
      version: 1,
      scenario: compiled.name,
      scenarioHash: baseHash,
      seed: options.seed,
      players: { ...names },
      ...(declarative !== undefined ? { policy: structuredClone(declarative) } : {}),
      initialHash,
      turns: played.map((k) => ({ turn: k.turn, orders: structuredClone({ blue: k.orders.blue, red: k.orders.red }), hash: k.hash })),
    }),
  };
  return game;
}

/** A kept turn as the user sees it (without the state and the persons' part). */
function publicTurn(k: Kept): PlayedTurn {
  return { turn: k.turn, orders: k.orders, record: k.record, log: k.log, hash: k.hash };
}

/** A copy of what red's orders read and change in `state` (units, actors, red's account). */
function dryRun(sc: CompiledScenario, state: SimState): RedWorking {
  const red = state.world?.red;
  return {
    sc,
    forces: state.forces.map((f) => ({ ...f })),
    actors: state.actors.map((a) => ({ ...a })),
    world: { ...(red !== undefined ? { red: { ...red } } : {}) },
  };
}

function isCompiled(s: Scenario | CompiledScenario): s is CompiledScenario {
  return typeof s === 'object' && s !== null && 'sectorIndex' in s;
}
