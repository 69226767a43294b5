
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { returnExtractor } from '../../src/app/extract';
import { writeWorkbook } from '../../src/xlsx/write';
import { describeWithChromium, servePane, type ServedPane } from '../support/chromium';
import { AGENCY_OPTIONS, seedPlan, seedRecipients } from '../support/seed';

/**
 * The pane's reader in its Web Worker, as built: it reads, it answers a read past its time limit,
 * and a cancel stops it; returns are reduced to their values there, by one worker kept between files.
 */

const root = join(__dirname, '../..');

describeWithChromium('the pane’s workbook reader in a Web Worker', () => {
  jest.setTimeout(180_000);
  let pane: ServedPane;
  let browser: Browser;
  let base = '';
  let bytes: number[] = [];
  let plan: ReturnType<typeof seedPlan>;

  beforeAll(async () => {
    // A page that loads only the pane's worker client, beside the built worker.
    // Under taskpane/, the only place the server serves scripts from; based at the root, as taskpane.html is, so the worker's URL resolves as in the pane.
    pane = await servePane({
      prepare: async (dist) => {
        await build({ entryPoints: [join(root, 'src/taskpane/worker-read.ts')], bundle: true, format: 'iife', globalName: 'chisoRead', outfile: join(dist, 'taskpane/harness.js'), logLevel: 'warning' });
        writeFileSync(join(dist, 'taskpane/harness.html'), '<!doctype html><meta charset="utf-8"><base href="../"><script src="taskpane/harness.js"></script>');
      },
    });
    ({ base, browser } = pane);
    plan = seedPlan();
    const a = seedRecipients(plan).find((x) => x.recipient.key === 'AGENCY:Sở Nội vụ')!;
    bytes = [...(await writeWorkbook(agencyWorkbook(plan, a, AGENCY_OPTIONS)))];
  });

  afterAll(async () => {
    await pane?.close();
  });

  /** Each start of the pane's worker, as the page asks for its file. */
  function workerStarts(p: Page): string[] {
    const started: string[] = [];
    p.on('request', (req) => req.url().endsWith('/taskpane/read-worker.js') && started.push(req.url()));
    return started;
  }

  async function page() {
    const p = await browser.newPage();
    await p.goto(`${base}/taskpane/harness.html`);
    return p;
  }

  it('reads a workbook in the worker', async () => {
    const p = await page();
    const loaded: number[] = [];
    p.on('response', (res) => res.url().endsWith('/taskpane/read-worker.js') && loaded.push(res.status()));
    const r = await p.evaluate(async (b) => {
      const read = await (window as unknown as { chisoRead: typeof import('../../src/taskpane/worker-read') }).chisoRead.readInWorker(new Uint8Array(b));
      return read.ok ? read.workbook.sheets.map((s) => s.name) : read.problem.kind;
    }, bytes);
    expect(r).toEqual(expect.arrayContaining(['Nhiệm vụ', 'Tiêu chí', '_meta']));
    // Read by the built worker file, not by the in-page fallback.
    expect(loaded).toEqual([200]);
  });

  it('answers a read that runs past its time limit, and a cancelled one, and stops the worker', async () => {
    const p = await page();
    const r = await p.evaluate(async (b) => {
      const api = (window as unknown as { chisoRead: typeof import('../../src/taskpane/worker-read') }).chisoRead;
      const late = await api.readInWorker(new Uint8Array(b), { timeoutMs: 0 });
      const controller = new AbortController();
      const pending = api.readInWorker(new Uint8Array(b), { signal: controller.signal });
      controller.abort(new Error('bỏ'));
      const cancelled = await pending.then(
        () => 'read',
        (e: Error) => e.message,
      );
      return { late: late.ok ? 'read' : late.problem.kind, cancelled };
    }, bytes);
    expect(r).toEqual({ late: 'timeout', cancelled: 'bỏ' });
  });

  it('reduces returns to their values in one worker kept between them, as in process', async () => {
    const p = await page();
    const started = workerStarts(p);
    const inWorker = await p.evaluate(
      async ([b, pl]) => {
        const api = (window as unknown as { chisoRead: typeof import('../../src/taskpane/worker-read') }).chisoRead;
        const read = api.returnsInWorker({ plan: pl, period: null });
        const first = await read({ name: 'a.xlsx', modified: 0, bytes: new Uint8Array(b) });
        // Asked for together, as a compile asks (the worker holds the next while it reads one): answered in order.
        const more = await Promise.all(['b.xlsx', 'c.xlsx', 'd.xlsx'].map((name) => read({ name, modified: 0, bytes: new Uint8Array(b) })));
        return [first, ...more];
      },
      [bytes, plan] as const,
    );
    const inProcess = returnExtractor(plan);
    expect(inWorker[0]).toEqual(await inProcess({ name: 'a.xlsx', modified: 0, bytes: new Uint8Array(bytes) }));
    for (const [i, name] of ['b.xlsx', 'c.xlsx', 'd.xlsx'].entries()) expect(inWorker[i + 1]).toEqual(await inProcess({ name, modified: 0, bytes: new Uint8Array(bytes) }));
    expect(inWorker[0]?.refused).toBeNull();
    // One worker started for all (a worker per file started its script and warmed its JIT up each time).
    expect(started).toHaveLength(1);
  });

  it('stops a compile cancelled mid-way, the files queued in the worker with it, and reads again with a fresh worker', async () => {
    const p = await page();
    const started = workerStarts(p);
    const r = await p.evaluate(
      async ([b, pl]) => {
        const api = (window as unknown as { chisoRead: typeof import('../../src/taskpane/worker-read') }).chisoRead;
        const controller = new AbortController();
        const read = api.returnsInWorker({ plan: pl, period: null }, { signal: controller.signal });
        // Six asked at once, as a compile reading ahead asks: the worker holds two, the rest wait.
        const asked = Array.from({ length: 6 }, (_, i) => read({ name: `${i}.xlsx`, modified: 0, bytes: new Uint8Array(b) }));
        const first = await asked[0]!;
        controller.abort(new Error('bỏ'));
        const rest = await Promise.all(asked.slice(1).map((x) => x.then((e) => `read ${e.file}`, (e: Error) => e.message)));
        const after = await api.returnsInWorker({ plan: pl, period: null })({ name: 'sau.xlsx', modified: 0, bytes: new Uint8Array(b) });
        return { first: first.refused, rest, after };
      },
      [bytes, plan] as const,
    );
    expect(r.first).toBeNull();
    expect(r.rest).toEqual(['bỏ', 'bỏ', 'bỏ', 'bỏ', 'bỏ']);
    expect(r.after).toEqual(await returnExtractor(plan)({ name: 'sau.xlsx', modified: 0, bytes: new Uint8Array(bytes) }));
    expect(r.after.refused).toBeNull();
    // The cancelled worker was stopped; the read after it started another.
    expect(started).toHaveLength(2);
  });

  it('lets the kept worker go after a minute without a read, and starts one again when asked', async () => {
    const p = await browser.newPage();
    await p.clock.install();
    await p.goto(`${base}/taskpane/harness.html`);
    const started = workerStarts(p);
    const read = () =>
      p.evaluate(async (b) => {
        const r = await (window as unknown as { chisoRead: typeof import('../../src/taskpane/worker-read') }).chisoRead.readInWorker(new Uint8Array(b));
        return r.ok;
      }, bytes);
    expect(await read()).toBe(true);
    await p.clock.runFor(30_000);
    expect(await read()).toBe(true);
    expect(started).toHaveLength(1);
    await p.clock.runFor(61_000);
    expect(await read()).toBe(true);
    expect(started).toHaveLength(2);
  });
});
