/**
 * What a turn reads that depends only on the compiled scenario and the calendar: each turn's
 * date and month, the calendar months its days fall in, and the seasonal tables averaged over
 * those days: each sector's access (river and passes) and search season, and each actor's season
 * factor. Each sector's detection model with its constant part worked out comes from here too.
 * Computed once per compiled scenario, with the model's own functions, and looked up by every
 * turn of every run (a Monte Carlo plays the same 52 dates thousands of times).
 *
 * A turn's seasonal factor is the mean of the daily factors over its days (docs/model.md,
 * "Time"): exact for the expected attempts, which add up day by day, so that a year of 1-, 7- or
 * 28-day turns meets the same seasons. A 7-day turn inside one month reads that month's value, as
 * before; one across two months reads both, weighted by their days.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { passOpenFactor, riverCrossability, seasonalActivityFactor } from '../model/pressure';
import { seasonSearchMultiplier } from '../model/detection';
import { SectorDetection } from '../model/sector-detection';
import { LocalDelays } from './local-delays';
import { ArrivalChances } from './arrival-chances';
import { civilFromDays, daysFromCivil, formatIsoDate } from './calendar';
import type { CompiledScenario } from './compile';

/** The calendar months the days of a turn fall in, each with its share of the turn's days. */
export class MonthMix {
  /** Each sector's mean access over the turn's days (made on first use). */
  private accessMean: Float64Array | null = null;
  /** Each sector's mean search season multiplier over the turn's days (made on first use). */
  private searchMean: Float64Array | null = null;
  /** Each actor's mean season factor over the turn's days (made on first use). */
  private seasonMean: Float64Array | null = null;

  constructor(
    private readonly tables: TurnTables,
    /** Calendar months (1-12), in the order the turn meets them. */
    readonly months: readonly number[],
    /** Share of the turn's days in each month (they sum to 1). */
    readonly shares: readonly number[],
  ) {}

  /** Each sector's access over the turn (river × passes, the mean over its days). */
  access(): Float64Array {
    return (this.accessMean ??= this.mean((m) => this.tables.access(m)));
  }

  /** Each sector's search season multiplier over the turn (the mean over its days). */
  search(): Float64Array {
    return (this.searchMean ??= this.mean((m) => this.tables.search(m)));
  }

  /** Actor `actor`'s season factor over the turn (the mean over its days; 1 without a season). */
  season(actor: number): number {
    const t = (this.seasonMean ??= this.mean((m) => this.tables.seasons(m)));
    return t[actor] as number;
  }

  /** Σ share × table(month), element by element (for one month: the month's table itself). */
  private mean(table: (month: number) => Float64Array): Float64Array {
    if (this.months.length === 1) return table(this.months[0] as number);
    const first = table(this.months[0] as number);
    const out = new Float64Array(first.length);
    this.months.forEach((m, k) => {
      const t = table(m);
      const w = this.shares[k] as number;
      for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + w * (t[i] as number);
    });
    return out;
  }
}

/** The calendar and season tables of one compiled scenario. */
export class TurnTables {
  private readonly dates: string[] = [];
  private readonly months: number[] = [];
  private readonly mixes: MonthMix[] = [];
  /** Month mixes by their months and day counts: the same mix recurs every year. */
  private readonly mixByKey = new Map<string, MonthMix>();
  /** Each month's access by sector: views of one table, made on first use. */
  private accessByMonth: Float64Array[] | null = null;
  /** Each month's search season multiplier by sector, made on first use. */
  private searchByMonth: Float64Array[] | null = null;
  /** Each month's season factor by actor, made on first use. */
  private seasonByMonth: Float64Array[] | null = null;
  private detectionBySector: SectorDetection[] | null = null;
  private delays: LocalDelays | null = null;
  private arrivals: ArrivalChances | null = null;

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

  /** The calendar month of `turn`'s first day, 1-12. */
  month(turn: number): number {
    let m = this.months[turn];
    if (m === undefined) {
      m = civilFromDays(this.day(turn)).month;
      this.remember(turn);
      this.months[turn] = m;
    }
    return m;
  }

  /** The months `turn`'s days fall in, with the seasonal tables averaged over them. */
  mix(turn: number): MonthMix {
    let x = this.mixes[turn];
    if (x === undefined) {
      for (let t = this.mixes.length; t <= turn; t++) this.mixes.push(this.mixOf(t));
      x = this.mixes[turn] as MonthMix;
    }
    return x;
  }

  /**
   * Each sector's access in `month` (1-12): river crossability × pass open factor
   * (docs/model.md §1), a view of the table.
   */
  access(month: number): Float64Array {
    const sc = this.sc;
    const views = (this.accessByMonth ??= this.monthly(sc.sectors.length, (m, i) => {
      const s = sc.sectors[i];
      return s === undefined
        ? 0
        : riverCrossability(m, s.riverByMonth ?? undefined) * passOpenFactor(m, s.passOpenByMonth ?? undefined, sc.season.winterClosedFactor);
    }));
    return views[month - 1] as Float64Array;
  }

  /** Each sector's search season multiplier in `month` (1-12), from its terrain class. */
  search(month: number): Float64Array {
    const sc = this.sc;
    const views = (this.searchByMonth ??= this.monthly(sc.sectors.length, (m, i) =>
      seasonSearchMultiplier(m, sc.sectors[i]?.searchMultiplierByMonth ?? undefined),
    ));
    return views[month - 1] as Float64Array;
  }

  /** Each actor's season factor in `month` (1-12): 1 for an actor without a season. */
  seasons(month: number): Float64Array {
    const sc = this.sc;
    const views = (this.seasonByMonth ??= this.monthly(sc.actors.length, (m, i) => {
      const season = sc.actors[i]?.season ?? null;
      return season === null ? 1 : seasonalActivityFactor(m, season.amplitude, season.weightsByMonth);
    }));
    return views[month - 1] as Float64Array;
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

  /** Each sector's local response delay, kept until its available personnel change (local-delays.ts). */
  localDelays(): LocalDelays {
    return (this.delays ??= new LocalDelays(this.sc));
  }

  /** The responders' arrival chances by sector and kind, kept until the sector's delays change (arrival-chances.ts). */
  arrivalChances(): ArrivalChances {
    return (this.arrivals ??= new ArrivalChances(this.sc));
  }

  /** Twelve tables of `n` values, one a month, as views of one array. */
  private monthly(n: number, value: (month: number, i: number) => number): Float64Array[] {
    const t = new Float64Array(12 * n);
    for (let m = 1; m <= 12; m++) for (let i = 0; i < n; i++) t[(m - 1) * n + i] = value(m, i);
    return Array.from({ length: 12 }, (_, m) => t.subarray(m * n, (m + 1) * n));
  }

  private mixOf(turn: number): MonthMix {
    const L = this.sc.turnLengthDays;
    const first = this.day(turn);
    const months: number[] = [];
    const counts: number[] = [];
    for (let day = first; day < first + L;) {
      const { year, month } = civilFromDays(day);
      // This month's days from `day` on, up to the turn's end.
      const nextMonth = month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
      const n = Math.min(first + L, nextMonth) - day;
      const k = months.indexOf(month);
      if (k >= 0) counts[k] = (counts[k] as number) + n;
      else {
        months.push(month);
        counts.push(n);
      }
      day += n;
    }
    const key = months.map((m, k) => `${m}:${counts[k]}`).join(',');
    let mix = this.mixByKey.get(key);
    if (mix === undefined) {
      mix = new MonthMix(
        this,
        months,
        counts.map((c) => c / L),
      );
      this.mixByKey.set(key, mix);
    }
    return mix;
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

/** The tables of `sc`, built on first use and kept as long as `sc` is. */
export function turnTables(sc: CompiledScenario): TurnTables {
  let t = tables.get(sc);
  if (t === undefined) {
    t = new TurnTables(sc);
    tables.set(sc, t);
  }
  return t;
}
