/**
 * The command-line side of experiments with uncertainty: the flags `--uncertainty`,
 * `--replications`, `--points`, `--hold` (shared by mc and compare), and the tables that say
 * how much of an answer's spread is the inputs and how much the dice.
 *
 * @module
 */
import type { Comparison } from '../../experiment/compare';
import type { MonteCarloResult } from '../../experiment/monte-carlo';
import { DEFAULT_REPLICATIONS, type UncertaintyOptions } from '../../experiment/uncertainty';
import type { UncertaintySummary } from '../../experiment/variance-split';
import { choiceFlag, integerFlag } from '../args';
import { formatNumber, renderTable } from '../table';
import { UsageError } from '../usage-error';

/** The flags of experiments with uncertainty. */
export const UNCERTAINTY_FLAGS = {
  uncertainty: { type: 'string' },
  replications: { type: 'string' },
  points: { type: 'string' },
  hold: { type: 'string', multiple: true },
} as const;

/** Help lines of the uncertainty flags. */
export const UNCERTAINTY_HELP = `  --uncertainty U   none (default: every input at its nominal value) or ranges: sample every
                    range the scenario (and each policy) declares, as input points x runs
  --points N        with ranges: input points, a Latin hypercube keyed by --seed (default 256)
  --replications K  with ranges: runs per input point (default 8); the runs are N x K
  --hold PTR        with ranges: keep the range at PTR (or every range under it) at its
                    nominal value; repeatable
`;

/** Default input points with `--uncertainty ranges`. */
export const DEFAULT_POINTS = 256;

/**
 * Reads the uncertainty flags; returns the runs to play and the options. Without
 * `--uncertainty ranges`, the other flags are usage errors.
 */
export function uncertaintyFlags(
  values: Record<string, unknown>,
  runsText: string | undefined,
  defaultRuns: number,
): { runs: number | undefined; options: UncertaintyOptions } {
  const mode = choiceFlag('uncertainty', values.uncertainty as string | undefined, ['none', 'ranges'] as const, 'none');
  const hold = values.hold as string[] | undefined;
  if (mode === 'none') {
    for (const f of ['replications', 'points'] as const) if (values[f] !== undefined) throw new UsageError(`--${f} goes with --uncertainty ranges`);
    if (hold !== undefined) throw new UsageError('--hold goes with --uncertainty ranges');
    return { runs: undefined, options: {} };
  }
  const k = integerFlag('replications', values.replications as string | undefined, DEFAULT_REPLICATIONS, 1_000_000);
  if (k < 2) throw new UsageError('--replications must be at least 2 (one run a point cannot tell the inputs from chance)');
  let runs: number;
  if (values.points !== undefined) {
    if (runsText !== undefined) throw new UsageError('give --points (input points) or --runs (points x replications), not both');
    const p = integerFlag('points', values.points as string, undefined, 10_000_000);
    if (p < 2) throw new UsageError('--points must be at least 2');
    runs = p * k;
  } else if (runsText !== undefined) {
    runs = integerFlag('runs', runsText);
    if (runs % k !== 0 || runs / k < 2) throw new UsageError(`--runs ${runs} must be a multiple of --replications ${k} with at least 2 points`);
  } else {
    runs = DEFAULT_POINTS * k;
  }
  void defaultRuns;
  return { runs, options: { uncertainty: 'ranges', replications: k, ...(hold ? { hold } : {}) } };
}

const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(100 * x)} %` : '-');
const f = (x: number) => (Number.isFinite(x) ? formatNumber(x) : '-');

function splitRow(name: string, u: UncertaintySummary): (string | number)[] {
  return [
    name,
    f(u.mean),
    f(u.p5),
    f(u.p50),
    f(u.p95),
    f(Math.sqrt(u.varianceInputs)),
    f(Math.sqrt(u.varianceChance)),
    pct(u.inputShare),
    `±${f(u.chanceHalfWidth)}`,
  ];
}

const SPLIT_HEADER = ['metric', 'mean', '5 %', '50 %', '95 %', 'sd inputs', 'sd chance', 'inputs share', 'fixed-input ci95'];

/** The table of a Monte Carlo with uncertainty: per metric, the distribution and the variance split. */
export function monteCarloUncertaintyTable(result: MonteCarloResult, metrics?: readonly string[]): string {
  const u = result.uncertainty;
  const m = result.manifest.uncertainty;
  if (!u || !m) return '';
  const names = (metrics ?? Object.keys(u)).filter((n) => u[n] !== undefined);
  const rows = names.map((n) => splitRow(n, u[n] as UncertaintySummary));
  return (
    `\nOver the plausible inputs: ${m.points} input points (Latin hypercube of ${m.factors} inputs${m.hold.length ? `, ${m.hold.length} held` : ''}) x ${m.replications} runs.\n` +
    `5/50/95 % are of single runs over inputs and chance; sd inputs and sd chance split the variance (law of total variance);\n` +
    `fixed-input ci95 is the interval a run at fixed inputs reports: it describes the dice alone.\n\n` +
    renderTable(SPLIT_HEADER, rows)
  );
}

/** The tables of a comparison with uncertainty: per policy and metric, the effect over the inputs, P(better), and the findings. */
export function comparisonUncertaintyTable(c: Comparison, metrics?: readonly string[]): string {
  const m = c.manifest.uncertainty;
  if (!m) return '';
  const parts = [
    '',
    `How sure are we: the same ${m.points} input points (Latin hypercube of ${m.factors} inputs${m.hold.length ? `, ${m.hold.length} held` : ''}) x ${m.replications} runs for every policy.`,
    'Effect = policy - baseline, run by run. P(better): share of input points where the expected effect is an improvement.',
  ];
  for (const cmp of c.comparisons) {
    const u = cmp.uncertainty;
    if (!u) continue;
    const names = (metrics ?? Object.keys(u)).filter((n) => u[n] !== undefined);
    const rows = names.map((n) => {
      const e = u[n] as NonNullable<typeof u>[string];
      return [...splitRow(n, e), e.pBetter === null ? '-' : pct(e.pBetter)];
    });
    parts.push('', `${cmp.policy} vs ${c.baseline} over the plausible inputs`, renderTable([...SPLIT_HEADER, 'P(better)'], rows).trimEnd());
    const said = names.flatMap((n) => (u[n]?.sentences ?? []).map((s) => `  - ${s}`));
    if (said.length) parts.push('', ...said);
  }
  return parts.join('\n') + '\n';
}
