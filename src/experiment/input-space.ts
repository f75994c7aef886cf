/**
 * The input space of an experiment with uncertainty: every range a scenario declares (and,
 * in a comparison, every range any policy's scenario declares), as factors of a design.
 *
 * A factor is one uniform coordinate of the design: an input on its own, or a group of inputs
 * that share one draw (`"group": "complicity"` on each range). Inputs are addressed by JSON
 * pointer (id-based where array entries have ids, `/forces[id=border-panj]/complicity`), so the
 * space follows whatever fields a scenario has. A point's coordinate u of a factor gives each
 * input of the factor the value Q(u) of its own distribution ({@link inputQuantile}).
 *
 * @module
 */
import type { Scenario } from '../scenario/schema';
import { ExperimentError } from './errors';
import { inputQuantile, resolveDistribution, type InputDistribution, type RangeSpec } from './input-distributions';
import { findRanges, getAt, parsePointer } from './pointer';

/** One uncertain input of one scenario. */
export interface UncertainInput {
  pointer: string;
  distribution: InputDistribution;
  /** The value the scenario plays without uncertainty (its `value`, else the midpoint). */
  nominal: number;
  /** Index of its factor in {@link InputSpace.factors}. */
  factor: number;
}

/** A coordinate of the design: one input, or a group of inputs sharing one draw. */
export interface InputFactor {
  /** The pointer of a lone input, or `group:<id>`. */
  name: string;
  /** The pointers it sets (in any of the scenarios). */
  pointers: string[];
}

/** The factors, and each scenario's inputs. */
export interface InputSpace {
  factors: InputFactor[];
  /** Per scenario (in the order given), its inputs. */
  inputs: UncertainInput[][];
  /** Pointers held at their nominal values. */
  hold: string[];
}

/** Whether `pointer` is `prefix` or lies under it (segment by segment). */
export function pointerUnder(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

/**
 * The input space of one or more scenarios (a comparison's policies, each applied).
 *
 * @param hold - pointers (or prefixes: `/seasons` holds every range under it) kept at
 *   their nominal values
 * @throws ExperimentError for a hold pointer that names no range, or no inputs at all.
 * @example
 * const space = inputSpace([scenario], { hold: ['/seasons'] });
 * space.factors.length; // the design's dimension
 */
export function inputSpace(scenarios: readonly Scenario[], options: { hold?: readonly string[] } = {}): InputSpace {
  const hold = [...(options.hold ?? [])];
  for (const h of hold) parsePointer(h);
  const used = new Set<string>();
  const factors: InputFactor[] = [];
  const byName = new Map<string, number>();
  const inputs = scenarios.map((s) => {
    const list: UncertainInput[] = [];
    for (const r of findRanges(s)) {
      const held = hold.find((h) => pointerUnder(r.pointer, h));
      if (held !== undefined) {
        used.add(held);
        continue;
      }
      const spec = getAt(s, r.pointer) as RangeSpec & { group?: string };
      const name = spec.group !== undefined ? `group:${spec.group}` : r.pointer;
      let factor = byName.get(name);
      if (factor === undefined) {
        factor = factors.length;
        byName.set(name, factor);
        factors.push({ name, pointers: [] });
      }
      const f = factors[factor] as InputFactor;
      if (!f.pointers.includes(r.pointer)) f.pointers.push(r.pointer);
      let distribution: InputDistribution;
      try {
        distribution = resolveDistribution(spec);
      } catch (e) {
        throw new ExperimentError(`${r.pointer}: ${(e as Error).message}`);
      }
      list.push({ pointer: r.pointer, distribution, nominal: spec.value ?? (spec.min + spec.max) / 2, factor });
    }
    return list;
  });
  const unused = hold.filter((h) => !used.has(h));
  if (unused.length > 0) throw new ExperimentError(`hold: no range at or under ${unused.join(', ')}`);
  if (factors.length === 0)
    throw new ExperimentError('uncertainty "ranges" needs uncertain inputs: the scenario declares no range { min, max } (or all are held)');
  return { factors, inputs, hold };
}

/**
 * The values of one design point for one scenario's inputs: pointer → Q(u of its factor).
 *
 * @param unit - the point's coordinates, one per factor, in [0, 1]
 */
export function pointValues(inputs: readonly UncertainInput[], unit: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const input of inputs) out[input.pointer] = inputQuantile(input.distribution, unit[input.factor] as number);
  return out;
}
