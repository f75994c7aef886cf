/**
 * Orders, well-formed and not, for the tests of the order validator
 * (src/scenario/generated/validate-orders.js) and of src/scenario/order-validation.ts: the orders
 * of tests/engine/policies.test.ts and of docs/policies.md, and malformed variants of them.
 */

/** Well-formed orders (tests/engine/policies.test.ts, docs/policies.md). */
export const VALID_ORDERS: readonly unknown[] = [
  // tests/engine/policies.test.ts
  { type: 'invite-guards', side: 'russia', sectors: ['a', 'b'], personnelPerSector: 300, arrivalDays: 21, staggerDays: 7 },
  { type: 'commit-reaction-force', side: 'csto', to: 'base', personnel: 1000, delayDays: 21 },
  { type: 'allow-quick-reaction', forces: ['ru-201'], noticeHours: 2 },
  { type: 'assistance', budgetUsdPerWeek: 10000, sectors: ['a'] },
  { type: 'assistance', budgetUsdPerWeek: 10000 },
  { type: 'reallocate', share: 0.25, receivers: 1, windowDays: 28 },
  { type: 'refugees', border: 'closed' },
  { type: 'refugees', border: 'open' },
  { type: 'deploy', force: 'g', to: 'b' },
  { type: 'deploy', force: 'ghost', to: 'b' },
  { type: 'invite-guards', side: 'russia', sectors: ['a'], personnelPerSector: 200, arrivalDays: 14 },
  // docs/policies.md
  { type: 'invite-guards', side: 'russia', sectors: ['panj', 'hamadoni'], arrivalDays: 42 },
  { type: 'reallocate', share: 0.2 },
  { type: 'deploy', force: 'border-wakhan', to: 'panj' },
  { type: 'invite-guards', sectors: ['panj'], side: 'russia' },
  { type: 'commit-reaction-force', to: 'bokhtar', role: 'patrol', side: 'csto' },
  { type: 'commit-reaction-force', side: 'csto', to: 'bokhtar', role: 'quick-reaction' },
  { type: 'allow-quick-reaction', forces: ['ru-201-bokhtar'], allowed: true },
  { type: 'allow-quick-reaction', forces: ['ru-201-bokhtar'], allowed: false },
  { type: 'assistance', budgetUsdPerWeek: 50000, days: 182 },
  { type: 'assistance', budgetUsdPerWeek: 0 },
  { type: 'reallocate' },
  { type: 'refugees', border: 'default' },
  // Quantities in their three forms.
  { type: 'invite-guards', side: 'russia', sectors: ['panj'], personnelPerSector: { value: 300, source: 'assumption' } },
  { type: 'commit-reaction-force', side: 'csto', to: 'bokhtar', personnel: { min: 500, max: 1500 }, delayDays: { min: 7, max: 28, value: 14, note: 'n' } },
];

/** Malformed orders and values that are not orders. */
export const INVALID_ORDERS: readonly unknown[] = [
  // tests/engine/policies.test.ts
  { type: 'launch-missiles' },
  { type: 'deploy', force: 'g' },
  // Not orders at all.
  undefined,
  null,
  0,
  'deploy',
  true,
  [],
  [{ type: 'deploy', force: 'g', to: 'b' }],
  {},
  { type: 7 },
  { type: null },
  { type: 'Deploy', force: 'g', to: 'b' },
  // Missing fields.
  { type: 'deploy' },
  { type: 'deploy', to: 'b' },
  { type: 'invite-guards' },
  { type: 'commit-reaction-force', personnel: 10 },
  { type: 'allow-quick-reaction' },
  { type: 'assistance', sectors: ['a'] },
  { type: 'refugees' },
  // Unknown fields.
  { type: 'deploy', force: 'g', to: 'b', speed: 3 },
  { type: 'reallocate', share: 0.2, sectors: ['a'], extra: true },
  { type: 'refugees', border: 'open', toString: 'x' },
  { type: 'refugees', border: 'open', constructor: 1 },
  JSON.parse('{"type":"refugees","border":"open","__proto__":{"x":1}}') as unknown,
  // Values out of range or of the wrong type.
  { type: 'deploy', force: 'G', to: 'b' },
  { type: 'deploy', force: 'g', to: 'b c' },
  { type: 'deploy', force: 3, to: 'b' },
  { type: 'invite-guards', sectors: [] },
  { type: 'invite-guards', sectors: ['a'], personnelPerSector: -1 },
  { type: 'invite-guards', sectors: ['a'], personnelPerSector: 1e8 },
  { type: 'invite-guards', sectors: ['a'], arrivalDays: { min: 'x', max: 14 } },
  { type: 'invite-guards', sectors: 'a' },
  { type: 'commit-reaction-force', to: 'bokhtar', role: 'garrison' },
  { type: 'allow-quick-reaction', forces: ['a'], allowed: 'yes' },
  { type: 'assistance', budgetUsdPerWeek: -5 },
  { type: 'assistance', budgetUsdPerWeek: 1, days: 0 },
  { type: 'assistance', budgetUsdPerWeek: Number.NaN },
  { type: 'assistance', budgetUsdPerWeek: Infinity },
  { type: 'reallocate', share: 1.5 },
  { type: 'reallocate', receivers: 0 },
  { type: 'reallocate', share: { value: 0.2, unit: 'x' } },
  { type: 'refugees', border: 'ajar' },
  // Missing and unknown fields at once: the missing ones are named.
  { type: 'deploy', force: 'g', where: 'b' },
];

export const ORDER_VALUES: readonly unknown[] = [...VALID_ORDERS, ...INVALID_ORDERS];
