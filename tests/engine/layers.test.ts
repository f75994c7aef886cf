/**
 * The layers of docs/architecture.md: each directory of src/ imports only its own layer and the
 * layers beneath it (types included: a type names what a layer depends on), and the design notes
 * the source cites are files of this repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths';

/** From the bottom up (docs/architecture.md, "Layers"). */
const LAYERS = ['rng', 'scenario', 'model', 'engine', 'experiment', 'testing', 'report', 'cli'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import or export of a file (`import type` too). */
function imports(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\s[^'";]*?\bfrom\s+['"](\.[^'"]+)['"]/gm)) out.push(m[1] as string);
  for (const m of code.matchAll(/^\s*import\s+['"](\.[^'"]+)['"]/gm)) out.push(m[1] as string);
  for (const m of code.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)) out.push(m[1] as string);
  return out;
}

/** The layer of a file under src/ (its first directory), or null for src/index.ts and the like. */
function layerOf(file: string): number | null {
  const top = relative(join(ROOT, 'src'), file).split(/[\\/]/)[0] ?? '';
  const i = LAYERS.indexOf(top as (typeof LAYERS)[number]);
  return i >= 0 ? i : null;
}

describe('layers', () => {
  test('each layer imports only itself and the layers beneath it', () => {
    const bad: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const from = layerOf(file);
      if (from === null) continue;
      for (const spec of imports(readFileSync(file, 'utf8'))) {
        const target = resolve(dirname(file), spec);
        const to = layerOf(target);
        if (to === null && relative(join(ROOT, 'src'), target).startsWith('..')) continue;
        // src/index.ts (the public entry) is above every layer: no layer imports it, testing included.
        if (to === null) bad.push(`${relative(ROOT, file)} imports ${spec} (the public entry, above every layer)`);
        if (to !== null && to > from) bad.push(`${relative(ROOT, file)} (${LAYERS[from]}) imports ${spec} (${LAYERS[to]})`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('the design notes the source cites are in the repository', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?<![\w/.-])((?:docs\/)?[A-Za-z][\w-]*\.md)\b/g)) {
        const cited = m[1] as string;
        if (!existsSync(join(ROOT, cited)) && !existsSync(join(ROOT, 'docs', cited))) missing.push(`${relative(ROOT, file)}: ${cited}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
