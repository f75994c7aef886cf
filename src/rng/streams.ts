/**
 * Seeded random streams keyed by stable identifiers (docs/architecture.md, "Random streams";
 * docs/determinism.md).
 *
 * A stream is identified by a string key such as `'arrivals/panj/imu'`, never by call order or
 * array position. Each key has one generator per {@link RandomStreams} instance, whose state is
 * a hash of (seed, key); it is consumed in fixed blocks of `drawsPerTurn` uniforms a turn, so
 * how many draws one key uses never moves any other key's draws, nor the same key's later turns.
 *
 * @module
 */
import type { Rng } from './rng';
import { assertSeed, mixSafeInteger, mixString } from './hash';
import { seedKeyed } from './keyed-seed';
import { StreamBlocks } from './stream-blocks';
import { generatorFromHashes, HALF_CELL, nextPacked, skipPacked, type RawGenerator } from './generator';

/** Salts of the three state words, per kind of stream (so the kinds never share a state). */
const CHILD = [0xa54ff53a, 0x510e527f, 0x9b05688c] as const;
const PLAIN_NUMBER = [0x243f6a88, 0x85a308d3, 0x13198a2e] as const;
const PLAIN_STRING = [0x03707344, 0xa4093822, 0x299f31d0] as const;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** Room made up front for at most this many streams (a larger border grows the room by doubling). */
const MAX_PRESIZED_STREAMS = 1 << 20;

/** A generator seeded by hashing (seed, [integer], key) under one salt triple. */
function hashedGenerator(salts: readonly [number, number, number], seed: number, key: string, turn?: number): RawGenerator {
  let h0 = mixSafeInteger(salts[0], seed);
  let h1 = mixSafeInteger(salts[1], seed);
  let h2 = mixSafeInteger(salts[2], seed);
  let words = 2 + key.length;
  if (turn !== undefined) {
    h0 = mixSafeInteger(h0, turn);
    h1 = mixSafeInteger(h1, turn);
    h2 = mixSafeInteger(h2, turn);
    words += 2;
  }
  h0 = mixString(h0, key);
  h1 = mixString(h1, key);
  h2 = mixString(h2, key);
  return generatorFromHashes(h0, h1, h2, words);
}

function assertIndex(value: number, what: string, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${what} must be an integer ≥ ${min}, got ${String(value)}`);
  }
}

/**
 * One key's stream: positioned by {@link RandomStreams.at}, it hands out the uniforms of one
 * turn's block and throws past the block's end.
 */
export class KeyedStream implements Rng {
  /** Absolute position: uniforms drawn or skipped so far. */
  pos = 0;
  /** End of the current block (exclusive); 0 until the first `at()`. */
  end = 0;
  /** The turn last asked for (-1 before the first `at()`). */
  turn = -1;

  /** Offset of this stream's generator in its owner's packed state. */
  private readonly offset: number;
  /** The last turn whose block ends within 2^53 - 1 draws. */
  private readonly lastTurn: number;

  constructor(
    readonly key: string,
    readonly drawsPerTurn: number,
    private readonly owner: RandomStreams,
    /** This stream's generator in its owner's packed state. */
    readonly index: number,
    /** Its owner's generation when the stream was last seeded (RandomStreams.reseed). @internal */
    public generation: number,
  ) {
    this.offset = 4 * index;
    this.lastTurn = Math.floor(MAX_SAFE / drawsPerTurn) - 1;
  }

  next(): number {
    if (this.pos >= this.end) this.overrun();
    this.pos++;
    return nextPacked(this.owner.state, this.offset) + HALF_CELL;
  }

  /** Throws for a draw past the block's end (out of line: `next` is inlined in hot loops). */
  private overrun(): never {
    throw new Error(
      `random stream '${this.key}': more than ${this.drawsPerTurn} draws in turn ${this.turn} ` +
        `(raise drawsPerTurn for this key; it must not depend on the state)`,
    );
  }

  /**
   * This stream positioned at the start of `turn`'s block (or where this turn's draws left off).
   *
   * @throws RangeError for a turn that is not a non-negative integer, or whose block would end
   *   beyond 2^53 - 1
   * @throws Error for a turn before the stream's turn
   */
  at(turn: number): Rng {
    // The engine's case first, with no checks to make: the turn after the stream's last.
    if (turn === this.turn + 1 && turn <= this.lastTurn) {
      this.seek(turn);
      return this;
    }
    if (turn !== this.turn || this.turn < 0) {
      if (!(turn > this.turn) || this.turn < 0) {
        if (!Number.isSafeInteger(turn) || turn < 0) assertIndex(turn, 'turn', 0);
        if (this.turn >= 0) throw new Error(`random stream '${this.key}': turn ${turn} asked for after turn ${this.turn} (turns only move forward)`);
      }
      if (!Number.isSafeInteger(turn) || (turn + 1) * this.drawsPerTurn > MAX_SAFE) {
        throw new RangeError(`turn must be a non-negative integer with (turn + 1)·drawsPerTurn ≤ 2^53 - 1, got ${String(turn)}`);
      }
      this.seek(turn);
    }
    return this;
  }

  /**
   * This stream at the start of `turn`'s block, whatever was drawn before: the uniforms handed
   * out are positions [turn·K, (turn + 1)·K) of the key's generator, a function of (seed, key,
   * turn) alone. Going forward skips; going back (a turn replayed, or an earlier state stepped)
   * re-seeds the generator from (seed, key) and skips to the block. This is what makes the
   * engine's `step` pure: the same state gives the same next state, whatever was stepped before.
   *
   * @throws RangeError for a turn that is not a non-negative integer, or whose block would end
   *   beyond 2^53 - 1
   */
  open(turn: number): Rng {
    // The engine's case first, with no checks to make: the turn after the stream's last.
    if (turn === this.turn + 1 && turn <= this.lastTurn) {
      this.seek(turn);
      return this;
    }
    if (!Number.isSafeInteger(turn) || turn < 0 || (turn + 1) * this.drawsPerTurn > MAX_SAFE) {
      throw new RangeError(`turn must be a non-negative integer with (turn + 1)·drawsPerTurn ≤ 2^53 - 1, got ${String(turn)}`);
    }
    if (this.pos > turn * this.drawsPerTurn) {
      this.owner.restart(this);
      this.pos = 0;
    }
    this.seek(turn);
    return this;
  }

  /** Skip to the start of `turn`'s block and open it. */
  private seek(turn: number): void {
    const start = turn * this.drawsPerTurn;
    if (this.pos < start) {
      skipPacked(this.owner.state, this.offset, start - this.pos);
      this.pos = start;
    }
    this.end = start + this.drawsPerTurn;
    this.turn = turn;
  }
}

/** A generator for variable-length work, counting its draws into its owner's total. */
class ChildStream implements Rng {
  constructor(
    private readonly owner: RandomStreams,
    private readonly gen: RawGenerator,
  ) {}

  next(): number {
    this.owner.childDrawn++;
    return this.gen() + HALF_CELL;
  }
}

/**
 * All the random streams of one run.
 *
 * - {@link RandomStreams.at} gives a key's stream positioned at the start of a turn's block of
 *   `drawsPerTurn` uniforms: the draws of turn t are positions [t·K, (t+1)·K) of that key's
 *   generator. Unused draws of earlier turns are skipped (about 5 ns each), so a turn that draws
 *   fewer never shifts a later turn. Asking for more than K draws in a turn, for a turn before
 *   the one the stream is in, or for a different K than the key's first call, throws an `Error`
 *   (a programming error, not bad luck).
 * - {@link RandomStreams.child} gives a fresh generator for work of variable length (a battle),
 *   keyed by (key, turn) and independent of every other stream.
 *
 * Each key's generator is created lazily, once per instance, from a hash of (seed, key): no
 * Mash, no per-turn reseeding. Keys live in a `Map` used for lookup only.
 *
 * @example
 * const streams = new RandomStreams(7);
 * const rng = streams.at('arrivals/panj/imu', 0, 4);
 * const u = rng.next(); // the first of at most 4 uniforms for this key in turn 0
 */
export class RandomStreams {
  /** Draws made by children (see {@link RandomStreams.drawn}). @internal */
  childDrawn = 0;
  /**
   * The keyed streams' generators, packed: alea's (s0, s1, s2, c) for stream i at 4i (grown by
   * doubling). One typed array instead of an alea closure per key keeps a border of thousands
   * of sectors' streams in a few contiguous megabytes. @internal
   */
  state: Float64Array;
  private readonly streams = new Map<string, KeyedStream>();
  /** The same streams in creation order, only to add up {@link RandomStreams.drawn}. */
  private readonly list: KeyedStream[] = [];

  /**
   * @param seed - the run's seed, a non-negative safe integer (for run i of a Monte Carlo,
   *   `deriveSeed(root, i)`)
   * @param expectedStreams - how many keyed streams to make room for at once (a run's actors ×
   *   sectors; optional, the room grows as streams are added)
   * @throws RangeError if `seed` is not a non-negative safe integer
   */
  constructor(seed: number, expectedStreams = 16) {
    assertSeed(seed);
    this.currentSeed = seed;
    this.state = new Float64Array(4 * Math.min(Math.max(1, Math.floor(expectedStreams) || 1), MAX_PRESIZED_STREAMS));
  }

  private currentSeed: number;

  /** The run's seed. */
  get seed(): number {
    return this.currentSeed;
  }

  /**
   * These streams as a fresh instance for `seed` would be: every stream made so far re-seeded
   * and back at its start, no draws counted. A run gives its streams back when it ends and the
   * next run reseeds them (play.ts), instead of building its map of keys and its streams anew
   * (the values drawn depend only on (seed, key), never on the order streams were made).
   *
   * @throws RangeError if `seed` is not a non-negative safe integer
   * @internal
   */
  reseed(seed: number): this {
    assertSeed(seed);
    this.currentSeed = seed;
    this.childDrawn = 0;
    // Each stream is re-seeded when first asked for (a key of an earlier run may not come back).
    this.generation++;
    return this;
  }

  /**
   * Re-seeds stream `s` from (seed, key), back at its start (KeyedStream.open going back).
   *
   * @internal
   */
  restart(s: KeyedStream): void {
    seedKeyed(this.state, s.index, this.currentSeed, s.key);
  }

  /** How many keyed streams this instance holds (of this run or earlier ones, tables' slots included). @internal */
  get size(): number {
    let n = this.list.length;
    for (const t of this.tables.values()) n += t.keys.length;
    return n;
  }

  /** Incremented by {@link RandomStreams.reseed}: a stream of an older generation is stale. @internal */
  generation = 0;

  /** Tables of keyed streams by their keys (see {@link RandomStreams.blocks}). */
  private readonly tables = new Map<readonly string[], StreamBlocks>();

  /**
   * The keyed streams of `keys` as one table (stream-blocks.ts): slot j gives the uniforms of
   * `stream(keys[j], drawsPerTurn)`, bit for bit, with its position kept in an array. The same
   * array of keys gives the same table on every call (and after {@link RandomStreams.reseed},
   * its slots re-seeded as they are opened). A key must not be drawn from both here and by
   * `stream`/`at` in the same run: each would keep its own position.
   *
   * @internal
   */
  blocks(keys: readonly string[], drawsPerTurn: number): StreamBlocks {
    let t = this.tables.get(keys);
    if (t === undefined) {
      t = new StreamBlocks(this, keys, drawsPerTurn);
      this.tables.set(keys, t);
    } else if (t.drawsPerTurn !== drawsPerTurn) {
      throw new Error(`stream table: drawsPerTurn ${String(drawsPerTurn)} differs from ${t.drawsPerTurn} used before (it must be fixed for a table)`);
    }
    return t;
  }

  /**
   * The stream of a stable key, positioned at the start of `turn`'s block of `drawsPerTurn`
   * uniforms (or, if it was already asked for this turn, where that left off in the block).
   *
   * The returned `Rng` is the key's stream itself: it is valid for this turn until the next
   * `at()` for the same key. Its uniforms are in (0, 1): (i + 1/2)/2^32, never 0 or 1.
   *
   * @param key - a stable identifier, e.g. `'arrivals/panj/imu'` (any string; never an array index)
   * @param turn - the turn, an integer ≥ 0, never decreasing for a key
   * @param drawsPerTurn - K, the most uniforms this key may use in a turn (integer ≥ 1; the
   *   same on every call for a key)
   * @returns the key's stream, with at most K - (draws already made this turn) draws left
   * @throws RangeError for a non-integer or out-of-range turn or K
   * @throws Error if K differs from the key's first call, or `turn` is before the stream's turn
   */
  at(key: string, turn: number, drawsPerTurn: number): Rng {
    return this.stream(key, drawsPerTurn).at(turn);
  }

  /**
   * The stream of a stable key, to position turn after turn with its `at(turn)` (the same as
   * {@link RandomStreams.at} without looking the key up each time: a run keeps the streams it
   * uses every turn).
   *
   * @param key - a stable identifier (see {@link RandomStreams.at})
   * @param drawsPerTurn - K, the same on every call for a key
   * @throws RangeError for a K that is not an integer ≥ 1
   * @throws Error if K differs from the key's first call
   * @internal
   */
  stream(key: string, drawsPerTurn: number): KeyedStream {
    let s = this.streams.get(key);
    if (s !== undefined && s.generation !== this.generation) {
      // Made by an earlier run of these streams (see reseed): as good as new once re-seeded.
      seedKeyed(this.state, s.index, this.currentSeed, key);
      s.generation = this.generation;
      s.pos = 0;
      s.end = 0;
      s.turn = -1;
    }
    if (s === undefined) {
      assertIndex(drawsPerTurn, 'drawsPerTurn', 1);
      const index = this.list.length;
      if (4 * index + 4 > this.state.length) {
        const grown = new Float64Array(2 * this.state.length);
        grown.set(this.state);
        this.state = grown;
      }
      seedKeyed(this.state, index, this.currentSeed, key);
      s = new KeyedStream(key, drawsPerTurn, this, index, this.generation);
      this.streams.set(key, s);
      this.list.push(s);
    } else if (s.drawsPerTurn !== drawsPerTurn) {
      throw new Error(
        `random stream '${key}': drawsPerTurn ${String(drawsPerTurn)} differs from ${s.drawsPerTurn} ` + `used before (it must be fixed for a key)`,
      );
    }
    return s;
  }

  /**
   * A fresh generator for variable-length work (a battle), keyed by (key, turn): each call
   * builds a new generator from a hash of (seed, key, turn), so calling twice gives the same
   * sequence, and nothing it draws moves any other stream. Unbounded length.
   *
   * @param key - a stable identifier, e.g. `'battle/panj/b1'`
   * @param turn - the turn, a non-negative safe integer
   * @returns an `Rng` with uniforms in (0, 1)
   * @throws RangeError if `turn` is not a non-negative safe integer
   */
  child(key: string, turn: number): Rng {
    assertIndex(turn, 'turn', 0);
    return new ChildStream(this, hashedGenerator(CHILD, this.currentSeed, key, turn));
  }

  /** Total uniforms drawn so far, including those skipped by `at()` and those of children. */
  get drawn(): number {
    let total = this.childDrawn;
    for (const s of this.list) if (s.generation === this.generation) total += s.pos;
    for (const t of this.tables.values()) total += t.drawn;
    return total;
  }
}

/**
 * A plain generator for tests and experimental designs (not keyed by turn; unbounded length).
 * Numbers and strings are hashed separately, so `createRng(5)` and `createRng('5')` differ.
 * Uniforms are in (0, 1), as from {@link RandomStreams}.
 *
 * @param seed - a non-negative safe integer, or any string
 * @returns an `Rng`
 * @throws RangeError for a number that is not a non-negative safe integer
 * @example
 * const rng = createRng(42);
 * rng.next(); // the same value on every run and platform
 */
export function createRng(seed: number | string): Rng {
  let gen: RawGenerator;
  if (typeof seed === 'number') {
    assertSeed(seed);
    gen = hashedGenerator(PLAIN_NUMBER, seed, '');
  } else {
    gen = hashedGenerator(PLAIN_STRING, 0, seed);
  }
  return { next: () => gen() + HALF_CELL };
}
