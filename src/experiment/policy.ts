/**
 * Policies as experiments see them: a union tagged by `kind`.
 * - `{ kind?: 'overlay', name, overlay? }`: a named overlay on the scenario (what the
 *   `--policy overlay.json` flag reads; the overlay may carry a declarative `policy` with rules,
 *   docs/policies.md). An object without `kind` is an overlay policy.
 * - `{ kind: 'function', name, decide, module?, exportName? }`: a TypeScript function
 *   `(view, ctx) => Order[]` called every turn. It runs in the calling thread; with
 *   `workers > 1`, worker threads import it from `module` (a path or file URL) by `exportName`
 *   (default: `default`), which must give the same function.
 *
 * @module
 */
import { applyOverlay, parseScenario } from '../scenario';
import { canonicalJson, fingerprint } from '../scenario/hash';
import type { Scenario } from '../scenario/schema';
import type { PolicyFunction } from '../engine/dynamics';
import { ExperimentError } from './errors';

/** A policy given as an overlay: the scenario with `overlay` deep-merged onto it (`applyOverlay` rules). */
export interface OverlayPolicy {
  kind?: 'overlay';
  /** Name shown in tables and recorded in manifests. */
  name: string;
  /** The changes; absent or `{}` means the scenario as it is (status quo). */
  overlay?: object;
}

/** A policy given as a TypeScript function, called at the start of every turn (docs/policies.md). */
export interface FunctionPolicy {
  kind: 'function';
  /** Name shown in tables and recorded in manifests. */
  name: string;
  decide: PolicyFunction;
  /**
   * For `workers > 1`: the module worker threads import the function from (an absolute path or a
   * file URL; relative paths resolve from the working directory).
   */
  module?: string;
  /** The module's export holding the function (default `default`). */
  exportName?: string;
}

/** Any policy an experiment accepts. */
export type Policy = OverlayPolicy | FunctionPolicy;

/** The status quo: the scenario unchanged. */
export const STATUS_QUO: OverlayPolicy = { name: 'status-quo' };

/** How a policy is recorded in a manifest: enough to tell two policies apart. */
export interface PolicyDescriptor {
  kind: 'overlay' | 'function';
  name: string;
  /** Fingerprint of the overlay's canonical JSON ('' for no overlay and for a function). */
  overlayHash: string;
}

/** The manifest record of a policy. */
export function describePolicy(policy: Policy | undefined): PolicyDescriptor {
  const p = policy ?? STATUS_QUO;
  checkPolicy(p);
  if (p.kind === 'function') return { kind: 'function', name: p.name, overlayHash: '' };
  const hasOverlay = p.overlay !== undefined && Object.keys(p.overlay).length > 0;
  return { kind: 'overlay', name: p.name, overlayHash: hasOverlay ? fingerprint(canonicalJson(p.overlay)) : '' };
}

function checkPolicy(p: Policy): void {
  if (typeof p !== 'object' || p === null) throw new TypeError('a policy must be an object { name, overlay? } or { kind: "function", name, decide }');
  if (p.kind !== undefined && p.kind !== 'overlay' && p.kind !== 'function') throw new TypeError(`unknown policy kind ${JSON.stringify((p as { kind: unknown }).kind)}`);
  if (typeof p.name !== 'string' || p.name === '') throw new TypeError('a policy needs a non-empty name');
  if (p.kind === 'function') {
    if (typeof p.decide !== 'function') throw new TypeError(`policy ${JSON.stringify(p.name)}: decide must be a function (view, ctx) => Order[]`);
    return;
  }
  if (p.overlay !== undefined && (typeof p.overlay !== 'object' || p.overlay === null || Array.isArray(p.overlay))) {
    throw new TypeError(`policy ${JSON.stringify(p.name)}: overlay must be an object`);
  }
}

/**
 * The scenario a policy plays: the overlay applied and the result validated again.
 *
 * @throws ScenarioError when the overlay breaks the scenario (the messages name the policy).
 */
export function applyPolicy(scenario: Scenario, policy: Policy | undefined): Scenario {
  const p = policy ?? STATUS_QUO;
  checkPolicy(p);
  if (p.kind === 'function') return scenario;
  if (p.overlay === undefined || Object.keys(p.overlay).length === 0) return scenario;
  const merged = applyOverlay(scenario, p.overlay, { source: `policy ${p.name}`, baseSource: `${scenario.metadata.name} + policy ${p.name}` });
  return parseScenario(merged, { source: `${scenario.metadata.name} + policy ${p.name}` });
}

/** What a block of runs needs to call a function policy (the function itself stays in this thread). */
export interface ChunkPolicy {
  name: string;
  decide?: PolicyFunction;
  module?: string;
  exportName?: string;
  /** For a TypeScript module: the URL of tsx's ESM API threads import it through (worker-loader.ts). */
  tsx?: string;
}

/**
 * The function part of a policy for the runs of an experiment, or undefined for an overlay.
 *
 * @throws ExperimentError for a function policy with `workers > 1` and no `module`.
 */
export function chunkPolicy(policy: Policy | undefined, workers: number): ChunkPolicy | undefined {
  if (policy === undefined || policy.kind !== 'function') return undefined;
  if (workers > 1 && policy.module === undefined) {
    throw new ExperimentError(
      `policy "${policy.name}" is a function: it runs in-process (workers: 1), or give module and exportName ` +
        `(the file that exports it) so that worker threads can import it`,
    );
  }
  const out: ChunkPolicy = { name: policy.name, decide: policy.decide };
  if (policy.module !== undefined) out.module = policy.module;
  if (policy.exportName !== undefined) out.exportName = policy.exportName;
  return out;
}
