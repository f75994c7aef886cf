/**
 * Per-run scratch buffers of the turn loop: the typed arrays a turn works in, allocated once
 * per run (per {@link StepContext}) and cleared at the start of each turn, instead of a dozen
 * fresh `Float64Array`s a turn (each one an off-heap backing store for the allocator and the
 * garbage collector). They are views of one buffer, cleared by one `fill`: a dozen fills of
 * a few elements each cost more than the clearing itself. What a turn returns refers to
 * `sectorAcc`, `kindAcc` and `pDetect`, read before the next turn (turn-record.ts).
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { FLOW_METRICS } from './results';
import { ACTOR_KINDS } from '../scenario/vocabulary';
import { QuickReactionIndex, StationIndex } from './spatial';
import type { CrossingCounts } from '../model/crossings';
import type { EngagementTally } from '../model/engagement';
import { AttemptMemo } from './kernel/attempts';

const NF = FLOW_METRICS.length;
const NK = ACTOR_KINDS.length;

/** The arrays of one turn, by sector (`nS`) or by force (`nF`). */
export class TurnArrays {
  /** Σ available × (1 − fatigue) × quality × duty fraction of the patrols, by sector. */
  readonly patrolEffective: Float64Array;
  /** Patrol personnel fit for duty, by sector. */
  readonly localAvailable: Float64Array;
  /** Σ available × (1 − fatigue) × quality, by sector. */
  readonly localCondition: Float64Array;
  /** Σ available × complicity, by sector. */
  readonly localComplicity: Float64Array;
  readonly pDetect: Float64Array;
  /** The sensors' detection chance over the turn (with assistance), by sector. */
  readonly sensors: Float64Array;
  readonly localDelay: Float64Array;
  /** The nearest quick-reaction force's delay (h; Infinity: none), by sector. */
  readonly qrfDelay: Float64Array;
  readonly complicity: Float64Array;
  /** Flows by sector and metric, sector-major (`s * NF + m`). */
  readonly sectorAcc: Float64Array;
  /** Flows by metric and actor kind, metric-major (`m * NK + k`). */
  readonly kindAcc: Float64Array;
  readonly localRemaining: Float64Array;
  readonly localLosses: Float64Array;
  readonly weights: Float64Array;
  readonly lambda: Float64Array;
  readonly qrfRemaining: Float64Array;
  readonly qrfLosses: Float64Array;
  readonly sorties: Float64Array;
  /** The deterrence factor of each actor kind this turn (docs/model.md §1). */
  readonly deterrence: Float64Array;
  /** One actor's detection probability by sector over a turn across months (its attempts' mix). */
  readonly pMix: Float64Array;
  /** The nearest quick-reaction force's index (-1: none), by sector. */
  readonly qrfIndex: Int32Array;
  /**
   * The sector of each patrol unit on station with personnel at the turn's defence (section 2
   * of the turn), -1 for every other unit: the units that can share a sector's losses.
   */
  readonly station: Int32Array;
  readonly advised: Uint8Array;
  readonly clashed: Uint8Array;

  private readonly f64: Float64Array;
  private readonly i32: Int32Array;
  private readonly u8: Uint8Array;

  constructor(
    readonly nS: number,
    readonly nF: number,
  ) {
    const f64 = new Float64Array(14 * nS + NF * nS + NF * NK + 3 * nF + NK);
    let at = 0;
    const take = (n: number): Float64Array => {
      const a = f64.subarray(at, at + n);
      at += n;
      return a;
    };
    this.patrolEffective = take(nS);
    this.localAvailable = take(nS);
    this.localCondition = take(nS);
    this.localComplicity = take(nS);
    this.pDetect = take(nS);
    this.sensors = take(nS);
    this.localDelay = take(nS);
    this.qrfDelay = take(nS);
    this.complicity = take(nS);
    this.localRemaining = take(nS);
    this.localLosses = take(nS);
    this.weights = take(nS);
    this.lambda = take(nS);
    this.sectorAcc = take(NF * nS);
    this.kindAcc = take(NF * NK);
    this.qrfRemaining = take(nF);
    this.qrfLosses = take(nF);
    this.sorties = take(nF);
    this.deterrence = take(NK);
    this.pMix = take(nS);
    this.f64 = f64;
    const i32 = new Int32Array(nS + nF);
    this.qrfIndex = i32.subarray(0, nS);
    this.station = i32.subarray(nS);
    this.i32 = i32;
    const u8 = new Uint8Array(2 * nS);
    this.advised = u8.subarray(0, nS);
    this.clashed = u8.subarray(nS, 2 * nS);
    this.u8 = u8;
  }

  /** Every array zeroed, then the quick-reaction delays set to Infinity and the indices to -1. */
  clear(): this {
    this.f64.fill(0);
    this.u8.fill(0);
    this.qrfDelay.fill(Infinity);
    this.i32.fill(-1);
    return this;
  }
}

/** A run's scratch: the turn's arrays, re-allocated only when the border or the forces change size. */
export class TurnScratch {
  /** An actor's presence weights under red's route order (kernel/cross.ts), made on first use. */
  routed?: Float64Array;
  /** Detection probability by (month of the turn, sector), for turns across months: not cleared. */
  private byMonth: Float64Array[] = [];

  /** The detection table of the turn's `k`-th month for `nS` sectors (overwritten by the caller). */
  monthTable(k: number, nS: number): Float64Array {
    let t = this.byMonth[k];
    if (t === undefined || t.length !== nS) {
      t = new Float64Array(nS);
      this.byMonth[k] = t;
    }
    return t;
  }

  /** The crossing counts of one actor, sector and turn (read before the next draw). */
  readonly counts: CrossingCounts = { attempts: 0, detected: 0, reached: 0, interdicted: 0, apprehended: 0, turnedBack: 0, gotAway: 0 };
  /** An actor's strength left and losses during a turn's engagements (one actor at a time). */
  readonly actorTally = { remaining: 0, losses: 0 };
  /** The probabilities of one crossing chain's four links after its attempts (kernel/cross.ts, crossChain). */
  readonly chain = new Float64Array(4);
  /** The engagements' tally of one actor, sector and turn (one engagement loop at a time). */
  readonly engagementTally: EngagementTally = {
    fought: 0,
    evaded: 0,
    repulses: 0,
    breakthroughs: 0,
    localCasualties: 0,
    quickReactionCasualties: 0,
    attackerCasualties: 0,
    sorties: 0,
  };
  /** Each month's weight for one actor over a turn (at most 13 months meet a turn of 366 days). */
  readonly monthSeason = new Float64Array(13);

  /** e^-λ of each actor's last mean in each sector (kernel/attempts.ts): kept from run to run. */
  private attemptMemo: AttemptMemo | null = null;

  /** The memo of the attempts' exponentials for `size` (actor, sector) pairs. */
  attempts(size: number): AttemptMemo {
    let m = this.attemptMemo;
    if (m === null || m.size !== size) m = this.attemptMemo = new AttemptMemo(size);
    return m;
  }

  /** Quick-reaction forces along the border, rebuilt each turn. */
  readonly quickReaction = new QuickReactionIndex();
  /** Patrol units by sector, rebuilt in a turn with losses to share out. */
  readonly stations = new StationIndex();
  private arrays: TurnArrays | null = null;

  /** The turn's arrays for `nS` sectors and `nF` forces, cleared. */
  turn(nS: number, nF: number): TurnArrays {
    let a = this.arrays;
    if (a === null || a.nS !== nS || a.nF !== nF) {
      a = new TurnArrays(nS, nF);
      this.arrays = a;
    }
    return a.clear();
  }
}
