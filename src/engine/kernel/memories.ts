/**
 * What an actor remembers of each sector from turn to turn (model/displacement.ts): the
 * interdiction rate it perceived there and how much it has seen, updated as its crossings or
 * engagements in the sector end. The people loop (cross.ts) and the armed loop (engage.ts)
 * share these steps.
 *
 * Only integers and objects cross these calls: a double argument of a call V8 does not inline
 * is boxed, and they run for every actor, sector and turn.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { rememberedRate, smoothInterdictionRate } from '../../model/displacement';
import type { CompiledScenario } from '../compile';
import type { MutableActor } from '../world';

/** No attempt was possible in sector `s`: nothing learned, what is remembered fades. */
export function fadeMemory(live: MutableActor, sc: CompiledScenario, s: number): void {
  const seen = live.seen as number[];
  const w = seen[s] as number;
  if (w > 0) seen[s] = w * sc.memoryDecay;
}

/**
 * Attempts were possible in sector `s` but none was made (two sector-turns in three): no
 * observation to remember, so the rate stays (only kept in [0, 1]) and its weight fades.
 */
export function nothingCrossed(live: MutableActor, sc: CompiledScenario, s: number): void {
  const perceived = live.perceived as number[];
  const p = perceived[s] as number;
  // Only a value outside [0, 1] (or -0) changes; most are 0, or inside, already.
  if (!(p > 0 && p <= 1) && !(p === 0 && 1 / p > 0)) perceived[s] = smoothInterdictionRate(p, null, sc.memoryWeight);
  fadeMemory(live, sc, s);
}

/**
 * `attempts` were made in sector `s` and `interdicted` of them stopped: the perceived rate moves
 * toward what was seen, weighted by the faded memory, which then counts the attempts.
 */
export function learnFromCrossings(live: MutableActor, sc: CompiledScenario, s: number, interdicted: number, attempts: number): void {
  const perceived = live.perceived as number[];
  const seen = live.seen as number[];
  const remembered = (seen[s] ?? 0) * sc.memoryDecay;
  perceived[s] = rememberedRate(perceived[s] ?? 0, remembered, interdicted, attempts);
  seen[s] = remembered + attempts;
}
