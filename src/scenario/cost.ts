/**
 * The cost model of a turn: an upper bound on the engine's work and memory for a scenario, from
 * its sizes, so that ANY scenario that validates plays a turn within {@link WORK_BUDGET} (about 2 s
 * of CPU on the reference machine) and {@link MEMORY_BUDGET} (1 GiB). Counting only the sizes of
 * the file (sectors, actors, units) is not enough: a turn's work also grows with what its events
 * and rules may do (every event may fire every turn), with the windows its conditions look back
 * over, with the battles its armed groups may fight, and with the units orders may add.
 *
 * Each term is a count of the engine's operations times a coefficient in microseconds, measured
 * by `npm run bench -- limits` (bench/limits.ts) and rounded up; docs/limits.md gives the model,
 * its coefficients and the measured figures. The bound assumes the log off (as a Monte Carlo
 * runs; the log's routine entries are at most one per actor and sector a turn); a policy
 * FUNCTION's own time is its author's, but what its orders may grow is bounded here and by
 * LIMITS.unitsInRun and LIMITS.ordersPerTurn.
 *
 * Defensive: it runs on a value that may have failed the schema, counting what it can.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { LIMITS } from './limits';
import { isJsonObject, type JsonObject, type JsonValue } from './sanitize';
import type { ValueIssue } from './validate';

/** Most work a turn may cost (µs of CPU on the reference machine: docs/limits.md). */
export const WORK_BUDGET = 2_000_000;
/** Most memory a run may hold besides its results (bytes). */
export const MEMORY_BUDGET = 1024 * 1024 * 1024;

/** Battles fought by one armed group in one sector in one turn, at most (src/model/engagement.ts). */
const MAX_BATTLES_PER_SECTOR = 256;
/** Flow metrics a turn keeps per sector and per kind (src/engine/results.ts), and kinds. */
const FLOW_METRICS = 16;
const KINDS = 4;

/** The coefficients of the model (µs a unit of work; bytes a unit of memory), rounded up. */
export const COST = {
  /** Resolving one (actor, sector) pair: attempts, detection, response. */
  pair: 3,
  /** One battle of an armed group (a stochastic Lanchester engagement). */
  battle: 2,
  /** A sector's defence and metrics. */
  sector: 3,
  /** A unit's movement, readiness and place in the quick-reaction index. */
  unit: 8,
  /** An elementary step of an event, rule or order: a condition node, a list entry, a sector's pressure. */
  step: 0.1,
  /** One element of a linear scan or copy (a unit looked up by id, the flags copied). */
  scan: 0.005,
  /** The fixed part of an action or order (its log entry, its checks). */
  action: 2,
  /** Compiling the scenario again (set-parameter), per pair, sector and unit. */
  compile: 3,
  /** The policy function's frozen view of the state, per pair, sector and unit. */
  view: 0.5,
  /** Memory of a pair (its random stream, shares and memories), a unit, a sector. */
  pairBytes: 2_000,
  unitBytes: 2_000,
  sectorBytes: 4_000,
} as const;

/** Sizes of a scenario as the model sees them. */
export interface ScenarioSizes {
  sectors: number;
  actors: number;
  /** Units a run may hold: the scenario's, or LIMITS.unitsInRun when events or rules add some. */
  units: number;
  drills: number;
  /** Distinct flags the run may set. */
  flags: number;
  /** Turns of history kept (the longest window named, at least 8). */
  historyTurns: number;
  /** Weeks a turn lasts. */
  weeks: number;
}

/** The model's estimate for a scenario: work a turn (µs) and memory (bytes), by term. */
export interface TurnCost {
  work: number;
  memory: number;
  terms: Record<string, number>;
}

const list = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : []);
const objects = (v: JsonValue | undefined): JsonObject[] => list(v).filter(isJsonObject);

/** The largest value a Quantity-shaped value may take (a number, { value }, or { min, max }). */
function maxOf(q: JsonValue | undefined, fallback: number): number {
  if (typeof q === 'number' && Number.isFinite(q)) return q;
  if (isJsonObject(q)) {
    const xs = [q.value, q.min, q.max].filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
    if (xs.length > 0) return Math.max(...xs);
  }
  return fallback;
}

const ADDS_UNITS = new Set(['invite-guards', 'commit-reaction-force', 'add-force', 'reallocate']);

/** Every action of the events and order of the rules, with whether it is an order of a rule. */
function actionsOf(s: JsonObject): JsonObject[] {
  const out: JsonObject[] = [];
  for (const e of objects(s.events)) out.push(...objects(e.actions));
  const policy = isJsonObject(s.policy) ? s.policy : undefined;
  for (const r of objects(policy?.rules)) out.push(...objects(r.orders));
  return out;
}

/** Longest window any condition names (turns). */
function longestWindow(c: JsonValue | undefined, depth = 0): number {
  if (!isJsonObject(c) || depth > 64) return 0;
  let w = typeof c.window === 'number' ? c.window : 0;
  for (const k of ['all', 'any'] as const) for (const x of list(c[k])) w = Math.max(w, longestWindow(x, depth + 1));
  if (c.not !== undefined) w = Math.max(w, longestWindow(c.not, depth + 1));
  return w;
}

/** The sizes the model needs. */
export function sizesOf(s: JsonObject): ScenarioSizes {
  const sectors = list(s.sectors).length;
  const actions = actionsOf(s);
  const addsUnits = actions.some((a) => typeof a.type === 'string' && ADDS_UNITS.has(a.type));
  const flags = new Set<string>(['border-open', 'border-closed']);
  for (const a of actions) if (a.type === 'set-flag' && typeof a.flag === 'string') flags.add(a.flag);
  let window = 8;
  for (const e of objects(s.events)) window = Math.max(window, isJsonObject(e.trigger) ? longestWindow(e.trigger.when) : 0);
  const policy = isJsonObject(s.policy) ? s.policy : undefined;
  for (const r of objects(policy?.rules)) window = Math.max(window, longestWindow(r.when));
  const calendar = isJsonObject(s.calendar) ? s.calendar : {};
  const days = typeof calendar.turnLengthDays === 'number' ? calendar.turnLengthDays : 7;
  // A reallocation's window is in days (default 28): the turns it looks back over.
  for (const a of actions) if (a.type === 'reallocate') window = Math.max(window, Math.ceil(maxOf(a.windowDays, 28) / Math.max(1, days)));
  return {
    sectors,
    actors: list(s.actors).length,
    units: addsUnits ? Math.max(list(s.forces).length, LIMITS.unitsInRun) : list(s.forces).length,
    drills: list(s.drills).length,
    flags: flags.size,
    historyTurns: Math.min(window, LIMITS.turns),
    weeks: days / 7,
  };
}

/** Work of evaluating a condition once (µs). */
function conditionWork(c: JsonValue | undefined, z: ScenarioSizes, depth = 0): number {
  if (!isJsonObject(c) || depth > 64) return 0;
  let w = COST.step;
  for (const k of ['all', 'any'] as const) for (const x of list(c[k])) w += conditionWork(x, z, depth + 1);
  if (c.not !== undefined) w += conditionWork(c.not, z, depth + 1);
  if (typeof c.metric === 'string') w += COST.step * (typeof c.window === 'number' ? c.window : 1);
  if (typeof c.flag === 'string') w += COST.scan * z.flags;
  if (typeof c.force === 'string') w += COST.scan * z.units;
  return w;
}

/** Work of one action or order, done once (µs). */
function actionWork(a: JsonObject, z: ScenarioSizes): number {
  const n = (v: JsonValue | undefined) => list(v).length;
  let steps = 0;
  switch (a.type) {
    case 'set-flag':
    case 'refugees':
      // Copying the sorted flags (COST.scan a flag), in COST.step units.
      steps = (4 * z.flags * COST.scan) / COST.step;
      break;
    case 'deploy':
    case 'remove-force':
    case 'add-force':
      steps = (2 * z.units * COST.scan) / COST.step;
      break;
    case 'allow-quick-reaction':
      steps = (2 * z.units * Math.max(1, n(a.forces)) * COST.scan) / COST.step;
      break;
    case 'invite-guards':
      return COST.action + n(a.sectors) * (COST.unit + COST.step);
    case 'assistance':
      steps = 2 * z.sectors + n(a.sectors);
      break;
    case 'reallocate':
      // Pressure over the window, a sort of the sectors, the units grouped by place.
      steps = z.sectors * (z.historyTurns + Math.log2(z.sectors + 2)) + z.units * Math.log2(z.units + 2);
      break;
    case 'actor':
      steps = z.sectors + z.actors;
      break;
    case 'start-drill':
    case 'stop-drill':
      steps = z.drills;
      break;
    default:
      steps = 1;
  }
  return COST.action + COST.step * steps;
}

/** The model's work and memory of a turn of scenario `s`. */
export function turnCost(s: JsonObject): TurnCost {
  const z = sizesOf(s);
  const pairs = z.sectors * z.actors;
  let battles = 0;
  for (const a of objects(s.actors)) {
    if (a.kind !== 'armed-group') continue;
    const attempts = maxOf(a.attemptsPerWeek, LIMITS.attemptsPerWeek) * z.weeks;
    battles += Math.min(MAX_BATTLES_PER_SECTOR * z.sectors, 2 * attempts + 1_000);
  }
  const actions = actionsOf(s);
  let decisions = 0;
  for (const e of objects(s.events)) decisions += COST.action + (isJsonObject(e.trigger) ? conditionWork(e.trigger.when, z) : 0);
  const policy = isJsonObject(s.policy) ? s.policy : undefined;
  for (const r of objects(policy?.rules)) decisions += COST.action + conditionWork(r.when, z);
  for (const a of actions) decisions += actionWork(a, z);
  for (const d of objects(s.drills)) decisions += COST.action + COST.step * (z.drills + list(d.participants).length);
  const size = pairs + z.sectors + z.units;
  const recompiles = actions.some((a) => a.type === 'set-parameter');
  const terms: Record<string, number> = {
    pairs: COST.pair * pairs,
    battles: COST.battle * battles,
    sectors: COST.sector * z.sectors,
    units: COST.unit * z.units,
    decisions,
    recompile: recompiles ? COST.compile * size : 0,
    // A policy function is not in the file, but its view is the engine's work: counted always.
    view: COST.view * size,
  };
  const work = Object.values(terms).reduce((x, y) => x + y, 0);
  const historyBytes = 8 * z.historyTurns * (FLOW_METRICS * (z.sectors + KINDS) + z.sectors + 6);
  // Compiled variants (set-parameter) hold up to four more copies of the pairs' shares.
  const memory = COST.pairBytes * pairs * (recompiles ? 2 : 1) + COST.unitBytes * z.units + COST.sectorBytes * z.sectors + historyBytes;
  return { work, memory, terms };
}

/** Where the weightiest term of an estimate is in the scenario. */
const WHERE: Record<string, string[]> = {
  pairs: ['actors'],
  battles: ['actors'],
  sectors: ['sectors'],
  units: ['forces'],
  decisions: ['events'],
  recompile: ['events'],
};

const PLAIN: Record<string, string> = {
  pairs: 'actor-sector pairs',
  battles: "armed groups' battles",
  sectors: 'sectors',
  units: 'units',
  decisions: 'events, rules and their conditions and actions',
  recompile: 'recompiling for set-parameter',
  view: 'the state a policy sees',
};

/**
 * Reports a scenario whose turn the model bounds above the budgets: one issue naming the
 * estimate, the bound, and the terms that weigh most (docs/limits.md).
 */
export function checkWork(s: JsonObject, issues: ValueIssue[]): void {
  const cost = turnCost(s);
  const ranked = Object.entries(cost.terms)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1]);
  const top = ranked
    .slice(0, 3)
    .map(([k, v]) => `${PLAIN[k] ?? k} ${Math.round(v / 1000).toLocaleString('en-US')} ms`)
    .join(', ');
  if (cost.work > WORK_BUDGET) {
    issues.push({
      path: WHERE[ranked[0]?.[0] ?? ''] ?? [],
      anchor: 'value',
      message: `a turn of this scenario could cost ${Math.round(cost.work / 1000).toLocaleString('en-US')} ms of work, more than the bound of ${WORK_BUDGET / 1000} ms (docs/limits.md); most of it: ${top}`,
    });
  }
  if (cost.memory > MEMORY_BUDGET) {
    const mb = (b: number) => `${Math.round(b / 1048576).toLocaleString('en-US')} MB`;
    issues.push({
      path: [],
      anchor: 'value',
      message: `a run of this scenario could hold ${mb(cost.memory)}, more than the bound of ${mb(MEMORY_BUDGET)} (docs/limits.md): fewer sectors, actors or units, or shorter condition windows`,
    });
  }
}
