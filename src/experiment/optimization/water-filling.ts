/**
 * The closed form the optimiser is checked against. Independent sectors, Poisson attempts at
 * rates l_i over the horizon, Koopman detection p_i = 1 − exp(−c_i x_i) from x_i guards, a fixed
 * chance q of stopping a detected attempt, no displacement, fatigue or battles: the expected
 * got-aways are
 *
 *     G(x) = Σ_i l_i (1 − q + q exp(−c_i x_i)),
 *
 * a sum of convex decreasing terms. Minimising G under Σ x_i = X, x_i ≥ 0 (Lagrange, KKT) gives
 * the water-filling optimum x_i = max(0, ln(q l_i c_i / ν) / c_i), where the level ν is the
 * marginal value q l_i c_i exp(−c_i x_i) shared by every sector that gets guards.
 *
 * @module
 */
import { ExperimentError } from '../errors';

/** One sector of the closed-form problem. */
export interface WaterFillingSector {
  /** Expected attempts over the horizon (l_i, attempts). */
  rate: number;
  /** Detection coefficient per guard (c_i, per person): p = 1 − exp(−c x). */
  coefficient: number;
}

/**
 * Expected got-aways of an allocation: Σ l_i (1 − q + q exp(−c_i x_i)).
 *
 * @example
 * expectedGotAways([{ rate: 100, coefficient: 0.01 }], 0.8, [100]); // 100 (0.2 + 0.8 e^-1) = 49.43
 */
export function expectedGotAways(sectors: readonly WaterFillingSector[], q: number, x: readonly number[]): number {
  return sectors.reduce((a, s, i) => a + s.rate * (1 - q + q * Math.exp(-s.coefficient * (x[i] as number))), 0);
}

/** The continuous optimum and its level. */
export interface WaterFillingOptimum {
  /** x_i (persons, not rounded). */
  x: number[];
  /** ν, the common marginal value q l_i c_i exp(−c_i x_i) of the sectors that get guards. */
  level: number;
}

/**
 * The water-filling optimum of {@link expectedGotAways} under Σ x = total, x ≥ 0: ν found by
 * bisection on ln ν (the allocation falls monotonically as ν rises), to full double precision.
 *
 * @example
 * waterFilling([{ rate: 100, coefficient: 0.01 }, { rate: 50, coefficient: 0.01 }], 0.8, 200).x;
 * // [134.66, 65.34]: the busier sector gets ln(2)/0.01 = 69.3 more
 */
export function waterFilling(sectors: readonly WaterFillingSector[], q: number, total: number): WaterFillingOptimum {
  if (!(q > 0 && q <= 1)) throw new ExperimentError(`q must be in (0, 1], got ${q}`);
  if (!(total >= 0) || !Number.isFinite(total)) throw new ExperimentError(`total must be a finite number >= 0, got ${total}`);
  for (const s of sectors) if (!(s.rate > 0 && s.coefficient > 0)) throw new ExperimentError('every sector needs a rate > 0 and a coefficient > 0');
  const at = (logNu: number) => sectors.map((s) => Math.max(0, (Math.log(q * s.rate * s.coefficient) - logNu) / s.coefficient));
  const sum = (xs: number[]) => xs.reduce((a, v) => a + v, 0);
  // At ln ν = max ln(q l c) nobody gets guards; lowering ln ν raises every allocation.
  let hi = Math.max(...sectors.map((s) => Math.log(q * s.rate * s.coefficient)));
  let lo = hi - 1;
  while (sum(at(lo)) < total) lo -= 2 * (hi - lo);
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo)); i++) {
    const mid = 0.5 * (lo + hi);
    if (sum(at(mid)) > total) lo = mid;
    else hi = mid;
  }
  const logNu = 0.5 * (lo + hi);
  return { x: at(logNu), level: Math.exp(logNu) };
}

/**
 * The integer optimum on the lattice of `unit` guards: marginal allocation one unit at a time,
 * which is exact for a sum of convex terms (Gross 1956); with `unit` > 1, the best allocation in
 * multiples of `unit` (the last unit may be smaller when `total` is not a multiple). O(total /
 * unit × sectors): meant for checks, not for large totals.
 *
 * @example
 * integerWaterFilling([{ rate: 100, coefficient: 0.01 }, { rate: 50, coefficient: 0.01 }], 0.8, 200); // [135, 65]
 */
export function integerWaterFilling(sectors: readonly WaterFillingSector[], q: number, total: number, unit = 1): number[] {
  const x = sectors.map(() => 0);
  for (let placed = 0; placed < total;) {
    const u = Math.min(unit, total - placed);
    let best = 0;
    let gain = -Infinity;
    sectors.forEach((s, i) => {
      const d = s.rate * q * Math.exp(-s.coefficient * (x[i] as number)) * -Math.expm1(-s.coefficient * u);
      if (d > gain) {
        gain = d;
        best = i;
      }
    });
    x[best] = (x[best] as number) + u;
    placed += u;
  }
  return x;
}
