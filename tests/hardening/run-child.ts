/**
 * Child process of the hardening tests (see `runInChild` in helpers.ts): reads a scenario as
 * JSON on stdin, loads it with parseScenario and runs `argv[2]` turns of seed 1, and prints one
 * JSON report on stdout. Run with `node --import tsx`, so the TypeScript source is what runs.
 */
import { readFileSync } from 'node:fs';
import { parseScenario, ScenarioError, simulate } from '../../src/index';
import { nonFinitePaths } from './finite';

const turns = Number(process.argv[2] ?? '1');
const input = JSON.parse(readFileSync(0, 'utf8')) as object;
let report: unknown;
try {
  const scenario = parseScenario(input);
  const started = performance.now();
  const result = simulate(scenario, { seed: 1, turns, log: false });
  const ms = performance.now() - started;
  report = {
    kind: 'ran',
    ms,
    turns: result.turns.length,
    nonFinite: nonFinitePaths({ totals: result.totals, turns: result.turns, finalState: result.finalState }).slice(0, 20),
    totals: result.totals,
  };
} catch (e) {
  report =
    e instanceof ScenarioError
      ? { kind: 'scenario-error', issues: e.issues.map((i) => ({ pointer: i.pointer, message: i.message })) }
      : { kind: 'other-error', name: e instanceof Error ? e.name : typeof e, message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
}
process.stdout.write(JSON.stringify(report) + '\n');
