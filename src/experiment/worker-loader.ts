/**
 * TypeScript policy modules, in the calling thread and on worker threads. Node 20 cannot import a
 * `.ts` file by itself, and a loader on the command line (`tsx script.ts`, `node --import tsx`)
 * does not reach a worker thread's `import()`: on Node 20 module hooks do not run in worker
 * threads, even when a thread is started with the same flags (tried: ERR_UNKNOWN_FILE_EXTENSION).
 * tsx's `tsImport` API does work in a thread, so the calling thread finds tsx (the copy its own
 * loader came from, else the one the policy module or the working directory resolves) and hands
 * its URL to the threads, which import the module through it. Without tsx, the user is told what
 * to do.
 *
 * Imports nothing but Node's modules and errors.ts: the worker bundle loads it.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A module path or URL that names a TypeScript file. */
export function isTypeScriptModule(module: string): boolean {
  return /\.(?:[cm]?ts|tsx)(?:[?#].*)?$/i.test(module);
}

/**
 * The file URL of tsx's ESM API (`tsx/esm/api`, which exports `tsImport`), found from, in order:
 * tsx's loader on this process's command line, the policy module's folder, the working
 * directory; undefined when none resolves tsx.
 */
export function findTsx(moduleUrl: string, execArgv: readonly string[] = process.execArgv, cwd = process.cwd()): string | undefined {
  const bases: string[] = [];
  for (const arg of execArgv) {
    const path = arg.replace(/^--(?:import|require|loader|experimental-loader)=/, '');
    if (/[\\/]tsx[\\/]dist[\\/]/.test(path)) bases.push(path.startsWith('file:') ? fileURLToPath(path) : path);
  }
  if (moduleUrl.startsWith('file:')) bases.push(fileURLToPath(moduleUrl));
  bases.push(join(cwd, 'package.json'));
  for (const base of bases) {
    const api = tsxApiFrom(base);
    if (api !== undefined) return api;
  }
  return undefined;
}

/** tsx's ESM API as resolved from the file `base`, if it resolves. */
function tsxApiFrom(base: string): string | undefined {
  try {
    const manifest = createRequire(base).resolve('tsx/package.json');
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, { import?: { default?: string } } | string> };
    const entry = pkg.exports?.['./esm/api'];
    const file = typeof entry === 'object' ? entry.import?.default : undefined;
    return file === undefined ? undefined : pathToFileURL(join(dirname(manifest), file)).href;
  } catch {
    return undefined;
  }
}

/** Imports the TypeScript module `url` through tsx's API at `tsxApi` (see {@link findTsx}). */
export async function importWithTsx(url: string, tsxApi: string): Promise<Record<string, unknown>> {
  const api = (await import(tsxApi)) as { tsImport: (specifier: string, parent: string) => Promise<Record<string, unknown>> };
  return api.tsImport(url, url);
}

/** What to do about a TypeScript policy module that cannot be imported, after `why`. */
export function typeScriptAdvice(module: string, why: string): string {
  return (
    `policy module ${module} is TypeScript and ${why}; ` +
    'install tsx (npm install --save-dev tsx) and start the script with it (`npx tsx script.ts`), ' +
    'or compile the module to JavaScript and give the .js file, or run with workers: 1'
  );
}
