/**
 * The manifest of a Monte Carlo: everything its numbers depend on (engine version, scenario
 * hash, root seed, run count, turns, policy, options, shard). Written as the first line of a
 * runs file; `--resume` and `merge` refuse files whose manifests differ.
 *
 * @module
 */
import { version } from '../../package.json';
import { canonicalJson } from '../scenario/hash';
import type { PolicyDescriptor } from './policy';
import type { PrecisionTarget } from './precision';
import type { UncertaintyManifest } from './uncertainty';

/** The identifier of the runs-file format. */
export const RUNS_FORMAT = 'frontier-sim/monte-carlo-runs';
/**
 * Its version; bumped when the meaning of a line changes. 2: each run line carries a checksum
 * (`"sum"`, a chain over the file: src/experiment/stream.ts). Format 1 files are still read.
 */
export const RUNS_FORMAT_VERSION = 2;
/** The engine version recorded in manifests (package.json's version). */
export const ENGINE_VERSION: string = version;

/** A shard: runs index, index + count, index + 2·count, ... */
export interface Shard {
  /** 0-based shard number, < count. */
  index: number;
  /** Number of shards, ≥ 1. */
  count: number;
}

/** What a Monte Carlo's numbers depend on. Key order is fixed, so its JSON is stable. */
export interface Manifest {
  format: typeof RUNS_FORMAT;
  formatVersion: number;
  engine: { name: 'frontier-sim'; version: string };
  scenario: { name: string; hash: string };
  /** Root seed: run i uses deriveSeed(seed, i). */
  seed: number;
  /** Runs requested (with `until`: the first checkpoint). */
  runs: number;
  /** Turns per run. */
  turns: number;
  policy: PolicyDescriptor;
  options: {
    /** Precision targets (`--until`), or null. */
    until: PrecisionTarget[] | null;
    /** Cap on runs with precision targets, or null. */
    maxRuns: number | null;
    /** Metrics with per-turn series. */
    perTurn: string[];
  };
  /** Present only in a shard's file. */
  shard?: Shard;
  /** Present only with uncertainty 'ranges': the input points the runs play (uncertainty.ts). */
  uncertainty?: UncertaintyManifest;
}

/** Manifest without its shard: what all shards of one experiment share. */
export function withoutShard(m: Manifest): Manifest {
  const { shard: _shard, ...rest } = m;
  return rest;
}

/**
 * The first difference between two manifests, as `field: a vs b`, or undefined if they are the
 * same. Compares canonical JSON, so key order does not matter.
 */
export function manifestDifference(a: Manifest, b: Manifest): string | undefined {
  if (canonicalJson(a) === canonicalJson(b)) return undefined;
  const walk = (x: unknown, y: unknown, path: string): string | undefined => {
    if (canonicalJson(x) === canonicalJson(y)) return undefined;
    if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) {
      const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
      for (const k of keys) {
        const d = walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
        if (d) return d;
      }
    }
    const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));
    return `${path || 'manifest'}: ${show(x)} vs ${show(y)}`;
  };
  return walk(a, b, '');
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Check = (v: unknown) => string | undefined;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v) => (typeof v === 'string' ? undefined : 'expected a string');
const count =
  (min: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min ? undefined : `expected an integer >= ${min}`;
const nullOr =
  (c: Check): Check =>
  (v) =>
    v === null ? undefined : c(v);
const object =
  (fields: Record<string, Check>, optional: readonly string[] = []): Check =>
  (v) => {
    if (!isObj(v)) return 'expected an object';
    for (const [k, c] of Object.entries(fields)) {
      if (!Object.prototype.hasOwnProperty.call(v, k)) {
        if (optional.includes(k)) continue;
        return `${k}: missing`;
      }
      const p = c(v[k]);
      if (p !== undefined) return `${k}: ${p}`;
    }
    return undefined;
  };
const arrayOf =
  (c: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return 'expected an array';
    for (let i = 0; i < v.length; i++) {
      const p = c(v[i]);
      if (p !== undefined) return `${i}: ${p}`;
    }
    return undefined;
  };

const MANIFEST: Check = object(
  {
    format: str,
    formatVersion: count(1),
    engine: object({ name: str, version: str }),
    scenario: object({ name: str, hash: str }),
    seed: count(0),
    runs: count(1),
    turns: count(0),
    policy: object({ kind: (v) => (v === 'overlay' || v === 'function' ? undefined : 'expected "overlay" or "function"'), name: str, overlayHash: str }),
    options: object({
      until: nullOr(
        arrayOf(object({ metric: str, halfWidth: (v) => (typeof v === 'number' && v > 0 && Number.isFinite(v) ? undefined : 'expected a number > 0') })),
      ),
      maxRuns: nullOr(count(1)),
      perTurn: arrayOf(str),
    }),
    shard: object({ index: count(0), count: count(1) }),
  },
  ['shard'],
);

/** The first forbidden key (`__proto__`, ...) anywhere in a JSON value, as a dotted path. */
function forbiddenKey(v: unknown, path: string, depth = 0): string | undefined {
  if (depth > 32) return `${path || 'manifest'} (nested too deep)`;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const f = forbiddenKey(v[i], `${path}.${i}`, depth + 1);
      if (f !== undefined) return f;
    }
  } else if (isObj(v)) {
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) return `${path ? `${path}.` : ''}${k}`;
      const f = forbiddenKey(v[k], path ? `${path}.${k}` : k, depth + 1);
      if (f !== undefined) return f;
    }
  }
  return undefined;
}

/**
 * What is wrong with a manifest read from a file (`field: what was expected`), or undefined:
 * every field a reader uses has its type, shard index < count, and no key anywhere is
 * `__proto__`, `constructor` or `prototype`. Fields it does not know are allowed (a later
 * version may add some; they are compared like the rest).
 */
export function checkManifest(m: unknown): string | undefined {
  const key = forbiddenKey(m, '');
  if (key !== undefined) return `forbidden key ${key}`;
  const problem = MANIFEST(m);
  if (problem !== undefined) return problem;
  const shard = (m as Manifest).shard;
  if (shard !== undefined && shard.index >= shard.count) return `shard: index ${shard.index} is not below count ${shard.count}`;
  return undefined;
}
