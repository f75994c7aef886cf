import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadScenario, renderScenarioSchema, scenarioSchema, SCHEMA_DIALECT, ScenarioSchema } from '../../src/scenario';
import { scenarioValidator } from '../../src/scenario/validate';
import { renderScenarioValidator, VALIDATOR_FILE } from '../../scripts/write-schema';

const SCHEMA_FILE = join(process.cwd(), 'scenarios/scenario.schema.json');

describe('scenarios/scenario.schema.json', () => {
  it('is what `npm run schema` generates from the TypeBox definition', () => {
    const onDisk = readFileSync(SCHEMA_FILE, 'utf8');
    const generated = renderScenarioSchema();
    if (onDisk !== generated) {
      expect.fail('scenarios/scenario.schema.json is out of date with src/scenario/schema.ts: run `npm run schema` and commit the result');
    }
  });

  it('is draft 2020-12, names its $id, and compiles with Ajv in strict mode (with the unit keyword)', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    expect(schema.$schema).toBe(SCHEMA_DIALECT);
    expect(schema.$id).toBe(ScenarioSchema.$id);
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajv.addKeyword({ keyword: 'unit', schemaType: 'string' });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('has the exported scenarioSchema as its content, frozen', () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(scenarioSchema);
    expect(Object.isFrozen(scenarioSchema)).toBe(true);
    expect(Object.isFrozen(scenarioSchema.properties)).toBe(true);
  });

  it('keeps a stable key order: keywords first, properties in declaration order', () => {
    expect(Object.keys(scenarioSchema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
    expect(Object.keys(scenarioSchema.properties as object)).toEqual(Object.keys(ScenarioSchema.properties));
    expect(renderScenarioSchema()).toBe(renderScenarioSchema());
  });
});

describe('the validator', () => {
  it('is compiled once and reused', () => {
    expect(scenarioValidator()).toBe(scenarioValidator());
  });

  // The only place the scenario schema is compiled at run time: the library uses the
  // precompiled src/scenario/generated/validate-scenario.js.
  it(`${VALIDATOR_FILE} is what \`npm run schema\` generates from the TypeBox definition`, () => {
    const onDisk = readFileSync(join(process.cwd(), VALIDATOR_FILE), 'utf8');
    if (onDisk !== renderScenarioValidator()) {
      expect.fail(`${VALIDATOR_FILE} is out of date with src/scenario/schema.ts (or the installed Ajv): run \`npm run schema\` and commit the result`);
    }
  });

  it('reports the same error objects as the schema compiled at run time', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
    ajv.addKeyword({ keyword: 'unit', schemaType: 'string' });
    const compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>);
    const base = JSON.parse(readFileSync(join(process.cwd(), 'scenarios/tajik-afghan-2021.json'), 'utf8')) as Record<string, unknown>;
    const valid = JSON.parse(readFileSync(join(process.cwd(), 'scenarios/base/tajik-afghan-border.json'), 'utf8')) as unknown;
    const values: unknown[] = [
      valid,
      base, // extends the base: alone, it lacks required properties
      null,
      [],
      {},
      { ...base, turns: -1, unknownKey: 1 },
      { ...base, sectors: [{ id: 'Bad Id', lengthKm: { min: 'x' } }, 3] },
      { ...base, actors: 'none', forces: [{}] },
      JSON.parse(JSON.stringify(base).replace(/"lengthKm":/g, '"lenghtKm":')),
    ];
    const generated = scenarioValidator();
    for (const value of values) {
      expect(generated(value)).toBe(compiled(value));
      expect(generated.errors ?? null).toEqual(compiled.errors ?? null);
    }
  });
});

describe('bundled scenarios', () => {
  const files = readdirSync(join(process.cwd(), 'scenarios')).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const f of files) {
    it(`${f} loads and names the schema in $schema`, () => {
      const s = loadScenario(join('scenarios', f));
      expect(s.$schema).toMatch(/scenario\.schema\.json$/);
    });
  }
});
