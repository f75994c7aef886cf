/**
 * Prototype pollution: `__proto__`, `constructor` and `prototype` keys, anywhere in a scenario
 * file, an object given in code, a base reached by `extends`, an overlay, a policy or a sweep
 * pointer, and through the CLI, never change Object.prototype (or Function's or Array's). After
 * every attempt: no sentinel property on `{}`, Object.keys(Object.prototype) is empty, and the
 * prototypes' own property names are as they were.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyOverlay, loadScenario, parseScenario, runMonteCarlo, ScenarioError, sweep } from '../../src/index';
import { CLI, ROOT } from '../helpers/paths';
import { expectPrototypesUntouched, minimalScenario, SENTINEL } from './helpers';

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

/** Payloads a hostile key can carry: a sentinel straight away, or one level further down. */
const PAYLOADS = [`{ "${SENTINEL}": "direct" }`, `{ "prototype": { "${SENTINEL}": "via-prototype" } }`, `{ "__proto__": { "${SENTINEL}": "nested" } }`];

/** Places in a scenario where an object key can go. */
const PLACES: (string | number)[][] = [
  [],
  ['metadata'],
  ['calendar'],
  ['sectors', 0],
  ['forces', 1],
  ['actors', 0],
  ['actors', 0, 'presence'],
  ['parameters'],
  ['parameters', 'detection'],
];

/**
 * The minimal scenario as JSON text with `"key": payload` added in the object at `place`
 * (written as text, so that JSON.parse of it creates an own property with the hostile name).
 */
function hostileText(key: string, payload: string, place: (string | number)[]): string {
  const s = minimalScenario() as Record<string, unknown>;
  let target = s as Record<string | number, unknown>;
  for (const seg of place) target = target[seg] as Record<string | number, unknown>;
  target['@@HOSTILE@@'] = 0;
  return JSON.stringify(s, null, 2).replace('"@@HOSTILE@@": 0', `${JSON.stringify(key)}: ${payload}`);
}

function expectForbiddenKeyError(f: () => unknown): void {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(ScenarioError);
  expect((thrown as ScenarioError).issues.some((i) => /forbidden key/.test(i.message))).toBe(true);
}

const CASES = FORBIDDEN.flatMap((key) =>
  PLACES.flatMap((place) => PAYLOADS.map((payload, p) => ({ key, place, payload, label: `${key} at /${place.join('/')} (payload ${p})` }))),
);

describe('prototype pollution through the library', () => {
  afterEach(() => expectPrototypesUntouched());

  it.each(CASES)('parseScenario text: $label', ({ key, place, payload }) => {
    const text = hostileText(key, payload, place);
    expect(text).toContain(JSON.stringify(key));
    expectForbiddenKeyError(() => parseScenario(text));
    expectPrototypesUntouched();
    // The same, parsed by JSON.parse first: own properties named __proto__ etc.
    expectForbiddenKeyError(() => parseScenario(JSON.parse(text) as object));
  });

  it.each(CASES)('loadScenario file: $label', ({ key, place, payload }) => {
    const file = join(tempDir('fsim-proto-'), 'hostile.json');
    writeFileSync(file, hostileText(key, payload, place));
    expectForbiddenKeyError(() => loadScenario(file));
  });

  it('an object literal with __proto__ (a prototype, not a key) is refused as not plain JSON', () => {
    const hostile = { ...minimalScenario(), metadata: { name: 'x', __proto__: { [SENTINEL]: 1 } } };
    expect(() => parseScenario(hostile)).toThrow(ScenarioError);
    const nullProto = Object.assign(Object.create(null) as object, minimalScenario());
    // A null-prototype object is plain JSON: it loads, and its result has ordinary prototypes.
    const s = parseScenario(nullProto);
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
  });

  it('a loaded scenario is made of plain objects: no prototype is reachable through its keys', () => {
    const s = parseScenario(minimalScenario()) as unknown as Record<string, unknown>;
    const walk = (v: unknown): void => {
      if (typeof v !== 'object' || v === null) return;
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(v));
      for (const k of Object.keys(v)) {
        expect(FORBIDDEN as readonly string[]).not.toContain(k);
        walk((v as Record<string, unknown>)[k]);
      }
    };
    walk(s);
  });

  it.each(FORBIDDEN)('extends: a base with %s, a child with it, and both', (key) => {
    const dir = tempDir('fsim-proto-');
    writeFileSync(join(dir, 'clean-base.json'), JSON.stringify(minimalScenario()));
    writeFileSync(join(dir, 'hostile-base.json'), hostileText(key, PAYLOADS[0]!, ['sectors', 0]));
    const child = (base: string, hostile: boolean) =>
      `{ "extends": ${JSON.stringify(base)}${hostile ? `, ${JSON.stringify(key)}: { "${SENTINEL}": "child" }, "sectors": [{ "id": "panj", ${JSON.stringify(key)}: { "${SENTINEL}": "entry" } }]` : ''} }`;
    writeFileSync(join(dir, 'child-of-hostile.json'), child('hostile-base.json', false));
    writeFileSync(join(dir, 'hostile-child.json'), child('clean-base.json', true));
    writeFileSync(join(dir, 'both.json'), child('hostile-base.json', true));
    for (const f of ['child-of-hostile.json', 'hostile-child.json', 'both.json']) {
      expectForbiddenKeyError(() => loadScenario(join(dir, f)));
      expectPrototypesUntouched();
      // parseScenario with extends resolved against baseDir.
      expectForbiddenKeyError(() =>
        parseScenario(child(f === 'hostile-child.json' ? 'clean-base.json' : 'hostile-base.json', f !== 'child-of-hostile.json'), { baseDir: dir }),
      );
    }
    // "extends" naming a forbidden word is just a missing file.
    expect(() => parseScenario(`{ "extends": ${JSON.stringify(key)} }`, { baseDir: dir })).toThrow(ScenarioError);
  });

  it('the bundled fixtures with hostile keys in a base and its child', () => {
    expectForbiddenKeyError(() => loadScenario(join(ROOT, 'tests', 'fixtures', 'scenarios', 'extends', 'child-of-proto.json')));
  });

  it.each(CASES)('applyOverlay, hostile overlay: $label', ({ key, place, payload }) => {
    const overlay = JSON.parse(hostileText(key, payload, place)) as object;
    expectForbiddenKeyError(() => applyOverlay(minimalScenario(), overlay));
    expectPrototypesUntouched();
    // ... and a hostile base.
    expectForbiddenKeyError(() => applyOverlay(overlay, { metadata: { name: 'x' } }));
  });

  it.each(FORBIDDEN)('applyOverlay: entries with id %s merge by id without touching a prototype', (key) => {
    const base = { sectors: [{ id: 'a', lengthKm: 1 }], list: [{ id: key, x: 1 }] };
    const merged = applyOverlay(base, { sectors: [{ id: key, lengthKm: 2 }], list: [{ id: key, x: 2 }] }) as {
      sectors: { id: string }[];
      list: { x: number }[];
    };
    expect(merged.sectors.map((s) => s.id)).toEqual(['a', key]);
    expect(merged.list).toEqual([{ id: key, x: 2 }]);
    // In a scenario an id is data, never a key: "__proto__" fails the id pattern; "constructor"
    // and "prototype" are ordinary ids, and a reference to one that does not exist is refused
    // (no lookup finds Object.prototype.constructor).
    const s = minimalScenario();
    const withSector = applyOverlay(s, { sectors: [{ id: key, name: 'x', lengthKm: 1, terrain: 'mountain', provinceAcross: 'kunduz' }] });
    if (key === '__proto__') expect(() => parseScenario(withSector)).toThrow(ScenarioError);
    else expect(parseScenario(withSector).sectors.map((x) => x.id)).toContain(key);
    const dangling = applyOverlay(s, { forces: [{ id: 'tj-shaartuz', location: key }], sectors: [{ id: 'panj', provinceAcross: key }] });
    expect(() => parseScenario(dangling)).toThrow(ScenarioError);
  });

  it.each(FORBIDDEN)('a presence keyed %s (a record, where keys are data)', (key) => {
    const text = hostileText(key, `{ "${SENTINEL}": 1 }`, ['actors', 0, 'presence']);
    expectForbiddenKeyError(() => parseScenario(text));
  });

  it('policies with hostile overlays in a Monte Carlo', async () => {
    const scenario = parseScenario(minimalScenario());
    for (const key of FORBIDDEN) {
      const overlay = JSON.parse(
        `{ ${JSON.stringify(key)}: { "${SENTINEL}": 1 }, "metadata": { ${JSON.stringify(key)}: { "prototype": { "${SENTINEL}": 2 } } } }`,
      ) as object;
      await expect(runMonteCarlo(scenario, { runs: 2, seed: 1, workers: 1, turns: 1, policy: { name: 'hostile', overlay } })).rejects.toThrow();
      expectPrototypesUntouched();
    }
  });

  it('sweep pointers through __proto__, constructor and prototype are refused', async () => {
    const scenario = parseScenario(minimalScenario());
    for (const pointer of [
      `/__proto__/${SENTINEL}`,
      `/constructor/prototype/${SENTINEL}`,
      `/metadata/__proto__/${SENTINEL}`,
      `/sectors/__proto__/${SENTINEL}`,
      `/sectors/0/constructor/prototype/${SENTINEL}`,
    ]) {
      await expect(sweep(scenario, { design: 'grid', parameters: [{ pointer, values: [1, 2] }], runs: 1, seed: 1, workers: 1, turns: 1 })).rejects.toThrow();
      expectPrototypesUntouched();
    }
  });
});

/** A preload that reports, when the CLI process exits, whether its prototypes were changed. */
function preload(): string {
  const file = join(tempDir('fsim-proto-'), 'check.mjs');
  writeFileSync(
    file,
    `const pristine = Object.getOwnPropertyNames(Object.prototype).sort().join();
process.on('exit', () => {
  const now = Object.getOwnPropertyNames(Object.prototype).sort().join();
  const ok = now === pristine && Object.keys(Object.prototype).length === 0 && ({}).${SENTINEL} === undefined;
  process.stderr.write(ok ? '\\nPROTO-CHECK ok\\n' : '\\nPROTO-CHECK POLLUTED\\n');
});
`,
  );
  return file;
}

describe('prototype pollution through the CLI', () => {
  const check = preload();
  const dir = tempDir('fsim-proto-cli-');
  const scenario = join(dir, 'clean.json');
  writeFileSync(scenario, JSON.stringify(minimalScenario()));
  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', check, CLI, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it.each(FORBIDDEN)('validate and run a scenario with %s keys: exit 2, prototypes untouched', (key) => {
    const file = join(dir, `hostile-${key}.json`);
    writeFileSync(file, hostileText(key, PAYLOADS[0]!, ['metadata']));
    for (const args of [
      ['validate', file],
      ['run', file, '--turns', '1'],
    ]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/forbidden key/);
      expect(r.stderr).toContain('PROTO-CHECK ok');
    }
  });

  // One policy file holds all three keys (each key alone is covered in-process above): these
  // commands start worker pools, so each spawn is costly.
  it('a policy overlay with __proto__, constructor and prototype keys (every command that takes --policy): prototypes untouched', () => {
    const hostile = FORBIDDEN.map((key) => `${JSON.stringify(key)}: { "${SENTINEL}": 1 }`).join(', ');
    const policy = join(dir, 'policy-hostile.json');
    writeFileSync(policy, `{ "name": "hostile", "overlay": { ${hostile}, "metadata": { ${hostile} } } }`);
    const bare = join(dir, 'bare-hostile.json');
    writeFileSync(bare, `{ ${hostile} }`);
    const commands = commandsTaking('--policy');
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      for (const p of [policy, bare]) {
        const args = [command, scenario, '--policy', p, ...smallRunFlags(command)];
        const r = cli(args);
        expect(r.stderr, args.join(' ')).toContain('PROTO-CHECK ok');
        expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
        if (command !== 'report') expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(2);
      }
    }
    // Ten processes: a generous limit, for a loaded machine (a hang detector, not a speed test).
  }, 240_000);

  it.each(FORBIDDEN)('validate a scenario with a policy overlay holding %s keys: exit 2, prototypes untouched', (key) => {
    const policy = join(dir, `validate-policy-${key}.json`);
    writeFileSync(policy, `{ "name": "hostile", "overlay": { "sectors": [{ "id": "panj", ${JSON.stringify(key)}: { "${SENTINEL}": 1 } }] } }`);
    const r = cli(['validate', scenario, policy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/forbidden key/);
    expect(r.stderr).toContain('PROTO-CHECK ok');
  });

  it('sweep --param through __proto__: exit 2, prototypes untouched', () => {
    if (!commandsTaking('--param').includes('sweep')) return;
    for (const pointer of [`/__proto__/${SENTINEL}`, `/constructor/prototype/${SENTINEL}`]) {
      const r = cli(['sweep', scenario, '--param', `${pointer}=1,2`, '--runs', '1', '--workers', '1', '--turns', '1']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('PROTO-CHECK ok');
    }
  });

  const helps = new Map<string, string>();
  const helpOf = (command: string) => {
    if (!helps.has(command)) helps.set(command, cli([command, '--help']).stdout);
    return helps.get(command) as string;
  };

  /** Commands (from --help) whose own --help lists `flag`. */
  function commandsTaking(flag: string): string[] {
    const names = [...helpOf('--help').matchAll(/^ {2}([a-z][a-z-]*) {2,}/gm)].map((m) => m[1] as string);
    return names.filter((c) => helpOf(c).includes(`${flag} `));
  }

  function smallRunFlags(command: string): string[] {
    const help = helpOf(command);
    const flags: string[] = [];
    if (help.includes('--runs ')) flags.push('--runs', '2');
    if (help.includes('--workers ')) flags.push('--workers', '1');
    if (help.includes('--turns ')) flags.push('--turns', '1');
    if (help.includes('--out ') && command === 'report') flags.push('--out', join(dir, 'r.html'));
    return flags;
  }
});
