/**
 * Child process of bench/limits.ts: builds pattern `argv[2]` of bench/limit-scenarios.ts at the
 * largest size the cost model accepts, plays `argv[3]` turns with the Monte Carlo settings (log,
 * records and hashes off; `argv[4] === 'full'`: everything on, as `run` does), and prints one
 * JSON line: the model's estimate, the CPU time a turn took (mean and slowest), peak memory.
 */
import { compileScenario, parseScenario } from '../src/index';
import { createStepContext, initialState, RandomStreams, step } from '../src/kernel';
import { turnCost } from '../src/scenario/cost';
import { largestAccepted, PATTERNS } from './limit-scenarios';

const p = PATTERNS[Number(process.argv[2])];
if (p === undefined) throw new Error(`no pattern ${process.argv[2]}`);
const turns = Number(process.argv[3] ?? '52');
const full = process.argv[4] === 'full';
const n = largestAccepted(p);
const raw = p.build(n);
const model = turnCost(raw as never);
const scenario = parseScenario(raw);
const compiled = compileScenario(scenario);
const ctx = createStepContext(compiled, new RandomStreams(1), { log: full, detail: full, freeze: full });
let state = initialState(compiled);
let slowest = 0;
const cpu0 = process.cpuUsage();
for (let t = 0; t < turns; t++) {
  const c = process.cpuUsage();
  state = step(state, ctx).state;
  const d = process.cpuUsage(c);
  slowest = Math.max(slowest, (d.user + d.system) / 1000);
}
const all = process.cpuUsage(cpu0);
process.stdout.write(
  JSON.stringify({
    pattern: p.name,
    n,
    modelMs: Math.round(model.work / 1000),
    modelMb: Math.round(model.memory / 1048576),
    turns,
    meanMs: Math.round((all.user + all.system) / 1000 / turns),
    slowestMs: Math.round(slowest),
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
