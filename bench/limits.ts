/**
 * The cost model against the clock (docs/limits.md): `npx tsx bench/limits.ts [--turns N]
 * [--full] [--smoke]`. For each pattern of bench/limit-scenarios.ts at the largest size the
 * model accepts, a child process plays N turns (default 52: a year of weeks) and reports the CPU
 * time of a turn (mean and slowest) and its peak memory, beside the model's bound for it. The
 * model must stay above the measured time (its coefficients are rounded up); this prints, it
 * asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PATTERNS } from './limit-scenarios';
import { ROOT } from './lib';

const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const turnsArg = argv.indexOf('--turns');
const turns = smoke ? 2 : turnsArg >= 0 ? Number(argv[turnsArg + 1]) : 52;
const full = argv.includes('--full');

console.log(`cost model vs measured CPU a turn (${turns} turns, ${full ? 'log, records and hashes on' : 'Monte Carlo settings'})`);
console.log(
  [
    'pattern'.padEnd(72),
    'n'.padStart(6),
    'model ms'.padStart(9),
    'mean ms'.padStart(8),
    'slowest'.padStart(8),
    'model MB'.padStart(9),
    'peak MB'.padStart(8),
  ].join(' '),
);
PATTERNS.forEach((p, i) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'limits-child.ts'), String(i), String(turns), full ? 'full' : 'mc'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TSX_DISABLE_CACHE: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) {
    console.log(`${p.name.padEnd(72)} failed: ${(r.stderr ?? '').split('\n')[0]}`);
    return;
  }
  const x = JSON.parse(r.stdout) as { n: number; modelMs: number; meanMs: number; slowestMs: number; modelMb: number; peakMb: number };
  console.log(
    [
      p.name.padEnd(72),
      String(x.n).padStart(6),
      String(x.modelMs).padStart(9),
      String(x.meanMs).padStart(8),
      String(x.slowestMs).padStart(8),
      String(x.modelMb).padStart(9),
      String(x.peakMb).padStart(8),
    ].join(' '),
  );
});
