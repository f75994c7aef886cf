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
/** Its version; bumped when the meaning of a line changes. */
export const RUNS_FORMAT_VERSION = 1;
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
