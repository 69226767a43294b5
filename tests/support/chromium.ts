import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium, driven by playwright-core (no browser download). Under CI nothing is skipped. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

/** `npm run test:unit` (CHISO_TESTS=unit) leaves the browser to `npm test`. */
export const describeWithChromium: jest.Describe = process.env.CHISO_TESTS !== 'unit' && (process.env.CI === 'true' || existsSync(CHROMIUM_PATH)) ? describe : describe.skip;

const root = join(__dirname, '../..');

/** What the production build of the pane is made of: its key changes when any of it does. */
const BUILD_INPUTS = ['src', 'assets', 'seeds', 'scripts/build-taskpane.mjs', 'manifest.xml', 'package.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** A hash of every file the build reads (names and bytes). */
function sourceKey(): string {
  const hash = createHash('sha256');
  for (const file of BUILD_INPUTS.flatMap((p) => filesUnder(join(root, p)))) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The pane as `npm run build` makes it, built once for the sources as they are and kept in the
 * system's temporary folder under a hash of them: every browser test of a jest run (and the next
 * run, when nothing changed) serves the same build. Built aside and moved into place, so jest
 * workers building at the same time never see half a build.
 */
export function builtPane(): string {
  const dir = join(tmpdir(), `chiso-pane-build-${sourceKey()}`);
  if (existsSync(join(dir, 'taskpane.html'))) return dir;
  const aside = mkdtempSync(`${dir}-`);
  execFileSync(process.execPath, [join(root, 'scripts/build-taskpane.mjs'), '--outdir', aside], { cwd: root, stdio: 'pipe' });
  try {
    renameSync(aside, dir);
  } catch {
    // Another worker moved its build in first: the same sources, the same build.
    rmSync(aside, { recursive: true, force: true });
  }
  return dir;
}

export interface ServedPane {
  /** 'http://127.0.0.1:PORT': the pane is at `${base}/taskpane.html`. */
  base: string;
  browser: Browser;
  /** The folder served. */
  dist: string;
  close(): Promise<void>;
}

/**
 * The built pane served by scripts/static-server.mjs (as `npm start` serves it, with its
 * Content-Security-Policy) and a headless Chromium to open it in. `prepare` adds files to a copy
 * of the build before it is served (a test page beside the pane); without it the shared build is served as is.
 */
export async function servePane(o: { prepare?: (dist: string) => void | Promise<void> } = {}): Promise<ServedPane> {
  let dist = builtPane();
  if (o.prepare) {
    const copy = mkdtempSync(join(tmpdir(), 'chiso-pane-'));
    cpSync(dist, copy, { recursive: true });
    dist = copy;
    await o.prepare(dist);
  }
  const server: ChildProcess = spawn(process.execPath, [join(root, 'scripts/static-server.mjs'), dist, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    server.stdout!.once('data', (d: Buffer) => resolve(`http://127.0.0.1:${/PORT (\d+)/.exec(d.toString())![1]}`));
    server.once('exit', (code) => reject(new Error(`static server exited ${code}`)));
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    base,
    browser,
    dist,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}

let fakeScript: string | null = null;

/** The recording Excel fake (tests/e2e/install-fake.ts) bundled for a page: installed before any of the pane's scripts run. */
export function fakeExcelScript(): string {
  fakeScript ??= buildSync({ entryPoints: [join(root, 'tests/e2e/install-fake.ts')], bundle: true, write: false, format: 'iife', platform: 'browser' }).outputFiles[0]!.text;
  return fakeScript;
}
