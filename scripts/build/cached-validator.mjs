/**
 * Loads dist/scenario-validator.cjs (5.5 MB of Ajv standalone code) with V8's code cache, which
 * the build writes next to it (scripts/build/write-validator-cache.mjs) after validating the
 * bundled scenarios once: a process that validates a scenario then skips compiling the
 * validator's functions, about 0.25 s of CPU of every `frontier-sim` command that reads a
 * scenario. V8 checks the cache against its own version, its flags and the source, and rejects
 * one that does not match (another Node, a rebuilt validator); the code then compiles as it
 * would without a cache. Without the cache file, the same.
 *
 * The tsup plugin in tsup.config.ts bundles this module into every build that validates; the
 * cache writer imports it too, so both wrap the source the same way (the cache is for that text).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** The cache's file name, next to the validator. */
export const CACHE_SUFFIX = '.v8-cache';

/**
 * Compiles and runs a CommonJS file with the given cached data and returns its `module.exports`
 * and the compiled script (whose `createCachedData()` the writer saves).
 */
export function runCommonJs(file, cachedData) {
  const source = '(function (exports, require, module, __filename, __dirname) {' + readFileSync(file, 'utf8') + '\n})';
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}

/** The validator at `file`, compiled with its cache when there is one that V8 accepts. */
export function loadValidator(file) {
  let cachedData;
  try {
    cachedData = readFileSync(file + CACHE_SUFFIX);
  } catch {
    cachedData = undefined;
  }
  return runCommonJs(file, cachedData).exports.validate;
}
