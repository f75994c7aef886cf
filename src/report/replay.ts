/**
 * Per-turn and per-sector detail for a report, by replaying runs of an experiment.
 *
 * A Monte Carlo keeps per-run totals (and, with `perTurn`, per-turn series of whole-border
 * metrics), never per-sector histories. The border heat map needs per-sector, per-turn values;
 * so the report replays the experiment's first runs on the same seeds (run i on
 * `deriveSeed(seed, i)`, exactly the runs the experiment played) with per-turn detail, and
 * averages them. The result is deterministic: the same inputs give the same numbers.
 *
 * @module
 */
import { compileScenario } from '../engine/compile';
import type { TurnRecord } from '../engine/results';
import { simulate } from '../engine/simulate';
import { applyPolicy, type Policy } from '../experiment/policy';
import { summarize } from '../experiment/statistics';
import type { PerTurnSummary } from '../experiment/monte-carlo';
import { deriveSeed } from '../rng/hash';
import { metricInfo } from './metrics';
import type { Scenario } from '../scenario/schema';
import { mapGeometry, type MapGeometry } from './map-geometry';

/** A sector as the heat map draws it (west to east). */
export interface SectorInfo {
  id: string;
  name: string;
  /** Midpoint along the border from its western end, km. */
  alongBorderKm: number;
  lengthKm: number;
}

/** Replayed detail of one policy. */
export interface PolicyDetail {
  policy: string;
  /** Per whole-border metric: per-turn mean, p5, p50, p95 across the replayed runs. */
  perTurn: Record<string, PerTurnSummary>;
  /** Per sector metric: `mean[sectorIndex][turnIndex]` over the replayed runs (sectors as in `sectors`). */
  bySector: Record<string, number[][]>;
  /**
   * Per rare event metric (clashes, casualties: the catalogue's `rare`): the count so far, turn
   * by turn (mean, p5, p50, p95 across the replayed runs of the running total).
   */
  cumulative: Record<string, PerTurnSummary>;
  /** Each replayed run's totals, in run order (for histograms of run totals). */
  totals: Record<string, number>[];
}

/** What {@link replayDetail} gives. */
export interface ReplayDetail {
  /** Runs replayed: runs 0 .. runs - 1 of the experiment. */
  runs: number;
  seed: number;
  turns: number;
  /** Date of turn 1, YYYY-MM-DD. */
  startDate: string;
  turnLengthDays: number;
  /** Sectors west to east. */
  sectors: SectorInfo[];
  policies: PolicyDetail[];
  /** The border on the map, when the scenario has geometry (maps are drawn from it). */
  map?: MapGeometry;
}

/** Options of {@link replayDetail}. */
export interface ReplayOptions {
  /** The experiment's root seed. */
  seed: number;
  /** Runs to replay (the experiment's first runs). */
  runs: number;
  /** Turns per run (default: the scenario's calendar). */
  turns?: number;
  /** Policies to replay (default: the status quo). */
  policies?: readonly Policy[];
  /** Whole-border metrics for per-turn quantiles (default: every metric of a turn). */
  metrics?: readonly string[];
  /** Sector metrics to average (default: attempts, gotAway, clashes, where reported). */
  sectorMetrics?: readonly string[];
}

function turnValue(t: TurnRecord, name: string): number {
  const v = (t.metrics as Readonly<Record<string, number>>)[name];
  if (v !== undefined) return v;
  const dot = name.indexOf('.');
  return dot > 0 ? ((t.byKind as Readonly<Record<string, Readonly<Record<string, number>>>>)[name.slice(0, dot)]?.[name.slice(dot + 1)] ?? 0) : 0;
}

/** Per turn, the mean, p5, p50 and p95 across runs. */
function summarizeTurns(byTurn: readonly Float64Array[]): PerTurnSummary {
  const s: PerTurnSummary = { mean: [], p5: [], p50: [], p95: [] };
  for (const values of byTurn) {
    const v = summarize(values);
    s.mean.push(v.mean);
    s.p5.push(v.p5);
    s.p50.push(v.p50);
    s.p95.push(v.p95);
  }
  return s;
}

/**
 * Replays the first `runs` runs of an experiment with per-turn detail, per policy, and
 * summarises them per turn (whole border) and per sector-turn (means).
 *
 * @example
 * const detail = replayDetail(scenario, { seed: 1, runs: 50 });
 * detail.policies[0].bySector.attempts[0]; // westernmost sector, mean attempts per turn
 */
export function replayDetail(scenario: Scenario, options: ReplayOptions): ReplayDetail {
  const policies = options.policies && options.policies.length > 0 ? options.policies : [{ name: 'status-quo' }];
  if (!Number.isSafeInteger(options.runs) || options.runs < 1) throw new RangeError(`replay runs must be a positive integer, got ${options.runs}`);
  let sectors: SectorInfo[] = [];
  let startDate = scenario.calendar.start;
  const turnLengthDays = scenario.calendar.turnLengthDays;
  let turns = options.turns ?? scenario.calendar.turns;
  const out: PolicyDetail[] = [];
  let map: MapGeometry | undefined;
  for (const policy of policies) {
    const compiled = compileScenario(applyPolicy(scenario, policy));
    const order = [...compiled.sectors].sort((a, b) => a.position.alongBorderKm - b.position.alongBorderKm || a.index - b.index);
    if (sectors.length === 0) {
      sectors = order.map((s) => ({ id: s.id, name: s.name, alongBorderKm: s.position.alongBorderKm, lengthKm: s.lengthKm }));
      map = mapGeometry(scenario, compiled.exerciseRangeKm);
    }
    turns = options.turns ?? compiled.turns;
    let metrics: string[] | undefined = options.metrics ? [...options.metrics] : undefined;
    let sectorMetrics: string[] | undefined = options.sectorMetrics ? [...options.sectorMetrics] : undefined;
    const series: Record<string, Float64Array[]> = {}; // metric -> per turn, per run
    const sums: Record<string, Float64Array[]> = {}; // metric -> per sector, per turn
    const totals: Record<string, number>[] = [];
    for (let i = 0; i < options.runs; i++) {
      const r = simulate(compiled, { seed: deriveSeed(options.seed, i), turns, log: false, hashes: false, detail: true });
      totals.push({ ...r.totals });
      const first = r.turns[0];
      if (i === 0 && first) {
        startDate = first.date;
        metrics ??= Object.keys(first.metrics);
        const reported = new Set(Object.values(first.bySector).flatMap((m) => Object.keys(m)));
        sectorMetrics = (sectorMetrics ?? ['attempts', 'gotAway', 'clashes']).filter((m) => reported.has(m));
      }
      metrics ??= [];
      sectorMetrics ??= [];
      r.turns.forEach((t, ti) => {
        for (const m of metrics as string[]) {
          const perTurn = (series[m] ??= Array.from({ length: turns }, () => new Float64Array(options.runs)));
          (perTurn[ti] as Float64Array)[i] = turnValue(t, m);
        }
        for (const m of sectorMetrics as string[]) {
          const grid = (sums[m] ??= order.map(() => new Float64Array(turns)));
          order.forEach((s, si) => {
            const row = grid[si] as Float64Array;
            row[ti] = (row[ti] as number) + ((t.bySector[s.id] as Readonly<Record<string, number>> | undefined)?.[m] ?? 0);
          });
        }
      });
    }
    const perTurn: Record<string, PerTurnSummary> = {};
    const cumulative: Record<string, PerTurnSummary> = {};
    for (const [m, byTurn] of Object.entries(series)) {
      perTurn[m] = summarizeTurns(byTurn);
      if (metricInfo(m).rare) {
        const running = new Float64Array(options.runs);
        cumulative[m] = summarizeTurns(
          byTurn.map((values) => {
            for (let i = 0; i < running.length; i++) running[i] = (running[i] as number) + (values[i] as number);
            return Float64Array.from(running);
          }),
        );
      }
    }
    const bySector: Record<string, number[][]> = {};
    for (const [m, grid] of Object.entries(sums)) bySector[m] = grid.map((row) => Array.from(row, (x) => x / options.runs));
    out.push({ policy: policy.name, perTurn, bySector, cumulative, totals });
  }
  return { runs: options.runs, seed: options.seed, turns, startDate, turnLengthDays, sectors, policies: out, ...(map ? { map } : {}) };
}
