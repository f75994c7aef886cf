/**
 * The adversary a candidate allocation is evaluated against. Blue commits to an allocation for
 * the whole run; red either keeps crossing where it always did (a fixed adversary: what a
 * planner who ignores adaptation assumes) or adapts to what it meets (the scenario's logit
 * displacement, docs/model.md §2). An {@link AdversaryModel} is the hook through which a red
 * policy (a red player, once red has orders of its own) is plugged in: a transform of the
 * scenario and/or a policy function played every turn.
 *
 * @module
 */
import { compileScenario } from '../../engine/compile';
import { applyOverlay, parseScenario } from '../../scenario';
import type { Scenario } from '../../scenario/schema';
import type { FunctionPolicy } from '../policy';

/** How red responds to blue's allocation. */
export interface AdversaryModel {
  /** Name shown in results and used in cache keys (distinct per model). */
  readonly name: string;
  /** Whether red responds to the allocation (results call the optimum against it "robust"). */
  readonly adapts: boolean;
  /**
   * The scenario as this adversary plays it. It must keep the scenario's sectors and forces
   * (same ids, same order): the allocation is applied to its result.
   */
  scenario(scenario: Scenario): Scenario;
  /** A policy function played every turn of every run (e.g. a red player). */
  readonly policy?: FunctionPolicy;
}

/** Whether any actor of the scenario re-routes when interdicted (displacement sensitivity > 0). */
export function hasDisplacement(scenario: Scenario): boolean {
  return compileScenario(scenario).actors.some((a) => a.displacementSensitivity > 0);
}

/**
 * The scenario with every actor's displacement sensitivity set to 0: each actor crosses where
 * its presence puts it, whatever the defence (docs/model.md §2: θ = 0 means no adaptation).
 */
export function withoutDisplacement(scenario: Scenario): Scenario {
  if (!hasDisplacement(scenario)) return scenario;
  const overlay = { actors: scenario.actors.map((a) => ({ id: a.id, displacementSensitivity: 0 })) };
  return parseScenario(applyOverlay(scenario, overlay, { source: 'fixed adversary (no displacement)' }), {
    source: `${scenario.metadata.name}, fixed adversary`,
  });
}

/** Red adapts as the scenario says (logit route choice on remembered interdiction rates). */
export const ADAPTIVE_ADVERSARY: AdversaryModel = { name: 'adaptive', adapts: true, scenario: (s) => s };

/** Red is held fixed: no displacement, attempts go where the actors' presence puts them. */
export const FIXED_ADVERSARY: AdversaryModel = { name: 'fixed', adapts: false, scenario: withoutDisplacement };
