/**
 * The hostile corpus, runs files (tests/hostile/cases/runs-files.ts): edited, forged, reordered,
 * damaged and oversized runs files are refused by every reader naming the line; honest ones
 * resume and merge byte for byte.
 */
import { hostileSuite } from './harness';
import { RUNS_FILE_CASES } from './cases/runs-files';

hostileSuite('hostile runs files', RUNS_FILE_CASES);
