/**
 * `frontier-sim replay FILE --seed N [--policy P] --out replay.html`: the after-action replay of
 * one run, a page that steps through its turns (src/report/after-action-page.ts).
 *
 * @module
 */
import { loadScenario } from '../../scenario';
import { LIMITS } from '../../scenario/schema';
import { afterAction } from '../../report/after-action';
import { renderAfterAction } from '../../report/after-action-page';
import { writeFileAtomic } from '../atomic-write';
import { integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { UsageError } from '../usage-error';
import { readPolicyFile, scenarioLoadOptions } from './mc';

export const replayHelp = `Usage: frontier-sim replay FILE --out replay.html [--seed N] [--turns N] [--policy P.json]

Writes the after-action replay of one run: a self-contained HTML page (no script, nothing
loaded from the network) that steps through the turns. For each turn: on the map of the border
(for scenarios with geometry), each sector coloured by its crossing attempts, where detections,
interdictions and clashes were and where the units stood; under it, the turn's numbers by
sector, the log's entries with their causes, and every unit's place. The numbers are those of
'frontier-sim run FILE --seed N --format json' (the page holds them as JSON too).

Options:
  --out FILE      the page (written atomically; required)
  --seed N        the run's seed, a whole number from 0 to 2^53 - 1 (default 1)
  --turns N       turns to play (default: the scenario's calendar; at most ${LIMITS.turns})
  --policy FILE   a policy overlay (as for run), applied to the scenario
  --title TEXT    page title
  --allow-extends-outside  let "extends" name a file outside the scenario's directory
  -h, --help      this text

Exit status: 0 done, 1 runtime failure, 2 bad usage or a bad scenario.
`;

/** Runs `replay`; returns the exit code. */
export async function replayCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: 'string' },
    seed: { type: 'string' },
    turns: { type: 'string' },
    policy: { type: 'string' },
    title: { type: 'string' },
    'allow-extends-outside': { type: 'boolean' },
  });
  if (values.help) {
    io.out(replayHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('replay needs exactly one scenario file');
  const out = values.out as string | undefined;
  if (out === undefined) throw new UsageError('replay needs --out FILE (the page)');
  const seed = integerFlag('seed', values.seed as string | undefined, 1);
  const policy = values.policy === undefined ? undefined : readPolicyFile(values.policy as string);
  const scenario = loadScenario(positionals[0] as string, scenarioLoadOptions(values));
  const turns = integerFlag('turns', values.turns as string | undefined, scenario.calendar.turns, LIMITS.turns, 1);
  const t0 = performance.now();
  const aa = afterAction(scenario, { seed, turns, ...(policy ? { policy } : {}) });
  const html = await renderAfterAction(aa, values.title !== undefined ? { title: values.title as string } : {});
  writeFileAtomic(out, html);
  io.err(`replay: ${out} (${aa.turns.length} turns, ${html.length.toLocaleString('en-US')} bytes, ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  return 0;
}
