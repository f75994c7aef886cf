/**
 * Runs files that lie: edited values, seeds, order, lines from another file, a damaged
 * manifest, a line too long to read, and files of the older format. Every reader (`mc --resume`,
 * `merge`, `report`) refuses them naming the line, and leaves the file as it was; resuming and
 * merging honest files stay byte-identical to one uninterrupted process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase } from '../harness';
import { cliIn, editLines, reseal, runsFile, scenarioFile, sparseFile, toFormat1 } from '../generate';

/** The three readers of a runs file, with the arguments that read `runs.ndjson`. */
const READERS: [string, string[]][] = [
  ['mc --resume', ['mc', 'minimal.json', '--runs', '6', '--workers', '1', '--out', 'runs.ndjson', '--resume']],
  ['merge', ['merge', 'runs.ndjson']],
  ['report', ['report', 'runs.ndjson', '--out', 'r.html']],
];

/** One case a reader: `setup` makes runs.ndjson (of 6 runs), the reader must refuse it. */
function refusedByEveryReader(what: string, setup: (dir: string) => void, stderr: RegExp): HostileCase[] {
  return READERS.map(([reader, args]) => ({
    name: `${reader}: ${what}`,
    setup,
    cli: () => args,
    exit: 2,
    stderr,
    oneLine: true,
    precious: ['runs.ndjson', 'r.html'],
  }));
}

const six = (d: string) => runsFile(d, 'runs.ndjson', 6);
const editTotals = (line: string) => line.replace(/"attempts":(\d+)/, (_, n: string) => `"attempts":${Number(n) + 1}`);

export const RUNS_FILE_CASES: HostileCase[] = [
  ...refusedByEveryReader(
    'a value edited by hand',
    (d) => {
      six(d);
      editLines(d, 'runs.ndjson', (l) => l.map((x, i) => (i === 3 ? editTotals(x) : x)));
    },
    /runs\.ndjson:4: checksum mismatch/,
  ),
  ...refusedByEveryReader(
    'a seed edited and every sum forged',
    (d) => {
      six(d);
      editLines(d, 'runs.ndjson', (l) => reseal(l.map((x, i) => (i === 2 ? x.replace(/"seed":\d+/, '"seed":12345') : x))));
    },
    /runs\.ndjson:3: run 1 has seed 12345, not \d+/,
  ),
  ...refusedByEveryReader(
    'two lines swapped',
    (d) => {
      six(d);
      editLines(d, 'runs.ndjson', (l) => [l[0] as string, l[2] as string, l[1] as string, ...l.slice(3)]);
    },
    /runs\.ndjson:2: checksum mismatch/,
  ),
  ...refusedByEveryReader(
    'a line deleted, sums forged',
    (d) => {
      six(d);
      editLines(d, 'runs.ndjson', (l) => reseal(l.filter((_, i) => i !== 3)));
    },
    /runs\.ndjson:4: run 3 where run 2 was expected \(a gap\)/,
  ),
  ...refusedByEveryReader(
    'a line from another experiment',
    (d) => {
      six(d);
      cliIn(d, ['mc', 'minimal.json', '--runs', '6', '--seed', '2', '--workers', '1', '--out', 'other.ndjson']);
      const other = readFileSync(join(d, 'other.ndjson'), 'utf8').split('\n');
      editLines(d, 'runs.ndjson', (l) => l.map((x, i) => (i === 5 ? (other[5] as string) : x)));
    },
    /runs\.ndjson:6: checksum mismatch/,
  ),
  ...refusedByEveryReader(
    'a manifest with __proto__',
    (d) => {
      six(d);
      editLines(d, 'runs.ndjson', (l) => reseal([(l[0] as string).replace('{"manifest":{', '{"manifest":{"__proto__":{"polluted":1},'), ...l.slice(1)]));
    },
    /runs\.ndjson:1: the manifest is damaged: forbidden key __proto__/,
  ),
  ...refusedByEveryReader(
    'a manifest with a runs count of 9e15',
    (d) => {
      six(d);
      editLines(d, 'runs.ndjson', (l) => reseal([(l[0] as string).replace('"runs":6', '"runs":9000000000000000'), ...l.slice(1)]));
    },
    /shard 0\/1 has 6 of its 9000000000000000 runs|cannot resume runs\.ndjson: it was started with different settings \(runs: 9000000000000000 vs 6\)/,
  ),
  ...refusedByEveryReader(
    'a line of 200 MB',
    (d) => {
      scenarioFile(d, 'minimal.json');
      cliIn(d, ['mc', 'minimal.json', '--runs', '6', '--workers', '1', '--out', 'runs.ndjson']);
      const manifest = readFileSync(join(d, 'runs.ndjson'), 'utf8').split('\n')[0] as string;
      sparseFile(d, 'runs.ndjson', 200 * 1024 * 1024, manifest + '\n{"run":0,');
    },
    /runs\.ndjson:2: a line longer than 33554432 bytes/,
  ),
  ...refusedByEveryReader(
    'a runs format newer than this frontier-sim',
    (d) => {
      six(d);
      editLines(d, 'runs.ndjson', (l) => [(l[0] as string).replace('"formatVersion":2', '"formatVersion":3'), ...l.slice(1)]);
    },
    /runs\.ndjson:1: runs format 3 is newer than this frontier-sim reads/,
  ),
  {
    name: 'merge: a value that is not a number in a format 1 file (no sums) names its line',
    setup: (d) => {
      six(d);
      editLines(d, 'runs.ndjson', (l) => toFormat1(l).map((x, i) => (i === 3 ? x.replace(/"attempts":\d+/, '"attempts":"abc"') : x)));
    },
    cli: () => ['merge', 'runs.ndjson'],
    exit: 2,
    stderr: /runs\.ndjson:4: metric "attempts" of run 2 is "abc", not a finite number/,
    oneLine: true,
    precious: ['runs.ndjson'],
  },
  {
    name: 'merge: a run whose metrics differ from the others (sums forged) names its line',
    setup: (d) => {
      six(d);
      editLines(d, 'runs.ndjson', (l) => reseal(l.map((x, i) => (i === 4 ? x.replace(/"attempts":\d+,/, '') : x))));
    },
    cli: () => ['merge', 'runs.ndjson'],
    exit: 2,
    stderr: /runs\.ndjson:5: run 3 has different metrics from the others; missing "attempts"/,
    oneLine: true,
  },
  {
    name: 'a format 1 file (before sums) is still merged and reported',
    setup: (d) => {
      six(d);
      writeFileSync(join(d, 'summary-v2.txt'), cliIn(d, ['merge', 'runs.ndjson', '--format', 'csv']));
      editLines(d, 'runs.ndjson', toFormat1);
    },
    cli: () => ['merge', 'runs.ndjson', '--format', 'csv'],
    exit: 0,
    check: (r, d) => {
      if (r.stdout !== readFileSync(join(d, 'summary-v2.txt'), 'utf8')) throw new Error('format 1 and format 2 files of the same runs must summarise the same');
    },
  },
  {
    name: 'mc --resume refuses a format 1 file clearly',
    setup: (d) => {
      six(d);
      editLines(d, 'runs.ndjson', toFormat1);
    },
    cli: () => ['mc', 'minimal.json', '--runs', '6', '--workers', '1', '--out', 'runs.ndjson', '--resume'],
    exit: 2,
    stderr: /cannot resume runs\.ndjson: it is in runs format 1/,
    oneLine: true,
    precious: ['runs.ndjson'],
  },
  {
    name: 'mc --resume of a file cut mid-line gives the bytes of one uninterrupted run',
    setup: (d) => {
      runsFile(d, 'whole.ndjson', 9);
      const text = readFileSync(join(d, 'whole.ndjson'), 'utf8');
      const cut = text.indexOf('\n', text.indexOf('"run":4')) - 40;
      writeFileSync(join(d, 'runs.ndjson'), text.slice(0, cut));
    },
    cli: () => ['mc', 'minimal.json', '--runs', '9', '--workers', '1', '--out', 'runs.ndjson', '--resume', '--format', 'csv'],
    exit: 0,
    precious: ['whole.ndjson'],
    check: (_r, d) => {
      if (readFileSync(join(d, 'runs.ndjson'), 'utf8') !== readFileSync(join(d, 'whole.ndjson'), 'utf8'))
        throw new Error('the resumed file differs from the uninterrupted one');
    },
  },
  {
    name: 'merge of three shards gives the bytes of one process',
    setup: (d) => {
      runsFile(d, 'whole.ndjson', 7);
      for (let i = 0; i < 3; i++) cliIn(d, ['mc', 'minimal.json', '--runs', '7', '--workers', '1', '--shard', `${i}/3`, '--out', `s${i}.ndjson`]);
    },
    cli: () => ['merge', 's2.ndjson', 's0.ndjson', 's1.ndjson', '--out', 'merged.ndjson', '--format', 'csv'],
    exit: 0,
    precious: ['s0.ndjson', 's1.ndjson', 's2.ndjson', 'whole.ndjson'],
    check: (_r, d) => {
      if (readFileSync(join(d, 'merged.ndjson'), 'utf8') !== readFileSync(join(d, 'whole.ndjson'), 'utf8'))
        throw new Error('the merged file differs from one process');
    },
  },
];
