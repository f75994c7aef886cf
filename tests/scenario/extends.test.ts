import { describe, expect, it } from 'vitest';
import { applyOverlay, loadScenario, parseScenario, ScenarioError } from '../../src/scenario';
import { expectPrototypesUntouched, fixture, FIXTURES, issuesOf, minimalObject, readFixture } from './helpers';

/** child.json and bad-remove.json extend ../minimal.json, outside their directory: allowed here. */
const OUTSIDE = { allowExtendsOutside: true } as const;

describe('extends', () => {
  it('merges objects key by key and arrays of entries with ids by id', () => {
    const base = loadScenario(fixture('minimal.json'));
    const s = loadScenario(fixture('extends/child.json'), OUTSIDE);
    expect(s).not.toHaveProperty('extends');
    expect(s.metadata.name).toBe('Child of minimal');
    expect(s.metadata.description).toBe(base.metadata.description);
    expect(s.calendar).toEqual({ ...base.calendar, turns: 4 });
    // panj deep-merged, darvaz removed, vanj appended; order kept.
    expect(s.sectors.map((x) => x.id)).toEqual(['shaartuz', 'panj', 'vanj']);
    expect(s.sectors[1]).toEqual({ ...base.sectors[1], lengthKm: 90 });
    expect(s.forces[1]).toEqual({ ...base.forces[1], personnel: 650, quality: 0.7 });
    // null deletes a key of an object (darvaz is gone from presence).
    expect(s.actors[0]!.presence).toEqual({ kunduz: 1, vanj: 3 });
    expect(s.provinces).toEqual(base.provinces);
  });

  it('resolves the base relative to the extending file, also for text with a baseDir or source', () => {
    const text = readFixture('extends/child.json');
    const viaBaseDir = parseScenario(text, { baseDir: `${FIXTURES}/extends`, ...OUTSIDE });
    const viaSource = parseScenario(text, { source: `${FIXTURES}/extends/child.json`, ...OUTSIDE });
    const viaObject = parseScenario(JSON.parse(text) as object, { baseDir: `${FIXTURES}/extends`, ...OUTSIDE });
    const fromFile = loadScenario(fixture('extends/child.json'), OUTSIDE);
    expect(viaBaseDir).toEqual(fromFile);
    expect(viaSource).toEqual(fromFile);
    expect(viaObject).toEqual(fromFile);
  });

  it('replaces arrays whose entries have no ids', () => {
    const obj = { extends: 'minimal.json', metadata: { sources: [{ citation: 'x' }] } };
    // sources entries without id replace the base's; the schema then asks for the id.
    const issues = issuesOf(() => parseScenario(obj, { baseDir: FIXTURES }));
    expect(issues).toEqual([{ pointer: '/metadata/sources/0', message: 'missing required property "id"' }]);
  });

  it('reports a removal of an unknown id and a removal entry with other keys, in the extending file', () => {
    const file = fixture('extends/bad-remove.json');
    const issues = issuesOf(() => loadScenario(file, OUTSIDE));
    expect(issues).toEqual([
      { file, pointer: '/sectors/0/id', line: 4, column: 13, message: 'cannot remove "nowhere": the base has no entry with that id' },
      {
        file,
        pointer: '/sectors/1/remove',
        line: 5,
        column: 21,
        message: 'an entry with "remove": true may only have "id" and "remove", not "name"',
      },
      // panj was removed, so the base's force in panj now points nowhere: reported in the base file.
      {
        file: fixture('minimal.json'),
        pointer: '/forces/1/location',
        line: 23,
        column: 126,
        message: 'unknown location "panj": expected a sector id or a base id: "shaartuz", "darvaz", "dushanbe"',
      },
    ]);
  });

  it('rejects "remove" in a file that extends nothing', () => {
    const obj = minimalObject() as { sectors: Record<string, unknown>[] };
    obj.sectors[2]!.remove = true;
    expect(issuesOf(() => parseScenario(obj))).toEqual([
      {
        pointer: '/sectors/2/remove',
        message: 'unknown property "remove" ("remove": true only works in a file that extends another, on an array entry whose id is in the base)',
      },
    ]);
  });

  it('detects a cycle and names it', () => {
    const a = fixture('extends/cycle-a.json');
    const b = fixture('extends/cycle-b.json');
    expect(issuesOf(() => loadScenario(a))).toEqual([{ file: b, pointer: '/extends', line: 2, column: 14, message: `extends cycle: ${a} -> ${b} -> ${a}` }]);
    const self = fixture('extends/self.json');
    expect(issuesOf(() => loadScenario(self))).toEqual([
      { file: self, pointer: '/extends', line: 1, column: 14, message: `extends cycle: ${self} -> ${self}` },
    ]);
  });

  it('points an error inside a base file at the base file, line and column', () => {
    const child = fixture('extends/child-of-bad-base.json');
    const base = fixture('extends/bad-base.json');
    expect(issuesOf(() => loadScenario(child))).toEqual([
      { file: child, pointer: '/forces/0/location', line: 5, column: 85, message: 'unknown location "nowhere": expected a sector id or a base id: "panj"' },
      {
        file: base,
        pointer: '/sectors/0/terrain',
        line: 10,
        column: 18,
        message: `expected an id (lower-case letters, digits, '-' and '_', starting with a letter or digit, at most 64 characters), got "Desert"`,
      },
    ]);
  });

  it('maps merged array positions back to the file positions (a removal shifts the indices)', () => {
    const obj = {
      extends: 'minimal.json',
      sectors: [
        { id: 'shaartuz', remove: true },
        { id: 'darvaz', terrain: 'Desert' },
      ],
    };
    // In the merged scenario darvaz is /sectors/1; the issue names the extending input's /sectors/1/terrain.
    expect(issuesOf(() => parseScenario(obj, { baseDir: FIXTURES, source: 'overlay.json' }))).toEqual([
      expect.objectContaining({ file: 'overlay.json', pointer: '/sectors/1/terrain' }),
      expect.objectContaining({ pointer: '/forces/0/location', message: expect.stringContaining('unknown location "shaartuz"') }),
    ]);
    const text = '{\n  "extends": "minimal.json",\n  "sectors": [{ "id": "shaartuz", "remove": true }, { "id": "panj", "terrain": "X" }]\n}';
    const issues = issuesOf(() => parseScenario(text, { baseDir: FIXTURES }));
    expect(issues[0]).toEqual({
      pointer: '/sectors/1/terrain',
      line: 3,
      column: 80,
      message: `expected an id (lower-case letters, digits, '-' and '_', starting with a letter or digit, at most 64 characters), got "X"`,
    });
    // The base's force in shaartuz, at the base file's position.
    expect(issues[1]).toMatchObject({ file: `${FIXTURES}/minimal.json`, pointer: '/forces/0/location', line: 22, column: 111 });
  });

  it('reports a missing base at the extends of the extending file', () => {
    const file = fixture('extends/missing-base.json');
    expect(issuesOf(() => loadScenario(file))).toEqual([
      {
        file,
        pointer: '/extends',
        line: 1,
        column: 14,
        message: `cannot read the base scenario ${fixture('extends/does-not-exist.json')}: file not found`,
      },
    ]);
  });

  it('reports a malformed base at its own syntax error, without quoting its text', () => {
    expect(issuesOf(() => loadScenario(fixture('extends/child-of-malformed.json')))).toEqual([
      { file: fixture('extends/malformed-base.json'), pointer: '', line: 4, column: 3, message: "expected ','" },
    ]);
  });

  it('reports an extends that is not a path', () => {
    expect(issuesOf(() => parseScenario({ ...minimalObject(), extends: 42 }))).toEqual([
      { pointer: '/extends', message: 'expected the path of a base scenario (a non-empty string), got 42' },
    ]);
  });

  it('rejects __proto__, constructor and prototype in an extending file and in its base, leaving Object.prototype untouched', () => {
    const child = fixture('extends/child-of-proto.json');
    const base = fixture('extends/proto-base.json');
    const forbidden = (k: string) => `forbidden key "${k}" (it could change an object prototype)`;
    expect(issuesOf(() => loadScenario(child))).toEqual([
      { file: child, pointer: '/__proto__', line: 3, column: 3, message: forbidden('__proto__') },
      { file: child, pointer: '/sectors/0/__proto__', line: 4, column: 31, message: forbidden('__proto__') },
      { file: base, pointer: '/metadata/__proto__', line: 2, column: 41, message: forbidden('__proto__') },
      { file: base, pointer: '/sectors/0/constructor', line: 7, column: 7, message: forbidden('constructor') },
      { file: base, pointer: '/prototype', line: 14, column: 3, message: forbidden('prototype') },
    ]);
    expectPrototypesUntouched();
  });
});

describe('applyOverlay', () => {
  it('merges with the extends rules and modifies neither input', () => {
    const base = minimalObject();
    const before = JSON.stringify(base);
    const overlay = {
      calendar: { turns: 3 },
      forces: [
        { id: 'ru-201', location: 'panj', role: 'quick-reaction' },
        { id: 'tj-shaartuz', remove: true },
      ],
      bases: null,
    };
    const out = applyOverlay(base, overlay) as Record<string, any>;
    expect(JSON.stringify(base)).toBe(before);
    expect(out.calendar.turns).toBe(3);
    expect(out.forces.map((f: { id: string }) => f.id)).toEqual(['tj-panj', 'ru-201']);
    expect(out.forces[1]).toMatchObject({ name: '201st base', location: 'panj', role: 'quick-reaction' });
    expect(out).not.toHaveProperty('bases');
    // The result is still a scenario.
    expect(parseScenario(out).forces[1]!.location).toBe('panj');
  });

  it('rejects forbidden keys in the overlay (as JSON.parse makes them) and unknown removals', () => {
    const overlay = JSON.parse(
      '{ "__proto__": { "polluted": 1 }, "calendar": { "constructor": { "prototype": { "polluted": 2 } } }, "sectors": [{ "id": "nope", "remove": true }] }',
    ) as object;
    let err: unknown;
    try {
      applyOverlay(minimalObject(), overlay, { source: 'policy.json' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ScenarioError);
    expect((err as ScenarioError).issues).toEqual([
      { file: 'policy.json', pointer: '/__proto__', message: 'forbidden key "__proto__" (it could change an object prototype)' },
      { file: 'policy.json', pointer: '/calendar/constructor', message: 'forbidden key "constructor" (it could change an object prototype)' },
      { file: 'policy.json', pointer: '/sectors/0/id', message: 'cannot remove "nope": the base has no entry with that id' },
    ]);
    expectPrototypesUntouched();
  });

  it('never assigns a forbidden key, even one hidden in the base', () => {
    const base = JSON.parse('{ "a": { "__proto__": { "polluted": 1 } } }') as object;
    expect(() => applyOverlay(base, { a: { b: 1 } })).toThrow(ScenarioError);
    expectPrototypesUntouched();
  });
});
