/**
 * The metric catalogue: for each metric the engine reports, what people read about it (label,
 * unit, meaning), how a run's total is made of its turns, which actor kinds can have it, and
 * whether it is a headline metric (the short list that tables and reports show by default).
 * The command line and the report both take names, units and the headline list from here.
 *
 * Unknown metrics (the model grows) fall back to their own name, a plain number and no unit.
 *
 * @module
 */
import { ACTOR_KINDS, type ActorKind } from '../scenario/schema';

/** How a metric's values are written for people (see units.ts). */
export type Quantity = 'count' | 'kg' | 'USD' | 'share' | 'index' | 'points';

/** How a run's total is made from its turns. */
export type Aggregate = 'sum' | 'mean' | 'max' | 'final' | 'ratio';

/** What a metric is. */
export interface MetricInfo {
  /** Short label for a chart title or a table. */
  label: string;
  /** Unit for an axis label ('' for none). */
  unit: string;
  /** One sentence: what it counts. */
  meaning: string;
  /** How its values are written: kg as t above a tonne, USD as M, shares as %. */
  quantity: Quantity;
  /** How a run's total is made from its turns. */
  aggregate: Aggregate;
  /**
   * The actor kinds whose flows can hold it (absent: every kind). A `<kind>.<metric>` outside
   * this list is zero by the model's construction (refugees carry no drugs).
   */
  kinds?: readonly ActorKind[];
  /** Rare events (a few a run): charted as cumulative counts, whose per-turn bands are noise. */
  rare?: boolean;
  /** Only whole-border (no `<kind>.` form). */
  borderOnly?: boolean;
}

const flow = (label: string, unit: string, meaning: string, extra: Partial<MetricInfo> = {}): MetricInfo => ({
  label,
  unit,
  meaning,
  quantity: 'count',
  aggregate: 'sum',
  ...extra,
});
const ARMED: readonly ActorKind[] = ['armed-group'];

/** The metrics the engine reports today (per turn; run totals as `aggregate` says). */
export const METRIC_INFO: Readonly<Record<string, MetricInfo>> = {
  attempts: flow('Crossing attempts', 'attempts', 'crossing attempts (a group or a load each)'),
  detected: flow('Detected', 'attempts', 'attempts detected by posts, patrols or sensors'),
  interdicted: flow('Interdicted', 'attempts', 'attempts stopped (apprehended or turned back)'),
  apprehended: flow('Apprehended', 'attempts', 'attempts stopped with the people held', { kinds: ['smuggling', 'refugees', 'recruits'] }),
  turnedBack: flow('Turned back', 'attempts', 'attempts stopped and sent back across the border'),
  gotAway: flow('Got away', 'attempts', 'attempts that crossed undetected or were not stopped'),
  kgAttempted: flow('Drugs attempted', 'kg', 'kilograms of drugs carried by smuggling attempts', { quantity: 'kg', kinds: ['smuggling'] }),
  kgSeized: flow('Drugs seized', 'kg', 'kilograms seized', { quantity: 'kg', kinds: ['smuggling'] }),
  kgThrough: flow('Drugs through', 'kg', 'kilograms that crossed', { quantity: 'kg', kinds: ['smuggling'] }),
  clashes: flow('Clashes', 'engagements', 'armed engagements between forces and an armed group', { kinds: ARMED, rare: true }),
  breakthroughs: flow('Breakthroughs', 'engagements', 'clashes the armed group won (it crossed)', { kinds: ARMED, rare: true }),
  repulses: flow('Repulses', 'engagements', 'clashes the forces won', { kinds: ARMED, rare: true }),
  casualtiesForces: flow('Casualties (forces)', 'persons', 'killed and wounded among the border forces', { kinds: ARMED, rare: true }),
  casualtiesActors: flow('Casualties (actors)', 'persons', 'killed and wounded among the crossing groups', { kinds: ARMED, rare: true }),
  refugeesReceived: flow('Refugees received', 'persons', 'refugees admitted', { kinds: ['refugees'] }),
  refugeesTurnedBack: flow('Refugees turned back', 'persons', 'refugees refused at the border', { kinds: ['refugees'] }),
  effectiveness: {
    label: 'Interdiction effectiveness',
    unit: 'share, 0–1',
    meaning: 'interdicted / attempts (0 with no attempts)',
    quantity: 'share',
    aggregate: 'ratio',
  },
  quickReactionSorties: flow('Quick-reaction sorties', 'sorties', 'sorties of quick-reaction forces', { borderOnly: true }),
  cost: flow('Cost', 'USD', 'operating cost of the forces', { quantity: 'USD', borderOnly: true }),
  sovereignty: flow('Sovereignty cost', 'points', 'political cost: 1 point = 1,000 foreign personnel on the border for a week, plus one-off decisions', {
    quantity: 'points',
    borderOnly: true,
  }),
  conflictShare: {
    label: 'Border length in conflict',
    unit: 'share, 0–1',
    meaning: "share of the border's length with a clash in the window",
    quantity: 'share',
    aggregate: 'mean',
    borderOnly: true,
  },
  conflictShareMax: {
    label: 'Peak border length in conflict',
    unit: 'share, 0–1',
    meaning: 'the largest turn’s conflictShare in the run',
    quantity: 'share',
    aggregate: 'max',
    borderOnly: true,
  },
  readiness: {
    label: 'Readiness',
    unit: 'index, 0–1',
    meaning: 'personnel-weighted readiness of the forces',
    quantity: 'index',
    aggregate: 'mean',
    borderOnly: true,
  },
  personnel: { label: 'Personnel', unit: 'persons', meaning: 'personnel of the forces', quantity: 'count', aggregate: 'final', borderOnly: true },
  pDetect: {
    label: 'Detection probability',
    unit: 'probability',
    meaning: 'probability that an attempt in the sector is detected this turn',
    quantity: 'share',
    aggregate: 'mean',
    borderOnly: true,
  },
};

/**
 * The headline metrics, in the order tables show them: what `mc` and `compare` print and the
 * report charts by default (at most 15; `--metrics all` for every one).
 */
export const HEADLINE_METRICS: readonly string[] = [
  'attempts',
  'gotAway',
  'interdicted',
  'effectiveness',
  'kgThrough',
  'kgSeized',
  'clashes',
  'casualtiesForces',
  'casualtiesActors',
  'refugeesReceived',
  'refugeesTurnedBack',
  'conflictShare',
  'readiness',
  'cost',
  'sovereignty',
];

/** The metrics the report charts first, of those present. */
export const KEY_METRICS = [
  'gotAway',
  'interdicted',
  'effectiveness',
  'kgThrough',
  'clashes',
  'casualtiesForces',
  'attempts',
  'cost',
  'conflictShare',
] as const;

const KIND_LABEL: Record<string, string> = { 'armed-group': 'armed groups', smuggling: 'smuggling', refugees: 'refugees', recruits: 'recruits' };

/** A metric name split into its actor kind (if any) and its base metric. */
export function splitMetric(name: string): { kind?: string; base: string } {
  const dot = name.indexOf('.');
  return dot > 0 ? { kind: name.slice(0, dot), base: name.slice(dot + 1) } : { base: name };
}

/** Info of a metric name, including `<kind>.<metric>`; unknown names get their own name. */
export function metricInfo(name: string): MetricInfo {
  const direct = METRIC_INFO[name];
  if (direct) return direct;
  const { kind, base } = splitMetric(name);
  const info = kind !== undefined ? METRIC_INFO[base] : undefined;
  if (info && kind !== undefined) {
    const k = KIND_LABEL[kind] ?? kind;
    return { ...info, label: `${info.label} (${k})`, meaning: `${info.meaning}, ${k} only` };
  }
  return { label: name, unit: '', meaning: name, quantity: 'count', aggregate: 'sum' };
}

/**
 * Whether the model makes a metric zero whatever happens: `<kind>.<metric>` for an actor kind
 * the metric is not for (refugees.kgSeized, smuggling.clashes).
 */
export function zeroByConstruction(name: string): boolean {
  const { kind, base } = splitMetric(name);
  if (kind === undefined) return false;
  const info = METRIC_INFO[base];
  if (!info) return false;
  if (info.borderOnly) return true;
  return info.kinds !== undefined && (ACTOR_KINDS as readonly string[]).includes(kind) && !info.kinds.includes(kind as ActorKind);
}

/** "Label (unit)" for axes. */
export function axisTitle(name: string, per = ''): string {
  const i = metricInfo(name);
  return i.unit ? `${i.label} (${i.unit}${per})` : i.label;
}

/** Picks up to `max` key metrics that exist in `available` (preferred names first, then the first available). */
export function pickMetrics(available: readonly string[], max: number, preferred: readonly string[] = KEY_METRICS): string[] {
  const have = new Set(available);
  const out = preferred.filter((m) => have.has(m));
  for (const m of available) if (out.length < max && !out.includes(m) && !m.includes('.')) out.push(m);
  return out.slice(0, max);
}
