/**
 * The toy border model of the floor benchmark (issue 23): S sectors, three kinds of crossers
 * (loads, refugees, recruits), 52 weekly turns; Poisson attempts, Koopman random-search
 * detection from the guards on station, a fixed chance that a detected attempt is reached (the
 * local team's arrival in time), and the guards' fatigue as they rotate on duty.
 *
 * One set of numbers, {@link toyParameters}, is written three ways: as a frontier-sim scenario
 * ({@link toyScenario}), as bare JavaScript on typed arrays (bench/toy-bare.mjs) and as a
 * boardgame.io game (bench/toy-boardgame.mjs); {@link toyExpectation} gives the expected totals
 * in closed form, which all three must agree with (tests/bench/toy-agreement.test.ts, and the
 * suite's section 7 over 200 seeds).
 *
 * Every formula is the engine's (docs/model.md §3-§5, §6 fatigue), with everything else off:
 * no seasons, rivers or passes (access 1), no displacement (θ = 0), no posts, sensors, quick
 * reaction, complicity, deterrence or battles. Plain JavaScript, so that it runs on plain node.
 */

/** Weekly attempts a sector for each of the three kinds, in the order of {@link TOY_KINDS}. */
export const TOY_RATES = [2, 1, 0.5];
/** The kinds of the three actors. */
export const TOY_KINDS = ['smuggling', 'refugees', 'recruits'];
/** Mean clearance time of each kind (h): a detected attempt is reached with exp(−delay / this). */
export const TOY_CLEARANCE_HOURS = [6, 3, 4];
export const TOY_TURNS = 52;

/**
 * The toy's numbers for `sectors` sectors. Sector i is 5 km long and held by one patrol unit of
 * 12-24 persons (varied deterministically so that sectors differ).
 */
export function toyParameters(sectors) {
  const personnel = new Float64Array(sectors);
  for (let i = 0; i < sectors; i++) personnel[i] = 12 + ((i * 7) % 13);
  return {
    sectors,
    turns: TOY_TURNS,
    lengthKm: 5,
    depthKm: 5,
    roadSpeedKmPerHour: 20,
    personnel,
    readiness: 0.8,
    quality: 0.7,
    sweepWidthKm: 1,
    patrolSpeedKmPerHour: 3,
    exposureHours: 4,
    personnelPerPatrol: 4,
    dutyFraction: 0.3,
    fatigueRisePerWeek: 0.1,
    fatigueRecoveryPerWeek: 0.3,
    respondersPerIncident: 4,
    localNoticeHours: 0.5,
    rates: TOY_RATES,
    clearanceHours: TOY_CLEARANCE_HOURS,
  };
}

/**
 * The fatigue of a unit on rotating duty, as the engine models it (src/model/forces.ts): each
 * week tires (ρ) then rests (κ); a turn reads the mean over its days, settle + (f − settle) × m
 * with m = (1 − b) / −ln b, b = (1 − ρ)(1 − κ).
 */
export function fatigueModel(p) {
  const rho = p.fatigueRisePerWeek;
  const kappa = p.fatigueRecoveryPerWeek;
  const b = (1 - rho) * (1 - kappa);
  return {
    settle: (rho * (1 - kappa)) / (1 - b),
    mean: (1 - b) / -Math.log(b),
    /** The fatigue after a week on duty. */
    next: (f) => (f + rho * (1 - f)) * (1 - kappa),
  };
}

/** Koopman coverage a unit of personnel fit for duty gives sector i, per unit of (1 − fatigue). */
export function coveragePerCondition(p, i) {
  const effective = p.personnel[i] * p.readiness * p.quality * p.dutyFraction;
  const patrolsPerKm = effective / p.lengthKm / p.personnelPerPatrol;
  return (p.sweepWidthKm * p.patrolSpeedKmPerHour * p.exposureHours * patrolsPerKm) / p.depthKm;
}

/** The chance that the local team reaches a detected attempt of kind k in sector i (fixed). */
export function reachChance(p, i, k) {
  const teams = (p.personnel[i] * p.readiness) / p.respondersPerIncident;
  const delay = p.localNoticeHours + p.lengthKm / (4 * teams) / p.roadSpeedKmPerHour;
  return Math.exp(-delay / p.clearanceHours[k]);
}

/** Expected totals of a run (attempts, detected, interdicted), in closed form. */
export function toyExpectation(p) {
  const fm = fatigueModel(p);
  let attempts = 0;
  let detected = 0;
  let interdicted = 0;
  for (let i = 0; i < p.sectors; i++) {
    const c = coveragePerCondition(p, i);
    let f = 0;
    for (let t = 0; t < p.turns; t++) {
      const pD = 1 - Math.exp(-c * (1 - (fm.settle + (f - fm.settle) * fm.mean)));
      for (let k = 0; k < p.rates.length; k++) {
        const lambda = p.rates[k];
        attempts += lambda;
        detected += lambda * pD;
        interdicted += lambda * pD * reachChance(p, i, k);
      }
      f = fm.next(f);
    }
  }
  return { attempts, detected, interdicted };
}

/** The toy as a frontier-sim scenario (a JSON object for `parseScenario`). */
export function toyScenario(sectors) {
  const p = toyParameters(sectors);
  const provinces = Math.ceil(sectors / 12);
  const provinceList = Array.from({ length: provinces }, (_, j) => ({ id: `p${j}`, name: `Province ${j}` }));
  const sectorList = [];
  const forces = [];
  for (let i = 0; i < sectors; i++) {
    sectorList.push({
      id: `s${i}`,
      name: `Sector ${i}`,
      lengthKm: p.lengthKm,
      provinceAcross: `p${Math.floor(i / 12)}`,
      roadSpeedKmPerHour: p.roadSpeedKmPerHour,
    });
    forces.push({
      id: `g${i}`,
      name: `Guards ${i}`,
      side: 'guards',
      personnel: p.personnel[i],
      location: `s${i}`,
      role: 'patrol',
      readiness: p.readiness,
      quality: p.quality,
      complicity: 0,
    });
  }
  // Presence by province, in proportion to its sectors: every 5 km sector gets 1/S of each actor.
  const presence = Object.fromEntries(provinceList.map((pr, j) => [pr.id, Math.min(12, sectors - 12 * j)]));
  const actors = TOY_KINDS.map((kind, k) => ({
    id: kind,
    name: kind,
    kind,
    strength: 1e6,
    intent: 1,
    attemptsPerWeek: p.rates[k] * sectors,
    ...(kind === 'smuggling' ? { loadKg: 25 } : kind === 'refugees' ? { groupSize: 4 } : {}),
    displacementSensitivity: 0,
    presence,
  }));
  return {
    metadata: { name: `toy-${sectors}` },
    calendar: { start: '2021-01-04', turnLengthDays: 7, turns: p.turns },
    provinces: provinceList,
    sectors: sectorList,
    forces,
    actors,
    parameters: {
      detection: {
        sweepWidthKm: p.sweepWidthKm,
        patrolSpeedKmPerHour: p.patrolSpeedKmPerHour,
        exposureHours: p.exposureHours,
        personnelPerPatrol: p.personnelPerPatrol,
        sectorDepthKm: p.depthKm,
        dutyFraction: p.dutyFraction,
      },
      forces: { fatigueRisePerWeek: p.fatigueRisePerWeek, fatigueRecoveryPerWeek: p.fatigueRecoveryPerWeek },
      response: { respondersPerIncident: p.respondersPerIncident, localNoticeHours: p.localNoticeHours },
      kinds: Object.fromEntries(TOY_KINDS.map((kind, k) => [kind, { clearanceHours: p.clearanceHours[k], displacementSensitivity: 0 }])),
    },
  };
}

/**
 * Do two sets of runs agree? For each of attempts, detected and interdicted: the difference of
 * the two sample means in units of its standard error, sqrt(var_a / n_a + var_b / n_b), and of
 * each sample mean from the closed form `expected` in units of its own. Agreement: every |z| at
 * most `zMax` (4 by default: a false alarm about once in 16,000 checks per figure).
 */
export function toyAgreement(a, b, expected, zMax = 4) {
  const out = {};
  let ok = true;
  for (const key of ['attempts', 'detected', 'interdicted']) {
    const sa = moments(a.map((r) => r[key]));
    const sb = moments(b.map((r) => r[key]));
    const zPair = (sa.mean - sb.mean) / Math.sqrt(sa.var / sa.n + sb.var / sb.n);
    const zA = (sa.mean - expected[key]) / Math.sqrt(sa.var / sa.n);
    const zB = (sb.mean - expected[key]) / Math.sqrt(sb.var / sb.n);
    const fine = Math.abs(zPair) <= zMax && Math.abs(zA) <= zMax && Math.abs(zB) <= zMax;
    ok &&= fine;
    out[key] = { expected: expected[key], meanA: sa.mean, meanB: sb.mean, zPair, zA, zB, ok: fine };
  }
  return { ok, zMax, runs: [a.length, b.length], figures: out };
}

function moments(xs) {
  const n = xs.length;
  let mean = 0;
  for (const x of xs) mean += x;
  mean /= n;
  let v = 0;
  for (const x of xs) v += (x - mean) ** 2;
  return { n, mean, var: v / (n - 1) };
}
