/**
 * The headless Chromium of the browser tests, provided by the project itself so that
 * `npm ci && npm test` needs nothing else on a fresh machine, as root or as a normal user.
 *
 * The browser is the build that the npm package `@sparticuz/chromium` ships inside its tarball
 * (a brotli-compressed chrome-headless-shell, x86-64 Linux): `npm ci` brings it from the npm
 * registry like any other dependency, and no install step downloads anything. The first test
 * that needs it unpacks it once (about 3 s) into `node_modules/.cache/frontier-sim/`, beside
 * the package it came from, so that nothing is left in the temporary directory and a normal
 * user needs no write access outside the project. `FRONTIER_SIM_CHROMIUM=/path/to/chromium`
 * uses another Chromium instead.
 *
 * A browser that cannot be had or cannot start fails the test that needs it: nothing is
 * skipped.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './paths';

const require = createRequire(import.meta.url);

/** The flags every launch gets: no sandbox (root), no GPU, and no connection to anywhere. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--font-render-hinting=none',
];

let unpacking: Promise<string> | undefined;

/**
 * The path of a Chromium executable: `FRONTIER_SIM_CHROMIUM`, or the build shipped by
 * `@sparticuz/chromium`, unpacked on first use.
 *
 * @throws Error naming what is missing.
 */
export function chromiumExecutable(): Promise<string> {
  const own = process.env.FRONTIER_SIM_CHROMIUM;
  if (own !== undefined && own !== '') {
    if (!existsSync(own)) return Promise.reject(new Error(`FRONTIER_SIM_CHROMIUM=${own}: no such file`));
    return Promise.resolve(own);
  }
  unpacking ??= unpackShippedChromium();
  return unpacking;
}

async function unpackShippedChromium(): Promise<string> {
  let pkgDir: string;
  try {
    // Its package.json is not exported: find it above the entry point.
    pkgDir = dirname(require.resolve('@sparticuz/chromium'));
    while (!existsSync(join(pkgDir, 'bin', 'chromium.br')) && dirname(pkgDir) !== pkgDir) pkgDir = dirname(pkgDir);
  } catch {
    throw new Error('the browser tests need the devDependency @sparticuz/chromium: run npm ci');
  }
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const source = join(pkgDir, 'bin', 'chromium.br');
  if (!existsSync(source)) throw new Error(`${source} is missing: reinstall with npm ci`);
  const dir = join(ROOT, 'node_modules', '.cache', 'frontier-sim', `chromium-${version}`);
  const target = join(dir, 'chromium');
  if (existsSync(target) && statSync(target).size > 0) return target;
  mkdirSync(dir, { recursive: true });
  // Unpack beside the target and rename: test files running in parallel never see half a file.
  const partial = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  try {
    await pipeline(createReadStream(source), createBrotliDecompress({ chunkSize: 1 << 21 }), createWriteStream(partial, { mode: 0o755 }));
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  return target;
}

/** A browser with a fresh profile; `close()` ends it and removes the profile. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a new, empty profile in the temporary directory.
 *
 * @example
 * const browser = await launchChromium({ width: 1400, height: 900 });
 * const page = await browser.context.newPage();
 * await browser.close();
 */
export async function launchChromium(viewport: { width: number; height: number }): Promise<Browser> {
  const executablePath = await chromiumExecutable();
  const profile = mkdtempSync(join(tmpdir(), 'frontier-chromium-'));
  try {
    // Chromium's own temporary files (shared memory, `.org.chromium.Chromium.*`) go inside the
    // profile, which close() removes: a browser stopped mid-write leaves some behind otherwise.
    const tmp = join(profile, 'tmp');
    mkdirSync(tmp);
    const env = { ...process.env, TMPDIR: tmp };
    const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: [...CHROMIUM_ARGS], viewport, env });
    return {
      context,
      async close() {
        try {
          await context.close();
        } finally {
          rmSync(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`headless Chromium (${executablePath}) did not start: ${(e as Error).message}`);
  }
}

/** A new tab that keeps every URL it requests and every console error or warning and page error. */
export interface WatchedPage {
  page: Page;
  requests: string[];
  problems: string[];
}

/**
 * Opens a tab in `context` that records its requests and problems (a page that works offline
 * requests nothing but itself, and logs nothing).
 *
 * @example
 * const { page, requests, problems } = await watchedPage(browser.context);
 * await page.goto(url, { waitUntil: 'load' });
 * expect(problems).toEqual([]);
 */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { page, requests, problems };
}
