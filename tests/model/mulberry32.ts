export { mulberry32 } from '../helpers/mulberry32';

/**
 * Tolerance for a Monte Carlo proportion: 4 standard errors, sqrt(p (1 - p) / n). With a fixed
 * seed the test is deterministic; 4 sigma means a correct model would fail for fewer than 1 in
 * 15,000 seeds, so a failure here is a bug, not bad luck.
 */
export function proportionTolerance(p: number, n: number): number {
  return 4 * Math.sqrt((p * (1 - p)) / n);
}
