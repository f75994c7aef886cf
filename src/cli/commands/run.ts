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
import { turnsToCsv, turnsToNdjson } from '../../report/rows';
import { formatQuantity, humanNumber } from '../../report/units';
import { UsageError } from '../usage-error';
import { applyPolicy } from '../../experiment/policy';
import { readPolicyFile, scenarioLoadOptions } from './mc';

export const runHelp = `Usage: frontier-sim run FILE [--seed N] [--turns N] [--policy P.json] [--format table|json|csv|ndjson] [--log events|all|none]

Runs the scenario once. The result is a pure function of the file and the seed: the same
seed gives the same output, byte for byte, on any machine.

Turns are numbered from 0, as scenario files count them (an event with "turn": 26 happens
in the row and log lines of turn 26), each with the date of its first day.

Options:
  --seed N        the run's seed, a whole number from 0 to 2^53 - 1 (default 1)
  --turns N       turns to play (default: the scenario's calendar)
  --policy FILE   a policy overlay (JSON: overlay keys and/or a declarative "policy" with
                  rules and orders; docs/policies.md), applied to the scenario
  --format F      table (per-turn summary for people, default), json (the whole result),
                  csv or ndjson (per-turn rows: the whole border, each actor kind and each
                  sector in every turn; columns in docs/outputs.md)
  --log L         with the table, the run's log below it: events (default: events, drills,
                  orders, control, moves; everything but routine crossings and clashes),
                  all (every entry), none
  --allow-extends-outside  let "extends" name a file outside the scenario's directory
  -h, --help      this text
`;

/** Runs `run`; returns the exit code. */
export function runCommand(argv: string[], io: CommandIO): number {
  const { values, positionals } = parseCommandArgs(argv, {
    seed: { type: 'string' },
    turns: { type: 'string' },
    format: { type: 'string' },
    log: { type: 'string' },
    policy: { type: 'string' },
    'allow-extends-outside': { type: 'boolean' },
  });
  if (values.help) {
    io.out(runHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('run needs exactly one scenario file');
  const seed = integerFlag('seed', values.seed as string | undefined, 1);
  const format = choiceFlag('format', values.format as string | undefined, ['table', 'json', 'csv', 'ndjson'] as const, 'table');
  const logMode = choiceFlag('log', values.log as string | undefined, ['events', 'all', 'none'] as const, 'events');
  const policy = values.policy === undefined ? undefined : readPolicyFile(values.policy as string);
  const scenario = applyPolicy(loadScenario(positionals[0] as string, scenarioLoadOptions(values)), policy);
  const turns = integerFlag('turns', values.turns as string | undefined, scenario.calendar.turns, LIMITS.turns, 1);
  // The log kept is the log shown: none with --log none, no routine entries with the events view
  // (on a long border those are most of a run's memory); JSON is the whole result unless --log.
  const log = format === 'json' && values.log === undefined ? true : logMode === 'all' ? true : logMode === 'events' ? 'events' : false;
  const result = simulate(scenario, { seed, turns, log });
  if (format === 'json') io.out(JSON.stringify(result, null, 2) + '\n');
  else if (format === 'csv') io.out(turnsToCsv(result));
  else if (format === 'ndjson') io.out(turnsToNdjson(result));
  else io.out(runTable(result) + runLog(result, logMode));
  return 0;
}

const KIND_LABEL: Record<string, string> = {
  'armed-group': 'armed',
  smuggling: 'smuggling',
  refugees: 'refugees',
  recruits: 'recruits',
};

const pct = (x: number | undefined) => formatQuantity(x ?? 0, 'share');
const tonnes = (x: number | undefined) => formatQuantity(x ?? 0, 'kg');

/** attempts/stopped/got away of one actor kind, as one cell. */
function flowCell(m: Readonly<Record<string, number>> | undefined): string {
  return `${m?.attempts ?? 0}/${m?.interdicted ?? 0}/${m?.gotAway ?? 0}`;
}

/**
 * The summary people read (fits in 120 columns): per turn, the whole border's flows and each
 * actor kind's attempts/stopped/got away; then the run by actor kind, with kilograms, clashes,
 * casualties and refugees; then the border-wide ratios and cost.
 */
export function runTable(result: RunResult): string {
  const header = [
    'turn',
    'date',
    'attempts',
    'detected',
    'stopped',
    'got away',
    ...ACTOR_KINDS.map((k) => KIND_LABEL[k] ?? k),
    'clashes',
    'conflict',
    'drugs thru',
  ];
  const rows = result.turns.map((t) => [
    t.turn,
    t.date,
    t.metrics.attempts ?? 0,
    t.metrics.detected ?? 0,
    t.metrics.interdicted ?? 0,
    t.metrics.gotAway ?? 0,
    ...ACTOR_KINDS.map((k) => flowCell(t.byKind[k])),
    t.metrics.clashes ?? 0,
    pct(t.metrics.conflictShare),
    tonnes(t.metrics.kgThrough),
  ]);
  const tot: Readonly<Record<string, number>> = result.totals;
  const kindHeader = ['', 'attempts', 'detected', 'stopped', 'got away', 'effect.', 'clashes', 'lost F/A', 'seized', 'drugs thru', 'received', 'back'];
  const kindRow = (label: string, prefix: string) => [
    label,
    tot[`${prefix}attempts`] ?? 0,
    tot[`${prefix}detected`] ?? 0,
    tot[`${prefix}interdicted`] ?? 0,
    tot[`${prefix}gotAway`] ?? 0,
    pct(tot[`${prefix}effectiveness`]),
    tot[`${prefix}clashes`] ?? 0,
    `${tot[`${prefix}casualtiesForces`] ?? 0}/${tot[`${prefix}casualtiesActors`] ?? 0}`,
    tonnes(tot[`${prefix}kgSeized`]),
    tonnes(tot[`${prefix}kgThrough`]),
    tot[`${prefix}refugeesReceived`] ?? 0,
    tot[`${prefix}refugeesTurnedBack`] ?? 0,
  ];
  const kindRows = [...ACTOR_KINDS.map((k) => kindRow(KIND_LABEL[k] ?? k, `${k}.`)), kindRow('total', '')];
  const summary =
    `effectiveness ${pct(tot.effectiveness)}, border in conflict ${pct(tot.conflictShare)} on average ` +
    `(at most ${pct(tot.conflictShareMax)}),\nreadiness ${formatQuantity(tot.readiness ?? 0, 'index')}, ` +
    `quick-reaction sorties ${humanNumber(tot.quickReactionSorties ?? 0)}, cost ${formatQuantity(tot.cost ?? 0, 'USD')}, sovereignty cost ${formatQuantity(tot.sovereignty ?? 0, 'points')}`;
  return (
    `${result.scenario}\nseed ${result.seed}, ${result.turns.length} turns (numbered from 0, dated by their first day), final state hash ${result.hash}\n` +
    `kind columns: attempts/stopped/got away (one group or load each);\n` +
    `stopped = apprehended, turned back, seized or repulsed; conflict = share of the border's length with a clash in the window\n\n` +
    renderTable(header, rows) +
    `\nthe run by actor kind (lost F/A: casualties of forces/actors; received, back: refugees in persons)\n\n` +
    renderTable(kindHeader, kindRows) +
    `\n${summary}\n`
  );
}

/** Log entries that are routine (one per actor, sector and turn): left out of the `events` view. */
const ROUTINE = new Set(['crossings', 'clash']);

/**
 * The run's log as lines under the table: what happened and why, turn by turn (events and
 * their actions, drills, policy rules and orders, control, moves); `all` adds the routine
 * crossings and clashes.
 */
export function runLog(result: RunResult, mode: 'events' | 'all' | 'none'): string {
  if (mode === 'none') return '';
  const entries = mode === 'all' ? result.log : result.log.filter((e) => !ROUTINE.has(e.type));
  const title = mode === 'all' ? 'log' : 'log: events, drills, orders and moves (--log all adds crossings and clashes)';
  if (entries.length === 0) return `\n${title}: none\n`;
  const lines = entries.map((e) => `turn ${String(e.turn).padStart(3)}  ${e.date}  ${e.type.padEnd(14)} ${e.message}`);
  return `\n${title}\n\n${lines.join('\n')}\n`;
}
