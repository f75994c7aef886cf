/**
 * Fuzzing beyond the loader (tests/scenario/fuzz.test.ts covers the loader alone): every
 * mutated scenario that loads must then RUN a few turns without an exception, and give only
 * finite numbers in its totals, its per-turn metrics and its final state. Mutations favour
 * values the schema accepts (its maxima, tiny and zero values, other enum members, other ids),
 * so that many mutants load and exercise the engine at its edges.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyOverlay, LIMITS, parseScenario, ScenarioError, simulate, type Scenario } from '../../src/index';
import { ACTOR_KINDS, FORCE_ROLES, LANCHESTER_LAWS, SEARCH_MODES } from '../../src/scenario';
import { ROOT } from '../helpers/paths';
import { bundledScenarios, expectPrototypesUntouched, minimalScenario, nonFinitePaths, type Json } from './helpers';
import { allPaths, getAt, type Path } from '../helpers/json-paths';

const FC_SEED = 9009;
const TURNS = 3;
/** A run of TURNS turns of these small scenarios takes milliseconds; this is a generous ceiling. */
const RUN_BUDGET_MS = 15_000;

/** Values a number may become: zero, tiny, the usual, and the schema's maxima. */
const NUMBERS = [
  0,
  5e-324,
  1e-300,
  1e-9,
  0.5,
  0.99,
  1,
  2,
  12,
  100,
  1_000,
  10_000,
  LIMITS.lengthKm,
  LIMITS.attemptsPerWeek,
  LIMITS.count,
  LIMITS.turns,
  1e9,
  1e12,
  1e308,
];
// Terrain classes are the scenario's own ids now (terrains[]); two the bundled scenarios declare.
const ENUMS = ['river-plain', 'high-mountain', ...ACTOR_KINDS, ...FORCE_ROLES, ...LANCHESTER_LAWS, ...SEARCH_MODES] as readonly string[];

/** Ids a reference may become: every id in the scenario. */
function idsOf(v: Json): string[] {
  const ids = new Set<string>();
  for (const p of allPaths(v)) if (p[p.length - 1] === 'id' && typeof getAt(v, p) === 'string') ids.add(getAt(v, p) as string);
  return [...ids];
}

type Mutation = { path: Path; op: 'set'; value: Json } | { path: Path; op: 'delete' } | { path: Path; op: 'duplicate' };

function apply(v: Json, m: Mutation): Json {
  if (m.path.length === 0) return v;
  const copy = structuredClone(v);
  const parent = getAt(copy, m.path.slice(0, -1));
  if (typeof parent !== 'object' || parent === null) return copy;
  const last = m.path[m.path.length - 1] as string | number;
  const p = parent as Record<string | number, Json>;
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete p[last];
  } else if (m.op === 'duplicate') {
    // An entry of an id array copied under a new id (more sectors, forces or actors).
    const entry = p[last];
    if (Array.isArray(parent) && entry !== null && typeof entry === 'object' && !Array.isArray(entry) && typeof entry.id === 'string') {
      parent.push({ ...structuredClone(entry), id: `${entry.id}-copy${parent.length}`.slice(0, 64) });
    }
  } else p[last] = m.value;
  return copy;
}

function mutationFor(base: Json): fc.Arbitrary<Mutation> {
  const paths = allPaths(base).filter((p) => p.length > 0 && p[0] !== '$schema' && p[0] !== 'metadata');
  const numberPaths = paths.filter((p) => typeof getAt(base, p) === 'number');
  const stringPaths = paths.filter((p) => typeof getAt(base, p) === 'string');
  const entryPaths = paths.filter((p) => {
    const e = getAt(base, p);
    return typeof p[p.length - 1] === 'number' && e !== null && typeof e === 'object' && !Array.isArray(e) && typeof e.id === 'string';
  });
  const presencePaths = paths.filter((p) => p.length === 3 && p[0] === 'actors' && p[2] === 'presence');
  const ids = idsOf(base);
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.tuple(fc.constantFrom(...numberPaths), fc.constantFrom(...NUMBERS)).map(([path, value]): Mutation => ({ path, op: 'set', value })),
    },
    // A number given as a range, min above or below max, around a maximum.
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...numberPaths), fc.constantFrom(...NUMBERS), fc.constantFrom(...NUMBERS))
        .map(([path, a, b]): Mutation => ({ path, op: 'set', value: { min: a, max: b, source: 'fuzz' } })),
    },
    { weight: 2, arbitrary: fc.constantFrom(...paths).map((path): Mutation => ({ path, op: 'delete' })) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(...stringPaths), fc.constantFrom(...ENUMS, ...ids)).map(([path, value]): Mutation => ({ path, op: 'set', value })),
    },
    { weight: 2, arbitrary: fc.constantFrom(...entryPaths).map((path): Mutation => ({ path, op: 'duplicate' })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...presencePaths), fc.constantFrom(...ids), fc.constantFrom(...NUMBERS))
        .map(([path, id, w]): Mutation => ({ path, op: 'set', value: { [id]: w } })),
    },
  );
}

/** Loads `v`; a ScenarioError is an answer, any other exception fails the test. */
function load(v: unknown): Scenario | undefined {
  try {
    return parseScenario(v as object);
  } catch (e) {
    if (e instanceof ScenarioError) return undefined;
    throw e;
  }
}

/** Runs TURNS turns and checks the result: no exception, finite everywhere, within budget. */
function runChecked(s: Scenario, seed: number, turns = TURNS): void {
  const started = performance.now();
  const r = simulate(s, { seed, turns: Math.min(turns, s.calendar.turns) });
  const ms = performance.now() - started;
  expect(nonFinitePaths({ totals: r.totals, turns: r.turns, finalState: r.finalState })).toEqual([]);
  expect(r.hashes).toHaveLength(Math.min(turns, s.calendar.turns));
  expect(ms).toBeLessThan(RUN_BUDGET_MS);
}

const bases = [{ name: 'minimal.json', value: minimalScenario() as Json }, ...bundledScenarios()];

describe('fuzzed scenarios that load also run', () => {
  afterAll(() => expectPrototypesUntouched());

  for (const base of bases) {
    it(`mutations of ${base.name} (maxima, tiny values, ranges, deletions, other enums and ids, more entries) load or run to finite results`, () => {
      let loaded = 0;
      fc.assert(
        fc.property(fc.array(mutationFor(base.value), { minLength: 1, maxLength: 4 }), fc.nat({ max: 2 ** 40 }), (mutations, seed) => {
          let v = base.value;
          for (const m of mutations) v = apply(v, m);
          const s = load(v);
          if (s === undefined) return;
          loaded++;
          runChecked(s, seed);
        }),
        { numRuns: 200, seed: FC_SEED },
      );
      expect(loaded).toBeGreaterThan(20);
    });

    it(`valid extremes of ${base.name}: mutations kept only while the scenario loads, then run`, () => {
      fc.assert(
        fc.property(fc.array(mutationFor(base.value), { minLength: 1, maxLength: 6 }), fc.nat({ max: 2 ** 40 }), (mutations, seed) => {
          // Each mutation is kept only if the scenario still loads, so every case runs and
          // several accepted extremes (maxima, zeros, ranges, more entries) meet in one run.
          let v = base.value;
          let s = load(v) as Scenario;
          for (const m of mutations) {
            const next = apply(v, m);
            const ok = load(next);
            if (ok !== undefined) {
              v = next;
              s = ok;
            }
          }
          runChecked(s, seed);
        }),
        { numRuns: 150, seed: FC_SEED },
      );
    });
  }

  it('arbitrary JSON merged into a valid scenario either fails to load or runs', () => {
    const minimal = minimalScenario();
    const keys = Object.keys(minimal);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), (key, value) => {
        const s = load({ ...minimal, [key]: value });
        if (s !== undefined) runChecked(s, 1);
      }),
      { numRuns: 200, seed: FC_SEED },
    );
  });
});

describe('bundled policy overlays on every bundled scenario, and mutations of them, run', () => {
  afterAll(() => expectPrototypesUntouched());

  const dir = join(ROOT, 'scenarios', 'policies');
  const policies = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => ({ name: f, value: JSON.parse(readFileSync(join(dir, f), 'utf8')) as { overlay?: Json } }))
    : [];
  const scenarios = bundledScenarios();

  it.skipIf(policies.length === 0)('each policy on each scenario, with mutations of its overlay, loads or fails cleanly, and runs finite', () => {
    const cases = policies.flatMap((p) =>
      scenarios.map((s) => ({ policy: p.name, scenario: s.name, base: s.value, overlay: (p.value.overlay ?? {}) as Json })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.boolean(), fc.nat({ max: 2 ** 40 }), fc.nat(), (c, mutateIt, seed, pick) => {
        let overlay = c.overlay;
        if (mutateIt) {
          const paths = allPaths(overlay).filter((p) => p.length > 0 && typeof getAt(overlay, p) === 'number');
          const path = paths[pick % Math.max(1, paths.length)];
          if (path !== undefined) overlay = apply(overlay, { path, op: 'set', value: NUMBERS[pick % NUMBERS.length]! });
        }
        let merged: object;
        try {
          merged = applyOverlay(c.base as object, overlay as object, { source: c.policy });
        } catch (e) {
          if (e instanceof ScenarioError) return;
          throw e;
        }
        const s = load(merged);
        if (s === undefined) {
          // An unmutated bundled policy must apply cleanly to every bundled scenario.
          expect(mutateIt, `${c.policy} on ${c.scenario}`).toBe(true);
          return;
        }
        // Long enough for policy rules and their delayed orders to act.
        runChecked(s, seed, 16);
      }),
      { numRuns: 120, seed: FC_SEED },
    );
  });
});
