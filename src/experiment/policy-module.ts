/**
 * Importing a function policy's module (what worker threads do with `module` and `exportName`),
 * with one message for each way it can fail. The main thread imports it once before any work, so
 * that a missing file, a syntax error or a missing export is reported before a thread starts
 * (and no thread is ever stopped in the middle of importing a module, which can abort V8).
 *
 * Imports nothing but Node's modules, errors.ts and worker-loader.ts: the worker bundle loads it.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PolicyFunction } from '../engine/dynamics';
import { ExperimentError, oneLine } from './errors';
import { findTsx, importWithTsx, isTypeScriptModule, typeScriptAdvice } from './worker-loader';

/** The URL a policy module is imported from (absolute paths and file URLs as given; relative paths from the working directory). */
export function policyModuleUrl(module: string): string {
  return module.startsWith('file:') ? module : pathToFileURL(isAbsolute(module) ? module : resolve(module)).href;
}

/**
 * Imports `module` and returns its export `exportName`, which must be a function. A TypeScript
 * module is imported through tsx's API at `tsx` when given (worker threads); otherwise as this
 * thread imports modules (a process started with tsx reads TypeScript, and then gets the very
 * module its script imported), falling back to the tsx that {@link findTsx} finds.
 *
 * @throws ExperimentError naming the policy and the module when the import fails or the export
 *   is not a function, and saying what to do for TypeScript without tsx.
 */
export async function importPolicyFunction(policyName: string, module: string, exportName: string, tsx?: string): Promise<PolicyFunction> {
  const mod = await importModule(policyName, module, tsx);
  const f = Object.hasOwn(mod, exportName) ? mod[exportName] : undefined;
  if (typeof f !== 'function') {
    throw new ExperimentError(`policy "${policyName}": module ${module} has no function export ${JSON.stringify(exportName)}`);
  }
  return f as PolicyFunction;
}

async function importModule(policyName: string, module: string, tsx: string | undefined): Promise<Record<string, unknown>> {
  const url = policyModuleUrl(module);
  const typescript = isTypeScriptModule(url);
  try {
    if (typescript && tsx !== undefined) return await importWithTsx(url, tsx);
    return (await import(url)) as Record<string, unknown>;
  } catch (e) {
    if (typescript && tsx === undefined && (e as NodeJS.ErrnoException | undefined)?.code === 'ERR_UNKNOWN_FILE_EXTENSION') {
      const found = findTsx(url);
      if (found !== undefined) return importModule(policyName, module, found);
      throw new ExperimentError(`policy "${policyName}": ${typeScriptAdvice(module, 'this process cannot import it (tsx was not found)')}`, { cause: e });
    }
    throw new ExperimentError(`policy "${policyName}": its module ${module} could not be loaded: ${oneLine(e)}`, { cause: e });
  }
}
