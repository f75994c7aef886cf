/**
 * Reading a report's input from a file: a runs file (`mc --out runs.ndjson`, NDJSON: a manifest
 * line, then one line per run) or the JSON that `mc`, `compare` or `sweep` write with
 * `--format json`.
 *
 * @module
 */
import { closeSync, readSync } from 'node:fs';
import { mergeRunsFiles } from '../experiment/merge';
import { RUNS_FORMAT, type Manifest } from '../experiment/manifest';
import { describePolicy, type Policy } from '../experiment/policy';
import { HEADER_KEYS, inspectRunsFile, readRunsHeader, RunsReader } from '../experiment/stream';
import type { RunOutput } from '../experiment/chunk';
import { ScenarioError } from '../scenario/errors';
import { scenarioHash } from '../scenario/hash';
import { parseScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { InputFileProblem, openRegularFile, readRegularText } from '../scenario/read-file';
import { ReportError, toBundle, type ReportBundle } from './report';

/** Largest result JSON read (bytes); a runs file is read as a stream, a line at a time. */
export const MAX_RESULT_BYTES = 256 * 1024 * 1024;

/** What {@link readReportInput} found. */
export interface ReportFileInput {
  bundle: ReportBundle;
  /** For a runs file: every run, in run order (for per-run exports), unless `keepRuns: false`. */
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
function recorded(
  path: string,
  header: { manifest: Manifest; scenario?: unknown; policy?: { name: string; overlay: unknown } },
): { scenario?: Scenario; policies?: Policy[] } {
  if (header.scenario === undefined) return {};
  let scenario: Scenario;
  try {
    scenario = parseScenario(header.scenario as object, { source: `${path} (the scenario in its first line)` });
  } catch (e) {
    if (e instanceof ScenarioError)
      throw new ReportError(`${path}: the scenario recorded in its first line is not valid (${e.issues[0]?.message ?? e.message})`);
    throw e;
  }
  if (scenarioHash(scenario) !== header.manifest.scenario.hash)
    throw new ReportError(
      `${path}: the scenario recorded in its first line does not have the manifest's hash ${header.manifest.scenario.hash}: the file is damaged`,
    );
  const policies: Policy[] = [];
  const p = header.policy;
  if (p !== undefined) {
    const policy = { name: String(p.name), overlay: p.overlay as object };
    if (describePolicy(policy).overlayHash !== header.manifest.policy.overlayHash)
      throw new ReportError(`${path}: the policy overlay recorded in its first line does not have the manifest's overlay hash: the file is damaged`);
    policies.push(policy);
  }
  return { scenario, policies };
}

/** Options of {@link readReportInput}. */
export interface ReadReportInputOptions {
  /** Keep a runs file's runs as objects (for per-run exports; default true). */
  keepRuns?: boolean;
}

/** The first `n` bytes of a regular file, as text. @throws InputFileProblem */
function readHead(path: string, n: number): string {
  const { fd } = openRegularFile(path);
  try {
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether a file's head is a runs file's: a first line that is a runs manifest (with, beside it,
 * at most the scenario and policy it records). A first line longer than the head (a large
 * recorded scenario) is judged by its opening, as runs files write it; inspectRunsFile then
 * checks the whole line.
 */
function isRunsFile(head: string): boolean {
  const nl = head.indexOf('\n');
  if (nl < 0) return head.startsWith(`{"manifest":{"format":"${RUNS_FORMAT}"`);
  if (!head.startsWith('{')) return false;
  try {
    const first = JSON.parse(head.slice(0, nl)) as unknown;
    const keys = typeof first === 'object' && first !== null ? Object.keys(first) : [];
    return keys.every((k) => HEADER_KEYS.has(k)) && (first as { manifest?: { format?: unknown } }).manifest?.format === RUNS_FORMAT;
  } catch {
    return false;
  }
}

/**
 * Reads a report's input: only a regular file; a runs file as a stream (each line bounded and
 * checked: its sum, run number and seed), a result JSON of at most {@link MAX_RESULT_BYTES}.
 * A runs file is summarised exactly as `mc` and `merge` summarise it (the same code), so the
 * report shows the numbers the Monte Carlo printed.
 *
 * @throws ReportError (or RunsFileError) naming the file and what is wrong.
 */
export function readReportInput(path: string, options: ReadReportInputOptions = {}): ReportFileInput {
  try {
    if (isRunsFile(readHead(path, 65536))) {
      const info = inspectRunsFile(path);
      if (info.runs === 0) throw new ReportError(`${path}: the runs file holds no runs yet`);
      if (info.manifest.shard)
        throw new ReportError(`${path} is one shard (${info.manifest.shard.index}/${info.manifest.shard.count}); merge the shards first (frontier-sim merge)`);
      const monteCarlo = mergeRunsFiles([path]);
      const keep = options.keepRuns !== false;
      const reader = new RunsReader(path, info.validBytes);
      const runs: RunOutput[] = [];
      const totals: Readonly<Record<string, number>>[] = [];
      try {
        // The totals feed the report's histograms; whole runs (with their series) only an export.
        for (let r = reader.next(); r !== undefined; r = reader.next()) {
          totals.push(r.totals);
          if (keep) runs.push(r);
        }
      } finally {
        reader.close();
      }
      const { scenario, policies } = recorded(path, readRunsHeader(path));
      const runTotals = [{ policy: info.manifest.policy.name, totals }];
      return {
        bundle: { monteCarlo, runTotals },
        ...(keep ? { runs } : {}),
        ...(scenario ? { scenario } : { recordsNoScenario: true }),
        ...(policies ? { policies } : {}),
      };
    }
    const text = readRegularText(path, MAX_RESULT_BYTES);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new ReportError(`${path}: neither a runs file (NDJSON with a manifest line) nor JSON (${(e as Error).message})`);
    }
    return { bundle: toBundle(value as ReportBundle) };
  } catch (e) {
    if (e instanceof InputFileProblem) throw new ReportError(`${path}: ${e.message}`);
    if (e instanceof ReportError) {
      if (!e.message.startsWith(path)) throw new ReportError(`${path}: ${e.message}`);
    }
    throw e;
  }
}
