/**
 * The terminal game of `frontier-sim play` (docs/wargaming.md, "A seminar game"): a person's
 * typed commands in, text out. The session holds a Game (src/engine/game.ts) and answers each
 * line with what to print; it reads and writes no file itself (`save` asks its caller to), so
 * that the same session runs under the CLI and in tests.
 *
 * @module
 */
import { viewOf, type BlueView, type RedView } from '../engine/fog';
import type { Game } from '../engine/game';
import type { LogEntry } from '../engine/results';
import { sideOfOrder, type Side } from '../engine/sides';
import type { Order } from '../scenario/schema';

/** What a line of input did. */
export interface SessionAnswer {
  /** Text to print (ends with a newline, or empty). */
  readonly text: string;
  /** The user asked to quit. */
  readonly quit?: boolean;
  /** The user asked to save the record to this path (the caller writes `game.record()`). */
  readonly save?: string;
}

const WIDTH = 100;

/** The commands and their help, per side ('both' for either). */
const HELP: readonly { readonly name: string; readonly side: Side | 'both'; readonly usage: string; readonly what: string }[] = [
  { name: 'deploy', side: 'blue', usage: 'deploy UNIT PLACE', what: 'move a unit to a sector or base' },
  { name: 'guards', side: 'blue', usage: 'guards SIDE SECTOR[,SECTOR...] [N]', what: 'invite N guards of SIDE to each sector' },
  { name: 'qrf', side: 'blue', usage: 'qrf SIDE PLACE [N]', what: 'commit a rapid-reaction force of SIDE to a place' },
  { name: 'refugees', side: 'blue', usage: 'refugees open|closed|default', what: 'open or close the border to refugees' },
  { name: 'reallocate', side: 'blue', usage: 'reallocate', what: 'patrol detachments to the most pressed sectors' },
  { name: 'units', side: 'blue', usage: 'units', what: 'list your units' },
  { name: 'route', side: 'red', usage: 'route ACTOR SECTOR=W [SECTOR=W...] | route ACTOR reset', what: "weight an actor's routes by sector" },
  { name: 'hold', side: 'red', usage: 'hold ACTOR', what: "stop an actor's attempts" },
  { name: 'surge', side: 'red', usage: 'surge ACTOR [F]', what: "multiply an actor's attempts by F (default: the limit)" },
  { name: 'resume', side: 'red', usage: 'resume ACTOR', what: "back to the scenario's tempo" },
  { name: 'split', side: 'red', usage: 'split ACTOR SECTOR=N [SECTOR=N...] | split ACTOR reset', what: "split a smuggler's loads in N by sector" },
  { name: 'bribe', side: 'red', usage: 'bribe UNIT USD', what: 'buy complicity of a blue unit from your budget' },
  { name: 'reinforce', side: 'red', usage: 'reinforce ACTOR N [FROM-ACTOR]', what: 'add N recruits to an armed group (or move N from another)' },
  { name: 'actors', side: 'red', usage: 'actors', what: 'list your actors' },
  { name: 'order', side: 'both', usage: 'order JSON', what: 'give any order of your side as JSON' },
  { name: 'orders', side: 'both', usage: 'orders', what: 'list the orders given for this turn' },
  { name: 'withdraw', side: 'both', usage: 'withdraw', what: 'drop the orders given for this turn' },
  { name: 'report', side: 'both', usage: 'report', what: 'print the situation report again' },
  { name: 'next', side: 'both', usage: 'next', what: 'end your turn: play it' },
  { name: 'undo', side: 'both', usage: 'undo', what: 'take back the last turn (its orders are given again)' },
  { name: 'save', side: 'both', usage: 'save FILE', what: 'write the replay file of the game so far' },
  { name: 'help', side: 'both', usage: 'help', what: 'this list' },
  { name: 'quit', side: 'both', usage: 'quit', what: 'leave the game' },
];

/** The command names a side may type (for help and completion). */
export function commandNames(side: Side): string[] {
  return HELP.filter((h) => h.side === side || h.side === 'both').map((h) => h.name);
}

/** `text` wrapped at spaces to `width` columns, each line after the first indented by `indent`. */
export function wrap(text: string, indent = '    ', width = WIDTH): string {
  const out: string[] = [];
  const lead = /^ */.exec(text)?.[0] ?? '';
  let line = lead;
  for (const word of text.slice(lead.length).split(' ')) {
    const next = line.trim() === '' ? `${line}${word}` : `${line} ${word}`;
    if (next.length > width && line.trim() !== '') {
      out.push(line);
      line = `${indent}${word}`;
    } else line = next;
  }
  out.push(line);
  return out.map((l) => (l.length > width ? l.slice(0, width) : l)).join('\n') + '\n';
}

const fmt = (x: number, digits = 0) => (Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '-');
const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n));
const num = (s: string, n: number) => s.padStart(n);

/** A terminal game of `side` against the other side's player. */
export class PlaySession {
  constructor(
    readonly game: Game,
    readonly side: Side,
    readonly opponent: string,
  ) {}

  /** The prompt before each command. */
  prompt(): string {
    return this.game.over ? 'game over> ' : `turn ${this.game.turn}> `;
  }

  /** The opening text: who plays what, and the first report. */
  start(): string {
    const sc = this.game.scenario;
    return `${sc.name.slice(0, WIDTH)}\nYou play ${this.side} against ${this.opponent}; seed ${this.game.seed}, ${this.game.turns} turns of ${sc.turnLengthDays} days.\nType help for the commands.\n\n${this.report()}`;
  }

  /** The situation report of the side now (fog of war: only what it observes). */
  report(): string {
    const g = this.game;
    const date = g.turn < g.turns ? turnDate(g) : 'end';
    const head = `== turn ${g.turn} of ${g.turns} · ${date} · ${this.side} (you) vs ${this.opponent} ==`.slice(0, WIDTH);
    const body = this.side === 'blue' ? blueReport(viewOf(g.scenario, g.state(), 'blue')) : redReport(viewOf(g.scenario, g.state(), 'red'));
    const pending = g.pending(this.side);
    return `${head}\n${body}${wrap(`orders for this turn: ${pending.length === 0 ? 'none' : pending.map(describe).join('; ')}`)}`;
  }

  /**
   * Tab completion of `line` (a readline completer): the command names of the side for the
   * first word, then what the command's next word names, as the side knows it (blue: its
   * units, places, sectors; red: its actors, sectors, and the blue units it sees on station).
   * Returns the candidates and the part of the line they complete.
   */
  complete(line: string): [string[], string] {
    const words = line.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    const typed = words.length === 1 ? [] : words.slice(0, -1).filter((w) => w !== '');
    const candidates = typed.length === 0 ? commandNames(this.side) : this.argumentCandidates(typed, last);
    // A list of sectors (a,b,c) or a SECTOR=N pair completes its last part.
    const cut = Math.max(last.lastIndexOf(','), -1) + 1;
    const stem = last.slice(cut);
    const hits = [...new Set(candidates)].filter((c) => c.startsWith(stem)).sort();
    return [hits.length === 1 && !(hits[0] as string).endsWith('=') ? [`${hits[0] as string} `] : hits, stem];
  }

  /** What the next word of a command may be. */
  private argumentCandidates(typed: readonly string[], last: string): string[] {
    const known = commandNames(this.side);
    const first = typed[0] as string;
    const name = known.includes(first) ? first : known.filter((k) => k.startsWith(first)).length === 1 ? known.find((k) => k.startsWith(first)) : undefined;
    if (name === undefined) return [];
    const at = typed.length; // index of the word being typed
    const g = this.game;
    const sectors = g.scenario.sectors.map((x) => x.id);
    if (this.side === 'blue') {
      const v = viewOf(g.scenario, g.state(), 'blue');
      const units = v.forces.map((f) => f.id);
      const places = [...g.scenario.places.keys()];
      const forceSides = [...new Set(g.scenario.forces.map((f) => f.side))];
      switch (name) {
        case 'deploy':
          return at === 1 ? units : at === 2 ? places : [];
        case 'guards':
        case 'qrf':
          return at === 1 ? forceSides : at === 2 ? (name === 'guards' ? sectors : places) : [];
        case 'refugees':
          return at === 1 ? ['open', 'closed', 'default'] : [];
        default:
          return [];
      }
    }
    const v = viewOf(g.scenario, g.state(), 'red');
    const actors = (kind?: string) => v.actors.filter((a) => kind === undefined || a.kind === kind).map((a) => a.id);
    const pairs = () => (last.includes('=') ? [] : sectors.map((x) => `${x}=`));
    switch (name) {
      case 'route':
        return at === 1 ? actors() : at === 2 ? ['reset', ...pairs()] : pairs();
      case 'split':
        return at === 1 ? actors('smuggling') : at === 2 ? ['reset', ...pairs()] : pairs();
      case 'hold':
      case 'resume':
      case 'surge':
        return at === 1 ? actors() : [];
      case 'bribe':
        return at === 1 ? v.sectors.flatMap((x) => x.unitIds) : [];
      case 'reinforce':
        return at === 1 || at === 3 ? actors('armed-group') : [];
      default:
        return [];
    }
  }

  /** Answers one line of input; a bad command changes nothing and says why. */
  handle(line: string): SessionAnswer {
    const words = line
      .trim()
      .split(/\s+/)
      .filter((w) => w.length > 0);
    const [cmd, ...args] = words;
    if (cmd === undefined) return { text: '' };
    const known = commandNames(this.side);
    const name = known.includes(cmd) ? cmd : known.filter((k) => k.startsWith(cmd)).length === 1 ? (known.find((k) => k.startsWith(cmd)) as string) : cmd;
    if (!known.includes(name)) return { text: `unknown command '${cmd}' for ${this.side}; type help\n` };
    try {
      return this.run(name, args, line.trim().slice(cmd.length).trim());
    } catch (e) {
      return { text: `${(e as Error).message}\n` };
    }
  }

  private run(name: string, args: string[], rest: string): SessionAnswer {
    const g = this.game;
    switch (name) {
      case 'help':
        return {
          text:
            HELP.filter((h) => h.side === this.side || h.side === 'both')
              .map((h) => `  ${h.usage.padEnd(44)}${h.what}`.slice(0, WIDTH))
              .join('\n') + '\n',
        };
      case 'quit':
        return { text: 'bye\n', quit: true };
      case 'report':
        return { text: this.report() };
      case 'orders':
        return {
          text:
            g.pending(this.side).length === 0
              ? 'no orders yet\n'
              : g
                  .pending(this.side)
                  .map((o, i) => wrap(`  ${i + 1}. ${describe(o)}`))
                  .join(''),
        };
      case 'withdraw':
        g.withdraw(this.side);
        return { text: 'orders withdrawn\n' };
      case 'units':
        return {
          text:
            viewOf(g.scenario, g.state(), 'blue')
              .forces.map(
                (f) => `  ${pad(f.id, 34)}${pad(f.movingTo === null ? f.location : `${f.location} -> ${f.movingTo}`, 30)}${num(fmt(f.personnel), 7)} ${f.role}`,
              )
              .join('\n') + '\n',
        };
      case 'actors':
        return {
          text:
            viewOf(g.scenario, g.state(), 'red')
              .actors.map(
                (a) =>
                  `  ${pad(a.id, 24)}${pad(a.kind, 13)}strength ${fmt(a.strength)}, tempo ${a.tempo ?? 1}${a.route ? ', routed' : ''}${a.split ? ', split' : ''}`,
              )
              .join('\n') + '\n',
        };
      case 'next': {
        if (g.over) return { text: 'the game is over: undo, save or quit\n' };
        const played = g.advance();
        const mine = played.log
          .filter((e) => ownOrderEntry(e, this.side))
          .map((e) => wrap(`  ${e.message}`))
          .join('');
        return { text: `turn ${played.turn} played.\n${mine}\n${this.report()}` };
      }
      case 'undo':
        return { text: g.undo() ? `back to turn ${g.turn}; its orders are given again\n\n${this.report()}` : 'nothing to undo\n' };
      case 'save':
        if (args.length !== 1) return { text: 'usage: save FILE\n' };
        return { text: '', save: args[0] as string };
      case 'order': {
        let order: unknown;
        try {
          order = JSON.parse(rest);
        } catch {
          return { text: 'usage: order JSON (e.g. order {"type":"refugees","border":"open"})\n' };
        }
        return this.give([order]);
      }
      default:
        return this.give([this.parse(name, args)]);
    }
  }

  /** An order from a command's words (throws with the usage when they do not fit). */
  private parse(name: string, args: string[]): Order {
    const usage = HELP.find((h) => h.name === name)?.usage ?? name;
    const fail = (): never => {
      throw new Error(`usage: ${usage}`);
    };
    const count = (s: string | undefined): number | undefined => {
      if (s === undefined) return undefined;
      const n = Number(s);
      return Number.isFinite(n) && n >= 0 ? n : fail();
    };
    const [a, b, c] = args;
    switch (name) {
      case 'deploy':
        return args.length === 2 ? { type: 'deploy', force: a as string, to: b as string } : fail();
      case 'guards': {
        if (args.length < 2 || args.length > 3) fail();
        const n = count(c);
        return { type: 'invite-guards', side: a as string, sectors: (b as string).split(','), ...(n !== undefined ? { personnelPerSector: n } : {}) };
      }
      case 'qrf': {
        if (args.length < 2 || args.length > 3) fail();
        const n = count(c);
        return { type: 'commit-reaction-force', side: a as string, to: b as string, ...(n !== undefined ? { personnel: n } : {}) };
      }
      case 'refugees':
        return args.length === 1 && (a === 'open' || a === 'closed' || a === 'default') ? { type: 'refugees', border: a } : fail();
      case 'reallocate':
        return args.length === 0 ? { type: 'reallocate' } : fail();
      case 'route': {
        if (args.length < 2) fail();
        if (b === 'reset' && args.length === 2) return { type: 'route', actor: a as string, weights: {} };
        const weights: Record<string, number> = {};
        for (const pair of args.slice(1)) {
          const [sector, w] = pair.split('=');
          const value = count(w);
          if (sector === undefined || sector === '' || value === undefined) fail();
          weights[sector as string] = value as number;
        }
        return { type: 'route', actor: a as string, weights };
      }
      case 'split': {
        if (args.length < 2) fail();
        if (b === 'reset' && args.length === 2) return { type: 'split', actor: a as string, loads: {} };
        const loads: Record<string, number> = {};
        for (const pair of args.slice(1)) {
          const [sector, n] = pair.split('=');
          const value = count(n);
          if (sector === undefined || sector === '' || value === undefined) fail();
          loads[sector as string] = value as number;
        }
        return { type: 'split', actor: a as string, loads };
      }
      case 'bribe':
        return args.length === 2 ? { type: 'bribe', unit: a as string, usd: count((b as string).replace(/[,_]/g, '')) as number } : fail();
      case 'reinforce': {
        if (args.length < 2 || args.length > 3) fail();
        const n = count(b);
        return { type: 'reinforce', actor: a as string, strength: n as number, ...(c !== undefined ? { from: c } : {}) };
      }
      case 'hold':
        return args.length === 1 ? { type: 'tempo', actor: a as string, factor: 0 } : fail();
      case 'resume':
        return args.length === 1 ? { type: 'tempo', actor: a as string, factor: 1 } : fail();
      case 'surge': {
        if (args.length < 1 || args.length > 2) fail();
        const limit = viewOf(this.game.scenario, this.game.state(), 'red').limits.maxSurge;
        return { type: 'tempo', actor: a as string, factor: count(b) ?? limit };
      }
      default:
        return fail();
    }
  }

  private give(orders: unknown[]): SessionAnswer {
    const answer = this.game.submit(this.side, orders);
    if (!answer.ok) return { text: answer.issues.map((i) => `refused: ${i.message}`).join('\n') + '\n' };
    return { text: wrap(`ok: ${describe(answer.pending[answer.pending.length - 1] as Order)}`) };
  }
}

function turnDate(g: Game): string {
  const start = new Date(`${g.scenario.source.calendar.start}T00:00:00Z`);
  return new Date(start.getTime() + g.turn * g.scenario.turnLengthDays * 86_400_000).toISOString().slice(0, 10);
}

/** An order in a few words. */
function describe(o: Order): string {
  switch (o.type) {
    case 'deploy':
      return `deploy ${o.force} to ${o.to}`;
    case 'invite-guards':
      return `guards ${o.side} ${o.sectors.join(',')}${o.personnelPerSector !== undefined ? ` ${JSON.stringify(o.personnelPerSector)}` : ''}`;
    case 'refugees':
      return `refugees ${o.border}`;
    case 'reallocate':
      return 'reallocate';
    case 'route':
      return `route ${o.actor} ${
        Object.keys(o.weights).length === 0
          ? 'reset'
          : Object.entries(o.weights)
              .map(([k, v]) => `${k}=${v}`)
              .join(' ')
      }`;
    case 'tempo':
      return `${o.factor === 0 ? 'hold' : o.factor === 1 ? 'resume' : `surge x${o.factor}`} ${o.actor}`;
    case 'split':
      return `split ${o.actor} ${
        Object.keys(o.loads).length === 0
          ? 'reset'
          : Object.entries(o.loads)
              .map(([k, v]) => `${k}=${v}`)
              .join(' ')
      }`;
    case 'bribe':
      return `bribe ${o.unit} ${fmt(o.usd)} USD`;
    case 'reinforce':
      return `reinforce ${o.actor} ${o.strength}${o.from !== undefined ? ` from ${o.from}` : ''}`;
    default:
      return JSON.stringify(o);
  }
}

function blueReport(v: BlueView): string {
  const last = v.reports.at(-1);
  const rows = [
    `${pad('sector (west to east)', 22)}${num('km', 6)}${num('units', 7)}${num('pers', 8)}${num('det', 6)}${num('stopped', 9)}${num('kg seized', 11)}${num('clashes', 9)}${num('est. crossings', 16)}`,
  ];
  for (const s of v.sectors) {
    const here = v.forces.filter((f) => f.location === s.id && f.movingTo === null && f.personnel > 0);
    const r = last?.bySector[s.id];
    rows.push(
      `${pad(s.id, 22)}${num(fmt(s.lengthKm), 6)}${num(String(here.length), 7)}${num(fmt(here.reduce((a, f) => a + f.personnel, 0)), 8)}` +
        `${num(r ? fmt(r.detected) : '-', 6)}${num(r ? fmt(r.interdicted) : '-', 9)}${num(r ? fmt(r.kgSeized, 1) : '-', 11)}${num(r ? fmt(r.clashes) : '-', 9)}${num(r ? fmt(r.estimatedCrossings, 1) : '-', 16)}`,
    );
  }
  const moving = v.forces.filter((f) => f.movingTo !== null).length;
  const sum = (k: 'detected' | 'interdicted' | 'kgSeized' | 'clashes') => (last ? Object.values(last.bySector).reduce((a, m) => a + m[k], 0) : 0);
  rows.push(
    last
      ? `last turn: ${fmt(sum('detected'))} detected, ${fmt(sum('interdicted'))} stopped, ${fmt(sum('kgSeized'), 1)} kg seized, ${fmt(sum('clashes'))} clashes`
      : 'no turn played yet',
  );
  rows.push(`units on the move: ${moving} · sovereignty points: ${fmt(v.sovereignty, 1)}${v.flags.length > 0 ? ` · flags: ${v.flags.join(', ')}` : ''}`);
  return rows.map((r) => r.slice(0, WIDTH)).join('\n') + '\n';
}

function redReport(v: RedView): string {
  const last = v.reports.at(-1);
  const rows = [
    `${pad('sector (west to east)', 22)}${num('km', 6)}${num('blue pers', 11)}${num('posts', 7)}${num('tried', 7)}${num('stopped', 9)}${num('through', 9)}${num('kg through', 12)}${num('won', 5)}${num('lost', 6)}`,
  ];
  for (const s of v.sectors) {
    const r = last?.bySector[s.id];
    rows.push(
      `${pad(s.id, 22)}${num(fmt(s.lengthKm), 6)}${num(fmt(s.observedPersonnel), 11)}${num(String(s.observedUnits), 7)}` +
        `${num(r ? fmt(r.attempts) : '-', 7)}${num(r ? fmt(r.interdicted) : '-', 9)}${num(r ? fmt(r.gotAway) : '-', 9)}${num(r ? fmt(r.kgThrough, 1) : '-', 12)}${num(r ? fmt(r.breakthroughs) : '-', 5)}${num(r ? fmt(r.repulses) : '-', 6)}`,
    );
  }
  rows.push(
    'your actors:',
    ...v.actors.map(
      (a) => `  ${pad(a.id, 24)}${pad(a.kind, 13)}strength ${fmt(a.strength)}, tempo ${a.tempo ?? 1}${a.route ? ', routed' : ''}${a.split ? ', split' : ''}`,
    ),
  );
  rows.push(`limits: surge up to x${v.limits.maxSurge}, route weights up to ${v.limits.maxRouteWeight}, split up to ${v.limits.maxSplit}`);
  const m = v.means;
  if (m.budgetUsd > 0 || m.recruitPool > 0)
    rows.push(
      `means: ${fmt(m.budgetUsd - m.spentUsd)} of ${fmt(m.budgetUsd)} USD left, ${fmt(m.recruitPool - m.recruited)} of ${fmt(m.recruitPool)} recruits left` +
        `${
          Object.keys(v.bought).length > 0
            ? ` · bought: ${Object.entries(v.bought)
                .map(([u, c]) => `${u} +${fmt(c, 3)}`)
                .join(', ')}`
            : ''
        }`,
    );
  return rows.map((r) => r.slice(0, WIDTH)).join('\n') + '\n';
}

/**
 * Whether a log entry is about the player's own orders: the orders the person gave (to step), and
 * orders of the person's side that were refused (a rule's or a policy's of that side). The other
 * side's refused orders are its own business (fog of war: they would say what it tried).
 */
function ownOrderEntry(e: LogEntry, side: Side): boolean {
  if (e.data?.source === 'orders:step') return true;
  if (e.type !== 'order-rejected' || typeof e.data?.order !== 'string') return false;
  try {
    const order = JSON.parse(e.data.order) as { type?: unknown };
    return typeof order.type === 'string' && sideOfOrder(order.type as Order['type']) === side;
  } catch {
    return false;
  }
}
