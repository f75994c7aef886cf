/**
 * The named records of a turn (`TurnRecord`: whole-border metrics, by actor kind, by sector),
 * built from the typed accumulators a turn leaves ({@link TurnOutcome}) only when someone reads
 * them: the per-turn detail of a run, the world's history that conditions and policies read,
 * and {@link step}'s callers.
 *
 * @internal
 * @module
 */
import { ACTOR_KINDS } from '../scenario/vocabulary';
import type { CompiledScenario } from './compile';
import { FLOW_METRICS, type LogEntry, type Metrics, type TurnRecord } from './results';

/**
 * What one turn produced, in the turn's scratch arrays: valid until the next turn of the same
 * context. {@link turnRecord} turns it into the named records of a {@link TurnRecord}.
 *
 * @internal
 */
export interface TurnOutcome {
  readonly turn: number;
  readonly date: string;
  readonly log: LogEntry[];
  /** Flow metric m of sector s at `s * FLOW_METRICS.length + m` (a sector's flows side by side). */
  readonly sectorAcc: Float64Array;
  /** Flow metric m of actor kind k at `m * ACTOR_KINDS.length + k`. */
  readonly kindAcc: Float64Array;
  /** Detection probability of an attempt in each sector. */
  readonly pDetect: Float64Array;
  readonly sorties: number;
  readonly cost: number;
  readonly sovereignty: number;
  readonly conflictShare: number;
  readonly readiness: number;
  readonly personnel: number;
  /** The turn's records, when the turn built them (for the world's history). */
  record: TurnRecord | null;
}

const NK = ACTOR_KINDS.length;
const NF = FLOW_METRICS.length;
const ATTEMPTS = FLOW_METRICS.indexOf('attempts');
const INTERDICTED = FLOW_METRICS.indexOf('interdicted');

/** interdicted / attempts, or 0 with no attempts (so that every reported value is finite). */
export function ratio(n: number, d: number): number {
  return d > 0 ? Math.min(1, n / d) : 0;
}

/**
 * Whole-border flows of a turn, into `into[0 .. NF)`: each flow summed over the kinds in kind
 * order, from 0 (the sum the run's totals repeat, bit for bit).
 */
export function borderFlows(kindAcc: Float64Array, into: Float64Array): Float64Array {
  for (let m = 0; m < NF; m++) {
    let v = 0;
    for (let k = 0; k < NK; k++) v += kindAcc[m * NK + k] as number;
    into[m] = v;
  }
  return into;
}

const border = new Float64Array(NF);

/**
 * The named records of a turn; `bySector` only when `bySectors` (else empty).
 *
 * @internal
 */
export function turnRecord(out: TurnOutcome, sc: CompiledScenario, bySectors: boolean): TurnRecord {
  const { kindAcc, sectorAcc, pDetect } = out;
  const nS = sc.sectors.length;
  const flows = borderFlows(kindAcc, border);
  const metrics: Metrics = {};
  for (let m = 0; m < NF; m++) metrics[FLOW_METRICS[m] as string] = flows[m] as number;
  metrics.effectiveness = ratio(flows[INTERDICTED] as number, flows[ATTEMPTS] as number);
  metrics.quickReactionSorties = out.sorties;
  metrics.cost = out.cost;
  metrics.sovereignty = out.sovereignty;
  metrics.conflictShare = out.conflictShare;
  metrics.readiness = out.readiness;
  metrics.personnel = out.personnel;
  const byKind: Record<string, Metrics> = {};
  for (let k = 0; k < NK; k++) {
    const m: Metrics = {};
    for (let i = 0; i < NF; i++) m[FLOW_METRICS[i] as string] = kindAcc[i * NK + k] as number;
    m.effectiveness = ratio(kindAcc[INTERDICTED * NK + k] as number, kindAcc[ATTEMPTS * NK + k] as number);
    byKind[ACTOR_KINDS[k] as string] = m;
  }
  const bySector: Record<string, Metrics> = {};
  if (bySectors) {
    for (let s = 0; s < nS; s++) {
      const m: Metrics = {};
      for (let i = 0; i < NF; i++) m[FLOW_METRICS[i] as string] = sectorAcc[s * NF + i] as number;
      m.effectiveness = ratio(sectorAcc[s * NF + INTERDICTED] as number, sectorAcc[s * NF + ATTEMPTS] as number);
      m.pDetect = pDetect[s] as number;
      bySector[sc.sectors[s]?.id ?? ''] = m;
    }
  }
  // Every name of TurnMetrics, KindMetrics and SectorMetrics is set above, and every kind.
  return { turn: out.turn, date: out.date, metrics, byKind, bySector } as unknown as TurnRecord;
}
