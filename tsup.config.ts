import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The generated scenario validator (src/scenario/generated/validate-scenario.js, 3.4 MB of
 * Ajv standalone code) is built once per format as its own entry, `dist/scenario-validator.*`;
 * every other bundle (index, cli, the worker) imports that sibling file instead of carrying a
 * copy.
 */
const sharedValidator: Plugin = {
  name: 'shared-scenario-validator',
  setup(build) {
    const ext = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
    build.onResolve({ filter: /[\\/]generated[\\/]validate-scenario$/ }, (args) =>
      /[\\/]src[\\/]scenario[\\/]validate\.ts$/.test(args.importer) ? { path: `./scenario-validator${ext}`, external: true } : undefined,
    );
  },
};

/** What `frontier-sim/testing` says when its optional peer is not installed. */
const FAST_CHECK_MISSING =
  "frontier-sim/testing needs fast-check (^4), an optional peer dependency that is not installed here: run `npm install --save-dev fast-check`, then import frontier-sim/testing again";

/**
 * frontier-sim/testing loads fast-check (an optional peer) through src/testing/fast-check-peer.ts,
 * which the build replaces with a guard: without fast-check, importing
 * the subpath throws one Error that says what to install (its stack is that sentence alone), not
 * Node's ERR_MODULE_NOT_FOUND. ESM waits for a dynamic import (top-level await); CJS requires.
 */
const fastCheckPeer: Plugin = {
  name: 'fast-check-peer',
  setup(build) {
    const cjs = build.initialOptions.format === 'cjs';
    build.onResolve({ filter: /^\.\/fast-check-peer$/ }, (args) =>
      /[\\/]src[\\/]testing[\\/]/.test(args.importer) ? { path: 'fast-check', namespace: 'fast-check-peer' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'fast-check-peer' }, () => ({
      loader: 'js',
      resolveDir: process.cwd(),
      contents: `
const missing = (e) => {
  const code = e && e.code;
  if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /fast-check/.test(String(e.message))) {
    const err = new Error(${JSON.stringify(FAST_CHECK_MISSING)});
    err.code = 'FRONTIER_SIM_MISSING_PEER';
    err.stack = 'Error: ' + err.message;
    return err;
  }
  return e;
};
let m;
try { m = ${cjs ? "require('fast-check')" : "await import('fast-check')"}; } catch (e) { throw missing(e); }
export default ${cjs ? "m && m.__esModule && 'default' in m ? m.default : m" : 'm.default'};
`,
    }));
  },
};

export default defineConfig([
  {
    // experiment-worker: the worker threads' entry, found next to index.js/index.cjs/cli.js at run time.
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      'experiment-worker': 'src/experiment/worker.ts',
      'scenario-validator': 'src/scenario/generated/validate-scenario.js',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
    external: ['fast-check'],
    // frontier-sim/testing imports the library's public API through src/testing/lib.ts ->
    // '../index'; in the build that import becomes the package itself ('frontier-sim', a
    // self-reference through "exports"), so dist/testing.* shares one copy of the engine with the
    // main entry (the same ScenarioError class) instead of bundling a second one.
    esbuildPlugins: [
      sharedValidator,
      fastCheckPeer,
      {
        name: 'testing-imports-the-package',
        setup(build) {
          build.onResolve({ filter: /^\.\.\/index$/ }, (args) =>
            /[\\/]src[\\/]testing[\\/]/.test(args.importer) ? { path: 'frontier-sim', external: true } : undefined,
          );
        },
      },
    ],
    // src/experiment/pool.ts reads import.meta.url only in the ESM build; the CJS build takes
    // __filename first, so esbuild's "import.meta is empty in cjs" warning is expected there.
    esbuildOptions(options, context) {
      if (context.format === 'cjs') options.logOverride = { ...options.logOverride, 'empty-import-meta': 'silent' };
      // Maps point at src/ lines without carrying the sources: the generated scenario validator
      // alone (3.4 MB) would otherwise be copied into every map.
      options.sourcesContent = false;
    },
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [sharedValidator],
  },
]);
