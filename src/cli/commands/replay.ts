/**
 * `frontier-sim replay FILE --seed N [--policy P] --out replay.html`: the after-action replay of
 * one run, a page that steps through its turns (src/report/after-action-page.ts); with
 * `--game RECORD.json`, of a recorded game instead.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../scenario';
import { LIMITS } from '../../scenario/schema';
import { afterAction, afterActionOfGame } from '../../report/after-action';
import { ReportError } from '../../report/errors';
import { renderAfterAction } from '../../report/after-action-page';
import { writeFileAtomic } from '../atomic-write';
import { integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { UsageError } from '../usage-error';
import { readPolicyFile, scenarioLoadOptions } from './mc';

export const replayHelp = `Usage: frontier-sim replay FILE --out replay.html [--seed N] [--turns N] [--policy P.json]
       frontier-sim replay FILE --game RECORD.json --out replay.html

Writes the after-action replay of one run: a self-contained HTML page (no script, nothing
loaded from the network) that steps through the turns. For each turn: on the map of the border
(for scenarios with geometry), each sector coloured by its crossing attempts, where detections,
interdictions and clashes were and where the units stood; under it, the turn's numbers by
sector, the log's entries with their causes, and every unit's place. The numbers are those of
'frontier-sim run FILE --seed N --format json' (the page holds them as JSON too).

With --game, the turns are those of a recorded game ('save FILE' in 'frontier-sim play', or
game.record()) played on the scenario FILE: each turn also lists both sides' orders, and every
state hash of the record is checked. A record of another scenario (its scenario hash differs),
or one that does not reproduce, is refused and nothing is written.

Options:
  --out FILE      the page (written atomically; required)
  --game FILE     a game's replay file (then --seed, --turns and --policy are the record's)
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
    game: { type: 'string' },
    'allow-extends-outside': { type: 'boolean' },
  });
  if (values.help) {
    io.out(replayHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('replay needs exactly one scenario file');
  const out = values.out as string | undefined;
  if (out === undefined) throw new UsageError('replay needs --out FILE (the page)');
  if (values.game !== undefined) return replayGame(positionals[0] as string, out, values, io);
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

/** `--game FILE`: the page of a recorded game. */
async function replayGame(scenarioPath: string, out: string, values: Record<string, unknown>, io: CommandIO): Promise<number> {
  const path = values.game as string;
  for (const flag of ['seed', 'turns', 'policy'])
    if (values[flag] !== undefined) throw new UsageError(`--${flag} cannot go with --game: the record gives the seed, the turns and blue's policy`);
  let file: unknown;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== undefined) throw e;
    throw new UsageError(`--game ${path}: not JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const scenario = loadScenario(scenarioPath, scenarioLoadOptions(values));
  const t0 = performance.now();
  let aa;
  try {
    aa = afterActionOfGame(scenario, file);
  } catch (e) {
    if (e instanceof ReportError) throw new UsageError(`--game ${path}: ${e.message}`);
    throw e;
  }
  const html = await renderAfterAction(aa, values.title !== undefined ? { title: values.title as string } : {});
  writeFileAtomic(out, html);
  io.err(
    `replay: ${out} (a game of ${aa.turns.length} turns, ${html.length.toLocaleString('en-US')} bytes, ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
  return 0;
}
