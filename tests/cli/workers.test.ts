import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { workerPool } from '../../src/cli/worker-pool';

/** The command line reads returns in long-lived workers: a file that hangs or crashes one is answered, and the rest go on. */

const root = join(__dirname, '../..');
const echo = join(__dirname, '../support/echo-worker.mjs');
const dir = mkdtempSync(join(tmpdir(), 'chiso-workers-'));

describe('the reader pool', () => {
  const pool = () => workerPool(echo, { size: 2 });
  const plain = (request: unknown) => () => ({ request, transfer: [] });
  const answers = { timeoutMs: 5_000, onTimeout: (): number | string => 'timeout', onCrash: (m: string): number | string => `crash: ${m}` };

  it('answers requests in the order asked, reusing its workers', async () => {
    const p = pool();
    try {
      expect(await Promise.all([1, 2, 3, 4].map((n) => p.run(plain(n), answers)))).toEqual([2, 4, 6, 8]);
    } finally {
      await p.close();
    }
  });

  // Five seconds: long enough that a loaded machine never times out a request that does answer.
  it('answers a request that spins with a timeout and one that crashes with its message, and serves the next', async () => {
    const p = pool();
    try {
      expect(await p.run(plain('spin'), answers)).toBe('timeout');
      expect(await p.run(plain('crash'), answers)).toMatch(/^crash: .*crashed on purpose/);
      expect(await p.run(plain(21), answers)).toBe(42);
    } finally {
      await p.close();
    }
  }, 30_000);

  it('sends the requests queued behind one that spins or crashes to a fresh worker, none lost', async () => {
    const p = pool();
    try {
      expect(await Promise.all(['spin', 7, 'crash', 8, 9].map((r) => p.run(plain(r), answers)))).toEqual(['timeout', 14, expect.stringMatching(/^crash: /), 16, 18]);
    } finally {
      await p.close();
    }
  }, 30_000);

  // A worker thread reports an uncaught error on a channel of its own, which can overtake the answer
  // it posted just before: the crash must be blamed on the request it crashed on, never on that one.
  it('blames a crash on the request the worker crashed on, not on the one it answered just before', async () => {
    const p = pool();
    try {
      const asked = Array.from({ length: 40 }, (_, i) => [i, 'crash']).flat();
      const got = await Promise.all(asked.map((r) => p.run(plain(r), answers)));
      expect(got.filter((_, i) => i % 2 === 0)).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
      expect(got.filter((_, i) => i % 2 === 1).every((r) => /^crash: .*crashed on purpose/.test(String(r)))).toBe(true);
    } finally {
      await p.close();
    }
  }, 60_000);

  it('gives what it was configured with to every worker, the one started after a timeout or a close too', async () => {
    const p = pool();
    try {
      p.warm();
      p.configure(3);
      expect(await p.run(plain(7), answers)).toBe(21);
      expect(await p.run(plain('spin'), answers)).toBe('timeout');
      expect(await p.run(plain(7), answers)).toBe(21);
      // Closed between two reads (compile gives the worker's memory back before the master): the next read starts one afresh.
      await p.close();
      expect(await p.run(plain(7), answers)).toBe(21);
    } finally {
      await p.close();
    }
  }, 30_000);
});

describe('chiso compile, as installed', () => {
  jest.setTimeout(60_000);
  // Built from the sources under test, so the bundle is never older than them.
  beforeAll(() => execFileSync('node', ['scripts/build-cli.mjs'], { cwd: root }));

  it('gives the same record through its reader workers as in process', async () => {
    const seed = join(root, 'seeds/ke-hoach-159-KH-UBND-2025.txt');
    const sent = join(dir, 'sent');
    await main(['assemble', seed, '-o', sent, '--only', 'Hoàn Kiếm'], { out: () => {}, err: () => {} });
    const returns = join(dir, 'returns');
    mkdirSync(returns);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sent, '00070-phuong-hoan-kiem.xlsx'));
    wb.getWorksheet('Nhiệm vụ')!.eachRow((row) => {
      if (typeof row.getCell(1).value === 'string' && String(row.getCell(1).value).startsWith('TASK:')) row.getCell(7).value = 'Đang thực hiện';
    });
    await wb.xlsx.writeFile(join(returns, 'hoan-kiem.xlsx'));
    writeFileSync(join(returns, 'scan.pdf'), '%PDF-1.4\n');
    writeFileSync(join(returns, 'cut.xlsx'), Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0]));

    const installed = JSON.parse(execFileSync('node', [join(root, 'bin/chiso.mjs'), 'compile', seed, returns, '--json'], { cwd: root, encoding: 'utf8' }));
    const out: string[] = [];
    await main(['compile', seed, returns, '--json'], { out: (t) => out.push(t), err: () => {} });
    const inProcess = JSON.parse(out.join('\n'));
    expect(installed).toEqual(inProcess);
    expect(installed.submissions.map((s: { file: string; status: string }) => `${s.file}:${s.status}`)).toEqual(['cut.xlsx:rejected', 'hoan-kiem.xlsx:accepted', 'scan.pdf:rejected']);
    expect(installed.values.length).toBeGreaterThan(0);

    // One worker reads the plan workbook, then the returns by that plan.
    const planBook = join(dir, 'plan.xlsx');
    await main(['import', seed, '-o', planBook], { out: () => {}, err: () => {} });
    const fromBook = JSON.parse(execFileSync('node', [join(root, 'bin/chiso.mjs'), 'compile', planBook, returns, '--json'], { cwd: root, encoding: 'utf8' }));
    expect(fromBook.values).toEqual(installed.values);
    expect(fromBook.submissions).toEqual(installed.submissions);
  });
});
