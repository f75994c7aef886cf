/**
 * Many keyed streams of one {@link RandomStreams}, held as arrays instead of an object each: the
 * engine's crossing streams, one per (actor, sector), which every turn positions at the turn's
 * block and draws from. A slot gives exactly the uniforms its key's stream would (the same seed
 * from (seed, key), the same blocks of `drawsPerTurn` a turn), so results are bit for bit those
 * of {@link RandomStreams.stream}.
 *
 * What it changes is when the generator runs. A keyed stream steps its generator for each draw
 * and skips the rest of its block at the next turn: one chain of dependent steps per stream,
 * interleaved with the crossing chain's work, which the processor cannot overlap (on a toy
 * border of 1,200 sectors the skips alone were a fifth of a run). Here {@link StreamBlocks.prepare}
 * draws the whole block of every slot an actor will open this turn, in one loop over
 * independent generators, and `open` hands out the block from an array.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { fillPacked, fillPackedMany, skipPacked } from './generator';
import { seedKeyed } from './keyed-seed';
import type { Rng } from './rng';

/** What a table needs of its owner: the run's seed and which run it is. */
export interface StreamOwner {
  readonly seed: number;
  /** Incremented when the owner is re-seeded for another run. */
  readonly generation: number;
}

export class StreamBlocks implements Rng {
  /** Alea's (s0, s1, s2, c) of slot j at 4j. */
  private readonly state: Float64Array;
  /** Slot j's uniforms of the turn `ready[j]`, at j·K. */
  private readonly block: Float64Array;
  /** The turn whose block slot j holds (-1: none). */
  private readonly ready: Float64Array;
  /** Uniforms slot j's generator has made (the blocks drawn, and any skipped). */
  private readonly pos: Float64Array;
  /** The owner's generation each slot was seeded in (-1: never). */
  private readonly seeded: Float64Array;
  /** The last turn whose block ends within 2^53 - 1 draws. */
  private readonly lastTurn: number;
  /** The open slot's next uniform and its block's end, in `block`; the slot and its turn. */
  private cur = 0;
  private end = 0;
  private slot = -1;
  private turn = -1;
  /** The slots whose blocks `prepare` is drawing (scratch). */
  private due = new Int32Array(0);

  /**
   * @param owner - the streams whose seed the slots take
   * @param keys - each slot's key (a stable identifier, as for {@link RandomStreams.stream})
   * @param drawsPerTurn - K, the uniforms of each slot's block a turn
   */
  constructor(
    private readonly owner: StreamOwner,
    readonly keys: readonly string[],
    readonly drawsPerTurn: number,
  ) {
    if (!Number.isSafeInteger(drawsPerTurn) || drawsPerTurn < 1) throw new RangeError(`drawsPerTurn must be an integer ≥ 1, got ${String(drawsPerTurn)}`);
    const n = keys.length;
    this.state = new Float64Array(4 * n);
    this.block = new Float64Array(drawsPerTurn * n);
    this.ready = new Float64Array(n).fill(-1);
    this.pos = new Float64Array(n);
    this.seeded = new Float64Array(n).fill(-1);
    this.lastTurn = Math.floor(Number.MAX_SAFE_INTEGER / drawsPerTurn) - 1;
  }

  /**
   * Draws `turn`'s block of each slot `first + i` with `wanted[i] > 0` (i < `count`): what
   * `open` of those slots will hand out this turn.
   *
   * @example
   * blocks.prepare(actor * sectors, sectors, turn, lambda); // the slots with attempts possible
   */
  prepare(first: number, count: number, turn: number, wanted: Float64Array): void {
    this.check(turn);
    const K = this.drawsPerTurn;
    const start = turn * K;
    const generation = this.owner.generation;
    let due = this.due;
    if (due.length < count) due = this.due = new Int32Array(count);
    let m = 0;
    for (let i = 0; i < count; i++) {
      if (!((wanted[i] as number) > 0)) continue;
      const j = first + i;
      if (this.ready[j] === turn && this.seeded[j] === generation) continue;
      if (this.pos[j] !== start || this.seeded[j] !== generation) this.reach(j, start);
      due[m++] = j;
      this.pos[j] = start + K;
      this.ready[j] = turn;
    }
    // The blocks after the checks, in one loop over independent generators (generator.ts).
    fillPackedMany(this.state, due, m, this.block, K);
  }

  /**
   * Slot j at the start of `turn`'s block (as its key's `KeyedStream.open`): the uniforms it
   * hands out until the next `open` are positions [turn·K, (turn + 1)·K) of the key's
   * generator, drawn now unless {@link StreamBlocks.prepare} drew them.
   *
   * @throws RangeError for a turn that is not an integer in [0, 2^53 / K - 1)
   * @example
   * const u = blocks.open(j, turn).next();
   */
  open(j: number, turn: number): Rng {
    if (!(this.ready[j] === turn && this.seeded[j] === this.owner.generation)) {
      this.check(turn);
      const K = this.drawsPerTurn;
      this.reach(j, turn * K);
      fillPacked(this.state, 4 * j, this.block, j * K, K);
      this.pos[j] = (turn + 1) * K;
      this.ready[j] = turn;
    }
    this.cur = j * this.drawsPerTurn;
    this.end = this.cur + this.drawsPerTurn;
    this.slot = j;
    this.turn = turn;
    return this;
  }

  /**
   * The table of blocks: after {@link StreamBlocks.prepare} of slot j for a turn (or its `open`),
   * its uniforms of that turn are `uniforms[j·K]` … `uniforms[j·K + K - 1]` (K = `drawsPerTurn`)
   * until the slot is prepared or opened for another turn. For a loop that reads the links of
   * many slots' chains at their places (the engine's crossings); read, never written.
   */
  get uniforms(): Float64Array {
    return this.block;
  }

  next(): number {
    if (this.cur >= this.end) this.overrun();
    return this.block[this.cur++] as number;
  }

  /** Uniforms made by the generators of the slots seeded in the owner's current generation. */
  get drawn(): number {
    let total = 0;
    for (let j = 0; j < this.keys.length; j++) if (this.seeded[j] === this.owner.generation) total += this.pos[j] as number;
    return total;
  }

  /** Brings slot j's generator to position `start`: re-seeded first if stale or past it. */
  private reach(j: number, start: number): void {
    if (this.seeded[j] !== this.owner.generation || (this.pos[j] as number) > start) {
      seedKeyed(this.state, j, this.owner.seed, this.keys[j] as string);
      this.seeded[j] = this.owner.generation;
      this.pos[j] = 0;
    }
    skipPacked(this.state, 4 * j, start - (this.pos[j] as number));
    this.pos[j] = start;
  }

  private check(turn: number): void {
    if (!(Number.isInteger(turn) && turn >= 0 && turn <= this.lastTurn)) {
      throw new RangeError(`turn must be a non-negative integer with (turn + 1)·drawsPerTurn ≤ 2^53 - 1, got ${String(turn)}`);
    }
  }

  /** Throws for a draw past the block's end (out of line: `next` is inlined in hot loops). */
  private overrun(): never {
    throw new Error(
      `random stream '${this.keys[this.slot] ?? ''}': more than ${this.drawsPerTurn} draws in turn ${this.turn} ` +
        `(raise drawsPerTurn for this key; it must not depend on the state)`,
    );
  }
}
