import type { Rng } from '../../src/rng/rng';

/**
 * A tiny deterministic uniform source for the model's statistical tests (mulberry32, a
 * 32-bit-state generator with good equidistribution for test-sized samples). Kept local so the
 * model tests do not depend on the real streams in src/rng.
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

/**
 * Tolerance for a Monte Carlo proportion: 4 standard errors, sqrt(p (1 - p) / n). With a fixed
 * seed the test is deterministic; 4 sigma means a correct model would fail for fewer than 1 in
 * 15,000 seeds, so a failure here is a bug, not bad luck.
 */
export function proportionTolerance(p: number, n: number): number {
  return 4 * Math.sqrt((p * (1 - p)) / n);
}
