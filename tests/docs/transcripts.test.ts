/**
 * The command-line transcripts of docs/experiments.md, run: each ```console block that follows
 * the line `<!-- transcript: checked -->` is played command by command (`$ ` lines) with bash,
 * in a fresh directory holding a copy of the bundled scenarios, `frontier-sim` being the built
 * CLI, and each command's output (stdout and stderr) must be the lines that follow it in the
 * block. A last output line ending in "(exit status N)" says the command ends with N. A
 * `cat FILE` of a file not there yet defines it: the lines shown are its content, written for
 * every later block. Blocks without the marker (outputs cut with "...", a kill at a time, a
 * lock's pid) are not run. To rewrite the outputs after a deliberate change:
 * FRONTIER_SIM_WRITE_DOCS=1 npx vitest run tests/docs/transcripts.test.ts
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/temp';

const DOC = join(ROOT, 'docs', 'experiments.md');
const MARKER = '<!-- transcript: checked -->';
const EXIT = /\s+\(exit status (\d+)\)$/;
const WRITE = process.env.FRONTIER_SIM_WRITE_DOCS === '1';

interface Step {
  readonly command: string;
  readonly output: readonly string[];
  readonly exit: number;
}

interface Block {
  /** Lines [from, to) of the document: the block's body, between its fences. */
  readonly from: number;
  readonly to: number;
  readonly steps: readonly Step[];
}

/** The checked blocks of a document. */
function checkedBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i] !== MARKER || lines[i + 1] !== '```console') continue;
    const from = i + 2;
    let to = from;
    while (to < lines.length && lines[to] !== '```') to++;
    const steps: Step[] = [];
    for (let j = from; j < to; j++) {
      const line = lines[j] as string;
      if (!line.startsWith('$ ')) throw new Error(`docs/experiments.md:${j + 1}: a checked block's output must follow a command`);
      const output: string[] = [];
      while (j + 1 < to && !(lines[j + 1] as string).startsWith('$ ')) output.push(lines[++j] as string);
      const exit = EXIT.exec(output.at(-1) ?? '');
      if (exit) output[output.length - 1] = (output.at(-1) as string).replace(EXIT, '');
      steps.push({ command: line.slice(2), output, exit: exit ? Number(exit[1]) : 0 });
    }
    blocks.push({ from, to, steps });
  }
  return blocks;
}

/** A directory with the bundled scenarios and a `frontier-sim` on the PATH. */
function workspace(defined: ReadonlyMap<string, string>): { cwd: string; env: NodeJS.ProcessEnv } {
  const cwd = tempDir('fsim-transcript-');
  cpSync(join(ROOT, 'scenarios'), cwd, { recursive: true });
  const bin = join(cwd, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'frontier-sim'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'frontier-sim'), 0o755);
  for (const [name, content] of defined) writeFileSync(join(cwd, name), content);
  return { cwd, env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' } };
}

/** The lines a command printed, without trailing blanks. */
function printed(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trimEnd());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

describe('docs/experiments.md: the checked transcripts', () => {
  const lines = readFileSync(DOC, 'utf8').split('\n');
  const blocks = checkedBlocks(lines);
  const defined = new Map<string, string>();
  const rewritten = new Map<number, string[]>();

  it('has checked transcripts of mc, compare, sweep and merge', () => {
    const commands = blocks.flatMap((b) => b.steps.map((s) => s.command.split(' ').slice(0, 2).join(' ')));
    for (const c of ['frontier-sim mc', 'frontier-sim compare', 'frontier-sim sweep', 'frontier-sim merge']) expect(commands).toContain(c);
  });

  for (const block of blocks) {
    it(`lines ${block.from + 1}-${block.to}: ${block.steps[0]?.command.slice(0, 80) ?? ''}`, () => {
      const { cwd, env } = workspace(defined);
      const body: string[] = [];
      for (const step of block.steps) {
        const cat = /^cat (\S+)/.exec(step.command);
        if (cat && !existsSync(join(cwd, cat[1] as string))) {
          defined.set(cat[1] as string, step.output.join('\n') + '\n');
          writeFileSync(join(cwd, cat[1] as string), defined.get(cat[1] as string) as string);
        }
        const r = spawnSync('bash', ['-c', `{ ${step.command}\n} 2>&1`], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        const out = printed(r.stdout);
        body.push(`$ ${step.command}`, ...out.slice(0, -1), ...(out.length > 0 ? [`${out.at(-1)}${r.status ? `      (exit status ${r.status})` : ''}`] : []));
        if (!WRITE) {
          expect(out, `$ ${step.command}`).toEqual(step.output);
          expect(r.status, `$ ${step.command}: exit status`).toBe(step.exit);
        }
      }
      rewritten.set(block.from, body);
    }, 120_000);
  }

  afterAll(() => {
    if (!WRITE || rewritten.size !== blocks.length) return;
    const out = [...lines];
    for (const block of [...blocks].reverse()) out.splice(block.from, block.to - block.from, ...(rewritten.get(block.from) as string[]));
    writeFileSync(DOC, out.join('\n'));
  });
});
