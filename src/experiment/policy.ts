/**
 * Policies as experiments see them. For now a policy is a named overlay on the scenario (what
 * the `--policy overlay.json` flag reads); the type is a union, tagged by `kind`, so that
 * TypeScript-function policies (`(view, ctx) => Order[]`) can join it without changing the
 * overlay form. An object without `kind` is an overlay policy.
 *
 * @module
 */
import { applyOverlay, parseScenario } from '../scenario';
import { canonicalJson, fingerprint } from '../scenario/hash';
import type { Scenario } from '../scenario/schema';

/** A policy given as an overlay: the scenario with `overlay` deep-merged onto it (`applyOverlay` rules). */
export interface OverlayPolicy {
  kind?: 'overlay';
  /** Name shown in tables and recorded in manifests. */
  name: string;
  /** The changes; absent or `{}` means the scenario as it is (status quo). */
  overlay?: object;
}

/** Any policy an experiment accepts (a union, so that function policies can be added). */
export type Policy = OverlayPolicy;

/** The status quo: the scenario unchanged. */
export const STATUS_QUO: OverlayPolicy = { name: 'status-quo' };

/** How a policy is recorded in a manifest: enough to tell two policies apart. */
export interface PolicyDescriptor {
  kind: 'overlay';
  name: string;
  /** Fingerprint of the overlay's canonical JSON ('' for no overlay). */
  overlayHash: string;
}

/** The manifest record of a policy. */
export function describePolicy(policy: Policy | undefined): PolicyDescriptor {
  const p = policy ?? STATUS_QUO;
  checkPolicy(p);
  const hasOverlay = p.overlay !== undefined && Object.keys(p.overlay).length > 0;
  return { kind: 'overlay', name: p.name, overlayHash: hasOverlay ? fingerprint(canonicalJson(p.overlay)) : '' };
}

function checkPolicy(p: Policy): void {
  if (typeof p !== 'object' || p === null) throw new TypeError('a policy must be an object { name, overlay? }');
  if (p.kind !== undefined && p.kind !== 'overlay') throw new TypeError(`unknown policy kind ${JSON.stringify(p.kind)}`);
  if (typeof p.name !== 'string' || p.name === '') throw new TypeError('a policy needs a non-empty name');
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
  if (p.overlay === undefined || Object.keys(p.overlay).length === 0) return scenario;
  const merged = applyOverlay(scenario, p.overlay, { source: `policy ${p.name}` });
  return parseScenario(merged, { source: `${scenario.metadata.name} + policy ${p.name}` });
}
