/**
 * The documented limits (docs/limits.md): one step over each gives a clear ScenarioError that
 * names the limit; at each limit a scenario loads and runs to finite results in bounded time
 * (in a child process with a time limit, so that a hang fails the test instead of hanging it).
 */
import { truncateSync, writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, loadScenario, parseScenario, ScenarioError, simulate } from '../../src/index';
import { MAX_EXTENDS_DEPTH, MAX_FILE_BYTES, MAX_ISSUES } from '../../src/scenario';
import { MAX_DEPTH } from '../../src/scenario/source';
import { MAX_ENTRIES } from '../../src/scenario/sanitize';
import { runCli } from '../helpers/cli';
import { minimalScenario, nonFinitePaths, runInChild, type Json } from './helpers';

type Obj = Record<string, Json>;

function issues(f: () => unknown): { pointer: string; message: string }[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).issues.map((i) => ({ pointer: i.pointer, message: i.message }));
  }
  return expect.fail('expected a ScenarioError');
}

function sectors(n: number): Json[] {
  return Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `S${i}`, lengthKm: 5, terrain: 'foothills', provinceAcross: 'kunduz' }));
}
function forces(n: number, nSectors: number): Json[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `f${i}`,
    name: `F${i}`,
    side: 'tj',
    personnel: 100,
    location: `s${i % nSectors}`,
    role: i % 10 === 0 ? 'quick-reaction' : 'patrol',
  }));
}
function actors(n: number): Json[] {
  const kinds = ['armed-group', 'smuggling', 'refugees', 'recruits'];
  return Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    name: `A${i}`,
    kind: kinds[i % 4]!,
    strength: 1000,
    intent: 0.5,
    attemptsPerWeek: 10,
    presence: { kunduz: 1 },
  }));
}

/** A scenario of the given size: n sectors, forces spread over them, actors present across kunduz. */
function sized(nSectors: number, nForces: number, nActors: number): Obj {
  return { ...minimalScenario(), bases: [], sectors: sectors(nSectors), forces: forces(nForces, nSectors), actors: actors(nActors) };
}

/** Every number at the largest value the schema allows, one armed group among the actors. */
function atMaxima(turnLengthDays: number, armedGroups: number): Obj {
  const s = minimalScenario();
  (s.calendar as Obj).turnLengthDays = turnLengthDays;
  for (const sec of s.sectors as Obj[]) sec.lengthKm = LIMITS.lengthKm;
  for (const f of s.forces as Obj[]) f.personnel = LIMITS.count;
  (s.forces as Obj[]).push({ id: 'qrf', name: 'QRF', side: 'tj', personnel: LIMITS.count, location: 'panj', role: 'quick-reaction' });
  const kinds = ['smuggling', 'refugees', 'recruits', ...Array.from({ length: armedGroups }, () => 'armed-group')];
  s.actors = kinds.map((kind, i) => ({
    id: `a${i}`,
    name: kind,
    kind,
    strength: LIMITS.count,
    intent: 1,
    attemptsPerWeek: LIMITS.attemptsPerWeek,
    presence: { kunduz: 1e6, badakhshan: 1e-300 },
    groupSize: 100_000,
    ...(kind === 'smuggling' ? { loadKg: 100_000 } : {}),
  }));
  return s;
}

/** Runs in a child within `timeoutMs`; expects a run with finite numbers only. */
function expectRunsInTime(scenario: Obj, turns: number, timeoutMs: number): void {
  const r = runInChild(scenario, turns, timeoutMs);
  if (r.kind === 'timeout') expect.fail(`no result within ${timeoutMs} ms: a run this size must be bounded`);
  if (r.kind !== 'ran') expect.fail(`expected a run, got ${JSON.stringify(r).slice(0, 2000)}`);
  expect(r.turns).toBe(turns);
  expect(r.nonFinite).toEqual([]);
}

describe('one step over each documented limit is a clear ScenarioError', () => {
  it.each([
    ['sectors', () => sized(LIMITS.sectors + 1, 1, 1), '/sectors', `at most ${LIMITS.sectors}`],
    ['forces', () => sized(3, LIMITS.forces + 1, 1), '/forces', `at most ${LIMITS.forces}`],
    ['actors', () => sized(3, 1, LIMITS.actors + 1), '/actors', `at most ${LIMITS.actors}`],
  ])('%s', (_name, build, pointer, says) => {
    const found = issues(() => parseScenario(build()));
    expect(found).toHaveLength(1);
    expect(found[0]!.pointer).toBe(pointer);
    expect(found[0]!.message).toContain(says);
  });

  it.each([
    ['turns', ['calendar', 'turns'], LIMITS.turns + 1, `${LIMITS.turns}]`],
    ['personnel', ['forces', 0, 'personnel'], LIMITS.count + 1, String(LIMITS.count)],
    ['personnel 1e308', ['forces', 0, 'personnel'], 1e308, String(LIMITS.count)],
    ['strength', ['actors', 0, 'strength'], LIMITS.count + 1, String(LIMITS.count)],
    ['attempts a week', ['actors', 0, 'attemptsPerWeek'], LIMITS.attemptsPerWeek + 1, String(LIMITS.attemptsPerWeek)],
    ['attempts a week 1e12', ['actors', 0, 'attemptsPerWeek'], 1e12, String(LIMITS.attemptsPerWeek)],
    ['sector length', ['sectors', 0, 'lengthKm'], LIMITS.lengthKm + 1, String(LIMITS.lengthKm)],
    ['range above the limit', ['forces', 0, 'personnel'], { min: 1, max: LIMITS.count * 10 }, String(LIMITS.count)],
  ] as const)('%s', (_name, path, value, says) => {
    const s = minimalScenario();
    let parent = s as unknown as Record<string | number, unknown>;
    for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = value;
    const found = issues(() => parseScenario(s));
    expect(found.map((i) => i.pointer).every((p) => p.startsWith('/' + path.join('/')))).toBe(true);
    expect(found.map((i) => i.message).join('\n')).toContain(says);
  });

  it('the CLI refuses --turns above the limit (exit 2, one line)', () => {
    const r = runCli(['run', 'scenarios/tajik-afghan-2021.json', '--turns', String(LIMITS.turns + 1)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(String(LIMITS.turns));
  });

  it(`an extends chain longer than ${MAX_EXTENDS_DEPTH} files`, () => {
    const dir = tempDir('fsim-limits-');
    writeFileSync(join(dir, 'f0.json'), JSON.stringify(minimalScenario()));
    for (let i = 1; i <= MAX_EXTENDS_DEPTH + 1; i++) writeFileSync(join(dir, `f${i}.json`), JSON.stringify({ extends: `f${i - 1}.json` }));
    // Within the limit: a chain of MAX_EXTENDS_DEPTH files in all loads.
    expect(loadScenario(join(dir, `f${MAX_EXTENDS_DEPTH - 1}.json`)).sectors).toHaveLength(3);
    const found = issues(() => loadScenario(join(dir, `f${MAX_EXTENDS_DEPTH + 1}.json`)));
    expect(found.map((i) => i.message).join('\n')).toContain(`extends chain longer than ${MAX_EXTENDS_DEPTH} files`);
  });

  it(`nesting deeper than ${MAX_DEPTH} levels, as text and as an object`, () => {
    const deepText = '['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1);
    const s = minimalScenario();
    const text = JSON.stringify({ ...s, metadata: { ...(s.metadata as Obj), note: 0 } }).replace('"note":0', `"note":${deepText}`);
    expect(
      issues(() => parseScenario(text))
        .map((i) => i.message)
        .join('\n'),
    ).toContain(`nesting deeper than ${MAX_DEPTH} levels`);
    expect(
      issues(() => parseScenario({ ...s, metadata: JSON.parse(deepText) as Json }))
        .map((i) => i.message)
        .join('\n'),
    ).toContain(`nesting deeper than ${MAX_DEPTH} levels`);
  });

  it(`an array or object of more than ${MAX_ENTRIES} entries given in code`, () => {
    const found = issues(() => parseScenario({ ...minimalScenario(), provinces: Array.from({ length: MAX_ENTRIES + 1 }, () => 0) }));
    expect(found.map((i) => i.message).join('\n')).toContain(`at most ${MAX_ENTRIES}`);
  });

  it(`a file larger than ${MAX_FILE_BYTES} bytes is refused before it is read`, () => {
    const file = join(tempDir('fsim-limits-'), 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, MAX_FILE_BYTES + 1); // sparse: no disk space, and never read
    const found = issues(() => loadScenario(file));
    expect(found).toEqual([{ pointer: '', message: `file too large: ${MAX_FILE_BYTES + 1} bytes (at most ${MAX_FILE_BYTES})` }]);
  });

  it(`more than ${MAX_ISSUES} problems: the first ${MAX_ISSUES}, then a count of the rest`, () => {
    const bad = sized(3, 1, 1);
    bad.sectors = Array.from({ length: 150 }, (_, i) => ({ id: `s${i}`, name: '', lengthKm: -1, terrain: 'foothills', provinceAcross: 'kunduz' }));
    const found = issues(() => parseScenario(bad));
    expect(found).toHaveLength(MAX_ISSUES + 1);
    expect(found[MAX_ISSUES]!.message).toMatch(/^\.\.\. and \d+ more issues$/);
  });
});

describe('at each limit a scenario loads and runs to finite results in bounded time', () => {
  it(`${LIMITS.sectors} sectors`, () => {
    expect(parseScenario(sized(LIMITS.sectors, 1, 1)).sectors).toHaveLength(LIMITS.sectors);
    expectRunsInTime(sized(LIMITS.sectors, 1, 4), 1, 30_000);
  });

  it(`${LIMITS.forces} forces`, () => {
    expectRunsInTime(sized(3, LIMITS.forces, 4), 1, 30_000);
  });

  it(`${LIMITS.actors} actors`, () => {
    expectRunsInTime(sized(3, 3, LIMITS.actors), 1, 30_000);
  });

  it(`${LIMITS.turns} turns`, () => {
    const s = minimalScenario();
    (s.calendar as Obj).turns = LIMITS.turns;
    expectRunsInTime(s, LIMITS.turns, 30_000);
  });

  it('every count, rate and length at its maximum (one armed group, weekly turns)', () => {
    expectRunsInTime(atMaxima(7, 1), 2, 30_000);
  });

  it('tiny positive values everywhere a zero is not allowed give finite results', () => {
    const s = minimalScenario();
    for (const sec of s.sectors as Obj[]) sec.lengthKm = 5e-324;
    const d = (s.parameters as Obj).detection as Obj;
    d.exposureHours = 5e-324;
    d.sectorDepthKm = 5e-324;
    const r = simulate(parseScenario(s), { seed: 3, turns: 4 });
    expect(nonFinitePaths({ totals: r.totals, turns: r.turns, finalState: r.finalState })).toEqual([]);
  });
});

// Work the limits allow must finish: these ran for minutes to days before the engine bounded
// them (individual battles per sector and turn; the sector x actor pair limit). The child is
// killed after a generous time only so that a regression fails instead of hanging the suite;
// nothing here measures speed.
describe('the largest work the limits allow is bounded', () => {
  it('armed groups at the maximum rate with 366-day turns run to finite results', () => {
    expectRunsInTime(atMaxima(366, 1), 1, 120_000);
  });

  it('more sector x actor pairs than the limit is a clear ScenarioError', () => {
    const found = issues(() => parseScenario(sized(LIMITS.sectors, 1, LIMITS.actors)));
    expect(found).toHaveLength(1);
    expect(found[0]!.pointer).toBe('/actors');
    expect(found[0]!.message).toContain(`at most ${LIMITS.sectorActorPairs}`);
  });

  it('a scenario at the pair limit, with the most sectors and forces, runs a turn', () => {
    expectRunsInTime(sized(LIMITS.sectors, LIMITS.forces, LIMITS.sectorActorPairs / LIMITS.sectors), 1, 120_000);
  });
});
