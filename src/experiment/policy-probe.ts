/**
 * Is a function policy's `decide` the same policy as its module's export? Worker threads call
 * the export, the calling thread calls `decide`; if they differ, the worker count changes the
 * numbers. Two functions are the same policy when they are the same object (the script imported
 * the module it names), or when, on every turn of a probe run, they give the same orders for the
 * same view and context: the probe plays the experiment's first run with `decide` and asks the
 * export at each of its turns (so a factory's two closures with equal settings pass, and two
 * closures of one source with other settings do not).
 *
 * @module
 */
import { compileScenario } from '../engine/compile';
import type { PolicyContext, PolicyFunction, PolicyView } from '../engine/policy-function';
import { play } from '../engine/play';
import { deriveSeed } from '../rng/hash';
import { canonicalJson } from '../scenario/hash';
import type { Scenario } from '../scenario/schema';
import { ExperimentError, oneLine } from './errors';

/** What {@link checkSamePolicy} needs of the policy. */
export interface ProbedPolicy {
  name: string;
  decide: PolicyFunction;
  module: string;
  exportName: string;
}

/** The first turn at which two policies disagree, with what each gave. */
interface Disagreement {
  turn: number;
  ours: string;
  theirs: string;
}

/**
 * Refuses a function policy whose `decide` and module export are not the same policy.
 *
 * @param scenario - The scenario the runs play (the policy's overlay applied).
 * @param rootSeed - The experiment's seed: the probe plays its first run.
 * @throws ExperimentError naming the first turn at which the two functions' orders differ.
 */
export function checkSamePolicy(scenario: Scenario, policy: ProbedPolicy, exported: PolicyFunction, rootSeed: number, turns: number): void {
  if (exported === policy.decide) return;
  const found = probe(scenario, policy.decide, exported, deriveSeed(rootSeed, 0), turns);
  if (found === undefined) return;
  throw new ExperimentError(
    `policy "${policy.name}": decide and the export ${JSON.stringify(policy.exportName)} of ${policy.module} are not the same policy ` +
      `(turn ${found.turn} of a probe run: decide gave ${clip(found.ours)}, the export ${clip(found.theirs)}); ` +
      'worker threads call the export, so the worker count would change the results: pass the export itself as decide, or name the module that holds decide',
  );
}

/** Ends a probe run early (the run's failure is the experiment's to report, not the probe's). */
const STOP = Symbol('probe stopped');

/**
 * Plays one run with `ours`, asking `theirs` at every turn; the first disagreement, if any. A
 * turn at which `ours` throws is compared too (the same error from both agrees), and ends the
 * probe: whatever else fails in the probe run is left to the experiment's runs to report, in
 * their words.
 */
function probe(scenario: Scenario, ours: PolicyFunction, theirs: PolicyFunction, seed: number, turns: number): Disagreement | undefined {
  let found: Disagreement | undefined;
  const both: PolicyFunction = (view: PolicyView, ctx: PolicyContext) => {
    let given: ReturnType<PolicyFunction>;
    let a: string;
    let failed = false;
    try {
      given = ours(view, ctx);
      a = ordersText(given);
    } catch (e) {
      a = `an error (${oneLine(e)})`;
      failed = true;
    }
    const b = answer(theirs, view, ctx);
    if (a !== b) found = { turn: view.turn, ours: a, theirs: b };
    if (failed || found !== undefined) throw STOP;
    return given;
  };
  try {
    play(compileScenario(scenario), { seed, turns, log: false, detail: false, hashes: false, freeze: false, policy: { name: 'probe', decide: both } });
  } catch (e) {
    if (e !== STOP && found === undefined) return undefined;
  }
  return found;
}

/** What a policy function answers, as text (a throw included, so that it is compared too). */
function answer(f: PolicyFunction, view: PolicyView, ctx: PolicyContext): string {
  try {
    return ordersText(f(view, ctx));
  } catch (e) {
    return `an error (${oneLine(e)})`;
  }
}

/** Orders as canonical JSON (keys sorted: two functions may build an order's fields in another order). */
function ordersText(orders: unknown): string {
  try {
    return canonicalJson(orders ?? []);
  } catch {
    return String(orders);
  }
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
