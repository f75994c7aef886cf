/**
 * `frontier-sim merge FILES...`: combines the runs files of shards (`mc --shard i/n --out ..`)
 * into exactly the result one process gives.
 *
 * @module
 */
import { basename, dirname, join } from 'node:path';
import { mergeRunsFiles } from '../../experiment/merge';
import { choiceFlag, parseCommandArgs } from '../args';
import type { CommandIO } from '../io';
import { outputTarget } from '../output-paths';
import { releaseOnStop, removeOnStop } from '../stop';
import { UsageError } from '../usage-error';
import { asUsage } from '../usage-error';
import { emit, formatMonteCarlo } from './mc';
import { parseMetricsFlag } from '../metrics-flag';

export const mergeHelp = `Usage: frontier-sim merge FILE... [--out MERGED.ndjson] [--metrics M,..] [--format table|json|csv]

Combines the runs files of all shards of one Monte Carlo (mc --shard I/N --out FILE) into the
summary that one process gives, byte for byte. Refuses files from different experiments (their
manifests differ), a shard given twice, a missing shard, and an unfinished shard.

Options:
  --out FILE        also write the merged runs file (the same bytes as one process's --out)
  --metrics M,..    metrics to show: names (a,b,c), or 'all'; the table shows the headline
                    metrics by default (at most 15), json and csv every metric
  --format F        table (default), json or csv (on stdout)
  --summary FILE    write the summary to FILE (atomically) instead of stdout
  -h, --help        this text
`;

/** Runs `merge`; returns the exit code. */
export function mergeCommand(argv: string[], io: CommandIO): number {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      out: { type: 'string' },
      format: { type: 'string' },
      summary: { type: 'string' },
      metrics: { type: 'string' },
    },
    { runsFiles: ['out'] },
  );
  if (values.help) {
    io.out(mergeHelp);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('merge needs the runs files of the shards');
  const format = choiceFlag('format', values.format as string | undefined, ['table', 'json', 'csv'] as const, 'table');
  // The merged runs file replaces a regular file (a link's target) or is new; mergeRunsFiles
  // writes it to a temporary file next to it, removed if the command is stopped.
  const out = values.out === undefined ? undefined : outputTarget(`--out ${values.out as string}`, values.out as string, false).path;
  const temporaries = out === undefined ? undefined : join(dirname(out), `.${basename(out)}.${process.pid}.*`);
  if (temporaries !== undefined) removeOnStop(temporaries);
  let result;
  try {
    result = mergeRunsFiles(positionals, out !== undefined ? { out } : {});
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new UsageError(`merge: file not found: ${(e as { path?: string }).path ?? ''}`);
    throw asUsage(e);
  } finally {
    if (temporaries !== undefined) releaseOnStop(temporaries);
  }
  emit(
    io,
    formatMonteCarlo(result, format, parseMetricsFlag(values.metrics as string | undefined, Object.keys(result.metrics))),
    values.summary as string | undefined,
  );
  return 0;
}
