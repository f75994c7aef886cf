/** Upper 0.1% points of chi-square for df = 1..30 (scipy.stats.chi2.ppf(0.999, df)). */
const CRITICAL_999 = [
  10.828, 13.816, 16.266, 18.467, 20.515, 22.458, 24.322, 26.124, 27.877, 29.588, 31.264, 32.909, 34.528, 36.123, 37.697, 39.252, 40.79, 42.312, 43.82, 45.315,
  46.797, 48.268, 49.728, 51.179, 52.62, 54.052, 55.476, 56.892, 58.301, 59.703,
];

/**
 * Chi-square upper critical value at α = 0.001: tabulated for df ≤ 30, beyond by the
 * Wilson-Hilferty approximation df·(1 - 2/(9 df) + z·sqrt(2/(9 df)))³ with z = 3.090232 (relative
 * error below 0.3% there; df = 59 gives 98.34, exact 98.32; df = 99 gives 148.2, exact 148.23).
 * A correct sampler fails such a test for 1 seed in 1000; the seeds are fixed.
 */
export function chiSquareCritical(df: number): number {
  const tabulated = CRITICAL_999[df - 1];
  if (tabulated !== undefined) return tabulated;
  const z = 3.090232;
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

/** Pearson's statistic Σ (observed - expected)² / expected. */
export function chiSquare(observed: readonly number[], expected: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < observed.length; i++) {
    const e = expected[i] ?? 0;
    s += ((observed[i] ?? 0) - e) ** 2 / e;
  }
  return s;
}
