/**
 * Checks of uncertain inputs and historical targets beyond what the JSON Schema says: a
 * distribution's parameters must fit its range (a triangular mode inside it, a lognormal on
 * positive values), and a target needs a value or a band, with the actors it removes known.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { isJsonObject, type JsonObject, type JsonValue } from './sanitize';
import type { ValueIssue } from './validate';

const isNum = (v: JsonValue | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Issues of the `dist` of a range `q` (min <= max already checked) at `path`. */
export function checkDistribution(q: JsonObject, path: string[], issues: ValueIssue[]): void {
  const dist = q.dist;
  if (dist === undefined || !isNum(q.min) || !isNum(q.max)) return;
  const { min, max } = q;
  const type = typeof dist === 'string' ? dist : isJsonObject(dist) ? dist.type : undefined;
  const at = (field?: string) => (typeof dist === 'string' || field === undefined ? [...path, 'dist'] : [...path, 'dist', field]);
  if (type === 'triangular' && isJsonObject(dist) && isNum(dist.mode) && (dist.mode < min || dist.mode > max)) {
    issues.push({ path: at('mode'), anchor: 'value', message: `the triangular mode ${dist.mode} is outside the range [${min}, ${max}]` });
  }
  if (type === 'lognormal' && !(min > 0)) {
    issues.push({ path: at(), anchor: 'value', message: `a lognormal input needs min > 0, got [${min}, ${max}]` });
  }
  if ((type === 'normal' || type === 'lognormal' || type === 'beta' || type === 'triangular') && !(max > min)) {
    issues.push({ path: at(), anchor: 'value', message: `a ${String(type)} input needs max > min, got [${min}, ${max}]` });
  }
}

/** Issues of the scenario's `targets`. */
export function checkTargets(value: JsonObject, issues: ValueIssue[]): void {
  const targets = value.targets;
  if (!Array.isArray(targets)) return;
  const actors = new Set<string>();
  if (Array.isArray(value.actors)) for (const a of value.actors) if (isJsonObject(a) && typeof a.id === 'string') actors.add(a.id);
  const ids = new Set<string>();
  targets.forEach((t, i) => {
    if (!isJsonObject(t)) return;
    const path = ['targets', String(i)];
    if (typeof t.id === 'string') {
      if (ids.has(t.id)) issues.push({ path: [...path, 'id'], anchor: 'value', message: `target id "${t.id}" is used twice` });
      ids.add(t.id);
    }
    const band = t.band;
    if (t.value === undefined && band === undefined) issues.push({ path, anchor: 'value', message: 'a target needs a value or a band [low, high]' });
    if (t.value !== undefined && band !== undefined) issues.push({ path, anchor: 'value', message: 'a target has a value or a band, not both' });
    if (Array.isArray(band) && isNum(band[0]) && isNum(band[1]) && !(band[0] < band[1])) {
      issues.push({ path: [...path, 'band'], anchor: 'value', message: `band [${band[0]}, ${band[1]}] needs low < high` });
    }
    if (band === undefined && t.value !== undefined && t.sd === undefined) {
      issues.push({ path, anchor: 'value', message: 'a target with a single value needs its observation uncertainty sd' });
    }
    if (Array.isArray(t.withoutActors)) {
      t.withoutActors.forEach((a, j) => {
        if (typeof a === 'string' && !actors.has(a))
          issues.push({
            path: [...path, 'withoutActors', String(j)],
            anchor: 'value',
            message: `no actor "${a}" to remove (actors: ${[...actors].join(', ')})`,
          });
      });
    }
  });
}
