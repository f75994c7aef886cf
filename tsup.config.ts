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
