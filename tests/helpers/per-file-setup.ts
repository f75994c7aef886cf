import fc from 'fast-check';
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp';

/**
 * Runs before every test file (vitest.config.ts, setupFiles). Test files share their worker's
 * modules (`isolate: false`), so module state outlives the file that set it; this puts back, for
 * each file, the two pieces the tests rely on:
 *
 * - fast-check's global configuration. A file that sets its own seed at its top would otherwise
 *   leave it to whichever file the worker runs next, so the seed a property ran with would depend
 *   on scheduling. Each file starts from seed 1344, or FC_SEED (an integer, or `random` to explore
 *   new cases; fast-check prints the seed and path of any counterexample it finds).
 * - the removal of the file's temporary directories (tests/helpers/temp.ts) once it has run: a
 *   hook registered when temp.ts is first imported would only ever run after the first file.
 */
fc.resetConfigureGlobal();
const env = process.env.FC_SEED;
if (env !== 'random') fc.configureGlobal({ seed: env === undefined ? 1344 : Number(env) });

afterAll(removeTempDirs);
