/**
 * One run: a pure function of (scenario, seed, options).
 *
 * @module
 */
import { RandomStreams } from '../rng/streams';
import type { Scenario } from '../scenario/schema';
import { compileScenario, type CompiledScenario } from './compile';
import { FLOW_METRICS, type LogEntry, type Metrics, type RunResult, type TurnRecord } from './results';
import { ACTOR_KINDS } from '../scenario/schema';
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
  const sums = new Totals();
  let hash = wantHashes ? stateHash(state, '') : '';
  for (let t = 0; t < turns; t++) {
    const out = step(state, ctx);
    state = out.state;
    sums.add(out.record);
    if (detail) records.push(out.record);
    if (wantLog) for (const e of out.log) log.push(e);
    if (wantHashes) {
      hash = stateHash(state, hash);
      hashes.push(hash);
    }
  }
  return { seed: options.seed, scenario: compiled.name, turns: records, totals: sums.result(), finalState: state, log, hashes, hash };
}

/** Run totals: flows and costs summed, ratios from the summed counts, states averaged. */
class Totals {
  private readonly sum: Metrics = {};
  private turns = 0;
  private conflictSum = 0;
  private conflictMax = 0;
  private readinessSum = 0;
  private personnel = 0;

  add(r: TurnRecord): void {
    this.turns += 1;
    for (const m of FLOW_METRICS) this.sum[m] = (this.sum[m] ?? 0) + (r.metrics[m] ?? 0);
    for (const m of ['quickReactionSorties', 'cost']) this.sum[m] = (this.sum[m] ?? 0) + (r.metrics[m] ?? 0);
    for (const k of ACTOR_KINDS) {
      const km = r.byKind[k];
      for (const m of FLOW_METRICS) this.sum[`${k}.${m}`] = (this.sum[`${k}.${m}`] ?? 0) + (km?.[m] ?? 0);
    }
    const c = r.metrics.conflictShare ?? 0;
    this.conflictSum += c;
    this.conflictMax = Math.max(this.conflictMax, c);
    this.readinessSum += r.metrics.readiness ?? 0;
    this.personnel = r.metrics.personnel ?? 0;
  }

  result(): Metrics {
    const out: Metrics = {};
    const rate = (n: number | undefined, d: number | undefined) => ((d ?? 0) > 0 ? Math.min(1, (n ?? 0) / (d ?? 1)) : 0);
    for (const m of FLOW_METRICS) out[m] = this.sum[m] ?? 0;
    out.effectiveness = rate(this.sum.interdicted, this.sum.attempts);
    out.quickReactionSorties = this.sum.quickReactionSorties ?? 0;
    out.cost = this.sum.cost ?? 0;
    out.conflictShare = this.turns > 0 ? this.conflictSum / this.turns : 0;
    out.conflictShareMax = this.conflictMax;
    out.readiness = this.turns > 0 ? this.readinessSum / this.turns : 0;
    out.personnel = this.personnel;
    for (const k of ACTOR_KINDS) {
      for (const m of FLOW_METRICS) out[`${k}.${m}`] = this.sum[`${k}.${m}`] ?? 0;
      out[`${k}.effectiveness`] = rate(this.sum[`${k}.interdicted`], this.sum[`${k}.attempts`]);
    }
    return out;
  }
}

function isCompiled(s: Scenario | CompiledScenario): s is CompiledScenario {
  return 'sectorIndex' in s;
}
