/**
 * The context of a run's turns (docs/architecture.md, "The kernel and the view"): the compiled
 * scenario, the random streams, what to record, the policy, and caches that never change a
 * result (stream keys, streams in use, the sector of each unit, the turn's typed arrays). A
 * context holds no position of a run: a turn's draws depend only on (seed, turn, key).
 *
 * @module
 */
import type { Rng } from '../../rng/rng';
import type { RandomStreams } from '../../rng/streams';
import type { StreamBlocks } from '../../rng/stream-blocks';
import { CROSSING_DRAWS } from '../../model/crossings';
import type { CompiledScenario } from '../compile';
import type { PolicyFunction } from '../policy-function';
import { TurnScratch } from '../scratch';

/** Everything a turn needs besides the state. Built once per run by {@link createStepContext}. */
export interface StepContext {
  readonly scenario: CompiledScenario;
  readonly streams: RandomStreams;
  /** Write log entries (off in Monte Carlo, where nobody reads them). */
  readonly log: boolean;
  /** Record per-sector metrics each turn (off when only totals are wanted). */
  readonly detail: boolean;
  /** Engagement stream keys by [actor][sector][group], grown on first use and kept for the run. */
  readonly battleKeys: string[][][];
  /** Sortie stream keys by [actor][sector], made on first use. */
  readonly sortieKeys: string[][];
  /** Force indices sorted by id: the order casualties are shared out in (independent of file order). */
  readonly forcesById: readonly number[];
  /** A policy function deciding orders each turn (docs/policies.md). */
  readonly policy?: { readonly name: string; readonly decide: PolicyFunction };
  /** Compiled scenarios with parameters changed by events, by the set of changes. */
  readonly variants: Map<string, CompiledScenario>;
  /** The turn's typed arrays, allocated once per run and cleared each turn. @internal */
  readonly scratch: TurnScratch;
  /** The crossing streams, by actor × sector (`actor * sectors + sector`): one table of slots. @internal */
  readonly crossingStreams: StreamBlocks;
  /** Each force's last location and its sector index (see {@link sectorOfForce}). @internal */
  readonly forceSectors: { readonly location: (string | undefined)[]; index: Int32Array };
  /** Deep-freeze each new state (immer's auto-freeze; default true). */
  readonly freeze: boolean;
}

/** What every run of a compiled scenario shares: stream keys and the order of its forces. */
interface RunPlan {
  /** The crossing streams' keys, `cross/<sector>/<actor>`, actor by actor: the slots of their table. */
  readonly crossingSlots: readonly string[];
  readonly battleKeys: string[][][];
  readonly sortieKeys: string[][];
  readonly forcesById: readonly number[];
}

/** Run plans by compiled scenario, so that a Monte Carlo builds its keys once, not once a run. */
const plans = new WeakMap<CompiledScenario, RunPlan>();

function planOf(scenario: CompiledScenario): RunPlan {
  let plan = plans.get(scenario);
  if (plan === undefined) {
    const forcesById = scenario.forces
      .map((f) => f.index)
      .sort((a, b) => {
        const x = scenario.forces[a]?.id ?? '';
        const y = scenario.forces[b]?.id ?? '';
        return x < y ? -1 : x > y ? 1 : 0;
      });
    plan = {
      crossingSlots: scenario.actors.flatMap((a) => scenario.sectors.map((s) => `cross/${s.id}/${a.id}`)),
      battleKeys: scenario.actors.map(() => scenario.sectors.map(() => [])),
      sortieKeys: scenario.actors.map(() => []),
      forcesById,
    };
    plans.set(scenario, plan);
  }
  return plan;
}

/** Builds the per-run context of {@link step}. */
export function createStepContext(
  scenario: CompiledScenario,
  streams: RandomStreams,
  options: { log?: boolean; detail?: boolean; freeze?: boolean; policy?: { name: string; decide: PolicyFunction }; scratch?: TurnScratch } = {},
): StepContext {
  const plan = planOf(scenario);
  return {
    scenario,
    streams,
    log: options.log ?? true,
    detail: options.detail ?? true,
    battleKeys: plan.battleKeys,
    sortieKeys: plan.sortieKeys,
    forcesById: plan.forcesById,
    ...(options.policy ? { policy: options.policy } : {}),
    variants: new Map(),
    scratch: options.scratch ?? new TurnScratch(),
    crossingStreams: streams.blocks(plan.crossingSlots, CROSSING_DRAWS),
    forceSectors: { location: [], index: new Int32Array(scenario.forces.length) },
    freeze: options.freeze ?? true,
  };
}

/** The crossing stream of (actor, sector), positioned at `turn`'s block. */
export function crossingStream(ctx: StepContext, actor: number, sector: number, turn: number): Rng {
  return ctx.crossingStreams.open(actor * ctx.scenario.sectors.length + sector, turn);
}

/**
 * The sector index of force i's location (undefined off the border), remembered with the
 * location it was found for: a unit stays put for most of a run, and on a long border the
 * lookup in the sector map is a cache miss for every unit, twice a turn.
 */
export function sectorOfForce(ctx: StepContext, i: number, location: string): number | undefined {
  const memo = ctx.forceSectors;
  if (memo.location[i] === location) {
    const s = memo.index[i] as number;
    return s < 0 ? undefined : s;
  }
  const s = ctx.scenario.sectorIndex.get(location);
  if (i >= memo.index.length) {
    const grown = new Int32Array(Math.max(2 * memo.index.length, i + 1));
    grown.set(memo.index);
    memo.index = grown;
  }
  memo.location[i] = location;
  memo.index[i] = s ?? -1;
  return s;
}

/** The stream key of the sorties of a quick-reaction force against (actor, sector), made once a run plan. */
export function sortieKey(ctx: StepContext, actor: number, sector: number): string {
  const row = ctx.sortieKeys[actor] as string[];
  return (row[sector] ??= `sortie/${ctx.scenario.sectors[sector]?.id ?? ''}/${ctx.scenario.actors[actor]?.id ?? ''}`);
}

export function battleKey(ctx: StepContext, actor: number, sector: number, group: number): string {
  const list = ctx.battleKeys[actor]?.[sector] as string[];
  for (let j = list.length; j <= group; j++) {
    list.push(`battle/${ctx.scenario.sectors[sector]?.id ?? ''}/${ctx.scenario.actors[actor]?.id ?? ''}/${j}`);
  }
  return list[group] as string;
}
