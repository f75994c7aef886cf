import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The Slurm cluster test has its own run: npm run test:slurm (tests/slurm/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'tests/slurm/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Child processes that run TypeScript with tsx (examples, the hardening children, the bench
    // smoke test) inherit this: tsx then keeps no cache in the temporary directory.
    env: { TSX_DISABLE_CACHE: '1' },
  },
});
