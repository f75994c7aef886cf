/**
 * One run: a pure function of (scenario, seed, options).
 *
 * @module
 */
import { RandomStreams } from '../rng/streams';
import type { Scenario } from '../scenario/schema';
import { compileScenario, type CompiledScenario } from './compile';
import type { LogEntry, Metrics, RunResult, TurnRecord } from './results';
import { initialState } from './state';
import { stateHash } from './state-hash';
import { createStepContext, step } from './step';

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** The run's seed: a non-negative safe integer. Same seed, same result, bit for bit. */
  seed: number;
  /** Turns to play; defaults to the scenario's calendar. */
  turns?: number;
  /** Keep the event log (default true). */
  log?: boolean;
  /** Keep per-turn records with per-sector and per-kind metrics (default true). */
  detail?: boolean;
  /** Compute a state hash after every turn (default true). */
  hashes?: boolean;
}

/**
 * Runs a scenario once.
 *
 * @param scenario - a validated scenario (from {@link loadScenario} or {@link parseScenario}), or
 *   one already compiled with `compileScenario` (faster when running it many times)
 * @example
 * import { loadScenario, simulate } from 'frontier-sim';
 * const result = simulate(loadScenario('scenarios/tajik-afghan-2021.json'), { seed: 7 });
 * console.log(result.totals.gotAway, result.hash);
 */
export function simulate(scenario: Scenario | CompiledScenario, options: SimulateOptions): RunResult {
  const compiled = isCompiled(scenario) ? scenario : compileScenario(scenario);
  const turns = options.turns ?? compiled.turns;
  if (!Number.isSafeInteger(turns) || turns < 0) throw new RangeError(`turns must be a non-negative integer, got ${turns}`);
  const streams = new RandomStreams(options.seed);
  const detail = options.detail ?? true;
  const wantLog = options.log ?? true;
  const wantHashes = options.hashes ?? true;
  const ctx = createStepContext(compiled, streams, { log: wantLog, detail });

  let state = initialState(compiled);
  const records: TurnRecord[] = [];
  const log: LogEntry[] = [];
  const hashes: string[] = [];
  const totals: Metrics = {};
  let hash = wantHashes ? stateHash(state, '') : '';
  for (let t = 0; t < turns; t++) {
    const out = step(state, ctx);
    state = out.state;
    addInto(totals, out.record.metrics, '');
    for (const [kind, m] of Object.entries(out.record.byKind)) addInto(totals, m, `${kind}.`);
    if (detail) records.push(out.record);
    if (wantLog) for (const e of out.log) log.push(e);
    if (wantHashes) {
      hash = stateHash(state, hash);
      hashes.push(hash);
    }
  }
  return { seed: options.seed, scenario: compiled.name, turns: records, totals, finalState: state, log, hashes, hash };
}

function isCompiled(s: Scenario | CompiledScenario): s is CompiledScenario {
  return 'sectorIndex' in s;
}

function addInto(into: Metrics, from: Metrics, prefix: string): void {
  for (const [k, v] of Object.entries(from)) into[prefix + k] = (into[prefix + k] ?? 0) + v;
}
