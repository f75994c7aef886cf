/**
 * Per-run scratch buffers of the turn loop: the typed arrays a turn works in, allocated once
 * per run (per {@link StepContext}) and cleared at the start of each use, instead of a dozen
 * fresh `Float64Array`s a turn (each one an off-heap backing store for the allocator and the
 * garbage collector). Nothing a turn returns refers to them.
 *
 * @internal
 * @module
 */
import { QuickReactionIndex, StationIndex } from './spatial';

/** Typed arrays by slot number; a slot is re-allocated only when the length asked for changes. */
export class TurnScratch {
  /** Quick-reaction forces along the border, rebuilt each turn. */
  readonly quickReaction = new QuickReactionIndex();
  /** Patrol units by sector, rebuilt in a turn with losses to share out. */
  readonly stations = new StationIndex();
  private readonly f64s: (Float64Array | undefined)[] = [];
  private readonly i32s: (Int32Array | undefined)[] = [];
  private readonly u8s: (Uint8Array | undefined)[] = [];

  /** The Float64Array of `slot`, of length `n`, every element set to `fill` (default 0). */
  f64(slot: number, n: number, fill = 0): Float64Array {
    let a = this.f64s[slot];
    if (a === undefined || a.length !== n) {
      a = new Float64Array(n);
      this.f64s[slot] = a;
      if (fill === 0) return a;
    }
    return a.fill(fill);
  }

  /** The Int32Array of `slot`, of length `n`, every element set to `fill` (default 0). */
  i32(slot: number, n: number, fill = 0): Int32Array {
    let a = this.i32s[slot];
    if (a === undefined || a.length !== n) {
      a = new Int32Array(n);
      this.i32s[slot] = a;
      if (fill === 0) return a;
    }
    return a.fill(fill);
  }

  /** The Uint8Array of `slot`, of length `n`, all zero. */
  u8(slot: number, n: number): Uint8Array {
    let a = this.u8s[slot];
    if (a === undefined || a.length !== n) {
      a = new Uint8Array(n);
      this.u8s[slot] = a;
      return a;
    }
    return a.fill(0);
  }
}
