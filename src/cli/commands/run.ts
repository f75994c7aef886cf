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
import { formatNumber, renderTable } from '../table';
import { UsageError } from '../usage-error';
import { applyPolicy } from '../../experiment/policy';
import { readPolicyFile } from './mc';

export const runHelp = `Usage: frontier-sim run FILE [--seed N] [--turns N] [--policy P.json] [--format table|json] [--log events|all|none]

Runs the scenario once. The result is a pure function of the file and the seed: the same
seed gives the same output, byte for byte, on any machine.

Options:
  --seed N        the run's seed, a non-negative integer (default 1)
  --turns N       turns to play (default: the scenario's calendar)
  --policy FILE   a policy overlay (JSON: overlay keys and/or a declarative "policy" with
                  rules and orders; docs/policies.md), applied to the scenario
  --format F      table (per-turn summary for people, default) or json (the whole result)
  --log L         with the table, the run's log below it: events (default: events, drills,
                  orders, control, moves; everything but routine crossings and clashes),
                  all (every entry), none
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
  });
  if (values.help) {
    io.out(runHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('run needs exactly one scenario file');
  const seed = integerFlag('seed', values.seed as string | undefined, 1);
  const format = choiceFlag('format', values.format as string | undefined, ['table', 'json'] as const, 'table');
  const logMode = choiceFlag('log', values.log as string | undefined, ['events', 'all', 'none'] as const, 'events');
  const policy = values.policy === undefined ? undefined : readPolicyFile(values.policy as string);
  const scenario = applyPolicy(loadScenario(positionals[0] as string), policy);
  const turns = integerFlag('turns', values.turns as string | undefined, scenario.calendar.turns, LIMITS.turns, 1);
  const result = simulate(scenario, { seed, turns });
  io.out(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : runTable(result) + runLog(result, logMode));
  return 0;
}

const KIND_LABEL: Record<string, string> = {
  'armed-group': 'armed',
  smuggling: 'smuggling',
  refugees: 'refugees',
  recruits: 'recruits',
};

const pct = (x: number | undefined) => `${((x ?? 0) * 100).toFixed(1)}%`;

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
  const header = ['turn', 'date', 'attempts', 'detected', 'stopped', 'got away', ...ACTOR_KINDS.map((k) => KIND_LABEL[k] ?? k), 'clashes', 'conflict', 'kg thru'];
  const rows = result.turns.map((t) => [
    t.turn + 1,
    t.date,
    t.metrics.attempts ?? 0,
    t.metrics.detected ?? 0,
    t.metrics.interdicted ?? 0,
    t.metrics.gotAway ?? 0,
    ...ACTOR_KINDS.map((k) => flowCell(t.byKind[k])),
    t.metrics.clashes ?? 0,
    pct(t.metrics.conflictShare),
    Math.round(t.metrics.kgThrough ?? 0),
  ]);
  const tot = result.totals;
  const kindHeader = ['', 'attempts', 'detected', 'stopped', 'got away', 'effect.', 'clashes', 'lost F/A', 'kg seized', 'kg thru', 'received', 'back'];
  const kindRow = (label: string, prefix: string) => [
    label,
    tot[`${prefix}attempts`] ?? 0,
    tot[`${prefix}detected`] ?? 0,
    tot[`${prefix}interdicted`] ?? 0,
    tot[`${prefix}gotAway`] ?? 0,
    pct(tot[`${prefix}effectiveness`]),
    tot[`${prefix}clashes`] ?? 0,
    `${tot[`${prefix}casualtiesForces`] ?? 0}/${tot[`${prefix}casualtiesActors`] ?? 0}`,
    Math.round(tot[`${prefix}kgSeized`] ?? 0),
    Math.round(tot[`${prefix}kgThrough`] ?? 0),
    tot[`${prefix}refugeesReceived`] ?? 0,
    tot[`${prefix}refugeesTurnedBack`] ?? 0,
  ];
  const kindRows = [...ACTOR_KINDS.map((k) => kindRow(KIND_LABEL[k] ?? k, `${k}.`)), kindRow('total', '')];
  const summary =
    `effectiveness ${pct(tot.effectiveness)}, border in conflict ${pct(tot.conflictShare)} on average ` +
    `(at most ${pct(tot.conflictShareMax)}),\nreadiness ${(tot.readiness ?? 0).toFixed(2)}, ` +
    `quick-reaction sorties ${tot.quickReactionSorties ?? 0}, cost USD ${((tot.cost ?? 0) / 1e6).toFixed(2)}M, sovereignty cost ${formatNumber(tot.sovereignty ?? 0)}`;
  return (
    `${result.scenario}\nseed ${result.seed}, ${result.turns.length} turns, final state hash ${result.hash}\n` +
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
  const lines = entries.map((e) => `turn ${String(e.turn + 1).padStart(3)}  ${e.date}  ${e.type.padEnd(14)} ${e.message}`);
  return `\n${title}\n\n${lines.join('\n')}\n`;
}
