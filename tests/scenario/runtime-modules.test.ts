/**
 * The scenario modules the engine (and so the Monte Carlo worker bundle) imports at run time
 * load neither TypeBox, nor Ajv's compiler, nor jsonc-parser: their static import graph, read from
 * the source files, reaches only themselves and Ajv's small run-time helpers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

/** The modules the engine may import from src/scenario at run time. */
const RUNTIME_MODULES = [
  'src/scenario/vocabulary.ts',
  'src/scenario/limits.ts',
  'src/scenario/quantity.ts',
  'src/scenario/order-validation.ts',
  'src/scenario/pointer.ts',
];

/** Bare imports a runtime module may make: Ajv's run-time helpers (the generated validators import them). */
const ALLOWED_PACKAGES = /^ajv\/dist\/runtime\/[a-z0-9_]+(\.js)?$/;

/** Specifiers a module loads at run time: `import type` and `export type` are erased. */
function runtimeSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of code.matchAll(statement)) {
    if (m[2] === undefined && (m[1] === 'import' || m[3] !== undefined)) out.push(m[4] as string);
  }
  for (const m of code.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1] as string);
  return out;
}

function resolveRelative(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith('.d.ts') && (candidate.endsWith('.ts') || candidate.endsWith('.js'))) return candidate;
  }
  throw new Error(`cannot resolve ${spec} from ${relative(ROOT, from)}`);
}

/** Every file and every package the module's static import graph reaches. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [resolve(ROOT, entry)];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) todo.push(resolveRelative(file, spec));
      else packages.add(spec);
    }
  }
  return { files: [...files].map((f) => relative(ROOT, f)).sort(), packages: [...packages].sort() };
}

describe('runtime scenario modules', () => {
  it('the specifier reader sees imports and re-exports, not type-only ones', () => {
    const text = [
      "import { Type } from '@sinclair/typebox';",
      "import type { ErrorObject } from 'ajv';",
      "export * from './vocabulary';",
      "export { LIMITS } from './limits';",
      "export type { X } from './types';",
      "import './side-effect';",
      "import {\n  a,\n  type B,\n} from './multi';",
      "const j = require('jsonc-parser');",
      "// import { x } from 'commented-out';",
    ].join('\n');
    expect(runtimeSpecifiers(text)).toEqual(['@sinclair/typebox', './vocabulary', './limits', './side-effect', './multi', 'jsonc-parser']);
    expect(runtimeSpecifiers(readFileSync(join(ROOT, 'src/scenario/schema.ts'), 'utf8'))).toContain('@sinclair/typebox');
  });

  for (const entry of RUNTIME_MODULES) {
    it(`${entry} imports no TypeBox, Ajv compiler or jsonc-parser`, () => {
      const { files, packages } = importGraph(entry);
      for (const p of packages) expect(p, `${entry} reaches ${p}`).toMatch(ALLOWED_PACKAGES);
      for (const f of files)
        expect(f, `${entry} reaches ${f}`).toMatch(
          /^src\/scenario\/(vocabulary|limits|quantity|order-validation|pointer)\.ts$|^src\/scenario\/generated\/validate-orders\.js$/,
        );
    });
  }

  it('order-validation.ts reaches only the generated order validator', () => {
    expect(importGraph('src/scenario/order-validation.ts').files).toEqual(['src/scenario/generated/validate-orders.js', 'src/scenario/order-validation.ts']);
  });
});
