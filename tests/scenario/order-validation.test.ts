/**
 * src/scenario/order-validation.ts (the precompiled order validator and its messages) against the
 * code src/engine/dynamics.ts checked a policy function's orders with until now: Ajv compiling
 * PolicyRuleSchemas.Order at run time. Same verdicts, same sentences.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ORDER_TYPES, orderProblem, orderProblems } from '../../src/scenario/order-validation';
import { PolicyRuleSchemas, type OrderType } from '../../src/scenario/schema';
import { INVALID_ORDERS, ORDER_VALUES, VALID_ORDERS } from './order-values';

/** The schema's order types, in its order, written out here (not read from the code under test). */
const SCHEMA_ORDER_TYPES = [
  'deploy',
  'invite-guards',
  'commit-reaction-force',
  'allow-quick-reaction',
  'assistance',
  'reallocate',
  'refugees',
  'route',
  'tempo',
  'split',
  'bribe',
  'reinforce',
];

// ---- The reference: orderProblem of src/engine/dynamics.ts, verbatim (before the switch) ----
let orderValidator: ValidateFunction | undefined;

function referenceOrderProblem(order: unknown): string | undefined {
  if (orderValidator === undefined) {
    const ajv = new Ajv2020({ strict: true, allErrors: false, inlineRefs: false });
    ajv.addKeyword({ keyword: 'unit', schemaType: 'string' });
    orderValidator = ajv.compile(JSON.parse(JSON.stringify(PolicyRuleSchemas.Order)));
  }
  if (orderValidator(order)) return undefined;
  const type = typeof order === 'object' && order !== null ? (order as { type?: unknown }).type : undefined;
  const known = SCHEMA_ORDER_TYPES;
  if (typeof type !== 'string' || !known.includes(type)) return `unknown order type ${JSON.stringify(type)}; expected one of ${known.join(', ')}`;
  // Ajv reports the first failing branch of the union: describe the branch of this type instead.
  const branch = (PolicyRuleSchemas.Order.anyOf as { properties: { type: { const: string } }; required?: string[]; properties_?: never }[]).find(
    (b) => b.properties.type.const === type,
  );
  const missing = (branch?.required ?? []).filter((k) => !(k in (order as object)));
  if (missing.length > 0) return `order ${type} needs ${missing.join(', ')}`;
  const extra = Object.keys(order as object).filter((k) => !(k in (branch?.properties ?? {})));
  if (extra.length > 0) return `order ${type} has unknown field(s) ${extra.join(', ')}`;
  return `order ${type} has a value out of range or of the wrong type`;
}
// ----------------------------------------------------------------------------------------------

describe('orderProblem', () => {
  it('accepts the well-formed orders', () => {
    for (const o of VALID_ORDERS) expect(orderProblem(o), JSON.stringify(o)).toBeUndefined();
  });

  it('rejects the malformed ones', () => {
    for (const o of INVALID_ORDERS) expect(orderProblem(o), String(JSON.stringify(o))).toBeTypeOf('string');
  });

  it('words its messages as src/engine/dynamics.ts did', () => {
    for (const o of ORDER_VALUES) expect(orderProblem(o), String(JSON.stringify(o))).toBe(referenceOrderProblem(o));
  });

  it('says what is wrong', () => {
    const all = 'deploy, invite-guards, commit-reaction-force, allow-quick-reaction, assistance, reallocate, refugees, route, tempo, split, bribe, reinforce';
    expect(orderProblem({ type: 'launch-missiles' })).toBe(`unknown order type "launch-missiles"; expected one of ${all}`);
    expect(orderProblem(null)).toBe(`unknown order type undefined; expected one of ${all}`);
    expect(orderProblem({ type: 7 })).toBe(`unknown order type 7; expected one of ${all}`);
    expect(orderProblem({ type: 'deploy', force: 'g' })).toBe('order deploy needs to');
    expect(orderProblem({ type: 'deploy' })).toBe('order deploy needs force, to');
    expect(orderProblem({ type: 'deploy', force: 'g', where: 'b' })).toBe('order deploy needs to');
    expect(orderProblem({ type: 'reallocate', share: 0.2, sectors: ['a'], extra: true })).toBe('order reallocate has unknown field(s) sectors, extra');
    expect(orderProblem({ type: 'reallocate', share: 1.5 })).toBe('order reallocate has a value out of range or of the wrong type');
  });

  it('agrees with the reference on arbitrary order-like values', () => {
    const fields = [
      'type',
      'force',
      'to',
      'sectors',
      'side',
      'personnelPerSector',
      'arrivalDays',
      'staggerDays',
      'role',
      'personnel',
      'delayDays',
      'forces',
      'allowed',
      'noticeHours',
      'budgetUsdPerWeek',
      'days',
      'share',
      'windowDays',
      'receivers',
      'border',
      'extra',
      'constructor',
      'valueOf',
    ];
    const value = fc.oneof(
      fc.constantFrom(...ORDER_TYPES, 'open', 'closed', 'default', 'patrol', 'quick-reaction', 'a', 'B', ''),
      fc.double(),
      fc.integer({ min: -5, max: 2000 }),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.constantFrom('a', 'panj', 'Bad Id', 3), { maxLength: 3 }),
      fc.record({ value: fc.double({ min: -1, max: 2 }) }),
      fc.record({ min: fc.integer({ min: -1, max: 5 }), max: fc.integer({ min: 0, max: 5 }) }),
    );
    const order = fc
      .tuple(fc.constantFrom(...ORDER_TYPES, 'nope'), fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: 6 }))
      .map(([type, rest]) => ({ type, ...rest }));
    fc.assert(
      fc.property(fc.oneof(order, fc.anything()), (o) => {
        expect(orderProblem(o)).toBe(referenceOrderProblem(o));
      }),
      { numRuns: 2000, seed: 20240613 },
    );
  });
});

describe('orderProblems', () => {
  it('is orderProblem of each order, holes included', () => {
    const orders = [...ORDER_VALUES];
    expect(orderProblems(orders)).toEqual(orders.map((o) => orderProblem(o)));
    // eslint-disable-next-line no-sparse-arrays -- a hole is the input under test
    const holey = [{ type: 'reallocate' }, , { type: 'refugees' }];
    expect(orderProblems(holey)).toEqual([undefined, orderProblem(undefined), 'order refugees needs border']);
  });
});

describe('ORDER_TYPES', () => {
  it('are the order types of the schema, in its order, frozen', () => {
    expect(ORDER_TYPES).toEqual(SCHEMA_ORDER_TYPES);
    expect(Object.isFrozen(ORDER_TYPES)).toBe(true);
    expectTypeOf<(typeof ORDER_TYPES)[number]>().toEqualTypeOf<OrderType>();
  });
});
