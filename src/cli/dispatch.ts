/**
 * The commands of `frontier-sim` and how their failures become exit codes: 0 success,
 * 1 runtime failure, 2 bad usage or bad scenario, 130 / 143 interrupted by Ctrl-C / SIGTERM.
 * Nothing a user passes ends in a stack trace. The CLI's entry (main.ts) runs {@link main} in a
 * thread of its own; tests may call it in-process.
 *
 * @module
 */
import { ExperimentError, oneLine } from '../experiment/errors';
import { bundledNames, ScenarioError } from '../scenario';
import { version } from '../../package.json';
import { runCommand, runHelp } from './commands/run';
import { validateCommand, validateHelp } from './commands/validate';
import { mcCommand, mcHelp } from './commands/mc';
import { compareCommand, compareHelp } from './commands/compare';
import { sweepCommand, sweepHelp } from './commands/sweep';
import { mergeCommand, mergeHelp } from './commands/merge';
import { reportCommand, reportHelp } from './commands/report';
import { calibrateCommand, calibrateHelp } from './commands/calibrate';
import { optimizeCommand, optimizeHelp } from './commands/optimize';
import { playCommand, playHelp } from './commands/play';
import { replayCommand, replayHelp } from './commands/replay';
import { InterruptError, type CommandIO } from './io';
import { UsageError } from './usage-error';

const COMMANDS: Record<string, { run: (argv: string[], io: CommandIO) => number | Promise<number>; summary: string; help: string }> = {
  run: { run: runCommand, summary: 'run a scenario once with a seed', help: runHelp },
  validate: { run: validateCommand, summary: 'check scenario files', help: validateHelp },
  mc: { run: mcCommand, summary: 'Monte Carlo: many seeded runs, summarised per metric', help: mcHelp },
  compare: { run: compareCommand, summary: 'compare policies on common random numbers (paired)', help: compareHelp },
  sweep: { run: sweepCommand, summary: 'grid, Latin hypercube or Morris sweep over parameters', help: sweepHelp },
  merge: { run: mergeCommand, summary: 'merge the runs files of shards into one result', help: mergeHelp },
  optimize: { run: optimizeCommand, summary: 'where extra guards (posts, money) do the most good, on common random numbers', help: optimizeHelp },
  report: { run: reportCommand, summary: 'HTML report with charts from a runs file or a result (mc/compare/sweep)', help: reportHelp },
  play: { run: playCommand, summary: 'play a side of a wargame in the terminal, or step through a replay', help: playHelp },
  replay: { run: replayCommand, summary: 'after-action replay of one run: a page that steps through its turns on the map', help: replayHelp },
  calibrate: { run: calibrateCommand, summary: "history matching: rule out inputs that miss the scenario's targets", help: calibrateHelp },
};

/** The commands' column: the longest name and two spaces (what the docs and tests read the list by). */
const NAME_WIDTH = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2;

const mainHelp = () => `Usage: frontier-sim <command> [options]

Seeded, deterministic border-security wargames.

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(NAME_WIDTH)}${c.summary}`)
  .join('\n')}

Run 'frontier-sim <command> --help' for a command's options.
A scenario FILE or a --policy FILE may also be the name of one that ships with the package:
  scenarios: ${bundledNames('scenario').join(', ')}
  policies: ${bundledNames('policy').join(', ')}
Options: --help, --version
Exit status: 0 done, 1 runtime failure, 2 bad usage or a bad scenario,
130 interrupted by Ctrl-C, 143 by SIGTERM.
`;

/** Runs the CLI on argv (without node and script); returns the exit code. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      // Called without a command: a usage error, so the help goes to stderr.
      io.err(mainHelp());
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(mainHelp());
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(`${version}\n`);
      return 0;
    }
    const c = COMMANDS[command];
    if (!c || !Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command '${command}' (try --help)`);
    return await c.run(rest, io);
  } catch (e) {
    if (e instanceof ScenarioError) {
      io.err(e.format() + '\n');
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(`frontier-sim: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ExperimentError && e.kind === 'usage') {
      io.err(`frontier-sim: ${oneLine(e)}\n`);
      return 2;
    }
    if (e instanceof InterruptError) {
      io.err(`frontier-sim: ${e.message}${e.note ? `; ${e.note}` : ''}\n`);
      return e.exitCode;
    }
    const path = pathProblem(e);
    if (path !== undefined) {
      io.err(`frontier-sim: ${path}\n`);
      return 2;
    }
    io.err(`frontier-sim: ${oneLine(e)}\n`);
    if (process.env.FRONTIER_SIM_DEBUG && e instanceof Error) io.err(`${e.stack}\n`);
    return 1;
  }
}

/** File-system errors that mean a path given on the command line is wrong: bad usage (exit 2). */
const PATH_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'file not found',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many symbolic links in the path',
  ENAMETOOLONG: 'the path is too long',
};

/** One line for a file-system error about a path (which the commands did not catch), else undefined. */
function pathProblem(e: unknown): string | undefined {
  if (!(e instanceof Error)) return undefined;
  const { code, path, syscall } = e as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof syscall !== 'string' || !Object.hasOwn(PATH_ERRORS, code)) return undefined;
  return typeof path === 'string' ? `${path}: ${PATH_ERRORS[code]}` : `${PATH_ERRORS[code]} (${code} in ${syscall})`;
}
