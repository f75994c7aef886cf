import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runMonteCarlo, ExperimentError, RunsFileError } from '../../src';
import { mergeRunsFiles } from '../../src/experiment/merge';
import { scenarioHash, canonicalJson } from '../../src/scenario/hash';
import { defaultScenario, tempDir } from './experiment-helpers';

const scenario = defaultScenario();
const base = { runs: 24, seed: 7, turns: 6 } as const;

describe('runMonteCarlo', () => {
  test('workers 1, 2 and 4 give identical results', async () => {
    const one = JSON.stringify(await runMonteCarlo(scenario, { ...base, workers: 1, perTurn: ['gotAway'] }));
    const two = JSON.stringify(await runMonteCarlo(scenario, { ...base, workers: 2, perTurn: ['gotAway'] }));
    const four = JSON.stringify(await runMonteCarlo(scenario, { ...base, workers: 4, perTurn: ['gotAway'] }));
    expect(two).toBe(one);
    expect(four).toBe(one);
  });

  test('summaries, manifest and per-turn series', async () => {
    const r = await runMonteCarlo(scenario, { ...base, perTurn: ['gotAway', 'attempts'] });
    expect(r.runs).toBe(24);
    expect(r.manifest).toMatchObject({ seed: 7, runs: 24, turns: 6, scenario: { hash: scenarioHash(scenario) }, policy: { name: 'status-quo' } });
    expect(r.manifest.engine.version).toMatch(/^\d+\.\d+\.\d+/);
    for (const s of Object.values(r.metrics)) {
      expect(s.n).toBe(24);
      expect(s.min).toBeLessThanOrEqual(s.p5);
      expect(s.p5).toBeLessThanOrEqual(s.p50);
      expect(s.p50).toBeLessThanOrEqual(s.p95);
      expect(s.p95).toBeLessThanOrEqual(s.max);
    }
    const g = r.perTurn?.gotAway;
    expect(g?.p50).toHaveLength(6);
    g?.p5.forEach((v, t) => expect(v).toBeLessThanOrEqual(g.p95[t] as number));
    // The per-turn medians of a run's turns add up to about its total.
    const sum = (g?.mean ?? []).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(r.metrics.gotAway?.mean ?? NaN, 6);
  });

  test('scenario hash ignores key order and $schema, and sees any change', () => {
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const shuffled = reverseKeys(scenario) as typeof scenario;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(scenario));
    expect(scenarioHash({ ...scenario, $schema: 'elsewhere.json' })).toBe(scenarioHash(scenario));
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    expect(scenarioHash(shuffled)).toBe(scenarioHash(scenario));
    expect(scenarioHash({ ...scenario, calendar: { ...scenario.calendar, turns: 3 } })).not.toBe(scenarioHash(scenario));
  });

  test('precision targets stop at the same run count whatever the worker count', async () => {
    const opts = { runs: 10, seed: 3, turns: 4, until: 'gotAway:3', maxRuns: 400 } as const;
    const a = await runMonteCarlo(scenario, { ...opts, workers: 1 });
    const b = await runMonteCarlo(scenario, { ...opts, workers: 2 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.precision).toBeDefined();
    const t = a.precision?.targets[0];
    if (a.precision?.met) expect(t?.halfWidth).toBeLessThanOrEqual(3);
    else expect(a.runs).toBe(400);
    expect(a.runs).toBeGreaterThan(10);
  });

  test('bad options are ExperimentErrors with a clear message', async () => {
    await expect(runMonteCarlo(scenario, { runs: 0, seed: 1 })).rejects.toThrow(ExperimentError);
    await expect(runMonteCarlo(scenario, { runs: 2, seed: -1 })).rejects.toThrow(/seed/);
    await expect(runMonteCarlo(scenario, { runs: 2, seed: 1, shard: { index: 3, count: 3 } })).rejects.toThrow(/shard index/);
    await expect(runMonteCarlo(scenario, { runs: 2, seed: 1, turns: 2, perTurn: ['nope'] })).rejects.toThrow(/unknown metric "nope"/);
    await expect(runMonteCarlo(scenario, { runs: 2, seed: 1, turns: 2, until: 'nope:1' })).rejects.toThrow(/unknown metric "nope"/);
  });

  test('abort rejects with the reason; the runs file keeps whole lines', async () => {
    const dir = tempDir();
    const out = join(dir, 'runs.ndjson');
    const controller = new AbortController();
    let seen = 0;
    const p = runMonteCarlo(scenario, {
      runs: 2000,
      seed: 1,
      turns: 3,
      out,
      signal: controller.signal,
      onRun: () => {
        if (++seen === 20) controller.abort(new Error('stop'));
      },
    });
    await expect(p).rejects.toThrow('stop');
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n').length - 2).toBeGreaterThanOrEqual(0);
  });
});

describe('runs file, resume, shards and merge', () => {
  const opts = { runs: 30, seed: 11, turns: 5, perTurn: ['gotAway'] } as const;

  test('resume after a cut (partial last line) gives the same file and summary', async () => {
    const dir = tempDir();
    const full = join(dir, 'full.ndjson');
    const cut = join(dir, 'cut.ndjson');
    const whole = await runMonteCarlo(scenario, { ...opts, out: full });
    const bytes = readFileSync(full, 'utf8');
    const lines = bytes.split('\n');
    // Manifest + 12 runs + half of run 12's line, as a kill -9 in the middle of a write leaves.
    writeFileSync(cut, lines.slice(0, 13).join('\n') + '\n' + (lines[13] as string).slice(0, 25));
    let played = 0;
    const resumed = await runMonteCarlo(scenario, { ...opts, out: cut, resume: true, workers: 2, onRun: () => played++ });
    expect(readFileSync(cut, 'utf8')).toBe(bytes);
    expect(JSON.stringify(resumed)).toBe(JSON.stringify(whole));
    expect(played).toBe(30); // onRun sees every run, read back or played
  });

  test('resume refuses a file of other settings, and --out refuses to overwrite', async () => {
    const dir = tempDir();
    const out = join(dir, 'runs.ndjson');
    await runMonteCarlo(scenario, { ...opts, runs: 4, out });
    await expect(runMonteCarlo(scenario, { ...opts, runs: 4, seed: 12, out, resume: true })).rejects.toThrow(
      /cannot resume .*different settings \(seed: 11 vs 12\)/,
    );
    await expect(runMonteCarlo(scenario, { ...opts, runs: 4, out })).rejects.toThrow(RunsFileError);
    // Resuming a complete file plays nothing and gives the same result.
    const again = await runMonteCarlo(scenario, { ...opts, runs: 4, out, resume: true });
    expect(again.runs).toBe(4);
  });

  test('3 shards merged give exactly the single-process result and runs file', async () => {
    const dir = tempDir();
    const single = join(dir, 'single.ndjson');
    const one = await runMonteCarlo(scenario, { ...opts, out: single });
    const shards = [0, 1, 2].map((i) => join(dir, `shard-${i}.ndjson`));
    for (const [i, path] of shards.entries()) {
      const r = await runMonteCarlo(scenario, { ...opts, out: path, shard: { index: i, count: 3 } });
      expect(r.runs).toBe(10);
    }
    const merged = join(dir, 'merged.ndjson');
    const m = mergeRunsFiles([shards[2] as string, shards[0] as string, shards[1] as string], { out: merged });
    expect(JSON.stringify(m)).toBe(JSON.stringify(one));
    expect(readFileSync(merged, 'utf8')).toBe(readFileSync(single, 'utf8'));
  });

  test('merge refuses duplicates, gaps, unfinished shards and other experiments', async () => {
    const dir = tempDir();
    const o = { ...opts, runs: 8 };
    const p = (n: string) => join(dir, n);
    await runMonteCarlo(scenario, { ...o, out: p('a0'), shard: { index: 0, count: 2 } });
    await runMonteCarlo(scenario, { ...o, out: p('a1'), shard: { index: 1, count: 2 } });
    await runMonteCarlo(scenario, { ...o, seed: 99, out: p('b1'), shard: { index: 1, count: 2 } });
    expect(() => mergeRunsFiles([p('a0'), p('a0')])).toThrow(/shard 0\/2 given twice/);
    expect(() => mergeRunsFiles([p('a0')])).toThrow(/shard 1\/2 is missing/);
    expect(() => mergeRunsFiles([p('a0'), p('b1')])).toThrow(/different experiments \(seed: 99 vs 11\)/);
    const text = readFileSync(p('a1'), 'utf8').split('\n');
    writeFileSync(p('a1cut'), text.slice(0, 3).join('\n') + '\n');
    expect(() => mergeRunsFiles([p('a0'), p('a1cut')])).toThrow(/has 2 of its 4 runs/);
    expect(mergeRunsFiles([p('a1'), p('a0')]).runs).toBe(8);
    expect(existsSync(p('a0'))).toBe(true);
  });
});

describe('runs file edge cases', () => {
  test('a file cut while its manifest was written is started afresh; a foreign file is refused', async () => {
    const dir = tempDir();
    const out = join(dir, 'runs.ndjson');
    writeFileSync(out, '{"manifest":{"format":"frontier-sim/mon');
    const r = await runMonteCarlo(scenario, { runs: 3, seed: 1, turns: 2, out, resume: true });
    expect(r.runs).toBe(3);
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(5);
    const foreign = join(dir, 'notes.txt');
    writeFileSync(foreign, 'my notes, no newline');
    await expect(runMonteCarlo(scenario, { runs: 3, seed: 1, turns: 2, out: foreign, resume: true })).rejects.toThrow(/no manifest line/);
    expect(readFileSync(foreign, 'utf8')).toBe('my notes, no newline');
  });

  test('precision targets with a runs file resume to the same stopping point', async () => {
    const dir = tempDir();
    const full = join(dir, 'full.ndjson');
    const cut = join(dir, 'cut.ndjson');
    const o = { runs: 8, seed: 21, turns: 2, until: 'gotAway:1.5', maxRuns: 300 } as const;
    const whole = await runMonteCarlo(scenario, { ...o, out: full });
    const lines = readFileSync(full, 'utf8').split('\n');
    expect(whole.runs).toBeGreaterThan(8);
    writeFileSync(cut, lines.slice(0, Math.floor(whole.runs / 2)).join('\n') + '\n');
    const resumed = await runMonteCarlo(scenario, { ...o, out: cut, resume: true, workers: 2 });
    expect(JSON.stringify(resumed)).toBe(JSON.stringify(whole));
    expect(readFileSync(cut, 'utf8')).toBe(readFileSync(full, 'utf8'));
  });
});
