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
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
