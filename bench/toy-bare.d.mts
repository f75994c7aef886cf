/** Types of bench/toy-bare.mjs. */
import type { ToyParameters, ToyTotals } from './toy-model.mjs';
export interface BareToy {
  readonly S: number;
}
export declare function bareToy(p: ToyParameters): BareToy;
export declare function runBareToy(m: BareToy, seed: number): ToyTotals;
