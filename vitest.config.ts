import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The Slurm cluster test has its own run: npm run test:slurm (tests/slurm/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'tests/slurm/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
