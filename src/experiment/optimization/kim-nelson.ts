/**
 * Ranking and selection: the fully sequential procedure of Kim and Nelson (2001), which picks
 * the best of k systems with probability at least 1 − α whenever the best is at least δ (the
 * indifference zone) better than the second, and which is built for common random numbers: it
 * uses the variance of the paired differences between systems, which CRN makes small.
 *
 * For minimisation (smaller is better). With n0 first-stage runs of every system,
 *
 *     η = ½ [ (2α / (k − 1))^(−2 / (n0 − 1)) − 1 ],   h² = 2 η (n0 − 1),
 *     S²_il = sample variance of X_i − X_l over the first stage,
 *     W_il(r) = max(0, δ / (2r) · (h² S²_il / δ² − r)),
 *
 * and after r runs system i is eliminated if its mean exceeds some surviving l's mean by more
 * than W_il(r). Runs are added in batches and the test is made after each batch; testing at
 * fewer stages than every run can only make an elimination less likely, so the guarantee
 * holds. The procedure ends when one system is left, or when r exceeds max N_il = ⌊h² S²_il / δ²⌋
 * (every W is then 0 and the smallest mean is taken). A cap on runs that stops it earlier
 * leaves the pick without the guarantee, and the result says so.
 *
 * S.-H. Kim and B. L. Nelson, "A fully sequential procedure for indifference-zone selection in
 * simulation", ACM TOMACS 11(3), 2001.
 *
 * @module
 */
import { ExperimentError } from '../errors';

/** Options of {@link kimNelson}. */
export interface KimNelsonOptions {
  /** 1 − the probability of correct selection (default 0.05). */
  alpha?: number;
  /** δ > 0, in the objective's units: differences smaller than this are not worth telling apart. */
  indifference: number;
  /** First-stage runs n0 (default 20, at least 2): a multiple of `batch`. */
  firstStage?: number;
  /** Runs added to every surviving system at a time (default 10). */
  batch?: number;
  /** Most runs of a system (default 5,000): beyond it the pick has no guarantee. */
  maxRuns?: number;
}

/** The result of {@link kimNelson}. */
export interface KimNelsonResult {
  /** Index of the selected system. */
  best: number;
  /** Each system's mean over its runs (smaller is better). */
  means: number[];
  /** Runs each system got. */
  runs: number[];
  /** The run count at which each system was eliminated (null: never; the best). */
  eliminatedAt: (number | null)[];
  /** Whether the procedure ended by its own rule (the guarantee holds) rather than at the cap. */
  certified: boolean;
  /** 1 − α: the stated probability of correct selection when the best is δ better. */
  pcs: number;
  indifference: number;
  firstStage: number;
  batch: number;
  h2: number;
}

/**
 * Kim-Nelson selection of the smallest mean.
 *
 * @param k - number of systems
 * @param sample - the per-run values of the given systems on batch b (runs b·batch ..
 *   (b+1)·batch − 1 of the common sample), one array per system asked, in order
 * @example
 * const r = await kimNelson(3, async (b, systems) => systems.map((s) => valuesOf(s, b)), { indifference: 1 });
 * r.best; // the pick, with probability >= 0.95 the best if it is 1 better than the rest
 */
export async function kimNelson(
  k: number,
  sample: (batch: number, systems: readonly number[]) => Promise<ArrayLike<number>[]>,
  o: KimNelsonOptions,
): Promise<KimNelsonResult> {
  const alpha = o.alpha ?? 0.05;
  const batch = o.batch ?? 10;
  const n0 = o.firstStage ?? 2 * batch;
  const maxRuns = o.maxRuns ?? 5000;
  const delta = o.indifference;
  if (!(Number.isSafeInteger(k) && k >= 1)) throw new ExperimentError(`ranking and selection needs at least one system, got ${k}`);
  if (!(alpha > 0 && alpha < 1)) throw new ExperimentError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(delta > 0) || !Number.isFinite(delta)) throw new ExperimentError(`the indifference zone must be a number > 0, got ${delta}`);
  if (!(Number.isSafeInteger(batch) && batch >= 1)) throw new ExperimentError(`batch must be an integer >= 1, got ${batch}`);
  if (!(Number.isSafeInteger(n0) && n0 >= 2 && n0 % batch === 0))
    throw new ExperimentError(`firstStage must be an integer >= 2 and a multiple of batch (${batch}), got ${n0}`);
  if (!(Number.isSafeInteger(maxRuns) && maxRuns >= n0)) throw new ExperimentError(`maxRuns must be an integer >= firstStage (${n0}), got ${maxRuns}`);
  const data: number[][] = Array.from({ length: k }, () => []);
  const sums = new Array<number>(k).fill(0);
  const alive = Array.from({ length: k }, (_, i) => i);
  const eliminatedAt: (number | null)[] = new Array<number | null>(k).fill(null);
  const add = async (b: number, systems: readonly number[]) => {
    const got = await sample(b, systems);
    systems.forEach((s, j) => {
      const v = got[j] as ArrayLike<number>;
      if (v.length !== batch) throw new ExperimentError(`ranking and selection: batch ${b} of system ${s} has ${v.length} runs, expected ${batch}`);
      for (let r = 0; r < v.length; r++) {
        (data[s] as number[]).push(v[r] as number);
        sums[s] = (sums[s] as number) + (v[r] as number);
      }
    });
  };
  for (let b = 0; b < n0 / batch; b++) await add(b, alive);
  const eta = k > 1 ? 0.5 * (Math.pow((2 * alpha) / (k - 1), -2 / (n0 - 1)) - 1) : 0;
  const h2 = 2 * eta * (n0 - 1);
  // S²_il over the first stage.
  const s2: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    for (let l = i + 1; l < k; l++) {
      let m = 0;
      for (let r = 0; r < n0; r++) m += ((data[i] as number[])[r] as number) - ((data[l] as number[])[r] as number);
      m /= n0;
      let ss = 0;
      for (let r = 0; r < n0; r++) {
        const d = ((data[i] as number[])[r] as number) - ((data[l] as number[])[r] as number) - m;
        ss += d * d;
      }
      (s2[i] as number[])[l] = ss / (n0 - 1);
      (s2[l] as number[])[i] = ss / (n0 - 1);
    }
  }
  let nMax = 0;
  for (let i = 0; i < k; i++)
    for (let l = 0; l < k; l++) if (i !== l) nMax = Math.max(nMax, Math.floor((h2 * ((s2[i] as number[])[l] as number)) / (delta * delta)));
  let r = n0;
  let certified = true;
  for (;;) {
    // Eliminate against the survivors at the start of this test.
    const before = alive.slice();
    const mean = (i: number) => (sums[i] as number) / r;
    for (const i of before) {
      for (const l of before) {
        if (i === l) continue;
        const w = Math.max(0, (delta / (2 * r)) * ((h2 * ((s2[i] as number[])[l] as number)) / (delta * delta) - r));
        if (mean(i) > mean(l) + w) {
          eliminatedAt[i] = r;
          alive.splice(alive.indexOf(i), 1);
          break;
        }
      }
    }
    if (alive.length <= 1 || r > nMax) break;
    if (r + batch > maxRuns) {
      certified = false;
      break;
    }
    await add(r / batch, alive);
    r += batch;
  }
  let best = alive[0] as number;
  for (const i of alive) if ((sums[i] as number) / r < (sums[best] as number) / r) best = i;
  for (const i of alive) if (i !== best) eliminatedAt[i] = null;
  return {
    best,
    means: data.map((d, i) => (sums[i] as number) / d.length),
    runs: data.map((d) => d.length),
    eliminatedAt,
    certified,
    pcs: 1 - alpha,
    indifference: delta,
    firstStage: n0,
    batch,
    h2,
  };
}
