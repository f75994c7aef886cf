/**
 * Phase 1 of a turn, movement: units due to leave leave (their road time decides when they
 * arrive), units due to arrive arrive. A sector counts the personnel that leave and arrive.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */
import { movementTurns } from '../../model/forces';
import { roadDistanceKm } from '../../model/geography';
import type { MutableForce, MutableSector } from '../world';
import { round } from './flows';
import type { TurnFrame } from './turn-frame';

/** Moves the units of the turn `t`. */
export function movePhase(t: TurnFrame): void {
  const { sc, turn, date, log, specs } = t;
  const { forces, sectors } = t.w;
  const logging = t.ctx.log;
  for (let i = 0; i < forces.length; i++) {
    const unit = forces[i] as MutableForce;
    const planned = sc.forces[i];
    if (planned && unit.movingTo === null && planned.moveTo !== null && turn === planned.departTurn && unit.location !== planned.moveTo && unit.personnel > 0) {
      const from = sc.places.get(unit.location);
      const to = sc.places.get(planned.moveTo);
      const distance = from && to ? roadDistanceKm(from, to) : Infinity;
      const speed = from && to ? Math.min(from.roadSpeedKmPerHour, to.roadSpeedKmPerHour) : 0;
      const turns = movementTurns(distance, speed, sc.forceDynamics.movementHoursPerTurn);
      if (turns === Infinity) {
        if (logging)
          log.push({
            turn,
            date,
            type: 'move-impossible',
            message: `${planned.name} cannot reach ${planned.moveTo} from ${unit.location}: no road access`,
            data: { distanceKm: distance },
          });
      } else {
        const origin = sc.sectorIndex.get(unit.location);
        if (origin !== undefined) (sectors[origin] as MutableSector).personnelDeparted += unit.personnel;
        unit.movingTo = planned.moveTo;
        unit.arrivesTurn = turn + turns;
        if (logging) {
          log.push({
            turn,
            date,
            type: 'move',
            message: `${planned.name} leaves ${unit.location} for ${planned.moveTo}: ${round(distance, 1)} km at ${speed} km/h, ${turns} turn(s)`,
            data: { distanceKm: distance, speedKmPerHour: speed, turns, personnel: unit.personnel },
          });
        }
      }
    }
    if (unit.movingTo !== null && unit.arrivesTurn <= turn) {
      const dest = sc.sectorIndex.get(unit.movingTo);
      if (dest !== undefined) (sectors[dest] as MutableSector).personnelArrived += unit.personnel;
      if (logging)
        log.push({ turn, date, type: 'arrive', message: `${specs[i]?.name ?? unit.id} arrives at ${unit.movingTo}`, data: { personnel: unit.personnel } });
      unit.location = unit.movingTo;
      unit.movingTo = null;
      unit.arrivesTurn = -1;
    }
  }
}
