/**
 * Importing a function policy's module (what worker threads do with `module` and `exportName`),
 * with one message for each way it can fail. The main thread imports it once before any work, so
 * that a missing file, a syntax error or a missing export is reported before a thread starts
 * (and no thread is ever stopped in the middle of importing a module, which can abort V8).
 *
 * Imports nothing but Node's modules and errors.ts: the worker bundle loads it.
 *
 * @internal
 * @module
 */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PolicyFunction } from '../engine/dynamics';
import { ExperimentError, oneLine } from './errors';

/** The URL a policy module is imported from (absolute paths and file URLs as given; relative paths from the working directory). */
export function policyModuleUrl(module: string): string {
  return module.startsWith('file:') ? module : pathToFileURL(isAbsolute(module) ? module : resolve(module)).href;
}

/**
 * Imports `module` and returns its export `exportName`, which must be a function.
 *
 * @throws ExperimentError naming the policy and the module when the import fails or the export
 *   is not a function.
 */
export async function importPolicyFunction(policyName: string, module: string, exportName: string): Promise<PolicyFunction> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(policyModuleUrl(module))) as Record<string, unknown>;
  } catch (e) {
    throw new ExperimentError(`policy "${policyName}": its module ${module} could not be loaded: ${oneLine(e)}`, { cause: e });
  }
  const f = Object.hasOwn(mod, exportName) ? mod[exportName] : undefined;
  if (typeof f !== 'function') {
    throw new ExperimentError(`policy "${policyName}": module ${module} has no function export ${JSON.stringify(exportName)}`);
  }
  return f as PolicyFunction;
}
