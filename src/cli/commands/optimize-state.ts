/**
 * The resumable state file of `frontier-sim optimize --state FILE`: the optimisation's manifest
 * and every evaluation made so far (per-run objective values by candidate, sample and
 * adversary). The optimiser is deterministic given its evaluations, so a run resumed from the
 * file replays the same decisions, reads back what was played and plays only the rest: the
 * result is the same as without interruption.
 *
 * The file is rewritten whole and atomically (`writeFileAtomic`): at most every
 * {@link SAVE_INTERVAL_MS}, and once more when the command ends or is interrupted.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import type { EvaluationStore } from '../../experiment/optimization';
import type { OptimizationManifest } from '../../experiment/optimization';
import { canonicalJson } from '../../scenario/hash';
import { writeFileAtomic } from '../atomic-write';
import { UsageError } from '../usage-error';

/** The state file's format name. */
export const STATE_FORMAT = 'frontier-sim-optimize-state';
/** Its version. */
export const STATE_VERSION = 1;
/** Least time between two saves (ms). */
export const SAVE_INTERVAL_MS = 2000;

interface StateDocument {
  format: typeof STATE_FORMAT;
  version: number;
  manifest: OptimizationManifest;
  evaluations: Record<string, number[]>;
}

/** The first top-level field where two manifests differ, for the message. */
function firstDifference(a: OptimizationManifest, b: OptimizationManifest): string | undefined {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const k of keys) {
    if (canonicalJson((a as unknown as Record<string, unknown>)[k] ?? null) !== canonicalJson((b as unknown as Record<string, unknown>)[k] ?? null)) return k;
  }
  return undefined;
}

/** An {@link EvaluationStore} kept in a state file. */
export class StateFile implements EvaluationStore {
  private readonly evaluations = new Map<string, number[]>();
  private dirty = false;
  private lastSave = 0;

  private restoredCount = 0;

  private constructor(
    readonly path: string,
    private readonly manifest: OptimizationManifest,
  ) {}

  /** Evaluations read back from an existing file. */
  get restored(): number {
    return this.restoredCount;
  }

  /**
   * Opens the state file: starts it, or with `resume` reads it back after checking that it was
   * started with the same settings.
   *
   * @throws UsageError when the file exists without `resume`, is not a state file, or was
   *   started with other settings.
   */
  static open(path: string, manifest: OptimizationManifest, resume: boolean): StateFile {
    if (!existsSync(path)) return new StateFile(path, manifest);
    if (!resume) throw new UsageError(`${path} exists; add --resume to continue it, or remove it first`);
    let doc: StateDocument;
    try {
      doc = JSON.parse(readFileSync(path, 'utf8')) as StateDocument;
    } catch (e) {
      throw new UsageError(`cannot resume ${path}: not a state file of 'optimize' (${(e as Error).message})`);
    }
    if (typeof doc !== 'object' || doc === null || doc.format !== STATE_FORMAT || typeof doc.evaluations !== 'object' || doc.evaluations === null) {
      throw new UsageError(`cannot resume ${path}: not a state file of 'optimize'`);
    }
    if (doc.version !== STATE_VERSION)
      throw new UsageError(`cannot resume ${path}: state format version ${String(doc.version)}, this frontier-sim writes ${STATE_VERSION}`);
    const diff = firstDifference(doc.manifest, manifest);
    if (diff !== undefined) throw new UsageError(`cannot resume ${path}: it was started with different settings (${diff})`);
    const file = new StateFile(path, manifest);
    let n = 0;
    for (const [key, values] of Object.entries(doc.evaluations)) {
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'number' && Number.isFinite(v)))
        throw new UsageError(`cannot resume ${path}: evaluation ${key} is not a list of numbers`);
      file.evaluations.set(key, values);
      n++;
    }
    file.restoredCount = n;
    return file;
  }

  get(key: string): number[] | undefined {
    return this.evaluations.get(key);
  }

  set(key: string, values: Float64Array): void {
    this.evaluations.set(key, Array.from(values));
    this.dirty = true;
    const now = Date.now();
    if (now - this.lastSave >= SAVE_INTERVAL_MS) this.save(now);
  }

  /** Writes the file if anything changed since the last save. */
  flush(): void {
    if (this.dirty) this.save(Date.now());
  }

  private save(now: number): void {
    const doc: StateDocument = { format: STATE_FORMAT, version: STATE_VERSION, manifest: this.manifest, evaluations: Object.fromEntries(this.evaluations) };
    writeFileAtomic(this.path, JSON.stringify(doc) + '\n');
    this.dirty = false;
    this.lastSave = now;
  }
}
