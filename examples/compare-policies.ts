/**
 * Two policies on the same run seeds (common random numbers): the paired difference of each
 * metric with its 95 % confidence interval.
 *
 *   npx tsx examples/compare-policies.ts
 *
 * The policies are the bundled overlays in scenarios/policies/ ({ name, description, overlay }).
 */
import { readFileSync } from 'node:fs';
import { comparePolicies, loadScenario, type Policy } from 'frontier-sim';

const scenario = loadScenario('scenarios/tajik-afghan-2015.json');
const policy = (name: string): Policy => {
  const { overlay } = JSON.parse(readFileSync(`scenarios/policies/${name}.json`, 'utf8')) as { overlay: object };
  return { name, overlay };
};

const result = await comparePolicies(scenario, {
  policies: [policy('status-quo'), policy('201st-quick-reaction')],
  runs: 40,
  seed: 11,
});

const metrics = ['clashes', 'gotAway', 'smuggling.kgSeized', 'quickReactionSorties', 'cost'];
console.log(`${result.baseline} vs the other policies, ${result.manifest.runs} paired runs each\n`);
console.log(['policy', 'metric', 'baseline', 'policy', 'difference', 'ci95'].join('\t'));
for (const cmp of result.comparisons) {
  for (const m of metrics) {
    const p = cmp.metrics[m];
    if (!p) continue;
    const f = (x: number) => (Math.abs(x) >= 1000 ? x.toExponential(3) : x.toFixed(2));
    console.log([cmp.policy, m, f(p.meanBaseline), f(p.meanPolicy), f(p.meanDifference), `[${f(p.ci95[0])}, ${f(p.ci95[1])}]`].join('\t'));
  }
}
