/**
 * What a turn leaves ({@link TurnOutcome}: typed accumulators in the turn's scratch), and its
 * named record (`TurnRecord`: whole-border metrics, by actor kind, by sector) for {@link step}'s
 * callers. The recorder (recorder.ts) names and sums the metrics.
 *
 * @internal
 * @module
 */
import type { CompiledScenario } from './compile';
import type { LogEntry, TurnRecord } from './results';
import { RowLayout } from './recorder';

export { borderFlows, ratio } from './recorder';

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
}

/** Rows by sector count: turnRecord's scratch (a record is built from a row, recorder.ts). */
const scratch = new Map<number, { layout: RowLayout; row: Float64Array }>();

/**
 * The named records of a turn; `bySector` only when `bySectors` (else empty). The recorder's
 * (recorder.ts): the turn written as a row, the row named.
 *
 * @internal
 */
export function turnRecord(out: TurnOutcome, sc: CompiledScenario, bySectors: boolean): TurnRecord {
  const nS = sc.sectors.length;
  let at = scratch.get(nS);
  if (at === undefined) {
    const layout = new RowLayout(nS);
    at = { layout, row: new Float64Array(layout.size) };
    scratch.set(nS, at);
  }
  return at.layout.record(at.layout.write(out, at.row), out.turn, out.date, sc, bySectors);
}
