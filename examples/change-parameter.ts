/**
 * Load a scenario, change one parameter in code, and compare before/after on the same seeds.
 *
 *   npx tsx examples/change-parameter.ts
 *
 * Here: the complicity of the Tajik border detachments (the share of detected loads let
 * through, a calibrated assumption, docs/calibration.md) is halved. applyOverlay merges by id,
 * exactly as `extends` and policy overlays do, and parseScenario validates the result.
 */
import { applyOverlay, loadScenario, parseScenario, quantityValue, runMonteCarlo, type Scenario } from 'frontier-sim';

const before = loadScenario('scenarios/tajik-afghan-2021.json');

const tajik = before.forces.filter((f) => f.side === 'tajikistan');
const overlay = {
  forces: tajik.map((f) => ({ id: f.id, complicity: quantityValue(f.complicity ?? 0) / 2 })),
};
const after = parseScenario(applyOverlay(before, overlay), { source: 'complicity halved' });

const seizure = async (s: Scenario) => {
  // Same root seed: run i of both experiments uses the same seed (common random numbers).
  const mc = await runMonteCarlo(s, { runs: 40, seed: 7 });
  const seized = mc.metrics['smuggling.kgSeized']!;
  const attempted = mc.metrics['smuggling.kgAttempted']!;
  return { seizedT: seized.mean / 1000, ci: seized.ci95.map((x) => (x / 1000).toFixed(2)), share: seized.mean / attempted.mean };
};

const b = await seizure(before);
const a = await seizure(after);
console.log(`complicity ${quantityValue(tajik[0]!.complicity ?? 0)} -> ${quantityValue(after.forces[0]!.complicity ?? 0)}`);
console.log(`seized before: ${b.seizedT.toFixed(2)} t a year (95% CI ${b.ci.join('-')}), ${(b.share * 100).toFixed(1)} % of the flow`);
console.log(`seized after:  ${a.seizedT.toFixed(2)} t a year (95% CI ${a.ci.join('-')}), ${(a.share * 100).toFixed(1)} % of the flow`);
