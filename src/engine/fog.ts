/**
 * Fog of war (docs/wargaming.md, "Fog of war"): what each side observes of a state. Blue sees
 * its own units, what its posts detected, seized and fought, and an estimate of the crossings
 * (detections over the detection chance), never the true attempts or got-aways, nor red's
 * actors or orders. Red sees its own actors (strength, intent, memory of interdiction, standing
 * orders), the fate of its attempts, its means (budget, recruits) and the complicity it bought,
 * and the blue posts and patrols on station (units on the move and in bases are not seen), never
 * blue's flags, policies or orders. Blue never sees the complicity red bought of its units.
 *
 * A view is a fresh, deep-frozen object built from the state: nothing in it refers to the state.
 *
 * @module
 */
import type { CompiledScenario } from './compile';
import type { ActorState, ForceState, HistoryEntry, SimState } from './state';
import { isBlueForce, isRedActor, sidesOf, type Side } from './sides';
import { freezeState } from './view';

/** What blue knows of a sector. */
export interface BlueSectorView {
  readonly id: string;
  readonly lengthKm: number;
  /** Since the start of the game: detections, interdictions, kg seized, clashes. */
  readonly detected: number;
  readonly interdicted: number;
  readonly kgSeized: number;
  readonly clashes: number;
  /** Turn of the last clash, -1 if none. */
  readonly lastClashTurn: number;
  /** The sensors' detection chance now (0-1). */
  readonly sensorDetection: number;
}

/** What blue learned of a sector in one turn. */
export interface BlueReport {
  readonly detected: number;
  readonly interdicted: number;
  readonly kgSeized: number;
  readonly clashes: number;
  /** The detection chance blue's posts had (0-1). */
  readonly pDetect: number;
  /** Estimated attempts: detected / pDetect (rounded to 0.1; 0 when pDetect is 0). */
  readonly estimatedCrossings: number;
}

/** What blue observes: {@link viewOf}(state, 'blue'). */
export interface BlueView {
  readonly side: 'blue';
  /** The next turn to play. */
  readonly turn: number;
  /** Blue's units (all of them: blue knows where its units are). */
  readonly forces: readonly ForceState[];
  /** Sectors west to east. */
  readonly sectors: readonly BlueSectorView[];
  /** Each past turn blue remembers (the scenario's history window), oldest first: sector id to report. */
  readonly reports: readonly { readonly turn: number; readonly bySector: Readonly<Record<string, BlueReport>> }[];
  /** Policy flags set, sovereignty points so far, provinces' holders (public knowledge). */
  readonly flags: readonly string[];
  readonly sovereignty: number;
  readonly control: Readonly<Record<string, string>>;
}

/** What red sees of a sector. */
export interface RedSectorView {
  readonly id: string;
  readonly lengthKm: number;
  /** Blue personnel on station in the sector (posts and patrols; units on the move are not seen). */
  readonly observedPersonnel: number;
  /** Blue units on station in the sector. */
  readonly observedUnits: number;
  /** The ids of those units (what a `bribe` order names). */
  readonly unitIds: readonly string[];
}

/** The fate of red's attempts in a sector in one turn. */
export interface RedReport {
  readonly attempts: number;
  readonly interdicted: number;
  readonly gotAway: number;
  readonly kgThrough: number;
  readonly kgSeized: number;
  readonly clashes: number;
  readonly breakthroughs: number;
  readonly repulses: number;
}

/** What red observes: {@link viewOf}(state, 'red'). */
export interface RedView {
  readonly side: 'red';
  readonly turn: number;
  /** Red's actors: kind, strength, intent, remembered interdiction rates, standing route and tempo. */
  readonly actors: readonly (ActorState & { readonly kind: string })[];
  /** The scenario's limits on red's orders (`sides.red`). */
  readonly limits: {
    readonly maxSurge: number;
    readonly maxRouteWeight: number;
    readonly maxSplit: number;
    readonly maxComplicity: number;
    readonly maxStrengthRatio: number;
    /** USD per person of a unit for 0.01 of complicity. */
    readonly complicityCostUsd: number;
    /** USD a recruit costs. */
    readonly recruitCostUsd: number;
  };
  /** Red's means: its budget and pool over the game, and what it has spent of them. */
  readonly means: {
    readonly budgetUsd: number;
    readonly spentUsd: number;
    readonly recruitPool: number;
    readonly recruited: number;
  };
  /** The complicity red bought of each blue unit (unit id to the rise, 0-1): red knows whom it paid. */
  readonly bought: Readonly<Record<string, number>>;
  readonly sectors: readonly RedSectorView[];
  /**
   * Each past turn red remembers, oldest first: sector id to the fate of the attempts there.
   * They are the sector's counts over every actor, which are red's own when red is one cell for
   * all actors (the default); docs/wargaming.md says so.
   */
  readonly reports: readonly { readonly turn: number; readonly bySector: Readonly<Record<string, RedReport>> }[];
  /** Provinces' holders (public knowledge). */
  readonly control: Readonly<Record<string, string>>;
}

/** The view of a side. */
export type SideView<S extends Side = Side> = S extends 'blue' ? BlueView : RedView;

/** A state as the fog reads it: a {@link SimState} (or a policy function's view of one). */
type Observed = Pick<SimState, 'turn' | 'sectors' | 'forces' | 'actors' | 'world'>;

const r1 = (x: number) => Math.round(x * 10) / 10;
const n = (m: Readonly<Record<string, number>> | undefined, k: string) => m?.[k] ?? 0;

/**
 * What `side` observes of `state`, a fresh deep-frozen object (docs/wargaming.md, "Fog of war").
 *
 * @example
 * const game = createGame(scenario, { seed: 7 });
 * const view = viewOf(game.scenario, game.state(), 'blue');
 * view.sectors[0].detected; // blue's detections so far in the westernmost sector
 */
export function viewOf<S extends Side>(sc: CompiledScenario, state: Pick<SimState, 'turn' | 'sectors' | 'forces' | 'actors' | 'world'>, side: S): SideView<S> {
  return freezeState(side === 'blue' ? blueView(sc, state) : redView(sc, state)) as SideView<S>;
}

function history(state: Observed): readonly HistoryEntry[] {
  return state.world?.history ?? [];
}

function blueView(sc: CompiledScenario, state: Observed): BlueView {
  return {
    side: 'blue',
    turn: state.turn,
    forces: state.forces.filter((f) => isBlueForce(sc, f.side)).map(unbought),
    sectors: state.sectors.map((s, i) => ({
      id: s.id,
      lengthKm: sc.sectors[i]?.lengthKm ?? 0,
      detected: s.detected,
      interdicted: s.interdicted,
      kgSeized: s.kgSeized,
      clashes: s.clashes,
      lastClashTurn: s.lastClashTurn,
      sensorDetection: s.sensorDetection,
    })),
    reports: history(state).map((e) => {
      const bySector: Record<string, BlueReport> = {};
      for (const s of sc.sectors) {
        const m = e.bySector[s.id];
        const pDetect = n(m, 'pDetect');
        const detected = n(m, 'detected');
        bySector[s.id] = {
          detected,
          interdicted: n(m, 'interdicted'),
          kgSeized: n(m, 'kgSeized'),
          clashes: n(m, 'clashes'),
          pDetect,
          estimatedCrossings: pDetect > 0 ? r1(detected / pDetect) : 0,
        };
      }
      return { turn: e.turn, bySector };
    }),
    flags: [...(state.world?.flags ?? [])],
    sovereignty: state.world?.sovereignty ?? 0,
    control: { ...(state.world?.control ?? {}) },
  };
}

/**
 * A blue unit as blue knows it: the complicity red bought (`bought`) is red's secret, so blue
 * sees the unit's complicity without it, and no trace of the bribe.
 */
function unbought(f: ForceState): ForceState {
  const copy = structuredClone(f) as ForceState & { bought?: number; complicity: number };
  if (copy.bought !== undefined) {
    copy.complicity = Math.max(0, copy.complicity - copy.bought);
    delete copy.bought;
  }
  return copy;
}

function redView(sc: CompiledScenario, state: Observed): RedView {
  const personnel = new Map<string, { p: number; u: number; ids: string[] }>();
  const bought: Record<string, number> = {};
  for (const f of state.forces) {
    if (f.bought !== undefined) bought[f.id] = f.bought;
    if (!isBlueForce(sc, f.side) || f.movingTo !== null || !(f.personnel > 0)) continue;
    const at = personnel.get(f.location) ?? { p: 0, u: 0, ids: [] };
    personnel.set(f.location, { p: at.p + f.personnel, u: at.u + 1, ids: [...at.ids, f.id] });
  }
  const R = sidesOf(sc).red;
  const account = state.world?.red;
  return {
    side: 'red',
    turn: state.turn,
    actors: state.actors.flatMap((a, i) => (isRedActor(sc, a.id) ? [{ ...structuredClone(a), kind: sc.actors[i]?.kind ?? '' }] : [])),
    limits: {
      maxSurge: R.maxSurge,
      maxRouteWeight: R.maxRouteWeight,
      maxSplit: R.maxSplit,
      maxComplicity: R.maxComplicity,
      maxStrengthRatio: R.maxStrengthRatio,
      complicityCostUsd: R.complicityCostUsd,
      recruitCostUsd: R.recruitCostUsd,
    },
    means: { budgetUsd: R.budgetUsd, spentUsd: account?.spentUsd ?? 0, recruitPool: R.recruitPool, recruited: account?.recruited ?? 0 },
    bought,
    sectors: sc.sectors.map((s) => ({
      id: s.id,
      lengthKm: s.lengthKm,
      observedPersonnel: personnel.get(s.id)?.p ?? 0,
      observedUnits: personnel.get(s.id)?.u ?? 0,
      unitIds: personnel.get(s.id)?.ids ?? [],
    })),
    reports: history(state).map((e) => {
      const bySector: Record<string, RedReport> = {};
      for (const s of sc.sectors) {
        const m = e.bySector[s.id];
        bySector[s.id] = {
          attempts: n(m, 'attempts'),
          interdicted: n(m, 'interdicted'),
          gotAway: n(m, 'gotAway'),
          kgThrough: n(m, 'kgThrough'),
          kgSeized: n(m, 'kgSeized'),
          clashes: n(m, 'clashes'),
          breakthroughs: n(m, 'breakthroughs'),
          repulses: n(m, 'repulses'),
        };
      }
      return { turn: e.turn, bySector };
    }),
    control: { ...(state.world?.control ?? {}) },
  };
}
