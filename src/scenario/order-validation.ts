/**
 * Checking the orders a policy function returns (docs/policies.md): JSON Schema validation of
 * each order against `PolicyRuleSchemas.Order` with the precompiled validator
 * (`generated/validate-orders.js`, written by `npm run schema`), and one readable sentence for a
 * malformed order.
 *
 * Loads neither TypeBox, nor Ajv's compiler, nor the scenario parser: the engine (and so the Monte
 * Carlo worker) imports it. The generated code may import Ajv's small run-time helpers
 * (`ajv/dist/runtime/*`); today it imports none. tests/scenario/runtime-modules.test.ts keeps the
 * import graph clean; tests/scenario/schema-file.test.ts checks that the generated validator is
 * up to date and agrees with Ajv compiling the schema at run time.
 *
 * @module
 */
import { orderShapes, validate as validateOrder, type OrderShapeType } from './generated/validate-orders';

/** The order types, in the order of the schema's union. */
export const ORDER_TYPES: readonly OrderShapeType[] = Object.freeze(orderShapes.map((s) => s.type));

/**
 * Why an order (from a policy function) is malformed, or undefined when it is a well-formed
 * order. The message names an unknown type, the missing required fields, the unknown fields, or
 * else says that a value is out of range or of the wrong type.
 *
 * @example
 * orderProblem({ type: 'refugees', border: 'open' });  // undefined
 * orderProblem({ type: 'deploy', force: 'a' });        // 'order deploy needs to'
 */
export function orderProblem(order: unknown): string | undefined {
  if (validateOrder(order)) return undefined;
  const type = typeof order === 'object' && order !== null ? (order as { type?: unknown }).type : undefined;
  const known: readonly string[] = ORDER_TYPES;
  if (typeof type !== 'string' || !known.includes(type)) return `unknown order type ${JSON.stringify(type)}; expected one of ${known.join(', ')}`;
  // Ajv reports the first failing branch of the union: describe the branch of this type instead.
  const shape = orderShapes.find((s) => s.type === type);
  const missing = (shape?.required ?? []).filter((k) => !(k in (order as object)));
  if (missing.length > 0) return `order ${type} needs ${missing.join(', ')}`;
  const extra = Object.keys(order as object).filter((k) => !(k in (shape?.properties ?? {})));
  if (extra.length > 0) return `order ${type} has unknown field(s) ${extra.join(', ')}`;
  return `order ${type} has a value out of range or of the wrong type`;
}

/**
 * {@link orderProblem} of each order, in order: the same length as `orders` (holes read as
 * `undefined` orders), `undefined` where the order is well-formed.
 */
export function orderProblems(orders: readonly unknown[]): (string | undefined)[] {
  return Array.from(orders, (o) => orderProblem(o));
}
