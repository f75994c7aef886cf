/**
 * Red's split loads in the crossing phase (a `split` order, src/engine/red-orders.ts; docs/model.md
 * §2): a smuggling actor that splits its shipments in sector s into n_s loads makes n_s times the
 * attempts there, each carrying loadKg / n_s, so the kg it attempts is unchanged in expectation
 * (λ_s n_s × loadKg / n_s = λ_s loadKg); each attempt then meets the crossing chain as any other
 * (the detection chance of an attempt does not depend on its load: an assumption, stated in
 * model.md). More attempts expose more couriers to detection, and each interdiction loses less.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */

/** Multiplies the mean attempts `lambda` of each sector by the actor's split factor there. */
export function splitAttempts(lambda: Float64Array, split: readonly number[], nS: number): void {
  for (let s = 0; s < nS; s++) lambda[s] = (lambda[s] as number) * (split[s] ?? 1);
}

/** The kg one attempt carries in sector `s`: the actor's load over its split factor there. */
export function loadPerAttempt(loadKg: number, split: readonly number[] | undefined, s: number): number {
  return split === undefined ? loadKg : loadKg / (split[s] ?? 1);
}
