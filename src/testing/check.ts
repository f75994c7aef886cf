/**
 * `checkAssumption`: state a claim about a change ("reinforcing a sector never raises the
 * got-aways there"), and let fast-check search scenarios and seeds for a counterexample.
 *
 * A claim is: a scenario (fixed, or an arbitrary), a change (a policy, a parameter change or a
 * transform; fixed or an arbitrary), a metric of a run, and a relation that must hold between the
 * metric after the change and before it ("after REL before"), in one of two modes:
 * - `pathwise`: both arms run on the same seed (common random numbers) and the relation must hold
 *   on every run; fast-check also searches the seed;
 * - `statistical`: both arms run on the same `runs` seeds and a one-sided paired test (Student t or
 *   sign test) decides at the stated confidence (see `stats.ts` for how each relation is read).
 *   When fast-check draws many scenarios, the level is split among them (Bonferroni), so that the
 *   whole check has at most `1 − confidence` chance of a false alarm.
 *
 * On failure it throws an {@link AssumptionError} that reports the *shrunk* counterexample, writes
 * the scenario before and after the change as files `frontier-sim run` accepts, and prints the
 * fast-check seed and path that replay it.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import fc from './fast-check-peer';
import { arbitraries } from './arbitraries';
import { applyChange, cloneJson, describeChange, type Change } from './changes';
import { canonicalJson, compileScenario, deriveSeed, fingerprint, parseScenario, simulate, type CompiledScenario, type RunResult, type Scenario } from './lib';
import { pairedTest, type PairedTest, type RelationName } from './stats';

/**
 * What is measured on a run:
 * - a name of `RunResult.totals` (`'gotAway'`, `'smuggling.kgThrough'`, `'effectiveness'`);
 * - `{ name, sector }`: a flow metric of one sector summed over turns (`sector` an id, or an index
 *   into the scenario's sectors, or `'each'` for every sector, each checked on its own);
 * - a function of the run returning a number, or a record of labelled numbers (each checked).
 */
export type Metric = string | { name: string; sector: string | number | 'each' } | ((result: RunResult) => number | Readonly<Record<string, number>>);

/** "after REL before", or a predicate on (before, after) that must be true. */
export type Relation = RelationName | ((before: number, after: number) => boolean);

/** A fast-check arbitrary (duck-typed, so that any copy of fast-check ^4 works). */
type Arb<T> = fc.Arbitrary<T>;

/** Options of {@link checkAssumption} and {@link defineAssumption}. */
export interface AssumptionOptions {
  /** Name of the claim, in messages and counterexample file names. */
  name?: string;
  /** The scenario (a validated scenario or a plain object to validate), or an arbitrary of them. */
  scenario: Scenario | object | Arb<Scenario | object>;
  /** The change, or an arbitrary of changes. */
  change: Change | Arb<Change>;
  metric: Metric;
  /** "after REL before"; '<=' reads "the change never raises the metric". */
  relation: Relation;
  /** Default 'pathwise'. */
  mode?: 'pathwise' | 'statistical';
  /** Turns per run (default: the scenario's calendar). */
  turns?: number;
  /** Pathwise: the run seed, or an arbitrary of seeds (default {@link arbitraries.seed}). */
  seed?: number | Arb<number>;
  /** Pathwise: slack allowed in the relation, absolute (default 0: exact). */
  tolerance?: number;
  /** Statistical: paired runs per scenario (default 30). */
  runs?: number;
  /** Statistical: run i uses seed deriveSeed(rootSeed, i) in both arms (default 1). */
  rootSeed?: number;
  /** Statistical: confidence of the whole check (default 0.95). */
  confidence?: number;
  /** Statistical: paired Student t test (default) or exact sign test. */
  test?: 't' | 'sign';
  /** fast-check parameters: `numRuns`, `seed`, `path` (to replay), `endOnFailure`, ... */
  fc?: fc.Parameters<[AssumptionSample]>;
  /** Where counterexample files go (default `os.tmpdir()/frontier-sim-counterexamples`). */
  counterexampleDir?: string;
}

/** One case fast-check tries: a scenario, a change and (pathwise) a run seed. */
export interface AssumptionSample {
  scenario: Scenario | object;
  change: Change;
  seed: number | undefined;
}

/** One compared value. */
export interface ComparedValue {
  label: string;
  before: number;
  after: number;
  holds: boolean;
  /** Statistical mode: the test behind the decision. */
  test?: PairedTest;
}

/** The evaluation of one sample. */
export interface AssumptionOutcome {
  holds: boolean;
  mode: 'pathwise' | 'statistical';
  /** The scenario before the change (validated), when it could be built. */
  before?: Scenario;
  /** The scenario after the change, when it could be built. */
  after?: Scenario;
  change: string;
  /** Pathwise: the run seed. Statistical: the root seed (run i uses deriveSeed(root, i)). */
  seed: number;
  turns: number;
  runs: number;
  values: ComparedValue[];
  /** The error the evaluation threw (an invalid change, a metric that does not exist...). */
  error?: unknown;
}

/** What a successful check reports. */
export interface AssumptionReport {
  name: string;
  mode: 'pathwise' | 'statistical';
  /** Cases tried (fast-check runs; 1 when nothing was generated). */
  numRuns: number;
  /** fast-check seed used (undefined when nothing was generated). */
  fcSeed: number | undefined;
}

/** A claim that does not hold: the message reports the shrunk counterexample and how to replay it. */
export class AssumptionError extends Error {
  override readonly name = 'AssumptionError';
  constructor(
    message: string,
    readonly outcome: AssumptionOutcome,
    /** The counterexample scenario (before the change), a file `frontier-sim run` accepts. */
    readonly scenarioFile: string | undefined,
    /** The scenario after the change. */
    readonly changedScenarioFile: string | undefined,
    /** fast-check seed and path that replay the counterexample (undefined when nothing was generated). */
    readonly replay: { seed: number; path: string } | undefined,
  ) {
    super(message);
  }
}

/** A claim, ready for fast-check: use `arbitrary` and `check` with `@fast-check/vitest`'s `test.prop`. */
export interface Assumption {
  readonly name: string;
  readonly options: AssumptionOptions;
  /** The cases: scenario × change × seed. */
  readonly arbitrary: fc.Arbitrary<AssumptionSample>;
  /** Evaluates one case. */
  evaluate(sample: AssumptionSample): AssumptionOutcome;
  /** Evaluates one case and throws an {@link AssumptionError} (and writes the counterexample files) if the claim fails. */
  check(sample: AssumptionSample): void;
  /** Whether the claim holds on one case (for `fc.property`). */
  predicate(sample: AssumptionSample): boolean;
  /** The fast-check property of the claim. */
  property(): fc.IProperty<[AssumptionSample]>;
  /** Runs fast-check; throws an {@link AssumptionError} with the shrunk counterexample if the claim fails. */
  assert(parameters?: fc.Parameters<[AssumptionSample]>): AssumptionReport;
}

function isArbitrary(v: unknown): v is fc.Arbitrary<unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { generate?: unknown }).generate === 'function' &&
    typeof (v as { shrink?: unknown }).shrink === 'function'
  );
}

const validated = new WeakMap<object, Scenario>();
const compiled = new WeakMap<object, CompiledScenario>();

function validate(s: object): Scenario {
  let v = validated.get(s);
  if (v === undefined) {
    v = parseScenario(s, { source: '<scenario>' });
    validated.set(s, v);
    validated.set(v, v);
  }
  return v;
}

function compile(s: Scenario): CompiledScenario {
  let c = compiled.get(s);
  if (c === undefined) {
    c = compileScenario(s);
    compiled.set(s, c);
  }
  return c;
}

function metricLabel(m: Metric): string {
  if (typeof m === 'string') return m;
  if (typeof m === 'function') return m.name ? m.name : 'metric';
  return `${m.name}[${String(m.sector)}]`;
}

/** The labelled values of a metric on a run. */
function measure(metric: Metric, r: RunResult, scenario: Scenario): Map<string, number> {
  const out = new Map<string, number>();
  if (typeof metric === 'string') {
    const v = (r.totals as Readonly<Record<string, number>>)[metric];
    if (v === undefined) throw new TypeError(`unknown metric ${JSON.stringify(metric)}; RunResult.totals has: ${Object.keys(r.totals).join(', ')}`);
    out.set(metric, v);
    return out;
  }
  if (typeof metric === 'function') {
    const v = metric(r);
    if (typeof v === 'number') out.set(metricLabel(metric), v);
    else for (const [k, x] of Object.entries(v)) out.set(k, x);
    return out;
  }
  const ids =
    metric.sector === 'each'
      ? scenario.sectors.map((s) => s.id)
      : typeof metric.sector === 'number'
        ? [scenario.sectors[metric.sector % scenario.sectors.length]?.id ?? '']
        : [metric.sector];
  for (const id of ids) {
    let sum = 0;
    for (const t of r.turns) {
      const m = t.bySector[id];
      if (m === undefined) continue;
      const v = (m as Readonly<Record<string, number>>)[metric.name];
      if (v === undefined) throw new TypeError(`unknown sector metric ${JSON.stringify(metric.name)}; bySector has: ${Object.keys(m).join(', ')}`);
      sum += v;
    }
    out.set(`${metric.name}[${id}]`, sum);
  }
  return out;
}

function holdsPathwise(relation: Relation, before: number, after: number, tol: number): boolean {
  if (typeof relation === 'function') return relation(before, after);
  switch (relation) {
    case '<=':
      return after <= before + tol;
    case '>=':
      return after >= before - tol;
    case '==':
      return Math.abs(after - before) <= tol;
    case '<':
      return after < before;
    case '>':
      return after > before;
    default:
      throw new TypeError(`unknown relation ${JSON.stringify(relation)}`);
  }
}

function relationText(relation: Relation): string {
  return typeof relation === 'function' ? `${relation.name || 'predicate'}(before, after)` : `after ${relation} before`;
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'assumption'
  );
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/**
 * A one-paragraph summary of a scenario, as a counterexample prints it: the counts, and each
 * sector, force and actor when there are at most 12 in all (a sector's terrain class only when
 * it declares one: a sector without one is neutral).
 *
 * @example
 * summarizeScenario(scenario);
 * // "2 sectors, 1 force, 1 actor
 * //     sectors: west river-plain 50 km; east 50 km
 * //     forces: g patrol 40 at west
 * //     actors: net smuggling 20/week intent 1 θ 4 in west+east"
 */
export function summarizeScenario(s: Scenario): string {
  const num = (q: unknown): string | number => {
    if (typeof q === 'number') return q;
    const o = (typeof q === 'object' && q !== null ? q : {}) as { value?: number; min?: number; max?: number };
    if (o.value !== undefined) return o.value;
    if (o.min !== undefined) return `${o.min}-${o.max}`;
    return '?';
  };
  const head = `${plural(s.sectors.length, 'sector')}, ${plural(s.forces.length, 'force')}, ${plural(s.actors.length, 'actor')}`;
  if (s.sectors.length + s.forces.length + s.actors.length > 12) return head;
  const sectors = s.sectors.map(
    (x) =>
      `${x.id}${x.terrain !== undefined ? ` ${x.terrain}` : ''} ${num(x.lengthKm)} km${x.sensorDetection !== undefined ? ` sensors ${num(x.sensorDetection)}` : ''}${x.posts ? ` posts ${num(x.posts.count)}` : ''}`,
  );
  const forces = s.forces.map(
    (f) =>
      `${f.id} ${f.role} ${num(f.personnel)} at ${f.location}${f.complicity !== undefined ? ` complicity ${num(f.complicity)}` : ''}${f.moveTo ? ` -> ${f.moveTo}` : ''}`,
  );
  const actors = s.actors.map(
    (a) =>
      `${a.id} ${a.kind} ${num(a.attemptsPerWeek)}/week intent ${num(a.intent)} θ ${a.displacementSensitivity !== undefined ? num(a.displacementSensitivity) : 'default'} in ${Object.keys(a.presence).join('+')}`,
  );
  return `${head}\n    sectors: ${sectors.join('; ')}\n    forces: ${forces.length ? forces.join('; ') : 'none'}\n    actors: ${actors.length ? actors.join('; ') : 'none'}`;
}

/** Builds a claim (see {@link checkAssumption}); use it with `@fast-check/vitest` or `fc.assert`. */
export function defineAssumption(options: AssumptionOptions): Assumption {
  const mode = options.mode ?? 'pathwise';
  if (mode !== 'pathwise' && mode !== 'statistical') throw new TypeError(`mode must be 'pathwise' or 'statistical', got ${JSON.stringify(mode)}`);
  const relation = options.relation;
  if (typeof relation !== 'function' && !['<=', '>=', '==', '<', '>'].includes(relation)) throw new TypeError(`unknown relation ${JSON.stringify(relation)}`);
  const name = options.name ?? `${metricLabel(options.metric)}: ${relationText(relation)} (${mode})`;
  const runs = options.runs ?? 30;
  const rootSeed = options.rootSeed ?? 1;
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  if (mode === 'statistical' && !(Number.isInteger(runs) && runs >= 2)) throw new RangeError(`runs must be an integer >= 2, got ${runs}`);
  const tolerance = options.tolerance ?? 0;
  const generated =
    isArbitrary(options.scenario) || isArbitrary(options.change) || (mode === 'pathwise' && (options.seed === undefined || isArbitrary(options.seed)));
  const defaultNumRuns = mode === 'pathwise' ? 100 : generated ? 20 : 1;
  const numRuns = (): number => options.fc?.numRuns ?? (generated ? (fc.readConfigureGlobal().numRuns ?? defaultNumRuns) : 1);

  const scenarioArb = isArbitrary(options.scenario) ? (options.scenario as Arb<Scenario | object>) : fc.constant(options.scenario as Scenario | object);
  const changeArb = isArbitrary(options.change) ? (options.change as Arb<Change>) : fc.constant(options.change as Change);
  const seedArb: Arb<number | undefined> =
    mode === 'statistical'
      ? fc.constant(undefined)
      : isArbitrary(options.seed)
        ? (options.seed as Arb<number>)
        : options.seed !== undefined
          ? fc.constant(options.seed as number)
          : arbitraries.seed();
  const arbitrary = fc.tuple(scenarioArb, changeArb, seedArb).map(([scenario, change, seed]) => {
    const sample: AssumptionSample = { scenario, change, seed };
    Object.defineProperty(sample, fc.toStringMethod, {
      value: () => {
        let what: string;
        try {
          const s = validate(scenario);
          what = `${plural(s.sectors.length, 'sector')}, ${plural(s.forces.length, 'force')}, ${plural(s.actors.length, 'actor')}`;
        } catch {
          what = 'invalid scenario';
        }
        return `{ scenario: <${what}>, change: ${describeChange(change)}${seed !== undefined ? `, seed: ${seed}` : ''} }`;
      },
    });
    return sample;
  });

  const evaluate = (sample: AssumptionSample): AssumptionOutcome => {
    const outcome: AssumptionOutcome = {
      holds: false,
      mode,
      change: describeChange(sample.change),
      seed: mode === 'pathwise' ? (sample.seed ?? 0) : rootSeed,
      turns: 0,
      runs: mode === 'pathwise' ? 1 : runs,
      values: [],
    };
    try {
      const before = validate(sample.scenario);
      outcome.before = before;
      const applied = applyChange(before, sample.change);
      outcome.change = applied.description;
      const after = applied.scenario;
      outcome.after = after;
      const turns = options.turns ?? before.calendar.turns;
      outcome.turns = turns;
      const detail = typeof options.metric !== 'string';
      const run = (s: Scenario, seed: number) => measure(options.metric, simulate(compile(s), { seed, turns, log: false, hashes: false, detail }), before);
      if (mode === 'pathwise') {
        const a = run(before, outcome.seed);
        const b = run(after, outcome.seed);
        for (const label of new Set([...a.keys(), ...b.keys()])) {
          const x = a.get(label) ?? 0;
          const y = b.get(label) ?? 0;
          outcome.values.push({ label, before: x, after: y, holds: holdsPathwise(relation, x, y, tolerance) });
        }
      } else {
        const xs = new Map<string, number[]>();
        const ys = new Map<string, number[]>();
        for (let i = 0; i < runs; i++) {
          const seed = deriveSeed(rootSeed, i);
          const a = run(before, seed);
          const b = run(after, seed);
          for (const label of new Set([...a.keys(), ...b.keys()])) {
            if (!xs.has(label)) {
              xs.set(label, []);
              ys.set(label, []);
            }
            xs.get(label)?.push(a.get(label) ?? 0);
            ys.get(label)?.push(b.get(label) ?? 0);
          }
        }
        const alpha = (1 - confidence) / (numRuns() * Math.max(1, xs.size));
        for (const [label, x] of xs) {
          const y = ys.get(label) ?? [];
          if (typeof relation === 'function') {
            const mx = x.reduce((p, q) => p + q, 0) / x.length;
            const my = y.reduce((p, q) => p + q, 0) / y.length;
            outcome.values.push({ label, before: mx, after: my, holds: relation(mx, my) });
          } else {
            const t = pairedTest(x, y, relation, alpha, options.test ?? 't');
            outcome.values.push({ label, before: t.meanBefore, after: t.meanAfter, holds: t.holds, test: t });
          }
        }
      }
      outcome.holds = outcome.values.every((v) => v.holds);
    } catch (e) {
      if (fc.PreconditionFailure.isFailure(e)) throw e;
      outcome.error = e;
      outcome.holds = false;
    }
    return outcome;
  };

  const dir = options.counterexampleDir ?? nodePath.join(tmpdir(), 'frontier-sim-counterexamples');

  /** Writes the scenarios of a failing outcome; returns their paths. */
  const writeFiles = (o: AssumptionOutcome): { before?: string; after?: string } => {
    if (o.before === undefined) return {};
    const asFile = (s: Scenario) => {
      const copy = cloneJson(s) as Scenario & { $schema?: string };
      copy.calendar = { ...copy.calendar, turns: Math.max(1, o.turns) };
      return JSON.stringify(copy, null, 2) + '\n';
    };
    const text = asFile(o.before);
    const afterText = o.after !== undefined ? asFile(o.after) : undefined;
    const id = fingerprint(canonicalJson({ name, before: o.before, after: o.after ?? null, seed: o.seed, turns: o.turns })).slice(0, 12);
    const base = nodePath.join(dir, `${slug(name)}-${id}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${base}.json`, text);
    if (afterText !== undefined) writeFileSync(`${base}.after.json`, afterText);
    return { before: `${base}.json`, ...(afterText !== undefined ? { after: `${base}.after.json` } : {}) };
  };

  const describeOutcome = (o: AssumptionOutcome, files: { before?: string; after?: string }): string => {
    const lines: string[] = [];
    const modeText =
      mode === 'pathwise'
        ? 'pathwise: same seed, common random numbers'
        : `statistical: ${o.runs} paired runs, ${options.test === 'sign' ? 'sign test' : 'paired t test'}, confidence ${confidence}`;
    lines.push(`Assumption "${name}" does not hold (${modeText}).`);
    lines.push(`Counterexample${generated ? ' (shrunk)' : ''}: ${o.before ? summarizeScenario(o.before) : 'scenario could not be validated'}`);
    lines.push(`  change: ${o.change}`);
    lines.push(
      mode === 'pathwise' ? `  run seed: ${o.seed}, turns: ${o.turns}` : `  runs: ${o.runs}, run i on seed deriveSeed(${o.seed}, i), turns: ${o.turns}`,
    );
    if (o.error !== undefined) {
      lines.push(`  error: ${o.error instanceof Error ? o.error.message : String(o.error)}`);
    }
    for (const v of o.values.filter((x) => !x.holds).slice(0, 8)) {
      const t = v.test;
      const extra = t
        ? ` (mean difference ${fmt(t.meanDifference)}, sd ${fmt(t.sdDifference)}, ${t.test === 't' ? `t = ${fmt(t.statistic)} vs ${fmt(t.critical)}` : `p = ${fmt(t.pValue ?? NaN)}`}; ${t.reason})`
        : '';
      lines.push(`  ${v.label}: before ${fmt(v.before)}, after ${fmt(v.after)}: ${relationText(relation)} fails${extra}`);
    }
    if (files.before !== undefined) {
      lines.push(`Counterexample scenario: ${files.before}`);
      if (files.after !== undefined) lines.push(`  after the change:      ${files.after}`);
      const seedFlag = mode === 'pathwise' ? ` --seed ${o.seed}` : '';
      lines.push(`  frontier-sim run ${files.before}${seedFlag}`);
      if (files.after !== undefined) lines.push(`  frontier-sim run ${files.after}${seedFlag}`);
    }
    return lines.join('\n');
  };

  const fail = (o: AssumptionOutcome, replay?: { seed: number; path: string; numRuns: number; numShrinks: number }): never => {
    const files = writeFiles(o);
    let message = describeOutcome(o, files);
    if (replay !== undefined) {
      message +=
        `\nReplay with fast-check seed ${replay.seed} and path "${replay.path}" (after ${replay.numRuns} case(s) and ${replay.numShrinks} shrink(s)):` +
        `\n  checkAssumption({ ...sameOptions, fc: { seed: ${replay.seed}, path: "${replay.path}" } })` +
        `\n  fc.assert(defineAssumption(sameOptions).property(), { seed: ${replay.seed}, path: "${replay.path}" })`;
    } else if (!generated) {
      message += '\nNothing was generated (fixed scenario, change and seeds): the same call replays it.';
    }
    throw new AssumptionError(message, o, files.before, files.after, replay ? { seed: replay.seed, path: replay.path } : undefined);
  };

  const assumption: Assumption = {
    name,
    options,
    arbitrary,
    evaluate,
    predicate: (sample) => evaluate(sample).holds,
    check(sample) {
      const o = evaluate(sample);
      if (!o.holds) fail(o);
    },
    property() {
      return fc.property(arbitrary, (sample) => evaluate(sample).holds);
    },
    assert(parameters) {
      const params: fc.Parameters<[AssumptionSample]> = { ...(options.fc ?? {}), ...(parameters ?? {}) };
      if (!generated) {
        const o = evaluate({
          scenario: options.scenario as object,
          change: options.change as Change,
          seed: mode === 'pathwise' ? (options.seed as number) : undefined,
        });
        if (!o.holds) fail(o);
        return { name, mode, numRuns: 1, fcSeed: undefined };
      }
      const details = fc.check(assumption.property(), { numRuns: numRuns(), ...params });
      if (details.failed && details.counterexample !== null) {
        const [sample] = details.counterexample;
        const o = evaluate(sample);
        if (o.holds) {
          throw new Error(
            `checkAssumption "${name}": fast-check reported a failure that does not reproduce (seed ${details.seed}, path "${details.counterexamplePath}"); is the metric deterministic?`,
          );
        }
        fail(o, { seed: details.seed, path: details.counterexamplePath ?? '', numRuns: details.numRuns, numShrinks: details.numShrinks });
      }
      if (details.failed) {
        throw new Error(
          `checkAssumption "${name}": fast-check failed without a counterexample (${details.interrupted ? 'interrupted' : 'no case could be generated'}); seed ${details.seed}`,
        );
      }
      return { name, mode, numRuns: details.numRuns, fcSeed: details.seed };
    },
  };
  return assumption;
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Number.isInteger(x) ? String(x) : String(+x.toPrecision(6));
}

/**
 * Checks a claim about a change; throws an {@link AssumptionError} whose message reports the
 * shrunk counterexample (scenario summary, the numbers before and after, the seed), the files it
 * wrote (`frontier-sim run` accepts them), and the fast-check seed and path that replay it.
 *
 * @example
 * checkAssumption({
 *   name: 'reinforcing a sector never raises its got-aways',
 *   scenario: arbitraries.scenario({ kinds: ['smuggling'], displacement: false, uniformComplicity: true }),
 *   change: arbitraries.policy(undefined, { kinds: ['reinforce'] }),
 *   metric: { name: 'gotAway', sector: 'each' },
 *   relation: '<=',
 *   mode: 'pathwise',
 *   fc: { seed: 42, numRuns: 50 },
 * });
 */
export function checkAssumption(options: AssumptionOptions): AssumptionReport {
  return defineAssumption(options).assert();
}
