/**
 * Each sector's local response delay (docs/model.md §5, model/response.ts) for the patrol
 * personnel available there, worked out again only when that changes: the units on station
 * rarely change from one turn to the next, and the delay's call with five doubles was a
 * fifth of the defence's time on a long border. One per compiled scenario (turn-tables.ts),
 * since the sectors' lengths and road speeds are the scenario's.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { localResponseDelayHours } from '../model/response';
import type { CompiledScenario, CompiledSector } from './compile';

export class LocalDelays {
  /** The personnel each delay was worked out for (NaN: none yet). */
  private readonly available: Float64Array;
  private readonly delays: Float64Array;

  constructor(private readonly sc: CompiledScenario) {
    this.available = new Float64Array(sc.sectors.length).fill(NaN);
    this.delays = new Float64Array(sc.sectors.length);
  }

  /**
   * Writes sector i's delay (h) for `localAvailable[i]` persons to `out[i]`.
   *
   * @example
   * turnTables(sc).localDelays().into(localDelay, localAvailable, 0);
   */
  into(out: Float64Array, localAvailable: Float64Array, i: number): void {
    const a = localAvailable[i] as number;
    // 0 and -0 meet here as equal: both give the same delay (no one to respond).
    if (a !== this.available[i]) {
      const sector = this.sc.sectors[i] as CompiledSector;
      const r = this.sc.response;
      this.available[i] = a;
      this.delays[i] = localResponseDelayHours(a, r.respondersPerIncident, sector.lengthKm, sector.roadSpeedKmPerHour, r.localNoticeHours);
    }
    out[i] = this.delays[i] as number;
  }
}
