/**
 * One seeded run of the default scenario (2021) and what happened in it.
 *
 *   npx tsx examples/single-run.ts [scenario.json] [seed]
 *
 * The run is a pure function of (scenario, seed): run it twice and the hash is the same.
 */
import { loadScenario, simulate } from 'frontier-sim';

const file = process.argv[2] ?? 'scenarios/tajik-afghan-2021.json';
const seed = Number(process.argv[3] ?? 1);

// loadScenario resolves `extends` (the era files extend scenarios/base/) and validates.
const scenario = loadScenario(file);
const run = simulate(scenario, { seed });

console.log(`${run.scenario}, seed ${run.seed}: ${run.turns.length} turns, final hash ${run.hash}`);
const t = run.totals;
console.log(`attempts ${t.attempts}, stopped ${t.interdicted}, got away ${t.gotAway}, clashes ${t.clashes}`);
console.log(`heroin and opium: ${(t['smuggling.kgAttempted']! / 1000).toFixed(1)} t attempted, ${(t['smuggling.kgSeized']! / 1000).toFixed(1)} t seized`);

// The log says what happened and why: clashes, moves, events, orders (everything but routine crossings).
const notable = run.log.filter((e) => e.type !== 'crossings');
console.log(`\nlog: ${run.log.length} entries; the first ${Math.min(10, notable.length)} beyond routine crossings:`);
for (const e of notable.slice(0, 10)) console.log(`  turn ${e.turn + 1} ${e.date} [${e.type}] ${e.message}`);
