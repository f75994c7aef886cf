/**
 * Property tests run from a fixed seed so that `npm test` is reproducible; since every test file
 * now starts from that seed (tests/helpers/per-file-setup.ts, a vitest setup file), importing
 * this module is kept for the files that say so, and for running one of them outside vitest's
 * configuration. To explore new cases: FC_SEED=random npx vitest run tests/model
 */
import './../helpers/per-file-setup';
