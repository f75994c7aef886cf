/**
 * Indices of the turn's accumulators (scratch.ts): flow metric m of sector s at
 * `s * NF + m`, of actor kind k at `m * NK + k`; and the kinds the kernel treats apart.
 *
 * @internal
 * @module
 */
import { ACTOR_KINDS } from '../../scenario/vocabulary';
import { FLOW_METRICS } from '../results';

export const NF = FLOW_METRICS.length;
/** Each flow metric's index, by name. */
export const M = Object.fromEntries(FLOW_METRICS.map((m, i) => [m, i])) as Record<(typeof FLOW_METRICS)[number], number>;
export const NK = ACTOR_KINDS.length;
export const ARMED = ACTOR_KINDS.indexOf('armed-group');
export const SMUGGLING = ACTOR_KINDS.indexOf('smuggling');
export const REFUGEES = ACTOR_KINDS.indexOf('refugees');

/** Adds `v` to flow `metric` of sector `s` and of actor kind `k` (the turn's two accumulators). */
export function addFlow(sectorAcc: Float64Array, kindAcc: Float64Array, metric: number, s: number, k: number, v: number): void {
  sectorAcc[s * NF + metric] = (sectorAcc[s * NF + metric] as number) + v;
  kindAcc[metric * NK + k] = (kindAcc[metric * NK + k] as number) + v;
}

/** `x` rounded to `digits` decimals, for the log. */
export const round = (x: number, digits = 4): number => Number(x.toFixed(digits));
