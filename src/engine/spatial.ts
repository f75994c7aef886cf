/**
 * Indices that keep the turn loop linear in the length of the border (docs/performance.md):
 *
 * - {@link QuickReactionIndex}: the quick-reaction forces able to respond this turn, sorted
 *   along the border, so that each sector looks only at those within reach instead of at every
 *   force (which made a turn cost sectors × forces).
 * - {@link StationIndex}: the patrol units stationed in each sector, in id order, so that
 *   sharing a sector's losses out does not scan every force.
 *
 * Both give exactly what the scans they replace gave (same force, same order, same ties).
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { roadDistanceKm, type PlacePosition } from '../model/geography';
import { nonNegative } from '../model/probability';
import { quickReactionDelayHours } from '../model/response';
import type { ForceRole } from '../scenario/schema';

type Place = PlacePosition & { readonly roadSpeedKmPerHour: number };

interface ForceLike {
  readonly personnel: number;
  readonly readiness: number;
  readonly location: string;
  readonly movingTo: string | null;
  readonly role: ForceRole;
}

interface SpecLike {
  readonly quickReaction: boolean;
  readonly noticeHours: number;
}

/** The forces that may respond as a quick-reaction force this turn, sorted along the border. */
export class QuickReactionIndex {
  private n = 0;
  private force = new Int32Array(0);
  private rank = new Int32Array(0);
  private along = new Float64Array(0);
  private places: Place[] = [];
  private readonly order: number[] = [];
  /** The candidates in id order while building (refilled each turn; only the first n count). */
  private tmpForce = new Int32Array(0);
  private tmpRank = new Int32Array(0);
  private readonly tmpPlace: Place[] = [];

  /**
   * Collects the forces that can respond (flagged quick-reaction, not moving, at least one
   * person ready, at a known place), `order` being the force indices in id order.
   */
  build(forces: readonly ForceLike[], specs: readonly (SpecLike | undefined)[], order: readonly number[], places: ReadonlyMap<string, Place>): void {
    const cap = order.length;
    if (this.force.length < cap) {
      this.force = new Int32Array(cap);
      this.rank = new Int32Array(cap);
      this.along = new Float64Array(cap);
      this.tmpForce = new Int32Array(cap);
      this.tmpRank = new Int32Array(cap);
    }
    const { tmpForce, tmpRank, tmpPlace } = this;
    // Typed arrays and a count, not array lengths set each turn: those calls were 3-4 % of a
    // one-sector toy run's profile, a cost of every turn whatever the border's length.
    let n = 0;
    for (let r = 0; r < order.length; r++) {
      const fi = order[r] as number;
      const f = forces[fi] as ForceLike;
      const cf = specs[fi];
      if (!cf?.quickReaction || f.movingTo !== null || !(f.personnel * f.readiness >= 1)) continue;
      const place = places.get(f.location);
      if (!place) continue;
      tmpForce[n] = fi;
      tmpRank[n] = r;
      tmpPlace[n] = place;
      n++;
    }
    this.n = n;
    if (n === 0) return;
    const idx = this.order;
    idx.length = n;
    for (let j = 0; j < n; j++) idx[j] = j;
    if (n > 1) idx.sort((a, b) => (tmpPlace[a] as Place).alongBorderKm - (tmpPlace[b] as Place).alongBorderKm || a - b);
    this.places.length = n;
    for (let j = 0; j < n; j++) {
      const k = idx[j] as number;
      this.force[j] = tmpForce[k] as number;
      this.rank[j] = tmpRank[k] as number;
      this.along[j] = (tmpPlace[k] as Place).alongBorderKm;
      this.places[j] = tmpPlace[k] as Place;
    }
  }

  /** Whether no force can respond this turn. */
  get empty(): boolean {
    return this.n === 0;
  }

  /**
   * The nearest force to a sector by delay (ties: first in id order), skipping units that
   * patrol the sector itself (they are its local response); writes `out.index` (-1 if none in
   * reach) and `out.delay` (h; Infinity if none).
   */
  nearest(
    sectorId: string,
    position: PlacePosition,
    roadSpeedKmPerHour: number,
    reachKm: number,
    forces: readonly ForceLike[],
    specs: readonly (SpecLike | undefined)[],
    out: { index: number; delay: number },
  ): void {
    out.index = -1;
    out.delay = Infinity;
    const n = this.n;
    if (n === 0) return;
    // A force further along the border than the reach is out of reach (the road distance is at
    // least the distance along the border); the margin only widens the window against rounding.
    const reach = nonNegative(reachKm);
    const pos = position.alongBorderKm;
    const margin = 1e-9 * (1 + Math.abs(pos) + (Number.isFinite(reach) ? reach : 0));
    const lo = pos - reach - margin;
    const hi = pos + reach + margin;
    let a = 0;
    let b = n;
    if (lo > -Infinity) {
      while (a < b) {
        const mid = (a + b) >>> 1;
        if ((this.along[mid] as number) < lo) a = mid + 1;
        else b = mid;
      }
    }
    let bestRank = -1;
    for (let j = a; j < n; j++) {
      if ((this.along[j] as number) > hi) break;
      const fi = this.force[j] as number;
      const f = forces[fi] as ForceLike;
      if (f.role === 'patrol' && f.location === sectorId) continue;
      const place = this.places[j] as Place;
      const cf = specs[fi] as SpecLike;
      const delay = quickReactionDelayHours(cf.noticeHours, roadDistanceKm(place, position), Math.min(place.roadSpeedKmPerHour, roadSpeedKmPerHour), reachKm);
      const rank = this.rank[j] as number;
      if (delay < out.delay || (delay === out.delay && delay < Infinity && rank < bestRank)) {
        out.delay = delay;
        out.index = fi;
        bestRank = rank;
      }
    }
  }
}

/** Patrol units on station by sector, each list in id order. Built at most once a turn. */
export class StationIndex {
  private head = new Int32Array(0);
  private next = new Int32Array(0);

  /**
   * Indexes the units by the sector `station` gives each (-1: none), each list in id order,
   * `order` being the force indices in id order. The engine records the patrol units on station
   * as it sums each sector's defence, from each unit's remembered sector: looking up 18,200
   * units' locations in the sector map, or even reading their records again, was 13 % of a
   * 12,000-sector run.
   */
  build(order: readonly number[], station: Int32Array, sectors: number): void {
    if (this.head.length !== sectors) this.head = new Int32Array(sectors);
    this.head.fill(-1);
    if (this.next.length < station.length) this.next = new Int32Array(station.length);
    for (let r = order.length - 1; r >= 0; r--) {
      const fi = order[r] as number;
      const s = station[fi] as number;
      if (s < 0) continue;
      this.next[fi] = this.head[s] as number;
      this.head[s] = fi;
    }
  }

  /** First unit of sector `s` (-1 if none). */
  first(s: number): number {
    return this.head[s] as number;
  }

  /** The unit after `fi` in its sector (-1 at the end). */
  after(fi: number): number {
    return this.next[fi] as number;
  }
}
