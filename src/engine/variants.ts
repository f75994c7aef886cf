/**
 * The scenario as events and orders changed its parameters during a run: compiled again, once
 * per set of changes, a few kept (docs/model.md §13).
 *
 * @module
 */
import { setCreating } from '../scenario/pointer';
import type { Scenario } from '../scenario/schema';
import { compileScenario, type CompiledScenario } from './compile';

/**
 * The compiled scenario with the parameters events changed (cached per set of changes). Only
 * `parameters` change, so ids and indices stay those of the base.
 */
export function scenarioWithParameters(
  base: CompiledScenario,
  params: Readonly<Record<string, number | string>>,
  cache: Map<string, CompiledScenario>,
): CompiledScenario {
  const keys = Object.keys(params).sort();
  if (keys.length === 0) return base;
  const key = JSON.stringify(keys.map((k) => [k, params[k]]));
  let c = cache.get(key);
  if (c === undefined) {
    const source = structuredClone(base.source) as Scenario;
    for (const k of keys) setCreating(source as unknown as Record<string, unknown>, k, params[k] as number | string);
    c = compileScenario(source);
    // A few variants are kept, the oldest dropped: events that keep changing parameters would
    // otherwise keep a compiled scenario for every turn (a variant is compiled again when needed).
    if (cache.size >= MAX_VARIANTS) cache.delete(cache.keys().next().value as string);
    cache.set(key, c);
  }
  return c;
}

/** Compiled variants a run keeps (see {@link scenarioWithParameters}). */
const MAX_VARIANTS = 4;
