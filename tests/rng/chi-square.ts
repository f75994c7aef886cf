/**
 * Chi-square upper critical value by the Wilson-Hilferty approximation (relative error below
 * 0.5% for df ≥ 10): df·(1 - 2/(9 df) + z·sqrt(2/(9 df)))³ with z the normal quantile of 1 - α.
 * With α = 0.001 (z = 3.090232), df = 99 gives 148.2 (exact: 148.23).
 */
export function chiSquareCritical(df: number, z = 3.090232): number {
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
