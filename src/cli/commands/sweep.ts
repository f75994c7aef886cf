/**
 * `frontier-sim sweep FILE`: a grid, Latin hypercube or Morris screening over parameters named
 * by JSON pointer (or every range the scenario declares), a Monte Carlo at every point.
 *
 * @module
 */
import type { SweepParameter, SweepResult } from '../../experiment/sweep';
import { sweep } from '../../experiment/sweep';
import { loadScenario } from '../../scenario';
import { choiceFlag, integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { renderTable } from '../table';
import { metricInfo } from '../../report/metrics';
import { formatMetric, formatQuantity } from '../../report/units';
import { UsageError } from '../usage-error';
import { EXPERIMENT_LIMITS } from '../../experiment/limits';
import { runInteractive } from '../interrupt';
import { sobolCsv, sobolTable } from './sobol-output';
import { COMMON_FLAGS, cell, csvField, csvNumber, emit, listFlag, readPolicyFile, runsFlag, scenarioLoadOptions, turnsFlag, workersFlag } from './mc';

export const sweepHelp = `Usage: frontier-sim sweep FILE (--param P[=MIN:MAX|=V1,V2,..] ... | --from-ranges) [options]

Runs a Monte Carlo at every point of a design over scenario parameters. A parameter is a JSON
pointer into the scenario, e.g. /parameters/detection/sweepWidthKm, /actors/0/intent or
/actors[id=taliban]/intent; the Quantity there is replaced by the point's number. Every point
uses the same run seeds, so differences between points are the parameters' effects.

Options:
  --param P         sweep the range declared at P; P=MIN:MAX a range; P=V1,V2 grid values
  --from-ranges     sweep every range { min, max } the scenario declares
  --design D        grid (default), lhs (Latin hypercube), morris (elementary effects) or
                    sobol (Sobol' first-order and total indices of every range, Saltelli design)
  --points N        lhs: design points (default 10)
  --levels N        grid: levels per range (default 3); morris: grid levels, even (default 4)
  --trajectories N  morris: trajectories (default 10)
  --samples N       sobol: base rows N (default 512); N x (inputs + 2) points
  --effect-of FILE  sobol: indices of this policy's paired effect (policy - baseline) instead
                    of the metric itself
  --hold PTR        sobol: keep the range at PTR (or under it) at its nominal value; repeatable
  --runs N          runs per point (default 100; sobol: 1)
  --seed N          root seed (default 1)
  --workers N       runs played at once: this process and N-1 worker threads (default: the number of CPUs)
  --turns N         turns per run (default: the scenario's calendar)
  --policy FILE     a policy overlay applied before the swept values
  --metrics M,..    metrics to report (default: all in json/csv, the first four in tables)
  --format F        table (default), json or csv (on stdout)
  --out FILE        write the output to FILE (atomically) instead of stdout
  --allow-extends-outside  let "extends" name a file outside the scenario's directory
  -h, --help        this text
`;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function num(text: string, where: string): number {
  if (!NUMBER.test(text.trim())) throw new UsageError(`--param ${where}: '${text}' is not a number`);
  return Number(text);
}

/** Parses one --param. */
export function parseParam(text: string): SweepParameter {
  const eq = text.lastIndexOf('=');
  if (eq < 0 || text.slice(eq).includes(']')) return { pointer: text };
  const pointer = text.slice(0, eq);
  const spec = text.slice(eq + 1);
  if (spec.includes(':')) {
    const [a, b, ...rest] = spec.split(':');
    if (rest.length > 0) throw new UsageError(`--param ${text}: expected POINTER=MIN:MAX`);
    return { pointer, min: num(a as string, text), max: num(b as string, text) };
  }
  return { pointer, values: spec.split(',').map((v) => num(v, text)) };
}

/** The table for people. */
export function sweepTable(r: SweepResult, metrics: readonly string[]): string {
  const m = r.manifest;
  const head = `${m.scenario.name}\n${m.design} sweep, ${r.points.length} points x ${m.runs} runs, seed ${m.seed}, ${m.turns} turns, policy ${m.policy.name}; scenario ${m.scenario.hash}, frontier-sim ${m.engine.version}\n`;
  const params = r.parameters.map((p) => p.pointer);
  if (r.morris) {
    const parts = [head];
    for (const metric of metrics) {
      const s = r.morris[metric];
      if (!s) continue;
      const rows = [...s.effects].sort((a, b) => a.rank - b.rank).map((e) => [e.rank, e.name, cell(e.muStar), cell(e.mu), cell(e.sigma)]);
      parts.push(
        `Morris screening of ${metric} (effect of moving an input across its whole range)`,
        renderTable(['rank', 'parameter', 'mu*', 'mu', 'sigma'], rows),
      );
    }
    return parts.join('\n');
  }
  const legend = params.map((p, i) => `  p${i + 1} = ${p}`).join('\n');
  const rows = r.points.map((pt) => [
    pt.index,
    ...params.map((p) => cell(pt.values[p] as number)),
    ...metrics.map((mm) => {
      const s = pt.metrics[mm];
      return s
        ? `${formatMetric(mm, s.mean)} ± ${Number.isFinite(s.ci95[1] - s.mean) ? formatQuantity(s.ci95[1] - s.mean, metricInfo(mm).quantity, { difference: true }) : '-'}`
        : '-';
    }),
  ]);
  return `${head}${legend}\n(metric columns: mean ± 95 % CI half-width)\n\n${renderTable(['point', ...params.map((_, i) => `p${i + 1}`), ...metrics], rows)}`;
}

/** CSV: one row per point, a mean and a CI half-width column per metric; Morris rows after. */
export function sweepCsv(r: SweepResult): string {
  if (r.morris) {
    const lines = ['metric,rank,parameter,mu_star,mu,sigma'];
    for (const [metric, s] of Object.entries(r.morris)) {
      for (const e of [...s.effects].sort((a, b) => a.rank - b.rank))
        lines.push([csvField(metric), e.rank, csvField(e.name), csvNumber(e.muStar), csvNumber(e.mu), csvNumber(e.sigma)].join(','));
    }
    return lines.join('\n') + '\n';
  }
  const params = r.parameters.map((p) => p.pointer);
  const metrics = Object.keys(r.points[0]?.metrics ?? {});
  const lines = [['point', ...params, ...metrics.flatMap((m) => [`${m}_mean`, `${m}_halfwidth`])].map(csvField).join(',')];
  for (const pt of r.points) {
    lines.push(
      [
        pt.index,
        ...params.map((p) => csvNumber(pt.values[p] as number)),
        ...metrics.flatMap((m) => {
          const s = pt.metrics[m];
          return s ? [csvNumber(s.mean), csvNumber(s.ci95[1] - s.mean)] : ['', ''];
        }),
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

/** Runs `sweep`; returns the exit code. */
export async function sweepCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_FLAGS,
    param: { type: 'string', multiple: true },
    'from-ranges': { type: 'boolean' },
    design: { type: 'string' },
    points: { type: 'string' },
    levels: { type: 'string' },
    trajectories: { type: 'string' },
    samples: { type: 'string' },
    'effect-of': { type: 'string' },
    hold: { type: 'string', multiple: true },
    policy: { type: 'string' },
    metrics: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.help) {
    io.out(sweepHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('sweep needs exactly one scenario file');
  const params = ((values.param as string[] | undefined) ?? []).map(parseParam);
  const fromRanges = Boolean(values['from-ranges']);
  if (params.length === 0 && !fromRanges) throw new UsageError('sweep needs --param POINTER... or --from-ranges');
  const design = choiceFlag('design', values.design as string | undefined, ['grid', 'lhs', 'morris', 'sobol'] as const, 'grid');
  const runs = runsFlag(values.runs as string | undefined, design === 'sobol' ? 1 : 100);
  const sobolOnly = { samples: values.samples, 'effect-of': values['effect-of'], hold: values.hold };
  for (const [flag, v] of Object.entries(sobolOnly)) if (v !== undefined && design !== 'sobol') throw new UsageError(`--${flag} goes with --design sobol`);
  const samples = values.samples === undefined ? undefined : integerFlag('samples', values.samples as string);
  const effectOf = values['effect-of'] === undefined ? undefined : readPolicyFile(values['effect-of'] as string);
  const seed = integerFlag('seed', values.seed as string | undefined, 1);
  const workers = workersFlag(values.workers as string | undefined);
  const format = choiceFlag('format', values.format as string | undefined, ['table', 'json', 'csv'] as const, 'table');
  const metrics = listFlag(values.metrics as string | undefined);
  const policy = values.policy === undefined ? undefined : readPolicyFile(values.policy as string);
  const scenario = loadScenario(positionals[0] as string, scenarioLoadOptions(values));
  const turns = turnsFlag(values.turns as string | undefined, scenario.calendar.turns);
  const limit = { points: EXPERIMENT_LIMITS.designPoints, levels: EXPERIMENT_LIMITS.levels, trajectories: EXPERIMENT_LIMITS.designPoints };
  const opt = (name: 'points' | 'levels' | 'trajectories') =>
    values[name] === undefined
      ? undefined
      : integerFlag(name, values[name] as string, undefined, limit[name], name === 'levels' && design === 'morris' ? 2 : 1);
  const points = opt('points');
  const levels = opt('levels');
  const trajectories = opt('trajectories');
  // A design the scenario cannot take (a range at a pointer that is not a number) is a RangeError: bad usage.
  const result = await runInteractive(io, (signal, onProgress) =>
    sweep(scenario, {
      design,
      runs,
      seed,
      workers,
      turns,
      signal,
      onProgress,
      parameters: params,
      fromRanges,
      ...(points !== undefined ? { points } : {}),
      ...(levels !== undefined ? { levels } : {}),
      ...(trajectories !== undefined ? { trajectories } : {}),
      ...(samples !== undefined ? { samples } : {}),
      ...(effectOf ? { effectOf } : {}),
      ...(values.hold ? { hold: values.hold as string[] } : {}),
      ...(policy ? { policy } : {}),
      ...(metrics ? { metrics } : {}),
    }).catch((e: unknown) => {
      throw e instanceof RangeError ? new UsageError(e.message) : e;
    }),
  );
  const shown = metrics ?? Object.keys(result.points[0]?.metrics ?? result.sobol?.metrics ?? {}).slice(0, 4);
  const text =
    format === 'json'
      ? JSON.stringify(result, null, 2) + '\n'
      : result.sobol
        ? format === 'csv'
          ? sobolCsv(result)
          : sobolTable(result, shown)
        : format === 'csv'
          ? sweepCsv(result)
          : sweepTable(result, shown);
  emit(io, text, values.out as string | undefined);
  return 0;
}
