/**
 * The metrics of the last turns, as the world keeps them for conditions and policies
 * (`WorldState.history`).
 *
 * In the JSON state the history is a list of named records ({@link HistoryEntry}). Building
 * those records every turn cost about a tenth of a run whose scenario has events, though most
 * runs never look at them (a Monte Carlo keeps only totals; conditions read a few numbers). So a
 * run keeps each turn's typed accumulators in a ring of preallocated slots, reads conditions'
 * metrics from them directly, and builds a turn's named record only when the history is seen as
 * JSON (a state hash, the final state, a policy function's view), once per turn and slot.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import type { CompiledScenario } from './compile';
import { RowLayout } from './recorder';
import type { HistoryEntry } from './state';
import type { TurnOutcome } from './turn-record';

/** How `metric()` aggregates the values of a window. */
export type HistoryAggregate = 'sum' | 'mean' | 'min' | 'max' | 'last';

const EMPTY = new Float64Array(0);
/** Slots whose numbers share one buffer: the shortest window a run keeps (MIN_HISTORY_TURNS). */
const SLOTS_PER_BLOCK = 8;

/** One turn: either its typed numbers (a turn this run played) or a record (from a given state). */
class Slot {
  turn = 0;
  date = '';
  /** The turn's row (recorder.ts, RowLayout); allocated when the slot first holds a played turn. */
  data: Float64Array = EMPTY;
  /** The named record: given, shared with the turn's record, or built on first use. */
  entry: HistoryEntry | null = null;
  typed = false;
}

/** The last turns' metrics (oldest first), at most `capacity` of them. */
export class HistoryWindow {
  private readonly slots: Slot[] = [];
  /** Slots in use, oldest first: `slots[(head + i) % slots.length]`. */
  private head = 0;
  private count = 0;
  private readonly layout: RowLayout;
  private readonly size: number;
  /** Where new slots take their numbers from (see `freshData`). */
  private block: Float64Array = EMPTY;
  private blockUsed = 0;

  /**
   * @param sc - the scenario (its sector ids name the records)
   * @param entries - a state's history, oldest first (kept as given)
   */
  constructor(
    private readonly sc: CompiledScenario,
    entries: readonly HistoryEntry[] = [],
  ) {
    this.layout = new RowLayout(sc.sectors.length);
    this.size = this.layout.size;
    for (const e of entries) {
      const slot = this.claim(Infinity);
      slot.turn = e.turn;
      slot.entry = e;
      slot.typed = false;
    }
  }

  /** Turns held. */
  get length(): number {
    return this.count;
  }

  /** Adds a turn that was just played, dropping the oldest beyond `capacity` turns. */
  push(out: TurnOutcome, capacity: number): void {
    const slot = this.claim(capacity);
    slot.turn = out.turn;
    slot.date = out.date;
    slot.entry = null;
    slot.typed = true;
    if (slot.data.length !== this.size) slot.data = this.freshData();
    this.layout.write(out, slot.data);
  }

  /** The named records, oldest first (built once per turn, then shared). */
  entries(): HistoryEntry[] {
    const out: HistoryEntry[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.entryOf(this.slotAt(i)));
    return out;
  }

  /**
   * A metric over the last `window` turns, as the named records would give it: by sector id,
   * by actor kind, or whole-border; 0 for a name the record does not have, and 0 with no turns.
   */
  metric(name: string, window: number, aggregate: HistoryAggregate, sector?: string, kind?: string): number {
    const from = Math.max(0, this.count - window);
    const n = this.count - from;
    if (n <= 0) return 0;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    let last = 0;
    for (let i = from; i < this.count; i++) {
      const v = this.value(this.slotAt(i), name, sector, kind);
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
      last = v;
    }
    switch (aggregate) {
      case 'sum':
        return sum;
      case 'mean':
        return sum / n;
      case 'min':
        return min;
      case 'max':
        return max;
      default:
        return last;
    }
  }

  private value(slot: Slot, name: string, sector: string | undefined, kind: string | undefined): number {
    if (!slot.typed) {
      const e = slot.entry as HistoryEntry;
      const m = sector !== undefined ? e.bySector[sector] : kind !== undefined ? e.byKind[kind] : e.metrics;
      return m?.[name] ?? 0;
    }
    return this.layout.value(slot.data, this.sc, name, sector, kind);
  }

  private slotAt(i: number): Slot {
    return this.slots[(this.head + i) % this.slots.length] as Slot;
  }

  private entryOf(slot: Slot): HistoryEntry {
    if (slot.entry === null) {
      // The turn's record, named from its row (the recorder's one function).
      const r = this.layout.record(slot.data, slot.turn, slot.date, this.sc, true);
      slot.entry = { turn: r.turn, metrics: r.metrics, byKind: r.byKind, bySector: r.bySector };
    }
    return slot.entry;
  }

  /** The slot for a new turn: a fresh one while under `capacity`, else the oldest, recycled. */
  /**
   * A slot's numbers: a view of a block with room for several slots (one buffer a run for the
   * usual window, instead of one per slot).
   */
  private freshData(): Float64Array {
    if (this.blockUsed + this.size > this.block.length) {
      this.block = new Float64Array(this.size * SLOTS_PER_BLOCK);
      this.blockUsed = 0;
    }
    const data = this.block.subarray(this.blockUsed, this.blockUsed + this.size);
    this.blockUsed += this.size;
    return data;
  }

  private claim(capacity: number): Slot {
    if (this.count < capacity && this.count === this.slots.length && this.head === 0) {
      // Grow a ring that is in order already (it has not wrapped): a slot at the end.
      const slot = new Slot();
      this.slots.push(slot);
      this.count += 1;
      return slot;
    }
    if (this.count < capacity && this.count === this.slots.length) {
      // Grow: keep the ring in order (oldest first from head 0).
      const ordered = Array.from({ length: this.count }, (_, i) => this.slotAt(i));
      ordered.push(new Slot());
      this.slots.length = 0;
      this.slots.push(...ordered);
      this.head = 0;
      this.count += 1;
      return ordered[ordered.length - 1] as Slot;
    }
    if (this.count < capacity) {
      const slot = this.slotAt(this.count);
      this.count += 1;
      return slot;
    }
    // Full: drop the oldest (several, if the capacity shrank).
    while (this.count >= capacity && this.count > 0) {
      this.head = (this.head + 1) % this.slots.length;
      this.count -= 1;
    }
    const slot = this.slotAt(this.count);
    this.count += 1;
    return slot;
  }
}
