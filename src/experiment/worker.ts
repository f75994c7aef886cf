/**
 * The pool's worker entry (built as `dist/experiment-worker.{js,cjs}`): plays blocks of runs.
 * Each worker compiles a scenario once and keeps it for the next blocks.
 *
 * @internal
 * @module
 */
import { runChunk, type ChunkTask, type RunOutput } from './chunk';

export default function experimentWorker(task: ChunkTask): RunOutput[] {
  return runChunk(task);
}
