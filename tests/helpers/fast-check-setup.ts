import fc from 'fast-check';

/**
 * Runs before every test file (vitest.config.ts, setupFiles). Test files share their worker's
 * modules (`isolate: false`), and fast-check's global configuration is module state: a file that
 * sets its own seed at its top would otherwise leave it to whichever file the worker runs next, so
 * the seed a property ran with would depend on scheduling. Each file therefore starts from the
 * same configuration: seed 1344, or FC_SEED (an integer, or `random` to explore new cases;
 * fast-check prints the seed and path of any counterexample it finds).
 */
fc.resetConfigureGlobal();
const env = process.env.FC_SEED;
if (env !== 'random') fc.configureGlobal({ seed: env === undefined ? 1344 : Number(env) });
