/**
 * Parts of a valid scenario that can never act: an actor present in no sector or that never
 * tries, a unit with no one in it, a patrol that never reaches a sector, a quick-reaction force
 * out of reach of every sector, an exercise too far away to deter, an event or drill that can never
 * fire, a terrain class nobody declared. None makes the scenario invalid (a run is well defined),
 * but each is almost always a mistake whose effect silently vanishes: `frontier-sim validate`
 * prints them as warnings and fails on them with `--strict`.
 *
 * @module
 */
import { roadDistanceKm } from '../model/geography';
import { quantityValue, type QuantityValue } from '../scenario/quantity';
import type { Scenario } from '../scenario/schema';
import { compileScenario, type CompiledScenario } from './compile';
import { parseIsoDate } from './calendar';

/** One warning: where (a JSON pointer into the scenario as loaded, after `extends`) and what. */
export interface ScenarioWarning {
  readonly pointer: string;
  readonly message: string;
}

/** The largest value a quantity can take in a sweep (its range's max, else its value). */
function most(q: QuantityValue | undefined): number {
  if (q === undefined) return NaN;
  if (typeof q === 'object' && 'max' in q) return Math.max(q.max, quantityValue(q));
  return quantityValue(q);
}

/** What events and policy rules can do to actors and units (an actor given intent, a unit deployed...). */
function reachedByActions(s: Scenario): { actors: Set<string>; presence: Set<string>; units: Set<string>; drills: Set<string> } {
  const actors = new Set<string>();
  const presence = new Set<string>();
  const units = new Set<string>();
  const drills = new Set<string>();
  const actions = [...(s.events ?? []).flatMap((e) => e.actions), ...(s.policy?.rules ?? []).flatMap((r) => r.orders)];
  for (const a of actions) {
    if (a.type === 'actor') {
      if (a.intent !== undefined || a.strength !== undefined) actors.add(a.actor);
      if (a.presence !== undefined) presence.add(a.actor);
    } else if (a.type === 'deploy') units.add(a.force);
    else if (a.type === 'allow-quick-reaction') for (const f of a.forces) units.add(f);
    else if (a.type === 'start-drill') drills.add(a.drill);
  }
  return { actors, presence, units, drills };
}

function actorWarnings(s: Scenario, sc: CompiledScenario, acted: ReturnType<typeof reachedByActions>, out: ScenarioWarning[]): void {
  s.actors.forEach((a, i) => {
    const at = `/actors/${i}`;
    const compiled = sc.actors[i];
    const present = compiled !== undefined && compiled.sectorShare.some((x) => x > 0);
    if (!present && !acted.presence.has(a.id)) {
      out.push({
        pointer: `${at}/presence`,
        message: `actor ${a.id} is present in no sector (its presence names no sector with a weight above 0, nor a province that a sector faces): its attempts go nowhere`,
      });
      return;
    }
    const never = (why: string, field: string) => out.push({ pointer: `${at}/${field}`, message: `actor ${a.id} never attempts a crossing: ${why}` });
    if (!(most(a.attemptsPerWeek) > 0)) never('attemptsPerWeek is 0', 'attemptsPerWeek');
    else if (!(most(a.strength) > 0) && !acted.actors.has(a.id)) never('its strength is 0 and no event changes it', 'strength');
    else if (!(most(a.intent) > 0) && !acted.actors.has(a.id)) never('its intent is 0 and no event changes it', 'intent');
    else if (present && compiled !== undefined && sectorsNeverOpen(sc, compiled.sectorShare)) {
      never('every sector it is present in is closed in every month (river crossability 0)', 'presence');
    }
  });
}

/** Whether every sector with a share is closed in all twelve months. */
function sectorsNeverOpen(sc: CompiledScenario, share: Float64Array): boolean {
  for (const s of sc.sectors) {
    if (!((share[s.index] ?? 0) > 0)) continue;
    if (s.riverByMonth === null || s.riverByMonth.some((x) => x > 0)) return false;
  }
  return true;
}

function forceWarnings(s: Scenario, sc: CompiledScenario, acted: ReturnType<typeof reachedByActions>, out: ScenarioWarning[]): void {
  s.forces.forEach((f, i) => {
    const at = `/forces/${i}`;
    if (!(most(f.personnel) >= 1)) {
      out.push({ pointer: `${at}/personnel`, message: `unit ${f.id} has no personnel: it can do nothing` });
      return;
    }
    const here = sc.places.get(f.location);
    const toSector = (f.moveTo !== undefined && sc.sectorIndex.has(f.moveTo)) || acted.units.has(f.id);
    if (f.role === 'patrol' && !sc.sectorIndex.has(f.location) && !toSector) {
      out.push({
        pointer: `${at}/location`,
        message: `patrol unit ${f.id} is at ${f.location}, not in a sector, and nothing moves it to one: patrols search only the sector they are in`,
      });
    }
    const respond = f.role === 'quick-reaction' || f.quickReaction === true || acted.units.has(f.id);
    if (respond && here !== undefined && f.moveTo === undefined) {
      const reach = sc.response.quickReactionReachKm;
      const nearest = Math.min(...sc.sectors.map((x) => roadDistanceKm(here, x.position)));
      if (nearest > reach) {
        out.push({
          pointer: `${at}/location`,
          message: `quick-reaction unit ${f.id} is ${Math.round(nearest)} km from the nearest sector, beyond parameters.response.quickReactionReachKm (${reach} km): it never responds`,
        });
      }
    }
    if (f.role === 'exercise' && here !== undefined && here.fromBorderKm > sc.exerciseRangeKm && f.moveTo === undefined && !acted.units.has(f.id)) {
      out.push({
        pointer: `${at}/location`,
        message: `exercise unit ${f.id} is ${here.fromBorderKm} km from the border, beyond parameters.deterrence.exerciseRangeKm (${sc.exerciseRangeKm} km): it never deters`,
      });
    }
  });
}

function eventWarnings(s: Scenario, sc: CompiledScenario, acted: ReturnType<typeof reachedByActions>, out: ScenarioWarning[]): void {
  const runDays = sc.turns * sc.turnLengthDays;
  const end = (day: number) => day >= runDays;
  (s.events ?? []).forEach((e, i) => {
    const at = `/events/${i}/trigger`;
    const t = e.trigger;
    if (t.turn !== undefined && t.turn >= sc.turns)
      out.push({ pointer: `${at}/turn`, message: `event ${e.id} never fires: turn ${t.turn} is after the run's last turn (${sc.turns - 1})` });
    if (t.date !== undefined) {
      const day = parseIsoDate(t.date) - sc.startDay;
      if (day < 0 || end(day))
        out.push({ pointer: `${at}/date`, message: `event ${e.id} never fires: ${t.date} is ${day < 0 ? 'before the run starts' : 'after the run ends'}` });
    }
    if (t.probabilityPerWeek !== undefined && !(most(t.probabilityPerWeek) > 0))
      out.push({ pointer: `${at}/probabilityPerWeek`, message: `event ${e.id} never fires: its chance is 0` });
  });
  (s.drills ?? []).forEach((d, i) => {
    const compiled = sc.drills[i];
    if (compiled === undefined || acted.drills.has(d.id)) return;
    const at = `/drills/${i}`;
    if (compiled.startDay < 0)
      out.push({
        pointer: at,
        message: `drill ${d.id} never runs: it has no start${d.startDate !== undefined ? ` (${d.startDate} is before the run starts)` : ''} and no event or rule starts it`,
      });
    else if (end(compiled.startDay)) out.push({ pointer: at, message: `drill ${d.id} never runs: it starts after the run ends` });
  });
}

function terrainWarnings(s: Scenario, out: ScenarioWarning[]): void {
  const declared = new Set((s.terrains ?? []).map((t) => t.id));
  s.sectors.forEach((x, i) => {
    if (x.terrain !== undefined && !declared.has(x.terrain)) {
      const list = [...declared];
      out.push({
        pointer: `/sectors/${i}/terrain`,
        message: `terrain ${JSON.stringify(x.terrain)} is not declared in terrains[]: the sector's ground is neutral (search multiplier 1, open all year)${list.length > 0 ? `; declared: ${list.map((t) => JSON.stringify(t)).join(', ')}` : ''}`,
      });
    }
  });
}

/**
 * The parts of a (validated) scenario that can never act, as warnings in file order: actors,
 * then units, then events and drills, then sectors' undeclared terrain.
 *
 * @example
 * for (const w of scenarioWarnings(loadScenario('my-border.json'))) console.warn(`${w.pointer}: ${w.message}`);
 */
export function scenarioWarnings(scenario: Scenario): ScenarioWarning[] {
  const sc = compileScenario(scenario);
  const acted = reachedByActions(scenario);
  const out: ScenarioWarning[] = [];
  actorWarnings(scenario, sc, acted, out);
  forceWarnings(scenario, sc, acted, out);
  eventWarnings(scenario, sc, acted, out);
  terrainWarnings(scenario, out);
  return out;
}
