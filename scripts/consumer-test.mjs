#!/usr/bin/env node
/**
 * A real consumer of the published package: `npm pack`, install the tarball into a fresh
 * temporary project, then use it the ways users do:
 *   1. ESM `import` (the main entry, `frontier-sim/testing`, the schema file), a run whose hashes
 *      match tests/golden/default-scenario-hashes.json;
 *   2. CommonJS `require` of the same, the same hashes, ScenarioError with its issues;
 *   3. a TypeScript type-check (the repository's typescript, strict, skipLibCheck off) of consumer
 *      files that use the public types, with moduleResolution node16 (ESM and a .cts file, so
 *      both the .d.ts and the .d.cts declarations) and bundler;
 *   4. the `frontier-sim` binary of that install (`npx frontier-sim --version`, `validate` of the
 *      shipped scenarios, a short `run`);
 *   4b. every ```ts block of README.md and docs/*.md, each a module of its own, type-checked
 *      against the installed package (strict, noUncheckedIndexedAccess,
 *      exactOptionalPropertyTypes, node16 ESM), and the README's library example and
 *      docs/policies.md's loadPolicy example run verbatim with tsx from a folder that has no
 *      scenarios/ of its own;
 *   5. publint and @arethetypeswrong/cli on the packed tarball.
 *
 * Needs a build (`npm run build`; `npm test` builds first). Prints one line per step and exits 0
 * when all pass. Usage: node scripts/consumer-test.mjs [--keep]  (--keep leaves the temporary
 * folder for inspection).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const started = Date.now();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const repoRequire = createRequire(join(ROOT, 'package.json'));
const golden = JSON.parse(readFileSync(join(ROOT, 'tests', 'golden', 'default-scenario-hashes.json'), 'utf8'));
const DEFAULT = 'tajik-afghan-2021.json';

const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];

const execFileAsync = promisify(execFile);

/** Runs one step (sync or async); on failure prints what it printed and exits 1. */
async function step(name, f) {
  const t = Date.now();
  try {
    const note = await f();
    console.log(`ok   ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)${note ? `: ${note}` : ''}`);
  } catch (e) {
    console.log(`FAIL ${name}`);
    const out = [e.stdout, e.stderr].filter((x) => typeof x === 'string' && x.trim() !== '').join('\n');
    console.error(out || (e instanceof Error ? e.message : String(e)));
    if (!keep) cleanup();
    else console.error(`kept ${work}`);
    process.exit(1);
  }
}

const EXEC = { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 };

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], ...EXEC });
}

/** As run, without blocking: the checks after the install run side by side. */
async function runAsync(cmd, args, cwd) {
  return (await execFileAsync(cmd, args, { cwd, ...EXEC })).stdout;
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function sameJson(actual, expected, what) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  assert(a === b, `${what}: expected ${b}, got ${a}`);
}

if (!existsSync(join(ROOT, 'dist', 'index.js')) || !existsSync(join(ROOT, 'dist', 'cli.js'))) {
  console.error('consumer-test: no build in dist/; run `npm run build` first (npm test does).');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'frontier-sim-consumer-'));
const app = join(work, 'app');
let tarball = '';
function cleanup() {
  rmSync(work, { recursive: true, force: true });
}

await step('npm pack', () => {
  const out = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work, ...NPM_FLAGS], ROOT));
  const files = out[0].files.map((f) => f.path);
  tarball = join(work, out[0].filename);
  const must = [
    'package.json',
    'README.md',
    'dist/index.js',
    'dist/index.cjs',
    'dist/index.d.ts',
    'dist/index.d.cts',
    'dist/testing.js',
    'dist/testing.cjs',
    'dist/testing.d.ts',
    'dist/testing.d.cts',
    'dist/cli.js',
    'scenarios/scenario.schema.json',
    `scenarios/${DEFAULT}`,
    'scaling/slurm/mc-shards.sbatch',
    'scaling/slurm/merge.sbatch',
    'scaling/kubernetes/frontier-mc.yaml',
    'scaling/kubernetes/frontier-merge.yaml',
  ];
  for (const f of must) assert(files.includes(f), `the tarball lacks ${f}`);
  const never = files.filter((f) => /^(src|tests|bench|examples|scripts|docs\/api|node_modules|coverage)\//.test(f) || /\.tsbuildinfo$/.test(f));
  assert(never.length === 0, `the tarball holds files it should not: ${never.slice(0, 5).join(', ')}`);
  return `${out[0].filename}, ${files.length} files, ${(out[0].size / 1024).toFixed(0)} kB`;
});

// publint and attw need only the tarball: they run while the package installs.
const lint = Promise.all([
  step('publint', async () => {
    const out = await runAsync('npx', ['--no-install', 'publint', '--strict', ROOT], ROOT);
    return out.trim().split('\n').at(-1);
  }),
  step('@arethetypeswrong/cli', async () => {
    // Every entry point under every resolution (node10, node16 from CJS and from ESM, bundler);
    // no problem is ignored. attw exits non-zero on any problem.
    const out = await runAsync('npx', ['--no-install', 'attw', tarball, '--format', 'table-flipped'], ROOT);
    return /No problems found/.test(out) ? 'no problems found' : out.trim().split('\n')[0];
  }),
]);

await step('install the tarball into a fresh project', async () => {
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'frontier-sim-consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
  // fast-check is an optional peer (for frontier-sim/testing): the version the repository uses.
  const fastCheck = JSON.parse(readFileSync(repoRequire.resolve('fast-check/package.json'), 'utf8')).version;
  await runAsync('npm', ['install', tarball, `fast-check@${fastCheck}`, ...NPM_FLAGS], app);
  const installed = JSON.parse(readFileSync(join(app, 'node_modules', 'frontier-sim', 'package.json'), 'utf8'));
  assert(installed.version === pkg.version, `installed ${installed.version}, expected ${pkg.version}`);
  return `frontier-sim ${installed.version} with fast-check ${fastCheck}`;
});

const SEEDS = Object.keys(golden).map(Number);
const keys = {};

// The checks of the installed package run side by side.
const checks = [];

checks.push(
  step('ESM import', async () => {
    writeFileSync(
      join(app, 'esm.mjs'),
      `import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadScenario, parseScenario, simulate, ScenarioError, scenarioSchema } from 'frontier-sim';
import * as all from 'frontier-sim';
import { arbitraries } from 'frontier-sim/testing';
import schema from 'frontier-sim/scenario.schema.json' with { type: 'json' };
const require = createRequire(import.meta.url);
const dir = join(dirname(require.resolve('frontier-sim/package.json')), 'scenarios');
const s = loadScenario(join(dir, ${JSON.stringify(DEFAULT)}));
const hashes = {};
for (const seed of ${JSON.stringify(SEEDS)}) hashes[String(seed)] = simulate(s, { seed }).hash;
let issues = null;
try { parseScenario('{"sectors": 3}'); } catch (e) { issues = e instanceof ScenarioError ? e.issues.length : 'not a ScenarioError'; }
console.log(JSON.stringify({ hashes, issues, keys: Object.keys(all).sort(), seed: typeof arbitraries.seed, schema: schema.title, same: schema.title === scenarioSchema.title }));
`,
    );
    const r = JSON.parse(await runAsync(process.execPath, ['esm.mjs'], app));
    sameJson(r.hashes, golden, 'ESM hashes vs tests/golden');
    assert(typeof r.issues === 'number' && r.issues > 0, `parseScenario of a bad scenario: ${r.issues}`);
    assert(r.seed === 'function' && r.same === true, 'frontier-sim/testing or the schema file did not load');
    keys.esm = r.keys;
    return `${r.keys.length} exports, hashes ${Object.values(r.hashes).join(' ')}`;
  }),
);

checks.push(
  step('CommonJS require', async () => {
    writeFileSync(
      join(app, 'cjs.cjs'),
      `const { dirname, join } = require('node:path');
const m = require('frontier-sim');
const t = require('frontier-sim/testing');
const schema = require('frontier-sim/scenario.schema.json');
const dir = join(dirname(require.resolve('frontier-sim/package.json')), 'scenarios');
const s = m.loadScenario(join(dir, ${JSON.stringify(DEFAULT)}));
const hashes = {};
for (const seed of ${JSON.stringify(SEEDS)}) hashes[String(seed)] = m.simulate(s, { seed }).hash;
let issues = null;
try { m.loadScenario(join(dir, 'no-such-file.json')); } catch (e) { issues = e instanceof m.ScenarioError ? e.issues : 'not a ScenarioError'; }
console.log(JSON.stringify({ hashes, issues, keys: Object.keys(m).sort(), seed: typeof t.arbitraries.seed, schema: schema.title }));
`,
    );
    const r = JSON.parse(await runAsync(process.execPath, ['cjs.cjs'], app));
    sameJson(r.hashes, golden, 'CJS hashes vs tests/golden');
    assert(Array.isArray(r.issues) && r.issues.length === 1 && /file not found/.test(r.issues[0].message), `missing file: ${JSON.stringify(r.issues)}`);
    assert(r.seed === 'function' && r.schema === 'frontier-sim scenario', 'frontier-sim/testing or the schema file did not load');
    keys.cjs = r.keys;
    return `${r.keys.length} exports, hashes as golden`;
  }),
);

checks.push(
  step('TypeScript type-check (strict; node16 ESM + CJS, and bundler)', async () => {
    // A consumer file using the public types. @ts-expect-error lines prove the types are real
    // (an `any` would make them unused, which is an error).
    writeFileSync(
      join(app, 'consumer.ts'),
      `import {
  loadScenario,
  parseScenario,
  simulate,
  runMonteCarlo,
  scenarioSchema,
  ScenarioError,
  LIMITS,
  type Scenario,
  type Sector,
  type RunResult,
  type TurnRecord,
  type ScenarioIssue,
  type SimulateOptions,
  type MonteCarloResult,
  type Policy,
} from 'frontier-sim';
import { arbitraries } from 'frontier-sim/testing';
import fc from 'fast-check';

const scenario: Scenario = loadScenario('scenario.json');
const first: Sector | undefined = scenario.sectors[0];
const options: SimulateOptions = { seed: 7, turns: 2 };
const result: RunResult = simulate(scenario, options);
const hash: string = result.hash;
const turns: readonly TurnRecord[] = result.turns;
const attempts: number | undefined = result.totals['attempts'];
const maxSectors: number = LIMITS.sectors;
const title: unknown = scenarioSchema;

export function issuesOf(text: string): ScenarioIssue[] {
  try {
    parseScenario(text, { source: 'inline.json' });
    return [];
  } catch (e) {
    if (e instanceof ScenarioError) {
      const issues: ScenarioIssue[] = e.issues;
      const where: string = issues.map((i) => \`\${i.file ?? '<input>'}:\${i.line ?? 0}:\${i.column ?? 0} \${i.pointer}: \${i.message}\`).join('\\n');
      void where;
      return issues;
    }
    throw e;
  }
}

export async function monteCarlo(policy: Policy): Promise<number> {
  const mc: MonteCarloResult = await runMonteCarlo(scenario, { runs: 10, seed: 1, workers: 1, policy });
  return mc.runs;
}

const seeds: fc.Arbitrary<number> = arbitraries.seed();

// @ts-expect-error a seed is required
simulate(scenario, {});
// @ts-expect-error the seed is a number
simulate(scenario, { seed: '7' });
// @ts-expect-error a scenario has no such field
scenario.nonsense;

export { first, hash, turns, attempts, maxSectors, title, seeds };
`,
    );
    writeFileSync(
      join(app, 'consumer-cjs.cts'),
      `import sim = require('frontier-sim');
import testing = require('frontier-sim/testing');
const s: sim.Scenario = sim.loadScenario('scenario.json');
const r: sim.RunResult = sim.simulate(s, { seed: 1 });
const e: sim.ScenarioIssue[] = new sim.ScenarioError([{ pointer: '', message: 'x' }]).issues;
const seed = testing.arbitraries.seed();
// @ts-expect-error a seed is required
sim.simulate(s, {});
export = { r, e, seed };
`,
    );
    const common = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      noUncheckedIndexedAccess: true,
      esModuleInterop: true,
      target: 'ES2022',
      lib: ['ES2022'],
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules', '@types')],
    };
    writeFileSync(
      join(app, 'tsconfig.node16.json'),
      JSON.stringify({ compilerOptions: { ...common, module: 'node16', moduleResolution: 'node16' }, files: ['consumer.ts', 'consumer-cjs.cts'] }, null, 2),
    );
    // The node16 check also checks every declaration file (skipLibCheck off: ours and those they
    // pull in); the bundler check differs only in resolution, so it skips that (it is slow).
    writeFileSync(
      join(app, 'tsconfig.bundler.json'),
      JSON.stringify({ compilerOptions: { ...common, skipLibCheck: true, module: 'esnext', moduleResolution: 'bundler' }, files: ['consumer.ts'] }, null, 2),
    );
    const tsc = repoRequire.resolve('typescript/bin/tsc');
    const version = run(process.execPath, [tsc, '--version'], app).trim();
    await Promise.all(['tsconfig.node16.json', 'tsconfig.bundler.json'].map((config) => runAsync(process.execPath, [tsc, '-p', config], app)));
    return version;
  }),
);

checks.push(
  step('the frontier-sim binary from the install', async () => {
    const npx = (args) => runAsync('npx', ['--no-install', 'frontier-sim', ...args], app);
    const version = (await npx(['--version'])).trim();
    assert(version === pkg.version, `--version printed ${version}, expected ${pkg.version}`);
    const dir = join(app, 'node_modules', 'frontier-sim', 'scenarios');
    const shipped = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    assert(shipped.includes(DEFAULT), `${DEFAULT} is not shipped`);
    const validated = await npx(['validate', ...shipped.map((f) => join(dir, f))]);
    assert(validated.trim().split('\n').length === shipped.length, `validate printed:\n${validated}`);
    const json = JSON.parse(await npx(['run', join(dir, DEFAULT), '--seed', '7', '--format', 'json']));
    assert(json.hash === golden['7'], `run --seed 7 gave ${json.hash}, golden ${golden['7']}`);
    return `version ${version}, ${shipped.length} scenarios valid, run --seed 7 matches golden`;
  }),
);

/** The ```ts blocks of a Markdown file, with the line each starts on. */
function tsBlocks(file) {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const blocks = [];
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    if (start < 0 && /^```ts\s*$/.test(lines[i])) start = i + 1;
    else if (start >= 0 && /^```\s*$/.test(lines[i])) {
      blocks.push({ file, line: start, text: lines.slice(start, i).join('\n') });
      start = -1;
    }
  }
  return blocks;
}

checks.push(
  step('docs snippets: every ```ts block type-checks against the install; the library examples run', async () => {
    const docs = [
      'README.md',
      ...readdirSync(join(ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ];
    const blocks = docs.flatMap(tsBlocks);
    assert(blocks.length >= 8, `only ${blocks.length} ts blocks found`);
    const dir = join(app, 'snippets');
    mkdirSync(dir);
    const names = blocks.map((b) => {
      // Each block is a module of its own (`export {}`: top-level await and no global names).
      const name = `${b.file.replace(/[/.]/g, '_')}_${b.line}.ts`;
      writeFileSync(join(dir, name), `${b.text}\nexport {};\n`);
      return name;
    });
    // @fast-check/vitest and vitest (one snippet shows them) are the repository's; fast-check
    // too, so that their types and the package's meet one copy of it.
    const repoModule = (file) => [join(ROOT, 'node_modules', file)];
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: true,
          module: 'node16',
          moduleResolution: 'node16',
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules', '@types')],
          paths: {
            '@fast-check/vitest': repoModule('@fast-check/vitest/lib/vitest-fast-check.d.ts'),
            vitest: repoModule('vitest/dist/index.d.ts'),
            'fast-check': repoModule('fast-check/lib/fast-check.d.ts'),
          },
        },
        files: names,
      }),
    );
    const tsc = repoRequire.resolve('typescript/bin/tsc');
    await runAsync(process.execPath, [tsc, '-p', 'tsconfig.json'], dir);
    // Run verbatim, from a folder without scenarios/: the README's library example and loadPolicy's.
    const tsx = join(dirname(repoRequire.resolve('tsx/package.json')), 'dist', 'cli.mjs');
    const runnable = blocks.filter(
      (b, i) => (b.file === 'README.md' && /from 'frontier-sim';/.test(b.text)) || (b.file === 'docs/policies.md' && /loadPolicy\(/.test(b.text) && names[i]),
    );
    assert(runnable.length === 2, `expected the two library examples, found ${runnable.length}`);
    const outputs = [];
    for (const b of runnable) {
      const name = names[blocks.indexOf(b)];
      outputs.push((await runAsync(process.execPath, [tsx, join('snippets', name)], app)).trim());
    }
    assert(/^\d+ [0-9a-f]{16}$/m.test(outputs[0] ?? ''), `the README example printed:\n${outputs[0]}`);
    return `${blocks.length} blocks from ${new Set(blocks.map((b) => b.file)).size} files type-check; ${runnable.length} run`;
  }),
);

await Promise.all([...checks, lint]);
await step('ESM and CommonJS export the same names', () => sameJson(keys.cjs, keys.esm, 'CJS exports vs ESM exports'));

if (!keep) cleanup();
else console.log(`kept ${work}`);
console.log(`consumer test passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
