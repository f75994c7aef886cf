/**
 * The closed-form results of docs/model.md, met BY THE SIMULATION: small synthetic scenarios run
 * through `simulate`, observed frequencies compared with the formulas. Fixed seeds, so nothing
 * here is flaky; tolerances are 4 standard errors of the estimate from its sample size (see
 * `fourSigma`), stated next to each check.
 */
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import type { LogEntry, RunResult } from '../../src/engine/results';
import { interdictionEffectiveness, probabilityEventuallyCrosses, simulateRepeatTrials } from '../../src/model/interdiction';
import { createRng } from '../../src/rng/streams';
import { actor, fourSigma, patrol, sector, synthetic } from './synthetic';

/** Per-turn detected/attempts over turns whose month has patrol season multiplier 1 on the river plain. */
function detectionFrequency(runs: RunResult[]): { p: number; n: number } {
  let attempts = 0;
  let detected = 0;
  for (const r of runs) {
    for (const t of r.turns) {
      const month = Number(t.date.slice(5, 7));
      if (month >= 6 && month <= 9) continue; // reeds and tugai: river-plain search multiplier 0.9
      attempts += t.metrics.attempts ?? 0;
      detected += t.metrics.detected ?? 0;
    }
  }
  return { p: detected / attempts, n: attempts };
}

const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('detection through the engine', () => {
  // One patrol of one person, W = 2 km, v = 5 km/h, t = 10 h, over A = L x D = 100 km x 2 km:
  // z = W v t / A = 0.5, exactly docs/model.md's example (§3).
  const koopman = (searchMode: 'random' | 'exhaustive') =>
    synthetic({
      sectors: [sector('s1', 100)],
      forces: [patrol('g1', 's1', 1)],
      actors: [actor('a1', 'recruits', 40, { s1: 1 })],
      detection: { searchMode },
      turns: 400,
    });

  test('Koopman random search: P = 1 - exp(-0.5) = 0.393469', () => {
    const { p, n } = detectionFrequency(seeds(3).map((seed) => simulate(koopman('random'), { seed, log: false, hashes: false })));
    // n ≈ 3 x 270 turns x 40 attempts ≈ 32,000: 4 sigma ≈ 0.011.
    expect(n).toBeGreaterThan(25_000);
    expect(Math.abs(p - 0.393469)).toBeLessThan(fourSigma(0.393469, n));
  });

  test('exhaustive search: P = min(1, 0.5) = 0.5', () => {
    const { p, n } = detectionFrequency(seeds(3).map((seed) => simulate(koopman('exhaustive'), { seed, log: false, hashes: false })));
    expect(Math.abs(p - 0.5)).toBeLessThan(fourSigma(0.5, n));
  });

  test('fixed posts: P = min(1, 2R/s); 4 posts of R = 5 km on 100 km give 0.4, R = 20 km gives 1', () => {
    const posts = (r: number) =>
      synthetic({ sectors: [sector('s1', 100, { posts: { count: 4, detectionRadiusKm: r } })], actors: [actor('a1', 'recruits', 40, { s1: 1 })], turns: 500 });
    const r = simulate(posts(5), { seed: 3, log: false, detail: false, hashes: false }).totals;
    const n = r.attempts ?? 0;
    // n ≈ 20,000: 4 sigma ≈ 0.014.
    expect(Math.abs((r.detected ?? 0) / n - 0.4)).toBeLessThan(fourSigma(0.4, n));
    const all = simulate(posts(20), { seed: 3, log: false, detail: false, hashes: false }).totals;
    expect(all.detected).toBe(all.attempts);
  });

  test('a garrison that does not patrol adds no detection; it responds only if allowed to', () => {
    const garrison = (quickReaction: boolean) =>
      synthetic({
        sectors: [sector('s1', 100, { posts: { count: 1, detectionRadiusKm: 10 } })],
        forces: [{ id: 'base', name: 'base', side: 'ru', personnel: 5000, location: 's1', role: 'garrison', quickReaction, noticeHours: 0 }],
        actors: [actor('a1', 'recruits', 40, { s1: 1 })],
        turns: 100,
      });
    const off = simulate(garrison(false), { seed: 5, log: false, detail: false, hashes: false }).totals;
    const on = simulate(garrison(true), { seed: 5, log: false, detail: false, hashes: false }).totals;
    // Detection is the posts' 2R/s = 0.2 in both: the garrison adds nothing; common random numbers make it identical.
    expect(on.detected).toBe(off.detected);
    expect(Math.abs((off.detected ?? 0) / (off.attempts ?? 1) - 0.2)).toBeLessThan(fourSigma(0.2, off.attempts ?? 1));
    expect(off.interdicted).toBe(0);
    // Allowed to respond, from inside the sector with no notice: every detected crossing is reached.
    expect(on.interdicted).toBe(on.detected);
  });
});

describe('counts through the engine', () => {
  const weekly = synthetic({
    sectors: [sector('s1', 100, { posts: { count: 4, detectionRadiusKm: 5 } })],
    actors: [actor('a1', 'recruits', 3, { s1: 1 })],
    turns: 5000,
  });
  const runs = [1, 2].map((seed) => simulate(weekly, { seed, log: false, hashes: false }));
  const counts = runs.flatMap((r) => r.turns.map((t) => t.metrics));
  const n = counts.length; // 10,000 weeks

  test('Poisson arrivals at 3 a week: P(N = 0) = 0.049787, P(N >= 5) = 0.184737', () => {
    const p0 = counts.filter((m) => m.attempts === 0).length / n;
    const p5 = counts.filter((m) => (m.attempts ?? 0) >= 5).length / n;
    // 4 sigma: 0.0087 and 0.0155.
    expect(Math.abs(p0 - 0.049787)).toBeLessThan(fourSigma(0.049787, n));
    expect(Math.abs(p5 - 0.184737)).toBeLessThan(fourSigma(0.184737, n));
  });

  test('thinning by detection p = 0.4 (posts): P(no detection in a week) = exp(-1.2) = 0.301194', () => {
    const q = counts.filter((m) => m.detected === 0).length / n;
    // 4 sigma ≈ 0.018.
    expect(Math.abs(q - 0.301194)).toBeLessThan(fourSigma(0.301194, n));
  });

  test('rates add across sectors: 0.5 + 1.2 + 1.3 a week give a Poisson(3) total', () => {
    const three = synthetic({
      sectors: [sector('a', 100), sector('b', 100), sector('c', 100)],
      actors: [actor('a1', 'recruits', 3, { a: 0.5, b: 1.2, c: 1.3 })],
      turns: 5000,
    });
    const r = [3, 4].map((seed) => simulate(three, { seed, log: false, hashes: false }));
    const totals = r.flatMap((x) => x.turns.map((t) => t.metrics.attempts ?? 0));
    const m = totals.length;
    const mean = totals.reduce((a, b) => a + b, 0) / m;
    const p0 = totals.filter((x) => x === 0).length / m;
    expect(Math.abs(p0 - 0.049787)).toBeLessThan(fourSigma(0.049787, m));
    // The mean of m Poisson(3) counts has sd sqrt(3/m) ≈ 0.012: 4 sigma ≈ 0.049.
    expect(Math.abs(mean - 3)).toBeLessThan(4 * Math.sqrt(3 / m));
    for (const [id, rate] of [
      ['a', 0.5],
      ['b', 1.2],
      ['c', 1.3],
    ] as const) {
      const s = r.flatMap((x) => x.turns.map((t) => t.bySector[id]?.attempts ?? 0));
      const sm = s.reduce((a, b) => a + b, 0) / s.length;
      expect(Math.abs(sm - rate)).toBeLessThan(4 * Math.sqrt(rate / s.length));
    }
  });
});

describe('interdiction through the engine', () => {
  test('effectiveness = (apprehended + turned back) / (those + got away): 700 + 100 of 1,000 is 0.8', () => {
    // Detection 0.8 by posts (4 posts, R = 10 km, s = 25 km); a quick-reaction unit inside the
    // sector with no notice reaches every detected crossing; 7/8 of those stopped are apprehended.
    const s = synthetic({
      sectors: [sector('s1', 100, { posts: { count: 4, detectionRadiusKm: 10 } })],
      forces: [{ id: 'qrf', name: 'qrf', side: 'guards', personnel: 100, location: 's1', role: 'quick-reaction', noticeHours: 0 }],
      actors: [actor('a1', 'recruits', 20, { s1: 1 })],
      parameters: { kinds: { recruits: { apprehendShare: 0.875 } } },
      turns: 500,
    });
    const t = simulate(s, { seed: 8, log: false, detail: false, hashes: false }).totals;
    const n = t.attempts ?? 0;
    expect(t.effectiveness).toBe(interdictionEffectiveness(t.apprehended ?? 0, t.turnedBack ?? 0, t.gotAway ?? 0));
    // n ≈ 10,000: 4 sigma ≈ 0.016 for the rate, 0.013 for the apprehended share.
    expect(Math.abs((t.effectiveness ?? 0) - 0.8)).toBeLessThan(fourSigma(0.8, n));
    expect(Math.abs((t.apprehended ?? 0) / n - 0.7)).toBeLessThan(fourSigma(0.7, n));
    expect(Math.abs((t.turnedBack ?? 0) / n - 0.1)).toBeLessThan(fourSigma(0.1, n));
    // The identity holds in the engine's own arithmetic: 700 + 100 caught, 200 away.
    expect(interdictionEffectiveness(700, 100, 200)).toBeCloseTo(0.8, 12);
  });

  test('a quick-reaction force arrives in time with exp(-delay / clearance): 2 h vs 4 h gives 0.606531', () => {
    // Base 40 km inland at the sector's midpoint, road 40 km/h: 1 h of travel plus 1 h notice.
    const s = synthetic({
      sectors: [sector('s1', 100, { posts: { count: 1, detectionRadiusKm: 60 }, roadSpeedKmPerHour: 40 })],
      bases: [{ id: 'hq', name: 'HQ', alongBorderKm: 50, fromBorderKm: 40 }],
      forces: [{ id: 'qrf', name: 'qrf', side: 'guards', personnel: 100, location: 'hq', role: 'quick-reaction', noticeHours: 1 }],
      actors: [actor('a1', 'recruits', 20, { s1: 1 })],
      parameters: {
        kinds: { recruits: { clearanceHours: 4 } },
        forces: { roadSpeedKmPerHour: 40, fatigueRisePerWeek: 0, fatigueRecoveryPerWeek: 0, readinessRatePerWeek: 0 },
      },
      turns: 500,
    });
    const r = simulate(s, { seed: 9, detail: false, hashes: false });
    const t = r.totals;
    expect(t.detected).toBe(t.attempts);
    const n = t.detected ?? 0;
    expect(Math.abs((t.interdicted ?? 0) / n - Math.exp(-0.5))).toBeLessThan(fourSigma(Math.exp(-0.5), n));
    const entry = r.log.find((e) => e.type === 'crossings');
    expect(entry?.data?.pQuickReaction).toBeCloseTo(0.606531, 6);
  });

  test('complicity lets detected loads through: kg seized = kg x P(detect) x P(response) x (1 - c)', () => {
    const s = synthetic({
      sectors: [sector('s1', 100, { posts: { count: 1, detectionRadiusKm: 60 } })],
      forces: [
        patrol('g1', 's1', 1, { complicity: 0.25 }),
        { id: 'qrf', name: 'qrf', side: 'guards', personnel: 100, location: 's1', role: 'quick-reaction', noticeHours: 0, complicity: 0.9 },
      ],
      actors: [actor('a1', 'smuggling', 20, { s1: 1 }, { loadKg: 25 })],
      turns: 500,
    });
    const t = simulate(s, { seed: 10, log: false, detail: false, hashes: false }).totals;
    const loads = t.attempts ?? 0;
    // Every load is detected and reached; the complicity of the unit guarding the sector (0.25) applies.
    expect(Math.abs((t.kgSeized ?? 0) / (t.kgAttempted ?? 1) - 0.75)).toBeLessThan(fourSigma(0.75, loads));
    expect((t.kgSeized ?? 0) + (t.kgThrough ?? 0)).toBe(t.kgAttempted);
    expect(t.kgAttempted).toBe(25 * loads);
  });

  test('repeat trials with giving up: P(eventually crosses) = (1 - p) / (1 - p(1 - d)) = 0.8333 for p = 0.4, d = 0.3', () => {
    // The engine does not model repeat attempts by the same people (a turned-back crosser is not
    // tracked into the next turn; docs/model.md §5 says why), so this result is checked on the
    // model's pure function and its simulation, 40,000 crossers: 4 sigma ≈ 0.0075.
    const rng = createRng('repeat-trials');
    let crossed = 0;
    const n = 40_000;
    for (let i = 0; i < n; i++) if (simulateRepeatTrials(0.4, 0.3, rng).crossed) crossed++;
    expect(probabilityEventuallyCrosses(0.4, 0.3)).toBeCloseTo(0.6 / 0.72, 12);
    expect(Math.abs(crossed / n - 0.6 / 0.72)).toBeLessThan(fourSigma(0.6 / 0.72, n));
  });
});

/** A scenario where every armed group is detected and met by `defenders` guards in ideal condition. */
function battleScenario(o: {
  defenders: number;
  attackers: number;
  alpha: number;
  beta: number;
  law: 'square' | 'linear';
  maxHours?: number;
  perWeek?: number;
  turns?: number;
}) {
  return synthetic({
    sectors: [sector('s1', 100, { posts: { count: 1, detectionRadiusKm: 60 } })],
    forces: [patrol('g1', 's1', 10_000_000)],
    actors: [actor('a1', 'armed-group', o.perWeek ?? 0.5, { s1: 1 }, { strength: 10_000_000, groupSize: o.attackers })],
    parameters: {
      response: { respondersPerIncident: o.defenders, localNoticeHours: 0 },
      engagement: { defenderFireRatePerHour: o.alpha, defenderBreakpointFraction: 0, defenderPostureMultiplier: 1 },
      kinds: {
        'armed-group': {
          lanchesterLaw: o.law,
          fireRatePerHour: o.beta,
          breakpointFraction: 0,
          engagementMaxHours: o.maxHours ?? 10_000,
          clearanceHours: 10_000,
        },
      },
    },
    turns: o.turns ?? 20,
  });
}

const clashes = (r: RunResult): LogEntry[] => r.log.filter((e) => e.type === 'clash');

describe('engagements through the engine (Lanchester)', () => {
  test('square law, deterministic limit: 10,000 vs 8,000 at 0.1 leaves 6,000 at T = 10.98612 h; A(5) = 7,107, B(5) = 3,810', () => {
    // The guards are side A. Linear-law dynamics keep their time scale when forces are
    // multiplied by k and rates divided by k; square-law strengths scale with the force sizes at the same times,
    // so docs/model.md's 100 vs 80 example (§7) at x100 is the deterministic limit the engine uses above
    // 10,000 combatants.
    const full = clashes(simulate(battleScenario({ defenders: 10_000, attackers: 8_000, alpha: 0.1, beta: 0.1, law: 'square' }), { seed: 1 }));
    expect(full.length).toBeGreaterThan(0);
    for (const e of full) {
      expect(e.data?.method).toBe('deterministic');
      expect(e.data?.outcome).toBe('repulse');
      expect(e.data?.defendersLeft).toBe(6_000);
      // Broken when it would round to 0 (below 0.5 attackers): 10.9853 h against 10.98612 h to 0.
      expect(Math.abs((e.data?.durationHours as number) - 10.98612)).toBeLessThan(0.002);
    }
    const at5 = clashes(simulate(battleScenario({ defenders: 10_000, attackers: 8_000, alpha: 0.1, beta: 0.1, law: 'square', maxHours: 5 }), { seed: 1 }));
    for (const e of at5) {
      expect(e.data?.defendersLeft).toBe(7_107);
      expect(e.data?.attackersLeft).toBe(3_810);
      expect(e.data?.outcome).toBe('breakthrough'); // not broken within the time limit: it got through
    }
  });

  test('square law: 8,000 guards at 1.44 vs 10,000 at 1: the group wins with 2,800 at T = 1.621592 h', () => {
    const r = simulate(battleScenario({ defenders: 8_000, attackers: 10_000, alpha: 1.44, beta: 1, law: 'square' }), { seed: 2 });
    const c = clashes(r);
    expect(c.length).toBeGreaterThan(0);
    for (const e of c) {
      expect(e.data?.outcome).toBe('breakthrough');
      expect(e.data?.attackersLeft).toBe(2_800);
      expect(e.data?.casualtiesForces).toBe(8_000);
      // The deterministic finish counts a side as broken when it would round to its break
      // strength (below 0.5 guards here), a hair before the continuous law reaches 0.
      expect(e.data?.durationHours as number).toBeCloseTo(1.621592, 3);
    }
    expect(r.totals.breakthroughs).toBe(c.length);
    expect(r.totals.casualtiesActors).toBe(7_200 * c.length);
  });

  test('stochastic 2 vs 1 with equal rates: the guards win with probability 5/6', () => {
    const r = simulate(battleScenario({ defenders: 2, attackers: 1, alpha: 1, beta: 1, law: 'square', perWeek: 20, turns: 300 }), {
      seed: 3,
      log: false,
      detail: false,
      hashes: false,
    });
    const n = r.totals.clashes ?? 0;
    // n ≈ 6,000 battles: 4 sigma ≈ 0.019.
    expect(n).toBeGreaterThan(5_000);
    expect(Math.abs((r.totals.repulses ?? 0) / n - 5 / 6)).toBeLessThan(fourSigma(5 / 6, n));
  });

  test('linear law: 100,000 vs 80,000 at 1e-6 gives B(50) = 8,341 and A(50) = 28,341 (x1000 of docs/model.md §7); A tends to 20,000', () => {
    const at50 = clashes(
      simulate(battleScenario({ defenders: 100_000, attackers: 80_000, alpha: 1e-6, beta: 1e-6, law: 'linear', maxHours: 50 }), { seed: 4 }),
    );
    expect(at50.length).toBeGreaterThan(0);
    for (const e of at50) {
      expect(e.data?.defendersLeft).toBe(28_341);
      expect(e.data?.attackersLeft).toBe(8_341);
    }
    const toEnd = clashes(simulate(battleScenario({ defenders: 100_000, attackers: 80_000, alpha: 1e-6, beta: 1e-6, law: 'linear' }), { seed: 4 }));
    for (const e of toEnd) {
      expect(e.data?.outcome).toBe('repulse');
      expect(Math.abs((e.data?.defendersLeft as number) - 20_000)).toBeLessThanOrEqual(1);
    }
  });

  test('linear law, stochastic 100 vs 80 with equal rates: E[A_end - B_end] = A0 - B0 = 20 (alpha A - beta B is a martingale)', () => {
    const r = simulate(battleScenario({ defenders: 100, attackers: 80, alpha: 0.001, beta: 0.001, law: 'linear', perWeek: 5, turns: 100 }), {
      seed: 5,
      detail: false,
      hashes: false,
    });
    const diffs = clashes(r).map((e) => (e.data?.defendersLeft as number) - (e.data?.attackersLeft as number));
    const n = diffs.length;
    const mean = diffs.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(diffs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
    // n ≈ 500 battles; 4 standard errors of the mean from the sample sd.
    expect(n).toBeGreaterThan(400);
    expect(Math.abs(mean - 20)).toBeLessThan((4 * sd) / Math.sqrt(n));
  });
});
