/**
 * Displacement between countries on Afghanistan's northern frontier: Tajikistan tightens its
 * segment alone (scenarios/policies/tighten-tajik-segment.json) and part of the Northern Route
 * moves west, to Uzbekistan and Turkmenistan. Paired runs on common random numbers; each
 * country's kg attempted, seized and through a year, as the mean difference with its 95 %
 * confidence interval.
 *
 *   npx tsx examples/northern-frontier.ts [runs]
 *
 * The engine knows sectors, not countries: a country's figures are the sum of its sectors'
 * totals (the final state's running totals), by the sectors' id prefixes tkm- and uzb-.
 */
import { readFileSync } from 'node:fs';
import { applyOverlay, deriveSeed, loadScenario, parseScenario, simulate, type Scenario } from 'frontier-sim';

const runs = Number(process.argv[2] ?? 100);
const scenario = loadScenario('scenarios/afghan-northern-frontier-2021.json');
const policy = JSON.parse(readFileSync('scenarios/policies/tighten-tajik-segment.json', 'utf8')) as { name: string; overlay: object };
const tightened = parseScenario(applyOverlay(scenario, policy.overlay));

const COUNTRIES = ['Turkmenistan', 'Uzbekistan', 'Tajikistan'] as const;
type Country = (typeof COUNTRIES)[number];
const countryOf = (sector: string): Country => (sector.startsWith('tkm-') ? 'Turkmenistan' : sector.startsWith('uzb-') ? 'Uzbekistan' : 'Tajikistan');
const METRICS = ['kgAttempted', 'kgSeized', 'kgThrough'] as const;
type Row = Record<(typeof METRICS)[number], number>;

/** One run's tonnes by country. */
function byCountry(s: Scenario, seed: number): Record<Country, Row> {
  const out = Object.fromEntries(COUNTRIES.map((c) => [c, { kgAttempted: 0, kgSeized: 0, kgThrough: 0 }])) as Record<Country, Row>;
  for (const sector of simulate(s, { seed, log: false, detail: false, hashes: false }).finalState.sectors) {
    const row = out[countryOf(sector.id)];
    row.kgSeized += sector.kgSeized / 1000;
    row.kgThrough += sector.kgThrough / 1000;
    row.kgAttempted += (sector.kgSeized + sector.kgThrough) / 1000;
  }
  return out;
}

// The same seeds for both: every difference is the policy's, not luck's.
const base: Record<Country, Row>[] = [];
const diff: Record<Country, Row>[] = [];
for (let i = 0; i < runs; i++) {
  const seed = deriveSeed(1, i);
  const a = byCountry(scenario, seed);
  const b = byCountry(tightened, seed);
  base.push(a);
  diff.push(Object.fromEntries(COUNTRIES.map((c) => [c, Object.fromEntries(METRICS.map((m) => [m, b[c][m] - a[c][m]]))])) as Record<Country, Row>);
}
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const half = (xs: number[]) => {
  const m = mean(xs);
  return (1.96 * Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1))) / Math.sqrt(xs.length);
};

console.log(`${scenario.metadata.name}: ${policy.name} vs status quo, ${runs} paired runs (t a year)`);
console.log('country        attempted (status quo)   change in attempted     change in seized        change in through');
for (const c of COUNTRIES) {
  const cell = (m: (typeof METRICS)[number]) => {
    const xs = diff.map((d) => d[c][m]);
    return `${mean(xs) >= 0 ? '+' : ''}${mean(xs).toFixed(2)} ± ${half(xs).toFixed(2)}`.padEnd(24);
  };
  console.log(
    `${c.padEnd(15)}${mean(base.map((r) => r[c].kgAttempted))
      .toFixed(2)
      .padEnd(25)}${cell('kgAttempted')}${cell('kgSeized')}${cell('kgThrough')}`,
  );
}
const share = (rows: Record<Country, Row>[], c: Country) =>
  mean(rows.map((r) => r[c].kgAttempted)) / mean(rows.map((r) => COUNTRIES.reduce((s, k) => s + r[k].kgAttempted, 0)));
const after = base.map(
  (r, i) =>
    Object.fromEntries(COUNTRIES.map((c) => [c, { kgAttempted: r[c].kgAttempted + (diff[i] as Record<Country, Row>)[c].kgAttempted }])) as unknown as Record<
      Country,
      Row
    >,
);
console.log(`Tajikistan's share of the route: ${(100 * share(base, 'Tajikistan')).toFixed(1)} % -> ${(100 * share(after, 'Tajikistan')).toFixed(1)} %`);
