/**
 * Seeded random streams and inverse-transform samplers: the lowest layer. Nothing else in
 * frontier-sim touches randomness (docs/architecture.md, "Random streams").
 *
 * @module
 */
export type { Rng } from './rng';
export { RandomStreams, createRng } from './streams';
export { deriveSeed, hashString } from './hash';
export {
  uniform,
  bernoulli,
  poissonQuantile,
  poissonSurelyZero,
  binomialQuantile,
  exponentialQuantile,
  normalQuantile,
  logFactorial,
  log1pmx,
  poissonTails,
  binomialTails,
  samplerWork,
} from './distributions';
