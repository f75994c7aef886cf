/**
 * The pool's worker entry (built as `dist/experiment-worker.{js,cjs}`): plays blocks of runs.
 * Each worker compiles a scenario once and keeps it for the next blocks.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { playChunk, type ChunkTask, type RunOutput } from './chunk';
import { RunPacker, type PackedRuns } from './packed-runs';
import { importPolicyFunction } from './policy-module';
import type { PolicyFunction } from '../engine/dynamics';

const loaded = new Map<string, Promise<PolicyFunction>>();

/** Imports a function policy's module (once per worker). */
function loadPolicy(name: string, module: string, exportName: string, tsx: string | undefined): Promise<PolicyFunction> {
  const key = `${module}#${exportName}`;
  let fn = loaded.get(key);
  if (fn === undefined) {
    fn = importPolicyFunction(name, module, exportName, tsx);
    loaded.set(key, fn);
  }
  return fn;
}

export default async function experimentWorker(task: ChunkTask): Promise<PackedRuns | RunOutput[]> {
  const p = task.policy;
  const ready =
    p !== undefined && p.decide === undefined && p.module !== undefined
      ? { ...task, policy: { ...p, decide: await loadPolicy(p.name, p.module, p.exportName ?? 'default', p.tsx) } }
      : task;
  // Packed as they are played: a block's results kept as objects outlive the young generation.
  const packer = new RunPacker(task.count);
  playChunk(ready, (run) => packer.add(run));
  return packer.result();
}
