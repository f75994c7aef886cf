/**
 * Response: how long the guards of a sector, or a quick-reaction force from elsewhere, need to
 * reach a detected crossing, and hence the chance they arrive before the crossers have cleared
 * the border zone (`arrivalInTimeProbability` in interdiction.ts turns a delay into that
 * chance).
 *
 * @module
 */
import { travelHours } from './forces';
import { nonNegative } from './probability';

/**
 * Delay of a sector's own reaction (h). The guards available in the sector form reaction teams
 * of `respondersPerIncident`, spread evenly along it; each team covers a stretch of
 * L / teams and starts from its centre, so the mean distance to a crossing point uniform on
 * the stretch is L / (4 teams). Delay = notice + that distance / road speed. Fewer guards mean
 * longer stretches and later arrival: this is how a thinly held sector responds worse, not only
 * sees worse. Using the mean distance inside exp(-delay/τ) is an approximation (it slightly
 * understates the arrival chance, by Jensen's inequality).
 *
 * @param availablePersonnel - guards of the sector fit for duty (persons)
 * @param respondersPerIncident - guards in one reaction team (persons, ≥ 1)
 * @param sectorLengthKm - sector length (km)
 * @param roadSpeedKmPerHour - road speed in the sector (km/h)
 * @param noticeHours - time to move out (h)
 * @returns delay (h); +Infinity with nobody to respond
 * @example
 * localResponseDelayHours(100, 10, 80, 20, 0.5); // 0.5 + (80 / 40) / 20 = 0.6
 */
export function localResponseDelayHours(
  availablePersonnel: number,
  respondersPerIncident: number,
  sectorLengthKm: number,
  roadSpeedKmPerHour: number,
  noticeHours: number,
): number {
  const teams = nonNegative(availablePersonnel) / Math.max(1, nonNegative(respondersPerIncident));
  if (!(teams > 0)) return Infinity;
  const distance = nonNegative(sectorLengthKm) / (4 * teams);
  return nonNegative(noticeHours) + travelHours(distance, roadSpeedKmPerHour);
}

/**
 * Delay of a quick-reaction force to a sector (h): notice + road distance / speed, or
 * +Infinity beyond its reach (a force does not respond to crossings hundreds of km away).
 *
 * @param noticeHours - time from the call to moving out (h): alerting, political decision
 * @param distanceKm - road distance from the force to the sector (km)
 * @param speedKmPerHour - road speed (km/h)
 * @param reachKm - largest distance the force responds over (km)
 * @returns delay (h), or +Infinity when out of reach
 * @example
 * quickReactionDelayHours(2, 120, 40, 500); // 5
 * quickReactionDelayHours(2, 600, 40, 500); // Infinity
 */
export function quickReactionDelayHours(noticeHours: number, distanceKm: number, speedKmPerHour: number, reachKm: number): number {
  if (!(nonNegative(distanceKm) <= nonNegative(reachKm))) return Infinity;
  return nonNegative(noticeHours) + travelHours(distanceKm, speedKmPerHour);
}
