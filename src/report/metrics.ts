/**
 * Names, units and meanings of the engine's metrics, for chart labels and docs/outputs.md.
 * Unknown metrics (the model grows) fall back to their own name and no unit.
 *
 * @module
 */

/** What a metric is. */
export interface MetricInfo {
  /** Short label for a chart title. */
  label: string;
  /** Unit for an axis label ('' for none). */
  unit: string;
  /** One sentence: what it counts. */
  meaning: string;
}

/** The metrics the engine reports today (per turn; run totals sum flows over turns). */
export const METRIC_INFO: Readonly<Record<string, MetricInfo>> = {
  attempts: { label: 'Crossing attempts', unit: 'attempts', meaning: 'crossing attempts (a group or a load each)' },
  detected: { label: 'Detected', unit: 'attempts', meaning: 'attempts detected by posts, patrols or sensors' },
  interdicted: { label: 'Interdicted', unit: 'attempts', meaning: 'attempts stopped (apprehended or turned back)' },
  apprehended: { label: 'Apprehended', unit: 'attempts', meaning: 'attempts stopped with the people held' },
  turnedBack: { label: 'Turned back', unit: 'attempts', meaning: 'attempts stopped and sent back across the border' },
  gotAway: { label: 'Got away', unit: 'attempts', meaning: 'attempts that crossed undetected or were not stopped' },
  kgAttempted: { label: 'Drugs attempted', unit: 'kg', meaning: 'kilograms of drugs carried by smuggling attempts' },
  kgSeized: { label: 'Drugs seized', unit: 'kg', meaning: 'kilograms seized' },
  kgThrough: { label: 'Drugs through', unit: 'kg', meaning: 'kilograms that crossed' },
  clashes: { label: 'Clashes', unit: 'engagements', meaning: 'armed engagements between forces and an armed group' },
  breakthroughs: { label: 'Breakthroughs', unit: 'engagements', meaning: 'clashes the armed group won (it crossed)' },
  repulses: { label: 'Repulses', unit: 'engagements', meaning: 'clashes the forces won' },
  casualtiesForces: { label: 'Casualties (forces)', unit: 'persons', meaning: 'killed and wounded among the border forces' },
  casualtiesActors: { label: 'Casualties (actors)', unit: 'persons', meaning: 'killed and wounded among the crossing groups' },
  refugeesReceived: { label: 'Refugees received', unit: 'persons', meaning: 'refugees admitted' },
  refugeesTurnedBack: { label: 'Refugees turned back', unit: 'persons', meaning: 'refugees refused at the border' },
  effectiveness: { label: 'Interdiction effectiveness', unit: 'share, 0–1', meaning: 'interdicted / attempts (0 with no attempts)' },
  quickReactionSorties: { label: 'Quick-reaction sorties', unit: 'sorties', meaning: 'sorties of quick-reaction forces' },
  cost: { label: 'Cost', unit: 'USD', meaning: 'operating cost of the forces' },
  conflictShare: { label: 'Border length in conflict', unit: 'share, 0–1', meaning: "share of the border's length with a clash in the window" },
  conflictShareMax: { label: 'Peak border length in conflict', unit: 'share, 0–1', meaning: 'the largest turn’s conflictShare in the run' },
  readiness: { label: 'Readiness', unit: 'index, 0–1', meaning: 'personnel-weighted readiness of the forces' },
  personnel: { label: 'Personnel', unit: 'persons', meaning: 'personnel of the forces' },
  pDetect: { label: 'Detection probability', unit: 'probability', meaning: "probability that an attempt in the sector is detected this turn" },
};

const KIND_LABEL: Record<string, string> = { 'armed-group': 'armed groups', smuggling: 'smuggling', refugees: 'refugees', recruits: 'recruits' };

/** Info of a metric name, including `<kind>.<metric>`; unknown names get their own name. */
export function metricInfo(name: string): MetricInfo {
  const direct = METRIC_INFO[name];
  if (direct) return direct;
  const dot = name.indexOf('.');
  if (dot > 0) {
    const base = METRIC_INFO[name.slice(dot + 1)];
    const kind = name.slice(0, dot);
    if (base) return { label: `${base.label} (${KIND_LABEL[kind] ?? kind})`, unit: base.unit, meaning: `${base.meaning}, ${KIND_LABEL[kind] ?? kind} only` };
  }
  return { label: name, unit: '', meaning: name };
}

/** "Label (unit)" for axes. */
export function axisTitle(name: string, per = ''): string {
  const i = metricInfo(name);
  return i.unit ? `${i.label} (${i.unit}${per})` : i.label;
}

/** The key metrics, by preference, of those available. */
export const KEY_METRICS = ['gotAway', 'interdicted', 'effectiveness', 'kgThrough', 'clashes', 'casualtiesForces', 'attempts', 'cost', 'conflictShare'] as const;

/** Picks up to `max` key metrics that exist in `available` (preferred names first, then the first available). */
export function pickMetrics(available: readonly string[], max: number, preferred: readonly string[] = KEY_METRICS): string[] {
  const have = new Set(available);
  const out = preferred.filter((m) => have.has(m));
  for (const m of available) if (out.length < max && !out.includes(m) && !m.includes('.')) out.push(m);
  return out.slice(0, max);
}
