/**
 * What an allocation is judged by: one run-total metric, or a weighted sum of several, to be
 * minimised (got-aways, kg through) or maximised (interdictions). A cost-effectiveness goal is
 * a weighted sum with a price: `gotAway + 0.00001 × cost` values one got-away at USD 100,000.
 *
 * @module
 */
import { ExperimentError } from '../errors';

/** An objective as the caller gives it: a metric name, or weights by metric name. */
export type ObjectiveSpec = string | Readonly<Record<string, number>>;

/** An objective, checked: terms in a fixed order and the direction. */
export interface Objective {
  /** (metric, weight) pairs in the order given. */
  readonly terms: readonly { readonly metric: string; readonly weight: number }[];
  /** 'minimize' (default) or 'maximize'. */
  readonly sense: 'minimize' | 'maximize';
  /** A short text for tables and manifests, e.g. `gotAway` or `1*gotAway + 0.01*kgThrough`. */
  readonly label: string;
}

/**
 * Parses an objective: `"gotAway"`, `"gotAway:1,kgThrough:0.01"` (the CLI's form) or
 * `{ gotAway: 1, kgThrough: 0.01 }`.
 *
 * @throws ExperimentError for an empty objective, a weight that is not a finite number, or a
 *   metric named twice.
 * @example
 * parseObjective('gotAway:1,kgThrough:0.01').terms; // [{ metric: 'gotAway', weight: 1 }, { metric: 'kgThrough', weight: 0.01 }]
 */
export function parseObjective(spec: ObjectiveSpec, sense: 'minimize' | 'maximize' = 'minimize'): Objective {
  if (sense !== 'minimize' && sense !== 'maximize') throw new ExperimentError(`sense must be minimize or maximize, got ${String(sense)}`);
  const terms: { metric: string; weight: number }[] = [];
  const add = (metric: string, weight: number) => {
    if (metric === '') throw new ExperimentError('objective: a metric name is empty');
    if (!Number.isFinite(weight)) throw new ExperimentError(`objective: the weight of ${metric} must be a finite number, got ${String(weight)}`);
    if (terms.some((t) => t.metric === metric)) throw new ExperimentError(`objective: ${metric} is named twice`);
    terms.push({ metric, weight });
  };
  if (typeof spec === 'string') {
    for (const part of spec
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')) {
      const colon = part.lastIndexOf(':');
      if (colon < 0) add(part, 1);
      else {
        const w = part.slice(colon + 1).trim();
        if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(w))
          throw new ExperimentError(`objective: '${part}' must be METRIC or METRIC:WEIGHT with a number as weight`);
        add(part.slice(0, colon).trim(), Number(w));
      }
    }
  } else if (typeof spec === 'object' && spec !== null) {
    for (const [metric, weight] of Object.entries(spec)) add(metric, weight);
  }
  if (terms.length === 0) throw new ExperimentError('objective: name at least one metric (e.g. gotAway)');
  const label = terms.length === 1 && terms[0]?.weight === 1 ? (terms[0]?.metric as string) : terms.map((t) => `${t.weight}*${t.metric}`).join(' + ');
  return { terms, sense, label };
}

/**
 * The objective's value of each run, from the runs' metric columns, in run order; always
 * "smaller is better" (a maximised objective is negated), so that every stage minimises.
 *
 * @param column - the values of one metric over the runs (throws for an unknown metric)
 * @param runs - number of runs
 */
export function objectiveValues(objective: Objective, column: (metric: string) => ArrayLike<number>, runs: number): Float64Array {
  const out = new Float64Array(runs);
  const sign = objective.sense === 'maximize' ? -1 : 1;
  for (const t of objective.terms) {
    const v = column(t.metric);
    for (let i = 0; i < runs; i++) out[i] = (out[i] as number) + sign * t.weight * (v[i] as number);
  }
  return out;
}

/** The objective's value in the caller's sense from its "smaller is better" form. */
export function reportedValue(objective: Objective, internal: number): number {
  return objective.sense === 'maximize' ? -internal : internal;
}
