/**
 * The metric recorder: one declarative table of what a turn reports (a name, how to read it
 * from the turn, and how a run's total aggregates it), and one typed row per turn that every
 * consumer reads (docs/architecture.md, "Metrics"). Mesa's DataCollector is the model: names to
 * reporters. The per-turn records (`RunResult.turns`), the world's history windows that
 * conditions and policies read (history.ts), and the run's totals (`RunResult.totals`) are all
 * made from these rows, so a metric is wired once.
 *
 * A row holds, in one Float64Array: the whole-border flows (`FLOW_METRICS`, each summed over the
 * kinds in kind order), the flows by kind (metric-major), by sector (sector-major), each
 * sector's detection probability, and the scalar metrics of {@link SCALAR_METRICS}.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { ACTOR_KINDS } from '../scenario/vocabulary';
import type { CompiledScenario } from './compile';
import { FLOW_METRICS, type Metrics, type TurnRecord } from './results';
import type { TurnOutcome } from './turn-record';

const NF = FLOW_METRICS.length;
const NK = ACTOR_KINDS.length;
const ATTEMPTS = FLOW_METRICS.indexOf('attempts');
const INTERDICTED = FLOW_METRICS.indexOf('interdicted');
const FLOW_INDEX = new Map<string, number>(FLOW_METRICS.map((m, i) => [m, i]));
const KIND_INDEX = new Map<string, number>(ACTOR_KINDS.map((k, i) => [k, i]));

/** How a run's total of a metric is made from its turns' values. */
export type TotalRule = 'sum' | 'mean' | 'max' | 'last';

/** A whole-border metric that is not a flow: its reporter and its run total. */
export interface ScalarMetric {
  readonly name: string;
  /** The metric's value in a turn. */
  readonly report: (out: TurnOutcome) => number;
  /** How the run's total is made from the turns' values. */
  readonly total: TotalRule;
  /** Also in the totals: the turns' largest value, under this name. */
  readonly maxAs?: string;
}

/**
 * The whole-border metrics besides the flows and `effectiveness`, in the order records and
 * totals name them (docs/model.md §12; `Metrics` in results.ts says what each means).
 */
export const SCALAR_METRICS: readonly ScalarMetric[] = [
  { name: 'quickReactionSorties', report: (o) => o.sorties, total: 'sum' },
  { name: 'cost', report: (o) => o.cost, total: 'sum' },
  { name: 'sovereignty', report: (o) => o.sovereignty, total: 'sum' },
  { name: 'conflictShare', report: (o) => o.conflictShare, total: 'mean', maxAs: 'conflictShareMax' },
  { name: 'readiness', report: (o) => o.readiness, total: 'mean' },
  { name: 'personnel', report: (o) => o.personnel, total: 'last' },
];
const NX = SCALAR_METRICS.length;
const SCALAR_INDEX = new Map<string, number>(SCALAR_METRICS.map((m, i) => [m.name, i]));

/** interdicted / attempts, or 0 with no attempts (so that every reported value is finite). */
export function ratio(n: number, d: number): number {
  return d > 0 ? Math.min(1, n / d) : 0;
}

/**
 * Whole-border flows of a turn, into `into[0 .. NF)`: each flow summed over the kinds in kind
 * order, from 0 (the sum the run's totals repeat, bit for bit).
 */
export function borderFlows(kindAcc: ArrayLike<number>, into: Float64Array): Float64Array {
  for (let m = 0; m < NF; m++) {
    let v = 0;
    for (let k = 0; k < NK; k++) v += kindAcc[m * NK + k] as number;
    into[m] = v;
  }
  return into;
}

/** Where each part of a row of `nS` sectors starts. */
export class RowLayout {
  readonly byKind = NF;
  readonly bySector = NF + NF * NK;
  readonly pDetect: number;
  readonly scalars: number;
  /** The row's length. */
  readonly size: number;

  constructor(readonly nS: number) {
    this.pDetect = this.bySector + NF * nS;
    this.scalars = this.pDetect + nS;
    this.size = this.scalars + NX;
  }

  /** Writes the turn `out` into `row` (of length {@link RowLayout.size}); returns it. */
  write(out: TurnOutcome, row: Float64Array): Float64Array {
    this.writeTotals(out, row);
    row.set(out.sectorAcc, this.bySector);
    row.set(out.pDetect, this.pDetect);
    return row;
  }

  /** Writes the whole-border, by-kind and scalar part of the turn `out` into `row`. */
  private writeTotals(out: TurnOutcome, row: Float64Array): Float64Array {
    borderFlows(out.kindAcc, row);
    row.set(out.kindAcc, this.byKind);
    for (let x = 0; x < NX; x++) row[this.scalars + x] = (SCALAR_METRICS[x] as ScalarMetric).report(out);
    return row;
  }

  /**
   * The named record of a row: whole-border metrics, by actor kind, and by sector when
   * `bySectors` (else empty).
   */
  record(row: Float64Array, turn: number, date: string, sc: CompiledScenario, bySectors: boolean): TurnRecord {
    const metrics: Metrics = {};
    for (let m = 0; m < NF; m++) metrics[FLOW_METRICS[m] as string] = row[m] as number;
    metrics.effectiveness = ratio(row[INTERDICTED] as number, row[ATTEMPTS] as number);
    for (let x = 0; x < NX; x++) metrics[(SCALAR_METRICS[x] as ScalarMetric).name] = row[this.scalars + x] as number;
    const byKind: Record<string, Metrics> = {};
    for (let k = 0; k < NK; k++) {
      const m: Metrics = {};
      for (let i = 0; i < NF; i++) m[FLOW_METRICS[i] as string] = row[this.byKind + i * NK + k] as number;
      m.effectiveness = ratio(row[this.byKind + INTERDICTED * NK + k] as number, row[this.byKind + ATTEMPTS * NK + k] as number);
      byKind[ACTOR_KINDS[k] as string] = m;
    }
    const bySector: Record<string, Metrics> = {};
    if (bySectors) {
      for (let s = 0; s < this.nS; s++) {
        const at = this.bySector + s * NF;
        const m: Metrics = {};
        for (let i = 0; i < NF; i++) m[FLOW_METRICS[i] as string] = row[at + i] as number;
        m.effectiveness = ratio(row[at + INTERDICTED] as number, row[at + ATTEMPTS] as number);
        m.pDetect = row[this.pDetect + s] as number;
        bySector[sc.sectors[s]?.id ?? ''] = m;
      }
    }
    // Every name of TurnMetrics, KindMetrics and SectorMetrics is set above, and every kind.
    return { turn, date, metrics, byKind, bySector } as unknown as TurnRecord;
  }

  /**
   * One metric of a row, as its named record would give it: by sector id, by actor kind, or
   * whole-border; 0 for a name the record does not have.
   */
  value(row: Float64Array, sc: CompiledScenario, name: string, sector?: string, kind?: string): number {
    const f = FLOW_INDEX.get(name);
    if (sector !== undefined) {
      const s = sc.sectorIndex.get(sector);
      if (s === undefined) return 0;
      const at = this.bySector + s * NF;
      if (f !== undefined) return row[at + f] as number;
      if (name === 'effectiveness') return ratio(row[at + INTERDICTED] as number, row[at + ATTEMPTS] as number);
      if (name === 'pDetect') return row[this.pDetect + s] as number;
      return 0;
    }
    if (kind !== undefined) {
      const k = KIND_INDEX.get(kind);
      if (k === undefined) return 0;
      if (f !== undefined) return row[this.byKind + f * NK + k] as number;
      if (name === 'effectiveness') return ratio(row[this.byKind + INTERDICTED * NK + k] as number, row[this.byKind + ATTEMPTS * NK + k] as number);
      return 0;
    }
    if (f !== undefined) return row[f] as number;
    if (name === 'effectiveness') return ratio(row[INTERDICTED] as number, row[ATTEMPTS] as number);
    const x = SCALAR_INDEX.get(name);
    return x === undefined ? 0 : (row[this.scalars + x] as number);
  }
}

/** `<kind>.<metric>` names, built once. */
const KIND_KEYS = ACTOR_KINDS.map((k) => FLOW_METRICS.map((m) => `${k}.${m}`));

/**
 * A run's totals, from its turns' rows: flows summed (whole-border and by kind), each scalar by
 * its rule in {@link SCALAR_METRICS}, effectiveness from the summed counts.
 */
export class RunTotals {
  /** Flows (NF) then by kind (NF × NK): the whole-border and by-kind part of a row, summed. */
  private readonly flows = new Float64Array(NF + NF * NK);
  private readonly scalars = new Float64Array(NX);
  private readonly maxima = new Float64Array(NX).fill(0);
  private turns = 0;

  /** Adds a turn's row. */
  add(row: Float64Array, layout: RowLayout): void {
    const flows = this.flows;
    for (let i = 0; i < NF + NF * NK; i++) flows[i] = (flows[i] as number) + (row[i] as number);
    for (let x = 0; x < NX; x++) this.addScalar(x, row[layout.scalars + x] as number);
    this.turns += 1;
  }

  /**
   * Adds the turn `out` as {@link RunTotals.add} adds its row, without writing the row: the same
   * sums (each whole-border flow summed over the kinds from 0, then added), so the same totals
   * bit for bit. What a Monte Carlo run uses: writing the row and reading it back were 14 % of
   * a one-sector toy run's profile.
   */
  addTurn(out: TurnOutcome): void {
    const flows = this.flows;
    const kindAcc = out.kindAcc;
    // borderFlows' sums, added as they are made: borderFlows into a scratch array and then a
    // second loop made a one-sector toy run 1.05-1.15x as long (three processes each).
    for (let m = 0; m < NF; m++) {
      let v = 0;
      for (let k = 0; k < NK; k++) v += kindAcc[m * NK + k] as number;
      flows[m] = (flows[m] as number) + v;
    }
    for (let i = 0; i < NF * NK; i++) flows[NF + i] = (flows[NF + i] as number) + (kindAcc[i] as number);
    for (let x = 0; x < NX; x++) this.addScalar(x, (SCALAR_METRICS[x] as ScalarMetric).report(out));
    this.turns += 1;
  }

  /** Scalar `x`'s value `v` of one turn, by its rule. */
  private addScalar(x: number, v: number): void {
    const rule = (SCALAR_METRICS[x] as ScalarMetric).total;
    this.scalars[x] = rule === 'last' ? v : rule === 'max' ? Math.max(this.scalars[x] as number, v) : (this.scalars[x] as number) + v;
    this.maxima[x] = Math.max(this.maxima[x] as number, v);
  }

  /** The totals as one flat record (`RunResult.totals`). */
  result(): Metrics {
    const out: Metrics = {};
    const f = this.flows;
    for (let i = 0; i < NF; i++) out[FLOW_METRICS[i] as string] = f[i] ?? 0;
    out.effectiveness = ratio(f[INTERDICTED] ?? 0, f[ATTEMPTS] ?? 0);
    SCALAR_METRICS.forEach((m, x) => {
      const v = this.scalars[x] as number;
      out[m.name] = m.total === 'mean' ? (this.turns > 0 ? v / this.turns : 0) : v;
      if (m.maxAs !== undefined) out[m.maxAs] = this.maxima[x] as number;
    });
    ACTOR_KINDS.forEach((kind, k) => {
      const keys = KIND_KEYS[k] ?? [];
      for (let i = 0; i < NF; i++) out[keys[i] as string] = f[NF + i * NK + k] ?? 0;
      out[`${kind}.effectiveness`] = ratio(f[NF + INTERDICTED * NK + k] ?? 0, f[NF + ATTEMPTS * NK + k] ?? 0);
    });
    return out;
  }
}

/**
 * A run's totals from its turns' named records (`step`'s or a replay's): each record written
 * back as the whole-border and by-kind part of a row and summed as a run sums its rows, so the
 * totals are those `simulate` gives for the same turns, bit for bit.
 *
 * @example
 * totalsOfRecords(outcome.turns.map((t) => t.record)); // a replayed game's totals
 */
export function totalsOfRecords(records: Iterable<TurnRecord>): Metrics {
  const layout = new RowLayout(0);
  const row = new Float64Array(layout.size);
  const sums = new RunTotals();
  for (const r of records) {
    const metrics = r.metrics as unknown as Metrics;
    for (let m = 0; m < NF; m++) row[m] = metrics[FLOW_METRICS[m] as string] ?? 0;
    for (let k = 0; k < NK; k++) {
      const kind = (r.byKind as unknown as Record<string, Metrics>)[ACTOR_KINDS[k] as string] ?? {};
      for (let i = 0; i < NF; i++) row[layout.byKind + i * NK + k] = kind[FLOW_METRICS[i] as string] ?? 0;
    }
    for (let x = 0; x < NX; x++) row[layout.scalars + x] = metrics[(SCALAR_METRICS[x] as ScalarMetric).name] ?? 0;
    sums.add(row, layout);
  }
  return sums.result();
}
