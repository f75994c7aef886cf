import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The bundled default scenario. */
export const DEFAULT_SCENARIO = join(ROOT, 'scenarios', 'tajik-afghan-2021.json');
/** The built command-line entry point (npm test builds before running the tests). */
export const CLI = join(ROOT, 'dist', 'cli.js');
