/**
 * The turn loop of one run of a compiled scenario (what `simulate` does once the scenario is
 * compiled and a declarative policy applied): one working state changed in place, the run's
 * totals summed from each turn's typed accumulators, hashes and records only when asked for.
 *
 * Imports nothing from the scenario parser, so that the Monte Carlo worker's bundle, which calls
 * {@link play} directly, does not load it.
 *
 * @module
 */
import { RandomStreams } from '../rng/streams';
import { LIMITS } from '../scenario/limits';
import type { CompiledScenario } from './compile';
import type { PolicyFunction } from './policy-function';
import { mutableWorld, type MutableActor, type MutableForce, type MutableSector } from './world';
import type { LogEntry, RunResult, TurnRecord } from './results';
import { TurnScratch } from './scratch';
import { initialState, type SimState } from './state';
import { stateHash } from './state-hash';
import { createStepContext, playTurn, type StepContext } from './step';
import type { RunState } from './kernel/run-state';
import { freezeState, stateOf } from './view';
import { RowLayout, RunTotals } from './recorder';

/** Options of {@link play}: those of `simulate`, with the turns decided and a policy function only. */
export interface PlayOptions {
  seed: number;
  turns: number;
  /** Keep the log: every entry (true), all but the routine crossings and clashes ('events'), or none. */
  log?: boolean | 'events';
  detail?: boolean;
  hashes?: boolean;
  freeze?: boolean;
  policy?: { readonly name: string; readonly decide: PolicyFunction };
}

/**
 * Plays one run of a compiled scenario: `simulate` once the scenario is compiled and a
 * declarative policy applied. The Monte Carlo worker calls it directly, so that its bundle does
 * not load the scenario parser.
 */
export function play(compiled: CompiledScenario, options: PlayOptions, eager = false): RunResult {
  const turns = options.turns;
  if (!Number.isSafeInteger(turns) || turns < 0 || turns > LIMITS.turns)
    throw new RangeError(`turns must be an integer from 0 to ${LIMITS.turns}, got ${turns}`);
  // Room for a crossing stream per actor and sector, and a few more (events, drills), at once.
  const expected = compiled.actors.length * compiled.sectors.length + 16;
  const idle = idleStreams.pop();
  // Reused unless it holds many more streams than this run needs (a larger scenario's).
  const streams = idle !== undefined && idle.size <= 4 * expected ? idle.reseed(options.seed) : new RandomStreams(options.seed, expected);
  const fn = options.policy;
  const wantLog = (options.log ?? true) !== false;
  const wantHashes = options.hashes ?? true;
  // Without a policy function a run is a pure function of (scenario, seed, turns): its log and
  // hashes, which cost many times the rest of a run (docs/performance.md), are then worked out
  // by replaying it when first read. A policy function is the user's code, and is called once a
  // turn, never twice: with one, they are kept as the run goes.
  const onDemand = !eager && fn === undefined && (wantLog || wantHashes);
  const scratch = idleScratch.pop() ?? new TurnScratch();
  try {
    const ctx = createStepContext(compiled, streams, {
      log: wantLog && !onDemand,
      detail: options.detail ?? true,
      freeze: options.freeze ?? true,
      scratch,
      ...(fn ? { policy: fn } : {}),
    });
    const result = run(compiled, turns, options.seed, ctx, fn !== undefined, wantHashes && !onDemand, options.log !== 'events');
    if (onDemand)
      replayOnDemand(
        result,
        () => play(compiled, { seed: options.seed, turns, log: options.log ?? true, detail: false, hashes: wantHashes, freeze: false }, true),
        wantLog,
        wantHashes,
      );
    return result;
  } finally {
    idleScratch.push(scratch);
    // Nothing the run returns refers to its streams (a result holds numbers, records and states).
    if (idleStreams.length < MAX_IDLE_STREAMS) idleStreams.push(streams);
  }
}

/**
 * Makes `result.log`, `.hashes` and `.hash` getters that replay the run once, when one of them
 * is first read, and keep what the replay gave (the same values the run would have kept: the
 * log and hashes never change a number, tests/engine/determinism.test.ts). Those not asked for
 * stay empty.
 */
function replayOnDemand(result: RunResult, replay: () => RunResult, wantLog: boolean, wantHashes: boolean): void {
  let kept: RunResult | undefined;
  const replayed = (): RunResult => (kept ??= replay());
  const lazy = (key: 'log' | 'hashes' | 'hash', read: (r: RunResult) => unknown): void => {
    let value: unknown;
    Object.defineProperty(result, key, {
      enumerable: true,
      configurable: true,
      get: () => (value ??= read(replayed())),
    });
  };
  lazy('log', (r) => (wantLog ? r.log : []));
  lazy('hashes', (r) => (wantHashes ? r.hashes : []));
  lazy('hash', (r) => (wantHashes ? r.hash : ''));
}

/** Random streams of finished runs, reseeded by the next run (RandomStreams.reseed). */
const idleStreams: RandomStreams[] = [];
/** As many as runs nest (a policy function that simulates); more would only hold memory. */
const MAX_IDLE_STREAMS = 4;

/**
 * Scratch buffers of finished runs, for the next run to reuse (a run takes one and gives it
 * back, so runs nested in a policy function get their own).
 */
const idleScratch: TurnScratch[] = [];

/** Log entries that come one per actor, sector and turn: left out of a log kept as 'events'. */
const ROUTINE: ReadonlySet<string> = new Set(['crossings', 'clash']);

function run(compiled: CompiledScenario, turns: number, seed: number, ctx: StepContext, world: boolean, wantHashes: boolean, routine: boolean): RunResult {
  const { detail, log: wantLog } = ctx;

  // The run owns its state: one working state, changed in place turn after turn (step.ts), and
  // seen as a SimState only when hashed and at the end.
  const w = adopt(initialState(compiled, { world }), compiled);
  // The recorder's rows (recorder.ts): the totals from each, and every turn's kept for its
  // record when the run keeps its detail (named when `turns` is first read).
  const layout = new RowLayout(compiled.sectors.length);
  const rows: { readonly turn: number; readonly date: string; readonly row: Float64Array }[] = [];
  // A run that keeps no detail writes no row (its totals add the turn itself, RunTotals.addTurn).
  let row = new Float64Array(detail ? layout.size : 0);
  const log: LogEntry[] = [];
  const hashes: string[] = [];
  const sums = new RunTotals();
  let hash = wantHashes ? stateHash(stateOf(w), '') : '';
  for (let t = 0; t < turns; t++) {
    const out = playTurn(w, ctx);
    if (detail) {
      sums.add(layout.write(out, row), layout);
      rows.push({ turn: out.turn, date: out.date, row });
      row = new Float64Array(layout.size);
    } else sums.addTurn(out);
    // Only one turn's routine entries are held at a time when they are not kept.
    if (wantLog) for (const e of out.log) if (routine || !ROUTINE.has(e.type)) log.push(e);
    if (wantHashes) {
      hash = stateHash(stateOf(w), hash);
      hashes.push(hash);
    }
  }
  // The final state as JSON is built when first read: a Monte Carlo never reads it, and its
  // history's named records are most of a run's remaining allocation. The working state is not
  // touched after this point, so reading it later gives the same state. The turns' records
  // likewise, from their rows.
  let finalState: SimState | undefined;
  let records: TurnRecord[] | undefined;
  const result = { seed, scenario: compiled.name } as unknown as { -readonly [K in keyof RunResult]: RunResult[K] };
  Object.defineProperty(result, 'turns', {
    enumerable: true,
    configurable: true,
    get: (): TurnRecord[] => (records ??= rows.map((r) => layout.record(r.row, r.turn, r.date, compiled, true))),
  });
  result.totals = sums.result() as unknown as RunResult['totals'];
  Object.defineProperty(result, 'finalState', {
    enumerable: true,
    configurable: true,
    get(): SimState {
      if (finalState === undefined) {
        finalState = stateOf(w);
        if (ctx.freeze) freezeState(finalState);
      }
      return finalState;
    },
  });
  result.log = log;
  result.hashes = hashes;
  result.hash = hash;
  return result;
}

/** The working state of a fresh initial state (its objects are the run's own: no copy). */
function adopt(state: SimState, compiled: CompiledScenario): RunState {
  return {
    turn: state.turn,
    sectors: state.sectors as MutableSector[],
    forces: state.forces as MutableForce[],
    actors: state.actors as MutableActor[],
    world: state.world === undefined ? null : mutableWorld(state.world, compiled),
  };
}
