/**
 * The order test files start in: the long, process-level suites first, then vitest's own order.
 *
 * Why: with two workers the suite ends when the last file ends. On a fresh clone vitest has no
 * timings cached and starts the largest files first, but the slowest suites here are short files
 * that hand a table of cases to a harness (tests/hostile/*.test.ts is ten lines, a minute of
 * processes). Started last, one of them would run alone while the other worker idles. Starting the
 * longest first (longest-processing-time-first scheduling) keeps both workers busy to the end.
 *
 * The weights are rough seconds on an idle 2-core machine; only their order matters, and a file
 * missing from the list merely starts in vitest's default order.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Rough idle seconds of the longest suites (re-measure with `--reporter=json` when they move). */
const WEIGHTS: Record<string, number> = {
  'tests/hardening/cli-misuse.test.ts': 100,
  'tests/hardening/package.test.ts': 80,
  'tests/experiment/optimize-cli.test.ts': 75,
  'tests/hostile/scenarios.test.ts': 70,
  'tests/hostile/processes-cli.test.ts': 60,
  'tests/hardening/work-bound.test.ts': 55,
  'tests/hostile/runs-files.test.ts': 50,
  'tests/hostile/processes-signals.test.ts': 48,
  'tests/hostile/inputs.test.ts': 45,
  'tests/hardening/prototype-pollution.test.ts': 35,
  'tests/experiment/optimize-closed-form.test.ts': 34,
  'tests/experiment/cli.test.ts': 31,
  'tests/rng/sampler-fast-paths.test.ts': 30,
  'tests/hardening/run-fuzz.test.ts': 28,
  'tests/hardening/limits.test.ts': 22,
  'tests/examples/examples.test.ts': 20,
};

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const defaultOrder = await super.sort(files);
    const root = this.ctx.config.root;
    const weight = (f: TestSpecification) => WEIGHTS[relative(root, f.moduleId).split('\\').join('/')] ?? 0;
    // Array.prototype.sort is stable: files of equal weight keep vitest's order.
    return [...defaultOrder].sort((a, b) => weight(b) - weight(a));
  }
}
