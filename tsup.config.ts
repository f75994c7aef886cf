import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // experiment-worker: the worker threads' entry, found next to index.js/index.cjs/cli.js at run time.
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', 'experiment-worker': 'src/experiment/worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
    external: ['fast-check'],
    // src/experiment/pool.ts reads import.meta.url only in the ESM build; the CJS build takes
    // __filename first, so esbuild's "import.meta is empty in cjs" warning is expected there.
    esbuildOptions(options, context) {
      if (context.format === 'cjs') options.logOverride = { ...options.logOverride, 'empty-import-meta': 'silent' };
    },
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
