import { loadScenario, parseScenario, quantityValue, type Scenario } from '../../src';
import { isRange } from '../../src/experiment/pointer';
import { DEFAULT_SCENARIO } from '../helpers/paths';
import { tempDir as removedAfterFile } from '../helpers/temp';

/** The bundled default scenario. */
export function defaultScenario(): Scenario {
  return loadScenario(DEFAULT_SCENARIO);
}

/** A fresh temporary directory, removed after the test file that made it. */
export function tempDir(): string {
  return removedAfterFile('frontier-exp-');
}

/** A copy of `value` with every range Quantity replaced by its nominal number. */
export function withoutRanges<T>(value: T): T {
  if (isRange(value)) return quantityValue(value as Parameters<typeof quantityValue>[0]) as T;
  if (Array.isArray(value)) return value.map(withoutRanges) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutRanges(v)])) as T;
  }
  return value;
}

/** An overlay that doubles the personnel of the first patrol force (a stronger patrol policy). */
export function doublePatrolOverlay(s: Scenario): { name: string; overlay: object } {
  const f = s.forces.find((x) => x.role === 'patrol');
  if (!f) throw new Error('the default scenario has no patrol force');
  return { name: `double-${f.id}`, overlay: { forces: [{ id: f.id, personnel: 2 * quantityValue(f.personnel) }] } };
}

export { parseScenario };
