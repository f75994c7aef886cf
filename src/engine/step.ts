/**
 * One turn: read the state, compute every sector's outcome on plain locals, and write the new
 * state back in a single immer `produce` (ARCHITECTURE.md: assigning whole records once is about
 * five times cheaper than touching many fields through the draft).
 *
 * @module
 */
import { produce } from 'immer';
import { CROSSING_DRAWS, resolveCrossings } from '../model/crossings';
import { attemptDetectionProbability } from '../model/sector-detection';
import type { RandomStreams } from '../rng/streams';
import { ACTOR_KINDS } from '../scenario/schema';
import { civilFromDays, formatIsoDate } from './calendar';
import type { CompiledScenario } from './compile';
import type { LogEntry, Metrics, TurnRecord } from './results';
import type { SectorState, SimState } from './state';

/** Everything a turn needs besides the state. Built once per run by {@link createStepContext}. */
export interface StepContext {
  readonly scenario: CompiledScenario;
  readonly streams: RandomStreams;
  /** Write log entries (off in Monte Carlo, where nobody reads them). */
  readonly log: boolean;
  /** Record per-sector metrics each turn (off when only totals are wanted). */
  readonly detail: boolean;
  /** Stream keys by [actor][sector], built once so that a turn allocates no strings. */
  readonly crossingKeys: readonly (readonly string[])[];
}

/** What one turn produced. */
export interface StepOutcome {
  readonly state: SimState;
  readonly record: TurnRecord;
  readonly log: readonly LogEntry[];
}

const FLOW_METRICS = ['attempts', 'detected', 'interdicted', 'gotAway'] as const;

/** Builds the per-run context of {@link step}. */
export function createStepContext(
  scenario: CompiledScenario,
  streams: RandomStreams,
  options: { log?: boolean; detail?: boolean } = {},
): StepContext {
  return {
    scenario,
    streams,
    log: options.log ?? true,
    detail: options.detail ?? true,
    crossingKeys: scenario.actors.map((a) => scenario.sectors.map((s) => `cross/${s.id}/${a.id}`)),
  };
}

function emptyFlows(): Metrics {
  return { attempts: 0, detected: 0, interdicted: 0, gotAway: 0 };
}

/**
 * Plays one turn.
 *
 * @example
 * const ctx = createStepContext(compiled, new RandomStreams(7));
 * const { state, record } = step(initialState(compiled), ctx);
 */
export function step(state: SimState, ctx: StepContext): StepOutcome {
  const { scenario, streams } = ctx;
  const turn = state.turn;
  const day = scenario.startDay + turn * scenario.turnLengthDays;
  const date = formatIsoDate(day);
  const month = civilFromDays(day).month;
  const weeks = scenario.turnLengthDays / 7;
  const nSectors = scenario.sectors.length;

  // Patrol personnel out searching, by sector: only units whose role is patrol search.
  const patrolEffective = new Float64Array(nSectors);
  for (const f of state.forces) {
    if (f.role !== 'patrol') continue;
    const i = scenario.sectorIndex.get(f.location);
    if (i === undefined) continue;
    patrolEffective[i] = (patrolEffective[i] ?? 0) + f.personnel * f.readiness * (1 - f.fatigue) * f.quality * scenario.detection.dutyFraction;
  }
  const pDetect = new Float64Array(nSectors);
  for (const s of scenario.sectors) {
    pDetect[s.index] = attemptDetectionProbability(
      {
        effectivePatrolPersonnel: patrolEffective[s.index] ?? 0,
        lengthKm: s.lengthKm,
        depthKm: s.depthKm,
        terrain: s.terrain,
        month,
        postCount: s.postCount,
        postRadiusKm: s.postRadiusKm,
        sensorDetection: s.sensorDetection,
      },
      scenario.detection,
    );
  }

  const totals = emptyFlows();
  const byKind: Record<string, Metrics> = {};
  const bySector: Record<string, Metrics> = {};
  for (const k of ACTOR_KINDS) byKind[k] = emptyFlows();
  const sectorFlows = scenario.sectors.map(() => emptyFlows());
  const log: LogEntry[] = [];

  for (const actor of scenario.actors) {
    const live = state.actors[actor.index];
    if (!live) continue;
    const weekly = actor.attemptsPerWeek * weeks * live.intent;
    const keys = ctx.crossingKeys[actor.index] ?? [];
    for (const sector of scenario.sectors) {
      const share = actor.sectorShare[sector.index] ?? 0;
      if (!(share > 0)) continue;
      const mean = weekly * share;
      const p = pDetect[sector.index] ?? 0;
      // First slice of the model: every detected attempt is stopped. The response model
      // (docs/model.md §5) replaces this constant.
      const c = resolveCrossings(mean, p, 1, streams.at(keys[sector.index] ?? '', turn, CROSSING_DRAWS));
      const flows = sectorFlows[sector.index] as Metrics;
      for (const m of FLOW_METRICS) {
        totals[m] = (totals[m] ?? 0) + c[m];
        flows[m] = (flows[m] ?? 0) + c[m];
        const k = byKind[actor.kind] as Metrics;
        k[m] = (k[m] ?? 0) + c[m];
      }
      if (ctx.log && c.attempts > 0) {
        log.push({
          turn,
          date,
          type: 'crossings',
          sector: sector.id,
          actor: actor.id,
          message: `${actor.name}: ${c.attempts} attempt(s) in ${sector.name}, ${c.detected} detected, ${c.gotAway} got away`,
          data: { meanAttempts: mean, pDetect: p, ...c },
        });
      }
    }
  }

  const newSectors: SectorState[] = state.sectors.map((s, i) => {
    const f = sectorFlows[i] as Metrics;
    return {
      id: s.id,
      attempts: s.attempts + (f.attempts ?? 0),
      detected: s.detected + (f.detected ?? 0),
      interdicted: s.interdicted + (f.interdicted ?? 0),
      gotAway: s.gotAway + (f.gotAway ?? 0),
    };
  });
  if (ctx.detail) for (const s of scenario.sectors) bySector[s.id] = sectorFlows[s.index] as Metrics;

  const next = produce(state, (draft) => {
    draft.turn = turn + 1;
    draft.sectors = newSectors;
  });
  return { state: next, record: { turn, date, metrics: totals, byKind, bySector }, log };
}
