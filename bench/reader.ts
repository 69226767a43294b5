import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { compiler } from '../src/agencies/compile';
import { parseCommuneList } from '../src/agencies/communes';
import { withBundledCommunes } from '../src/agencies/members';
import { assign, hasWork } from '../src/agencies/recipients';
import { returnReader } from '../src/agency-workbook/read';
import { agencyWorkbook } from '../src/agency-workbook/write';
import { runChecks } from '../src/checks';
import { nodeInflate } from '../src/cli/inflate';
import { workerReaders } from '../src/cli/readers';
import { compileFolder, returnFiles } from '../src/cli/returns';
import { workerPool } from '../src/cli/worker-pool';
import { importPlan } from '../src/import';
import { masterWorkbook } from '../src/master-workbook/write';
import type { Plan } from '../src/plan/schema';
import { agenciesSheet } from '../src/plan-workbook/agencies-sheet';
import { buildWorkbook } from '../src/plan-workbook/write';
import { workbookWords } from '../src/strings';
import { vi } from '../src/strings/vi';
import { rowCount, type WorkbookSpec } from '../src/workbook-kit/spec';
import { fflateInflate, inflateEntry, openXlsx, DEFAULT_LIMITS } from '../src/xlsx/guard';
import { asReturn, readWorkbook, readWorkbookSync, type ReadResult } from '../src/xlsx/read';
import { readWorkbookExceljs } from '../src/xlsx/read-exceljs';
import { fillWorkbook, fixXml, writeWorkbook } from '../src/xlsx/write';
import { writeExceljsStreaming, writeWorkbookStreaming } from '../src/xlsx/write-stream';
import { nodeDeflater } from '../src/cli/deflate';
import { loadFile } from '../src/app/load';
import { badBook, badFiles } from './bad-files';
import { planWithUnits } from './distinct';

/**
 * Issue #11, side by side in one run (the machine is shared: only ratios measured together mean
 * anything). Medians of alternating rounds.
 */

const gc = (globalThis as { gc?: () => void }).gc;
/** The CLI's reader workers on this machine (cli/worker-pool.ts: two at most, one core left to the main thread). */
const READ_WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));
const mb = (x: number) => `${(x / 1024 / 1024).toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Time and peak RSS (sampled every 5 ms, above nothing: absolute) of one async run. */
async function timed<T>(f: () => Promise<T> | T): Promise<{ ms: number; peak: number; value: T }> {
  gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  const value = await f();
  const ms = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peak, value };
}

/**
 * The floor: the least work that finds the same values — the guard's directory, Node's zlib on
 * the parts a reader needs (found by the same relationships), and one regular-expression pass over
 * each that pulls out every cell's address, type and value and every shared string, building
 * nothing but a count.
 */
export function floorRead(bytes: Uint8Array): number {
  const opened = openXlsx(bytes, DEFAULT_LIMITS);
  if (!opened.ok) return 0;
  const byName = new Map(opened.entries.map((e) => [e.name, e]));
  const text = (name: string) => {
    const e = byName.get(name);
    const d = e ? inflateEntry(bytes, e, nodeInflate) : null;
    return d?.ok ? new TextDecoder().decode(d.bytes) : '';
  };
  const rels = text('xl/_rels/workbook.xml.rels');
  let found = 0;
  for (const m of text('xl/sharedStrings.xml').matchAll(/<t[^>]*>([^<]*)<\/t>/g)) found += m[1]!.length > 0 ? 1 : 0;
  text('xl/styles.xml');
  text('xl/workbook.xml');
  for (const m of rels.matchAll(/Target="(worksheets\/[^"]+)"/g)) {
    for (const c of text(`xl/${m[1]}`).matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:t="(\w+)")?[^>]*>(?:<f>[^<]*<\/f>)?<v>([^<]*)<\/v>/g)) found += c[3]!.length > 0 ? 1 : 0;
  }
  return found;
}

/** Returns filled in as agencies would: a status on each task, a score on each criterion. */
export async function makeReturns(plan: Plan, senders: ReturnType<typeof assign>['assignments'], count: number, into?: string): Promise<{ dir: string; files: string[] }> {
  const dir = into ?? mkdtempSync(join(tmpdir(), 'chiso-bench-reader-'));
  const distinct = Math.min(count, senders.length);
  for (let i = 0; i < distinct; i++) {
    const spec = agencyWorkbook(plan, senders[i]!, { dueDate: null, returnTo: 'Sở Nội vụ', generatedAt: '2025-11-01T00:00:00Z', password: null });
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
  // Beyond the recipients, copies: the same work per file (a later copy supersedes an earlier one).
  for (let i = distinct; i < count; i++) copyFileSync(join(dir, `${String(i % distinct).padStart(4, '0')}.xlsx`), join(dir, `${String(i).padStart(4, '0')}.xlsx`));
  return { dir, files: readdirSync(dir).sort() };
}

/** What writeWorkbook did before issue #11: exceljs deflates, then fixXml inflates and deflates again. */
async function writeTwice(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await fillWorkbook(wb, spec, false);
  return fixXml(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), spec);
}

/** Rounds of the paired floor / reader / compile measure. */
const PAIRED_ROUNDS = 9;

export async function benchReader(seedText: string): Promise<void> {
  const r = importPlan({ kind: 'text', text: seedText });
  if (!r.ok) throw new Error('import failed');
  const communes = parseCommuneList(readFileSync(join(process.cwd(), 'seeds/hanoi-communes-2025.md'), 'utf8')).units;
  const plan = withBundledCommunes(r.plan, communes).plan;
  const { assignments } = assign(plan);
  const senders = assignments.filter(hasWork);
  const workerPath = join(process.cwd(), 'dist/read-worker.mjs');
  /** As a `chiso compile` run reads: its own reader worker, started for the run and ended with it. */
  const withReaders = async <T>(f: (readers: ReturnType<typeof workerReaders>) => Promise<T>): Promise<T> => {
    const pool = workerPool(workerPath, { size: 2 });
    try {
      return await f(workerReaders(pool));
    } finally {
      await pool.close();
    }
  };
  console.log('\n— issue #11: the streaming reader and the lean writer (side by side, one run; a shared, loaded machine: read the ratios) —');

  // 1. Compile of 150 and 300 returns: floor, streaming reader, exceljs path, in process; and the CLI's workers.
  const { dir, files } = await makeReturns(plan, senders, 1000);
  const bytesOf = files.map((f) => new Uint8Array(readFileSync(join(dir, f))));
  const compileWith = async (n: number, read: (b: Uint8Array) => Promise<ReadResult> | ReadResult) => {
    const c = compiler(plan, assignments);
    const reader = returnReader(plan, assignments);
    for (let i = 0; i < n; i++) c.add(reader(asReturn(files[i]!, i, await read(bytesOf[i]!))));
    return c.result().values.length;
  };
  /** The command line's path: the returns folder listed, each file read by the run's reader worker. */
  const cliCompileWith = async (n: number, readers: ReturnType<typeof workerReaders>) => {
    const listed = await returnFiles(dir);
    if (!listed.ok) throw new Error(`returns folder: ${listed.problem}`);
    const names = new Set(files.slice(0, n));
    return compileFolder(listed.files.filter((f) => names.has(f.name)), { plan, assignments, readers });
  };
  /** As a run does it: a worker started for the compile (its start-up and its JIT's warming up are in the time). */
  const cliCompile = (n: number) => withReaders((readers) => cliCompileWith(n, readers));
  const floorPass = (n: number) => {
    let found = 0;
    for (let i = 0; i < n; i++) found += floorRead(bytesOf[i]!);
    return found;
  };
  floorPass(40);
  await compileWith(40, (b) => readWorkbook(b, {}, nodeInflate));
  await compileWith(20, (b) => readWorkbookExceljs(b, {}, nodeInflate));
  const readOnly = (n: number) => {
    let read = 0;
    for (let i = 0; i < n; i++) read += readWorkbookSync(bytesOf[i]!, {}, nodeInflate).ok ? 1 : 0;
    return read;
  };
  for (const n of [150, 300]) {
    const floor: number[] = [];
    const reader: number[] = [];
    const fresh: number[] = [];
    const old: number[] = [];
    const cli: number[] = [];
    const cliWarm: number[] = [];
    const pane: number[] = [];
    let values = 0;
    let found = 0;
    let peaks = { fresh: 0, old: 0, cli: 0 };
    for (let round = 0; round < 3; round++) {
      const f = await timed(() => floorPass(n));
      reader.push((await timed(() => readOnly(n))).ms);
      const s = await timed(() => compileWith(n, (b) => readWorkbook(b, {}, nodeInflate)));
      const o = await timed(() => compileWith(n, (b) => readWorkbookExceljs(b, {}, nodeInflate)));
      const w = await timed(async () => (await cliCompile(n)).compiled.values.length);
      // The same, the worker's second compile: what a run's start-up costs is the difference.
      const second = await withReaders(async (readers) => {
        await cliCompileWith(n, readers);
        return timed(() => cliCompileWith(n, readers));
      });
      cliWarm.push(second.ms);
      // The pane's path: the same reader with fflate's inflate (a browser has no native zlib), one
      // worker, the compile on the pane's thread; in process here, one thread.
      const p = await timed(() => compileWith(n, (b) => readWorkbook(b, {}, fflateInflate)));
      pane.push(p.ms);
      floor.push(f.ms);
      fresh.push(s.ms);
      old.push(o.ms);
      cli.push(w.ms);
      values = s.value;
      found = f.value;
      if (o.value !== s.value || w.value !== s.value) throw new Error(`paths disagree: ${s.value} ${o.value} ${w.value}`);
      peaks = { fresh: Math.max(peaks.fresh, s.peak), old: Math.max(peaks.old, o.peak), cli: Math.max(peaks.cli, w.peak) };
    }
    const s = (xs: number[]) => `${(median(xs) / 1000).toFixed(2)} s`;
    console.log(`compile ${n} returns (${values} values; the floor finds ${found} cell values and strings), medians of 3, in process unless said:`);
    console.log(`  floor (unzip + regex scan)  ${s(floor)}`);
    console.log(`  streaming reader alone      ${s(reader)}   ${(median(reader) / median(floor)).toFixed(2)}× the floor`);
    console.log(`  streaming reader + compile  ${s(fresh)}   ${(median(fresh) / median(floor)).toFixed(2)}× the floor   peak RSS ${mb(peaks.fresh)}`);
    console.log(`  exceljs path + compile      ${s(old)}   ${(median(old) / median(fresh)).toFixed(2)}× the streaming reader   peak RSS ${mb(peaks.old)}`);
    console.log(`  CLI (${READ_WORKERS} reader worker${READ_WORKERS > 1 ? 's' : ''}, files from disk) ${s(cli)}   ${(median(cli) / median(floor)).toFixed(2)}× the floor   peak RSS ${mb(peaks.cli)}`);
    console.log(`  the CLI's second compile in one worker ${s(cliWarm)}   ${(median(cliWarm) / median(floor)).toFixed(2)}× the floor (the rest of the line above is its worker's start and warming up)`);
    console.log(`  the pane's reader in Node (fflate, in process; in Chromium: below) ${s(pane)}   ${(median(pane) / median(cli)).toFixed(2)}× the CLI, ${(median(pane) / median(fresh)).toFixed(2)}× the same reader with Node's zlib`);
    // The ratios above are of medians taken seconds apart, and this machine's speed drifts over
    // seconds: here the floor, the reader and the compile run back to back, and each round gives
    // its own ratios (as farm-bench pairs whole commands).
    const paired = { reader: [] as number[], compile: [] as number[] };
    for (let round = 0; round < PAIRED_ROUNDS; round++) {
      const f = await timed(() => floorPass(n));
      const r = await timed(() => readOnly(n));
      const c = await timed(() => compileWith(n, (b) => readWorkbook(b, {}, nodeInflate)));
      paired.reader.push(r.ms / f.ms);
      paired.compile.push(c.ms / f.ms);
    }
    const spread = (xs: number[]) => `${median(xs).toFixed(2)}× (least ${Math.min(...xs).toFixed(2)}×, most ${Math.max(...xs).toFixed(2)}×)`;
    console.log(`  paired, ${PAIRED_ROUNDS} rounds of floor, reader, reader + compile back to back, median of the rounds' ratios: reader ${spread(paired.reader)}, reader + compile ${spread(paired.compile)}`);
  }

  // Part 1's 1,000 returns held in memory (≈ 60 MB) are let go: the peaks below are the compile's.
  bytesOf.length = 0;

  // 2. Plans of 250, 500 and 1,000 units (the seed's with more communes), each unit returning its
  // workbook (copies of the 146 returns would supersede each other), the master written as the CLI
  // writes it (lean writer, Node's zlib); exceljs's streaming writer beside it. The master has a
  // row per task × unit, so it grows with the plan: 5,000 by extrapolation from the slope.
  const round = await (async () => {
    const big = planWithUnits(1000);
    return makeReturns(big, assign(big).assignments.filter(hasWork).slice(0, 1000), 1000);
  })();
  const perSize: { n: number; ms: number; cpu: number }[] = [];
  for (const n of [250, 500, 1000]) {
    const big = planWithUnits(n);
    const bigAssignments = assign(big).assignments;
    const names = new Set(round.files.slice(0, n));
    const cpu0 = process.cpuUsage();
    const run = await timed(async () => {
      const listed = await returnFiles(round.dir);
      if (!listed.ok) throw new Error('returns folder');
      const cli = await withReaders((readers) => compileFolder(listed.files.filter((f) => names.has(f.name)), { plan: big, assignments: bigAssignments, readers }));
      const spec = masterWorkbook(big, cli.compiled, cli.log, '2025-12-31', (x, f) => vi.refusal(x, f));
      const t0 = performance.now();
      const bytes = await writeWorkbookStreaming(spec, nodeDeflater);
      return { values: cli.compiled.values.length, rows: spec.sheets.reduce((k, sh) => k + rowCount(sh), 0), writeMs: performance.now() - t0, size: bytes.length, spec };
    });
    const cpu = process.cpuUsage(cpu0);
    perSize.push({ n, ms: run.ms, cpu: (cpu.user + cpu.system) / 1000 });
    const old = n === 1000 ? await timed(() => writeExceljsStreaming(run.value.spec)) : null;
    if (run.value.values === 0) throw new Error(`no values compiled for ${n} units: the returns are not of this plan`);
    console.log(`compile -o, ${n} units: ${(run.ms / 1000).toFixed(2)} s in all (main thread CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s), peak RSS ${mb(run.peak)}; master (${run.value.rows} rows, ${(run.value.size / 1024).toFixed(0)} KB) lean writer ${(run.value.writeMs / 1000).toFixed(2)} s${old ? `, exceljs streaming writer ${(old.ms / 1000).toFixed(2)} s (${(old.ms / run.value.writeMs).toFixed(2)}×)` : ''}`);
  }
  const [a, b] = [perSize[1]!, perSize[2]!];
  const slope = (b.ms - a.ms) / (b.n - a.n);
  console.log(`  per unit ${slope.toFixed(1)} ms between 500 and 1,000 (at 250→500: ${((a.ms - perSize[0]!.ms) / (a.n - perSize[0]!.n)).toFixed(1)} ms); 5,000 units by extrapolation: ${((b.ms + slope * 4000) / 1000).toFixed(1)} s`);
  rmSync(round.dir, { recursive: true, force: true });

  // 3. assemble for the seed's recipients and import -o: deflated twice (before) and once (now).
  const words = workbookWords(vi);
  const assembleWith = async (write: (s: WorkbookSpec) => Promise<Uint8Array>) => {
    const out: { name: string; bytes: Uint8Array }[] = [];
    for (const a of senders) out.push({ name: a.recipient.key, bytes: await write(agencyWorkbook(plan, a, { dueDate: '15/12/2025', returnTo: 'Sở Nội vụ', generatedAt: '2025-11-01T00:00:00Z', password: null })) });
    return zipSync(Object.fromEntries(out.map((f) => [f.name, [f.bytes, { level: 0 }]])));
  };
  const planSpec = () => buildWorkbook(plan, runChecks(plan), words);
  const asmBefore: number[] = [];
  const asmNow: number[] = [];
  const impBefore: number[] = [];
  const impNow: number[] = [];
  // Five rounds: with three, the ratio moved between 1.2× and 1.8× from one run to the next.
  for (let round = 0; round < 5; round++) {
    asmBefore.push((await timed(() => assembleWith(writeTwice))).ms);
    asmNow.push((await timed(() => assembleWith(writeWorkbook))).ms);
    impBefore.push((await timed(() => writeTwice(planSpec()))).ms);
    impNow.push((await timed(() => writeWorkbook(planSpec()))).ms);
  }
  // Each round's before and now ran back to back: the median of their ratios, and the spread.
  const paired = (before: number[], now: number[]) => {
    const r = before.map((b, i) => b / now[i]!).sort((a, b) => a - b);
    return `${median(r).toFixed(2)}× faster (rounds ${r[0]!.toFixed(2)}–${r.at(-1)!.toFixed(2)}×)`;
  };
  console.log(`assemble ${senders.length} recipients: before ${(median(asmBefore) / 1000).toFixed(2)} s, now ${(median(asmNow) / 1000).toFixed(2)} s, ${paired(asmBefore, asmNow)}`);
  console.log(`import -o (the plan workbook): before ${median(impBefore).toFixed(0)} ms, now ${median(impNow).toFixed(0)} ms, ${paired(impBefore, impNow)}`);

  // 4. The Đơn vị sheet, linear in members.
  for (const k of [1_000, 4_000]) {
    const group = plan.agencies.find((a) => a.collective)!;
    const many: Plan = { ...plan, agencies: [...plan.agencies, ...Array.from({ length: k }, (_, i) => ({ name: `Xã Thử ${i}`, aliases: [], collective: false, memberOf: group.name, code: String(90000 + i) }))] };
    const t = await timed(() => agenciesSheet(many));
    console.log(`Đơn vị sheet with ${k} more members: ${t.ms.toFixed(0)} ms`);
  }

  // 5. The bad files of the reliability tests, answered by the reader (the CLI's, Node's zlib).
  const bad = badFiles();
  for (const [name, make] of bad) {
    const bytes = make();
    const t = await timed(() => readWorkbook(bytes, {}, nodeInflate));
    const answer = t.value.ok ? `read (${t.value.workbook.sheets[0]?.rows.length} rows)` : JSON.stringify(t.value.problem);
    console.log(`bad file: ${name.padEnd(26)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  ${t.ms.toFixed(0).padStart(6)} ms  peak RSS ${mb(t.peak)}  ${answer}`);
  }
  // The same files given as a plan: a workbook that is not chiso's is read as the province's own
  // tables (src/import/workbook-source.ts), whose layout of merges is bounded by its own budget.
  for (const [name, make] of [...bad, ['one merge over A1:Z1048576', () => badBook('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c></row></sheetData><mergeCells><mergeCell ref="A1:Z1048576"/></mergeCells>')] as const]) {
    const bytes = make();
    const t = await timed(() => loadFile(`${name}.xlsx`, bytes, { inflate: nodeInflate }));
    const answer = t.value.ok ? `${t.value.plan.criteria.length} criteria` : JSON.stringify(t.value.problem);
    console.log(`bad file as a plan: ${name.padEnd(26)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  ${t.ms.toFixed(0).padStart(6)} ms  peak RSS ${mb(t.peak)}  ${answer}`);
  }
  rmSync(dir, { recursive: true, force: true });
}
