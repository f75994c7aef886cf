/**
 * Global setup of `npm run test:slurm`: the jobs run the built command (dist/cli.js), so build
 * when there is no build or a source is newer than it. CI runs `npm test` (which builds) just
 * before, so it does not build twice.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

export default function setup(): void {
  const cli = join(ROOT, 'dist', 'cli.js');
  const sources = Math.max(...['src', 'package.json', 'tsup.config.ts'].map((p) => newest(join(ROOT, p))));
  if (existsSync(cli) && statSync(cli).mtimeMs >= sources) return;
  console.log(existsSync(cli) ? 'src is newer than dist: npm run build' : 'no build yet: npm run build');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
