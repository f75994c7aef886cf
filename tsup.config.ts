import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Compiles the validator with the V8 code cache the build writes next to it (scripts/build/cached-validator.mjs). */
const CACHED_VALIDATOR = fileURLToPath(new URL('./scripts/build/cached-validator.mjs', import.meta.url));

/**
 * The generated scenario validator (src/scenario/generated/validate-scenario.js, 3.4 MB of
 * Ajv standalone code, 5.5 MB once bundled) is built once, as CommonJS without a source map
 * (generated code; a map would add 2.5 MB), as `dist/scenario-validator.cjs`. Every other
 * bundle (index, report, cli, the worker, in both formats) loads that sibling file, and only
 * when a scenario is first validated: `import 'frontier-sim'` does not parse 5.5 MB of code it
 * may never run. The stand-in below is what src/scenario/validate.ts imports in the build; it
 * compiles the file synchronously (with the V8 code cache `npm run build` writes beside it), so
 * `loadScenario` stays synchronous, and copies the validator's `errors` after each call.
 */
const sharedValidator: Plugin = {
  name: 'shared-scenario-validator',
  setup(build) {
    const cjs = build.initialOptions.format === 'cjs';
    build.onResolve({ filter: /[\\/]generated[\\/]validate-scenario$/ }, (args) =>
      /[\\/]src[\\/]scenario[\\/]validate\.ts$/.test(args.importer) ? { path: 'validate-scenario', namespace: 'lazy-scenario-validator' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-scenario-validator' }, () => ({
      loader: 'js',
      resolveDir: process.cwd(),
      contents: `
import { createRequire } from 'node:module';
import { loadValidator } from ${JSON.stringify(CACHED_VALIDATOR)};
let loaded;
function load() {
  loaded ??= loadValidator(createRequire(${cjs ? '__filename' : 'import.meta.url'}).resolve('./scenario-validator.cjs'));
  return loaded;
}
export function validate(data) {
  const f = load();
  const ok = f(data);
  validate.errors = f.errors;
  return ok;
}
validate.errors = null;
export default validate;
`,
    }));
  },
};

/** What `frontier-sim/testing` says when its optional peer is not installed. */
const FAST_CHECK_MISSING =
  'frontier-sim/testing needs fast-check (^4), an optional peer dependency that is not installed here: run `npm install --save-dev fast-check`, then import frontier-sim/testing again';

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
      kernel: 'src/kernel.ts',
      testing: 'src/testing/index.ts',
      report: 'src/report/index.ts',
      'experiment-worker': 'src/experiment/worker.ts',
    },
    format: ['esm', 'cjs'],
    // Declarations tagged @internal stay out of the published types (module headers carry no
    // @internal tag: on the first statement of a file it would strip that statement, an import).
    dts: { compilerOptions: { stripInternal: true } },
    sourcemap: true,
    // No `clean`: the three builds run side by side; `npm run build` empties dist/ first.
    clean: false,
    target: 'node20',
    splitting: false,
    external: ['fast-check'],
    // frontier-sim/testing takes the library's public API through src/testing/lib.ts, which
    // imports it from the layers beneath (../scenario, ../engine/simulate, ../engine/compile,
    // ../rng/hash: names the main entry exports). In the build those imports of lib.ts become the
    // package itself ('frontier-sim', a self-reference through "exports"), so dist/testing.*
    // shares one copy of the engine with the main entry (the same ScenarioError class) instead
    // of bundling a second one.
    esbuildPlugins: [
      sharedValidator,
      fastCheckPeer,
      {
        name: 'testing-imports-the-package',
        setup(build) {
          build.onResolve({ filter: /^\.\.\/(scenario|engine\/simulate|engine\/compile|rng\/hash)$/ }, (args) =>
            /[\\/]src[\\/]testing[\\/]lib\.ts$/.test(args.importer) ? { path: 'frontier-sim', external: true } : undefined,
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
    entry: { 'scenario-validator': 'src/scenario/generated/validate-scenario.js' },
    format: ['cjs'],
    target: 'node20',
  },
  {
    // cli: the command's entry, which only starts cli-command (the commands) in a thread of its
    // own and answers signals (src/cli/main.ts); they share no code.
    entry: { cli: 'src/cli/main.ts', 'cli-command': 'src/cli/command-thread.ts' },
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
