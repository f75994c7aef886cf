/**
 * The floor benchmark compares like with like (issue 23): the toy border model written as a
 * frontier-sim scenario, in bare JavaScript and as a boardgame.io game (bench/toy-*.mjs) gives
 * the same expected attempts, detections and interdictions, which also equal the toy's closed
 * form. The tolerance is in standard errors of the sample means (toyAgreement: |z| <= 4), so it
 * tightens as runs are added. The benchmark suite runs the same check over 200 seeds at every
 * size it times and fails loudly if it does not hold; this keeps it from rotting between
 * benchmark runs.
 */
import { describe, expect, test } from 'vitest';
import { bareToy, runBareToy } from '../../bench/toy-bare.mjs';
import { boardgameToy, runBoardgameToy } from '../../bench/toy-boardgame.mjs';
import { toyAgreement, toyExpectation, toyParameters, toyScenario, type ToyTotals } from '../../bench/toy-model.mjs';
import { compileScenario } from '../../src/engine/compile';
import { simulate } from '../../src/engine/simulate';
import { parseScenario } from '../../src/scenario';

const S = 12;
const p = toyParameters(S);
const expected = toyExpectation(p);

function engineRuns(sectors: number, seeds: number): ToyTotals[] {
  const c = compileScenario(parseScenario(toyScenario(sectors), { source: `toy-${sectors}.json` }));
  return Array.from({ length: seeds }, (_, seed) => {
    const t = simulate(c, { seed, log: false, detail: false, hashes: false, freeze: false }).totals;
    return { attempts: t.attempts ?? NaN, detected: t.detected ?? NaN, interdicted: t.interdicted ?? NaN };
  });
}
let engine12: ToyTotals[] | undefined;
/** The engine's 200 runs at 12 sectors, played once for the tests that compare with them. */
const engine200 = (): ToyTotals[] => (engine12 ??= engineRuns(S, 200));
const bareRuns = (params: typeof p, seeds: number): ToyTotals[] => {
  const m = bareToy(params);
  return Array.from({ length: seeds }, (_, seed) => runBareToy(m, seed));
};

describe('the toy model of the floor benchmark', () => {
  test('frontier-sim and the bare implementation agree with each other and the closed form (200 seeds)', () => {
    const a = toyAgreement(engine200(), bareRuns(p, 200), expected);
    expect(a.ok, JSON.stringify(a.figures)).toBe(true);
    // The check has something to check: the three figures are far apart, and detection and the
    // response thin the flow (fatigue and the reach chances matter to the means).
    expect(expected.attempts).toBe(52 * S * 3.5);
    expect(expected.detected).toBeLessThan(0.4 * expected.attempts);
    expect(expected.interdicted).toBeLessThan(0.95 * expected.detected);
  });

  test('the boardgame.io game agrees too (50 seeds)', () => {
    const a = toyAgreement(
      Array.from({ length: 50 }, (_, seed) => runBoardgameToy(boardgameToy(p), seed)),
      bareRuns(p, 50),
      expected,
    );
    expect(a.ok, JSON.stringify(a.figures)).toBe(true);
  });

  test('the check fails when a model differs: the bare toy with guards that never tire', () => {
    const rested = { ...p, fatigueRisePerWeek: 0 };
    const a = toyAgreement(engine200(), bareRuns(rested, 200), expected);
    expect(a.ok).toBe(false);
    expect(a.figures.attempts.ok).toBe(true);
    expect(a.figures.detected.ok).toBe(false);
  });

  test('the scenario scales: 1,200 sectors, the same closed form per sector (20 seeds)', () => {
    const big = toyParameters(1200);
    const a = toyAgreement(engineRuns(1200, 20), bareRuns(big, 20), toyExpectation(big));
    expect(a.ok, JSON.stringify(a.figures)).toBe(true);
  });
});
