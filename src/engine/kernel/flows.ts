/**
 * Indices of the turn's accumulators (scratch.ts): flow metric m of sector s at
 * `s * NF + m`, of actor kind k at `m * NK + k`; and the kinds the kernel treats apart.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { ACTOR_KINDS } from '../../scenario/vocabulary';
import { FLOW_METRICS } from '../results';

export const NF = FLOW_METRICS.length;

/**
 * Each flow metric's index, by name: its place in FLOW_METRICS (tests/engine/flow-indices.test.ts
 * holds the two equal). An enum, not an object built from the list, because the bundler writes an
 * enum member's value into the code as a literal, where an object's property is loaded at every
 * use: in the crossing loop's additions to the accumulators those loads made the toy border's
 * runs 1.1x as long, at 12 and at 1,200 sectors (docs/performance.md, change 63).
 */
export enum M {
  attempts = 0,
  detected = 1,
  interdicted = 2,
  apprehended = 3,
  turnedBack = 4,
  gotAway = 5,
  kgAttempted = 6,
  kgSeized = 7,
  kgThrough = 8,
  clashes = 9,
  breakthroughs = 10,
  repulses = 11,
  casualtiesForces = 12,
  casualtiesActors = 13,
  refugeesReceived = 14,
  refugeesTurnedBack = 15,
}
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

/**
 * Adds one actor's counts in sector `s` to the sector's six count flows. They are integers
 * (passed as such, so a call that V8 does not inline boxes nothing).
 */
export function addSectorCounts(
  sectorAcc: Float64Array,
  s: number,
  attempts: number,
  detected: number,
  interdicted: number,
  gotAway: number,
  apprehended: number,
  turnedBack: number,
): void {
  const at = s * NF;
  sectorAcc[at + M.attempts] = (sectorAcc[at + M.attempts] as number) + attempts;
  sectorAcc[at + M.detected] = (sectorAcc[at + M.detected] as number) + detected;
  sectorAcc[at + M.interdicted] = (sectorAcc[at + M.interdicted] as number) + interdicted;
  sectorAcc[at + M.gotAway] = (sectorAcc[at + M.gotAway] as number) + gotAway;
  sectorAcc[at + M.apprehended] = (sectorAcc[at + M.apprehended] as number) + apprehended;
  sectorAcc[at + M.turnedBack] = (sectorAcc[at + M.turnedBack] as number) + turnedBack;
}

/**
 * Adds one actor's counts over its sectors to its kind's six count flows, once a turn: integers,
 * so the sum is exact in any order. The same six additions as {@link addSectorCounts} at the
 * kind's places: one function for both, with the places as a start and a stride, made the toy
 * border's runs 1.09x slower at 1,200 sectors (the indices no longer fold to constants).
 */
export function addKindCounts(
  kindAcc: Float64Array,
  k: number,
  attempts: number,
  detected: number,
  interdicted: number,
  gotAway: number,
  apprehended: number,
  turnedBack: number,
): void {
  kindAcc[M.attempts * NK + k] = (kindAcc[M.attempts * NK + k] as number) + attempts;
  kindAcc[M.detected * NK + k] = (kindAcc[M.detected * NK + k] as number) + detected;
  kindAcc[M.interdicted * NK + k] = (kindAcc[M.interdicted * NK + k] as number) + interdicted;
  kindAcc[M.gotAway * NK + k] = (kindAcc[M.gotAway * NK + k] as number) + gotAway;
  kindAcc[M.apprehended * NK + k] = (kindAcc[M.apprehended * NK + k] as number) + apprehended;
  kindAcc[M.turnedBack * NK + k] = (kindAcc[M.turnedBack * NK + k] as number) + turnedBack;
}
