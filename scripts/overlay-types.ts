/**
 * The TypeScript type of a scenario overlay (`ScenarioOverlay`), generated from the scenario's
 * JSON Schema (the one `npm run schema` publishes) by the merge rules of src/scenario/merge.ts:
 * - an object's fields are all optional, and each may be `null` (the field is deleted);
 * - an array of objects with an `id` merges by id: each entry is a partial entry with its `id`,
 *   or `{ id, remove: true }`;
 * - any other array, and every other value, replaces the base's: its type is the schema's.
 *
 * A small generator rather than json-schema-to-typescript: the schema uses a handful of keywords
 * (type, properties, required, additionalProperties, patternProperties, items, anyOf, const,
 * $ref; the rest validate values and have no type), and the overlay is not the schema's type but
 * a transformation of it, which json-schema-to-typescript would need a second, derived schema
 * for. Shapes that repeat (the quantity forms of some 200 fields) are written once, as named
 * types. tests/scenario/schema-file.test.ts fails when the checked-in file is stale.
 */

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  patternProperties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  const?: unknown;
  $ref?: string;
  unit?: string;
  description?: string;
};

/** Writes the declarations of one schema's overlay type. */
class Writer {
  /** Named shapes: type text to name, and the declarations in the order written. */
  private readonly names = new Map<string, string>();
  private readonly taken = new Set<string>();
  readonly declarations: string[] = [];
  /** $defs being written (recursive definitions refer to their name). */
  private readonly defs = new Map<string, string>();

  constructor(private readonly root: Schema & { $defs?: Record<string, Schema> }) {}

  /** The type of a value that replaces the base's (the schema's own type). */
  full(s: Schema, hint: string, top = false): string {
    if (s.$ref !== undefined) return this.ref(s.$ref, 'full');
    if (s.const !== undefined) return JSON.stringify(s.const);
    if (s.anyOf !== undefined) return this.named(s.anyOf.map((b) => this.full(b, branchHint(s, hint))).join(' | '), s, hint, top);
    switch (s.type) {
      case 'string':
        return 'string';
      case 'number':
      case 'integer':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'array':
        return `${paren(this.full(s.items ?? {}, singular(hint)))}[]`;
      case 'object':
        return this.object(s, hint, false, [], top);
      default:
        return 'unknown';
    }
  }

  /** The type of an overlay's value at a place of this schema. */
  overlay(s: Schema, hint: string, top = false): string {
    if (s.$ref !== undefined) return this.ref(s.$ref, 'overlay');
    if (s.anyOf !== undefined) return this.named(s.anyOf.map((b) => this.overlay(b, branchHint(s, hint))).join(' | '), s, `${hint}Overlay`, top);
    if (s.type === 'object') return this.object(s, `${hint}Overlay`, true, [], top);
    if (s.type === 'array' && s.items !== undefined && hasId(s.items)) {
      const entry = this.object(s.items, `${singular(hint)}Overlay`, true, ['id']);
      return `(${entry} | { id: string; remove: true })[]`;
    }
    return this.full(s, hint);
  }

  private object(s: Schema, hint: string, overlay: boolean, keep: readonly string[] = [], top = false): string {
    const fields: string[] = [];
    for (const [key, value] of Object.entries(s.properties ?? {})) {
      const optional = overlay ? !keep.includes(key) : !(s.required ?? []).includes(key);
      const type = overlay && !keep.includes(key) ? `${this.overlay(value, pascal(key))} | null` : this.full(value, pascal(key));
      // A description that starts `[a, b]: ...` would read as a Markdown link definition: escaped.
      const doc = value.description !== undefined ? `/** ${value.description.replace(/\*\//g, '* /').replace(/^\[/, '\\[')} */\n` : '';
      fields.push(`${doc}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}${optional ? '?' : ''}: ${type};`);
    }
    for (const value of Object.values(s.patternProperties ?? {})) {
      const type = overlay ? `${this.overlay(value, hint)} | null` : this.full(value, hint);
      fields.push(`[key: string]: ${type};`);
    }
    return this.named(`{ ${fields.join(' ').replace(/\n/g, ' ')} }`, s, hint, top, fields);
  }

  /** `text` under a name when long (written once however often the shape recurs), else itself. */
  private named(text: string, s: Schema, hint: string, top: boolean, fields?: readonly string[]): string {
    const body = fields === undefined || fields.length === 0 ? text : `{\n${fields.map((f) => `  ${f.replace(/\n/g, '\n  ')}`).join('\n')}\n}`;
    if (top) return body;
    if (text.length < 60) return text;
    const known = this.names.get(text);
    if (known !== undefined) return known;
    let base = s.unit !== undefined ? (hint.endsWith('Overlay') ? 'QuantityOverlay' : 'Quantity') : hint;
    if (base in globalThis) base = `${base}Value`;
    let name = base;
    for (let i = 2; this.taken.has(name); i++) name = `${base}${i}`;
    this.taken.add(name);
    this.names.set(text, name);
    this.declarations.push(`export type ${name} = ${body};`);
    return name;
  }

  private ref(ref: string, mode: 'full' | 'overlay'): string {
    const def = ref.replace(/^#\/\$defs\//, '');
    const name = mode === 'full' ? def : `${def}Overlay`;
    if (this.defs.has(name)) return name;
    this.defs.set(name, name);
    this.taken.add(name);
    const s = this.root.$defs?.[def];
    if (s === undefined) throw new Error(`overlay types: no $defs/${def}`);
    const text = mode === 'full' ? this.full(s, def, true) : this.overlay(s, def, true);
    this.declarations.push(`export type ${name} = ${text};`);
    return name;
  }
}

/** The hint of a union's branches: a quantity's forms are named as such, not for their first field. */
function branchHint(s: Schema, hint: string): string {
  return s.unit !== undefined ? 'QuantityForm' : hint;
}

function hasId(s: Schema): boolean {
  return s.type === 'object' && s.properties?.id?.type === 'string' && (s.required ?? []).includes('id');
}

function paren(t: string): string {
  return /[|&]/.test(t) && !/^[\w$]+$/.test(t) ? `(${t})` : t;
}

function pascal(key: string): string {
  return key.replace(/(^|[-_])([a-z])/g, (_, _sep: string, c: string) => c.toUpperCase()).replace(/^[a-z]/, (c) => c.toUpperCase());
}

function singular(hint: string): string {
  return hint.endsWith('ies') ? `${hint.slice(0, -3)}y` : hint.endsWith('s') ? hint.slice(0, -1) : `${hint}Item`;
}

/** The text of src/scenario/generated/scenario-overlay.ts for the scenario schema `schema`. */
export function renderOverlayTypes(schema: object): string {
  const w = new Writer(schema as Schema);
  const root = w.overlay(schema as Schema, 'Scenario', true);
  return `// GENERATED FILE, do not edit. Regenerate with \`npm run schema\` (scripts/write-schema.ts).
// The type of a scenario overlay, from the scenario's JSON Schema by the merge rules of
// src/scenario/merge.ts (scripts/overlay-types.ts): every field optional, \`null\` deletes a field,
// arrays of entries with an \`id\` merge by id (\`{ id, remove: true }\` removes one), other arrays
// and values replace the base's. tests/scenario/schema-file.test.ts fails when this file is stale.
/* eslint-disable */

${w.declarations.join('\n\n')}

/** An overlay: changes to a scenario, deep-merged onto it (\`applyOverlay\`, docs/policies.md). */
export type ScenarioOverlay = ${root};
`;
}
