/**
 * `frontier-sim validate FILE...`: checks scenario files against the schema and their references.
 * Policy overlays (`{ "name", "overlay" }`, as `--policy` reads them) are checked applied to each
 * scenario named on the same command line; the scenario JSON Schema itself is recognised and skipped,
 * so that `frontier-sim validate scenarios/*.json scenarios/policies/*.json` checks the whole library.
 *
 * @module
 */
import { applyOverlay, parseScenario, ScenarioError, SCHEMA_ID } from '../../scenario';
import { readJsonDocument, scenarioFromDocument, type JsonDocument } from '../../scenario/load';
import { checkPolicyAlone, isPolicyWrapper, policyFromDocument } from '../../scenario/policy-file';
import type { Scenario } from '../../scenario/schema';
import { scenarioWarnings } from '../../engine/warnings';
import { parseCommandArgs } from '../args';
import { UsageError } from '../usage-error';
import type { CommandIO } from '../io';

export const validateHelp = `Usage: frontier-sim validate [--strict] FILE...

Checks each scenario file: JSON syntax, the schema, references between ids, and sanity
(finite numbers, probabilities in [0, 1], ranges with min <= max). Prints every problem as
  file:line:column pointer: message
and exits 2 if any file has one, 0 if all are valid.

It also warns, on stderr, about parts of a valid scenario that can never act (an actor present
in no sector or that never tries, a unit without personnel, a patrol outside every sector, a
quick-reaction force out of reach, an event or drill that can never fire, an undeclared terrain):
  file pointer: warning: message
With --strict a warning fails the file too (exit 2).

A policy overlay ({ "name": .., "overlay": {..} }, what --policy reads) is checked on its own
(every field one a scenario has, of the right type and in range), then applied to each
scenario file named on the same command line (ids, references and the whole scenario). The scenario JSON Schema
(scenario.schema.json) is recognised and skipped.

Options:
  --allow-extends-outside  let "extends" name a file outside the directory of the file that
                           names it (by default a base must be in that directory or below)
  -h, --help               this text
`;

type Kind =
  | { kind: 'schema' }
  | { kind: 'overlay'; document: JsonDocument }
  | { kind: 'scenario'; document: JsonDocument }
  | { kind: 'unreadable'; error: ScenarioError };

/** What a file is, from its JSON, read once (bounded, with positions) and kept for the check. */
function classify(file: string): Kind {
  let document: JsonDocument;
  try {
    document = readJsonDocument(file);
  } catch (e) {
    if (e instanceof ScenarioError) return { kind: 'unreadable', error: e };
    throw e;
  }
  const value = document.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'scenario', document };
  const o = value as Record<string, unknown>;
  if (o.$id === SCHEMA_ID) return { kind: 'schema' };
  if (isPolicyWrapper(o) && !('sectors' in o) && !('metadata' in o)) return { kind: 'overlay', document };
  return { kind: 'scenario', document };
}

/** Runs `validate`; returns the exit code. */
export function validateCommand(argv: string[], io: CommandIO): number {
  const { values, positionals } = parseCommandArgs(argv, { strict: { type: 'boolean' }, 'allow-extends-outside': { type: 'boolean' } });
  if (values.help) {
    io.out(validateHelp);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('validate needs at least one scenario file');
  let failed = 0;
  const kinds = positionals.map((file) => ({ file, ...classify(file) }));
  const scenarios: { file: string; scenario: Scenario }[] = [];
  const allowExtendsOutside = values['allow-extends-outside'] === true;
  for (const k of kinds) {
    if (k.kind === 'schema') {
      io.out(`${k.file}: skipped (the scenario JSON Schema)\n`);
      continue;
    }
    if (k.kind === 'unreadable') {
      failed++;
      io.err(k.error.format() + '\n');
      continue;
    }
    if (k.kind !== 'scenario') continue;
    try {
      const s = scenarioFromDocument(k.document, { allowExtendsOutside });
      scenarios.push({ file: k.file, scenario: s });
      const warnings = scenarioWarnings(s);
      for (const w of warnings) io.err(`${k.file} ${w.pointer}: warning: ${w.message}\n`);
      if (values.strict && warnings.length > 0) {
        failed++;
        io.err(`${k.file}: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (--strict)\n`);
        continue;
      }
      const note = warnings.length > 0 ? `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
      io.out(`${k.file}: valid (${s.sectors.length} sectors, ${s.forces.length} forces, ${s.actors.length} actors${note})\n`);
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      failed++;
      io.err(e.format() + '\n');
    }
  }
  for (const k of kinds) {
    if (k.kind !== 'overlay') continue;
    let policy;
    try {
      policy = policyFromDocument(k.document);
      checkPolicyAlone(k.document, policy);
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      failed++;
      io.err(e.format() + '\n');
      continue;
    }
    if (scenarios.length === 0) {
      io.out(
        `${k.file}: valid policy overlay ${JSON.stringify(policy.name)} (checked on its own: fields, types and ranges; name scenario files too, to check it applied to them)\n`,
      );
      continue;
    }
    let ok = 0;
    for (const { file, scenario } of scenarios) {
      try {
        parseScenario(applyOverlay(scenario, policy.overlay, { source: k.file, baseSource: `${file} + ${k.file}` }), { source: `${file} + ${k.file}` });
        ok++;
      } catch (e) {
        if (!(e instanceof ScenarioError)) throw e;
        failed++;
        io.err(e.format() + '\n');
      }
    }
    if (ok === scenarios.length) io.out(`${k.file}: valid policy overlay ${JSON.stringify(policy.name)} (applied to ${ok} scenario${ok === 1 ? '' : 's'})\n`);
  }
  return failed > 0 ? 2 : 0;
}
