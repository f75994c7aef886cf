/**
 * Phase 4 of a turn, after the fights: casualties on both sides (a quick-reaction force's its
 * own, a sector's shared out among the patrols on station), then each unit's fatigue, readiness
 * and training, the readiness a drill gives its units, each sector's sensors, and the sectors'
 * running totals and last clash.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { assistanceGrowth, assistedGainPerTurn, dutyFatigue, updateFatigue, updateReadiness } from '../../model/forces';
import { compoundPerWeek, DAYS_PER_WEEK } from '../../model/time';
import type { CompiledScenario } from '../compile';
import { drillDaysInTurn, type MutableForce, type MutableSector } from '../world';
import type { StationIndex } from '../spatial';
import { sectorOfForce } from './context';
import type { Defence } from './defend';
import { M, NF } from './flows';
import type { TurnFrame } from './turn-frame';

/** Plays the aftermath of the turn `t` on its units and sectors. */
export function upkeepPhase(t: TurnFrame, d: Defence): void {
  const { sc, ctx, turn, nS, arrays } = t;
  const { forces, sectors, world } = t.w;
  const nF = forces.length;
  const { qrfLosses, localLosses, sectorAcc, clashed } = arrays;
  for (let i = 0; i < nF; i++) {
    // The losses first: on a long border, reading every unit's record here was a cache miss each.
    const q = qrfLosses[i] as number;
    if (!(q > 0)) continue;
    const lost = Math.min((forces[i] as MutableForce).personnel, q);
    if (lost > 0) applyLoss(forces[i] as MutableForce, lost, sectors, sc);
  }
  let stationsBuilt = false;
  for (let s = 0; s < nS; s++) {
    const pending = localLosses[s] ?? 0;
    if (!(pending > 0)) continue;
    if (!stationsBuilt) {
      ctx.scratch.stations.build(t.forcesById, arrays.station, nS);
      stationsBuilt = true;
    }
    shareLosses(pending, s, forces, sectors, sc, ctx.scratch.stations);
  }
  // Readiness gained by the units in a drill this turn, over the days it runs (none in most
  // turns: no map then).
  let drilling: Map<string, number> | null = null;
  if (world !== null) {
    for (const drill of sc.drills) {
      const days = drillDaysInTurn(world, drill.id, turn, sc.turnLengthDays);
      if (!(days > 0)) continue;
      drilling ??= new Map<string, number>();
      const gain = compoundPerWeek(drill.readinessGainPerWeek, days / DAYS_PER_WEEK);
      for (const p of drill.participants) drilling.set(p, Math.max(drilling.get(p) ?? 0, gain));
    }
  }
  const fd = sc.forceDynamics;
  const aid = sc.assistance;
  for (let i = 0; i < nF; i++) {
    const unit = forces[i] as MutableForce;
    const spec = t.specs[i];
    if (!spec) continue;
    if (unit.movingTo !== null) unit.fatigue = updateFatigue(unit.fatigue, true, fd.fatigueRisePerTurn, fd.fatigueRecoveryPerTurn);
    else if (unit.role === 'patrol' || unit.role === 'exercise')
      unit.fatigue = dutyFatigue(unit.fatigue, fd.fatigueRisePerWeek, fd.fatigueRecoveryPerWeek, fd.rotation, sc.weeks);
    else unit.fatigue = updateFatigue(unit.fatigue, false, fd.fatigueRisePerTurn, fd.fatigueRecoveryPerTurn);
    unit.readiness = updateReadiness(unit.readiness, spec.readinessTarget, fd.readinessRatePerTurn);
    const gain = drilling === null ? undefined : drilling.get(unit.id);
    if (gain !== undefined) unit.readiness = Math.max(unit.readiness, updateReadiness(unit.readiness, 1, gain));
    const s = sectorOfForce(ctx, i, unit.location);
    if (unit.movingTo === null && unit.role === 'patrol' && s !== undefined) {
      const m = d.assisted(s);
      if (m > 0)
        unit.quality = Math.max(
          unit.quality,
          assistanceGrowth(unit.quality, aid.qualityCap, assistedGainPerTurn(aid.qualityGainPerWeek, aid.qualityGainPerTurn, m, sc.weeks)),
        );
    }
  }
  for (let s = 0; s < nS; s++) {
    const sec = sectors[s] as MutableSector;
    const m = d.assisted(s);
    if (m > 0)
      sec.sensorDetection = Math.max(
        sec.sensorDetection,
        assistanceGrowth(sec.sensorDetection, aid.sensorCap, assistedGainPerTurn(aid.sensorGainPerWeek, aid.sensorGainPerTurn, m, sc.weeks)),
      );
    sec.attempts += sectorAcc[s * NF + M.attempts] ?? 0;
    sec.detected += sectorAcc[s * NF + M.detected] ?? 0;
    sec.interdicted += sectorAcc[s * NF + M.interdicted] ?? 0;
    sec.gotAway += sectorAcc[s * NF + M.gotAway] ?? 0;
    sec.kgSeized += sectorAcc[s * NF + M.kgSeized] ?? 0;
    sec.kgThrough += sectorAcc[s * NF + M.kgThrough] ?? 0;
    sec.clashes += sectorAcc[s * NF + M.clashes] ?? 0;
    if (clashed[s]) sec.lastClashTurn = turn;
  }
}

function applyLoss(f: MutableForce, lost: number, sectors: MutableSector[], sc: CompiledScenario): void {
  f.personnel -= lost;
  f.casualties += lost;
  const s = sc.sectorIndex.get(f.location);
  if (s !== undefined && f.movingTo === null) (sectors[s] as MutableSector).personnelLost += lost;
}

/**
 * Shares a sector's losses out among the patrol units on station, in proportion to their
 * personnel (rounded down), the remainder in id order, never more than a unit has.
 */
function shareLosses(pending: number, s: number, forces: MutableForce[], sectors: MutableSector[], sc: CompiledScenario, stations: StationIndex): void {
  const id = sc.sectors[s]?.id;
  const units: MutableForce[] = [];
  let total = 0;
  for (let fi = stations.first(s); fi >= 0; fi = stations.after(fi)) {
    const f = forces[fi] as MutableForce;
    if (f.role === 'patrol' && f.location === id && f.movingTo === null && f.personnel > 0) {
      units.push(f);
      total += f.personnel;
    }
  }
  let left = Math.min(pending, total);
  if (!(left > 0)) return;
  const shares = units.map((f) => Math.min(f.personnel, Math.floor((left * f.personnel) / total)));
  for (const sh of shares) left -= sh;
  // The rounding remainder goes to the units in id order, each up to what it has left.
  for (let j = 0; left > 0 && j < units.length; j++) {
    const extra = Math.min(left, (units[j] as MutableForce).personnel - (shares[j] ?? 0));
    shares[j] = (shares[j] ?? 0) + extra;
    left -= extra;
  }
  units.forEach((f, j) => {
    if ((shares[j] ?? 0) > 0) applyLoss(f, shares[j] ?? 0, sectors, sc);
  });
}
