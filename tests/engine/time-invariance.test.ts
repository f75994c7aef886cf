/**
 * The turn length does not change the answer (docs/model.md, "Time"). The same calendar year is
 * played in 1-, 7-, 14- and 28-day turns, on independent seeds, and the annual total of every flow
 * metric must agree with the 7-day one within its statistical tolerance: z standard errors of the
 * difference of two means, with z set for the number of comparisons so that a correct model fails
 * one fixed-seed comparison in about a thousand runs of this file (a Bonferroni bound).
 *
 * Where the engine is discrete on purpose, the tolerance adds what docs/model.md says is lost, as
 * measured in the same runs:
 * - routing adapts between turns, not within one: at most what adaptation itself moves (the same
 *   scenario without displacement);
 * - fights: a turn's attempts and detection read the strengths at its start, its losses count at
 *   its end: at most the share of the fighting forces and groups lost in the year;
 * - movement ends at a turn boundary: at most one turn late (checked on its own).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadScenario, parseScenario, simulate, type Scenario } from '../../src/index';
import { deriveSeed } from '../../src/rng/hash';
import { FLOW_METRICS } from '../../src/engine/results';
import { normalQuantile } from '../../src/experiment/statistics';
import { arbitraries, type ScenarioArbitraryOptions } from '../../src/testing/arbitraries';
import { DEFAULT_SCENARIO } from '../helpers/paths';
import { patrol, sector, synthetic } from './synthetic';

const LENGTHS = [1, 14, 28] as const;
const YEAR_DAYS = 364;
/** Metrics whose annual totals are compared (every flow, and cost and sorties). */
const METRICS = [...FLOW_METRICS, 'quickReactionSorties', 'cost'] as const;

interface Mean {
  mean: number;
  se: number;
}
type Totals = Record<string, Mean>;

/** The scenario's year in turns of `days` days. */
function inTurnsOf(raw: Scenario, days: number, change?: (s: Scenario) => void): Scenario {
  const s = structuredClone(raw) as Scenario;
  s.calendar.turnLengthDays = days;
  s.calendar.turns = YEAR_DAYS / days;
  change?.(s);
  return parseScenario(s);
}

/** Mean and standard error of each metric's annual total over `runs` runs on seeds of `stream`. */
function totals(s: Scenario, runs: number, stream: number): Totals {
  const sum: Record<string, [number, number]> = {};
  for (const m of METRICS) sum[m] = [0, 0];
  for (let r = 0; r < runs; r++) {
    const t = simulate(s, { seed: deriveSeed(stream, r), log: false, detail: false, hashes: false }).totals as Record<string, number | undefined>;
    for (const m of METRICS) {
      const v = t[m] ?? 0;
      const acc = sum[m] as [number, number];
      acc[0] += v;
      acc[1] += v * v;
    }
  }
  const out: Totals = {};
  for (const m of METRICS) {
    const [s1, s2] = sum[m] as [number, number];
    const mean = s1 / runs;
    const variance = Math.max(0, (s2 - runs * mean * mean) / (runs - 1));
    out[m] = { mean, se: Math.sqrt(variance / runs) };
  }
  return out;
}

/** z for a family of `comparisons` two-sided tests at family-wise level 0.001. */
function zFor(comparisons: number): number {
  return normalQuantile(1 - 0.001 / (2 * comparisons));
}

/**
 * Compares each length's totals with the 7-day ones: |a − b| ≤ z·√(se_a² + se_b²) + slack(metric,
 * a, b) + a relative 1e-9 for sums of floating-point costs. Returns the failures, readable.
 */
function compare(name: string, byLength: Record<number, Totals>, z: number, slack: (m: string, d: number) => number = () => 0): string[] {
  const bad: string[] = [];
  const week = byLength[7] as Totals;
  for (const d of LENGTHS) {
    for (const m of METRICS) {
      const a = (byLength[d] as Totals)[m] as Mean;
      const b = week[m] as Mean;
      const tolerance = z * Math.hypot(a.se, b.se) + slack(m, d) + 1e-9 * Math.abs(b.mean);
      if (Math.abs(a.mean - b.mean) > tolerance) {
        bad.push(`${name}: ${m} ${d}-day ${a.mean.toFixed(3)} vs 7-day ${b.mean.toFixed(3)} (tolerance ${tolerance.toFixed(3)})`);
      }
    }
  }
  return bad;
}

/** Small generated scenarios (src/testing's arbitraries: terrains, rivers and seasons included), fixed seed. */
function generated(count: number, seed: number, options: ScenarioArbitraryOptions): Scenario[] {
  return fc.sample(
    arbitraries.scenario({ sectors: { min: 1, max: 3 }, forces: { min: 1, max: 4 }, actors: { min: 1, max: 3 }, turns: 1, moves: false, ...options }),
    { numRuns: count, seed },
  );
}

function byLength(raw: Scenario, runs: number, change?: (s: Scenario) => void): Record<number, Totals> {
  const out: Record<number, Totals> = {};
  for (const d of [7, ...LENGTHS]) out[d] = totals(inTurnsOf(raw, d, change), runs, 1000 + d);
  return out;
}

const RUNS = 120;

describe('annual totals do not depend on the turn length', () => {
  test('generated scenarios without displacement or fights: every flow within its statistical tolerance', () => {
    const scenarios = generated(5, 20261, { kinds: ['smuggling', 'refugees', 'recruits'], displacement: false });
    const z = zFor(scenarios.length * LENGTHS.length * METRICS.length);
    const bad = scenarios.flatMap((raw, i) => compare(`scenario ${i}`, byLength(raw, RUNS), z));
    expect(bad).toEqual([]);
  });

  test('with displacement: routing adapts between turns, never by more than adaptation itself moves a total', () => {
    const scenarios = generated(3, 20262, { kinds: ['smuggling', 'refugees', 'recruits'], displacement: true });
    const z = zFor(scenarios.length * LENGTHS.length * METRICS.length);
    const bad = scenarios.flatMap((raw, i) => {
      const runs = byLength(raw, RUNS);
      const fixed = totals(
        inTurnsOf(raw, 7, (s) => s.actors.forEach((a) => (a.displacementSensitivity = 0))),
        RUNS,
        2000,
      );
      const week = runs[7] as Totals;
      const moved = (m: string) => Math.abs((week[m] as Mean).mean - (fixed[m] as Mean).mean) + z * Math.hypot((week[m] as Mean).se, (fixed[m] as Mean).se);
      return compare(`scenario ${i}`, runs, z, (m) => moved(m));
    });
    expect(bad).toEqual([]);
  });

  test('with fights: within the tolerance plus the share of the fighting forces and groups lost in the year', () => {
    const scenarios = generated(3, 20263, { kinds: ['armed-group', 'smuggling', 'refugees'], displacement: false });
    const z = zFor(scenarios.length * LENGTHS.length * METRICS.length);
    const value = (q: unknown): number => (typeof q === 'number' ? q : ((q as { value?: number }).value ?? 0));
    const bad = scenarios.flatMap((raw, i) => {
      const runs = byLength(raw, RUNS);
      // The forces that fight: patrols and those that may respond as a quick-reaction force.
      const fighting = raw.forces
        .filter((f) => f.role === 'patrol' || f.role === 'quick-reaction' || f.quickReaction === true)
        .reduce((a, f) => a + value(f.personnel), 0);
      const groups = raw.actors.filter((a) => a.kind === 'armed-group').reduce((a, x) => a + value(x.strength), 0);
      const lost = (d: number) => {
        const t = runs[d] as Totals;
        return Math.min(1, (fighting > 0 ? (t.casualtiesForces as Mean).mean / fighting : 0) + (groups > 0 ? (t.casualtiesActors as Mean).mean / groups : 0));
      };
      return compare(`scenario ${i}`, runs, z, (m, d) => Math.max(lost(d), lost(7)) * Math.max((runs[d]?.[m] as Mean).mean, (runs[7]?.[m] as Mean).mean));
    });
    expect(bad).toEqual([]);
  });

  test('the default scenario: interdicted and effectiveness agree over the same year in 1-, 7- and 28-day turns', () => {
    const raw = loadScenario(DEFAULT_SCENARIO);
    const runs = 120;
    const year = (d: number) => {
      const s = inTurnsOf(raw, d);
      const values: { interdicted: number[]; effectiveness: number[] } = { interdicted: [], effectiveness: [] };
      for (let r = 0; r < runs; r++) {
        const t = simulate(s, { seed: deriveSeed(3000 + d, r), log: false, detail: false, hashes: false }).totals;
        values.interdicted.push(t.interdicted ?? 0);
        values.effectiveness.push(t.effectiveness ?? 0);
      }
      return values;
    };
    const stat = (xs: number[]): Mean => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
      return { mean, se: Math.sqrt(variance / xs.length) };
    };
    const z = zFor(4);
    const week = year(7);
    for (const d of [1, 28]) {
      const other = year(d);
      for (const m of ['interdicted', 'effectiveness'] as const) {
        const a = stat(other[m]);
        const b = stat(week[m]);
        expect(Math.abs(a.mean - b.mean), `${m}: ${d}-day ${a.mean} vs 7-day ${b.mean}`).toBeLessThanOrEqual(z * Math.hypot(a.se, b.se));
      }
    }
  });
});

describe('what a turn-based engine rounds', () => {
  test('a move ends at the first turn boundary after the unit gets there: never early, less than one turn late', () => {
    // The midpoints are 100 km apart; at 10 km/h that is 10 h of driving, at 2 h a day 5 days.
    const travelDays = 5;
    for (const days of [1, 2, 7, 14, 28]) {
      const s = synthetic({
        sectors: [sector('a', 50), sector('b', 150, { roadSpeedKmPerHour: 10 })],
        forces: [patrol('mover', 'a', 20, { moveTo: 'b' })],
        actors: [],
        turns: Math.ceil(60 / days),
        turnLengthDays: days,
        parameters: { forces: { fatigueRisePerWeek: 0, fatigueRecoveryPerWeek: 0, readinessRatePerWeek: 0, movementHoursPerDay: 2 } },
      });
      const arrived = simulate(s, { seed: 1 }).log.find((e) => e.type === 'arrive');
      const day = (arrived?.turn ?? NaN) * days;
      expect(day).toBeGreaterThanOrEqual(travelDays);
      expect(day - travelDays).toBeLessThan(days);
    }
  });
});
