/**
 * Reading a `Quantity` (a numeric parameter with a unit: a number, a sourced value, or a range for
 * sweeps; its schema is `Quantity` in schema.ts). Imports nothing, so that the engine can read
 * quantities without loading TypeBox.
 *
 * @module
 */

/** Any Quantity, whatever its bounds: what engine code reads through `quantityValue`. */
export type QuantityValue =
  | number
  | { value: number; source?: string; note?: string }
  | { min: number; max: number; value?: number; source?: string; note?: string; dist?: unknown; group?: string };

/**
 * The nominal value of a `Quantity`: the number, its `value`, or a range's midpoint.
 *
 * @example
 * quantityValue(3);                    // 3
 * quantityValue({ min: 1, max: 2 });   // 1.5
 */
export function quantityValue(q: QuantityValue): number {
  if (typeof q === 'number') return q;
  if ('min' in q) return q.value ?? (q.min + q.max) / 2;
  return q.value;
}
