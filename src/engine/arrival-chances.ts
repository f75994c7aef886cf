/**
 * The chances that the local team and the nearest quick-reaction force arrive in time for an
 * actor kind in a sector, and that either does (docs/model.md §5; kernel/cross.ts,
 * arrivalProbabilities), kept for each (sector, kind) until the sector's delays change: they
 * rarely do from one turn to the next, and each costs an exponential or two. One per compiled
 * scenario (turn-tables.ts), since the kinds' clearance times are the scenario's.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { arrivalInTimeProbability, responseProbability } from '../model/interdiction';
import type { CompiledKind, CompiledScenario } from './compile';
import { NK } from './kernel/flows';

export class ArrivalChances {
  /** The chances by (sector, kind): local at 3(s·NK + k), quick reaction at +1, either at +2. */
  readonly chances: Float64Array;
  /** The local delay (h) each was worked out for (NaN: none yet). */
  private readonly localKey: Float64Array;
  /** The quick-reaction delay (h) each was worked out for (read only with a force). */
  private readonly quickKey: Float64Array;
  /** Whether a quick-reaction force was in reach (1) or not (0) then; -1: none yet. */
  private readonly hadQuick: Int8Array;

  constructor(private readonly sc: CompiledScenario) {
    const n = sc.sectors.length * NK;
    this.chances = new Float64Array(3 * n);
    this.localKey = new Float64Array(n).fill(NaN);
    this.quickKey = new Float64Array(n);
    this.hadQuick = new Int8Array(n).fill(-1);
  }

  /**
   * The index i of kind k's chances in sector s in {@link ArrivalChances.chances}, for the local
   * delay `localDelay[s]` and, if `qrfIndex[s]` ≥ 0, the quick-reaction delay `qrfDelay[s]`.
   *
   * @example
   * const i = turnTables(sc).arrivalChances().at(localDelay, qrfIndex, qrfDelay, s, k);
   */
  at(localDelay: Float64Array, qrfIndex: Int32Array, qrfDelay: Float64Array, s: number, k: number): number {
    const at = s * NK + k;
    const local = localDelay[s] as number;
    const hasQuick = (qrfIndex[s] as number) >= 0 ? 1 : 0;
    // 0 and -0 meet as equal here: both delays give the same chances.
    const known = local === this.localKey[at] && hasQuick === this.hadQuick[at] && (hasQuick === 0 || qrfDelay[s] === this.quickKey[at]);
    if (!known) this.workOut(at, localDelay, qrfDelay, s, hasQuick, k);
    return 3 * at;
  }

  private workOut(at: number, localDelay: Float64Array, qrfDelay: Float64Array, s: number, hasQuick: number, k: number): void {
    const clearance = (this.sc.kinds[k] as CompiledKind).clearanceHours;
    const local = localDelay[s] as number;
    const quick = qrfDelay[s] as number;
    const pLocal = arrivalInTimeProbability(local, clearance);
    const pQrf = hasQuick === 1 ? arrivalInTimeProbability(quick, clearance) : 0;
    const i = 3 * at;
    this.chances[i] = pLocal;
    this.chances[i + 1] = pQrf;
    this.chances[i + 2] = responseProbability(pLocal, pQrf);
    this.localKey[at] = local;
    this.quickKey[at] = quick;
    this.hadQuick[at] = hasQuick;
  }
}
