/**
 * The pool's worker entry (built as `dist/experiment-worker.{js,cjs}`): plays blocks of runs.
 * Each worker compiles a scenario once and keeps it for the next blocks, which may then come
 * without it (worker-protocol.ts).
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { isCompiled, playChunk, type ChunkTask } from './chunk';
import { RunPacker } from './packed-runs';
import { importPolicyFunction } from './policy-module';
import type { WorkerReply, WorkerTask } from './worker-protocol';
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

export default async function experimentWorker(sent: WorkerTask): Promise<WorkerReply> {
  const p = sent.policy;
  const decide =
    p !== undefined && p.decide === undefined && p.module !== undefined ? await loadPolicy(p.name, p.module, p.exportName ?? 'default', p.tsx) : undefined;
  // Checked after the last await, so that no other block compiles a scenario in between.
  if (sent.scenario === undefined && (sent.design !== undefined || !isCompiled(sent.key))) return { scenarioWanted: sent.key };
  // Without its scenario, the block's key is compiled (checked above): the text is never read.
  const task: ChunkTask = { ...sent, scenario: sent.scenario ?? '', ...(decide !== undefined && p !== undefined ? { policy: { ...p, decide } } : {}) };
  // Packed as they are played: a block's results kept as objects outlive the young generation.
  const packer = new RunPacker(task.count);
  playChunk(task, (run) => packer.add(run));
  return packer.result();
}
