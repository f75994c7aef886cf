/**
 * A custom policy as a TypeScript function: each turn it sees a read-only view of the state and
 * returns orders. Here: when the border heats up (3 or more clashes in the last two turns),
 * release the 201st base as a quick-reaction force and commit a CSTO reaction force to the
 * sector with the most clashes; once, at most. Compared with the status quo on 2015 (Kunduz
 * falls on 28 September) on the same run seeds.
 *
 *   npx tsx examples/custom-policy.ts
 */
import { comparePolicies, loadScenario, simulate, type Order, type PolicyContext, type PolicyView } from 'frontier-sim';

// Keep no state of your own between calls: read it from the view (runs may be replayed in any order).
function reactToClashes(view: PolicyView, ctx: PolicyContext): Order[] {
  const committed = view.forces.some((f) => f.side === 'csto');
  const last2 = ctx.recent.slice(-2);
  const clashes = last2.reduce((sum, h) => sum + (h.metrics.clashes ?? 0), 0);
  if (committed || clashes < 3) return [];
  // The sector with the most clashes in those turns.
  const bySector = new Map<string, number>();
  for (const h of last2) for (const [id, m] of Object.entries(h.bySector)) bySector.set(id, (bySector.get(id) ?? 0) + (m.clashes ?? 0));
  const hottest = [...bySector].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'panj';
  return [
    { type: 'allow-quick-reaction', forces: ['ru-201-dushanbe', 'ru-201-bokhtar'] },
    { type: 'commit-reaction-force', side: 'csto', to: hottest, role: 'quick-reaction' },
  ];
}

const scenario = loadScenario('scenarios/tajik-afghan-2015.json');

// One run with its log: when did the policy act, and why?
const run = simulate(scenario, { seed: 1, policy: { kind: 'function', name: 'react-to-clashes', decide: reactToClashes } });
for (const e of run.log.filter((e) => e.type === 'order' || e.type === 'rule')) console.log(`turn ${e.turn + 1} ${e.date}: ${e.message}`);

// Paired comparison with the status quo (functions run in this thread: workers 1).
const cmp = await comparePolicies(scenario, {
  policies: [{ name: 'status-quo' }, { kind: 'function', name: 'react-to-clashes', decide: reactToClashes }],
  runs: 30,
  seed: 3,
});
console.log(`\ncustom policy react-to-clashes vs status quo, ${cmp.manifest.runs} paired runs`);
for (const m of ['clashes', 'armed-group.gotAway', 'quickReactionSorties', 'sovereignty', 'cost']) {
  const p = cmp.comparisons[0]!.metrics[m];
  if (p)
    console.log(
      `${m.padEnd(22)} ${p.meanBaseline.toFixed(1).padStart(12)} -> ${p.meanPolicy.toFixed(1).padStart(12)}  (difference ${p.meanDifference.toFixed(2)}, 95% CI ${p.ci95[0].toFixed(2)} to ${p.ci95[1].toFixed(2)})`,
    );
}
