import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPlan } from '../src/import';
import type { MasterData } from '../src/master-workbook/read';
/**
 * Issue #15: a round's extra work against the same work without a round — assembling every
 * recipient's workbook pre-filled from a previous master, and compiling 150 returns into a master
 * with history, changes against that master and timeliness. In process, medians of 3.
 */
export async function measurePeriods(seed: string, n: number): Promise<void> {
  const { assembleWorkbooks } = await import('../src/app/assemble');
  const { withCommunes } = await import('../src/app/load');
  const { compileReturns, masterSpec, returnExtractor, seenIn } = await import('../src/app/compile');
  const { writeWorkbookStreaming } = await import('../src/xlsx/write-stream');
  const { roundOf } = await import('../src/app/periods');
  const { assign, hasWork } = await import('../src/agencies/recipients');
  const { agencyWorkbook } = await import('../src/agency-workbook/write');
  const { MASTER_LOG_SHEETS, readMaster, readMasterLog } = await import('../src/master-workbook/read');
  const { MASTER_LIMITS } = await import('../src/xlsx/scan-read');
  // How the command line reads the master at -o (src/cli/periods.ts: earlierRun): its _meta and log only.
  const readEarlier = async (bytes: Uint8Array) => {
    const read = await readWorkbook(bytes, MASTER_LIMITS, undefined, MASTER_LOG_SHEETS);
    if (!read.ok) throw new Error(`the master at -o is unreadable: ${read.problem.kind}`);
    const m = readMasterLog(read.workbook);
    if (!m.ok || !m.found) throw new Error('the master at -o has no log');
    return m;
  };
  const { writeWorkbook } = await import('../src/xlsx/write');
  const { readWorkbook } = await import('../src/xlsx/read');
  const { vi } = await import('../src/strings/vi');
  const r = importPlan({ kind: 'text', text: seed });
  if (!r.ok) throw new Error('import failed');
  const { plan } = withCommunes({ ok: true, plan: r.plan, findings: [] }, readFileSync(join(process.cwd(), 'seeds/hanoi-communes-2025.md'), 'utf8'));
  const { assignments } = assign(plan);
  const senders = assignments.filter(hasWork);
  // n returns, every task and criterion answered.
  const returns: { name: string; bytes: Uint8Array }[] = [];
  for (let i = 0; i < n; i++) {
    const a = senders[i % senders.length]!;
    const spec = agencyWorkbook(plan, a, { dueDate: null, returnTo: 'Sở Nội vụ', generatedAt: '2025-11-01T00:00:00Z', password: null });
    for (const sheet of spec.sheets) {
      for (const row of sheet.rows) {
        const id = row.cells[0]?.value;
        if (typeof id !== 'string') continue;
        if (sheet.name === 'Nhiệm vụ' && id.startsWith('TASK:')) {
          row.cells[6] = { value: i % 2 ? 'Đang thực hiện' : 'Đã hoàn thành', style: 'input' };
          row.cells[8] = { value: `Kết quả ${id}`, style: 'input' };
          row.cells[9] = { value: `https://vb.vn/${i}/${id}`, style: 'input' };
        }
        if (sheet.name === 'Tiêu chí' && /^(PAR|SIPAS|PAPI):/.test(id)) row.cells[7] = { value: 0.5, style: 'inputNumber' };
      }
    }
    returns.push({ name: `${String(i).padStart(4, '0')}.xlsx`, bytes: await writeWorkbook(spec) });
  }
  const files = () => returns.map((f) => ({ name: f.name, open: async () => ({ ok: true as const, bytes: f.bytes.slice(), modified: 1 }) }));
  const q1 = roundOf('2026-Q1')!;
  const h1 = roundOf('2026-H1')!;
  // As `chiso compile -o master.xlsx` runs it: the master an earlier run of the round left at -o is
  // read for the times files were first seen, the returns compiled, the master written by the streaming writer.
  const earlierSeen = async (bytes: Uint8Array | null) => {
    if (!bytes) return undefined;
    const got = await readEarlier(bytes);
    return got ? seenIn(got) : undefined;
  };
  const compileOnce = async (round: typeof q1 | null, previous: MasterData | null, atOutput: Uint8Array | null) => {
    const seen = await earlierSeen(atOutput);
    const run = await compileReturns(plan, files(), returnExtractor(plan, assignments), { assignments, now: Date.parse('2026-03-04T09:00:00+07:00'), seen });
    return writeWorkbookStreaming(masterSpec(plan, run, '2026-03-10', (x, f) => vi.refusal(x, f), round ? { round, previous, assignments } : null));
  };
  const readWhole = async (bytes: Uint8Array) => {
    const read = await readWorkbook(bytes, MASTER_LIMITS);
    if (!read.ok) throw new Error('master unreadable');
    const m = readMaster(read.workbook);
    if (!m.ok) throw new Error('not a master');
    return m.master;
  };
  const previousBytes = await compileOnce(q1, null, null);
  const previous = await readWhole(previousBytes);
  // What each compile finds at -o: its own first run.
  const plainAtOutput = await compileOnce(null, null, null);
  const roundAtOutput = await compileOnce(h1, previous, null);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  // CPU seconds (user + system) of this process: what a shared machine's load does not inflate as it does wall time.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const plainACpu: number[] = [];
  const roundACpu: number[] = [];
  const plainCCpu: number[] = [];
  const roundCCpu: number[] = [];
  const plainA: number[] = [];
  const roundA: number[] = [];
  const plainC: number[] = [];
  const roundC: number[] = [];
  let carried = 0;
  for (let i = 0; i < 3; i++) {
    let [t0, c0] = [performance.now(), cpu()];
    await assembleWorkbooks(plan, { due: '05/06/2026', password: null, generatedAt: '2026-05-01T00:00:00Z' });
    plainA.push(performance.now() - t0);
    plainACpu.push(cpu() - c0);
    [t0, c0] = [performance.now(), cpu()];
    carried = (await assembleWorkbooks(plan, { due: '05/06/2026', password: null, generatedAt: '2026-05-01T00:00:00Z', round: h1, previous })).carried;
    roundA.push(performance.now() - t0);
    roundACpu.push(cpu() - c0);
    [t0, c0] = [performance.now(), cpu()];
    await compileOnce(null, null, plainAtOutput);
    plainC.push(performance.now() - t0);
    plainCCpu.push(cpu() - c0);
    [t0, c0] = [performance.now(), cpu()];
    await compileOnce(h1, previous, roundAtOutput);
    roundC.push(performance.now() - t0);
    roundCCpu.push(cpu() - c0);
  }
  const sec = (xs: number[]) => `${(median(xs) / 1000).toFixed(2)} s`;
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
  console.log(`periods (median of 3, wall and CPU seconds; history of ${previous.history?.length ?? 0} answers):`);
  console.log(`  assemble, no round                      ${sec(plainA)} (CPU ${sec(plainACpu)})   with round + carry-forward (${carried} pre-filled)  ${sec(roundA)} (CPU ${sec(roundACpu)})   ratio ${ratio(roundA, plainA)} (CPU ${ratio(roundACpu, plainACpu)})`);
  console.log(`  compile ${n} returns + master, no round   ${sec(plainC)} (CPU ${sec(plainCCpu)})   against the previous master              ${sec(roundC)} (CPU ${sec(roundCCpu)})   ratio ${ratio(roundC, plainC)} (CPU ${ratio(roundCCpu, plainCCpu)})`);
}

