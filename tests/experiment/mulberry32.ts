import type { Rng } from '../../src/rng/rng';
export { mulberry32 } from '../helpers/mulberry32';

/** A standard normal draw by Box-Muller from two uniforms (tests only). */
export function normalDraw(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
