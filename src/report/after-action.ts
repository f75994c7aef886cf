/**
 * The data of an after-action replay: the turns of one seeded run or of one recorded game, with
 * their records, their log (each entry with its cause), where every unit stood at the end of
 * each turn, each turn's state hash and, for a game, each side's orders; and the map of the
 * border when the scenario has geometry.
 *
 * Both are built in one pass over the pure reducer (`createSimulation(...).step`): a seeded run
 * steps from the initial state `simulate` starts from, so its records, log, hashes and totals are
 * those of `run --format json` for the same seed; a game is replayed from its record (replay.ts),
 * which checks every state hash against the file's. Where the units stood is read from each
 * turn's state as it goes.
 *
 * @module
 */
import { compileScenario, type CompiledScenario } from '../engine/compile';
import { totalsOfRecords } from '../engine/recorder';
import { replay } from '../engine/replay';
import type { ReplayFile } from '../engine/replay-file';
import type { LogEntry, Totals, TurnRecord } from '../engine/results';
import { createSimulation } from '../engine/simulation';
import { initialState, type SimState } from '../engine/state';
import { stateHash } from '../engine/state-hash';
import { applyPolicy, type Policy } from '../experiment/policy';
import { parseScenario } from '../scenario/load';
import type { Order, Scenario } from '../scenario/schema';
import { ReportError } from './errors';
import { mapGeometry, type MapGeometry } from './map-geometry';

/** A unit at the end of a turn. */
export interface UnitAt {
  id: string;
  name: string;
  side: string;
  role: string;
  personnel: number;
  /** A sector id or a base id. */
  location: string;
  /** Where it is going, when on the move. */
  movingTo: string | null;
}

/** What a recorded game adds to an after-action replay. */
export interface AfterActionGame {
  /** Who played each side, as the record names them (`person`, `policy`, `policy:NAME`). */
  players: { blue: string; red: string };
  /** The scenario's hash the game was played on (the record's, checked). */
  scenarioHash: string;
  /** Per turn, the orders each side gave (a policy's and a person's alike). */
  orders: { blue: readonly Order[]; red: readonly Order[] }[];
}

/** What an after-action replay shows. */
export interface AfterAction {
  scenario: string;
  /** The blue policy played: a policy's name, or for a game who played blue. */
  policy: string;
  seed: number;
  /** The final state hash, and each turn's (chained: stateHash(state, previous)). */
  hash: string;
  hashes: readonly string[];
  turns: readonly TurnRecord[];
  totals: Totals;
  log: readonly LogEntry[];
  /** Per turn, every unit at its end (units with no one left are left out). */
  units: UnitAt[][];
  sectors: { id: string; name: string }[];
  bases: { id: string; name: string }[];
  turnLengthDays: number;
  map?: MapGeometry;
  /** Present when the turns are a recorded game's. */
  game?: AfterActionGame;
}

/** One played turn, as the after-action collects it. */
interface PlayedTurn {
  readonly record: TurnRecord;
  readonly log: readonly LogEntry[];
  readonly state: SimState;
  readonly hash: string;
}

/** The names of the scenario's units, and of those its events add. */
function unitNames(scenario: Scenario): Map<string, string> {
  const names = new Map<string, string>(scenario.forces.map((f) => [f.id, f.name]));
  for (const e of scenario.events ?? [])
    for (const a of e.actions)
      if (a.type === 'add-force' && 'force' in a && typeof a.force === 'object' && a.force)
        names.set((a.force as { id: string }).id, (a.force as { name: string }).name);
  return names;
}

/** The turns' records, log, units and hashes, in one pass; the totals from the records. */
function collect(scenario: Scenario, compiled: CompiledScenario, played: Iterable<PlayedTurn>) {
  const names = unitNames(scenario);
  const turns: TurnRecord[] = [];
  const log: LogEntry[] = [];
  const units: UnitAt[][] = [];
  const hashes: string[] = [];
  for (const t of played) {
    turns.push(t.record);
    log.push(...t.log);
    hashes.push(t.hash);
    units.push(
      t.state.forces
        .filter((f) => f.personnel > 0)
        .map((f) => ({
          id: f.id,
          name: names.get(f.id) ?? f.spec?.name ?? f.id,
          side: f.side,
          role: f.role,
          personnel: f.personnel,
          location: f.location,
          movingTo: f.movingTo,
        })),
    );
  }
  const map = mapGeometry(scenario, compiled.exerciseRangeKm);
  return {
    hash: hashes.at(-1) ?? '',
    hashes,
    turns,
    totals: totalsOfRecords(turns) as unknown as Totals,
    log,
    units,
    sectors: scenario.sectors.map((s) => ({ id: s.id, name: s.name })),
    bases: (scenario.bases ?? []).map((b) => ({ id: b.id, name: b.name })),
    turnLengthDays: scenario.calendar.turnLengthDays,
    ...(map ? { map } : {}),
  };
}

/**
 * Plays the run an after-action replay shows, one turn at a time: the same records, log, state
 * hashes and totals as `simulate` (and `run --format json`) for the same scenario, policy and seed.
 *
 * @example
 * const aa = afterAction(loadScenario('scenarios/tajik-afghan-2021.json'), { seed: 7 });
 * aa.turns[26]?.bySector.panj?.attempts; // what run --seed 7 --format json says
 */
export function afterAction(scenario: Scenario, options: { seed: number; turns?: number; policy?: Policy }): AfterAction {
  const applied = applyPolicy(scenario, options.policy);
  const compiled = compileScenario(applied);
  const turns = options.turns ?? applied.calendar.turns;
  const fn = options.policy?.kind === 'function' ? options.policy : undefined;
  const sim = createSimulation(compiled, { seed: options.seed, freeze: false, ...(fn ? { policy: { name: fn.name, decide: fn.decide } } : {}) });
  // The initial state simulate starts from: with a world only when a policy function reads it.
  function* steps(): Generator<PlayedTurn> {
    let state = initialState(compiled, { world: fn !== undefined });
    let hash = stateHash(state, '');
    for (let t = 0; t < turns; t++) {
      const out = sim.step(state);
      state = out.state;
      hash = stateHash(state, hash);
      yield { record: out.record, log: out.log, state, hash };
    }
  }
  return {
    scenario: compiled.name,
    policy: options.policy?.name ?? applied.policy?.name ?? 'status-quo',
    seed: options.seed,
    ...collect(applied, compiled, steps()),
  };
}

/**
 * The after-action replay of a recorded game (`game.record()`, `save FILE` in `frontier-sim
 * play`): its turns replayed on `scenario` with each side's orders, every state hash checked
 * against the record's.
 *
 * @throws ReportError when the record is malformed, was played on another scenario (its
 *   scenario hash differs), has no turn, or is not reproduced (a state hash differs).
 * @example
 * const file = JSON.parse(readFileSync('game.json', 'utf8'));
 * const aa = afterActionOfGame(loadScenario('scenarios/tajik-afghan-2021.json'), file);
 * aa.game?.orders[0]?.blue; // blue's orders in turn 0
 */
export function afterActionOfGame(scenario: Scenario, file: unknown): AfterAction {
  const compiled = compileScenario(scenario);
  const outcome = replay(file, compiled);
  if (outcome.problems.length > 0) throw new ReportError(`not a game record of this scenario: ${outcome.problems.join('; ')}`);
  const f = file as ReplayFile;
  if (outcome.turns.length === 0) throw new ReportError('the game record has no turn played');
  if (outcome.firstMismatch !== null)
    throw new ReportError(
      outcome.firstMismatch < 0
        ? `the record's initial state hash ${f.initialHash} is not reproduced: the game was played with another version of the engine`
        : `the record is not reproduced: the state hash after turn ${outcome.firstMismatch} is ${outcome.turns[outcome.firstMismatch]?.hash}, the record's ${f.turns[outcome.firstMismatch]?.hash} (another version of the engine?)`,
    );
  // The scenario the game played: the record's blue policy, when one replaced the scenario's.
  const played = f.policy === undefined ? scenario : parseScenario({ ...scenario, policy: f.policy }, { source: `${compiled.name} + policy ${f.policy.name}` });
  const playedCompiled = f.policy === undefined ? compiled : compileScenario(played);
  return {
    scenario: compiled.name,
    policy: f.policy?.name ?? `blue: ${f.players.blue}`,
    seed: f.seed,
    ...collect(played, playedCompiled, outcome.turns),
    game: {
      players: { blue: f.players.blue, red: f.players.red },
      scenarioHash: f.scenarioHash,
      orders: outcome.turns.map((t) => ({ blue: t.orders.blue, red: t.orders.red })),
    },
  };
}
