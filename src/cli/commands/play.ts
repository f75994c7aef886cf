/**
 * `frontier-sim play SCENARIO --as blue|red [--opponent POLICY]`: a terminal wargame
 * (docs/wargaming.md, "A seminar game"), and `--replay FILE` to step through a record.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { createGame } from '../../engine/game';
import { replay } from '../../engine/replay';
import { RED_POLICIES } from '../../engine/red-policies';
import type { Side } from '../../engine/sides';
import { loadScenario } from '../../scenario';
import { LIMITS } from '../../scenario/limits';
import { applyPolicy } from '../../experiment/policy';
import { choiceFlag, integerFlag, parseCommandArgs } from '../args';
import { writeFileAtomic } from '../atomic-write';
import type { CommandIO } from '../io';
import { PlaySession, wrap } from '../play-session';
import { UsageError } from '../usage-error';
import { readPolicyFile, scenarioLoadOptions } from './mc';

export const playHelp = `Usage: frontier-sim play FILE --as blue|red [--opponent POLICY] [--seed N] [--turns N]
       frontier-sim play FILE --replay RECORD.json

A wargame in the terminal: you play one side, turn by turn, and see only what that side
observes (fog of war: docs/wargaming.md). Each turn prints a situation report, a strip of the
border west to east; type orders, then 'next' to play the turn. 'help' lists the commands
(a unique prefix is enough), 'undo' takes back a turn, 'save FILE' writes the replay file,
'quit' leaves. A bad command gets a message and changes nothing. At a terminal, Tab completes
commands, order names and the ids of units, places, sectors and actors.

Options:
  --as SIDE        blue (the border troops) or red (the networks across the border)
  --opponent P     the other side's player. Against blue: a red policy, one of
                   ${Object.keys(RED_POLICIES).join(', ')} (default logit-displacement).
                   Against red: a policy overlay file for blue (default: the scenario's policy)
  --seed N         the game's seed (default 1)
  --turns N        turns to play (default: the scenario's calendar)
  --replay FILE    step through a replay file: each turn's orders, what happened and why
                   (the log's causes), and whether every state hash is reproduced
  --allow-extends-outside  let "extends" name a file outside the scenario's directory
  -h, --help       this text
`;

/** Runs `play`; returns the exit code. */
export async function playCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    as: { type: 'string' },
    opponent: { type: 'string' },
    seed: { type: 'string' },
    turns: { type: 'string' },
    replay: { type: 'string' },
    'allow-extends-outside': { type: 'boolean' },
  });
  if (values.help) {
    io.out(playHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('play needs exactly one scenario file');
  if (values.replay !== undefined) return replayRecord(positionals[0] as string, values.replay as string, values, io);
  if (values.as === undefined) throw new UsageError('play needs --as blue or --as red');
  const side = choiceFlag('as', values.as as string, ['blue', 'red'] as const, 'blue') as Side;
  const seed = integerFlag('seed', values.seed as string | undefined, 1);
  const opponentName = values.opponent as string | undefined;
  let scenario = loadScenario(positionals[0] as string, scenarioLoadOptions(values));
  let opponent = 'policy';
  const red = side === 'blue' ? RED_POLICIES[opponentName ?? 'logit-displacement'] : undefined;
  if (side === 'blue') {
    if (red === undefined || !Object.hasOwn(RED_POLICIES, opponentName ?? 'logit-displacement'))
      throw new UsageError(`--opponent: against blue, one of ${Object.keys(RED_POLICIES).join(', ')}, got '${opponentName}'`);
    opponent = `red: ${red.name}`;
  } else if (opponentName !== undefined) {
    scenario = applyPolicy(scenario, readPolicyFile(opponentName));
    opponent = `blue: ${opponentName}`;
  } else opponent = `blue: ${scenario.policy?.name ?? "the scenario's orders"}`;
  const turns = integerFlag('turns', values.turns as string | undefined, scenario.calendar.turns, LIMITS.turns, 1);
  const game = createGame(scenario, { seed, turns, players: side === 'blue' ? { blue: 'person', red: red ?? 'policy' } : { blue: 'policy', red: 'person' } });
  const session = new PlaySession(game, side, opponent);
  io.out(session.start());
  // At a terminal, readline edits the line and completes it with Tab (session.complete); the
  // prompt is then readline's, so that it redraws it after a list of completions.
  // Under the CLI the command runs in a thread whose stdin is piped: the main thread says when it
  // is a terminal in raw mode (io.terminalColumns); called in-process, process.stdin tells.
  const columns = io.terminalColumns ?? (process.stdin.isTTY === true && process.stdout.isTTY === true ? process.stdout.columns || 80 : undefined);
  const tty = columns !== undefined;
  const lines = tty
    ? createInterface({
        input: process.stdin,
        output: terminalOutput(io, columns),
        terminal: true,
        completer: (line: string) => session.complete(line),
        crlfDelay: Infinity,
      })
    : createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
  // In raw mode Ctrl-C reaches readline as a key: pass it on as the signal it would have been.
  if (tty) lines.on('SIGINT', () => process.kill(process.pid, 'SIGINT'));
  const prompt = () => {
    if (!tty) return io.out(session.prompt());
    lines.setPrompt(session.prompt());
    lines.prompt();
  };
  prompt();
  try {
    for await (const line of lines) {
      if (io.signal?.aborted) break;
      const answer = session.handle(line);
      io.out(answer.text);
      if (answer.save !== undefined) {
        try {
          writeFileAtomic(answer.save, JSON.stringify(game.record(), null, 2) + '\n');
          io.out(`saved ${game.turn} turn(s) to ${answer.save}\n`);
        } catch (e) {
          io.out(`could not save: ${(e as Error).message}\n`);
        }
      }
      if (answer.quit) return 0;
      prompt();
    }
  } finally {
    lines.close();
  }
  io.out('\n');
  return 0;
}

/** A terminal for readline that writes through the command's output (the main thread prints it). */
function terminalOutput(io: CommandIO, columns: number): Writable {
  const out = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      io.out(chunk.toString());
      done();
    },
  }) as Writable & { columns: number; isTTY: boolean };
  out.columns = columns;
  out.isTTY = true;
  return out;
}

/** `--replay FILE`: every turn of the record, with its orders, the log's causes and the hash check. */
function replayRecord(scenarioPath: string, path: string, values: Record<string, unknown>, io: CommandIO): number {
  let file: unknown;
  try {
    file = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`--replay ${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const outcome = replay(file, loadScenario(scenarioPath, scenarioLoadOptions(values)));
  if (outcome.problems.length > 0) {
    io.err(outcome.problems.map((p) => `frontier-sim: --replay ${path}: ${p}\n`).join(''));
    return 2;
  }
  for (const t of outcome.turns) {
    io.out(`== turn ${t.turn} · ${t.record.date} · hash ${t.hash} ${t.matches ? 'reproduced' : 'DIFFERS from the record'} ==\n`);
    for (const side of ['blue', 'red'] as const) for (const o of t.orders[side]) io.out(wrap(`${side} order: ${JSON.stringify(o).replace(/,/g, ', ')}`));
    const m = t.record.metrics;
    io.out(
      wrap(
        `attempts ${m.attempts}, detected ${m.detected}, stopped ${m.interdicted}, got away ${m.gotAway}, kg seized ${Math.round(m.kgSeized)}, kg through ${Math.round(m.kgThrough)}, clashes ${m.clashes}`,
      ),
    );
    for (const e of t.log) if (e.type !== 'crossings' && e.type !== 'clash') io.out(wrap(`  ${e.type}: ${e.message}`));
  }
  io.out(
    outcome.ok
      ? `every state hash reproduced (${outcome.turns.length} turns)\n`
      : `the record is NOT reproduced: first difference at turn ${outcome.firstMismatch}\n`,
  );
  return outcome.ok ? 0 : 1;
}
