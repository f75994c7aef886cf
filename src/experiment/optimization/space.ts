/**
 * The decision space of an allocation: integer levels of one or two levers per border sector
 * (the patrol personnel of one side, and optionally fixed posts), between bounds, under caps on
 * the totals and a yearly budget priced through the cost model (`turnCostUsd`).
 *
 * A decision vector x has one integer per coordinate (lever, sector): personnel of every
 * sector first (west to east, as the scenario lists them), then posts. Applying x to the
 * scenario sets the sector's patrol personnel of the side (spread over its patrol units in
 * proportion to today's strengths) and the sector's post count; a sector without a patrol unit
 * of the side gets one, built from the side's largest patrol unit (readiness, quality,
 * complicity, upkeep), present in every candidate (with 0 personnel where x gives none) so that
 * every candidate scenario has the same structure.
 *
 * @module
 */
import type { ForceOverlay, SectorOverlay } from '../../scenario/generated/scenario-overlay';
import { compileScenario, type CompiledScenario } from '../../engine/compile';
import { turnCostUsd } from '../../model/cost';
import { parseScenario } from '../../scenario';
import { LIMITS, type Scenario } from '../../scenario/schema';
import { ExperimentError } from '../errors';

/** What can be allocated per sector. */
export type Lever = 'personnel' | 'posts';

/** Weeks in a year (365.25 days): yearly costs from the weekly upkeep of the cost model. */
export const WEEKS_PER_YEAR = 365.25 / 7;

/** Bounds on one sector's level of a lever (inclusive). */
export interface LevelBounds {
  min?: number;
  max?: number;
}

/** How the decision space is set (part of {@link OptimizeOptions}). */
export interface SpaceOptions {
  /** Personnel to add to today's total over the sectors (`optimize --personnel +2000`). */
  extraPersonnel?: number;
  /** Total personnel to place over the sectors (`--personnel 12000`); replaces `extraPersonnel`. */
  totalPersonnel?: number;
  /** Posts to add to today's total (makes posts a lever). */
  extraPosts?: number;
  /** Total posts to place (makes posts a lever). */
  totalPosts?: number;
  /** Most extra spending a year over today's allocation (USD/year), priced by the cost model. */
  budgetUsdPerYear?: number;
  /** Cost of one post a year (USD/post/year); needed with posts and a budget (the cost model has no post upkeep). */
  postCostUsdPerYear?: number;
  /** Detection radius of posts in a sector that has none today (km; default: the median radius of the other sectors' posts, else 1). */
  postRadiusKm?: number;
  /** Per-sector bounds by sector id, per lever. */
  bounds?: { personnel?: Readonly<Record<string, LevelBounds>>; posts?: Readonly<Record<string, LevelBounds>> };
  /**
   * May a sector end below today's level? Default: false when guards or money are added
   * (`extraPersonnel`, `extraPosts`, a budget: today's allocation is kept and added to), true
   * with a `totalPersonnel`/`totalPosts` (a redistribution from scratch).
   */
  reallocate?: boolean;
  /** The side whose patrol units are allocated (default: the side with the most patrol personnel in the sectors). */
  side?: string;
  /**
   * Whether every guard (post) must be placed: default true without a budget (the personnel
   * are there to be used), false with one (spend at most the budget).
   */
  fill?: boolean;
}

/** One coordinate of a decision vector. */
export interface Coordinate {
  readonly lever: Lever;
  readonly sector: string;
  readonly sectorIndex: number;
}

/** A sector as results show it. */
export interface SectorInfo {
  readonly id: string;
  readonly name: string;
  readonly lengthKm: number;
  /** Position of the sector's midpoint from the western end of the border (km). */
  readonly alongBorderKm: number;
}

/** The decision space. Decision vectors are plain integer arrays over {@link AllocationSpace.coordinates}. */
export interface AllocationSpace {
  readonly sectors: readonly SectorInfo[];
  readonly side: string;
  readonly levers: readonly Lever[];
  readonly coordinates: readonly Coordinate[];
  /** Today's levels. */
  readonly today: readonly number[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** Yearly cost of one more unit of each coordinate (USD/year), through `turnCostUsd`. */
  readonly unitCostUsdPerYear: readonly number[];
  /** Caps: total personnel, total posts, extra spending a year over today. */
  readonly caps: { readonly personnel?: number; readonly posts?: number; readonly budgetUsdPerYear?: number };
  /** Every capped lever must end at its cap (no budget): moves keep the totals. */
  readonly fill: boolean;
  /** The scenario with the added units (one per sector without a patrol unit of the side), validated. */
  readonly template: Scenario;
  /** Ids of the units added to `template`, by sector index (undefined: none added). */
  readonly addedUnits: readonly (string | undefined)[];
  /** Per sector: indices in `template.forces` of the side's patrol units on station there, with today's personnel. */
  readonly units: readonly (readonly { readonly index: number; readonly id: string; readonly personnel: number }[])[];
  /** Detection radius given to posts in a sector that has none today (km). */
  readonly postRadiusKm: number;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkCount(name: string, v: unknown, max: number = LIMITS.count): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > max)
    throw new ExperimentError(`${name} must be an integer from 0 to ${max}, got ${String(v)}`);
  return v;
}

/** The side with the most patrol personnel in the sectors (ties: the first by name). */
function defaultSide(c: CompiledScenario): string {
  const by = new Map<string, number>();
  for (const f of c.forces) if (f.role === 'patrol' && c.sectorIndex.has(f.location) && f.moveTo === null) by.set(f.side, (by.get(f.side) ?? 0) + f.personnel);
  const sides = [...by.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (sides.length === 0) throw new ExperimentError('the scenario has no patrol unit in a sector: nothing to allocate');
  return (sides[0] as [string, number])[0];
}

const median = (xs: readonly number[]): number | undefined => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Builds the decision space of a scenario.
 *
 * @throws ExperimentError for options that do not define a problem (no cap and no budget, an
 *   unknown sector in the bounds, bounds that cannot be met).
 * @example
 * const space = allocationSpace(scenario, { extraPersonnel: 2000 });
 * space.today; // today's patrol personnel by sector
 */
export function allocationSpace(scenario: Scenario, options: SpaceOptions): AllocationSpace {
  const c = compileScenario(scenario);
  const side = options.side ?? defaultSide(c);
  if (!c.forces.some((f) => f.side === side && f.role === 'patrol')) throw new ExperimentError(`side "${side}" has no patrol unit in the scenario`);
  const extraPersonnel = checkCount('extraPersonnel', options.extraPersonnel);
  const totalPersonnel = checkCount('totalPersonnel', options.totalPersonnel);
  const extraPosts = checkCount('extraPosts', options.extraPosts, 10_000 * c.sectors.length);
  const totalPosts = checkCount('totalPosts', options.totalPosts, 10_000 * c.sectors.length);
  if (extraPersonnel !== undefined && totalPersonnel !== undefined) throw new ExperimentError('give extraPersonnel or totalPersonnel, not both');
  if (extraPosts !== undefined && totalPosts !== undefined) throw new ExperimentError('give extraPosts or totalPosts, not both');
  const budget = options.budgetUsdPerYear;
  if (budget !== undefined && !(isNum(budget) && budget >= 0)) throw new ExperimentError(`budgetUsdPerYear must be a number >= 0, got ${String(budget)}`);
  const postsLever = extraPosts !== undefined || totalPosts !== undefined || options.bounds?.posts !== undefined;
  if (extraPersonnel === undefined && totalPersonnel === undefined && extraPosts === undefined && totalPosts === undefined && budget === undefined) {
    throw new ExperimentError('say what to allocate: extra or total personnel (--personnel +N or N), posts, or a yearly budget (--budget USD)');
  }
  if (postsLever && budget !== undefined && !(isNum(options.postCostUsdPerYear) && options.postCostUsdPerYear > 0)) {
    throw new ExperimentError('posts under a budget need postCostUsdPerYear (--post-cost USD): the cost model has no upkeep for posts');
  }
  const levers: Lever[] = ['personnel', ...(postsLever ? (['posts'] as const) : [])];
  const reallocate = options.reallocate ?? (totalPersonnel !== undefined || totalPosts !== undefined);

  // The side's patrol units on station in each sector, and the template for a new one.
  const doc = structuredClone(scenario) as Scenario & { forces: Scenario['forces'] };
  const units: { index: number; id: string; personnel: number }[][] = c.sectors.map(() => []);
  c.forces.forEach((f, i) => {
    const s = c.sectorIndex.get(f.location);
    if (s !== undefined && f.side === side && f.role === 'patrol' && f.moveTo === null) units[s]?.push({ index: i, id: f.id, personnel: f.personnel });
  });
  const candidates = c.forces.filter((f) => f.side === side && f.role === 'patrol').sort((a, b) => b.personnel - a.personnel || (a.id < b.id ? -1 : 1));
  const model = candidates[0] as (typeof candidates)[number];
  const ids = new Set(c.forces.map((f) => f.id));
  const addedUnits: (string | undefined)[] = c.sectors.map(() => undefined);
  for (const s of c.sectors) {
    if ((units[s.index] as unknown[]).length > 0) continue;
    let id = `${side}-optimize-${s.id}`;
    for (let n = 2; ids.has(id); n++) id = `${side}-optimize-${s.id}-${n}`;
    ids.add(id);
    doc.forces.push({
      id,
      name: `${side} patrol unit added by the optimiser, ${s.name}`,
      side,
      personnel: 0,
      location: s.id,
      role: 'patrol',
      readiness: model.readiness,
      readinessTarget: model.readinessTarget,
      quality: model.quality,
      complicity: model.complicity,
      costPerPersonPerWeekUsd: model.costPerPersonPerWeekUsd,
    });
    (units[s.index] as unknown[]).push({ index: doc.forces.length - 1, id, personnel: 0 });
    addedUnits[s.index] = id;
  }
  const template = addedUnits.some((u) => u !== undefined)
    ? parseScenario(doc, { source: `${scenario.metadata.name} + units added by the optimiser` })
    : scenario;

  const radii = c.sectors.filter((s) => s.postCount > 0).map((s) => s.postRadiusKm);
  const postRadius = options.postRadiusKm ?? median(radii) ?? 1;
  if (!(isNum(postRadius) && postRadius > 0 && postRadius <= 100)) throw new ExperimentError(`postRadiusKm must be in (0, 100], got ${String(postRadius)}`);

  const coordinates: Coordinate[] = [];
  for (const lever of levers) for (const s of c.sectors) coordinates.push({ lever, sector: s.id, sectorIndex: s.index });
  const today = coordinates.map((k) =>
    k.lever === 'personnel' ? (units[k.sectorIndex] ?? []).reduce((a, u) => a + u.personnel, 0) : (c.sectors[k.sectorIndex]?.postCount ?? 0),
  );
  const unitCostUsdPerYear = coordinates.map((k) => {
    if (k.lever === 'posts') return options.postCostUsdPerYear ?? 0;
    const us = units[k.sectorIndex] ?? [];
    const total = us.reduce((a, u) => a + u.personnel, 0);
    const perWeek =
      total > 0 ? us.reduce((a, u) => a + u.personnel * (c.forces[u.index]?.costPerPersonPerWeekUsd ?? 0), 0) / total : model.costPerPersonPerWeekUsd;
    return turnCostUsd(1, perWeek, WEEKS_PER_YEAR, 0, 0);
  });

  const sum = (lever: Lever, xs: readonly number[]) => xs.reduce((a, v, i) => (coordinates[i]?.lever === lever ? a + v : a), 0);
  const caps: { personnel?: number; posts?: number; budgetUsdPerYear?: number } = {};
  if (totalPersonnel !== undefined) caps.personnel = totalPersonnel;
  if (extraPersonnel !== undefined) caps.personnel = sum('personnel', today) + extraPersonnel;
  if (totalPosts !== undefined) caps.posts = totalPosts;
  if (extraPosts !== undefined) caps.posts = sum('posts', today) + extraPosts;
  if (budget !== undefined) caps.budgetUsdPerYear = budget;
  if (caps.personnel === undefined && budget === undefined) caps.personnel = sum('personnel', today);
  if (postsLever && caps.posts === undefined && budget === undefined) caps.posts = sum('posts', today);

  const lower: number[] = coordinates.map((_, i) => (reallocate ? 0 : (today[i] as number)));
  const upper: number[] = coordinates.map((k) => (k.lever === 'posts' ? 10_000 : LIMITS.count));
  for (const lever of levers) {
    const given = options.bounds?.[lever] ?? {};
    for (const [sector, b] of Object.entries(given)) {
      const i = coordinates.findIndex((k) => k.lever === lever && k.sector === sector);
      if (i < 0) throw new ExperimentError(`bounds: no sector "${sector}" (sectors: ${c.sectors.map((s) => s.id).join(', ')})`);
      const lo = checkCount(`bounds.${lever}.${sector}.min`, b.min, upper[i]);
      const hi = checkCount(`bounds.${lever}.${sector}.max`, b.max, upper[i]);
      if (lo !== undefined) lower[i] = lo;
      if (hi !== undefined) upper[i] = hi;
      if ((lower[i] as number) > (upper[i] as number)) throw new ExperimentError(`bounds: ${sector} ${lever} has min ${lower[i]} above max ${upper[i]}`);
    }
  }
  // Upper bounds no larger than what the caps allow one coordinate alone.
  for (let i = 0; i < coordinates.length; i++) {
    const k = coordinates[i] as Coordinate;
    const cap = caps[k.lever];
    if (cap !== undefined) upper[i] = Math.min(upper[i] as number, (lower[i] as number) + Math.max(0, cap - sum(k.lever, lower)));
    if (budget !== undefined && (unitCostUsdPerYear[i] as number) > 0) {
      const spentAtLower = lower.reduce((a, v, j) => a + (unitCostUsdPerYear[j] as number) * (v - (today[j] as number)), 0);
      upper[i] = Math.min(
        upper[i] as number,
        (lower[i] as number) + Math.max(0, Math.floor((budget - spentAtLower) / (unitCostUsdPerYear[i] as number) + 1e-9)),
      );
    }
    if ((upper[i] as number) < (lower[i] as number)) upper[i] = lower[i] as number;
  }
  for (const lever of levers) {
    const cap = caps[lever];
    if (cap !== undefined && sum(lever, lower) > cap)
      throw new ExperimentError(`the lower bounds of ${lever} add up to ${sum(lever, lower)}, above the total ${cap}`);
  }
  if (budget !== undefined) {
    const spent = lower.reduce((a, v, j) => a + (unitCostUsdPerYear[j] as number) * (v - (today[j] as number)), 0);
    if (spent > budget + 1e-6) throw new ExperimentError(`the lower bounds cost USD ${Math.round(spent)} a year more than today, above the budget ${budget}`);
  }
  const fill = options.fill ?? budget === undefined;
  const space: AllocationSpace = {
    sectors: c.sectors.map((s) => ({ id: s.id, name: s.name, lengthKm: s.lengthKm, alongBorderKm: s.position.alongBorderKm })),
    side,
    levers,
    coordinates,
    today,
    lower,
    upper,
    unitCostUsdPerYear,
    caps,
    fill,
    template,
    addedUnits,
    units,
    postRadiusKm: postRadius,
  };
  return space;
}

/** Sum of a lever's levels. */
export function leverTotal(space: AllocationSpace, lever: Lever, x: readonly number[]): number {
  let t = 0;
  for (let i = 0; i < x.length; i++) if (space.coordinates[i]?.lever === lever) t += x[i] as number;
  return t;
}

/** Extra yearly spending of x over today (USD/year; negative when it saves). */
export function extraSpendUsdPerYear(space: AllocationSpace, x: readonly number[]): number {
  let t = 0;
  for (let i = 0; i < x.length; i++) t += (space.unitCostUsdPerYear[i] as number) * ((x[i] as number) - (space.today[i] as number));
  return t;
}

/** Whether x is in the space: integer levels within bounds, totals within the caps (and at them with `fill`). */
export function isFeasible(space: AllocationSpace, x: readonly number[], atCaps = space.fill): boolean {
  if (x.length !== space.coordinates.length) return false;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (!Number.isSafeInteger(v) || v < (space.lower[i] as number) || v > (space.upper[i] as number)) return false;
  }
  for (const lever of space.levers) {
    const cap = space.caps[lever];
    if (cap === undefined) continue;
    const t = leverTotal(space, lever, x);
    if (t > cap || (atCaps && t !== cap)) return false;
  }
  const budget = space.caps.budgetUsdPerYear;
  return budget === undefined || extraSpendUsdPerYear(space, x) <= budget + 1e-6;
}

/** Integer shares of `total` in proportion to `weights` (largest remainder; ties to the lower index). */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const w = weights.map((v) => (v > 0 ? v : 0));
  const sum = w.reduce((a, v) => a + v, 0);
  if (!(sum > 0)) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = w.map((v) => (total * v) / sum);
  const out = exact.map((v) => Math.floor(v));
  let left = total - out.reduce((a, v) => a + v, 0);
  const order = exact.map((v, i) => ({ i, r: v - Math.floor(v) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let j = 0; left > 0; j = (j + 1) % order.length, left--) out[(order[j] as { i: number }).i] = (out[(order[j] as { i: number }).i] as number) + 1;
  return out;
}

/**
 * The candidate scenario for x: the template (or a variant of it with the same sectors and
 * forces, e.g. an adversary's) with each sector's patrol personnel of the side and its post
 * count set. Shares every unchanged part with the template (no copy, no
 * validation: the template was validated and x's levels are integers within the schema's limits).
 */
export function applyAllocation(space: AllocationSpace, x: readonly number[], template: Scenario = space.template): Scenario {
  const t = template;
  const forces = t.forces.slice();
  let sectors: Scenario['sectors'] | undefined;
  space.coordinates.forEach((k, i) => {
    const v = x[i] as number;
    if (!Number.isSafeInteger(v) || v < 0 || v > (k.lever === 'posts' ? 10_000 : LIMITS.count))
      throw new ExperimentError(`allocation: ${k.sector} ${k.lever} must be an integer within the schema's limits, got ${String(v)}`);
    if (k.lever === 'personnel') {
      const us = space.units[k.sectorIndex] ?? [];
      const shares = largestRemainder(
        v,
        us.map((u) => u.personnel),
      );
      us.forEach((u, j) => {
        forces[u.index] = { ...(forces[u.index] as Scenario['forces'][number]), personnel: shares[j] as number };
      });
    } else {
      sectors ??= t.sectors.slice();
      const sec = sectors[k.sectorIndex] as Scenario['sectors'][number];
      const radius = sec.posts?.detectionRadiusKm ?? space.postRadiusKm;
      sectors[k.sectorIndex] = { ...sec, posts: { count: v, detectionRadiusKm: radius } };
    }
  });
  return { ...t, forces, ...(sectors ? { sectors } : {}) };
}

/**
 * x as a policy overlay on the scenario the space was built from (the form `compare --policy`
 * reads): the personnel of every unit, the posts of every sector, and the units the optimiser
 * adds, in full.
 */
export function allocationOverlay(space: AllocationSpace, x: readonly number[]): { forces: ForceOverlay[]; sectors?: SectorOverlay[] } {
  const scenario = applyAllocation(space, x);
  const forces: ForceOverlay[] = [];
  const sectors: SectorOverlay[] = [];
  space.coordinates.forEach((k, i) => {
    if (k.lever === 'personnel') {
      for (const u of space.units[k.sectorIndex] ?? []) {
        const f = scenario.forces[u.index] as Scenario['forces'][number];
        forces.push(space.addedUnits[k.sectorIndex] === u.id ? f : { id: u.id, personnel: f.personnel });
      }
    } else {
      const sec = scenario.sectors[k.sectorIndex] as Scenario['sectors'][number];
      sectors.push({ id: sec.id, posts: sec.posts });
    }
    void i;
  });
  return sectors.length > 0 ? { forces, sectors } : { forces };
}

/**
 * Spreads what the caps leave above the lower bounds over the coordinates of each capped lever
 * in proportion to `weight(coordinate)` (within the upper bounds; what a full coordinate cannot
 * take goes to the others), or, with a budget only, spends the budget that way in USD.
 */
export function spreadAllocation(space: AllocationSpace, weight: (k: Coordinate) => number): number[] {
  const x = space.lower.slice();
  const spread = (idx: number[], amount: number, unit: (i: number) => number) => {
    let left = amount;
    let open = idx.slice();
    for (let round = 0; round < 64 && open.length > 0; round++) {
      const units = largestRemainder(
        Math.floor(left),
        open.map((i) => weight(space.coordinates[i] as Coordinate)),
      );
      let used = 0;
      const next: number[] = [];
      open.forEach((i, j) => {
        const room = (space.upper[i] as number) - (x[i] as number);
        const want = Math.floor((units[j] as number) / unit(i));
        const take = Math.min(room, want);
        x[i] = (x[i] as number) + take;
        used += take * unit(i);
        if (take === want && room > take) next.push(i);
      });
      left -= used;
      if (used === 0 || left < 1) break;
      open = next;
    }
  };
  const budget = space.caps.budgetUsdPerYear;
  for (const lever of space.levers) {
    const idx = space.coordinates.map((k, i) => (k.lever === lever ? i : -1)).filter((i) => i >= 0);
    const cap = space.caps[lever];
    if (cap !== undefined) spread(idx, cap - leverTotal(space, lever, x), () => 1);
  }
  if (budget !== undefined && space.caps.personnel === undefined) {
    const idx = space.coordinates.map((k, i) => (k.lever === 'personnel' && (space.unitCostUsdPerYear[i] as number) > 0 ? i : -1)).filter((i) => i >= 0);
    spread(idx, budget - extraSpendUsdPerYear(space, x), (i) => space.unitCostUsdPerYear[i] as number);
  }
  // A budget with caps: trim the last units until the spending fits.
  if (budget !== undefined) {
    for (let i = x.length - 1; i >= 0 && extraSpendUsdPerYear(space, x) > budget + 1e-6;) {
      if ((x[i] as number) > (space.lower[i] as number) && (space.unitCostUsdPerYear[i] as number) > 0) x[i] = (x[i] as number) - 1;
      else i--;
    }
  }
  return x;
}
