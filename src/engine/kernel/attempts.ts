/**
 * The chain's first link in the kernel: an actor's attempts in one sector and turn, the Poisson
 * count of the sector's mean from the stream's first uniform (model/crossings.ts). The same
 * count as {@link attemptsFrom}, bit for bit, with e^-λ kept for each (actor, sector): an
 * actor's mean in a sector repeats turn after turn unless something it depends on changed, and
 * the exponential was a tenth of the crossing loop's time. Only integers and objects cross the
 * call: V8 boxes a double passed to a function it does not inline.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { poissonQuantileFromZero } from '../../rng/distributions';

/** e^-λ of the last mean λ met by each (actor, sector), at `actor * nS + sector`. */
export class AttemptMemo {
  private readonly means: Float64Array;
  private readonly exps: Float64Array;

  constructor(readonly size: number) {
    // NaN equals no mean, so every slot is worked out on its first use.
    this.means = new Float64Array(size).fill(NaN);
    this.exps = new Float64Array(size);
  }

  /**
   * The attempts for the mean `lambda[s]` from the uniform `uniforms[i]` (u₁ of a stream's block
   * for the turn), slot `at` of the memo.
   *
   * @example
   * memo.drawAt(block, 0, Float64Array.of(2), 0, 0); // Poisson(2) from block[0]
   */
  drawAt(uniforms: Float64Array, i: number, lambda: Float64Array, s: number, at: number): number {
    const u = uniforms[i] as number;
    const mean = lambda[s] as number;
    if (this.means[at] !== mean) {
      this.means[at] = mean;
      this.exps[at] = Math.exp(-mean);
    }
    return poissonQuantileFromZero(u, mean, this.exps[at] as number);
  }
}
