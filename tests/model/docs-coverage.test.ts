import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { scenarioSchema } from '../../src/scenario/json-schema';
import { ROOT } from '../helpers/paths';

/** Paths of the schema's fields that carry numbers or choices (not names, ids or prose). */
function fields(schema: Record<string, unknown>, path: string, out: string[]): void {
  const props = schema.properties as Record<string, Record<string, unknown>> | undefined;
  if (schema.unit !== undefined || schema.type === 'boolean' || (Array.isArray(schema.anyOf) && !props && schema.unit === undefined && path !== '')) {
    out.push(path);
    return;
  }
  if (schema.type === 'array' && typeof schema.items === 'object' && schema.items !== null) {
    const items = schema.items as Record<string, unknown>;
    if (items.unit !== undefined) out.push(path);
    else fields(items, `${path}[]`, out);
    return;
  }
  if (props) for (const [k, s] of Object.entries(props)) fields(s, path === '' ? k : `${path}.${k}`, out);
}

test('docs/model.md covers every numeric or choice parameter the scenario schema accepts', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'model.md'), 'utf8');
  const out: string[] = [];
  fields(scenarioSchema as Record<string, unknown>, '', out);
  const skip = /^(metadata|\$schema|extends)|\.(id|name|citation|url|country|controlledBy|description|era)$/;
  const wanted = out
    .filter((p) => !skip.test(p))
    .map((p) => p.replace(/^parameters\.kinds\.(armed-group|smuggling|refugees|recruits)\./, 'parameters.kinds.<kind>.'));
  expect(wanted.length).toBeGreaterThan(60);
  if (process.env.SHOW_FIELDS) console.log(wanted.join('\n'));
  const missing = [...new Set(wanted)].filter((p) => !doc.includes('`' + p + '`'));
  expect(missing).toEqual([]);
});
