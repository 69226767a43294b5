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
const only = process.env.BENCH_ONLY;
if (!only) {
  measure('parse + check: seed', seed, 50);
  measure('parse + check: synthetic ×1', syntheticPlanText(1), 50);
  measure('parse + check: synthetic ×20', syntheticPlanText(20), 15);
}

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

if (!only) {
  await measureLoad('load (app): seed .txt', 'seed.txt', new TextEncoder().encode(seed), 30);
  await measureAssemble(3);
  await measureWorkbook('workbook write + read: seed', seed, 5);
  await measureWorkbook('workbook write + read: synthetic ×20', syntheticPlanText(20), 3);
}

// The reader of issue #11 side by side with the floor and the exceljs path it replaced, the lean
// master writer, deflating once, and the bounds (bench/reader.ts). BENCH_ONLY=reader or =periods runs only that part.
if (!only || only === 'reader') await (await import('./reader')).benchReader(seed);
// The same bad files in the pane's Web Worker, in Chromium (bench/pane-worker.ts). BENCH_ONLY=pane runs only that.
if (!only || only === 'reader' || only === 'pane') await (await import('./pane-worker')).benchPaneWorker(seed);

// Issue #15: a round's extra work against the same work without one (bench/periods.ts).
if (!only || only === 'periods') await (await import('./periods')).measurePeriods(seed, 150);
