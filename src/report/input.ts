/**
 * Reading a report's input from a file: a runs file (`mc --out runs.ndjson`, NDJSON: a manifest
 * line, then one line per run) or the JSON that `mc`, `compare` or `sweep` write with
 * `--format json`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { mergeRunsFiles } from '../experiment/merge';
import { RUNS_FORMAT, type Manifest } from '../experiment/manifest';
import { describePolicy, type Policy } from '../experiment/policy';
import { inspectRunsFile, readRunsHeader, RunsReader } from '../experiment/stream';
import type { RunOutput } from '../experiment/chunk';
import { ScenarioError } from '../scenario/errors';
import { scenarioHash } from '../scenario/hash';
import { parseScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { ReportError, toBundle, type ReportBundle } from './report';

/** What {@link readReportInput} found. */
export interface ReportFileInput {
  bundle: ReportBundle;
  /** For a runs file: every run, in run order (for per-run exports). */
  runs?: RunOutput[];
  /** For a runs file that records it: the experiment's scenario (its hash checked against the manifest). */
  scenario?: Scenario;
  /** For a runs file that records it: the policy overlay it played (its hash checked). */
  policies?: Policy[];
  /** For a runs file written before the scenario was recorded: true. */
  recordsNoScenario?: boolean;
}

/**
 * The scenario and policy a runs file's first line records, checked: the scenario must be valid
 * and have the manifest's hash, the overlay the manifest's overlay hash.
 */
function recorded(path: string, header: { manifest: Manifest; scenario?: unknown; policy?: { name: string; overlay: unknown } }): { scenario?: Scenario; policies?: Policy[] } {
  if (header.scenario === undefined) return {};
  let scenario: Scenario;
  try {
    scenario = parseScenario(header.scenario as object, { source: `${path} (the scenario in its first line)` });
  } catch (e) {
    if (e instanceof ScenarioError) throw new ReportError(`${path}: the scenario recorded in its first line is not valid (${e.issues[0]?.message ?? e.message})`);
    throw e;
  }
  if (scenarioHash(scenario) !== header.manifest.scenario.hash) throw new ReportError(`${path}: the scenario recorded in its first line does not have the manifest's hash ${header.manifest.scenario.hash}: the file is damaged`);
  const policies: Policy[] = [];
  const p = header.policy;
  if (p !== undefined) {
    const policy = { name: String(p.name), overlay: p.overlay as object };
    if (describePolicy(policy).overlayHash !== header.manifest.policy.overlayHash) throw new ReportError(`${path}: the policy overlay recorded in its first line does not have the manifest's overlay hash: the file is damaged`);
    policies.push(policy);
  }
  return { scenario, policies };
}

/**
 * Reads a report's input. A runs file is summarised exactly as `mc` and `merge` summarise it
 * (the same code), so the report shows the numbers the Monte Carlo printed.
 *
 * @throws ReportError (or RunsFileError) naming the file and what is wrong.
 */
export function readReportInput(path: string): ReportFileInput {
  let head: string;
  try {
    const text = readFileSync(path, 'utf8');
    head = text.slice(0, 4096).trimStart();
    if (head.startsWith('{"manifest"') || head.startsWith('{ "manifest"')) {
      const nl = text.indexOf('\n');
      const first = JSON.parse(nl >= 0 ? text.slice(0, nl) : text) as { manifest?: { format?: string } };
      if (first.manifest?.format === RUNS_FORMAT) {
        const info = inspectRunsFile(path);
        if (info.runs === 0) throw new ReportError(`${path}: the runs file holds no runs yet`);
        const monteCarlo = info.manifest.shard ? undefined : mergeRunsFiles([path]);
        if (!monteCarlo) throw new ReportError(`${path} is one shard (${info.manifest.shard?.index}/${info.manifest.shard?.count}); merge the shards first (frontier-sim merge)`);
        const reader = new RunsReader(path, info.validBytes);
        const runs: RunOutput[] = [];
        try {
          for (let r = reader.next(); r !== undefined; r = reader.next()) runs.push(r);
        } finally {
          reader.close();
        }
        const header = readRunsHeader(path);
        const { scenario, policies } = recorded(path, header);
        const runTotals = [{ policy: info.manifest.policy.name, totals: runs.map((r) => r.totals) }];
        return { bundle: { monteCarlo, runTotals }, runs, ...(scenario ? { scenario } : { recordsNoScenario: true }), ...(policies ? { policies } : {}) };
      }
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new ReportError(`${path}: neither a runs file (NDJSON with a manifest line) nor JSON (${(e as Error).message})`);
    }
    return { bundle: toBundle(value as ReportBundle) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new ReportError(`${path}: file not found`);
    if (code === 'EISDIR') throw new ReportError(`${path}: is a directory`);
    if (e instanceof ReportError) {
      if (!e.message.startsWith(path)) throw new ReportError(`${path}: ${e.message}`);
    }
    throw e;
  }
}
