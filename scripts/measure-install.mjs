#!/usr/bin/env node
/**
 * What installing and importing frontier-sim costs a user (issue 22, docs/performance.md
 * "Install size and import time"): `npm pack` the package, install the tarball alone into a
 * fresh temporary project, and print, as JSON, the tarball's packed and unpacked size, the
 * number of packages installed, the size of node_modules, and the cold import time of the main
 * entry (a fresh `node` process per import, median of N, minus an empty node's start-up).
 *
 * Needs a build (`npm run build`). Usage: node scripts/measure-install.mjs [--runs N]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 11;
const FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];

/** Bytes of the files under `dir` (symbolic links not followed). */
function bytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = lstatSync(p);
    total += st.isDirectory() ? bytes(p) : st.isFile() ? st.size : 0;
  }
  return total;
}

/** Installed packages: directories of node_modules (scoped ones counted inside their scope), nested too. */
function packages(dir) {
  let n = 0;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (!statSync(p).isDirectory()) continue;
    if (name.startsWith('@')) {
      n += packages(p);
      continue;
    }
    n += 1;
    try {
      n += packages(join(p, 'node_modules'));
    } catch {
      // no nested node_modules
    }
  }
  return n;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall time of `node args` in `cwd`, in ms, median of RUNS. */
function timeNode(args, cwd) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

const work = mkdtempSync(join(tmpdir(), 'frontier-sim-measure-'));
try {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work, ...FLAGS], { cwd: ROOT, encoding: 'utf8' }))[0];
  const app = join(work, 'app');
  execFileSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'measure', version: '1.0.0', private: true, type: 'module' }));
  execFileSync('npm', ['install', join(work, packed.filename), ...FLAGS], { cwd: app, encoding: 'utf8' });
  writeFileSync(join(app, 'import.mjs'), "import { simulate } from 'frontier-sim';\nif (typeof simulate !== 'function') process.exit(1);\n");
  writeFileSync(join(app, 'require.cjs'), "const { simulate } = require('frontier-sim');\nif (typeof simulate !== 'function') process.exit(1);\n");
  writeFileSync(join(app, 'empty.mjs'), '');
  const empty = timeNode(['empty.mjs'], app);
  const esm = timeNode(['import.mjs'], app);
  const cjs = timeNode(['require.cjs'], app);
  const result = {
    tarballKB: Math.round(packed.size / 1024),
    unpackedMB: +(packed.unpackedSize / 1e6).toFixed(1),
    files: packed.entryCount,
    packages: packages(join(app, 'node_modules')),
    nodeModulesMB: +(bytes(join(app, 'node_modules')) / 1e6).toFixed(1),
    importMs: { emptyNode: Math.round(empty), esm: Math.round(esm - empty), cjs: Math.round(cjs - empty), runs: RUNS },
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}
