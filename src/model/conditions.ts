/**
 * Declarative conditions of events and policy rules (docs/policies.md, "Conditions"): a small,
 * closed vocabulary read by this interpreter. A condition is JSON data; nothing in it is ever
 * evaluated as code (the schema rejects anything but the listed shapes, and this function only
 * compares numbers and strings).
 *
 * @module
 */
import type { ComparisonOp, Condition, ConditionMetric } from '../scenario/schema';
import { FLOW_METRICS, SUMMED_TURN_METRICS } from '../scenario/vocabulary';

/** What a condition can read; the engine supplies it from the state and the recent metrics. */
export interface ConditionEnv {
  readonly turn: number;
  /** The turn's first day, YYYY-MM-DD. */
  readonly date: string;
  readonly month: number;
  /** A metric over the last `window` completed turns, combined by `aggregate`. */
  metric(name: ConditionMetric, window: number, aggregate: 'sum' | 'mean' | 'min' | 'max' | 'last', sector?: string, kind?: string): number;
  flag(id: string): boolean;
  controller(province: string): string | undefined;
  actor(id: string, property: 'strength' | 'intent' | 'casualties'): number | undefined;
  force(id: string, property: 'personnel' | 'readiness' | 'fatigue' | 'quality' | 'casualties'): number | undefined;
  fired(id: string): boolean;
  drillActive(id: string): boolean;
}

/** The outcome of a condition and why: the leaves that decided it, with their values. */
export interface ConditionResult {
  readonly value: boolean;
  /** Human-readable cause, e.g. `clashes[sum 4 turns] = 5 >= 3`. */
  readonly cause: string;
  /** The values read, by a short name (for the log). */
  readonly data: Record<string, number | string>;
}

/** Metrics that add up over turns (a window sums them by default); the rest are averaged. */
const SUMMED = new Set<string>([...FLOW_METRICS, ...SUMMED_TURN_METRICS]);

/** The default aggregate of a metric: sum for flows, cost and sovereignty; mean for ratios and states. */
export function defaultAggregate(metric: string): 'sum' | 'mean' {
  return SUMMED.has(metric) ? 'sum' : 'mean';
}

/** `a op b`. */
export function compare(a: number | string, op: ComparisonOp, b: number | string): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    default:
      return false;
  }
}

const fmt = (v: number | string | undefined): string => (typeof v === 'number' ? String(Number(v.toPrecision(6))) : JSON.stringify(v ?? null));

function comparisons(
  label: string,
  actual: number | string,
  spec: Partial<Record<ComparisonOp, number | string>>,
  data: Record<string, number | string>,
): ConditionResult {
  data[label] = actual;
  const parts: string[] = [];
  let value = true;
  for (const op of Object.keys(spec) as ComparisonOp[]) {
    const b = spec[op];
    if (b === undefined) continue;
    const ok = compare(actual, op, b);
    value &&= ok;
    parts.push(`${label} ${fmt(actual)} ${op} ${fmt(b)}${ok ? '' : ' (false)'}`);
  }
  return { value, cause: parts.join(' and '), data };
}

/**
 * Evaluates a condition. Always walks the whole tree (no short cut), so the cause of a true
 * `all` lists every part, and an `any` lists the parts that held.
 *
 * @example
 * evaluateCondition({ turn: { '>=': 10 } }, env).value; // env.turn >= 10
 */
export function evaluateCondition(c: Condition, env: ConditionEnv, data: Record<string, number | string> = {}): ConditionResult {
  if ('all' in c) {
    const parts = c.all.map((x) => evaluateCondition(x, env, data));
    const value = parts.every((p) => p.value);
    return {
      value,
      cause: value
        ? parts.map((p) => p.cause).join('; ')
        : parts
            .filter((p) => !p.value)
            .map((p) => p.cause)
            .join('; '),
      data,
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => evaluateCondition(x, env, data));
    const held = parts.filter((p) => p.value);
    return {
      value: held.length > 0,
      cause: held.length > 0 ? held.map((p) => p.cause).join(' | ') : 'none of: ' + parts.map((p) => p.cause).join(' | '),
      data,
    };
  }
  if ('not' in c) {
    const inner = evaluateCondition(c.not, env, data);
    return { value: !inner.value, cause: `not (${inner.cause})`, data };
  }
  if ('turn' in c) return comparisons('turn', env.turn, c.turn, data);
  if ('date' in c) return comparisons('date', env.date, c.date, data);
  if ('month' in c) return comparisons('month', env.month, c.month, data);
  if ('metric' in c) {
    const window = c.window ?? 1;
    const agg = c.aggregate ?? defaultAggregate(c.metric);
    const where = [c.kind, c.sector].filter((x) => x !== undefined).join(',');
    const label = `${c.metric}${where ? `(${where})` : ''}[${agg} ${window}]`;
    const v = env.metric(c.metric, window, agg, c.sector, c.kind);
    data[label] = v;
    const value = compare(v, c.op, c.value);
    return { value, cause: `${label} = ${fmt(v)} ${c.op} ${fmt(c.value)}${value ? '' : ' (false)'}`, data };
  }
  if ('flag' in c) {
    const value = env.flag(c.flag);
    data[`flag:${c.flag}`] = value ? 1 : 0;
    return { value, cause: `flag ${c.flag} ${value ? 'set' : 'not set'}`, data };
  }
  if ('controlledBy' in c) {
    const who = env.controller(c.controlledBy.province);
    data[`controlledBy:${c.controlledBy.province}`] = who ?? '';
    const value = who === c.controlledBy.is;
    return { value, cause: `${c.controlledBy.province} held by ${who ?? 'nobody'}${value ? '' : ` (not ${c.controlledBy.is})`}`, data };
  }
  if ('actor' in c) {
    const v = env.actor(c.actor, c.property);
    const label = `${c.actor}.${c.property}`;
    data[label] = v ?? 'none';
    const value = v !== undefined && compare(v, c.op, c.value);
    return { value, cause: `${label} = ${fmt(v)} ${c.op} ${fmt(c.value)}${value ? '' : ' (false)'}`, data };
  }
  if ('force' in c) {
    const v = env.force(c.force, c.property);
    const label = `${c.force}.${c.property}`;
    data[label] = v ?? 'none';
    const value = v !== undefined && compare(v, c.op, c.value);
    return { value, cause: `${label} = ${fmt(v)} ${c.op} ${fmt(c.value)}${value ? '' : ' (false)'}`, data };
  }
  if ('fired' in c) {
    const value = env.fired(c.fired);
    data[`fired:${c.fired}`] = value ? 1 : 0;
    return { value, cause: `${c.fired} ${value ? 'has fired' : 'has not fired'}`, data };
  }
  if ('drillActive' in c) {
    const value = env.drillActive(c.drillActive);
    data[`drill:${c.drillActive}`] = value ? 1 : 0;
    return { value, cause: `drill ${c.drillActive} ${value ? 'active' : 'not active'}`, data };
  }
  // Unreachable for a validated scenario; an unknown shape is false, never code.
  return { value: false, cause: 'unknown condition', data };
}

/** The metric windows a condition reads (to size the history the engine keeps). */
export function conditionWindows(c: Condition): number[] {
  if ('all' in c) return c.all.flatMap(conditionWindows);
  if ('any' in c) return c.any.flatMap(conditionWindows);
  if ('not' in c) return conditionWindows(c.not);
  if ('metric' in c) return [c.window ?? 1];
  return [];
}
