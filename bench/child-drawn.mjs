/**
 * The uniforms the runs of seeds 0 … runs-1 of the default scenario draw, counted through the
 * engine API (`createStepContext` + `step`, which expose the run's streams): `node
 * bench/child-drawn.mjs <runs> <turns>`. Prints one JSON line.
 *
 * In its own process because stepping immutable states runs the turn code on objects of other
 * shapes than `simulate`'s: done in the suite's process before its timed runs, it left the
 * JIT's code for them polymorphic, and `simulate` 5-10 % slower than in a process that only
 * simulates (as a Monte Carlo worker does).
 */
import { fileURLToPath } from 'node:url';
import { compileScenario, loadScenario } from '../dist/index.js';
import { createStepContext, initialState, RandomStreams, step } from '../dist/kernel.js';

const [runs, turns] = process.argv.slice(2).map(Number);
const compiled = compileScenario(loadScenario(fileURLToPath(new URL('../scenarios/tajik-afghan-2021.json', import.meta.url))));
let drawn = 0;
let childDrawn = 0;
for (let seed = 0; seed < runs; seed++) {
  const streams = new RandomStreams(seed);
  const ctx = createStepContext(compiled, streams, { log: false, detail: false });
  let state = initialState(compiled);
  for (let t = 0; t < turns; t++) state = step(state, ctx).state;
  drawn += streams.drawn;
  childDrawn += streams.childDrawn;
}
console.log(JSON.stringify({ runs, turns, drawn, childDrawn }));
