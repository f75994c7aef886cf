import { configDefaults, defineConfig } from 'vitest/config';
import SlowFirstSequencer from './tests/helpers/slow-first';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The Slurm cluster test has its own run: npm run test:slurm (tests/slurm/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'tests/slurm/**'],
    // Two files at a time. vitest's default is one fewer than the cores, which on CI's two cores
    // is one: the suite then ran file after file while most suites wait on child processes, and
    // took about 15.5 minutes of an idle machine. Tests never assert on time, so sharing the cores
    // changes no result (the hang detectors and the signal tests' bounds are generous for load).
    maxWorkers: 2,
    // The longest suites start first, so that no long one runs alone at the end.
    sequence: { sequencer: SlowFirstSequencer },
    // Test files share their worker's modules instead of importing them afresh: importing the
    // engine, the schema and the report summed to about 190 s of the suite's CPU. A setup file puts
    // back, for each file, the module state tests rely on (fast-check's seed, the removal of the
    // file's temporary directories); no test mocks modules (vi.mock), and the one that changes
    // directory puts it back in afterEach.
    isolate: false,
    setupFiles: ['tests/helpers/per-file-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Child processes that run TypeScript with tsx (examples, the hardening children, the bench
    // smoke test) inherit this: tsx then keeps no cache in the temporary directory.
    env: { TSX_DISABLE_CACHE: '1' },
  },
});
