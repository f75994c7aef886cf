import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadScenario, renderScenarioSchema, scenarioSchema, SCHEMA_DIALECT, ScenarioSchema } from '../../src/scenario';
import { scenarioValidator } from '../../src/scenario/validate';
import {
  ORDERS_VALIDATOR_FILE,
  ORDERS_VALIDATOR_TYPES_FILE,
  renderOrdersValidator,
  renderOrdersValidatorTypes,
  renderScenarioValidator,
  VALIDATOR_FILE,
} from '../../scripts/write-schema';
import { orderShapes, validate as validateOrder } from '../../src/scenario/generated/validate-orders';
import { PolicyRuleSchemas } from '../../src/scenario/schema';
import { ORDER_VALUES } from './order-values';

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
    const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, inlineRefs: false });
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

describe('the order validator', () => {
  // Checked like the scenario validator: src/engine's policy-function orders are validated with
  // the precompiled src/scenario/generated/validate-orders.js.
  for (const [file, render] of [
    [ORDERS_VALIDATOR_FILE, renderOrdersValidator],
    [ORDERS_VALIDATOR_TYPES_FILE, renderOrdersValidatorTypes],
  ] as const) {
    it(`${file} is what \`npm run schema\` generates from the TypeBox definition`, () => {
      const onDisk = readFileSync(join(process.cwd(), file), 'utf8');
      if (onDisk !== render()) {
        expect.fail(`${file} is out of date with src/scenario/schema.ts (or the installed Ajv): run \`npm run schema\` and commit the result`);
      }
    });
  }

  it('gives the verdicts and errors of PolicyRuleSchemas.Order compiled at run time (the options src/engine/dynamics.ts used)', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: false, inlineRefs: false });
    ajv.addKeyword({ keyword: 'unit', schemaType: 'string' });
    const compiled = ajv.compile(JSON.parse(JSON.stringify(PolicyRuleSchemas.Order)) as Record<string, unknown>);
    let valid = 0;
    for (const value of ORDER_VALUES) {
      const verdict = compiled(value);
      if (verdict) valid++;
      expect(validateOrder(value), JSON.stringify(value)).toBe(verdict);
      expect(validateOrder.errors ?? null, JSON.stringify(value)).toEqual(compiled.errors ?? null);
    }
    // Both sorts are there.
    expect(valid).toBeGreaterThan(10);
    expect(ORDER_VALUES.length - valid).toBeGreaterThan(20);
  });

  it('lists the shape of every order type of the schema, in its order', () => {
    const branches = PolicyRuleSchemas.Order.anyOf as unknown as { properties: Record<string, { const?: string }>; required?: string[] }[];
    expect(orderShapes.map((s) => s.type)).toEqual(branches.map((b) => b.properties.type?.const));
    orderShapes.forEach((s, i) => {
      const b = branches[i]!;
      expect(s.required).toEqual(b.required ?? []);
      expect(Object.keys(s.properties)).toEqual(Object.keys(b.properties));
      expect(Object.getPrototypeOf(s.properties)).toBe(Object.prototype);
    });
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
