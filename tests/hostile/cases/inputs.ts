/**
 * Hostile inputs: special files and files too large for every input (scenario, policy, runs
 * file, report input), `extends` that reaches outside its directory, files under the size limit
 * built to exhaust the loader, and policy files held to the scenario loader's rules.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SCENARIO } from '../../helpers/paths';
import type { HostileCase } from '../harness';
import { deepText, fifo, link, manyKeys, minimal, scenarioFile, sparseFile, writeJson } from '../generate';

const DEFAULT = DEFAULT_SCENARIO;
const GB = 1024 * 1024 * 1024;

/** Special files and oversized files, for each command that reads a file a user names. */
export const READ_CASES: HostileCase[] = [
  { name: 'validate /dev/zero', cli: () => ['validate', '/dev/zero'], exit: 2, stderr: /character device, not a regular file/, oneLine: true, maxMs: 30_000 },
  {
    name: 'validate a FIFO nobody writes to',
    setup: (d) => fifo(d, 'pipe.json'),
    cli: () => ['validate', 'pipe.json'],
    exit: 2,
    stderr: /named pipe \(FIFO\)/,
    oneLine: true,
    maxMs: 30_000,
  },
  { name: 'validate a directory', cli: (d) => ['validate', d], exit: 2, stderr: /is a directory/, oneLine: true },
  {
    name: 'validate a sparse 1 GB file',
    setup: (d) => sparseFile(d, 'big.json', GB, '{'),
    cli: () => ['validate', 'big.json'],
    exit: 2,
    stderr: /file too large: 1073741824 bytes \(at most 67108864\)/,
    maxRssMb: 300,
  },
  {
    name: 'validate a link to /dev/zero',
    setup: (d) => link(d, 'zero.json', '/dev/zero'),
    cli: () => ['validate', 'zero.json'],
    exit: 2,
    stderr: /character device/,
  },
  {
    name: 'run --policy /dev/zero',
    cli: () => ['run', DEFAULT, '--turns', '1', '--policy', '/dev/zero'],
    exit: 2,
    stderr: /--policy \/dev\/zero: is a character device/,
    oneLine: true,
  },
  {
    name: 'run --policy FIFO',
    setup: (d) => fifo(d, 'p.json'),
    cli: () => ['run', DEFAULT, '--turns', '1', '--policy', 'p.json'],
    exit: 2,
    stderr: /--policy p\.json: is a named pipe/,
    oneLine: true,
    maxMs: 30_000,
  },
  {
    name: 'run --policy of a sparse 1 GB file',
    setup: (d) => sparseFile(d, 'p.json', GB),
    cli: () => ['run', DEFAULT, '--turns', '1', '--policy', 'p.json'],
    exit: 2,
    stderr: /file too large/,
    maxRssMb: 300,
  },
  { name: 'report /dev/zero', cli: () => ['report', '/dev/zero', '--out', 'r.html'], exit: 2, stderr: /character device/, oneLine: true, precious: ['r.html'] },
  {
    name: 'report a FIFO',
    setup: (d) => fifo(d, 'runs.ndjson'),
    cli: () => ['report', 'runs.ndjson', '--out', 'r.html'],
    exit: 2,
    stderr: /named pipe/,
    oneLine: true,
    precious: ['r.html'],
    maxMs: 30_000,
  },
  {
    name: 'report a sparse 1 GB file',
    setup: (d) => sparseFile(d, 'result.json', GB, '{"x":'),
    cli: () => ['report', 'result.json', '--out', 'r.html'],
    exit: 2,
    stderr: /file too large/,
    precious: ['r.html'],
    maxRssMb: 400,
  },
  { name: 'merge a FIFO', setup: (d) => fifo(d, 's0.ndjson'), cli: () => ['merge', 's0.ndjson'], exit: 2, stderr: /named pipe/, oneLine: true, maxMs: 30_000 },
  {
    name: 'mc --resume of /dev/null',
    cli: () => ['mc', DEFAULT, '--runs', '2', '--workers', '1', '--out', '/dev/null', '--resume'],
    exit: 2,
    stderr: /\/dev\/null: is a character device/,
    oneLine: true,
  },
  {
    name: 'report --scenario /dev/zero',
    cli: () => ['report', '/dev/zero', '--scenario', '/dev/zero', '--out', 'r.html'],
    exit: 2,
    stderr: /character device/,
    precious: ['r.html'],
  },
];

/** `extends` is confined to the directory of the file that names it, and quotes no foreign file. */
export const EXTENDS_CASES: HostileCase[] = [
  {
    name: 'extends /etc/passwd',
    setup: (d) => writeJson(d, 's.json', { extends: '/etc/passwd' }),
    cli: () => ['validate', 's.json'],
    exit: 2,
    stderr: /s\.json:\d+:\d+ \/extends: the base scenario "\/etc\/passwd" is outside the directory/,
    never: /root:|\/bin\/(ba)?sh/,
  },
  {
    name: 'extends ../ outside the directory',
    setup: (d) => {
      writeFileSync(join(d, 'base.json'), JSON.stringify(minimal()));
      const sub = join(d, 'sub');
      mkdirSync(sub);
      writeJson(sub, 's.json', { extends: '../base.json' });
    },
    cli: () => ['validate', 'sub/s.json'],
    exit: 2,
    position: true,
    stderr: /outside the directory sub.*--allow-extends-outside/,
  },
  {
    name: 'extends ../ with --allow-extends-outside',
    setup: (d) => {
      writeFileSync(join(d, 'base.json'), JSON.stringify(minimal()));
      mkdirSync(join(d, 'sub'));
      writeJson(join(d, 'sub'), 's.json', { extends: '../base.json', calendar: { turns: 2 } });
    },
    cli: () => ['validate', '--allow-extends-outside', 'sub/s.json'],
    exit: 0,
    stdout: /sub\/s\.json: valid/,
  },
  {
    name: 'extends a symbolic link that leaves the directory',
    setup: (d) => {
      writeJson(d, 'outside.json', minimal());
      mkdirSync(join(d, 'sub'));
      link(join(d, 'sub'), 'base.json', join(d, 'outside.json'));
      writeJson(join(d, 'sub'), 's.json', { extends: 'base.json' });
    },
    cli: () => ['validate', 'sub/s.json'],
    exit: 2,
    stderr: /is a symbolic link to a file outside the directory/,
  },
  {
    name: 'extends /proc/self/environ (allowed outside): its content is never printed',
    setup: (d) => writeJson(d, 's.json', { extends: '/proc/self/environ' }),
    cli: () => ['validate', '--allow-extends-outside', 's.json'],
    env: { FSIM_HOSTILE_SECRET: 'do-not-print-me' },
    exit: 2,
    stderr: /\/proc\/self\/environ/,
    never: /do-not-print-me|SHELL=|PATH=|FSIM_HOSTILE/,
  },
  {
    name: 'extends a FIFO in the directory',
    setup: (d) => {
      fifo(d, 'base.json');
      writeJson(d, 's.json', { extends: 'base.json' });
    },
    cli: () => ['validate', 's.json'],
    exit: 2,
    stderr: /cannot read the base scenario base\.json: is a named pipe/,
    maxMs: 30_000,
  },
  {
    name: 'extends /dev/zero (allowed outside)',
    setup: (d) => writeJson(d, 's.json', { extends: '/dev/zero' }),
    cli: () => ['validate', '--allow-extends-outside', 's.json'],
    exit: 2,
    stderr: /cannot read the base scenario \/dev\/zero: is a character device/,
  },
];

/** Files under the 64 MiB limit built to exhaust the loader: refused fast, in little memory. */
export const LOADER_CASES: HostileCase[] = [
  {
    name: '24 MiB of duplicate keys in one object',
    setup: (d) => manyKeys(d, 'dup.json', 24, 'duplicate'),
    cli: () => ['validate', 'dup.json'],
    exit: 2,
    position: true,
    stderr: /too many properties: more than 20000/,
    maxRssMb: 600,
  },
  {
    name: '63 MiB of unique keys in one object',
    setup: (d) => manyKeys(d, 'uniq.json', 63, 'unique'),
    cli: () => ['validate', 'uniq.json'],
    exit: 2,
    position: true,
    stderr: /too many properties/,
    maxRssMb: 800,
  },
  {
    name: '12 MiB of duplicate keys spread over objects under the entry and value limits',
    setup: (d) => manyKeys(d, 'dup.json', 12, 'duplicate', 20_000),
    cli: () => ['validate', 'dup.json'],
    exit: 2,
    position: true,
    stderr: /duplicate key "a"[\s\S]*\.\.\. and \d+ more issues/,
    check: (r) => expect201Lines(r.stderr),
    maxRssMb: 900,
  },
  {
    name: '63 MiB of unique keys spread over objects under the entry limit',
    setup: (d) => manyKeys(d, 'uniq.json', 63, 'unique', 20_000),
    cli: () => ['validate', 'uniq.json'],
    exit: 2,
    position: true,
    stderr: /uniq\.json:1:\d+ \/bulk\/\d+: too many values in the document: more than 3000000/,
    maxRssMb: 900,
  },
  {
    name: 'arrays nested 1,000 deep',
    setup: (d) => writeFileSync(join(d, 'deep.json'), deepText(1000)),
    cli: () => ['validate', 'deep.json'],
    exit: 2,
    position: true,
    stderr: /nesting deeper than 64 levels/,
  },
  {
    name: '20,000 sectors with every field wrong: 200 issues listed, the rest counted',
    setup: (d) =>
      scenarioFile(d, 's.json', (s) => {
        s.sectors = Array.from({ length: 20_000 }, (_, i) => ({
          id: `S ${i}`,
          name: '',
          lengthKm: -1,
          terrain: 'lava',
          provinceAcross: 'nowhere',
          depthKm: 'deep',
          posts: { count: -1 },
        }));
      }),
    cli: () => ['validate', 's.json'],
    exit: 2,
    position: true,
    check: (r) => expect201Lines(r.stderr),
    maxRssMb: 1024,
  },
  { name: 'an empty file', setup: (d) => writeFileSync(join(d, 'e.json'), ''), cli: () => ['validate', 'e.json'], exit: 2, stderr: /the document is empty/ },
  {
    name: 'a file of NUL bytes',
    setup: (d) => sparseFile(d, 'nul.json', 1 << 20),
    cli: () => ['validate', 'nul.json'],
    exit: 2,
    position: true,
    oneLine: true,
  },
];

function expect201Lines(stderr: string): void {
  const lines = stderr.trim().split('\n');
  if (lines.length !== 201) throw new Error(`expected 200 issues and a count, got ${lines.length} lines`);
  if (!/\.\.\. and \d+ more issues$/.test(lines[200] ?? '')) throw new Error(`the last line must count the rest: ${lines[200]}`);
}

/** Policy files get the scenario loader: positions, duplicate and forbidden keys, a BOM, limits. */
export const POLICY_CASES: HostileCase[] = [
  {
    name: 'a policy with a duplicate key',
    setup: (d) => writeFileSync(join(d, 'p.json'), '{\n  "name": "a",\n  "overlay": {},\n  "name": "b"\n}'),
    cli: () => ['run', DEFAULT, '--turns', '1', '--policy', 'p.json'],
    exit: 2,
    stderr: /^p\.json:4:3 \/name: duplicate key "name" \(first at line 2, column 3\)$/m,
  },
  {
    name: 'a policy with a byte-order mark',
    setup: (d) => writeFileSync(join(d, 'p.json'), '\ufeff{ "name": "bom", "overlay": { "calendar": { "turns": 2 } } }'),
    cli: () => ['run', DEFAULT, '--policy', 'p.json', '--log', 'none'],
    exit: 0,
    stdout: /2 turns/,
  },
  {
    name: 'a policy with __proto__',
    setup: (d) => writeFileSync(join(d, 'p.json'), '{ "name": "x", "overlay": { "__proto__": { "polluted": 1 } } }'),
    cli: () => ['run', DEFAULT, '--turns', '1', '--policy', 'p.json'],
    exit: 2,
    position: true,
    stderr: /\/overlay\/__proto__: forbidden key/,
  },
  {
    name: 'a policy whose overlay breaks the scenario points into the policy file',
    setup: (d) => writeFileSync(join(d, 'p.json'), '{\n  "name": "x",\n  "overlay": {\n    "forces": [{ "id": "border-panj", "personnel": -5 }]\n  }\n}'),
    cli: () => ['run', DEFAULT, '--turns', '1', '--policy', 'p.json'],
    exit: 2,
    stderr: /^p\.json:4:\d+ \/overlay\/forces\/0\/personnel: expected a number in \[0, 10000000\]/m,
  },
  {
    name: 'a policy named with an ANSI escape',
    setup: (d) => writeFileSync(join(d, 'p.json'), '{ "name": "\\u001b[2Jwiped", "overlay": {} }'),
    cli: () => ['run', DEFAULT, '--turns', '1', '--policy', 'p.json'],
    exit: 2,
    position: true,
    // eslint-disable-next-line no-control-regex -- the escape is what must never be printed
    never: /\u001b/,
    stderr: /control characters \(U\+001B/,
  },
  {
    name: 'a policy that is not JSON',
    setup: (d) => writeFileSync(join(d, 'p.json'), '{ "name": "x", '),
    cli: () => ['run', DEFAULT, '--policy', 'p.json'],
    exit: 2,
    position: true,
    oneLine: true,
  },
  {
    name: 'a policy of 63 MiB of unique keys',
    setup: (d) => manyKeys(d, 'p.json', 63, 'unique'),
    cli: () => ['run', DEFAULT, '--policy', 'p.json'],
    exit: 2,
    position: true,
    stderr: /too many properties/,
    maxRssMb: 800,
  },
  {
    name: 'validate checks a policy overlay with positions',
    setup: (d) => writeFileSync(join(d, 'p.json'), '{\n  "name": "x",\n  "overlay": { "calendar": { "turns": 0 } }\n}'),
    cli: () => ['validate', DEFAULT, 'p.json'],
    exit: 2,
    stderr: /^p\.json:3:\d+ \/overlay\/calendar\/turns: /m,
  },
];
