/**
 * Properties of every run, checked on small generated scenarios (fast-check, fixed seed; run
 * with FC_SEED=random to explore): personnel is conserved, kilograms add up, every probability
 * stays in [0, 1], no count is NaN or negative, and (with displacement off and common random
 * numbers) more patrol personnel in a sector never raises the got-aways there.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CompiledScenario } from '../../src/engine/compile';
import { FLOW_METRICS, type RunResult } from '../../src/engine/results';
import { simulate } from '../../src/engine/simulate';
import '../model/fast-check-seed';
import { actor, patrol, sector, synthetic, TAJIK_THEATRE, type Json } from './synthetic';

const TERRAINS = ['river-plain', 'foothills', 'mountain', 'high-mountain'] as const;
const SECTOR_IDS = ['s0', 's1', 's2'];

interface Spec {
  lengths: number[];
  terrains: (typeof TERRAINS)[number][];
  posts: number[];
  personnel: number[];
  readiness: number[];
  quality: number[];
  complicity: number[];
  actors: { kind: string; rate: number; presence: number[]; groupSize: number; loadKg: number; theta: number }[];
  qrf: { personnel: number; notice: number; along: number; from: number; role: 'quick-reaction' | 'garrison' } | null;
  move: { to: number; turn: number; personnel: number } | null;
  exercise: number;
  startMonth: number;
  turns: number;
  nSectors: number;
}

const pct = fc.integer({ min: 0, max: 100 }).map((x) => x / 100);
const triple = <T>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: 3, maxLength: 3 });

function specArb(kinds: readonly string[], displacement: boolean): fc.Arbitrary<Spec> {
  return fc.record({
    nSectors: fc.integer({ min: 1, max: 3 }),
    lengths: triple(fc.integer({ min: 5, max: 300 })),
    terrains: triple(fc.constantFrom(...TERRAINS)),
    posts: triple(fc.integer({ min: 0, max: 6 })),
    personnel: triple(fc.integer({ min: 1, max: 600 })),
    readiness: triple(pct),
    quality: triple(pct),
    complicity: triple(pct),
    actors: fc.array(
      fc.record({
        kind: fc.constantFrom(...kinds),
        rate: fc.integer({ min: 0, max: 80 }),
        presence: triple(fc.integer({ min: 0, max: 3 })),
        groupSize: fc.integer({ min: 1, max: 40 }),
        loadKg: fc.integer({ min: 1, max: 60 }),
        theta: displacement ? fc.integer({ min: 0, max: 5 }) : fc.constant(0),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    qrf: fc.option(
      fc.record({
        personnel: fc.integer({ min: 1, max: 300 }),
        notice: fc.integer({ min: 0, max: 12 }),
        along: fc.integer({ min: 0, max: 600 }),
        from: fc.integer({ min: 0, max: 200 }),
        role: fc.constantFrom('quick-reaction' as const, 'garrison' as const),
      }),
    ),
    move: fc.option(fc.record({ to: fc.integer({ min: 0, max: 2 }), turn: fc.integer({ min: 0, max: 6 }), personnel: fc.integer({ min: 1, max: 300 }) })),
    exercise: fc.integer({ min: 0, max: 5000 }),
    startMonth: fc.integer({ min: 1, max: 12 }),
    turns: fc.integer({ min: 3, max: 12 }),
  });
}

/** Builds the scenario of a spec, with `extra` patrol personnel added to sector `boosted`. */
function build(spec: Spec, boosted = -1, extra = 0, uniformComplicity = false): CompiledScenario {
  const n = spec.nSectors;
  const ids = SECTOR_IDS.slice(0, n);
  const sectors = ids.map((id, i) =>
    sector(id, spec.lengths[i] ?? 50, { terrain: spec.terrains[i], posts: { count: spec.posts[i] ?? 0, detectionRadiusKm: 1 }, roadSpeedKmPerHour: 30 }),
  );
  const forces: Json[] = ids.map((id, i) =>
    patrol(`g${i}`, id, (spec.personnel[i] ?? 1) + (i === boosted ? extra : 0), {
      readiness: spec.readiness[i],
      quality: spec.quality[i],
      complicity: uniformComplicity ? spec.complicity[0] : spec.complicity[i],
      fatigue: 0.1,
    }),
  );
  const bases: Json[] = [
    { id: 'hq', name: 'hq', alongBorderKm: spec.qrf?.along ?? 100, fromBorderKm: spec.qrf?.from ?? 50 },
    { id: 'camp', name: 'camp', alongBorderKm: 50, fromBorderKm: 10 },
  ];
  if (spec.qrf) {
    forces.push({
      id: 'qrf',
      name: 'qrf',
      side: 'guards',
      personnel: spec.qrf.personnel,
      location: 'hq',
      role: spec.qrf.role,
      quickReaction: true,
      noticeHours: spec.qrf.notice,
      complicity: 0.2,
    });
  }
  if (spec.move) {
    forces.push(
      patrol('mover', 'hq', spec.move.personnel, {
        moveTo: ids[spec.move.to % n],
        departDay: 7 * spec.move.turn,
        complicity: uniformComplicity ? spec.complicity[0] : 0,
      }),
    );
  }
  if (spec.exercise > 0) forces.push({ id: 'drill', name: 'drill', side: 'csto', personnel: spec.exercise, location: 'camp', role: 'exercise' });
  const actors = spec.actors.map((a, j) => {
    const presence: Record<string, number> = {};
    ids.forEach((id, i) => {
      if ((a.presence[i] ?? 0) > 0) presence[id] = a.presence[i] ?? 0;
    });
    if (Object.keys(presence).length === 0) presence.s0 = 1;
    return actor(`a${j}`, a.kind, a.rate, presence, {
      strength: 200,
      displacementSensitivity: a.theta,
      ...(a.kind === 'smuggling' ? { loadKg: a.loadKg, season: 'harvest' } : { groupSize: a.groupSize }),
    });
  });
  return synthetic({
    sectors,
    forces,
    actors,
    bases,
    turns: spec.turns,
    start: `2021-${String(spec.startMonth).padStart(2, '0')}-01`,
    detection: { personnelPerPatrol: 4, dutyFraction: 0.3, exposureHours: 3 },
    theatre: TAJIK_THEATRE,
    parameters: {
      forces: { fatigueRisePerWeek: 0.1, fatigueRecoveryPerWeek: 0.3, readinessRatePerWeek: 0.1, roadSpeedKmPerHour: 30 },
      season: { winterClosedFactor: 0.1 },
      response: { respondersPerIncident: 10, localNoticeHours: 0.5 },
    },
  });
}

/** Every number in a JSON tree, with its key. */
function* numbers(v: unknown, key = ''): Generator<[string, number]> {
  if (typeof v === 'number') yield [key, v];
  else if (Array.isArray(v)) for (const x of v) yield* numbers(x, key);
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* numbers(x, k);
}

const MAY_BE_MINUS_ONE = new Set(['lastClashTurn', 'arrivesTurn']);
const PROBABILITY_KEYS = /^(p[A-Z]|effectiveness|conflictShare|readiness|fatigue|quality|complicity|sensorDetection|perceived|.*\.effectiveness$)/;

function checkRun(c: CompiledScenario, r: RunResult): void {
  // No NaN, no infinity, nothing negative (except the -1 "none yet" markers).
  for (const [k, v] of numbers({ turns: r.turns, totals: r.totals, state: r.finalState, log: r.log.map((e) => e.data ?? {}) })) {
    expect(Number.isFinite(v), `${k} = ${v}`).toBe(true);
    if (MAY_BE_MINUS_ONE.has(k)) expect(v).toBeGreaterThanOrEqual(-1);
    else expect(v, `${k} = ${v}`).toBeGreaterThanOrEqual(0);
    if (PROBABILITY_KEYS.test(k)) expect(v, `${k} = ${v}`).toBeLessThanOrEqual(1);
  }
  for (const t of r.turns) {
    for (const m of [t.metrics, ...Object.values(t.byKind), ...Object.values(t.bySector)]) {
      for (const name of FLOW_METRICS) if (!name.startsWith('kg')) expect(Number.isInteger(m[name])).toBe(true);
      // kg seized + kg through = kg attempted, in every record.
      expect((m.kgSeized ?? 0) + (m.kgThrough ?? 0)).toBe(m.kgAttempted);
      expect((m.interdicted ?? 0) + (m.gotAway ?? 0)).toBe(m.attempts);
    }
  }
  const kg = r.totals;
  expect(Math.abs((kg.kgSeized ?? 0) + (kg.kgThrough ?? 0) - (kg.kgAttempted ?? 0))).toBeLessThanOrEqual(1e-9 * Math.max(1, kg.kgAttempted ?? 0));

  // Personnel: for every unit, start - casualties = now; for every sector,
  // start + arrivals - casualties - departures = now; for the whole run, the metric agrees.
  let start = 0;
  let lost = 0;
  for (const f of r.finalState.forces) {
    const cf = c.forces.find((x) => x.id === f.id);
    expect(cf).toBeDefined();
    expect(f.personnel).toBe((cf?.personnel ?? 0) - f.casualties);
    expect(Number.isInteger(f.personnel)).toBe(true);
    start += cf?.personnel ?? 0;
    lost += f.casualties;
  }
  expect(lost).toBe(r.totals.casualtiesForces);
  expect(r.totals.personnel).toBe(start - lost);
  for (const s of r.finalState.sectors) {
    const initial = c.forces.filter((f) => f.location === s.id).reduce((a, f) => a + f.personnel, 0);
    const now = r.finalState.forces.filter((f) => f.location === s.id && f.movingTo === null).reduce((a, f) => a + f.personnel, 0);
    expect(now).toBe(initial + s.personnelArrived - s.personnelLost - s.personnelDeparted);
  }
  // Actors: strength = start - casualties.
  for (const a of r.finalState.actors) {
    const ca = c.actors.find((x) => x.id === a.id);
    expect(a.strength).toBeCloseTo((ca?.strength ?? 0) - a.casualties, 9);
  }
}

describe('invariants of every run (generated scenarios, all four actor kinds, moves, quick reaction, displacement)', () => {
  test('personnel conserved, kg add up, probabilities in [0, 1], no NaN or negative count', () => {
    fc.assert(
      fc.property(specArb(['armed-group', 'smuggling', 'refugees', 'recruits'], true), fc.nat({ max: 1e6 }), (spec, seed) => {
        const c = build(spec);
        checkRun(c, simulate(c, { seed }));
      }),
      { numRuns: 60 },
    );
  });
});

describe('more patrol personnel never raises got-aways in that sector (displacement off, common random numbers)', () => {
  // Why without armed groups: an engagement is a battle of variable length whose event sequence
  // changes when more guards fight, so its outcome is not a monotone function of the draws
  // (more guards win more often, not on every path); and the guards' casualties feed back into
  // later turns' detection. docs/model.md §10 records the decision: the model is right and the
  // pathwise property is too strong for fights; it holds exactly for every flow without fights,
  // and in expectation for armed groups (checked below on a fixed scenario).
  //
  // And why with one complicity for all the patrol units of a sector: complicity is that of the
  // guards who meet a load, a mix weighted by personnel fit for duty. Reinforcing a sector with
  // more of a MORE complicit unit than the others there raises the share of loads let through,
  // and can raise got-aways: fast-check found exactly that (a 1-person unit with complicity 0.01
  // grown by 538 beside a clean 14-person unit). That is the model being right ("whoever controls
  // the border controls the smuggling"), so the property is stated for uniform complicity.
  test('pathwise, turn by turn, for smuggling, refugees and recruits', () => {
    fc.assert(
      fc.property(
        specArb(['smuggling', 'refugees', 'recruits'], false),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.nat({ max: 1e6 }),
        (spec, target, extra, seed) => {
          const i = target % spec.nSectors;
          const id = SECTOR_IDS[i] ?? 's0';
          const a = simulate(build(spec, -1, 0, true), { seed, log: false, hashes: false });
          const b = simulate(build(spec, i, extra, true), { seed, log: false, hashes: false });
          for (let t = 0; t < a.turns.length; t++) {
            const ma = a.turns[t]?.bySector[id];
            const mb = b.turns[t]?.bySector[id];
            expect(mb?.gotAway ?? 0).toBeLessThanOrEqual(ma?.gotAway ?? 0);
            expect(mb?.attempts).toBe(ma?.attempts); // attempts do not depend on the defence
            // Every other sector is untouched: its draws and its defence are its own.
            for (const other of SECTOR_IDS.slice(0, spec.nSectors)) {
              if (other !== id) expect(b.turns[t]?.bySector[other]).toEqual(a.turns[t]?.bySector[other]);
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  test('in expectation for armed groups: 400 guards instead of 40 lower the mean got-aways', () => {
    const spec: Spec = {
      nSectors: 1,
      lengths: [80, 0, 0],
      terrains: ['river-plain', 'river-plain', 'river-plain'],
      posts: [2, 0, 0],
      personnel: [40, 0, 0],
      readiness: [0.8, 0, 0],
      quality: [0.6, 0, 0],
      complicity: [0, 0, 0],
      actors: [{ kind: 'armed-group', rate: 5, presence: [1, 0, 0], groupSize: 12, loadKg: 0, theta: 0 }],
      qrf: null,
      move: null,
      exercise: 0,
      startMonth: 3,
      turns: 12,
    };
    const mean = (extra: number) => {
      let sum = 0;
      for (let seed = 1; seed <= 100; seed++) sum += simulate(build(spec, 0, extra), { seed, log: false, detail: false, hashes: false }).totals.gotAway ?? 0;
      return sum / 100;
    };
    expect(mean(360)).toBeLessThan(mean(0));
  });
});
