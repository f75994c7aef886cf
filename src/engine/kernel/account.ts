/**
 * Phase 5 of a turn, the accounts: the forces' personnel, readiness, cost and sovereignty, the
 * quick-reaction sorties, the share of the border in conflict, and what drills and an assistance
 * programme cost; with the flows the crossings left in the turn's accumulators, the turn's
 * {@link TurnOutcome} (the recorder, recorder.ts, names and sums it).
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { drillWeeks, presenceSovereignty, turnCostUsd } from '../../model/cost';
import { clashInWindow } from '../../model/metrics';
import { drillDaysInTurn, type MutableForce, type MutableSector } from '../world';
import type { TurnOutcome } from '../turn-record';
import type { Defence } from './defend';
import type { TurnFrame } from './turn-frame';

/** The turn `t`'s outcome, after its upkeep. */
export function accountPhase(t: TurnFrame, d: Defence): TurnOutcome {
  const { sc, turn, date, weeks, nS, log, arrays } = t;
  const { forces, sectors, world } = t.w;
  const { sorties } = arrays;
  let personnel = 0;
  let readinessWeighted = 0;
  let cost = 0;
  let sortieTotal = 0;
  let sovereignty = t.sovereigntyNow;
  for (let i = 0; i < forces.length; i++) {
    const unit = forces[i] as MutableForce;
    const spec = t.specs[i];
    if (!spec) continue;
    const flown = sorties[i] ?? 0;
    personnel += unit.personnel;
    readinessWeighted += unit.personnel * unit.readiness;
    sortieTotal += flown;
    cost += turnCostUsd(unit.personnel, spec.costPerPersonPerWeekUsd, weeks, flown, spec.sortieCostUsd);
    // Presence costs sovereignty on station (a unit still on its way from abroad does not yet).
    if (spec.sovereigntyPerThousandPerWeek > 0 && unit.movingTo === null)
      sovereignty += presenceSovereignty(unit.personnel, spec.sovereigntyPerThousandPerWeek, weeks);
    if (spec.sovereigntyPerSortie > 0) sovereignty += flown * spec.sovereigntyPerSortie;
  }
  const window = sc.conflictWindowTurns;
  let conflictKm = 0;
  for (let s = 0; s < nS; s++) {
    const last = (sectors[s] as MutableSector).lastClashTurn;
    if (clashInWindow(last < 0 ? null : last, turn, window)) conflictKm += sc.sectors[s]?.lengthKm ?? 0;
  }
  if (world !== null) {
    for (const drill of sc.drills) {
      const days = drillDaysInTurn(world, drill.id, turn, sc.turnLengthDays);
      if (!(days > 0)) continue;
      // A drill that runs the whole turn costs its weeks, as every unit does; a part, its days.
      const w = drillWeeks(days, sc.turnLengthDays, weeks);
      cost += drill.personnel * drill.costPerPersonPerWeekUsd * w;
      sovereignty += presenceSovereignty(drill.personnel, drill.sovereigntyPerThousandPerWeek, w);
    }
    if (d.programmeOn && world.assistance !== null) cost += world.assistance.usdPerWeek * weeks;
  }
  return {
    turn,
    date,
    log,
    sectorAcc: arrays.sectorAcc,
    kindAcc: arrays.kindAcc,
    pDetect: arrays.pDetect,
    sorties: sortieTotal,
    cost,
    sovereignty,
    conflictShare: sc.totalLengthKm > 0 ? Math.min(1, conflictKm / sc.totalLengthKm) : 0,
    readiness: personnel > 0 ? readinessWeighted / personnel : 0,
    personnel,
  };
}
