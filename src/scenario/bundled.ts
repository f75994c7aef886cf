/**
 * The scenarios and policies that ship in the package, reachable by name from any working
 * directory: `loadScenario('tajik-afghan-2021')`, `loadPolicy('technical-assistance')`, or by a
 * package path, `loadScenario('frontier-sim/scenarios/tajik-afghan-2021.json')`.
 *
 * The package's root is found from this module's own file (in `src/scenario/` under the
 * repository, in `dist/` once built): the nearest directory above it whose `package.json` is
 * frontier-sim's.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's name, as a package path begins (`frontier-sim/scenarios/...`). */
const PACKAGE = 'frontier-sim';

/** A bundled name: an id, with neither a directory nor an extension. */
const NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** The file of the module this code was bundled into (CJS: `__filename`; ESM: `import.meta.url`). */
function moduleFile(): string {
  if (typeof __filename === 'string' && __filename !== '') return __filename;
  return fileURLToPath(import.meta.url);
}

let root: string | null | undefined;

/** The package's root directory, or null when this code runs outside the package (bundled into an app). */
export function packageRoot(): string | null {
  if (root !== undefined) return root;
  root = null;
  for (let dir = nodePath.dirname(moduleFile()); ; dir = nodePath.dirname(dir)) {
    const pkg = nodePath.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === PACKAGE) root = dir;
      } catch {
        // an unreadable package.json is not ours
      }
      if (root !== null) return root;
    }
    if (nodePath.dirname(dir) === dir) return root;
  }
}

/** What can be named: the scenarios of `scenarios/`, the policies of `scenarios/policies/`. */
export type BundledKind = 'scenario' | 'policy';

function directory(kind: BundledKind): string | null {
  const r = packageRoot();
  if (r === null) return null;
  return kind === 'scenario' ? nodePath.join(r, 'scenarios') : nodePath.join(r, 'scenarios', 'policies');
}

/**
 * The names of the bundled scenarios (or policies), sorted: each is a file name without `.json`.
 *
 * @example
 * bundledNames('scenario'); // ['afghan-northern-frontier-2021', 'tajik-afghan-2005', ...]
 */
export function bundledNames(kind: BundledKind): string[] {
  const dir = directory(kind);
  if (dir === null || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * The file a name or path stands for: a bundled name (`tajik-afghan-2021`) is the bundled file
 * of that name, a package path (`frontier-sim/scenarios/x.json`) the file in the package, and
 * anything else the path itself. `bundled` says whether the path is the package's.
 */
export function resolveBundled(nameOrPath: string, kind: BundledKind): { path: string; bundled: boolean } {
  const dir = directory(kind);
  const r = packageRoot();
  if (NAME.test(nameOrPath) && dir !== null && !existsSync(nameOrPath)) {
    return { path: nodePath.join(dir, `${nameOrPath}.json`), bundled: true };
  }
  const prefix = `${PACKAGE}/`;
  if (nameOrPath.startsWith(prefix) && r !== null && !existsSync(nameOrPath)) {
    let rest = nameOrPath.slice(prefix.length);
    // The `exports` alias: frontier-sim/policies/x.json is scenarios/policies/x.json.
    if (rest.startsWith('policies/')) rest = `scenarios/${rest}`;
    return { path: nodePath.join(r, ...rest.split('/')), bundled: true };
  }
  return { path: nameOrPath, bundled: false };
}

/**
 * Why a file was not found, for a person: the absolute path tried, the working directory, and
 * the names that can be loaded instead.
 */
export function notFoundHint(path: string, kind: BundledKind): string {
  const names = bundledNames(kind);
  const load = kind === 'scenario' ? 'loadScenario' : 'loadPolicy';
  const offer =
    names.length > 0 ? `; bundled ${kind === 'scenario' ? 'scenarios' : 'policies'} load by name (${load}('${names[0]}')): ${names.join(', ')}` : '';
  return `tried ${nodePath.resolve(path)} (working directory ${process.cwd()})${offer}`;
}
