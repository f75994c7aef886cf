/**
 * What a turn reads that depends only on the compiled scenario and the calendar: each turn's
 * date and month, each sector's access in each month (river and passes), each actor's season
 * factor in each month, and each sector's detection model with its constant part worked out. Computed once per compiled scenario, with
 * the model's own functions, and looked up by every turn of every run (a Monte Carlo plays the
 * same 52 dates thousands of times).
 *
 * @internal
 * @module
 */
import { passOpenFactor, riverCrossability, seasonalActivityFactor } from '../model/pressure';
import { SectorDetection } from '../model/sector-detection';
import { civilFromDays, formatIsoDate } from './calendar';
import type { CompiledScenario } from './compile';

/** The calendar and season tables of one compiled scenario. @internal */
export class TurnTables {
  private readonly dates: string[] = [];
  private readonly months: number[] = [];
  /** Each month's access by sector: views of one table, made on first use. */
  private accessByMonth: Float64Array[] | null = null;
  private detectionBySector: SectorDetection[] | null = null;
  /** Each actor's season factor by month, 12 values an actor (docs/model.md §1), filled on first use. */
  private seasonByMonth: Float64Array | null = null;

  constructor(private readonly sc: CompiledScenario) {}

  /** The date of `turn`, 'YYYY-MM-DD'. */
  date(turn: number): string {
    let d = this.dates[turn];
    if (d === undefined) {
      d = formatIsoDate(this.day(turn));
      this.remember(turn);
      this.dates[turn] = d;
    }
    return d;
  }

  /** The calendar month of `turn`, 1-12. */
  month(turn: number): number {
    let m = this.months[turn];
    if (m === undefined) {
      m = civilFromDays(this.day(turn)).month;
      this.remember(turn);
      this.months[turn] = m;
    }
    return m;
  }

  /**
   * Each sector's access in `month` (1-12): river crossability × pass open factor
   * (docs/model.md §3), a view of the table.
   */
  access(month: number): Float64Array {
    let views = this.accessByMonth;
    if (views === null) {
      const sc = this.sc;
      const n = sc.sectors.length;
      const t = new Float64Array(12 * n);
      for (let m = 1; m <= 12; m++) {
        for (const s of sc.sectors) {
          t[(m - 1) * n + s.index] = riverCrossability(m, s.riverByMonth ?? undefined) * passOpenFactor(m, s.passOpenByMonth ?? undefined, sc.season.winterClosedFactor);
        }
      }
      views = Array.from({ length: 12 }, (_, m) => t.subarray(m * n, (m + 1) * n));
      this.accessByMonth = views;
    }
    return views[month - 1] as Float64Array;
  }

  /** Actor `actor`'s season factor in `month` (1-12): 1 for an actor without a season. */
  season(actor: number, month: number): number {
    let t = this.seasonByMonth;
    if (t === null) {
      const actors = this.sc.actors;
      t = new Float64Array(12 * actors.length);
      for (const a of actors) {
        for (let m = 1; m <= 12; m++) t[12 * a.index + m - 1] = a.season === null ? 1 : seasonalActivityFactor(m, a.season.amplitude, a.season.weightsByMonth);
      }
      this.seasonByMonth = t;
    }
    return t[12 * actor + month - 1] as number;
  }

  /** Each sector's detection model (sector-detection.ts), by sector index. */
  detection(): readonly SectorDetection[] {
    let d = this.detectionBySector;
    if (d === null) {
      const sc = this.sc;
      d = sc.sectors.map((s) => new SectorDetection(s, sc.detection));
      this.detectionBySector = d;
    }
    return d;
  }

  private day(turn: number): number {
    return this.sc.startDay + turn * this.sc.turnLengthDays;
  }

  /** Keeps the arrays dense (holes would make every later lookup slow). */
  private remember(turn: number): void {
    for (let t = this.dates.length; t < turn; t++) this.dates.push(formatIsoDate(this.day(t)));
    for (let t = this.months.length; t < turn; t++) this.months.push(civilFromDays(this.day(t)).month);
  }
}

const tables = new WeakMap<CompiledScenario, TurnTables>();

/** The tables of `sc`, built on first use and kept as long as `sc` is. @internal */
export function turnTables(sc: CompiledScenario): TurnTables {
  let t = tables.get(sc);
  if (t === undefined) {
    t = new TurnTables(sc);
    tables.set(sc, t);
  }
  return t;
}
