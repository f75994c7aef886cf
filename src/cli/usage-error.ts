import { ExperimentError } from '../experiment/errors';
import { PrecisionTargetError } from '../experiment/precision';

/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Maps an experiment's complaints about its options and input files to usage errors (exit 2);
 * an experiment that failed while running (a run, a thread, the disk) stays a runtime failure
 * (exit 1).
 */
export function asUsage(e: unknown): unknown {
  if ((e instanceof ExperimentError && e.kind === 'usage') || e instanceof PrecisionTargetError) return new UsageError(e.message);
  return e;
}
