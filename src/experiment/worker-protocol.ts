/**
 * What crosses between the main thread and a pool thread for a block of runs.
 *
 * A block names its scenario by key (its hash), and each thread keeps the scenarios it has
 * compiled (chunk.ts). So the scenario's JSON text (87 KB for the default scenario) need not be
 * copied into every block's message: the main thread leaves it out once the pool's threads have
 * been sent it, and a thread that does not hold the key after all (a new thread, or one that
 * has since compiled 16 other scenarios) answers {@link ScenarioWanted}; the block is then sent
 * again with the text. Blocks with an input design (uncertainty) always carry the text: each
 * point's scenario is made from it.
 *
 * Imports nothing at run time: the worker bundle loads it.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import type { ChunkTask, RunOutput } from './chunk';
import type { PackedRuns } from './packed-runs';

/** A block of runs as sent to a thread: the scenario as JSON text, or left out. */
export type WorkerTask = Omit<ChunkTask, 'scenario'> & { scenario?: string };

/** A thread's answer to a block without its scenario, when it does not hold the block's key. */
export interface ScenarioWanted {
  readonly scenarioWanted: string;
}

/** What a thread gives back for a block. */
export type WorkerReply = PackedRuns | RunOutput[] | ScenarioWanted;

/** Whether a reply asks for the block again with its scenario. */
export function isScenarioWanted(reply: WorkerReply): reply is ScenarioWanted {
  return !Array.isArray(reply) && 'scenarioWanted' in reply;
}
