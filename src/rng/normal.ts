/**
 * The quantile of the standard normal distribution: the one `normalQuantile` of the library,
 * used by the samplers (a starting guess for the discrete quantiles), the statistics (t
 * quantiles, intervals) and the input distributions of experiments.
 *
 * @module
 */

// Wichura's AS 241 (PPND16) coefficients, Applied Statistics 37(3), 1988: relative accuracy about
// 1e-16 over the whole range. They are written as published, with more digits than a double
// holds (each literal rounds to the nearest double), so that they can be checked against the paper.
/* eslint-disable no-loss-of-precision */
const AS241_A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
  33430.575583588128105, 2509.0809287301226727,
] as const;
const AS241_B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674,
  5226.495278852854561,
] as const;
const AS241_C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177,
  0.0227238449892691845833, 7.7454501427834140764e-4,
] as const;
const AS241_D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4,
  1.05075007164441684324e-9,
] as const;
const AS241_E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386,
  2.71155556874348757815e-5, 2.01033439929228813265e-7,
] as const;
const AS241_F = [
  1, 0.5998322065558879376, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
  2.04426310338993978564e-15,
] as const;
/* eslint-enable no-loss-of-precision */

/** Horner evaluation of c[0] + c[1] x + ... + c[7] x^7. */
function poly(c: readonly number[], x: number): number {
  let v = 0;
  for (let i = c.length - 1; i >= 0; i--) v = v * x + (c[i] as number);
  return v;
}

/**
 * Quantile of the standard normal distribution (the inverse of its CDF).
 *
 * Wichura's algorithm AS 241 (1988), accurate to about 1 part in 10^16.
 *
 * @param p - probability in [0, 1]; 0 and 1 give -Infinity and Infinity
 * @throws RangeError for NaN or a p outside [0, 1]
 * @example
 * ```ts
 * normalQuantile(0.975); // 1.959963984540054
 * normalQuantile(0.5);   // 0
 * ```
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile: p must be in [0, 1], got ${String(p)}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(AS241_A, r)) / poly(AS241_B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = poly(AS241_C, r) / poly(AS241_D, r);
  } else {
    r -= 5;
    value = poly(AS241_E, r) / poly(AS241_F, r);
  }
  return q < 0 ? -value : value;
}
