/**
 * Summary statistics for Monte Carlo metrics: mean, sample standard deviation, a Student-t 95 %
 * confidence interval for the mean, and type-7 quantiles; plus a streaming accumulator that
 * ingests per-run metric records in run order and gives the same summary, bit for bit.
 *
 * Everything here is pure and deterministic: the same values in the same order always give the
 * same doubles, on any machine that implements IEEE 754 doubles and the ECMAScript `Math`
 * functions used (only `Math.log`, `Math.log1p`, `Math.exp`, `Math.sqrt`, `Math.tan`,
 * `Math.sin`, whose results feed the t quantile; the summaries of the values themselves use only
 * `+ - * /` and `Math.sqrt`, which IEEE 754 rounds exactly).
 *
 * Three modules, re-exported here: special-functions.ts, descriptive.ts, metric-accumulator.ts;
 * the normal quantile is src/rng/normal.ts.
 *
 * @module
 */
export { logGamma, regularizedIncompleteBeta, studentTQuantile, tHalfWidth95 } from './special-functions';
export { normalQuantile } from '../rng/normal';
export * from './descriptive';
export * from './metric-accumulator';
