/**
 * docs/scaling.md's Slurm recipe as the tests use it: the scripts shipped in scaling/slurm, the
 * doc's shell blocks, and a temporary project laid out as the guide's setup leaves it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';

export const GUIDE = join(ROOT, 'docs', 'scaling.md');
export const SCRIPTS_DIR = join(ROOT, 'scaling', 'slurm');

/** The shipped scripts' file names. */
export function scriptNames(): string[] {
  return readdirSync(SCRIPTS_DIR)
    .filter((f) => f.endsWith('.sbatch'))
    .sort();
}

export interface Block {
  lang: string;
  body: string;
  /** The paragraph line just before the block. */
  label: string;
}

/** The fenced code blocks of a Markdown text, each with the non-empty line before it. */
export function fencedBlocks(md: string): Block[] {
  const blocks: Block[] = [];
  const re = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(md); m !== null; m = re.exec(md)) {
    const before = md.slice(0, m.index).trimEnd().split('\n');
    blocks.push({ lang: m[1] ?? '', body: m[2] ?? '', label: before[before.length - 1] ?? '' });
  }
  return blocks;
}

/** The one block of the guide whose text contains `needle`. */
export function guideBlock(needle: string): string {
  const found = fencedBlocks(readFileSync(GUIDE, 'utf8')).filter((b) => b.body.includes(needle));
  if (found.length !== 1) throw new Error(`docs/scaling.md has ${found.length} blocks containing ${needle}, expected 1`);
  return (found[0] as Block).body;
}

/** The experiment the scripts default to, apart from its size and place (the guide's example). */
export const GUIDE_EXPERIMENT = {
  scenario: 'scenarios/tajik-afghan-2021.json',
  policy: 'scenarios/policies/russian-border-guards-return.json',
  seed: 20211,
};

/**
 * A project directory as the guide's setup leaves it: the package installed (linked to this
 * repository's build, as `npm install <folder>` links it, with its binary in node_modules/.bin),
 * the scripts and the scenarios copied from the installed package.
 */
export function makeProject(dir: string): void {
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules', 'frontier-sim'), 'dir');
  symlinkSync(join('..', 'frontier-sim', 'dist', 'cli.js'), join(dir, 'node_modules', '.bin', 'frontier-sim'));
  const installed = join(dir, 'node_modules', 'frontier-sim');
  for (const f of scriptNames()) cpSync(join(installed, 'scaling', 'slurm', f), join(dir, f));
  cpSync(join(installed, 'scenarios'), join(dir, 'scenarios'), { recursive: true });
}

/**
 * One process's result of the guide's experiment at a small size (no shards), with the
 * project's installed binary: the runs file and the JSON summary, as the merge must give them.
 */
export function oneProcess(project: string, runs: number, out: string, summary: string): void {
  const r = spawnSync(
    join(project, 'node_modules', '.bin', 'frontier-sim'),
    ['mc', GUIDE_EXPERIMENT.scenario, '--policy', GUIDE_EXPERIMENT.policy, '--runs', String(runs), '--seed', String(GUIDE_EXPERIMENT.seed), '--workers', '2', '--out', out, '--format', 'json', '--summary', summary],
    { cwd: project, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`the one-process reference failed (${r.status}): ${r.stderr}`);
}
