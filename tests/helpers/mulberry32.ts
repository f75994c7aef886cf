import type { Rng } from '../../src/rng/rng';

/**
 * A tiny deterministic uniform source for statistical tests (mulberry32, a 32-bit-state
 * generator with good equidistribution for test-sized samples). The model and experiment tests
 * use it so that they do not depend on the real streams in src/rng.
 */
export function mulberry32(seed: number): Rng {
  let s = seed >>> 0;
  return {
    next(): number {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}
