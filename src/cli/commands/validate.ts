/**
 * `frontier-sim validate FILE...`: checks scenario files against the schema and their references.
 *
 * @module
 */
import { loadScenario, ScenarioError } from '../../scenario';
import { parseCommandArgs } from '../args';
import { UsageError } from '../usage-error';
import type { CommandIO } from '../io';

export const validateHelp = `Usage: frontier-sim validate FILE...

Checks each scenario file: JSON syntax, the schema, references between ids, and sanity
(finite numbers, probabilities in [0, 1], ranges with min <= max). Prints every problem as
  file:line:column pointer: message
and exits 2 if any file has one, 0 if all are valid.
`;

/** Runs `validate`; returns the exit code. */
export function validateCommand(argv: string[], io: CommandIO): number {
  const { values, positionals } = parseCommandArgs(argv, {});
  if (values.help) {
    io.out(validateHelp);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('validate needs at least one scenario file');
  let failed = 0;
  for (const file of positionals) {
    try {
      const s = loadScenario(file);
      io.out(`${file}: valid (${s.sectors.length} sectors, ${s.forces.length} forces, ${s.actors.length} actors)\n`);
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      failed++;
      io.err(e.format() + '\n');
    }
  }
  return failed > 0 ? 2 : 0;
}
