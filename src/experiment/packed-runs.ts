/**
 * A block's runs as a worker thread sends them back: every run's totals in one Float64Array
 * (a row a run, the metric names once), instead of an object of about 90 named numbers a run.
 *
 * A worker keeps a block's results until the block is done (64 runs). As objects, each run's
 * totals outlived several of the worker's young-generation collections, which copied them and
 * then promoted them; as a row of a typed array they are written once, off the heap, and cross
 * to the main thread as one buffer. The numbers are the same doubles, bit for bit
 * (tests/experiment/packed-runs.test.ts).
 *
 * @internal
 * @module
 */
import type { RunOutput } from './chunk';

/** The runs of a block, packed. */
export interface PackedRuns {
  readonly packed: true;
  /** The metric names, in the order of a row. */
  readonly keys: readonly string[];
  /** count × keys.length totals, a row a run. */
  readonly values: Float64Array;
  readonly index: readonly number[];
  readonly seed: readonly number[];
  /** Per-turn series, when the block asked for them (kept as they are: they are rare). */
  readonly series: readonly (Record<string, number[]> | undefined)[];
}

/** Packs runs one at a time, as they are played. */
export class RunPacker {
  private keys: string[] | null = null;
  private values: Float64Array;
  private readonly index: number[] = [];
  private readonly seed: number[] = [];
  private readonly series: (Record<string, number[]> | undefined)[] = [];
  /** Runs whose totals did not have the first run's names (none in practice): sent as they are. */
  private readonly odd: RunOutput[] = [];

  /** @param expected - the block's run count (the buffer grows if more come) */
  constructor(private readonly expected: number) {
    this.values = new Float64Array(0);
  }

  add(run: RunOutput): void {
    const totals = run.totals;
    let keys = this.keys;
    if (keys === null) {
      keys = Object.keys(totals);
      this.keys = keys;
      this.values = new Float64Array(Math.max(1, this.expected) * keys.length);
    }
    if (this.odd.length > 0 || !sameNames(keys, totals)) {
      this.odd.push(run);
      return;
    }
    const n = keys.length;
    const row = this.index.length;
    if ((row + 1) * n > this.values.length) {
      const grown = new Float64Array(Math.max(2 * this.values.length, (row + 1) * n));
      grown.set(this.values);
      this.values = grown;
    }
    for (let j = 0; j < n; j++) this.values[row * n + j] = totals[keys[j] as string] as number;
    this.index.push(run.index);
    this.seed.push(run.seed);
    this.series.push(run.series);
  }

  /** The packed block, or the runs as they are if their totals did not share one set of names. */
  result(): PackedRuns | RunOutput[] {
    if (this.odd.length > 0) return [...unpackRuns(this.packed()), ...this.odd];
    return this.packed();
  }

  private packed(): PackedRuns {
    const keys = this.keys ?? [];
    return { packed: true, keys, values: this.values.subarray(0, this.index.length * keys.length), index: this.index, seed: this.seed, series: this.series };
  }
}

function sameNames(keys: readonly string[], totals: Record<string, number>): boolean {
  let n = 0;
  for (const k in totals) {
    if (!Object.hasOwn(totals, k)) continue;
    if (keys[n] !== k) return false;
    n++;
  }
  return n === keys.length;
}

/** The runs of a packed block (or the runs themselves, if they came unpacked). */
export function unpackRuns(p: PackedRuns | RunOutput[]): RunOutput[] {
  if (Array.isArray(p)) return p;
  const { keys, values } = p;
  const n = keys.length;
  const out: RunOutput[] = [];
  // Each run's totals are a copy of one object with every name: one allocation of the final
  // shape, instead of an object grown name by name.
  // Built with fromEntries so that any name, '__proto__' too, is an own property.
  const template: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (let r = 0; r < p.index.length; r++) {
    const totals: Record<string, number> = { ...template };
    for (let j = 0; j < n; j++) totals[keys[j] as string] = values[r * n + j] as number;
    const run: RunOutput = { index: p.index[r] as number, seed: p.seed[r] as number, totals };
    const s = p.series[r];
    if (s !== undefined) run.series = s;
    out.push(run);
  }
  return out;
}
