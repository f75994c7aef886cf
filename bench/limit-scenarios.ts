/**
 * Scenarios at the limit of the cost model (src/scenario/cost.ts): each way a scenario can make
 * a turn expensive, as a size n, and the largest n the model accepts. Shared by the generator
 * test (tests/hardening/work-bound.test.ts, which asserts on the model's counts) and the
 * benchmark (bench/limits.ts, which prints the time a turn of each takes).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../src/scenario/limits';
import { MEMORY_BUDGET, turnCost, WORK_BUDGET } from '../src/scenario/cost';

/** The repository root. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Obj = Record<string, Json>;

const sectors = (n: number): Json[] =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `S${i}`, lengthKm: 5, terrain: 'foothills', provinceAcross: 'kunduz' }));
const units = (n: number, nS: number): Json[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `f${i}`,
    name: `F${i}`,
    side: 'tj',
    personnel: 100,
    location: `s${i % nS}`,
    role: i % 10 === 0 ? 'quick-reaction' : 'patrol',
  }));
const actor = (i: number, kind: string, perWeek: number): Json => ({
  id: `a${i}`,
  name: `A${i}`,
  kind,
  strength: 10_000,
  intent: 1,
  attemptsPerWeek: perWeek,
  presence: { kunduz: 1 },
});

/** The minimal test scenario (three sectors), without `$schema`. */
function minimalScenario(): Obj {
  const v = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'scenarios', 'minimal.json'), 'utf8')) as Obj;
  delete v.$schema;
  return v;
}

/** The ids of 20,000 sectors, made once. */
const SECTOR_IDS: Json[] = Array.from({ length: 20_000 }, (_, i) => `s${i}`);

/** A border of `nS` sectors with `nF` units and one smuggling network. */
function border(nS: number, nF = 10): Obj {
  return { ...minimalScenario(), bases: [], sectors: sectors(nS), forces: units(nF, nS), actors: [actor(0, 'smuggling', 50)] };
}

/** An event that may fire every turn, doing `actions`. */
const everyTurn = (id: string, actions: Json[], when?: Json): Json => ({
  id,
  trigger: when === undefined ? { probabilityPerWeek: 1 } : { when },
  repeat: { cooldownTurns: 1 },
  actions,
});

export interface Pattern {
  name: string;
  /** The scenario at size n (n >= 1). */
  build: (n: number) => Obj;
  /** Largest n tried. */
  max: number;
}

export const PATTERNS: Pattern[] = [
  {
    name: 'armed groups at the maximum rate on 2,000 sectors',
    build: (n) => ({ ...border(2_000, 2_000), actors: Array.from({ length: n }, (_, i) => actor(i, 'armed-group', LIMITS.attemptsPerWeek)) }),
    max: 1_000,
  },
  {
    name: 'events of 100 set-flag actions each, every turn',
    build: (n) => ({
      ...border(3),
      events: Array.from({ length: n }, (_, i) =>
        everyTurn(
          `e${i}`,
          Array.from({ length: 100 }, (_, j) => ({ type: 'set-flag', flag: `f${i}-${j}` })),
        ),
      ),
    }),
    max: 10_000,
  },
  {
    name: 'conditions of 100 metrics over 520 turns, every turn',
    build: (n) => ({
      ...border(3),
      events: Array.from({ length: n }, (_, i) =>
        everyTurn(`e${i}`, [{ type: 'set-flag', flag: 'x' }], {
          any: Array.from({ length: 100 }, () => ({ metric: 'attempts', window: 520, op: '<', value: -1 })),
        }),
      ),
    }),
    max: 10_000,
  },
  {
    name: 'reallocate orders every turn on 20,000 sectors with 20,000 units',
    build: (n) => ({
      ...border(20_000, 20_000),
      events: [
        everyTurn(
          'r',
          Array.from({ length: n }, () => ({ type: 'reallocate' })),
        ),
      ],
    }),
    max: 1_000,
  },
  {
    name: 'rules inviting guards to 1,000 sectors every turn',
    build: (n) => ({
      ...border(20_000),
      policy: {
        name: 'p',
        rules: Array.from({ length: n }, (_, i) => ({
          id: `r${i}`,
          repeat: { cooldownTurns: 1 },
          orders: [{ type: 'invite-guards', side: 'russia', sectors: SECTOR_IDS.slice((i % 20) * 1000, (i % 20) * 1000 + 1000) }],
        })),
      },
    }),
    max: 1_000,
  },
  {
    name: 'actors on 20,000 sectors with 20,000 units, parameters changed every turn',
    build: (n) => ({
      ...border(20_000, 20_000),
      actors: Array.from({ length: n }, (_, i) => actor(i, 'smuggling', 50)),
      events: [0, 1].map((k) => everyTurn(`p${k}`, [{ type: 'set-parameter', pointer: '/parameters/detection/sweepWidthKm', value: 1 + k }])),
    }),
    max: LIMITS.sectorActorPairs / 20_000,
  },
];

/** The largest n in [1, max] whose scenario the model accepts (the model grows with n), or 0. */
export function largestAccepted(p: Pattern): number {
  const fits = (n: number) => {
    const c = turnCost(p.build(n) as never);
    return c.work <= WORK_BUDGET && c.memory <= MEMORY_BUDGET;
  };
  if (!fits(1)) return 0;
  if (fits(p.max)) return p.max;
  let lo = 1;
  let hi = p.max;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
