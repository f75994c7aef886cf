/**
 * The one-sided tests of `checkAssumption`'s statistical mode, on paired differences
 * D_i = after_i − before_i (run i of both arms on the same seed: common random numbers).
 *
 * Reading of the relations (the claim is "after REL before"):
 * - `<=`, `>=`, `==`: the claim is **rejected** when the data give significant evidence against it
 *   (mean D > 0 for `<=`, mean D < 0 for `>=`, mean D ≠ 0 for `==`, two-sided). No evidence
 *   either way passes: a property test looks for counterexamples.
 * - `<`, `>`: the claim is **accepted** only when the data give significant evidence for it
 *   (mean D < 0 for `<`); otherwise it fails.
 *
 * @module
 */
import { pairedComparison, studentTQuantile } from './lib';

/** A relation between the value after the change and the value before. */
export type RelationName = '<=' | '>=' | '==' | '<' | '>';

/** The outcome of one paired test. */
export interface PairedTest {
  test: 't' | 'sign';
  n: number;
  meanBefore: number;
  meanAfter: number;
  meanDifference: number;
  sdDifference: number;
  /** t statistic (t test) or number of positive differences (sign test). */
  statistic: number;
  /** The critical value the statistic was compared with (t test), or the p-value bound (sign test). */
  critical: number;
  /** One-sided (two-sided for '==') p-value: exact for the sign test; for the t test, reported as a bound. */
  pValue: number | undefined;
  /** Significance level used for this test. */
  alpha: number;
  holds: boolean;
  /** The sentence of the decision. */
  reason: string;
}

/** log of the binomial(n, ½) probability of k. */
function logBinomHalf(n: number, k: number): number {
  let s = 0;
  // log C(n, k) by summing logs (n is a number of runs: small).
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s - n * Math.LN2;
}

/** P(X ≥ k) for X ~ Binomial(n, ½). */
export function binomialUpperTailHalf(n: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let p = 0;
  for (let j = k; j <= n; j++) p += Math.exp(logBinomHalf(n, j));
  return Math.min(1, p);
}

/**
 * Tests "after REL before" on paired values at significance `alpha` (one-sided; two-sided for
 * '=='), with a paired Student t test or an exact sign test (ties dropped).
 */
export function pairedTest(before: readonly number[], after: readonly number[], relation: RelationName, alpha: number, test: 't' | 'sign'): PairedTest {
  const c = pairedComparison(before, after);
  const n = c.n;
  const base = { n, meanBefore: c.meanBaseline, meanAfter: c.meanPolicy, meanDifference: c.meanDifference, sdDifference: c.sdDifference, alpha };
  const twoSided = relation === '==';
  const a = twoSided ? alpha / 2 : alpha;
  // Evidence that D > 0 and that D < 0, each at level a.
  let up: boolean;
  let down: boolean;
  let statistic: number;
  let critical: number;
  let pValue: number | undefined;
  if (test === 'sign') {
    let pos = 0;
    let neg = 0;
    for (let i = 0; i < n; i++) {
      const d = (after[i] as number) - (before[i] as number);
      if (d > 0) pos++;
      else if (d < 0) neg++;
    }
    const m = pos + neg;
    const pUp = binomialUpperTailHalf(m, pos);
    const pDown = binomialUpperTailHalf(m, neg);
    up = pUp <= a;
    down = pDown <= a;
    statistic = pos;
    critical = a;
    pValue = relation === '<=' || relation === '>' ? pUp : relation === '>=' || relation === '<' ? pDown : Math.min(1, 2 * Math.min(pUp, pDown));
  } else {
    const sd = c.sdDifference;
    const mean = c.meanDifference;
    if (n < 2) statistic = 0;
    else if (sd > 0) statistic = mean / (sd / Math.sqrt(n));
    else statistic = mean > 0 ? Infinity : mean < 0 ? -Infinity : 0;
    critical = n >= 2 ? studentTQuantile(1 - a, n - 1) : Infinity;
    up = statistic > critical;
    down = statistic < -critical;
    pValue = undefined;
  }
  let holds: boolean;
  let reason: string;
  const level = `${+(100 * (1 - alpha)).toPrecision(6)} %`;
  switch (relation) {
    case '<=':
      holds = !up;
      reason = holds ? `no significant increase at ${level}` : `significant increase (after > before) at ${level}`;
      break;
    case '>=':
      holds = !down;
      reason = holds ? `no significant decrease at ${level}` : `significant decrease (after < before) at ${level}`;
      break;
    case '==':
      holds = !up && !down;
      reason = holds ? `no significant difference at ${level} (two-sided)` : `significant difference at ${level} (two-sided)`;
      break;
    case '<':
      holds = down;
      reason = holds ? `significant decrease at ${level}` : `no significant decrease (after < before) at ${level}`;
      break;
    case '>':
      holds = up;
      reason = holds ? `significant increase at ${level}` : `no significant increase (after > before) at ${level}`;
      break;
  }
  return { test, ...base, statistic, critical, pValue, holds, reason };
}
