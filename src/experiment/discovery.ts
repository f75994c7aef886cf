/**
 * Scenario discovery (Bryant & Lempert 2010): where in the space of plausible inputs does a
 * policy's effect change sign? A shallow classification tree (CART, Gini impurity, depth 2) is
 * fitted to the sign of the effect at each input point; its leaves whose sign differs from the
 * usual one are the "scenarios" where the decision flips, and each is said in words:
 * "not better when /forces[id=x]/complicity >= 0.87".
 *
 * The tree works on the design's unit coordinates (quantiles of each input), so a threshold is
 * a quantile too; {@link describeBox} turns it into the input's own value.
 *
 * @module
 */
import { factorOrders } from './sobol';

/** One side of one split: the factor, the side and the threshold (a unit coordinate, a quantile). */
export interface BoxCondition {
  factor: number;
  op: '<' | '>=';
  /** The threshold as a quantile of the factor's distribution, in (0, 1). */
  quantile: number;
}

/** A leaf of the tree: a box of the input space. */
export interface DiscoveryBox {
  conditions: BoxCondition[];
  /** Share of input points in the box. */
  coverage: number;
  /** Share of the box's points where the outcome is `true` (e.g. the policy is better). */
  share: number;
  /** Points in the box. */
  points: number;
}

/** The tree's leaves, and how well they separate the outcome. */
export interface Discovery {
  /** Share of points where the outcome is true, overall. */
  share: number;
  boxes: DiscoveryBox[];
}

interface Split {
  factor: number;
  threshold: number;
  gain: number;
}

function gini(t: number, n: number): number {
  if (n === 0) return 0;
  const p = t / n;
  return 2 * p * (1 - p);
}

/** The best split of the points `idx` (Gini gain), over every factor; undefined if none helps. */
function bestSplit(
  unit: readonly (readonly number[])[],
  y: readonly boolean[],
  idx: readonly number[],
  minLeaf: number,
  orders: readonly Int32Array[],
  factors: readonly number[],
): Split | undefined {
  const n = idx.length;
  let total = 0;
  const member = new Uint8Array(y.length);
  for (const i of idx) {
    member[i] = 1;
    if (y[i]) total++;
  }
  const parent = gini(total, n);
  let best: Split | undefined;
  const order = new Int32Array(n);
  for (const f of factors) {
    // The node's points in the factor's order: the design's order, filtered.
    let w = 0;
    for (const i of orders[f] as Int32Array) if (member[i]) order[w++] = i;
    let left = 0;
    for (let s = 1; s < n; s++) {
      if (y[order[s - 1] as number]) left++;
      if (s < minLeaf || n - s < minLeaf) continue;
      const lo = (unit[order[s - 1] as number] as number[])[f] as number;
      const hi = (unit[order[s] as number] as number[])[f] as number;
      if (lo === hi) continue;
      const impurity = (s / n) * gini(left, s) + ((n - s) / n) * gini(total - left, n - s);
      const gain = parent - impurity;
      // Ties go to the lower factor, then the lower threshold: the tree is deterministic.
      if (gain > 1e-12 && (best === undefined || gain > best.gain + 1e-12)) best = { factor: f, threshold: (lo + hi) / 2, gain };
    }
  }
  return best;
}

/**
 * Fits a depth-`depth` tree to a boolean outcome at each design point and returns its leaves.
 *
 * @param unit - each point's unit coordinates (one per factor)
 * @param y - the outcome at each point
 * @param options.minLeaf - smallest leaf (default: 5 % of the points, at least 5)
 * @param options.factors - the factors it may split on (default: all)
 * @example
 * const d = discoverBoxes(points, effects.map((e) => e < 0));
 * d.boxes.filter((b) => b.share < 0.5); // where the policy is mostly not better
 */
export function discoverBoxes(
  unit: readonly (readonly number[])[],
  y: readonly boolean[],
  options: { depth?: number; minLeaf?: number; orders?: readonly Int32Array[]; factors?: readonly number[] } = {},
): Discovery {
  const orders = options.orders ?? factorOrders(unit);
  const candidates = options.factors ?? Array.from({ length: unit[0]?.length ?? 0 }, (_, f) => f);
  const n = y.length;
  const depth = options.depth ?? 2;
  const minLeaf = options.minLeaf ?? Math.max(5, Math.ceil(0.05 * n));
  const boxes: DiscoveryBox[] = [];
  const grow = (idx: number[], conditions: BoxCondition[], level: number): void => {
    const split = level < depth ? bestSplit(unit, y, idx, minLeaf, orders, candidates) : undefined;
    if (split === undefined) {
      let t = 0;
      for (const i of idx) if (y[i]) t++;
      boxes.push({ conditions, coverage: idx.length / n, share: idx.length > 0 ? t / idx.length : NaN, points: idx.length });
      return;
    }
    const left = idx.filter((i) => ((unit[i] as number[])[split.factor] as number) < split.threshold);
    const right = idx.filter((i) => ((unit[i] as number[])[split.factor] as number) >= split.threshold);
    grow(left, [...conditions, { factor: split.factor, op: '<', quantile: split.threshold }], level + 1);
    grow(right, [...conditions, { factor: split.factor, op: '>=', quantile: split.threshold }], level + 1);
  };
  grow(
    Array.from({ length: n }, (_, i) => i),
    [],
    0,
  );
  return { share: n > 0 ? y.filter(Boolean).length / n : NaN, boxes };
}

/**
 * A box in words, e.g. `/forces[id=ru]/complicity >= 0.87 and /actors[id=heroin]/attemptsPerWeek < 130`.
 *
 * @param name - a factor's name
 * @param value - a factor's value at a quantile (the input's own units)
 */
export function describeBox(box: DiscoveryBox, name: (factor: number) => string, value: (factor: number, quantile: number) => number): string {
  if (box.conditions.length === 0) return 'everywhere';
  return box.conditions.map((c) => `${name(c.factor)} ${c.op} ${formatValue(value(c.factor, c.quantile))}`).join(' and ');
}

/** A number with 3 significant digits, for sentences. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}
