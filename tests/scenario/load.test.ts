import { mkdtempSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadScenario, parseScenario, quantityValue, ScenarioError } from '../../src/scenario';
import { expectPrototypesUntouched, fixture, issuesOf, minimalObject, readFixture } from './helpers';

describe('loading a valid scenario', () => {
  it('loads the minimal fixture from a file, from text and from an object, identically', () => {
    const fromFile = loadScenario(fixture('minimal.json'));
    expect(fromFile.sectors.map((s) => s.id)).toEqual(['shaartuz', 'panj', 'darvaz']);
    expect(quantityValue(fromFile.sectors[1]!.lengthKm)).toBe(100);
    expect(fromFile).not.toHaveProperty('extends');
    expect(parseScenario(readFixture('minimal.json'))).toEqual(fromFile);
    expect(parseScenario(minimalObject())).toEqual(fromFile);
  });

  it('returns fresh plain objects and does not modify an object input', () => {
    const input = minimalObject();
    const before = JSON.stringify(input);
    const s = parseScenario(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(s).not.toBe(input);
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(s.sectors[0])).toBe(Object.prototype);
  });

  it('treats undefined properties of an object input as absent', () => {
    const input = { ...minimalObject(), bases: undefined };
    const s = parseScenario({ ...input, forces: [] });
    expect(s).not.toHaveProperty('bases');
  });

  it('ignores a byte-order mark and counts columns without it', () => {
    const text = '\uFEFF' + readFixture('minimal.json').replace('"turns": 12', '"turns": 0');
    const [issue] = issuesOf(() => parseScenario(text));
    expect(issue).toMatchObject({ pointer: '/calendar/turns', line: 8, column: 70 });
  });
});

describe('a file with three different mistakes', () => {
  it('reports all three, with file, pointer, line and column', () => {
    const file = fixture('three-mistakes.json');
    const issues = issuesOf(() => loadScenario(file));
    expect(issues).toEqual([
      { file, pointer: '/calendar/turns', line: 10, column: 14, message: 'expected an integer in [1, 5200], got "twelve"' },
      { file, pointer: '/forces/0/location', line: 27, column: 19, message: 'unknown location "shartuz"; did you mean "shaartuz"?' },
      {
        file,
        pointer: '/forces/1/personnel',
        line: 34,
        column: 20,
        message: 'expected a number in [0, 10000000] (persons), or { value }, or { min, max }, got -50',
      },
    ]);
  });

  it('formats each issue as file:line:column pointer: message, and the error message lists them all', () => {
    const file = fixture('three-mistakes.json');
    try {
      loadScenario(file);
      expect.fail('expected a ScenarioError');
    } catch (e) {
      const err = e as ScenarioError;
      const lines = err.format().split('\n');
      expect(lines).toEqual([
        `${file}:10:14 /calendar/turns: expected an integer in [1, 5200], got "twelve"`,
        `${file}:27:19 /forces/0/location: unknown location "shartuz"; did you mean "shaartuz"?`,
        `${file}:34:20 /forces/1/personnel: expected a number in [0, 10000000] (persons), or { value }, or { min, max }, got -50`,
      ]);
      expect(err.message).toBe(`Invalid scenario (3 issues):\n${lines.join('\n')}`);
      expect(err.name).toBe('ScenarioError');
      expect(err).toBeInstanceOf(Error);
    }
  });

  it('names text input <input> and object input without a position', () => {
    expect(formatIssue({ pointer: '/a', line: 2, column: 3, message: 'm' })).toBe('<input>:2:3 /a: m');
    expect(formatIssue({ pointer: '', message: 'm' })).toBe('<input> (root): m');
    const [issue] = issuesOf(() => parseScenario({ ...minimalObject(), calendar: { start: '2021-01-01', turnLengthDays: 7, turns: 0 } }));
    expect(issue).toEqual({ pointer: '/calendar/turns', message: 'expected an integer in [1, 5200], got 0' });
  });
});

describe('malformed JSON', () => {
  const at = (text: string) => {
    const issues = issuesOf(() => parseScenario(text, { source: 'x.json' }));
    expect(issues).toHaveLength(1);
    return issues[0]!;
  };

  it('reports the position of the syntax error', () => {
    expect(at('{\n  "metadata": {\n    "name": "x"\n  }\n  "calendar": {}\n}')).toEqual({
      file: 'x.json',
      pointer: '',
      line: 5,
      column: 3,
      message: 'expected \',\', found "\\"calendar\\""',
    });
    expect(at('{ "a": [1, 2,, 3] }')).toMatchObject({ line: 1, column: 14 });
    expect(at("{ 'a': 1 }")).toMatchObject({ line: 1, column: 3, message: 'unexpected character, found "\'a\'"' });
    expect(at('{\r\n"a": tru }')).toMatchObject({ line: 2, column: 6 });
  });

  it('rejects trailing commas and comments, which JSON does not allow', () => {
    expect(at('{\n  "a": 1,\n}')).toEqual({ file: 'x.json', pointer: '', line: 3, column: 1, message: 'trailing comma before "}" (not allowed in JSON)' });
    expect(at('[1, 2, ]')).toMatchObject({ line: 1, column: 8, message: expect.stringContaining('trailing comma') });
    expect(at('{ "a": 1 /* c */ }')).toMatchObject({ line: 1, column: 10, message: expect.stringContaining('comments are not allowed') });
  });

  it('reports an empty, truncated or doubled document', () => {
    expect(at('')).toMatchObject({ line: 1, column: 1, message: 'the document is empty; expected a JSON object' });
    expect(at('  \n ')).toMatchObject({ message: 'the document is empty; expected a JSON object' });
    expect(at('{ "a": [1, 2')).toMatchObject({ line: 1, column: 13, message: expect.stringContaining('document ended') });
    expect(at('{ "a": "x')).toMatchObject({ line: 1, column: 8, message: expect.stringContaining('unterminated string') });
    expect(at('{} {}')).toMatchObject({ line: 1, column: 4 });
  });

  it('rejects nesting deeper than the limit without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(at(deep)).toMatchObject({ line: 1, column: 65, message: expect.stringContaining('nesting deeper than 64') });
  });

  it('reports a number too large for a double as not finite', () => {
    const text = readFixture('minimal.json').replace('"strength": 500', '"strength": 1e999');
    const issues = issuesOf(() => parseScenario(text));
    expect(issues).toEqual([{ pointer: '/actors/0/strength', line: 31, column: 19, message: 'expected a finite number, got Infinity' }]);
  });
});

describe('duplicate keys', () => {
  it('reports the repeated key with both positions', () => {
    const text = readFixture('minimal.json').replace('"turns": 12 }', '"turns": 12, "turns": 13 }');
    const issues = issuesOf(() => parseScenario(text, { source: 'dup.json' }));
    expect(issues).toEqual([
      { file: 'dup.json', pointer: '/calendar/turns', line: 8, column: 74, message: 'duplicate key "turns" (first at line 8, column 61)' },
    ]);
  });
});

describe('forbidden keys', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`rejects ${key} in a file at its pointer and leaves Object.prototype untouched`, () => {
      const text = readFixture('minimal.json').replace('"turnLengthDays": 7,', `"turnLengthDays": 7, "${key}": { "polluted": true, "toString": 1 },`);
      const issues = issuesOf(() => parseScenario(text));
      expect(issues).toEqual([{ pointer: `/calendar/${key}`, line: 8, column: 61, message: `forbidden key "${key}" (it could change an object prototype)` }]);
      expectPrototypesUntouched();
    });
  }

  it('rejects them nested anywhere, including inside presence records and arrays', () => {
    const obj = minimalObject() as { actors: { presence: Record<string, unknown> }[]; sectors: unknown[] };
    const text = JSON.stringify(obj)
      .replace('"presence":{', '"presence":{"__proto__":1,')
      .replace('"sectors":[', '"sectors":[{"constructor":{"prototype":{"x":1}}},');
    const pointers = issuesOf(() => parseScenario(text)).map((i) => i.pointer);
    expect(pointers).toContain('/actors/0/presence/__proto__');
    expect(pointers).toContain('/sectors/0/constructor');
    expectPrototypesUntouched();
  });

  it('rejects them in objects built in code (own __proto__ properties)', () => {
    const obj = minimalObject();
    Object.defineProperty(obj, '__proto__', { value: { polluted: true }, enumerable: true });
    const issues = issuesOf(() => parseScenario(obj));
    expect(issues).toEqual([{ pointer: '/__proto__', message: 'forbidden key "__proto__" (it could change an object prototype)' }]);
    expectPrototypesUntouched();
  });
});

describe('values that JSON cannot hold, given in code', () => {
  it('reports NaN and Infinity with their pointers', () => {
    const obj = minimalObject() as { sectors: Record<string, unknown>[]; forces: Record<string, unknown>[] };
    obj.sectors[0]!.lengthKm = NaN;
    obj.forces[1]!.personnel = { min: -Infinity, max: Infinity };
    const issues = issuesOf(() => parseScenario(obj));
    expect(issues).toEqual([
      { pointer: '/sectors/0/lengthKm', message: 'expected a finite number, got NaN' },
      { pointer: '/forces/1/personnel/min', message: 'expected a finite number, got -Infinity' },
      { pointer: '/forces/1/personnel/max', message: 'expected a finite number, got Infinity' },
    ]);
  });

  it('reports functions, symbols, bigints, class instances, getters and cycles, without calling anything', () => {
    let called = false;
    const obj = minimalObject() as Record<string, unknown> & { metadata: Record<string, unknown> };
    obj.metadata.description = () => 'x';
    obj.metadata.era = Symbol('s');
    obj.metadata.sources = [10n, new Date(0), new Map()];
    Object.defineProperty(obj.metadata, 'name', {
      enumerable: true,
      get() {
        called = true;
        return 'x';
      },
    });
    (obj.calendar as Record<string, unknown>).self = obj;
    const messages = issuesOf(() => parseScenario(obj)).map((i) => `${i.pointer}: ${i.message}`);
    expect(called).toBe(false);
    expect(messages).toEqual(
      expect.arrayContaining([
        '/metadata/name: expected a JSON value, got a getter (scenario content is never executed)',
        '/metadata/description: expected a JSON value, got a function',
        '/metadata/era: expected a JSON value, got a symbol',
        '/metadata/sources/0: expected a JSON value, got a bigint',
        '/metadata/sources/1: expected a plain JSON object, got an object of class Date',
        '/metadata/sources/2: expected a plain JSON object, got an object of class Map',
        '/calendar/self: cyclic reference: an object contains itself',
      ]),
    );
  });

  it('turns a throwing Proxy into a ScenarioError', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(issuesOf(() => parseScenario(hostile))).toEqual([{ pointer: '', message: 'the input could not be read as JSON: boom' }]);
  });

  it('rejects deep nesting given in code', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const issues = issuesOf(() => parseScenario({ ...minimalObject(), extra: deep }));
    expect(issues.some((i) => i.message.includes('nesting deeper than 64'))).toBe(true);
  });
});

describe('schema messages', () => {
  const messages = (patch: (s: Record<string, any>) => void) => {
    const obj = minimalObject() as Record<string, any>;
    patch(obj);
    return issuesOf(() => parseScenario(obj)).map((i) => `${i.pointer}: ${i.message}`);
  };

  it('collapses a failing Quantity into one sentence, or into the branch the value was aiming at', () => {
    expect(messages((s) => (s.actors[0].intent = 1.5))).toEqual([
      '/actors/0/intent: expected a number in [0, 1] (probability), or { value }, or { min, max }, got 1.5',
    ]);
    expect(messages((s) => (s.sectors[0].lengthKm = { min: 0, max: 10 }))).toEqual(['/sectors/0/lengthKm/min: expected a number in (0, 100000] (km), got 0']);
    expect(messages((s) => (s.sectors[0].lengthKm = { value: 10, sorce: 'x' }))).toEqual([
      '/sectors/0/lengthKm/sorce: unknown property "sorce"; did you mean "source"?',
    ]);
    expect(messages((s) => (s.sectors[0].lengthKm = { min: 5 }))).toEqual(['/sectors/0/lengthKm: missing required property "max"']);
    expect(messages((s) => (s.actors[0].intent = { valeu: 0.5 }))).toEqual([
      '/actors/0/intent: expected a number in [0, 1] (probability), or { value }, or { min, max }, got an object with "valeu"; did you mean "value" for "valeu"?',
    ]);
  });

  it('lists the allowed values of an enumeration, with a suggestion', () => {
    expect(messages((s) => (s.forces[2].role = 'garisson'))).toEqual([
      '/forces/2/role: expected one of "patrol", "quick-reaction", "garrison", "exercise", "advisory", got "garisson"; did you mean "garrison"?',
    ]);
  });

  it('names an unknown property and suggests the nearest allowed one', () => {
    expect(
      messages((s) => {
        s.sectors[0].lenghtKm = s.sectors[0].lengthKm;
        delete s.sectors[0].lengthKm;
      }),
    ).toEqual(['/sectors/0: missing required property "lengthKm" (km)', '/sectors/0/lenghtKm: unknown property "lenghtKm"; did you mean "lengthKm"?']);
    expect(messages((s) => (s.sectors[0].zzz = 1))[0]).toMatch(/^\/sectors\/0\/zzz: unknown property "zzz"; allowed: "id", "name", "lengthKm"/);
  });

  it('points at the key of an unknown property and at the object of a missing one', () => {
    const text = readFixture('minimal.json').replace('"turnLengthDays": 7, ', '"turnLenghtDays": 7, ');
    expect(issuesOf(() => parseScenario(text))).toEqual([
      { pointer: '/calendar', line: 8, column: 15, message: 'missing required property "turnLengthDays"' },
      { pointer: '/calendar/turnLenghtDays', line: 8, column: 40, message: 'unknown property "turnLenghtDays"; did you mean "turnLengthDays"?' },
    ]);
  });

  it('groups the missing properties of one object, and explains ids, dates and limits', () => {
    expect(messages((s) => (s.parameters.detection = { sweepWidthKm: 2 }))).toEqual([
      '/parameters/detection: missing required properties "patrolSpeedKmPerHour", "exposureHours", "personnelPerPatrol", "sectorDepthKm", "dutyFraction"',
    ]);
    expect(messages((s) => (s.forces[0].side = 'Tajik Border Troops'))).toEqual([
      `/forces/0/side: expected an id (lower-case letters, digits, '-' and '_', starting with a letter or digit, at most 64 characters), got "Tajik Border Troops"`,
    ]);
    expect(messages((s) => (s.calendar.start = '15/08/2021'))).toEqual(['/calendar/start: expected a date as YYYY-MM-DD, got "15/08/2021"']);
    expect(messages((s) => (s.sectors = []))).toContain('/sectors: expected at least 1 entry, got 0');
    expect(messages((s) => (s.calendar.turns = 1e6))).toEqual(['/calendar/turns: expected an integer in [1, 5200], got 1000000']);
  });

  it('reports a root that is not an object', () => {
    expect(issuesOf(() => parseScenario('[1]'))).toEqual([{ pointer: '', line: 1, column: 1, message: 'expected an object, got an array of 1' }]);
    expect(issuesOf(() => parseScenario(42 as unknown as object))).toEqual([{ pointer: '', message: 'expected an object, got 42' }]);
  });
});

describe('reference and sanity checks', () => {
  const messages = (patch: (s: Record<string, any>) => void) => {
    const obj = minimalObject() as Record<string, any>;
    patch(obj);
    return issuesOf(() => parseScenario(obj)).map((i) => `${i.pointer}: ${i.message}`);
  };

  it('reports duplicate ids in every list, and a base id equal to a sector id', () => {
    expect(
      messages((s) => {
        s.sectors[2].id = 'shaartuz';
        s.forces[1].id = 'tj-shaartuz';
        s.provinces[1].id = 'kunduz';
        s.actors.push({ ...s.actors[0] });
        s.bases[0].id = 'panj';
        s.sectors[2].provinceAcross = 'kunduz';
      }),
    ).toEqual([
      '/sectors/2/id: duplicate sector id "shaartuz" (first used at /sectors/0/id)',
      '/provinces/1/id: duplicate province id "kunduz" (first used at /provinces/0/id)',
      '/forces/1/id: duplicate force id "tj-shaartuz" (first used at /forces/0/id)',
      '/actors/1/id: duplicate actor id "smugglers" (first used at /actors/0/id)',
      '/bases/0/id: base id "panj" is also a sector id (/sectors/1/id); a force location must name one or the other',
      '/forces/2/location: unknown location "dushanbe": expected a sector id or a base id: "shaartuz", "panj"',
      '/actors/0/presence/darvaz: unknown sector or province "darvaz": expected a sector id or a province id: "shaartuz", "panj", "kunduz"',
      '/actors/1/presence/darvaz: unknown sector or province "darvaz": expected a sector id or a province id: "shaartuz", "panj", "kunduz"',
    ]);
  });

  it('gives the line and column of the first use of a duplicate id in text', () => {
    const text = readFixture('minimal.json').replace('"id": "darvaz"', '"id": "panj"').replace('"darvaz": 1', '"panj": 1');
    expect(issuesOf(() => parseScenario(text))).toEqual([
      { pointer: '/sectors/2/id', line: 19, column: 13, message: 'duplicate sector id "panj" (first used at line 18, column 13)' },
    ]);
  });

  it('checks provinceAcross, force locations and destinations, and presence keys, suggesting near ids', () => {
    expect(
      messages((s) => {
        s.sectors[0].provinceAcross = 'kundus';
        s.sectors[1].provinceAcross = 'takhar';
        s.forces[0].location = 'dushambe';
        s.forces[1].moveTo = 'khorog';
        s.actors[0].presence = { kunduz: 1, 'panj-river': 1, takhar: 2 };
      }),
    ).toEqual([
      '/sectors/0/provinceAcross: unknown province "kundus"; did you mean "kunduz"?',
      '/sectors/1/provinceAcross: unknown province "takhar": expected the id of a province: "kunduz", "badakhshan"',
      '/forces/0/location: unknown location "dushambe"; did you mean "dushanbe"?',
      '/forces/1/moveTo: unknown destination "khorog": expected a sector id or a base id: "shaartuz", "panj", "darvaz", "dushanbe"',
      '/actors/0/presence/panj-river: unknown sector or province "panj-river": expected a sector id or a province id: "shaartuz", "panj", "darvaz", "kunduz", "badakhshan"',
      '/actors/0/presence/takhar: unknown sector or province "takhar": expected a sector id or a province id: "shaartuz", "panj", "darvaz", "kunduz", "badakhshan"',
    ]);
  });

  it('points at the key of an unknown presence entry', () => {
    const text = readFixture('minimal.json').replace('"darvaz": 1', '"darvas": 1');
    expect(issuesOf(() => parseScenario(text))).toEqual([
      { pointer: '/actors/0/presence/darvas', line: 34, column: 34, message: 'unknown sector or province "darvas"; did you mean "darvaz"?' },
    ]);
  });

  it('requires min <= max and a value inside its range, wherever a Quantity is', () => {
    expect(
      messages((s) => {
        s.sectors[1].lengthKm = { min: 120, max: 80 };
        s.forces[1].personnel = { min: 300, max: 600, value: 700 };
        s.actors[0].presence = { kunduz: { min: 3, max: 1 } };
        s.parameters.detection.dutyFraction = { min: 0.2, max: 0.4, value: 0.3 };
      }),
    ).toEqual([
      '/sectors/1/lengthKm: range has min 120 greater than max 80',
      '/forces/1/personnel/value: value 700 is outside its range [300, 600]',
      '/actors/0/presence/kunduz: range has min 3 greater than max 1',
    ]);
  });

  it('checks what it can even when the schema fails', () => {
    expect(
      messages((s) => {
        s.sectors[0].terrain = 'Desert';
        s.forces[0].location = 'nowhere';
      }),
    ).toEqual([
      `/sectors/0/terrain: expected an id (lower-case letters, digits, '-' and '_', starting with a letter or digit, at most 64 characters), got "Desert"`,
      '/forces/0/location: unknown location "nowhere": expected a sector id or a base id: "shaartuz", "panj", "darvaz", "dushanbe"',
    ]);
  });

  it('caps the number of issues reported', () => {
    const obj = minimalObject() as Record<string, any>;
    // 300 terrain issues, 2 force locations and 1 presence key: 303 in all.
    obj.sectors = Array.from({ length: 300 }, (_, i) => ({ ...obj.sectors[0], id: `s${i}`, terrain: 'Desert' }));
    const issues = issuesOf(() => parseScenario(obj));
    expect(issues).toHaveLength(201);
    expect(issues[200]!.message).toBe('... and 103 more issues');
  });
});

describe('files that cannot be read', () => {
  it('reports a missing file', () => {
    const [issue, ...more] = issuesOf(() => loadScenario('no/such/scenario.json'));
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ file: 'no/such/scenario.json', pointer: '' });
    expect(issue!.message).toMatch(/^file not found: tried \S+no\/such\/scenario\.json \(working directory .+\); bundled scenarios load by name/);
  });

  it('reports a directory', () => {
    const dir = fixture('extends');
    expect(issuesOf(() => loadScenario(dir))).toEqual([{ file: dir, pointer: '', message: 'is a directory, not a scenario file' }]);
  });

  it('reports a path through a file', () => {
    const p = fixture('minimal.json/x.json');
    expect(issuesOf(() => loadScenario(p))[0]!.message).toMatch(/^file not found/);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('reports an unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontier-sim-'));
    try {
      const p = join(dir, 'secret.json');
      writeFileSync(p, '{}');
      chmodSync(p, 0o000);
      expect(issuesOf(() => loadScenario(p))).toEqual([{ file: p, pointer: '', message: 'permission denied: the file cannot be read' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a path that is not a string', () => {
    expect(issuesOf(() => loadScenario(undefined as unknown as string))).toEqual([{ pointer: '', message: 'expected the path of a scenario file' }]);
  });
});

describe('formatting', () => {
  it('keeps each issue on one line, escaping control characters in keys and paths', () => {
    expect(formatIssue({ file: 'a\nb.json', pointer: '/x\ny', line: 1, column: 2, message: 'unknown property "x\\ny"\u2028' })).toBe(
      'a\\nb.json:1:2 /x\\ny: unknown property "x\\ny"\\u2028',
    );
  });
});

describe('large inputs', () => {
  it('reports thousands of problems in linear time (no quadratic matching of errors)', () => {
    const obj = minimalObject() as Record<string, any>;
    const n = 5000;
    obj.sectors = Array.from({ length: n }, (_, i) => ({ ...obj.sectors[0], id: `s-${i}`, terrain: 'Desert' }));
    obj.forces = Array.from({ length: n }, (_, i) => ({ ...obj.forces[0], id: `f-${i}`, location: `nowhere-${i}` }));
    const text = JSON.stringify(obj, null, 2);
    const start = performance.now();
    const issues = issuesOf(() => parseScenario(text));
    expect(performance.now() - start).toBeLessThan(15_000);
    expect(issues).toHaveLength(201);
    expect(issues[200]!.message).toBe(`... and ${2 * n + 1 - 200} more issues`);
  });
});
