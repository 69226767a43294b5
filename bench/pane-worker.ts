import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { parseCommuneList } from '../src/agencies/communes';
import { withBundledCommunes } from '../src/agencies/members';
import { assign, hasWork } from '../src/agencies/recipients';
import { workerReaders } from '../src/cli/readers';
import { compileFolder, returnFiles } from '../src/cli/returns';
import { workerPool } from '../src/cli/worker-pool';
import { importPlan } from '../src/import';
import { badFiles } from './bad-files';
import { makeReturns } from './reader';

/**
 * Issue #11, in the pane's own reader — the built Web Worker (taskpane/read-worker.js, as `npm run
 * build` makes it), driven by worker-read.ts as the pane drives it — in Debian's Chromium: a
 * compile of 150 returns as AgenciesTab runs it, beside the CLI's on the same files, and the bad
 * files. Times are the page's; memory is the peak resident size of the page's renderer process
 * (where its workers run), from /proc/PID/status, with a fresh browser for each file so one
 * file's peak is not another's.
 */

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
/** Rounds of the compile, pane and CLI in turn (the ratio moved by a fifth between runs of three). */
const ROUNDS = 5;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

export async function benchPaneWorker(seedText: string): Promise<void> {
  console.log("\n— issue #11: the pane's Web Worker in Chromium (fflate's inflate, as in Excel): a compile beside the CLI's, and the bad files —");
  if (!existsSync(CHROMIUM)) {
    console.log(`  not measured: ${CHROMIUM} is missing (apt-get install chromium)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'chiso-bench-pane-'));
  const r = importPlan({ kind: 'text', text: seedText });
  if (!r.ok) throw new Error('import failed');
  const plan = withBundledCommunes(r.plan, parseCommuneList(readFileSync('seeds/hanoi-communes-2025.md', 'utf8')).units).plan;
  const returns = await makeReturns(plan, assign(plan).assignments.filter(hasWork), 150);
  try {
    execFileSync(process.execPath, ['scripts/build-taskpane.mjs', '--outdir', dir], { stdio: 'pipe' });
    // A page that loads only the pane's worker client; the worker is the built one beside it.
    await build({ entryPoints: ['src/taskpane/worker-read.ts'], bundle: true, format: 'iife', globalName: 'chisoRead', outfile: join(dir, 'taskpane/harness.js'), logLevel: 'warning' });
    writeFileSync(join(dir, 'taskpane/harness.html'), '<!doctype html><meta charset="utf-8"><base href="../"><script src="taskpane/harness.js"></script>');
    await build({ entryPoints: ['bench/pane-harness.ts'], bundle: true, format: 'iife', globalName: 'chisoCompile', outfile: join(dir, 'taskpane/compile.js'), logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' } });
    writeFileSync(join(dir, 'taskpane/compile.html'), '<!doctype html><meta charset="utf-8"><base href="../"><script src="taskpane/compile.js"></script>');
    mkdirSync(join(dir, 'returns'));
    returns.files.forEach((f) => copyFileSync(join(returns.dir, f), join(dir, 'returns', f)));
    const bad = badFiles();
    bad.forEach(([, make], i) => writeFileSync(join(dir, `bad-${i}.xlsx`), make()));

    const server = createServer((req, res) => {
      const path = normalize(join(dir, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
      if (!path.startsWith(dir) || !existsSync(path)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      // The pane's compile in Chromium (a fresh browser each round) and the CLI's (a fresh reader
      // worker each round, files from disk), in turn, on the same 150 returns: for the first compile
      // of each, its worker was started a second before (the pane starts it when the file chooser
      // opens, and in that second it warms up on its bundled sample return: src/app/warm-up.ts;
      // the CLI's JIT is cold); the second finds both warm.
      const pane = { first: [] as number[], second: [] as number[] };
      const cli = { first: [] as number[], second: [] as number[] };
      const values = new Set<number>();
      for (let k = 0; k < ROUNDS; k++) {
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
        try {
          const page = await browser.newPage();
          await page.goto(`${base}/taskpane/compile.html`);
          const urls = returns.files.map((f) => `${base}/returns/${f}`);
          const r = await page.evaluate(([p, u]) => (window as unknown as { chisoCompile: typeof import('./pane-harness') }).chisoCompile.compileAsThePane(p, u), [plan, urls] as const);
          pane.first.push(r.first);
          pane.second.push(r.second);
          values.add(r.values);
        } finally {
          await browser.close();
        }
        const listed = await returnFiles(returns.dir);
        if (!listed.ok) throw new Error('returns folder');
        const pool = workerPool(join(process.cwd(), 'dist/read-worker.mjs'), { size: 2 });
        try {
          const readers = workerReaders(pool);
          // Its worker started a second ahead too, as the pane's (bin.ts starts it as the command starts).
          pool.warm();
          await new Promise((resolve) => setTimeout(resolve, 1000));
          for (const into of [cli.first, cli.second]) {
            const t0 = performance.now();
            values.add((await compileFolder(listed.files, { plan, assignments: assign(plan).assignments, readers })).compiled.values.length);
            into.push(performance.now() - t0);
          }
        } finally {
          await pool.close();
        }
      }
      if (values.size !== 1) throw new Error(`the pane and the CLI disagree: ${[...values].join(', ')} values`);
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      console.log(`compile of 150 returns (${[...values][0]} values), medians of ${ROUNDS}: the pane in Chromium (each return read and reduced in its Web Worker) vs the CLI (its reader worker, files from disk)`);
      console.log(`  first compile (each worker started a second before; the pane's warms up in it)   pane ${sec(med(pane.first))}   CLI ${sec(med(cli.first))}   pane/CLI ${(med(pane.first) / med(cli.first)).toFixed(2)}×`);
      console.log(`  second compile (the worker warm)            pane ${sec(med(pane.second))}   CLI ${sec(med(cli.second))}   pane/CLI ${(med(pane.second) / med(cli.second)).toFixed(2)}×`);
      for (let i = 0; i < bad.length; i++) {
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
        try {
          const page = await browser.newPage();
          // Read by the built worker, not by worker-read.ts's in-page fallback: said, or not measured.
          let workerLoaded = false;
          page.on('response', (r) => {
            if (r.url().endsWith('/taskpane/read-worker.js') && r.status() === 200) workerLoaded = true;
          });
          await page.goto(`${base}/taskpane/harness.html`);
          const answer = await page.evaluate(async (url) => {
            const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
            const t0 = performance.now();
            const r = await (window as unknown as { chisoRead: typeof import('../src/taskpane/worker-read') }).chisoRead.readInWorker(bytes);
            const ms = performance.now() - t0;
            return { ms, size: bytes.length, said: r.ok ? `read (${r.workbook.sheets[0]?.rows.length} rows)` : JSON.stringify(r.problem) };
          }, `${base}/bad-${i}.xlsx`);
          if (!workerLoaded) throw new Error("the pane's worker did not load: the bench measured the in-page fallback");
          const cdp = await browser.newBrowserCDPSession();
          const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
          const peak = Math.max(0, ...processInfo.filter((p) => p.type === 'renderer').map((p) => peakKb(p.id)));
          console.log(`pane's worker: ${bad[i]![0].padEnd(26)} ${(answer.size / 1024).toFixed(0).padStart(6)} KB  ${answer.ms.toFixed(0).padStart(6)} ms  renderer peak ${(peak / 1024).toFixed(0)} MB  ${answer.said}`);
        } finally {
          await browser.close();
        }
      }
    } finally {
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(returns.dir, { recursive: true, force: true });
  }
}

/** A process's peak resident size (VmHWM) in KB, or 0 when it is gone. */
function peakKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}
