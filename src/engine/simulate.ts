/**
 * One run: a pure function of (scenario, seed, options).
 *
 * @module
 */
import type { DeclarativePolicy, Scenario } from '../scenario/schema';
import { isValidated, parseScenario } from '../scenario/load';
import { LIMITS } from '../scenario/limits';
import { compileScenario, type CompiledScenario } from './compile';
import type { PolicyFunction } from './dynamics';
import { play, type PlayOptions } from './play';
import type { RunResult } from './results';

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** The run's seed: a non-negative safe integer. Same seed, same result, bit for bit. */
  seed: number;
  /** Turns to play; defaults to the scenario's calendar. */
  turns?: number;
  /**
   * Keep the event log (default true); `'events'` keeps every entry but the routine ones, one per
   * actor, sector and turn (`crossings`, `clash`), which on a long border are most of a run's
   * memory; false keeps none.
   */
  log?: boolean | 'events';
  /** Keep per-turn records with per-sector and per-kind metrics (default true). */
  detail?: boolean;
  /** Compute a state hash after every turn (default true). */
  hashes?: boolean;
  /**
   * Deep-freeze every state (default true). Monte Carlo runs turn it off: they keep only the
   * totals, and freezing costs about a third of a turn. Never changes a number.
   */
  freeze?: boolean;
  /**
   * A policy: a function `(view, ctx) => Order[]`, `{ kind: 'function', name, decide }`, or a
   * declarative policy `{ name, description?, rules }` (docs/policies.md). A declarative policy
   * replaces the scenario's own `policy`.
   */
  policy?: PolicyFunction | { kind: 'function'; name: string; decide: PolicyFunction } | DeclarativePolicy;
}

/**
 * Runs a scenario once.
 *
 * @param scenario - a validated scenario (from {@link loadScenario} or {@link parseScenario}), or
 *   one already compiled with `compileScenario` (faster when running it many times). Any other
 *   object, or a validated one changed since, is validated first: a ScenarioError says what is
 *   wrong with it, instead of a run of NaNs.
 * @throws {ScenarioError} for a scenario that is not valid; RangeError for `turns` outside
 *   0 to LIMITS.turns or a bad seed.
 * @example
 * import { loadScenario, simulate } from 'frontier-sim';
 * const result = simulate(loadScenario('scenarios/tajik-afghan-2021.json'), { seed: 7 });
 * console.log(result.totals.gotAway, result.hash);
 */
export function simulate(scenario: Scenario | CompiledScenario, options: SimulateOptions): RunResult {
  if (typeof options !== 'object' || options === null) throw new TypeError('simulate needs options { seed }');
  const turns = options.turns;
  if (turns !== undefined && (!Number.isSafeInteger(turns) || turns < 0 || turns > LIMITS.turns)) {
    throw new RangeError(`turns must be an integer from 0 to ${LIMITS.turns}, got ${String(turns)}`);
  }
  let compiled = isCompiled(scenario)
    ? scenario
    : compileScenario(isValidated(scenario) ? scenario : parseScenario(scenario as object, { source: 'simulate: scenario' }));
  const policy = options.policy;
  let fn: { name: string; decide: PolicyFunction } | undefined;
  if (typeof policy === 'function') fn = { name: policy.name || 'policy', decide: policy };
  else if (policy !== undefined && (policy as { kind?: string }).kind === 'function') {
    const p = policy as { name: string; decide: PolicyFunction };
    if (typeof p.decide !== 'function') throw new TypeError(`policy ${JSON.stringify(p.name)}: decide must be a function (view, ctx) => Order[]`);
    fn = { name: p.name, decide: p.decide };
  } else if (policy !== undefined) {
    // A declarative policy: validated with the scenario (schema and references), then compiled.
    compiled = compileScenario(
      parseScenario({ ...compiled.source, policy }, { source: `${compiled.name} + policy ${(policy as DeclarativePolicy).name ?? ''}` }),
    );
  }
  const played: PlayOptions = { seed: options.seed, turns: options.turns ?? compiled.turns };
  if (options.log !== undefined) played.log = options.log;
  if (options.detail !== undefined) played.detail = options.detail;
  if (options.hashes !== undefined) played.hashes = options.hashes;
  if (options.freeze !== undefined) played.freeze = options.freeze;
  if (fn !== undefined) played.policy = fn;
  return play(compiled, played);
}

function isCompiled(s: Scenario | CompiledScenario): s is CompiledScenario {
  return typeof s === 'object' && s !== null && 'sectorIndex' in s;
}
