/**
 * The replay file of a game (docs/wargaming.md, "Replay files"): the scenario's hash, the seed,
 * who played each side, each side's orders by turn and the state hash after each turn. JSON,
 * and enough with the scenario to reproduce every state of the game bit for bit (replay.ts).
 *
 * @module
 */
import type { DeclarativePolicy, Order } from '../scenario/schema';

/** One turn of a replay file. */
export interface ReplayTurn {
  readonly turn: number;
  /** The orders each side gave in the turn, a policy's and a person's alike. */
  readonly orders: { readonly blue: readonly Order[]; readonly red: readonly Order[] };
  /** The state hash after the turn (chained: stateHash(state, previous hash)). */
  readonly hash: string;
}

/** A game's record: `game.record()`, read back by `replay`. */
export interface ReplayFile {
  readonly format: 'frontier-sim-replay';
  readonly version: 1;
  /** The scenario's name (metadata.name). */
  readonly scenario: string;
  /** scenarioHash of the scenario the game was created from. */
  readonly scenarioHash: string;
  readonly seed: number;
  /** Who played each side: `person`, `policy` (the scenario's own or the default) or `policy:NAME`. */
  readonly players: { readonly blue: string; readonly red: string };
  /** Blue's declarative policy, when one replaced the scenario's. */
  readonly policy?: DeclarativePolicy;
  /** The hash of the state before the first turn. */
  readonly initialHash: string;
  readonly turns: readonly ReplayTurn[];
}

const HEX16 = /^[0-9a-f]{16}$/;

/**
 * What is wrong with `file` as a replay file (each problem with its JSON pointer); empty when
 * it is well formed. Orders are checked when replayed, as a game checks them.
 *
 * @example
 * replayFileProblems(JSON.parse(text)); // [] for a file game.record() wrote
 */
export function replayFileProblems(file: unknown): string[] {
  const out: string[] = [];
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return ['/: a replay file is a JSON object'];
  const f = file as Record<string, unknown>;
  if (f.format !== 'frontier-sim-replay') out.push('/format: expected "frontier-sim-replay"');
  if (f.version !== 1) out.push('/version: expected 1');
  if (typeof f.scenario !== 'string') out.push("/scenario: expected the scenario's name");
  if (typeof f.scenarioHash !== 'string' || !HEX16.test(f.scenarioHash)) out.push('/scenarioHash: expected 16 hex digits');
  if (!Number.isSafeInteger(f.seed) || (f.seed as number) < 0) out.push('/seed: expected a non-negative integer');
  const players = f.players as Record<string, unknown> | undefined;
  if (typeof players !== 'object' || players === null || typeof players.blue !== 'string' || typeof players.red !== 'string')
    out.push('/players: expected { blue, red } names');
  if (typeof f.initialHash !== 'string' || !HEX16.test(f.initialHash)) out.push('/initialHash: expected 16 hex digits');
  if (!Array.isArray(f.turns)) {
    out.push('/turns: expected an array');
    return out;
  }
  f.turns.forEach((t: unknown, i) => {
    const at = `/turns/${i}`;
    if (typeof t !== 'object' || t === null) return void out.push(`${at}: expected { turn, orders, hash }`);
    const r = t as Record<string, unknown>;
    if (r.turn !== i) out.push(`${at}/turn: expected ${i}`);
    if (typeof r.hash !== 'string' || !HEX16.test(r.hash)) out.push(`${at}/hash: expected 16 hex digits`);
    const o = r.orders as Record<string, unknown> | undefined;
    if (typeof o !== 'object' || o === null || !Array.isArray(o.blue) || !Array.isArray(o.red)) out.push(`${at}/orders: expected { blue: [...], red: [...] }`);
  });
  return out;
}
