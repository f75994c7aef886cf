/**
 * Phase 2 of a turn, the defence of each sector: patrol effort from the units on station (at
 * their mean condition over the turn), detection (patrols, posts, sensors), the local team's
 * delay, the nearest quick-reaction force and its delay, the guards' complicity; and the
 * deterrence of exercises and drills near the border. Reads the units after movement; changes
 * none of them.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { assistedMean } from '../../model/forces';
import { deterrenceFactor } from '../../model/pressure';
import type { SectorDetection } from '../../model/sector-detection';
import type { CompiledScenario } from '../compile';
import { drillDaysInTurn, type MutableForce, type MutableSector, type MutableWorld } from '../world';
import { turnTables, type MonthMix } from '../turn-tables';
import { sectorOfForce } from './context';
import { NK } from './flows';
import type { TurnFrame } from './turn-frame';

/** What the rest of the turn reads of the defence (the arrays are in `t.arrays`). */
export interface Defence {
  /** The share of the full assistance rates sector s gets this turn (advisors: 1; a programme: its multiplier). */
  readonly assisted: (s: number) => number;
  /** An assistance programme runs this turn. */
  readonly programmeOn: boolean;
  /** The turn's calendar months, with the seasonal tables over its days. */
  readonly mix: MonthMix;
  /** Each sector's access over the turn (river and passes). */
  readonly access: Float64Array;
  /** For a turn across months: each month's detection probability by sector (else null). */
  readonly monthTables: Float64Array[] | null;
}

/** Works out the defence of every sector for the turn `t`, into `t.arrays`. */
export function defendPhase(t: TurnFrame): Defence {
  const { sc, ctx, turn, nS, arrays } = t;
  const { forces, sectors, world } = t.w;
  const nF = forces.length;
  const { patrolEffective, localAvailable, localCondition, localComplicity, advised, qrfRemaining } = arrays;
  // Where advisors are (they raise sensors and training over the turn), before the patrols read it.
  let advisedEverywhere = false;
  for (let i = 0; i < nF; i++) {
    const unit = forces[i] as MutableForce;
    if (unit.role !== 'advisory' || unit.movingTo !== null || !(unit.personnel > 0)) continue;
    const s = sectorOfForce(ctx, i, unit.location);
    if (s === undefined) advisedEverywhere = true;
    else advised[s] = 1;
  }
  const programme = world?.assistance ?? null;
  const programmeOn = programme !== null && (programme.untilTurn < 0 || turn < programme.untilTurn);
  const assisted = (s: number): number => (advisedEverywhere || advised[s] ? 1 : programmeOn ? (programme.multiplier[s] ?? 0) : 0);
  const fd = sc.forceDynamics;
  const aid = sc.assistance;
  let exercisePersonnel = 0;
  for (let i = 0; i < nF; i++) {
    const unit = forces[i] as MutableForce;
    // What each unit can send to an engagement this turn (section 3).
    qrfRemaining[i] = unit.personnel * unit.readiness;
    if (unit.movingTo !== null || !(unit.personnel > 0)) continue;
    if (unit.role === 'exercise' && (sc.places.get(unit.location)?.fromBorderKm ?? Infinity) <= sc.exerciseRangeKm) exercisePersonnel += unit.personnel;
    if (unit.role !== 'patrol') continue;
    const s = sectorOfForce(ctx, i, unit.location);
    if (s === undefined) continue;
    // On station: a unit that can share its sector's losses (section 4).
    arrays.station[i] = s;
    const available = unit.personnel * unit.readiness;
    // Its condition over the turn: fatigue and training relax during it, and a turn reads their
    // means (docs/model.md, "Time"), not their values at its start.
    const fatigue = fd.rotation.settle + (unit.fatigue - fd.rotation.settle) * fd.rotationMean;
    const m = assisted(s);
    const quality = m > 0 ? assistedMean(unit.quality, aid.qualityCap, aid.qualityGainPerWeek, aid.qualityMean, m, sc.weeks) : unit.quality;
    const condition = available * (1 - fatigue) * quality;
    patrolEffective[s] = (patrolEffective[s] ?? 0) + condition * sc.detection.dutyFraction;
    localAvailable[s] = (localAvailable[s] ?? 0) + available;
    localCondition[s] = (localCondition[s] ?? 0) + condition;
    // Complicity is that of the guards who can meet a load: weighted by personnel fit for duty.
    localComplicity[s] = (localComplicity[s] ?? 0) + available * unit.complicity;
  }
  // Drills add exercise presence near the border for the days they run (deterrence, no patrols).
  deterrenceByKind(sc, world, turn, exercisePersonnel, arrays.deterrence);

  const { pDetect, localDelay, qrfIndex, qrfDelay, complicity, sensors } = arrays;
  // The turn's calendar months: each sector's access (river and passes) and search season over
  // the turn's days, from the scenario's (or variant's) tables.
  const tables = turnTables(sc);
  const mix = tables.mix(turn);
  const access = mix.access();
  const searchSeason = mix.search();
  // A turn across months: each month's detection too, for the actors to weigh by their attempts.
  const monthTables: Float64Array[] | null = mix.months.length > 1 ? mix.months.map((_, k) => ctx.scratch.monthTable(k, nS)) : null;
  // Only the quick-reaction forces within reach of a sector are looked at (src/engine/spatial.ts).
  const qr = ctx.scratch.quickReaction;
  qr.build(forces, t.specs, t.forcesById, sc.places);
  const nearest = { index: -1, delay: Infinity };
  const detection = tables.detection();
  const delays = tables.localDelays();
  for (const sector of sc.sectors) {
    const i = sector.index;
    const level = (sectors[i] as MutableSector).sensorDetection;
    const m = assisted(i);
    // Without assistance the sensors stay at their level (assistedMean's own first case, here
    // so that the common sector makes no call).
    sensors[i] = m > 0 ? assistedMean(level, aid.sensorCap, aid.sensorGainPerWeek, aid.sensorMean, m, sc.weeks) : level;
    const model = detection[i] as SectorDetection;
    model.probabilityInto(pDetect, i, patrolEffective, searchSeason, sensors, i);
    if (monthTables !== null) {
      // Reported per sector: the mean over the turn's days of each month's chance.
      let mean = 0;
      for (let k = 0; k < monthTables.length; k++) {
        const table = monthTables[k] as Float64Array;
        model.probabilityInto(table, i, patrolEffective, tables.search(mix.months[k] as number), sensors, i);
        mean += (mix.shares[k] as number) * (table[i] as number);
      }
      pDetect[i] = mean;
    }
    delays.into(localDelay, localAvailable, i);
    // The nearest quick-reaction force (ties: first by id). Units patrolling this sector are
    // its local response already and are not counted twice.
    if (!qr.empty) {
      qr.nearest(sector.id, sector.position, sector.roadSpeedKmPerHour, sc.response.quickReactionReachKm, forces, t.specs, nearest);
      qrfDelay[i] = nearest.delay;
      qrfIndex[i] = nearest.index;
    }
    const lp = localAvailable[i] ?? 0;
    const qi = qrfIndex[i] ?? -1;
    complicity[i] = lp > 0 ? (localComplicity[i] ?? 0) / lp : qi >= 0 ? (forces[qi] as MutableForce).complicity : 0;
  }
  return { assisted, programmeOn, mix, access, monthTables };
}

/**
 * The deterrence factor of each actor kind this turn (docs/model.md §1 and §14): exp(−k E / 1000)
 * for the exercise personnel E within range of the border, the mean over the turn's days when a
 * drill runs only some of them (the attempts add up day by day).
 */
function deterrenceByKind(sc: CompiledScenario, world: MutableWorld | null, turn: number, units: number, out: Float64Array): void {
  let full = units;
  // Drills that run part of the turn: their first and last day within it.
  let partial: { from: number; to: number; personnel: number }[] | null = null;
  const L = sc.turnLengthDays;
  if (world !== null) {
    const start = turn * L;
    for (const d of sc.drills) {
      if (d.fromBorderKm > sc.exerciseRangeKm) continue;
      const days = drillDaysInTurn(world, d.id, turn, L);
      if (!(days > 0)) continue;
      if (days === L) full += d.personnel;
      else {
        const run = world.drills[d.id] as { start: number; end: number };
        (partial ??= []).push({ from: Math.max(0, run.start - start), to: Math.min(L, run.end - start), personnel: d.personnel });
      }
    }
  }
  for (let k = 0; k < NK; k++) {
    const per = sc.kinds[k]?.deterrencePerThousandExercise ?? 0;
    if (partial === null) {
      out[k] = deterrenceFactor(full / 1000, per);
      continue;
    }
    // Piecewise constant between the partial drills' ends: the mean over the turn's days.
    const cuts = [...new Set([0, L, ...partial.flatMap((p) => [p.from, p.to])])].sort((a, b) => a - b);
    let mean = 0;
    for (let j = 0; j + 1 < cuts.length; j++) {
      const a = cuts[j] as number;
      const b = cuts[j + 1] as number;
      let e = full;
      for (const p of partial) if (p.from <= a && b <= p.to) e += p.personnel;
      mean += ((b - a) / L) * deterrenceFactor(e / 1000, per);
    }
    out[k] = mean;
  }
}
