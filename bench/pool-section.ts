/**
 * Section 7 of the benchmark suite (issue 23 item 3): the warm worker pool. Monte Carlos of the
 * default scenario, inline (1 worker, the calling thread) against 2 workers on the warm pool and
 * 2 workers on a cold one (closeWorkerPool first: what every call paid before the pool was kept),
 * in rounds taken in turn in this one process; each round gives its own ratios.
 *
 * - one Monte Carlo of 500, 1,000 and 2,000 runs: 2 workers (warm) / inline (target < 1 from
 *   500 runs up);
 * - 20 consecutive 500-run Monte Carlos, the first of them starting the pool: 2 workers / inline
 *   (target <= 0.6x).
 */
import { closeWorkerPool, runMonteCarlo, type Scenario } from '../dist/index.js';
import { cpuMs, now, spread, type Spread } from './lib';

export interface PoolOptions {
  mode: 'full' | 'quick' | 'smoke';
  scenario: Scenario;
  say: (line: string) => void;
  target: (name: string, target: string, value: number | null, met: boolean) => void;
}

interface Timed {
  wall: number;
  cpu: number;
}

async function timed(f: () => Promise<unknown>): Promise<Timed> {
  const c0 = cpuMs();
  const t0 = now();
  await f();
  return { wall: now() - t0, cpu: cpuMs() - c0 };
}

const f = (s: Spread, d = 2) => `${s.median.toFixed(d)} (${s.min.toFixed(d)}-${s.max.toFixed(d)})`;

export async function poolSection(o: PoolOptions): Promise<Record<string, unknown>> {
  const { mode, scenario, say } = o;
  const smoke = mode === 'smoke';
  const rounds = smoke ? 1 : mode === 'quick' ? 3 : 5;
  const sizes = smoke ? [20, 40] : [500, 1000, 2000];
  const seriesRuns = smoke ? 20 : 500;
  const seriesLength = smoke ? 2 : 20;
  const turns = smoke ? { turns: 4 } : {};
  let seed = 1;
  const mc = (runs: number, workers: number) => () => runMonteCarlo(scenario, { runs, seed: seed++, workers, ...turns });
  const record: Record<string, unknown> = { rounds, sizes, seriesRuns, seriesLength };
  say(`7. the warm worker pool: Monte Carlos of the default scenario, inline vs 2 workers, ${rounds} rounds taken in turn, median (min-max)`);
  // Warm-up: the engine compiled in this thread and the pool's threads started once.
  await mc(sizes[0] as number, 1)();
  await mc(sizes[0] as number, 2)();

  const single: Record<string, unknown> = {};
  for (const runs of sizes) {
    const t = { inline: [] as Timed[], warm: [] as Timed[], cold: [] as Timed[] };
    for (let r = 0; r < rounds; r++) {
      t.inline.push(await timed(mc(runs, 1)));
      t.warm.push(await timed(mc(runs, 2)));
      await closeWorkerPool();
      t.cold.push(await timed(mc(runs, 2)));
    }
    const ratio = (a: Timed[], b: Timed[], k: keyof Timed) => spread(a.map((x, i) => x[k] / (b[i] as Timed)[k]));
    const row = {
      runs,
      inlineMs: spread(t.inline.map((x) => x.wall)),
      warmMs: spread(t.warm.map((x) => x.wall)),
      coldMs: spread(t.cold.map((x) => x.wall)),
      warmOverInline: ratio(t.warm, t.inline, 'wall'),
      coldOverInline: ratio(t.cold, t.inline, 'wall'),
      warmOverInlineCpu: ratio(t.warm, t.inline, 'cpu'),
      coldOverInlineCpu: ratio(t.cold, t.inline, 'cpu'),
    };
    single[String(runs)] = row;
    say(
      `   ${String(runs).padStart(5)} runs: inline ${f(row.inlineMs, 0)} ms, 2 workers warm ${f(row.warmMs, 0)} ms, cold ${f(row.coldMs, 0)} ms; warm / inline ${f(row.warmOverInline)}x (CPU ${f(row.warmOverInlineCpu)}x), cold / inline ${f(row.coldOverInline)}x (CPU ${f(row.coldOverInlineCpu)}x)`,
    );
  }
  record.single = single;
  const first = single[String(sizes[0])] as { warmOverInline: Spread };
  o.target(`warm pool: 2 workers / inline, one ${sizes[0]}-run Monte Carlo`, '< 1x', first.warmOverInline.median, first.warmOverInline.median < 1);

  // 20 consecutive Monte Carlos, the pool started by the first (closed before each series).
  const series = async (workers: number) => {
    await closeWorkerPool();
    return timed(async () => {
      for (let i = 0; i < seriesLength; i++) await mc(seriesRuns, workers)();
    });
  };
  const s = { inline: [] as Timed[], pool: [] as Timed[] };
  for (let r = 0; r < rounds; r++) {
    s.inline.push(await series(1));
    s.pool.push(await series(2));
  }
  const seriesRow = {
    inlineMs: spread(s.inline.map((x) => x.wall)),
    poolMs: spread(s.pool.map((x) => x.wall)),
    poolOverInline: spread(s.pool.map((x, i) => x.wall / (s.inline[i] as Timed).wall)),
    poolOverInlineCpu: spread(s.pool.map((x, i) => x.cpu / (s.inline[i] as Timed).cpu)),
  };
  record.series = seriesRow;
  say(
    `   ${seriesLength} consecutive ${seriesRuns}-run Monte Carlos (the first starts the pool): inline ${f(seriesRow.inlineMs, 0)} ms, 2 workers ${f(seriesRow.poolMs, 0)} ms; 2 workers / inline ${f(seriesRow.poolOverInline)}x (CPU ${f(seriesRow.poolOverInlineCpu)}x)`,
  );
  o.target(
    `warm pool: ${seriesLength} x ${seriesRuns}-run Monte Carlos, 2 workers / inline`,
    '<= 0.6x',
    seriesRow.poolOverInline.median,
    seriesRow.poolOverInline.median <= 0.6,
  );
  await closeWorkerPool();
  return record;
}
