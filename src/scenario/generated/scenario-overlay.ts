// GENERATED FILE, do not edit. Regenerate with `npm run schema` (scripts/write-schema.ts).
// The type of a scenario overlay, from the scenario's JSON Schema by the merge rules of
// src/scenario/merge.ts (scripts/overlay-types.ts): every field optional, `null` deletes a field,
// arrays of entries with an `id` merge by id (`{ id, remove: true }` removes one), other arrays
// and values replace the base's. tests/scenario/schema-file.test.ts fails when this file is stale.
/* eslint-disable */

export type SourceOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  /** Author, title, date. */
  citation?: string | null;
  url?: string | null;
};

export type MetadataOverlay = {
  name?: string | null;
  description?: string | null;
  era?: string | null;
  sources?: (SourceOverlay | { id: string; remove: true })[] | null;
};

export type CalendarOverlay = {
  /** Date of the first turn, YYYY-MM-DD. */
  start?: string | null;
  /** Length of one turn. Unit: days. */
  turnLengthDays?: number | null;
  /** Number of turns a run lasts. */
  turns?: number | null;
};

export type AtOverlay = {
  /** Longitude, degrees east (WGS 84). */
  lon?: number | null;
  /** Latitude, degrees north (WGS 84). */
  lat?: number | null;
  /** Where the figures come from (a citation), or "assumption". */
  source?: string | null;
};

export type ProvinceOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  name?: string | null;
  country?: string | null;
  /** Who holds the province (e.g. "taliban", "republic"). */
  controlledBy?: string | null;
  /** A place on the globe, for maps. */
  at?: AtOverlay | null;
};

export type QuantityFormOverlay = {
  value?: number | null;
  /** Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or "assumption". */
  source?: string | null;
  note?: string | null;
};

export type InputDistributionOverlay2 = {
  type?: "triangular" | null;
  /** The most likely value, in [min, max]. */
  mode?: number | null;
};

export type InputDistributionOverlay3 = {
  type?: "normal" | null;
  /** Mean of the untruncated normal. */
  mean?: number | null;
  /** Standard deviation of the untruncated normal. */
  sd?: number | null;
};

export type InputDistributionOverlay4 = {
  type?: "lognormal" | null;
  /** Median of the untruncated lognormal (exp of the mean of the log). */
  median?: number | null;
  /** Standard deviation of the log. */
  sdLog?: number | null;
};

export type InputDistributionOverlay5 = {
  type?: "beta" | null;
  /** First shape parameter. */
  alpha?: number | null;
  /** Second shape parameter. */
  beta?: number | null;
};

export type InputDistributionOverlay = "uniform" | "triangular" | "normal" | "lognormal" | "beta" | { type?: "uniform" | null; } | InputDistributionOverlay2 | InputDistributionOverlay3 | InputDistributionOverlay4 | InputDistributionOverlay5;

export type QuantityFormOverlay2 = {
  min?: number | null;
  max?: number | null;
  value?: number | null;
  /** Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or "assumption". */
  source?: string | null;
  note?: string | null;
  dist?: InputDistributionOverlay | null;
  /** Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution. */
  group?: string | null;
};

export type QuantityForm = {
  value: number;
  /** Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or "assumption". */
  source?: string;
  note?: string;
};

export type InputDistribution2 = {
  type: "triangular";
  /** The most likely value, in [min, max]. */
  mode: number;
};

export type InputDistribution3 = {
  type: "normal";
  /** Mean of the untruncated normal. */
  mean: number;
  /** Standard deviation of the untruncated normal. */
  sd: number;
};

export type InputDistribution4 = {
  type: "lognormal";
  /** Median of the untruncated lognormal (exp of the mean of the log). */
  median: number;
  /** Standard deviation of the log. */
  sdLog: number;
};

export type InputDistribution5 = {
  type: "beta";
  /** First shape parameter. */
  alpha: number;
  /** Second shape parameter. */
  beta: number;
};

export type InputDistribution = "uniform" | "triangular" | "normal" | "lognormal" | "beta" | { type: "uniform"; } | InputDistribution2 | InputDistribution3 | InputDistribution4 | InputDistribution5;

export type QuantityForm2 = {
  min: number;
  max: number;
  value?: number;
  /** Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or "assumption". */
  source?: string;
  note?: string;
  dist?: InputDistribution;
  /** Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution. */
  group?: string;
};

export type TerrainOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  name?: string | null;
  /** Multiplier on a patrol's sweep rate (sweep width × speed) on this ground: rugged ground slows patrols and shortens sight lines. Default 1. Unit: dimensionless. */
  searchMultiplier?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Further multiplier on the sweep rate by calendar month (snow, vegetation that hides crossers). Default 1 in every month. Twelve values, January first. */
  searchMultiplierByMonth?: (number | QuantityForm | QuantityForm2)[] | null;
  /** Share of the crossing routes over this ground open in each calendar month (1 open, 0 closed, e.g. by snow); attempts over a closed route fall to parameters.season.winterClosedFactor. Default open all year. Twelve values, January first. */
  passOpenByMonth?: (number | QuantityForm | QuantityForm2)[] | null;
  /** Where the figures come from (a citation), or "assumption". */
  source?: string | null;
};

export type RiverOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  name?: string | null;
  /** Ease of crossing the river in each calendar month (0 impassable, 1 easiest): a multiplier on attempts in the sectors along it. Twelve values, January first. */
  crossabilityByMonth?: (number | QuantityForm | QuantityForm2)[] | null;
  /** Where the figures come from (a citation), or "assumption". */
  source?: string | null;
};

export type SeasonOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  name?: string | null;
  /** Activity in each calendar month (1 full, 0 none), e.g. a harvest calendar. Twelve values, January first. */
  weightsByMonth?: (number | QuantityForm | QuantityForm2)[] | null;
  /** Strength of the seasonality: the month factor is max(0, 1 + amplitude × (weight − mean weight)), whose mean over the year is 1 (0 = no seasonality). Default 1. Unit: dimensionless. */
  amplitude?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Where the figures come from (a citation), or "assumption". */
  source?: string | null;
};

export type BaseOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  name?: string | null;
  /** Position along the border from its western end. Unit: km. */
  alongBorderKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Road distance from the border. Unit: km. */
  fromBorderKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** A place on the globe, for maps. */
  at?: AtOverlay | null;
};

export type BorderOverlay = {
  type?: "LineString" | null;
  coordinates?: number[][] | null;
};

export type BorderOverlay2 = {
  type?: "MultiLineString" | null;
  coordinates?: number[][][] | null;
};

export type GeometryOverlay = {
  type?: "Polygon" | null;
  coordinates?: number[][][] | null;
};

export type GeometryOverlay2 = {
  type?: "MultiPolygon" | null;
  coordinates?: number[][][][] | null;
};

export type OutlineOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  name?: string | null;
  geometry?: GeometryOverlay | GeometryOverlay2 | null;
};

export type GeographyOverlay = {
  /** The border as a line from its western end to its eastern end; sectors[].line places each sector on it. */
  border?: BorderOverlay | BorderOverlay2 | null;
  /** Where the line and outlines come from (dataset, scale, how they were derived). */
  source?: string | null;
  /** How the line relates to the sectors' lengthKm (e.g. a generalised line shorter than the border's length). */
  note?: string | null;
  /** Countries drawn for context. */
  outlines?: (OutlineOverlay | { id: string; remove: true })[] | null;
};

export type PostsOverlay = {
  /** Fixed border posts in the sector. Unit: posts. */
  count?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Radius within which a post detects a crossing. Unit: km. */
  detectionRadiusKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type LineOverlay = {
  /** Where the sector starts on geography.border, km from its western end. */
  fromKm?: number | null;
  /** Where the sector ends on geography.border, km from its western end. */
  toKm?: number | null;
};

export type SectorOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  name?: string | null;
  /** Length of the border in the sector. Unit: km. */
  lengthKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Terrain class: the id of one of terrains[]. A class the scenario does not declare is neutral (search multiplier 1, open all year), and validate warns. */
  terrain?: string | null;
  /** The river the sector lies along: the id of one of rivers[] (its crossability by month). Default: no river (crossable all year). */
  river?: string | null;
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  provinceAcross?: string | null;
  /** Depth of the strip in which a crosser can be met. Unit: km. */
  depthKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  posts?: PostsOverlay | null;
  /** Chance that the sector's sensors detect an attempt. Unit: probability (0-1). */
  sensorDetection?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Speed of reinforcements on the sector's roads (its road access); default parameters.forces.roadSpeedKmPerHour. Unit: km/h. */
  roadSpeedKmPerHour?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Ease of crossing the river in this sector by month (0 impassable, 1 easiest), where it differs from its river's; default: its river's table, or crossable all year. Twelve values, January first. */
  riverCrossabilityByMonth?: (number | QuantityForm | QuantityForm2)[] | null;
  /** Position of the sector's midpoint along the border from its western end; default: from the cumulative lengths of the sectors listed before it. Unit: km. */
  alongBorderKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** The sector's stretch of geography.border (km along the drawn line). With a geography, every sector has one and they tile the line west to east without gaps or overlaps. */
  line?: LineOverlay | null;
};

export type RoleOverlay = "patrol" | "quick-reaction" | "garrison" | "exercise" | "advisory";

export type ForceOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  name?: string | null;
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  side?: string | null;
  /** Personnel in the unit. Unit: persons. */
  personnel?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** A sector id or a base id. */
  location?: string | null;
  role?: RoleOverlay | null;
  /** Share of the unit fit for duty. Unit: fraction (0-1). */
  readiness?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Fatigue at the start (0 rested, 1 exhausted). Unit: fraction (0-1). */
  fatigue?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Training and equipment, scaling search effectiveness. Unit: fraction (0-1). */
  quality?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Chance that a detected load is let through. Unit: probability (0-1). */
  complicity?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Readiness the unit tends to in its situation; default its starting readiness. Unit: fraction (0-1). */
  readinessTarget?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** May act as a quick-reaction force (respond to detected crossings in sectors within reach) although its role is not quick-reaction, e.g. the 201st base if a policy allows it. Default false; a quick-reaction role always may. */
  quickReaction?: boolean | null;
  /** Time from a call for help to moving out (alerting, political decision); default parameters.response.quickReactionNoticeHours. Unit: h. */
  noticeHours?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** A sector id or base id the unit moves to, leaving at departDay; the move takes turns that follow from distance and road access. */
  moveTo?: string | null;
  /** Days from the start of the run at which the unit leaves for moveTo (at the start of the turn that includes that day). Default 0. Unit: days. */
  departDay?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Upkeep of one person of the unit; default parameters.costs.costPerPersonPerWeekUsd. Unit: USD/person/week. */
  costPerPersonPerWeekUsd?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Cost of one quick-reaction sortie by the unit, political cost included as a money equivalent; default parameters.costs.sortieCostUsd. Unit: USD/sortie. */
  sortieCostUsd?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Political (sovereignty) cost of the unit's presence, e.g. foreign troops on the host's soil (docs/model.md, "Sovereignty"). Default 0. Unit: sovereignty points per 1,000 personnel per week. */
  sovereigntyPerThousandPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type PresenceOverlay = {
  [key: string]: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type ActorOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  name?: string | null;
  kind?: "armed-group" | "smuggling" | "refugees" | "recruits" | null;
  /** Fighters, couriers or people the actor counts. Unit: persons. */
  strength?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Intent to cross (0 none, 1 full). Unit: probability (0-1). */
  intent?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Crossing attempts a week across the whole border at intent 1 and no seasonal or deterrent effect. Unit: attempts/week. */
  attemptsPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Where the actor is present, by sector id or province id (a province spreads over its sectors by length). */
  presence?: PresenceOverlay | null;
  /** Narcotics carried by one smuggling attempt. Unit: kg. */
  loadKg?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** People in one crossing attempt. Unit: persons. */
  groupSize?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** How strongly the actor routes attempts away from sectors it remembers as well interdicted (logit θ; 0 = no adaptation); default parameters.kinds.<kind>.displacementSensitivity. Unit: per unit interdiction rate. */
  displacementSensitivity?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** The activity season that moves the actor's attempts within the year: the id of one of seasons[]. Default: none (flat over the year). */
  season?: string | null;
};

export type DetectionOverlay = {
  /** Koopman sweep width of one patrol. Unit: km. */
  sweepWidthKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Speed of a patrol while searching. Unit: km/h. */
  patrolSpeedKmPerHour?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Hours a crossing spends inside the searched strip, exposed to patrols (the t of Koopman's formula). Unit: h. */
  exposureHours?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Personnel in one patrol. Unit: persons. */
  personnelPerPatrol?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Default depth of the strip in which a crosser can be met. Unit: km. */
  sectorDepthKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Share of patrol personnel out searching at any moment (shifts, rest, duties). Unit: fraction (0-1). */
  dutyFraction?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Patrol search law: random (Koopman, 1 - exp(-z), default) or exhaustive (parallel sweep, min(1, z)). */
  searchMode?: "random" | "exhaustive" | null;
};

export type SeasonOverlay2 = {
  /** Share of attempts still made over a closed route (a pass closed by snow: terrains[].passOpenByMonth). Default 0.1. Unit: fraction (0-1). */
  winterClosedFactor?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type DisplacementOverlay = {
  /** Half-life of an actor's memory of each sector's interdiction rate (0 = only the last turn counts). Default 28. Unit: days. */
  memoryHalfLifeDays?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type ForcesOverlay = {
  /** Share of the gap to exhaustion closed per week deployed (patrol, exercise, moving). Default 0.1. Unit: fraction per week (0-1). */
  fatigueRisePerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Share of fatigue shed per week of rest (patrols rotate: they tire on duty and recover off it, week by week). Default 0.3. Unit: fraction per week (0-1). */
  fatigueRecoveryPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Share of the gap to the target readiness closed per week. Default 0.1. Unit: fraction per week (0-1). */
  readinessRatePerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Hours a day a unit on the move drives. Default 8. Unit: h/day. */
  movementHoursPerDay?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Road speed where a sector gives none (and at bases). Default 30. Unit: km/h. */
  roadSpeedKmPerHour?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type ResponseOverlay = {
  /** Guards of the sector who meet one detected crossing (a reaction team). Default 10. Unit: persons. */
  respondersPerIncident?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Time for a sector's reaction team to move out. Default 0.5. Unit: h. */
  localNoticeHours?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Personnel a quick-reaction force sends to one detected crossing. Default 30. Unit: persons. */
  quickReactionRespondersPerIncident?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Default notice time of a quick-reaction force. Default 1. Unit: h. */
  quickReactionNoticeHours?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Road distance beyond which a quick-reaction force does not respond. Default 500. Unit: km. */
  quickReactionReachKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type EngagementOverlay = {
  /** Lanchester attrition rate of fully ready, rested, quality-1 guards on crossers. Default 0.3. Unit: casualties per defender per hour (square law) or per pair per hour (linear law). */
  defenderFireRatePerHour?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Guards break off when reduced to this share of their starting strength. Default 0.5. Unit: fraction (0-0.99). */
  defenderBreakpointFraction?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Multiplier on the guards' rate for fighting from prepared positions. Default 1.5. Unit: dimensionless. */
  defenderPostureMultiplier?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type DeterrenceOverlay = {
  /** Exercise forces deter only while stationed at most this far from the border (a drill 20 km away is seen across the river; one in the capital is not). Default 50. Unit: km. */
  exerciseRangeKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type AssistanceOverlay = {
  /** Sensor detection chance that technical assistance builds toward in a sector with advisors. Default 0.2. Unit: probability (0-1). */
  sensorCap?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Share of the gap to sensorCap closed per week with advisors present. Default 0.02. Unit: fraction per week (0-1). */
  sensorGainPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Quality that training by advisors builds toward for patrol units in their sector. Default 0.8. Unit: fraction (0-1). */
  qualityCap?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Share of the gap to qualityCap closed per week with advisors present. Default 0.02. Unit: fraction per week (0-1). */
  qualityGainPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Budget of a technical-assistance programme (order "assistance") that gives one sector the full gain rates (sensorGainPerWeek, qualityGainPerWeek); less budget gives proportionally slower gains. Default 10,000. Unit: USD/sector/week. */
  usdPerSectorPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type CostsOverlay = {
  /** Default upkeep of one person. Default 50. Unit: USD/person/week. */
  costPerPersonPerWeekUsd?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Default cost of one quick-reaction sortie. Default 5,000. Unit: USD/sortie. */
  sortieCostUsd?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type ArmedGroupOverlay = {
  /** Logit sensitivity θ of route choice to remembered interdiction rates (0 = no adaptation). Unit: per unit interdiction rate. */
  displacementSensitivity?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Mean time a detected crossing needs to clear the border zone; a response arrives in time with exp(-delay / clearanceHours). Unit: h. */
  clearanceHours?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Of the people a response stops, the share apprehended (for refugees: received); the rest are turned back. Unit: fraction (0-1). */
  apprehendShare?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Fire model of engagements with this kind: square (aimed fire) or linear (area fire). */
  lanchesterLaw?: "square" | "linear" | null;
  /** Lanchester attrition rate of this kind on the guards. Unit: casualties per crosser per hour (square law) or per pair per hour (linear law). */
  fireRatePerHour?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** A crossing group breaks off when reduced to this share of its starting strength. Unit: fraction (0-0.99). */
  breakpointFraction?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Longest an engagement lasts; a group not broken by then has broken through. Unit: h. */
  engagementMaxHours?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Attempts fall by exp(-this × exercise personnel / 1,000): the deterrent effect of drills near the border. Unit: per 1,000 exercise personnel. */
  deterrencePerThousandExercise?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type KindsOverlay = {
  "armed-group"?: ArmedGroupOverlay | null;
  smuggling?: ArmedGroupOverlay | null;
  refugees?: ArmedGroupOverlay | null;
  recruits?: ArmedGroupOverlay | null;
};

export type MetricsOverlay = {
  /** Window of the conflict share: a sector counts if it had a clash in the last this many days (at least the turn itself). Default 28. Unit: days. */
  conflictWindowDays?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type InvitedGuardsOverlay = {
  /** Guards an "invite-guards" order sends to each named sector. Default 300. Unit: persons. */
  personnelPerSector?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Days from the order to the first contingent's arrival. Default 28. Unit: days. */
  arrivalDays?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Further days between the contingents of successive sectors (arrival sector by sector). Default 7. Unit: days. */
  staggerDays?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Readiness of the invited guards. Default 0.9. Unit: fraction (0-1). */
  readiness?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Quality (training, equipment) of the invited guards. Default 0.9. Unit: fraction (0-1). */
  quality?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Complicity of the invited guards. Default 0.05. Unit: probability (0-1). */
  complicity?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Upkeep of one invited guard. Default 100. Unit: USD/person/week. */
  costPerPersonPerWeekUsd?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** One-off political cost of the invitation. Default 10. Unit: sovereignty points. */
  sovereigntyOnDecision?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Running political cost of the invited guards on the border. Default 1 (the unit of the index). Unit: sovereignty points per 1,000 personnel per week. */
  sovereigntyPerThousandPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type ReactionForceOverlay = {
  /** Personnel a "commit-reaction-force" order brings. Default 1,500. Unit: persons. */
  personnel?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Days from the collective decision to arrival. Default 21. Unit: days. */
  delayDays?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Notice time of the committed force as a quick-reaction force. Default 2. Unit: h. */
  noticeHours?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Readiness of the committed force. Default 0.9. Unit: fraction (0-1). */
  readiness?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Quality of the committed force. Default 0.9. Unit: fraction (0-1). */
  quality?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Complicity of the committed force: the chance that a detected load it meets is let through (docs/model.md §5). Default 0; give a sourced range. Unit: probability (0-1). */
  complicity?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Cost of one sortie of the committed force as a quick-reaction force; default parameters.costs.sortieCostUsd. Unit: USD/sortie. */
  sortieCostUsd?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Upkeep of one person of the committed force. Default 100. Unit: USD/person/week. */
  costPerPersonPerWeekUsd?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** One-off political cost of the commitment. Default 5. Unit: sovereignty points. */
  sovereigntyOnDecision?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Running political cost of the committed force. Default 0.5. Unit: sovereignty points per 1,000 personnel per week. */
  sovereigntyPerThousandPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type BaseQuickReactionOverlay = {
  /** Notice time of a unit an "allow-quick-reaction" order releases, unless the order gives one. Default: the unit's own. Unit: h. */
  noticeHours?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** One-off political cost of letting a unit act as a quick-reaction force. Default 2. Unit: sovereignty points. */
  sovereigntyOnDecision?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Political cost of each sortie of a unit released by the order. Default 0.2. Unit: sovereignty points per sortie. */
  sovereigntyPerSortie?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type ReallocationOverlay = {
  /** Share of each donor unit's personnel a "reallocate" order moves. Default 0.2. Unit: fraction (0-1). */
  share?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Days over which pressure (attempts per km) is measured (at least one turn). Default 28. Unit: days. */
  windowDays?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Number of most-pressed sectors that receive detachments. Default 2. Unit: sectors. */
  receivers?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type OrdersOverlay = {
  invitedGuards?: InvitedGuardsOverlay | null;
  reactionForce?: ReactionForceOverlay | null;
  baseQuickReaction?: BaseQuickReactionOverlay | null;
  reallocation?: ReallocationOverlay | null;
};

export type ParametersOverlay = {
  detection?: DetectionOverlay | null;
  season?: SeasonOverlay2 | null;
  displacement?: DisplacementOverlay | null;
  forces?: ForcesOverlay | null;
  response?: ResponseOverlay | null;
  engagement?: EngagementOverlay | null;
  deterrence?: DeterrenceOverlay | null;
  assistance?: AssistanceOverlay | null;
  costs?: CostsOverlay | null;
  /** Behaviour of each actor kind; anything left out takes the documented default (docs/model.md). */
  kinds?: KindsOverlay | null;
  metrics?: MetricsOverlay | null;
  /** Defaults of policy orders (docs/policies.md); an order may override most of them. */
  orders?: OrdersOverlay | null;
};

export type Turn = {
  "<"?: number;
  "<="?: number;
  ">"?: number;
  ">="?: number;
  "=="?: number;
  "!="?: number;
};

export type Condition2 = {
  /** Compares the turn being played (from 0). */
  turn: Turn;
};

export type DateValue = {
  /** YYYY-MM-DD */
  "<"?: string;
  /** YYYY-MM-DD */
  "<="?: string;
  /** YYYY-MM-DD */
  ">"?: string;
  /** YYYY-MM-DD */
  ">="?: string;
  /** YYYY-MM-DD */
  "=="?: string;
  /** YYYY-MM-DD */
  "!="?: string;
};

export type Condition3 = {
  /** Compares the date of the turn's first day. */
  date: DateValue;
};

export type Condition4 = {
  /** Compares the month (1-12) of the turn's first day. */
  month: Turn;
};

export type Metric = "attempts" | "detected" | "interdicted" | "apprehended" | "turnedBack" | "gotAway" | "kgAttempted" | "kgSeized" | "kgThrough" | "clashes" | "breakthroughs" | "repulses" | "casualtiesForces" | "casualtiesActors" | "refugeesReceived" | "refugeesTurnedBack" | "effectiveness" | "quickReactionSorties" | "cost" | "sovereignty" | "conflictShare" | "readiness" | "personnel" | "pDetect";

export type Condition5 = {
  /** A metric of the turns already played (docs/model.md §11). */
  metric: Metric;
  /** Turns looked back over (the last completed turns). Unit: turns. Default 1. */
  window?: number;
  /** How the window's values combine: default sum for flows, cost and sovereignty, mean for the rest. */
  aggregate?: "sum" | "mean" | "min" | "max" | "last";
  /** Comparison: <, <=, >, >=, ==, !=. */
  op: "<" | "<=" | ">" | ">=" | "==" | "!=";
  /** The threshold, in the metric's unit. */
  value: number;
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  sector?: string;
  /** Only this actor kind's flows. */
  kind?: "armed-group" | "smuggling" | "refugees" | "recruits";
};

export type Condition6 = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  flag: string;
};

export type ControlledBy = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  province: string;
  /** Who holds a province (e.g. "taliban", "republic"). */
  is: string;
};

export type Condition7 = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  actor: string;
  property: "strength" | "intent" | "casualties";
  /** Comparison: <, <=, >, >=, ==, !=. */
  op: "<" | "<=" | ">" | ">=" | "==" | "!=";
  value: number;
};

export type Property = "personnel" | "readiness" | "fatigue" | "quality" | "casualties";

export type Condition8 = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  force: string;
  property: Property;
  /** Comparison: <, <=, >, >=, ==, !=. */
  op: "<" | "<=" | ">" | ">=" | "==" | "!=";
  value: number;
};

export type Condition9 = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  fired: string;
};

export type Condition10 = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  drillActive: string;
};

export type Condition = { all: Condition[]; } | { any: Condition[]; } | { not: Condition; } | Condition2 | Condition3 | Condition4 | Condition5 | Condition6 | { controlledBy: ControlledBy; } | Condition7 | Condition8 | Condition9 | Condition10;

export type TurnOverlay = {
  "<"?: number | null;
  "<="?: number | null;
  ">"?: number | null;
  ">="?: number | null;
  "=="?: number | null;
  "!="?: number | null;
};

export type ConditionOverlay2 = {
  /** Compares the turn being played (from 0). */
  turn?: TurnOverlay | null;
};

export type DateOverlay = {
  /** YYYY-MM-DD */
  "<"?: string | null;
  /** YYYY-MM-DD */
  "<="?: string | null;
  /** YYYY-MM-DD */
  ">"?: string | null;
  /** YYYY-MM-DD */
  ">="?: string | null;
  /** YYYY-MM-DD */
  "=="?: string | null;
  /** YYYY-MM-DD */
  "!="?: string | null;
};

export type ConditionOverlay3 = {
  /** Compares the date of the turn's first day. */
  date?: DateOverlay | null;
};

export type ConditionOverlay4 = {
  /** Compares the month (1-12) of the turn's first day. */
  month?: TurnOverlay | null;
};

export type ConditionOverlay5 = {
  /** A metric of the turns already played (docs/model.md §11). */
  metric?: Metric | null;
  /** Turns looked back over (the last completed turns). Unit: turns. Default 1. */
  window?: number | null;
  /** How the window's values combine: default sum for flows, cost and sovereignty, mean for the rest. */
  aggregate?: "sum" | "mean" | "min" | "max" | "last" | null;
  /** Comparison: <, <=, >, >=, ==, !=. */
  op?: "<" | "<=" | ">" | ">=" | "==" | "!=" | null;
  /** The threshold, in the metric's unit. */
  value?: number | null;
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  sector?: string | null;
  /** Only this actor kind's flows. */
  kind?: "armed-group" | "smuggling" | "refugees" | "recruits" | null;
};

export type ConditionOverlay6 = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  flag?: string | null;
};

export type ControlledByOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  province?: string | null;
  /** Who holds a province (e.g. "taliban", "republic"). */
  is?: string | null;
};

export type ConditionOverlay7 = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  actor?: string | null;
  property?: "strength" | "intent" | "casualties" | null;
  /** Comparison: <, <=, >, >=, ==, !=. */
  op?: "<" | "<=" | ">" | ">=" | "==" | "!=" | null;
  value?: number | null;
};

export type ConditionOverlay8 = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  force?: string | null;
  property?: Property | null;
  /** Comparison: <, <=, >, >=, ==, !=. */
  op?: "<" | "<=" | ">" | ">=" | "==" | "!=" | null;
  value?: number | null;
};

export type ConditionOverlay9 = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  fired?: string | null;
};

export type ConditionOverlay10 = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  drillActive?: string | null;
};

export type ConditionOverlay = { all?: Condition[] | null; } | { any?: Condition[] | null; } | { not?: ConditionOverlay | null; } | ConditionOverlay2 | ConditionOverlay3 | ConditionOverlay4 | ConditionOverlay5 | ConditionOverlay6 | { controlledBy?: ControlledByOverlay | null; } | ConditionOverlay7 | ConditionOverlay8 | ConditionOverlay9 | ConditionOverlay10;

export type TriggerOverlay = {
  /** Fires in this turn (from 0). */
  turn?: number | null;
  /** Fires in the turn whose days include this date (YYYY-MM-DD); its changes to actors (intent, strength) take effect on the date itself, the rest from the turn's start. */
  date?: string | null;
  when?: ConditionOverlay | null;
  /** Chance of firing in a week in which the rest of the trigger holds; a turn of d days fires with 1 − (1 − p)^(d/7) (one uniform per event and turn from stream event/<id>). Unit: probability (0-1). */
  probabilityPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type RepeatOverlay = {
  /** Turns between two firings (1: may fire every turn). Unit: turns (the game's clock, not the world's: docs/model.md "Time"). */
  cooldownTurns?: number | null;
  /** Most firings in a run. Default unlimited. */
  maxFirings?: number | null;
};

export type Action = {
  type: "actor";
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  actor: string;
  /** A change to a number: set it, add to it, or multiply it (results below 0 become 0; intent is capped at 1). */
  strength?: { set: number; } | { add: number; } | { multiply: number; };
  /** A change to a number: set it, add to it, or multiply it (results below 0 become 0; intent is capped at 1). */
  intent?: { set: number; } | { add: number; } | { multiply: number; };
  /** Replaces the actor's presence (same rules as actors[].presence). */
  presence?: { [key: string]: number | QuantityForm | QuantityForm2; };
};

export type Action2 = {
  type: "control";
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  province: string;
  /** Who holds a province (e.g. "taliban", "republic"). */
  controlledBy: string;
};

export type Force = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  name: string;
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  side: string;
  /** Personnel in the unit. Unit: persons. */
  personnel: number | QuantityForm | QuantityForm2;
  /** A sector id or a base id. */
  location: string;
  role: RoleOverlay;
  /** Share of the unit fit for duty. Unit: fraction (0-1). */
  readiness?: number | QuantityForm | QuantityForm2;
  /** Fatigue at the start (0 rested, 1 exhausted). Unit: fraction (0-1). */
  fatigue?: number | QuantityForm | QuantityForm2;
  /** Training and equipment, scaling search effectiveness. Unit: fraction (0-1). */
  quality?: number | QuantityForm | QuantityForm2;
  /** Chance that a detected load is let through. Unit: probability (0-1). */
  complicity?: number | QuantityForm | QuantityForm2;
  /** Readiness the unit tends to in its situation; default its starting readiness. Unit: fraction (0-1). */
  readinessTarget?: number | QuantityForm | QuantityForm2;
  /** May act as a quick-reaction force (respond to detected crossings in sectors within reach) although its role is not quick-reaction, e.g. the 201st base if a policy allows it. Default false; a quick-reaction role always may. */
  quickReaction?: boolean;
  /** Time from a call for help to moving out (alerting, political decision); default parameters.response.quickReactionNoticeHours. Unit: h. */
  noticeHours?: number | QuantityForm | QuantityForm2;
  /** A sector id or base id the unit moves to, leaving at departDay; the move takes turns that follow from distance and road access. */
  moveTo?: string;
  /** Days from the start of the run at which the unit leaves for moveTo (at the start of the turn that includes that day). Default 0. Unit: days. */
  departDay?: number | QuantityForm | QuantityForm2;
  /** Upkeep of one person of the unit; default parameters.costs.costPerPersonPerWeekUsd. Unit: USD/person/week. */
  costPerPersonPerWeekUsd?: number | QuantityForm | QuantityForm2;
  /** Cost of one quick-reaction sortie by the unit, political cost included as a money equivalent; default parameters.costs.sortieCostUsd. Unit: USD/sortie. */
  sortieCostUsd?: number | QuantityForm | QuantityForm2;
  /** Political (sovereignty) cost of the unit's presence, e.g. foreign troops on the host's soil (docs/model.md, "Sovereignty"). Default 0. Unit: sovereignty points per 1,000 personnel per week. */
  sovereigntyPerThousandPerWeek?: number | QuantityForm | QuantityForm2;
};

export type Action3 = {
  type: "add-force";
  force: Force;
  /** Days until the unit is on station at its location (at the nearest turn boundary). Default 0. Unit: days. */
  arrivalDays?: number | QuantityForm | QuantityForm2;
};

export type Action4 = {
  type: "remove-force";
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  force: string;
};

export type Action5 = {
  type: "start-drill";
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  drill: string;
};

export type Action6 = {
  type: "stop-drill";
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  drill: string;
};

export type Action7 = {
  type: "set-flag";
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  flag: string;
  /** true (default) sets, false clears. */
  value?: boolean;
};

export type Action8 = {
  type: "set-parameter";
  /** JSON pointer into the scenario's parameters, e.g. /parameters/kinds/refugees/apprehendShare. */
  pointer: string;
  /** The new value (checked against the parameter's schema when the scenario loads). */
  value: number | string;
};

export type Action9 = {
  type: "deploy";
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  force: string;
  /** A sector id or base id. */
  to: string;
};

export type Action10 = {
  type: "invite-guards";
  sectors: string[];
  /** Who the invited guards are (e.g. "russia"): their units are named after it. Required: the engine assumes no theatre's sides. */
  side: string;
  /** Guards per sector; default parameters.orders.invitedGuards.personnelPerSector. Unit: persons. */
  personnelPerSector?: number | QuantityForm | QuantityForm2;
  /** Default parameters.orders.invitedGuards.arrivalDays. Unit: days. */
  arrivalDays?: number | QuantityForm | QuantityForm2;
  /** Default parameters.orders.invitedGuards.staggerDays. Unit: days. */
  staggerDays?: number | QuantityForm | QuantityForm2;
};

export type Action11 = {
  type: "commit-reaction-force";
  /** A sector id or base id where the force is stationed. */
  to: string;
  /** Whose force it is (e.g. "csto"): its unit is named after it. Required: the engine assumes no theatre's sides. */
  side: string;
  /** quick-reaction (default) or patrol (a multinational force on the line). */
  role?: "quick-reaction" | "patrol";
  /** Default parameters.orders.reactionForce.personnel. Unit: persons. */
  personnel?: number | QuantityForm | QuantityForm2;
  /** Default parameters.orders.reactionForce.delayDays. Unit: days. */
  delayDays?: number | QuantityForm | QuantityForm2;
};

export type Action12 = {
  type: "allow-quick-reaction";
  forces: string[];
  /** true (default) releases the units as quick-reaction forces; false withdraws the permission. */
  allowed?: boolean;
  /** Notice time while released; default parameters.orders.baseQuickReaction.noticeHours, else the unit's own. Unit: h. */
  noticeHours?: number | QuantityForm | QuantityForm2;
};

export type Action13 = {
  type: "assistance";
  /** Spending on sensors and training, spread over the sectors; 0 ends the programme. Unit: USD/week. */
  budgetUsdPerWeek: number | QuantityForm | QuantityForm2;
  sectors?: string[];
  /** Length of the programme (at least one turn); default: to the end of the run. Unit: days. */
  days?: number | QuantityForm | QuantityForm2;
};

export type Action14 = {
  type: "reallocate";
  /** Share of each donor unit moved; default parameters.orders.reallocation.share. Unit: fraction (0-1). */
  share?: number | QuantityForm | QuantityForm2;
  /** Default parameters.orders.reallocation.windowDays. Unit: days. */
  windowDays?: number | QuantityForm | QuantityForm2;
  /** Default parameters.orders.reallocation.receivers. Unit: sectors. */
  receivers?: number | QuantityForm | QuantityForm2;
};

export type Action15 = {
  type: "refugees";
  /** open: every refugee group stopped is received; closed: every one is turned back; default: parameters.kinds.refugees.apprehendShare. */
  border: "open" | "closed" | "default";
};

export type Action16 = {
  type: "route";
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  actor: string;
  /** Weight of each named sector in the actor's routing, multiplying its presence there; unnamed sectors keep 1. An empty object restores the scenario's routing. Each weight is at most sides.red.maxRouteWeight. */
  weights: { [key: string]: number; };
};

export type Action17 = {
  type: "tempo";
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  actor: string;
  /** 0: hold (no attempts), 1: the scenario's rate, above 1: surge (at most sides.red.maxSurge). */
  factor: number;
};

export type Action18 = {
  type: "split";
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  actor: string;
  /** Split factor n of each named sector: n times as many attempts, each carrying 1/n of the actor's load (kg attempted unchanged in expectation); unnamed sectors keep 1. An empty object restores whole loads. Each factor is at most sides.red.maxSplit. */
  loads: { [key: string]: number; };
};

export type Action19 = {
  type: "bribe";
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  unit: string;
  /** USD offered, from red's budget (sides.red.budgetUsd). */
  usd: number;
};

export type Action20 = {
  type: "reinforce";
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  actor: string;
  /** Persons added to the armed group. */
  strength: number;
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  from?: string;
};

export type Action21 = Action | Action2 | Action3 | Action4 | Action5 | Action6 | Action7 | Action8 | Action9 | Action10 | Action11 | Action12 | Action13 | Action14 | Action15 | Action16 | Action17 | Action18 | Action19 | Action20;

export type EventOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  name?: string | null;
  description?: string | null;
  /** Where the event comes from (a citation, e.g. the id of one of metadata.sources), or "assumption". */
  source?: string | null;
  /** Every part given must hold. */
  trigger?: TriggerOverlay | null;
  /** Fire again when the trigger holds and the cooldown has passed; without repeat an event fires once. */
  repeat?: RepeatOverlay | null;
  actions?: Action21[] | null;
};

export type DrillOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  name?: string | null;
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  side?: string | null;
  /** A base id or sector id (e.g. the Harb-Maidon training ground). */
  location?: string | null;
  /** Troops in the exercise: they deter (like exercise units) but do not patrol. Unit: persons. */
  personnel?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Days from the start of the run at which the drill starts (it may start within a turn). Unit: days. */
  startDay?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Date the drill starts (YYYY-MM-DD); it may start within a turn (the turn counts the days it runs). */
  startDate?: string | null;
  /** Length of the drill. Unit: days. */
  durationDays?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Units whose readiness the drill raises. */
  participants?: string[] | null;
  /** Share of the participants' gap to full readiness closed per week of drill. Default 0.1. Unit: fraction per week (0-1). */
  readinessGainPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Upkeep of the exercise troops while it runs; default parameters.costs.costPerPersonPerWeekUsd. Unit: USD/person/week. */
  costPerPersonPerWeekUsd?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
  /** Political cost of the exercise troops while it runs. Default 0. Unit: sovereignty points per 1,000 personnel per week. */
  sovereigntyPerThousandPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

export type Order = Action9 | Action10 | Action11 | Action12 | Action13 | Action14 | Action15 | Action16 | Action17 | Action18 | Action19 | Action20;

export type RuleOverlay = {
  /** A stable identifier: lower-case letters, digits, '-' and '_' (at most 64). */
  id: string;
  description?: string | null;
  /** Where the rule and its thresholds come from (a citation, e.g. the id of one of metadata.sources), or "assumption". */
  source?: string | null;
  when?: ConditionOverlay | null;
  /** Fire again when the trigger holds and the cooldown has passed; without repeat an event fires once. */
  repeat?: RepeatOverlay | null;
  orders?: Order[] | null;
};

export type PolicyOverlay = {
  name?: string | null;
  description?: string | null;
  rules?: (RuleOverlay | { id: string; remove: true })[] | null;
};

export type BlueOverlay = {
  /** What the side is called in reports. */
  name?: string | null;
  /** The force sides (forces[].side) blue commands and sees; default: every force. */
  forceSides?: string[] | null;
  /** Who decides for the side in `frontier-sim play` and createGame when no player is given: its policy (blue: the scenario's policy; red: the default logit displacement), or a person. */
  controller?: "policy" | "person" | null;
};

export type RedOverlay = {
  /** What the side is called in reports. */
  name?: string | null;
  /** The actors red commands and sees (one red cell for all of them); default: every actor. */
  actors?: string[] | null;
  /** Who decides for the side in `frontier-sim play` and createGame when no player is given: its policy (blue: the scenario's policy; red: the default logit displacement), or a person. */
  controller?: "policy" | "person" | null;
  /** Largest tempo factor a red order may set (default 1.5). */
  maxSurge?: number | null;
  /** Largest sector weight a red route order may set (default 4). */
  maxRouteWeight?: number | null;
  /** Largest split factor a red split order may set (default 4). */
  maxSplit?: number | null;
  /** Red's budget over the game for bribes and recruits, USD (default 0: none). */
  budgetUsd?: number | null;
  /** USD per person of a unit to raise its complicity by 0.01 (one percentage point) (default 100). */
  complicityCostUsd?: number | null;
  /** Largest complicity red can buy a unit up to (default 0.95); a unit already above keeps its own. */
  maxComplicity?: number | null;
  /** Persons red can recruit into its armed groups over the game (default 0). */
  recruitPool?: number | null;
  /** USD a recruit costs from the budget (default 0). */
  recruitCostUsd?: number | null;
  /** Largest strength a reinforce order may bring an armed group to, as a multiple of the scenario's strength (default 1.5). */
  maxStrengthRatio?: number | null;
};

export type SidesOverlay = {
  /** The defending side: the border troops and their allies. */
  blue?: BlueOverlay | null;
  /** The side across the border: its networks and groups. */
  red?: RedOverlay | null;
};

export type TargetOverlay = {
  id: string;
  /** A run total the engine reports, e.g. clashes or smuggling.kgSeized. */
  metric?: string | null;
  /** Divide by this run total, run by run (a ratio such as a seizure share; a denominator below 1 counts as 1). */
  per?: string | null;
  /** The period the figure describes, e.g. 1992-2005 or 2015. */
  era?: string | null;
  /** The observed value, in the unit of the metric (a year of the scenario). */
  value?: number | null;
  /** \[low, high]: the range the figure allows; the observation is its midpoint. */
  band?: number[] | null;
  /** Observation uncertainty (standard deviation); default: a quarter of the band's width (the band as a 95 % interval). */
  sd?: number | null;
  /** Model discrepancy (standard deviation): how far the model may be from the world even at its best inputs. Default 0. */
  discrepancySd?: number | null;
  /** Measure on the scenario with these actors removed (e.g. heroin alone, without the opium actor). */
  withoutActors?: string[] | null;
  /** Where the figure comes from. */
  source?: string | null;
  note?: string | null;
};

/** An overlay: changes to a scenario, deep-merged onto it (`applyOverlay`, docs/policies.md). */
export type ScenarioOverlay = {
  $schema?: string | null;
  /** Path of a base scenario, relative to this file. */
  extends?: string | null;
  metadata?: MetadataOverlay | null;
  calendar?: CalendarOverlay | null;
  provinces?: (ProvinceOverlay | { id: string; remove: true })[] | null;
  /** Terrain classes the sectors name (docs/model.md §3); undeclared classes are neutral. */
  terrains?: (TerrainOverlay | { id: string; remove: true })[] | null;
  /** Rivers the sectors lie along (docs/model.md §1). */
  rivers?: (RiverOverlay | { id: string; remove: true })[] | null;
  /** Activity seasons the actors name (docs/model.md §1). */
  seasons?: (SeasonOverlay | { id: string; remove: true })[] | null;
  bases?: (BaseOverlay | { id: string; remove: true })[] | null;
  /** The border on the globe, for maps (optional; the engine does not read it). */
  geography?: GeographyOverlay | null;
  sectors?: (SectorOverlay | { id: string; remove: true })[] | null;
  forces?: (ForceOverlay | { id: string; remove: true })[] | null;
  actors?: (ActorOverlay | { id: string; remove: true })[] | null;
  parameters?: ParametersOverlay | null;
  /** Events, evaluated at the start of each turn in this order (docs/model.md §13). */
  events?: (EventOverlay | { id: string; remove: true })[] | null;
  drills?: (DrillOverlay | { id: string; remove: true })[] | null;
  /** A declarative policy: rules evaluated every turn after the events (docs/policies.md). */
  policy?: PolicyOverlay | null;
  /** The two sides of a wargame and who controls each (docs/wargaming.md). */
  sides?: SidesOverlay | null;
  /** Historical figures the model should reproduce: frontier-sim calibrate matches them (docs/calibration.md). */
  targets?: (TargetOverlay | { id: string; remove: true })[] | null;
};
