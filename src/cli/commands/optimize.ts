/**
 * `frontier-sim optimize FILE --personnel +2000`: where the next guards do the most good. A
 * thin shell over `optimizeAllocation`: the allocation table, the objective with its paired CI
 * against today and the even spread, naive against robust, the selection's guarantee and the
 * convergence trace; a resumable state file, the proposal as a policy overlay, the HTML report.
 *
 * @module
 */
import { resolve } from 'node:path';
import { optimizationManifest, optimizeAllocation, withoutDisplacement, type OptimizationResult, type OptimizeOptions } from '../../experiment/optimization';
import type { PairedComparison } from '../../experiment/paired';
import { applyPolicy, type Policy } from '../../experiment/policy';
import { scenarioHash } from '../../scenario/hash';
import { renderReport } from '../../report';
import { loadScenario } from '../../scenario';
import { LIMITS } from '../../scenario/schema';
import { writeFileAtomic } from '../atomic-write';
import { choiceFlag, integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { formatNumber, renderTable } from '../table';
import { UsageError } from '../usage-error';
import { runInteractive } from '../interrupt';
import { COMMON_FLAGS, cell, csvField, csvNumber, emit, readPolicyFile, runsFlag, scenarioLoadOptions, turnsFlag, workersFlag } from './mc';
import { StateFile } from './optimize-state';

export const optimizeHelp = `Usage: frontier-sim optimize FILE --personnel +N|N [options]

Finds where patrol personnel (and optionally posts) do the most good: an integer allocation
over the sectors that minimises an objective (default: got-aways), every candidate played on
common random numbers. Marginal allocation, then a local search on growing samples, then
Kim-Nelson selection among the finalists (probability of correct selection within an
indifference zone), then a paired evaluation against today and an even spread on fresh runs.
With displacement in the scenario it also finds the naive optimum (the adversary held fixed)
and reports what it loses when the adversary adapts. See docs/optimization.md.

What to allocate (at least one):
  --personnel N|+N    place N patrol personnel in all, or N more than today (+N keeps
                      today's personnel as each sector's floor)
  --posts N|+N        also allocate fixed posts: N in all, or N more than today
  --budget USD        most extra spending a year over today (the cost model's upkeep)
  --post-cost USD     yearly cost of one post (needed with --posts and --budget)
  --min SECTOR=N      lower bound of a sector's personnel (repeatable)
  --max SECTOR=N      upper bound of a sector's personnel (repeatable)
  --reallocate        sectors may end below today's personnel (the default with a total)
  --side SIDE         whose patrol units are allocated (default: the largest on the border)

What to optimise:
  --objective M[:W],..  a metric, or a weighted sum (default gotAway)
  --maximize            maximise it instead of minimising
  --adversary A         auto (default: both when the scenario has displacement), both,
                        fixed (red held fixed: naive) or adaptive (red adapts: robust)
  --policy FILE         blue's policy overlay the allocation is optimised under
  --turns N             horizon in turns (default: the scenario's calendar)

Effort:
  --seed N            root seed (default 1); the final evaluation plays the runs of
                      'compare --seed N', so 'compare' with --write-policy's file agrees
  --workers N         runs played at once: this process and N-1 worker threads (default: the number of CPUs); never changes a number
  --runs N            runs of a search block (default 32; level k plays 2^k blocks)
  --levels N          search levels, each with half the step (default 3)
  --step N            the greedy's first step in personnel (default: what is placed / 20)
  --final-runs N      runs of the final paired evaluation (default 500)
  --finalists N       finalists of the selection (default 5)
  --alpha P           1 - probability of correct selection (default 0.05)
  --indifference D    indifference zone, in the objective's units (default: 1 % of the gain)

Output:
  --format F          table (default), json or csv (the allocation table)
  --out FILE          write the output to FILE (atomically) instead of stdout
  --state FILE        keep every evaluation in FILE, so that an interrupted run resumes
  --resume            continue the --state FILE of an interrupted run (starts it if absent)
  --write-policy FILE the proposed allocation as a policy overlay ('compare --policy FILE')
  --report FILE       the HTML report, with the optimisation section
  -h, --help          this text

Exit status: 0 done, 1 runtime failure or interrupted (resume with --state and --resume),
2 bad usage.
`;

/** `+N` (more than today) or `N` (in all). */
function amountFlag(name: string, text: string | undefined): { extra?: number; total?: number } {
  if (text === undefined) return {};
  const m = /^(\+?)(\d+)$/.exec(text);
  if (!m) throw new UsageError(`--${name} must be N (in all) or +N (more than today), got '${text}'`);
  const n = Number(m[2]);
  if (!Number.isSafeInteger(n) || n > LIMITS.count) throw new UsageError(`--${name} must be at most ${LIMITS.count}, got '${text}'`);
  return m[1] === '+' ? { extra: n } : { total: n };
}

/** A non-negative number flag. */
function numberFlag(name: string, text: string | undefined, { positive = false, below }: { positive?: boolean; below?: number } = {}): number | undefined {
  if (text === undefined) return undefined;
  const n = /^\d+(\.\d+)?(e\d+)?$/i.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(n) || (positive && !(n > 0)) || (below !== undefined && !(n < below))) {
    throw new UsageError(`--${name} must be a number${positive ? ' > 0' : ' >= 0'}${below !== undefined ? ` below ${below}` : ''}, got '${text}'`);
  }
  return n;
}

/** `--min SECTOR=N` flags as bounds. */
function boundFlags(min: string[] | undefined, max: string[] | undefined): Record<string, { min?: number; max?: number }> | undefined {
  const out: Record<string, { min?: number; max?: number }> = {};
  const read = (flag: 'min' | 'max', items: string[] | undefined) => {
    for (const item of items ?? []) {
      const m = /^([A-Za-z0-9_-]+)=(\d+)$/.exec(item);
      if (!m) throw new UsageError(`--${flag} must be SECTOR=N, got '${item}'`);
      (out[m[1] as string] ??= {})[flag] = Number(m[2]);
    }
  };
  read('min', min);
  read('max', max);
  return Object.keys(out).length > 0 ? out : undefined;
}

const signed = (n: number) => (Number.isFinite(n) ? `${n > 0 ? '+' : ''}${formatNumber(n)}` : '-');
const interval = (p: PairedComparison) => `${signed(p.meanDifference)} [${signed(p.ci95[0])}, ${signed(p.ci95[1])}]`;

/** The result as text for people. */
export function optimizationTable(r: OptimizationResult): string {
  const m = r.manifest;
  const lines: string[] = [];
  const caps = m.space.caps;
  const what = [
    caps.personnel !== undefined ? `${formatNumber(caps.personnel)} ${m.space.side} patrol personnel in all` : '',
    caps.posts !== undefined ? `${formatNumber(caps.posts)} posts` : '',
    caps.budgetUsdPerYear !== undefined ? `at most USD ${formatNumber(caps.budgetUsdPerYear)} a year more than today` : '',
  ].filter((s) => s !== '');
  lines.push(m.scenario.name);
  lines.push(
    `${m.objective.sense} ${m.objective.label} over ${m.turns} turns; ${what.join(', ')}; seed ${m.seed}; scenario ${m.scenario.hash}, frontier-sim ${m.engine.version}`,
  );
  lines.push('');
  const naive = r.table.some((row) => row.naive !== undefined);
  const levers = new Set(r.table.map((row) => row.lever));
  lines.push('Allocation');
  lines.push(
    renderTable(
      ['sector', ...(levers.size > 1 ? ['lever'] : []), 'today', 'proposed', 'change', 'even spread', ...(naive ? ['naive'] : [])],
      r.table.map((row) => [
        row.sector,
        ...(levers.size > 1 ? [row.lever] : []),
        row.today,
        row.proposed,
        signed(row.change),
        row.even,
        ...(naive ? [row.naive ?? NaN] : []),
      ]),
    ).trimEnd(),
  );
  if (caps.budgetUsdPerYear !== undefined || r.extraSpendUsdPerYear !== 0)
    lines.push(`extra spending: USD ${formatNumber(r.extraSpendUsdPerYear)} a year (cost model)`);
  const e = r.evaluation;
  lines.push('');
  lines.push(`Objective: ${m.objective.label}, mean of ${e.runs} paired runs on seed ${e.seed} (${e.adversary} adversary); difference = allocation - today`);
  lines.push(
    renderTable(
      ['allocation', 'mean', 'difference', 'ci95 low', 'ci95 high'],
      Object.entries(e.objective).map(([name, s]) => {
        const d = e.vsToday[name];
        return [name, cell(s.mean), d ? signed(d.meanDifference) : '', d ? cell(d.ci95[0]) : '', d ? cell(d.ci95[1]) : ''];
      }),
    ).trimEnd(),
  );
  lines.push(
    `proposed - even spread of the same total: ${interval(e.vsEven)}${e.vsEven.ci95[0] > 0 || e.vsEven.ci95[1] < 0 ? '' : ' (the interval includes 0)'}`,
  );
  if (r.robustness) {
    const rb = r.robustness;
    lines.push('');
    lines.push('Naive against robust (the adversary adapts by displacement)');
    lines.push(`  naive optimum - today, adversary held fixed (what the naive plan promises): ${interval(rb.promised)}`);
    lines.push(`  naive optimum - today, adversary adapting (what it delivers):               ${interval(rb.delivered)}`);
    lines.push(`  robust optimum - today, adversary adapting:                                  ${interval(e.vsToday.proposed as PairedComparison)}`);
    lines.push(
      `  loss of the naive optimum against the robust one when red adapts: ${signed(rb.loss.mean)} [${signed(rb.loss.ci95[0])}, ${signed(rb.loss.ci95[1])}]`,
    );
  }
  lines.push('');
  for (const o of r.optima) {
    const s = o.selection;
    lines.push(
      `Selection (${o.adversary} adversary): Kim-Nelson among ${s.finalists.length} finalists, P(correct selection) >= ${(100 * s.pcs).toFixed(0)} % when the best is ${formatNumber(s.indifference)} better${s.certified ? '' : " (NOT certified: the run cap was reached; raise the selection's maxRuns)"}; pick: ${s.finalists[s.chosen]?.origin ?? '?'}`,
    );
  }
  lines.push('');
  // The end of each stage (every step is in --format json).
  const ends = r.convergence.filter((p, i) => {
    const next = r.convergence[i + 1];
    return next === undefined || next.adversary !== p.adversary || next.stage !== p.stage || next.level !== p.level;
  });
  lines.push("Convergence: the incumbent at the end of each stage, on that stage's sample");
  lines.push(
    renderTable(
      ['adversary', 'stage', 'level', 'step', 'sample runs', 'evaluations', 'runs', 'objective'],
      ends.map((p) => [p.adversary, p.stage, p.level + 1, p.step, p.sampleRuns, p.evaluations, p.runs, p.value]),
    ).trimEnd(),
  );
  lines.push('');
  lines.push(
    `${formatNumber(r.counts.evaluations)} evaluations; ${formatNumber(r.counts.runsPlayed)} search and selection runs played, ${formatNumber(r.counts.runsRestored)} read back from the state file`,
  );
  return lines.join('\n') + '\n';
}

/** The allocation table as CSV: one row per sector and lever. */
export function optimizationCsv(r: OptimizationResult): string {
  const naive = r.table.some((row) => row.naive !== undefined);
  const lines = [`sector,name,lever,today,proposed,change,even${naive ? ',naive' : ''}`];
  for (const row of r.table)
    lines.push(
      [
        csvField(row.sector),
        csvField(row.name),
        row.lever,
        row.today,
        row.proposed,
        row.change,
        row.even,
        ...(naive ? [csvNumber(row.naive ?? NaN)] : []),
      ].join(','),
    );
  return lines.join('\n') + '\n';
}

/** Runs `optimize`; returns the exit code. */
export async function optimizeCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_FLAGS,
    personnel: { type: 'string' },
    posts: { type: 'string' },
    budget: { type: 'string' },
    'post-cost': { type: 'string' },
    min: { type: 'string', multiple: true },
    max: { type: 'string', multiple: true },
    reallocate: { type: 'boolean' },
    side: { type: 'string' },
    objective: { type: 'string' },
    maximize: { type: 'boolean' },
    adversary: { type: 'string' },
    policy: { type: 'string' },
    levels: { type: 'string' },
    step: { type: 'string' },
    'final-runs': { type: 'string' },
    finalists: { type: 'string' },
    alpha: { type: 'string' },
    indifference: { type: 'string' },
    out: { type: 'string' },
    state: { type: 'string' },
    resume: { type: 'boolean' },
    'write-policy': { type: 'string' },
    report: { type: 'string' },
  });
  if (values.help) {
    io.out(optimizeHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('optimize needs exactly one scenario file');
  const personnel = amountFlag('personnel', values.personnel as string | undefined);
  const posts = amountFlag('posts', values.posts as string | undefined);
  const budget = numberFlag('budget', values.budget as string | undefined);
  const postCost = numberFlag('post-cost', values['post-cost'] as string | undefined, { positive: true });
  if (personnel.extra === undefined && personnel.total === undefined && posts.extra === undefined && posts.total === undefined && budget === undefined) {
    throw new UsageError('say what to allocate: --personnel +N (or N in all), --posts, or --budget USD');
  }
  const state = values.state as string | undefined;
  const resume = Boolean(values.resume);
  if (resume && state === undefined) throw new UsageError('--resume needs --state FILE (the state file to continue)');
  const format = choiceFlag('format', values.format as string | undefined, ['table', 'json', 'csv'] as const, 'table');
  const adversary = choiceFlag('adversary', values.adversary as string | undefined, ['auto', 'both', 'fixed', 'adaptive'] as const, 'auto');
  const finalRuns = runsFlag(values['final-runs'] as string | undefined, 500);
  if (finalRuns < 2) throw new UsageError('--final-runs must be at least 2 for a confidence interval');
  const alpha = numberFlag('alpha', values.alpha as string | undefined, { positive: true, below: 1 });
  const indifference = numberFlag('indifference', values.indifference as string | undefined, { positive: true });
  const policy: Policy | undefined = values.policy === undefined ? undefined : readPolicyFile(values.policy as string);
  const scenario = loadScenario(positionals[0] as string, scenarioLoadOptions(values));
  const options: OptimizeOptions = {
    seed: integerFlag('seed', values.seed as string | undefined, 1),
    workers: workersFlag(values.workers as string | undefined),
    turns: turnsFlag(values.turns as string | undefined, scenario.calendar.turns),
    objective: (values.objective as string | undefined) ?? 'gotAway',
    sense: values.maximize ? 'maximize' : 'minimize',
    adversary,
    finalRuns,
    search: {
      runs: runsFlag(values.runs as string | undefined, 32),
      levels: integerFlag('levels', values.levels as string | undefined, 3, 12),
      ...(values.step !== undefined ? { step: { personnel: Math.max(1, integerFlag('step', values.step as string, 1, LIMITS.count)) } } : {}),
    },
    selection: {
      finalists: integerFlag('finalists', values.finalists as string | undefined, 5, 100),
      ...(alpha !== undefined ? { alpha } : {}),
      ...(indifference !== undefined ? { indifference } : {}),
    },
    ...(personnel.extra !== undefined ? { extraPersonnel: personnel.extra } : {}),
    ...(personnel.total !== undefined ? { totalPersonnel: personnel.total } : {}),
    ...(posts.extra !== undefined ? { extraPosts: posts.extra } : {}),
    ...(posts.total !== undefined ? { totalPosts: posts.total } : {}),
    ...(budget !== undefined ? { budgetUsdPerYear: budget } : {}),
    ...(postCost !== undefined ? { postCostUsdPerYear: postCost } : {}),
    ...(values.reallocate ? { reallocate: true } : {}),
    ...(values.side !== undefined ? { side: values.side as string } : {}),
    ...(policy ? { policy } : {}),
  };
  const bounds = boundFlags(values.min as string[] | undefined, values.max as string[] | undefined);
  if (bounds) options.bounds = { personnel: bounds };
  if ((options.search?.runs ?? 32) < 2) throw new UsageError('--runs must be at least 2');
  if (options.selection?.finalists === 0) throw new UsageError('--finalists must be at least 1');
  let store: StateFile | undefined;
  try {
    const manifest = optimizationManifest(scenario, options);
    if (state !== undefined) store = StateFile.open(state, manifest, resume);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError((e as Error).message);
  }
  if (store && store.restored > 0) io.err(`resuming ${state}: ${store.restored} evaluations read back\n`);
  let result: OptimizationResult;
  try {
    result = await runInteractive(
      io,
      (signal, onProgress) => optimizeAllocation(scenario, { ...options, signal, onProgress, ...(store ? { store } : {}) }),
      state !== undefined ? `every evaluation so far is in ${state}: run the same command with --resume to continue` : 'add --state FILE to be able to resume',
    );
  } finally {
    store?.flush();
  }
  const text = format === 'json' ? JSON.stringify(result, null, 2) + '\n' : format === 'csv' ? optimizationCsv(result) : optimizationTable(result);
  emit(io, text, values.out as string | undefined);
  const policyFile = values['write-policy'] as string | undefined;
  if (policyFile !== undefined) {
    const proposed = result.policies.find((p) => p.name === 'proposed');
    writeFileAtomic(
      policyFile,
      JSON.stringify(
        {
          name: 'optimized-allocation',
          description: `optimize ${result.manifest.objective.label}, seed ${result.manifest.seed}: the proposed allocation`,
          overlay: proposed?.overlay ?? {},
        },
        null,
        2,
      ) + '\n',
    );
    io.err(`proposed allocation written to ${resolve(policyFile)}\n`);
  }
  const reportFile = values.report as string | undefined;
  if (reportFile !== undefined) {
    // The scenario the final evaluation played (with blue's policy, and without displacement
    // when only the fixed adversary was sought), for the report's replay of its first runs.
    const base = applyPolicy(scenario, policy);
    const played = [base, withoutDisplacement(base)].find((c) => scenarioHash(c) === result.comparison.manifest.scenario.hash);
    writeFileAtomic(
      reportFile,
      await renderReport({ comparison: result.comparison, optimization: result }, { ...(played ? { scenario: played } : {}), policies: result.policies }),
    );
    io.err(`report written to ${resolve(reportFile)}\n`);
  }
  return 0;
}
