/**
 * The kernel: one turn played on a run state, in place, as a pipeline of phases
 * (docs/architecture.md, "The turn"):
 *
 * 0. decide (decide.ts): drills that start, events, the policy's rules and function, orders;
 * 1. move (move.ts): units due to leave leave, units due to arrive arrive;
 * 2. defend (defend.ts): each sector's detection, response delays, complicity; deterrence;
 * 3. cross (cross.ts, engage.ts): each actor's attempts routed, detected, stopped, or fought;
 * 4. upkeep (upkeep.ts): casualties, fatigue, readiness, training, sensors, sector totals;
 * 5. account (account.ts): cost, sovereignty, conflict share, readiness, personnel.
 *
 * Every decision reads the state at the start of the turn, so the order in which actors and
 * sectors are visited never matters, except that responders and fighters lost in one battle are
 * not available for a later battle of the same turn (processed in scenario order). The turn's
 * random streams are a function of (seed, turn, key) alone (KeyedStream.open), so a turn is a
 * function of the run state it is given.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import type { Order } from '../../scenario/schema';
import type { LogEntry } from '../results';
import type { TurnOutcome } from '../turn-record';
import { turnTables } from '../turn-tables';
import { accountPhase } from './account';
import type { StepContext } from './context';
import { crossPhase } from './cross';
import { decidePhase } from './decide';
import { defendPhase } from './defend';
import { movePhase } from './move';
import type { RunState } from './run-state';
import { unitsOf, type TurnFrame } from './turn-frame';
import { upkeepPhase } from './upkeep';

/**
 * Plays turn `w.turn` on `w`, in place, with `orders` given after the policy's; returns what the
 * turn produced (valid until the next turn of the same context: its arrays are the context's).
 */
export function playTurn(w: RunState, ctx: StepContext, orders?: readonly Order[]): TurnOutcome {
  const turn = w.turn;
  const calendar = turnTables(ctx.scenario);
  const date = calendar.date(turn);
  const log: LogEntry[] = [];
  const decided = decidePhase(w, ctx, date, calendar.month(turn), log, orders);
  const sc = decided.sc;
  const t: TurnFrame = {
    ctx,
    sc,
    w,
    turn,
    date,
    log,
    weeks: sc.turnLengthDays / 7,
    nS: sc.sectors.length,
    ...unitsOf(w.forces, sc, ctx),
    arrays: ctx.scratch.turn(sc.sectors.length, w.forces.length),
    sovereigntyNow: decided.sovereigntyNow,
    changedWithin: decided.changedWithin ?? null,
  };
  movePhase(t);
  const defence = defendPhase(t);
  crossPhase(t, defence);
  upkeepPhase(t, defence);
  const out = accountPhase(t, defence);
  if (w.world !== null) {
    // Conditions and policies read the metrics of the last turns (history.ts).
    w.world.history.push(out, sc.historyTurns);
    w.world.sovereignty = w.world.sovereignty + out.sovereignty;
  }
  w.turn = turn + 1;
  return out;
}
