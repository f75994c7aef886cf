/**
 * The names of the metrics a run of a scenario reports (its totals' keys), known before any run:
 * the totals of a run of no turns have every key a run has. Experiments check the metric names
 * they are given (per-turn series, precision targets, a sweep's metrics) against these before
 * any work, whatever the worker count.
 *
 * @internal
 * @module
 */
import { compileScenario } from '../engine/compile';
import { play } from '../engine/play';
import type { Scenario } from '../scenario/schema';

const cache = new WeakMap<Scenario, readonly string[]>();

/** The metrics every run of `scenario` reports, in the order of its totals. */
export function runMetricNames(scenario: Scenario): readonly string[] {
  let names = cache.get(scenario);
  if (names === undefined) {
    names = Object.keys(play(compileScenario(scenario), { seed: 0, turns: 0, log: false, detail: false, hashes: false, freeze: false }).totals);
    cache.set(scenario, names);
  }
  return names;
}

/** Whether `name` is one of `names` (an own name: never `constructor` or `__proto__`). */
export function isMetric(names: readonly string[], name: unknown): name is string {
  return typeof name === 'string' && names.includes(name);
}
