import { defineConfig } from 'vitest/config';

// `npm run test:slurm`: docs/scaling.md's Slurm recipe on a one-node cluster (tests/slurm).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/slurm/**/*.test.ts'],
    globalSetup: ['tests/slurm/build.ts'],
    // One cluster, one file, its steps in order; the whole run stays under 3 minutes.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
