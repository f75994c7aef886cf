/**
 * `frontier-sim calibrate FILE`: history matching of the scenario's uncertain inputs against its
 * `targets`, in waves; prints the share of the input space ruled out and the non-implausible
 * ranges, and writes them as a scenario overlay (`--out`) that experiments can sample.
 *
 * @module
 */
import { dirname, relative, resolve } from 'node:path';
import { calibrate, type Calibration } from '../../experiment/calibration';
import { calibrationOverlay } from '../../experiment/calibration-overlay';
import { loadScenario } from '../../scenario';
import { choiceFlag, integerFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { formatNumber, renderTable } from '../table';
import { UsageError } from '../usage-error';
import { runInteractive } from '../interrupt';
import { COMMON_FLAGS, emit, scenarioLoadOptions, turnsFlag, workersFlag } from './mc';
import { writeFileAtomic } from '../atomic-write';

export const calibrateHelp = `Usage: frontier-sim calibrate FILE [--out CALIBRATED.json] [options]

History matching: plays the scenario's uncertain inputs (its ranges) in waves and rules out
the inputs at which the model cannot reproduce the scenario's historical targets, judging each
by its implausibility |z - E f(x)| / sqrt(V_obs + V_model + V_discrepancy) > 3 (an emulator
stands in for E f between runs). Prints the share of the input space ruled out and the
non-implausible ranges; --out writes them as a scenario that extends FILE, which
'mc' and 'compare --uncertainty ranges' can sample (docs/calibration.md).

Options:
  --out FILE        write the calibrated scenario (an overlay extending FILE) to FILE
  --waves N         waves (default 3)
  --points N        input points a wave (default 128)
  --replications K  runs a point (default 4)
  --hold PTR        keep the range at PTR (or every range under it) at its nominal value
  --seed N          root seed (default 1)
  --workers N       runs played at once: this process and N-1 worker threads (default: the number of CPUs)
  --turns N         turns per run (default: the scenario's calendar)
  --format F        table (default) or json (on stdout)
  --allow-extends-outside  let "extends" name a file outside the scenario's directory
  -h, --help        this text
`;

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** The calibration as text for people. */
export function calibrationTable(c: Calibration): string {
  const parts = [
    `${c.scenario.name}: history matching, ${c.waves.length} waves, ${c.runs} runs (k = ${c.replications} a point), cut-off ${c.cutoff}, seed ${c.seed}`,
    '',
    renderTable(
      ['target', 'metric', 'era', 'observed', 'obs. sd', 'discrepancy sd', 'source'],
      c.targets.map((t) => [
        t.id,
        t.per ? `${t.metric} / ${t.per}` : t.metric,
        t.era,
        formatNumber(t.z),
        formatNumber(Math.sqrt(t.varObs)),
        formatNumber(Math.sqrt(t.varDisc)),
        t.source.length > 60 ? `${t.source.slice(0, 57)}...` : t.source,
      ]),
    ).trimEnd(),
    '',
    renderTable(
      ['wave', 'points', 'run points not implausible', 'space ruled out', 'emulators (R², active inputs)'],
      c.waves.map((w) => [
        w.wave,
        w.points,
        pct(w.runPointsNonImplausible),
        pct(w.ruledOut),
        w.emulators.map((e) => `${e.target} ${e.r2.toFixed(2)}`).join('; '),
      ]),
    ).trimEnd(),
    '',
    `Ruled out: ${pct(c.ruledOut)} of the input space. Non-implausible ranges (the inputs narrowed most):`,
  ];
  const narrowed = c.ranges.filter((r) => r.widthShare < 0.95).slice(0, 20);
  if (narrowed.length === 0) parts.push('  none narrowed below 95 % of its prior range.');
  else
    parts.push(
      renderTable(
        ['input', 'prior', 'non-implausible', 'width kept'],
        narrowed.flatMap((r) =>
          r.inputs.map((i) => [
            i.pointer,
            `[${formatNumber(i.prior[0])}, ${formatNumber(i.prior[1])}]`,
            `[${formatNumber(i.nonImplausible[0])}, ${formatNumber(i.nonImplausible[1])}]`,
            pct(r.widthShare),
          ]),
        ),
      ).trimEnd(),
    );
  return parts.join('\n') + '\n';
}

/** Runs `calibrate`; returns the exit code. */
export async function calibrateCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_FLAGS,
    out: { type: 'string' },
    waves: { type: 'string' },
    points: { type: 'string' },
    replications: { type: 'string' },
    hold: { type: 'string', multiple: true },
  });
  if (values.help) {
    io.out(calibrateHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('calibrate needs exactly one scenario file');
  if (values.runs !== undefined) throw new UsageError('calibrate takes --points and --replications, not --runs');
  const format = choiceFlag('format', values.format as string | undefined, ['table', 'json'] as const, 'table');
  const n = (name: string, fallback: number, min: number) => {
    const v = integerFlag(name, (values as Record<string, unknown>)[name] as string | undefined, fallback, 1_000_000);
    if (v < min) throw new UsageError(`--${name} must be at least ${min}`);
    return v;
  };
  const file = positionals[0] as string;
  const scenario = loadScenario(file, scenarioLoadOptions(values));
  const turns = turnsFlag(values.turns as string | undefined, scenario.calendar.turns);
  const result = await runInteractive(io, (signal, onProgress) =>
    calibrate(scenario, {
      seed: integerFlag('seed', values.seed as string | undefined, 1),
      waves: n('waves', 3, 1),
      points: n('points', 128, 8),
      replications: n('replications', 4, 2),
      workers: workersFlag(values.workers as string | undefined),
      turns,
      signal,
      onProgress,
      ...(values.hold ? { hold: values.hold as string[] } : {}),
    }),
  );
  const out = values.out as string | undefined;
  if (out !== undefined) {
    const rel = relative(dirname(resolve(out)), resolve(file))
      .split('\\')
      .join('/');
    writeFileAtomic(out, JSON.stringify(calibrationOverlay(scenario, result, rel.startsWith('.') ? rel : `./${rel}`), null, 2) + '\n');
    io.err(`calibrated scenario written to ${resolve(out)}\n`);
    // A base outside the overlay's directory is read only when allowed (docs/limits.md).
    if (rel.startsWith('../') || rel.startsWith('/'))
      io.err(`note: it extends ${rel}, outside its directory: load it with --allow-extends-outside, or write it next to ${file}\n`);
  }
  emit(io, format === 'json' ? JSON.stringify(result, null, 2) + '\n' : calibrationTable(result), undefined);
  return 0;
}
