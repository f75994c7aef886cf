/**
 * Decision robustness of a policy against the baseline over the plausible inputs: the paired
 * effect's distribution and variance split, the probability that the policy is better, which
 * inputs decide the effect (first-order indices from the design), and where the decision flips
 * (scenario discovery), in words.
 *
 * "Better" needs a direction: lower is better for flows across the border, clashes, casualties,
 * cost and sovereignty; higher for what the forces stop. A metric of neither kind gets the
 * shares of points where the effect is positive and negative, and no P(better).
 *
 * @module
 */
import { describeBox, discoverBoxes, formatValue } from './discovery';
import { inputQuantile } from './input-distributions';
import type { InputSpace, UncertainInput } from './input-space';
import { factorOrders, firstOrderFromData, firstOrderNoiseFloor } from './sobol';
import { percentiles, pointMeans, varianceSplit, type UncertaintySummary } from './variance-split';

const LOWER_IS_BETTER = new Set([
  'attempts',
  'gotAway',
  'kgAttempted',
  'kgThrough',
  'clashes',
  'breakthroughs',
  'casualtiesForces',
  'refugeesTurnedBack',
  'conflictShare',
  'conflictShareMax',
  'cost',
  'sovereignty',
]);
const HIGHER_IS_BETTER = new Set(['detected', 'interdicted', 'apprehended', 'turnedBack', 'kgSeized', 'repulses', 'effectiveness', 'readiness']);

/** Whether lower or higher values of a metric are better (by its name, `kind.metric` too), or undefined. */
export function betterDirection(metric: string): 'lower' | 'higher' | undefined {
  const base = metric.slice(metric.indexOf('.') + 1);
  if (LOWER_IS_BETTER.has(base)) return 'lower';
  if (HIGHER_IS_BETTER.has(base)) return 'higher';
  return undefined;
}

/** What decides an effect: a factor's first-order index (from the design's points). */
export interface Driver {
  /** The factor: an input's pointer, or `group:<id>`. */
  name: string;
  /** First-order index (share of the variance of the expected effect over the inputs). */
  firstOrder: number;
}

/** A region of the inputs where the policy's effect has the less usual sign. */
export interface FlipRegion {
  /** In words: "/forces[id=x]/complicity >= 0.87". */
  where: string;
  /** Share of the input points in the region. */
  coverage: number;
  /** Share of the region's points where the policy is better. */
  pBetter: number;
}

/** One metric's paired effect over inputs and chance. */
export interface RobustEffect extends UncertaintySummary {
  /** 'lower' or 'higher' is better, or null when the metric has no direction. */
  better: 'lower' | 'higher' | null;
  /**
   * Probability that the policy is better over the plausible inputs: the share of input points
   * whose mean effect (over k runs) is in the better direction. Null without a direction.
   */
  pBetter: number | null;
  /** The factors that decide the expected effect most (first order, largest first, at most 8). */
  drivers: Driver[];
  /** Where the decision flips (scenario discovery); empty when it never does, or too rarely to say. */
  flips: FlipRegion[];
  /** The findings in sentences. */
  sentences: string[];
}

/** The value of a factor at a quantile, in the units of its first input found in `inputs`. */
function factorValue(space: InputSpace, inputs: readonly UncertainInput[][], factor: number, q: number): number {
  for (const list of inputs) {
    const input = list.find((i) => i.factor === factor);
    if (input) return inputQuantile(input.distribution, Math.min(1, Math.max(0, q)));
  }
  void space;
  return NaN;
}

/**
 * The robustness of one paired effect (policy − baseline, run by run, in run order).
 *
 * @param unit - the design's unit points (one per input point)
 * @param names - the policy's and the baseline's names, for sentences
 */
export function robustEffect(
  metric: string,
  differences: ArrayLike<number>,
  replications: number,
  unit: readonly (readonly number[])[],
  space: InputSpace,
  names: { policy: string; baseline: string },
  orders: readonly Int32Array[] = factorOrders(unit),
): RobustEffect {
  const split = varianceSplit(differences, replications);
  const better = betterDirection(metric) ?? null;
  const means = pointMeans(differences, replications);
  const isBetter = Array.from(means, (m) => (better === 'lower' ? m < 0 : better === 'higher' ? m > 0 : m > 0));
  const pBetter = better === null ? null : isBetter.filter(Boolean).length / means.length;
  const s = firstOrderFromData(unit, means, undefined, orders);
  const floor = firstOrderNoiseFloor(means.length);
  const ranked = s
    .map((firstOrder, i) => ({ factor: i, name: space.factors[i]?.name ?? String(i), firstOrder }))
    .filter((d) => Number.isFinite(d.firstOrder) && d.firstOrder > floor)
    .sort((a, b) => b.firstOrder - a.firstOrder || (a.name < b.name ? -1 : 1))
    .slice(0, 8);
  const drivers = ranked.map(({ name, firstOrder }) => ({ name, firstOrder }));
  const flips: FlipRegion[] = [];
  const sentences: string[] = [];
  const share = better === null ? split.shareAbove : (pBetter as number);
  const [e5, , e95] = percentiles(means);
  const claim = better === null ? `raises ${metric} over ${names.baseline}` : `is better on ${metric} than ${names.baseline}`;
  sentences.push(
    `${names.policy} ${claim} at ${Math.round(100 * share)} % of the plausible inputs (expected effect ${formatValue(e5)} to ${formatValue(e95)}, 5-95 % over the inputs; ${Math.round(100 * split.inputShare)} % of the effect's variance comes from the inputs, ${Math.round(100 * (1 - split.inputShare))} % from chance).`,
  );
  if (share > 0.02 && share < 0.98) {
    // Splits only on the inputs that measurably drive the effect: with hundreds of inputs and a
    // few hundred points, a split on any input would find some spurious box.
    const allowed = ranked.slice(0, 5).map((r) => r.factor);
    const d = discoverBoxes(unit, isBetter, { orders, factors: allowed, minLeaf: Math.max(8, Math.ceil(0.1 * means.length)) });
    const usual = share >= 0.5;
    for (const box of d.boxes) {
      // A box where the less usual outcome dominates.
      if ((usual && box.share < 0.5) || (!usual && box.share > 0.5)) {
        const where = describeBox(
          box,
          (f) => space.factors[f]?.name ?? String(f),
          (f, q) => factorValue(space, space.inputs, f, q),
        );
        flips.push({ where, coverage: box.coverage, pBetter: box.share });
        sentences.push(
          `It is ${usual ? 'not ' : ''}${better === null ? 'higher' : 'better'} when ${where} (${Math.round(100 * (usual ? 1 - box.share : box.share))} % of the ${box.points} input points there; ${Math.round(100 * box.coverage)} % of the inputs).`,
        );
      }
    }
  }
  if (drivers[0] !== undefined) {
    sentences.push(
      `What decides it most: ${drivers
        .slice(0, 3)
        .map((x) => `${x.name} (${Math.round(100 * x.firstOrder)} % of the variance over the inputs)`)
        .join(', ')}.`,
    );
  }
  return { ...split, better, pBetter, drivers, flips, sentences };
}
