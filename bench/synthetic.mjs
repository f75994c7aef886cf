/**
 * Synthetic borders for the scaling benchmark (plain JavaScript, so that the child processes
 * that measure peak memory run on plain `node`, without a TypeScript loader's own memory).
 */
const TERRAINS = ['river-plain', 'foothills', 'mountain', 'high-mountain'];
const KINDS = ['armed-group', 'smuggling', 'refugees', 'recruits'];

/**
 * The default scenario's theatre (scenarios/base/tajik-afghan-border.json at its nominal values):
 * its four terrain classes, its river and its harvest season, so that a synthetic border
 * does the same work a turn as the default scenario does (seasonal access and search).
 */
const THEATRE = {
  terrains: [
    { id: 'river-plain', searchMultiplier: 1, searchMultiplierByMonth: [1, 1, 1, 1, 1, 0.9, 0.9, 0.9, 0.9, 1, 1, 1] },
    { id: 'foothills', searchMultiplier: 0.7, searchMultiplierByMonth: [0.9, 0.9, 0.95, 1, 1, 1, 1, 1, 1, 1, 0.95, 0.9] },
    {
      id: 'mountain',
      searchMultiplier: 0.45,
      searchMultiplierByMonth: [0.7, 0.7, 0.85, 1, 1, 1, 1, 1, 1, 1, 0.85, 0.7],
      passOpenByMonth: [0.5, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5],
    },
    {
      id: 'high-mountain',
      searchMultiplier: 0.3,
      searchMultiplierByMonth: [0.5, 0.5, 0.75, 0.9, 1, 1, 1, 1, 1, 0.9, 0.75, 0.5],
      passOpenByMonth: [0, 0, 0, 0.5, 1, 1, 1, 1, 1, 1, 0.5, 0],
    },
  ],
  rivers: [{ id: 'river', crossabilityByMonth: [1, 1, 0.9, 0.7, 0.5, 0.4, 0.4, 0.5, 0.7, 0.9, 1, 1] }],
  seasons: [{ id: 'harvest', weightsByMonth: [0, 0, 0, 0.5, 1, 1, 0.5, 0, 0, 0, 0, 0], amplitude: 1 }],
};

/** Sectors per province across the border (presence is given by province, as in the default scenario). */
export const SECTORS_PER_PROVINCE = 12;
/** One base with a quick-reaction force per this many sectors. */
export const SECTORS_PER_BASE = 60;

/**
 * A synthetic border of `sectors` sectors (a JSON scenario object, to be parsed with
 * `parseScenario`), built to look like the default scenario repeated along a longer border:
 * sectors of 4-8 km (so that 12,000 of them stay within the schema's 100,000 km) cycling
 * through the four terrains, with posts and sensors; a border detachment in every sector and a small post team in every second one (1.5 patrol units a
 * sector: 12,000 sectors stay within the schema's 20,000 forces); one base and quick-reaction
 * force per 60 sectors; and five actors of all four kinds present in every province, so every
 * actor touches every sector every turn. Deterministic: the same arguments give the same file.
 */
export function syntheticScenario(sectors, turns) {
  const provinces = Math.max(1, Math.ceil(sectors / SECTORS_PER_PROVINCE));
  const provinceList = Array.from({ length: provinces }, (_, p) => ({ id: `p${p}`, name: `Province ${p}` }));
  const sectorList = [];
  const forces = [];
  let along = 0;
  for (let i = 0; i < sectors; i++) {
    const lengthKm = 4 + ((i * 37) % 5);
    const terrain = TERRAINS[Math.floor(i / 3) % TERRAINS.length];
    sectorList.push({
      id: `s${i}`,
      name: `Sector ${i}`,
      lengthKm,
      terrain,
      river: 'river',
      provinceAcross: `p${Math.floor(i / SECTORS_PER_PROVINCE)}`,
      posts: { count: 1 + (i % 2), detectionRadiusKm: 1 },
      sensorDetection: 0.02,
      roadSpeedKmPerHour: terrain === 'river-plain' ? 40 : 20,
    });
    along += lengthKm;
    forces.push({
      id: `d${i}`,
      name: `Detachment ${i}`,
      side: 'guards',
      personnel: 20 + ((i * 53) % 40),
      location: `s${i}`,
      role: 'patrol',
      readiness: 0.7,
      quality: 0.6,
      complicity: 0.1,
    });
    if (i % 2 === 0)
      forces.push({
        id: `t${i}`,
        name: `Post team ${i}`,
        side: 'guards',
        personnel: 4 + (i % 6),
        location: `s${i}`,
        role: 'patrol',
        readiness: 0.8,
        quality: 0.7,
        complicity: 0.05,
      });
  }
  const bases = [];
  const nBases = Math.max(1, Math.floor(sectors / SECTORS_PER_BASE));
  for (let b = 0; b < nBases; b++) {
    bases.push({ id: `b${b}`, name: `Base ${b}`, alongBorderKm: ((b + 0.5) * along) / nBases, fromBorderKm: 60 });
    forces.push({
      id: `q${b}`,
      name: `Quick reaction ${b}`,
      side: 'guards',
      personnel: 300,
      location: `b${b}`,
      role: 'quick-reaction',
      readiness: 0.8,
      quality: 0.8,
      noticeHours: 2,
    });
  }
  const everywhere = Object.fromEntries(provinceList.map((p, i) => [p.id, 1 + (i % 3)]));
  const actors = [
    { id: 'militants', kind: KINDS[0], strength: 1e6, intent: 0.3, attemptsPerWeek: 0.15 * sectors, groupSize: 12 },
    { id: 'couriers', kind: KINDS[1], strength: 1e6, intent: 1, attemptsPerWeek: 7 * sectors, loadKg: 25, season: 'harvest' },
    { id: 'caravans', kind: KINDS[1], strength: 1e6, intent: 1, attemptsPerWeek: 1 * sectors, loadKg: 200, season: 'harvest' },
    { id: 'refugees', kind: KINDS[2], strength: 1e6, intent: 0.5, attemptsPerWeek: 2 * sectors, groupSize: 8 },
    { id: 'recruits', kind: KINDS[3], strength: 1e6, intent: 0.5, attemptsPerWeek: 0.2 * sectors },
  ].map((a) => ({ name: a.id, presence: everywhere, ...a }));
  return {
    metadata: { name: `synthetic-${sectors}` },
    calendar: { start: '2021-08-16', turnLengthDays: 7, turns },
    provinces: provinceList,
    ...THEATRE,
    bases,
    sectors: sectorList,
    forces,
    actors,
    parameters: {
      detection: { sweepWidthKm: 1, patrolSpeedKmPerHour: 3, exposureHours: 3, personnelPerPatrol: 4, sectorDepthKm: 5, dutyFraction: 0.3 },
      response: { quickReactionReachKm: 400 },
    },
  };
}
