/**
 * Closed-form instances for the optimiser: independent river-plain sectors, one refugee flow
 * with no displacement, Koopman patrols, a response whose chance q does not depend on the
 * guards (a fixed notice, a negligible drive), no fatigue, no battles, and a calendar inside the
 * months with no seasonal search multiplier. The closed form's parameters are read from the
 * engine itself (its log of each sector's Poisson mean, detection and response probability), not
 * re-derived by hand, so that the check follows the model wherever its units and tables live.
 */
import { simulate } from '../../src/engine/simulate';
import { parseScenario, type Scenario } from '../../src';
import { createRng } from '../../src/rng/streams';
import type { WaterFillingSector } from '../../src/experiment/optimization';

/** An instance: its scenario and the q it was built for. */
export interface ClosedFormInstance {
  scenario: Scenario;
  /** Guards to place. */
  total: number;
  sectors: number;
}

const ONES = new Array<number>(12).fill(1);

/**
 * A generated instance with `n` sectors of unequal length and pressure (seeded), `100 n` guards
 * (with `displacement` > 0 the flow re-routes away from interdiction: no closed form then).
 * q = 0.7: exp(−notice / clearance) with notice 356.67 h and clearance 1,000 h; one responder a
 * team and 200 km/h roads make the drive's share of the delay below 10⁻⁶ of q (checked by
 * {@link closedFormOf}).
 */
export function closedFormInstance(n: number, seed: number, options: { displacement?: number; turns?: number } = {}): ClosedFormInstance {
  const rng = createRng(`optimize-closed-form/${n}/${seed}`);
  const sectors = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    name: `S${i}`,
    lengthKm: 40 + Math.round(80 * rng.next()),
    terrain: 'river-plain',
    provinceAcross: 'p',
    depthKm: 5,
    riverCrossabilityByMonth: ONES,
    roadSpeedKmPerHour: 200,
  }));
  const presence = Object.fromEntries(sectors.map((s) => [s.id, 1 + Math.round(7 * rng.next())]));
  const total = 100 * n;
  const scenario = parseScenario(
    {
      metadata: { name: `closed form, ${n} sectors` },
      // 20 weeks from 4 January: January to May, where the river plain's search multiplier is 1.
      calendar: { start: '2021-01-04', turnLengthDays: 7, turns: options.turns ?? 20 },
      provinces: [{ id: 'p', name: 'P' }],
      bases: [],
      sectors,
      forces: sectors.map((s) => ({
        id: `g-${s.id}`,
        name: `guards ${s.id}`,
        side: 'guards',
        personnel: 100,
        location: s.id,
        role: 'patrol',
        readiness: 1,
        quality: 1,
        fatigue: 0,
        complicity: 0,
      })),
      actors: [
        {
          id: 'flow',
          name: 'flow',
          kind: 'refugees',
          strength: 1_000_000,
          intent: 1,
          attemptsPerWeek: 30 * n,
          presence,
          displacementSensitivity: options.displacement ?? 0,
        },
      ],
      parameters: {
        detection: { sweepWidthKm: 1, patrolSpeedKmPerHour: 2, exposureHours: 10, personnelPerPatrol: 4, sectorDepthKm: 5, dutyFraction: 0.5 },
        forces: { fatigueRisePerWeek: 0, fatigueRecoveryPerWeek: 0, readinessRatePerWeek: 0 },
        season: { winterClosedFactor: 1 },
        response: { localNoticeHours: 1000 * Math.log(1 / 0.7), respondersPerIncident: 1 },
        kinds: { refugees: { clearanceHours: 1000, displacementSensitivity: 0 } },
      },
    },
    { source: `closed-form-${n}.json` },
  );
  return { scenario, total, sectors: n };
}

/** The closed form's parameters of a scenario, as the engine computes them. */
export interface ClosedFormParameters {
  sectors: WaterFillingSector[];
  q: number;
}

/**
 * Reads l_i (expected attempts over the run), c_i and q from the engine's log of one run with
 * `x` guards per sector (all > 0): `meanAttempts` is the Poisson mean of a sector and turn,
 * `pDetect` = 1 − exp(−c_i x_i), `pResponse` = q. Throws if the engine's numbers do not have
 * the closed form's shape: c or q changing from turn to turn (seasonality), or q depending on x.
 */
export function closedFormOf(scenario: Scenario, x: readonly number[]): ClosedFormParameters {
  const withX = { ...scenario, forces: scenario.forces.map((f, i) => ({ ...f, personnel: x[i] as number })) };
  const run = simulate(withX, { seed: 1, log: true, hashes: false });
  const ids = scenario.sectors.map((s) => s.id);
  const means: number[][] = ids.map(() => []);
  const coeff: number[][] = ids.map(() => []);
  const qs: number[] = [];
  for (const e of run.log) {
    if (e.type !== 'crossings') continue;
    const i = ids.indexOf(e.sector as string);
    const d = e.data as Record<string, number>;
    (means[i] as number[]).push(d.meanAttempts as number);
    (coeff[i] as number[]).push(-Math.log1p(-(d.pDetect as number)) / (x[i] as number));
    qs.push(d.pResponse as number);
  }
  // A turn is logged when it has an attempt; with no seasonality every turn has the same mean.
  const constant = (xs: number[], what: string, i: number) => {
    if (xs.length === 0) throw new Error(`sector ${ids[i]} logged no turn: raise its attempts`);
    if (Math.max(...xs) - Math.min(...xs) > 1e-4 * Math.abs(xs[0] as number))
      throw new Error(`${what} of sector ${ids[i]} changes over the run (${Math.min(...xs)}..${Math.max(...xs)}): the instance has seasonality`);
    return xs.reduce((a, v) => a + v, 0) / xs.length;
  };
  const turns = scenario.calendar.turns;
  const rate = means.map((m, i) => constant(m, 'the Poisson mean', i) * turns);
  const c = coeff.map((m, i) => constant(m, 'c', i));
  const q = qs.reduce((a, v) => a + v, 0) / qs.length;
  if (Math.max(...qs) - Math.min(...qs) > 1e-5)
    throw new Error(`q varies between sectors or turns (${Math.min(...qs)}..${Math.max(...qs)}): the response depends on the guards`);
  return { sectors: ids.map((_, i) => ({ rate: rate[i] as number, coefficient: c[i] as number })), q };
}
