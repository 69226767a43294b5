import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../src/checks';
import { importPlan } from '../src/import';
import { syntheticPlanText } from '../tests/support/synthetic-plan';

/** `npm run bench`: speed and memory, never pass/fail. Medians over repeated runs; peak RSS sampled around them. */

function importAndCheck(text: string): number {
  const r = importPlan({ kind: 'text', text });
  if (!r.ok) throw new Error(`import failed: ${r.error.code}`);
  return r.findings.length + runChecks(r.plan).length;
}

function measure(name: string, text: string, runs: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) importAndCheck(text); // warm up the JIT
  gc?.();
  const before = process.memoryUsage();
  let peak = before.rss;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    importAndCheck(text);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(
    `${name.padEnd(34)} ${String((text.length / 1024).toFixed(0)).padStart(6)} KB  median ${median.toFixed(2).padStart(8)} ms  p90 ${times[Math.floor(times.length * 0.9)]!.toFixed(2).padStart(8)} ms  peak RSS ${mb(peak)} MB (heap used ${mb(process.memoryUsage().heapUsed)} MB)`,
  );
}

const seed = readFileSync(join(process.cwd(), 'seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8');
console.log(`node ${process.version}, ${new Date().toISOString()}`);
measure('parse + check: seed', seed, 50);
measure('parse + check: synthetic ×1', syntheticPlanText(1), 50);
measure('parse + check: synthetic ×20', syntheticPlanText(20), 15);

/** Issue #3: the structured workbook written and read back (exceljs), for the seed and a plan twenty times larger. */
async function measureWorkbook(name: string, text: string, runs: number): Promise<void> {
  const { buildWorkbook } = await import('../src/plan-workbook/write');
  const { readPlan } = await import('../src/plan-workbook/read');
  const { writeWorkbook } = await import('../src/xlsx/write');
  const { readWorkbook } = await import('../src/xlsx/read');
  const { vi } = await import('../src/strings/vi');
  const { workbookWords } = await import('../src/strings');
  const r = importPlan({ kind: 'text', text });
  if (!r.ok) throw new Error('import failed');
  const findings = [...r.findings, ...runChecks(r.plan)];
  const words = workbookWords(vi);
  const writes: number[] = [];
  const reads: number[] = [];
  let size = 0;
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    const bytes = await writeWorkbook(buildWorkbook(r.plan, findings, words));
    writes.push(performance.now() - t0);
    size = bytes.length;
    t0 = performance.now();
    const read = await readWorkbook(bytes);
    if (!read.ok || !readPlan(read.workbook).ok) throw new Error('read failed');
    reads.push(performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `${name.padEnd(34)} ${String((size / 1024).toFixed(0)).padStart(6)} KB  write median ${med(writes).toFixed(0).padStart(6)} ms  read median ${med(reads).toFixed(0).padStart(6)} ms  peak RSS ${(peak / 1024 / 1024).toFixed(1)} MB`,
  );
}

/** What both shells run to load a file: the format registry, the import and the checks (the .docx path adds mammoth). */
async function measureLoad(name: string, file: string, bytes: Uint8Array, runs: number): Promise<void> {
  const { loadFile } = await import('../src/app/load');
  for (let i = 0; i < 2; i++) await loadFile(file, bytes);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await loadFile(file, bytes);
    if (!r.ok) throw new Error(`load failed: ${r.problem}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(34)} ${String((bytes.length / 1024).toFixed(0)).padStart(6)} KB  median ${times[Math.floor(times.length / 2)]!.toFixed(2).padStart(8)} ms`);
}

/** Issue #5: every recipient's report workbook, the mailing list and the .zip, as `chiso assemble` and the pane make them. */
async function measureAssemble(runs: number): Promise<void> {
  const { assembleWorkbooks } = await import('../src/app/assemble');
  const { withCommunes } = await import('../src/app/load');
  const r = importPlan({ kind: 'text', text: seed });
  if (!r.ok) throw new Error('import failed');
  const { plan } = withCommunes({ ok: true, plan: r.plan, findings: [] }, readFileSync(join(process.cwd(), 'seeds/hanoi-communes-2025.md'), 'utf8'));
  const times: number[] = [];
  let count = 0;
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const made = await assembleWorkbooks(plan, { due: '15/12/2025', password: null, generatedAt: '2025-11-01T00:00:00Z' });
    times.push(performance.now() - t0);
    count = made.workbooks.length;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  times.sort((a, b) => a - b);
  console.log(`${`assemble: seed (${count} workbooks + .zip)`.padEnd(34)}          median ${(times[Math.floor(times.length / 2)]! / 1000).toFixed(2).padStart(8)} s   peak RSS ${(peak / 1024 / 1024).toFixed(1)} MB`);
}

await measureLoad('load (app): seed .txt', 'seed.txt', new TextEncoder().encode(seed), 30);
await measureAssemble(3);
await measureWorkbook('workbook write + read: seed', seed, 5);
await measureWorkbook('workbook write + read: synthetic ×20', syntheticPlanText(20), 3);

/**
 * Issue #5: compile N returned workbooks (assembled for the seed's recipients, with a status and a
 * self-assessment filled in), one file at a time, beside a bare exceljs read of the same files.
 */
async function measureCompile(counts: number[]): Promise<void> {
  const { mkdtempSync, writeFileSync, readFileSync, readdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const ExcelJS = (await import('exceljs')).default;
  const { parseCommuneList } = await import('../src/agencies/communes');
  const { assign, hasWork } = await import('../src/agencies/recipients');
  const { withBundledCommunes } = await import('../src/agencies/members');
  const { compiler } = await import('../src/agencies/compile');
  const { returnReader } = await import('../src/agency-workbook/read');
  const { agencyWorkbook } = await import('../src/agency-workbook/write');
  const { writeWorkbook } = await import('../src/xlsx/write');
  const { readWorkbook } = await import('../src/xlsx/read');
  type ReadResult = Awaited<ReturnType<typeof readWorkbook>>;
  const { compileFolder, returnFiles } = await import('../src/cli/returns');
  const workerPath = join(process.cwd(), 'dist/read-worker.mjs');
  const r = importPlan({ kind: 'text', text: seed });
  if (!r.ok) throw new Error('import failed');
  const communes = parseCommuneList(readFileSync(join(process.cwd(), 'seeds/hanoi-communes-2025.md'), 'utf8')).units;
  const { assignments } = assign(withBundledCommunes(r.plan, communes).plan);
  const senders = assignments.filter(hasWork);
  const dir = mkdtempSync(join(tmpdir(), 'chiso-bench-'));
  const max = Math.max(...counts);
  for (let i = 0; i < max; i++) {
    const a = senders[i % senders.length]!;
    const spec = agencyWorkbook(r.plan, a, { dueDate: null, returnTo: 'Sở Nội vụ', generatedAt: '2025-11-01T00:00:00Z', password: null });
    for (const sheet of spec.sheets) {
      for (const row of sheet.rows) {
        const id = row.cells[0]?.value;
        if (typeof id !== 'string') continue;
        if (sheet.name === 'Nhiệm vụ' && id.startsWith('TASK:')) row.cells[6] = { value: 'Đang thực hiện', style: 'input' };
        if (sheet.name === 'Tiêu chí' && /^(PAR|SIPAS|PAPI):/.test(id)) row.cells[7] = { value: 0.5, style: 'inputNumber' };
      }
    }
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}.xlsx`), await writeWorkbook(spec));
  }
  const files = readdirSync(dir).sort();
  const gc = (globalThis as { gc?: () => void }).gc;
  /** One pass over the first n files: time and peak RSS above the RSS at its start (after a GC). */
  const pass = async (n: number, each: (bytes: Uint8Array, file: string) => Promise<void>) => {
    gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    const t0 = performance.now();
    for (const f of files.slice(0, n)) {
      await each(new Uint8Array(readFileSync(join(dir, f))), f);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    return { ms: performance.now() - t0, peak, base };
  };
  const bareRead = async (bytes: Uint8Array) => {
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  };
  await pass(40, bareRead); // warm both paths' JIT before timing either
  const { Worker } = await import('node:worker_threads');
  const coldBareRead = (names: string[]) =>
    new Promise<number>((resolve, reject) => {
      const t0 = performance.now();
      const w = new Worker(join(process.cwd(), 'dist/bench/bare-read.mjs'), { workerData: { dir, files: names } });
      w.once('message', () => {
        const ms = performance.now() - t0;
        void w.terminate().then(() => resolve(ms));
      });
      w.once('error', reject);
    });
  for (const n of counts) {
    // Alternating rounds, medians: the machine's noise hits both sides alike.
    const bare: number[] = [];
    const cold: number[] = [];
    const cli: number[] = [];
    const pane: number[] = [];
    let peaks = { bare: 0, cli: 0, pane: 0, base: 0 };
    let values = 0;
    const compileWith = async (read: (bytes: Uint8Array) => Promise<ReadResult>) => {
      const c = compiler(r.plan, assignments);
      const reader = returnReader(r.plan, assignments);
      const p = await pass(n, async (bytes, file) => {
        const got = await read(bytes);
        c.add(reader({ file, modified: 0, workbook: got.ok ? got.workbook : null, problem: got.ok ? null : got.problem.kind }));
      });
      values = c.result().values.length;
      return p;
    };
    for (let round = 0; round < 3; round++) {
      const b = await pass(n, bareRead);
      cold.push(await coldBareRead(files.slice(0, n)));
      // The command line's path, as `chiso compile` runs it: reader workers, Node's zlib in the guard.
      gc?.();
      let cpeak = process.memoryUsage().rss;
      const sampler = setInterval(() => (cpeak = Math.max(cpeak, process.memoryUsage().rss)), 5);
      const t0 = performance.now();
      const listed = await returnFiles(dir);
      if (!listed.ok) throw new Error(`returns folder: ${listed.problem}`);
      const inFolder = listed.files.filter((f) => files.slice(0, n).includes(f.name));
      values = (await compileFolder(inFolder, { plan: r.plan, assignments, workerPath })).compiled.values.length;
      const cms = performance.now() - t0;
      clearInterval(sampler);
      // The task pane's path: in process, one file after another, fflate in the guard.
      const p = await compileWith((bytes) => readWorkbook(bytes));
      bare.push(b.ms);
      cli.push(cms);
      pane.push(p.ms);
      peaks = { bare: Math.max(peaks.bare, b.peak), cli: Math.max(peaks.cli, cpeak), pane: Math.max(peaks.pane, p.peak), base: b.base };
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    const mb = (x: number) => (x / 1024 / 1024).toFixed(0);
    const sec = (xs: number[]) => `${(median(xs) / 1000).toFixed(2)} s`;
    console.log(`compile ${String(n).padStart(3)} returns (median of 3), ${values} values:`);
    console.log(`  CLI (reader worker, started cold)       ${sec(cli)}   bare exceljs read, cold worker     ${sec(cold)}   ratio ${(median(cli) / median(cold)).toFixed(2)}   peak RSS ${mb(peaks.cli)} MB`);
    console.log(`  pane's path (in process, one by one)    ${sec(pane)}   bare exceljs read in process       ${sec(bare)}   ratio ${(median(pane) / median(bare)).toFixed(2)}   peak RSS ${mb(peaks.pane)} MB (bare ${mb(peaks.bare)} MB, process at start ${mb(peaks.base)} MB)`);
  }
}

await measureCompile([150, 300]);


// Issue #15: a round's extra work against the same work without one (bench/periods.ts).
await (await import('./periods')).measurePeriods(seed, 150);
