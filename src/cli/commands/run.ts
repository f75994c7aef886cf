/**
 * `frontier-sim run FILE --seed N`: one seeded run, as a per-turn table or as JSON.
 *
 * @module
 */
import { simulate } from '../../engine/simulate';
import type { RunResult } from '../../engine/results';
import { loadScenario } from '../../scenario';
import { ACTOR_KINDS, LIMITS } from '../../scenario/schema';
import { choiceFlag, integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { renderTable } from '../table';
import { UsageError } from '../usage-error';

export const runHelp = `Usage: frontier-sim run FILE [--seed N] [--turns N] [--format table|json]

Runs the scenario once. The result is a pure function of the file and the seed: the same
seed gives the same output, byte for byte, on any machine.

Options:
  --seed N        the run's seed, a non-negative integer (default 1)
  --turns N       turns to play (default: the scenario's calendar)
  --format F      table (per-turn summary for people, default) or json (the whole result)
  -h, --help      this text
`;

/** Runs `run`; returns the exit code. */
export function runCommand(argv: string[], io: CommandIO): number {
  const { values, positionals } = parseCommandArgs(argv, {
    seed: { type: 'string' },
    turns: { type: 'string' },
    format: { type: 'string' },
  });
  if (values.help) {
    io.out(runHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('run needs exactly one scenario file');
  const seed = integerFlag('seed', values.seed as string | undefined, 1);
  const format = choiceFlag('format', values.format as string | undefined, ['table', 'json'] as const, 'table');
  const scenario = loadScenario(positionals[0] as string);
  const turns = integerFlag('turns', values.turns as string | undefined, scenario.calendar.turns, LIMITS.turns);
  const result = simulate(scenario, { seed, turns });
  io.out(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : runTable(result));
  return 0;
}

const KIND_LABEL: Record<string, string> = {
  'armed-group': 'armed',
  smuggling: 'smuggling',
  refugees: 'refugees',
  recruits: 'recruits',
};

/** The per-turn summary people read: flows for the whole border and attempts by actor kind. */
export function runTable(result: RunResult): string {
  const header = ['turn', 'date', 'attempts', 'detected', 'stopped', 'got away', ...ACTOR_KINDS.map((k) => KIND_LABEL[k] ?? k)];
  const rows = result.turns.map((t) => [
    t.turn + 1,
    t.date,
    t.metrics.attempts ?? 0,
    t.metrics.detected ?? 0,
    t.metrics.interdicted ?? 0,
    t.metrics.gotAway ?? 0,
    ...ACTOR_KINDS.map((k) => t.byKind[k]?.attempts ?? 0),
  ]);
  const tot = result.totals;
  rows.push(['total', '', tot.attempts ?? 0, tot.detected ?? 0, tot.interdicted ?? 0, tot.gotAway ?? 0, ...ACTOR_KINDS.map((k) => tot[`${k}.attempts`] ?? 0)]);
  return `${result.scenario}\nseed ${result.seed}, ${result.turns.length} turns, final state hash ${result.hash}\n\n` + renderTable(header, rows);
}
