/**
 * A calibration written as a scenario that experiments can sample: a file that `extends` the
 * calibrated scenario and narrows each range to its non-implausible part, keeping the range's
 * distribution (with its parameters written out, so that the narrower range is the prior
 * truncated, not a new shape). `compare calibrated.json --uncertainty ranges` then samples the
 * inputs the history has not ruled out.
 *
 * @module
 */
import type { Scenario } from '../scenario/schema';
import type { Calibration } from './calibration';
import { distributionSpec, resolveDistribution, type RangeSpec } from './input-distributions';
import { getAt, setAt } from './pointer';

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (a: Json[]) => a.length > 0 && a.every((e) => isObject(e) && typeof e.id === 'string');

/**
 * What changed from `a` to `b`, as an overlay with the merge rules of `extends`: objects by key,
 * arrays of entries with ids by id, any other array whole.
 */
export function overlayDiff(a: unknown, b: unknown): unknown {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (isObject(a) && isObject(b)) {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(b)) {
      const d = overlayDiff(a[key], b[key]);
      if (d !== undefined) out[key] = d;
    }
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b) && hasIds(a) && hasIds(b) && a.length === b.length) {
    const out: Json[] = [];
    b.forEach((e, i) => {
      const d = overlayDiff(a[i], e);
      if (d !== undefined) out.push({ id: (e as { id: string }).id, ...(d as Record<string, Json>) });
    });
    return out;
  }
  return b;
}

/**
 * The overlay file of a calibration: `{ extends, metadata, ...narrowed ranges }`.
 *
 * @param extendsPath - the calibrated scenario's path, relative to where the overlay is written
 * @param minShrink - narrow only ranges whose non-implausible width is below this share of the prior (default 0.95)
 */
export function calibrationOverlay(scenario: Scenario, c: Calibration, extendsPath: string, minShrink = 0.95): Record<string, unknown> {
  const doc = structuredClone(scenario) as unknown as Record<string, Json>;
  for (const r of c.ranges) {
    if (!(r.widthShare < minShrink)) continue;
    for (const input of r.inputs) {
      let spec: RangeSpec & Record<string, Json>;
      try {
        spec = getAt(doc, input.pointer) as RangeSpec & Record<string, Json>;
      } catch {
        continue; // a range of a variant only (an actor the targets remove): not in the scenario
      }
      const [lo, hi] = input.nonImplausible;
      const dist = resolveDistribution(spec);
      const narrowed: Record<string, Json> = {
        ...spec,
        min: lo,
        max: hi,
        source: `${spec.source ?? 'assumption'}; calibrated to [${lo.toPrecision(4)}, ${hi.toPrecision(4)}] from [${spec.min}, ${spec.max}] by history matching (frontier-sim calibrate, seed ${c.seed})`,
      };
      // A nominal value stays, moved inside the narrower range; without one, the midpoint is the new range's.
      if (spec.value !== undefined) narrowed.value = Math.min(hi, Math.max(lo, spec.value));
      if (dist.type !== 'uniform') narrowed.dist = distributionSpec(dist) as Json;
      setAt(doc, input.pointer, narrowed);
    }
  }
  const diff = (overlayDiff(scenario, doc) ?? {}) as Record<string, Json>;
  delete diff.metadata;
  return {
    extends: extendsPath,
    metadata: {
      name: `${scenario.metadata.name} (calibrated)`,
      description: `The non-implausible ranges of ${c.waves.length} waves of history matching against ${c.targets.length} targets (${Math.round(100 * c.ruledOut)} % of the input space ruled out); written by frontier-sim calibrate, seed ${c.seed}.`,
    },
    ...diff,
  };
}
