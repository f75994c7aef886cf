/**
 * Flat rows for export: per-turn rows of a run, per-run rows of a Monte Carlo. Columns are
 * documented in docs/outputs.md; metric columns follow the metrics the engine reports, so a
 * metric added to the model appears as a new column without a change here.
 *
 * @module
 */
import type { RunResult } from '../engine/results';
import type { RunOutput } from '../experiment/chunk';
import { toCsv, toNdjson, type Row } from './format';

/** Which per-turn records {@link turnRows} gives. */
export type TurnScope = 'border' | 'kind' | 'sector';

/** Options of {@link turnRows}. */
export interface TurnRowsOptions {
  /** Scopes to include, in this order within each turn (default all three). */
  scopes?: readonly TurnScope[];
}

/**
 * Per-turn rows of a run (it needs per-turn records: `simulate(..., { detail: true })`, the
 * default). Each turn gives one `border` row (whole-border metrics), one `kind` row per actor
 * kind and one `sector` row per sector (west to east as the scenario lists them). Columns:
 * `seed`, `turn`, `date`, `scope`, `id` (kind or sector id, '' for the border), then every
 * metric that any row has; a metric a scope does not report is empty.
 */
export function turnRows(run: RunResult, options: TurnRowsOptions = {}): Row[] {
  const scopes = options.scopes ?? ['border', 'kind', 'sector'];
  const rows: Row[] = [];
  for (const t of run.turns) {
    const base = { seed: run.seed, turn: t.turn, date: t.date };
    for (const scope of scopes) {
      if (scope === 'border') rows.push({ ...base, scope, id: '', ...t.metrics });
      else if (scope === 'kind') for (const [id, m] of Object.entries(t.byKind)) rows.push({ ...base, scope, id, ...m });
      else for (const [id, m] of Object.entries(t.bySector)) rows.push({ ...base, scope, id, ...m });
    }
  }
  return rows;
}

/** The columns of {@link turnRows}: the fixed ones, then the metrics in order of first appearance. */
export function turnColumns(rows: readonly Row[]): string[] {
  const fixed = ['seed', 'turn', 'date', 'scope', 'id'];
  const cols = new Set(fixed);
  for (const r of rows) for (const k of Object.keys(r)) cols.add(k);
  return [...cols];
}

/** A run as per-turn CSV (see {@link turnRows}). */
export function turnsToCsv(run: RunResult, options: TurnRowsOptions = {}): string {
  const rows = turnRows(run, options);
  return toCsv(rows, { columns: turnColumns(rows) });
}

/** A run as per-turn NDJSON (see {@link turnRows}); every line has every column (null where empty). */
export function turnsToNdjson(run: RunResult, options: TurnRowsOptions = {}): string {
  const rows = turnRows(run, options);
  const cols = turnColumns(rows);
  return toNdjson(rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c] ?? null]))));
}

/** One run of a Monte Carlo as the runs file holds it (`{"run","seed","totals"}`) or as the experiment reports it. */
export type RunLike = Pick<RunOutput, 'seed' | 'totals'> & ({ index: number } | { run: number });

/**
 * Per-run rows of a Monte Carlo: `run` (index), `seed`, then the run's totals (whole-border
 * metrics, then `<kind>.<metric>`), in the order the engine reports them.
 */
export function runRows(runs: Iterable<RunLike>): Row[] {
  const rows: Row[] = [];
  for (const r of runs) rows.push({ run: 'index' in r ? r.index : r.run, seed: r.seed, ...r.totals });
  return rows;
}

/** Per-run CSV of a Monte Carlo (see {@link runRows}). */
export function runsToCsv(runs: Iterable<RunLike>): string {
  return toCsv(runRows(runs));
}

/** Per-run NDJSON of a Monte Carlo (see {@link runRows}). */
export function runsToNdjson(runs: Iterable<RunLike>): string {
  return toNdjson(runRows(runs));
}
