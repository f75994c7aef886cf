/**
 * The hostile corpus, scenarios and library calls (tests/hostile/cases/scenarios.ts): ids that
 * shadow built-ins, dates, names for terminals, simulate's input, orders naming what does not
 * exist, and the work and memory the limits bound.
 */
import { hostileSuite } from './harness';
import { DATE_CASES, ID_CASES, LIBRARY_CASES, NAME_CASES, WORK_CASES } from './cases/scenarios';

hostileSuite('hostile scenarios: ids', ID_CASES);
hostileSuite('hostile scenarios: dates', DATE_CASES);
hostileSuite('hostile scenarios: names', NAME_CASES);
hostileSuite('hostile library calls', LIBRARY_CASES);
hostileSuite('hostile scenarios: work and memory', WORK_CASES);
