#!/usr/bin/env node
/**
 * The API report (issue 18): the public surface of each entry point as the published
 * declarations give it (dist/index.d.ts, dist/kernel.d.ts, dist/testing.d.ts, dist/report.d.ts), one export a
 * block, in name order, comments left out: every exported name with its kind and declaration.
 * `api/<entry>.api.d.ts` holds the reviewed surface; tests/package/api-report.test.ts fails when
 * the build's differs, so that a change to the public API is a reviewed change to these files.
 *
 * Needs a build. Usage: node scripts/api-report.mjs [--write]   (--write updates api/)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ts = createRequire(join(ROOT, 'package.json'))('typescript');

/** The entry points and their published declaration files. */
export const ENTRIES = { index: 'dist/index.d.ts', kernel: 'dist/kernel.d.ts', testing: 'dist/testing.d.ts', report: 'dist/report.d.ts' };

/** The report of each entry point: { entry: text }. */
export function apiReports() {
  const files = Object.values(ENTRIES).map((f) => join(ROOT, f));
  const program = ts.createProgram(files, {
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
  });
  const checker = program.getTypeChecker();
  const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
  const out = {};
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const source = program.getSourceFile(join(ROOT, file));
    const moduleSymbol = checker.getSymbolAtLocation(source);
    const blocks = [];
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.getDeclarations() ?? [];
      const text = declarations
        .map((d) => {
          // A variable's declaration list carries `declare const`; print the statement.
          const node = ts.isVariableDeclaration(d) ? d.parent.parent : d;
          return printer
            .printNode(ts.EmitHint.Unspecified, node, d.getSourceFile())
            .replace(/^export /gm, '')
            .replace(/^declare /gm, '');
        })
        .join('\n');
      blocks.push(`// ${exported.getName()}\n${exported.getName() !== symbol.getName() ? `// = ${symbol.getName()}\n` : ''}${text}\n`);
    }
    blocks.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    out[entry] =
      `// The public API of ${entry === 'index' ? "'frontier-sim'" : `'frontier-sim/${entry}'`}: ${blocks.length} exports (scripts/api-report.mjs; do not edit).\n\n${blocks.join('\n')}`;
  }
  return out;
}

/** Where the reviewed report of an entry is kept. */
export const reportFile = (entry) => join(ROOT, 'api', `${entry}.api.d.ts`);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const reports = apiReports();
  if (process.argv.includes('--write')) {
    mkdirSync(join(ROOT, 'api'), { recursive: true });
    for (const [entry, text] of Object.entries(reports)) writeFileSync(reportFile(entry), text);
    console.log(
      `wrote ${Object.keys(reports)
        .map((e) => `api/${e}.api.d.ts`)
        .join(', ')}`,
    );
  } else {
    let changed = 0;
    for (const [entry, text] of Object.entries(reports)) {
      let old = '';
      try {
        old = readFileSync(reportFile(entry), 'utf8');
      } catch {
        // No report yet: written below.
      }
      if (old !== text) {
        changed++;
        console.log(`api/${entry}.api.d.ts: the public API changed`);
      }
    }
    process.exitCode = changed > 0 ? 1 : 0;
  }
}
