import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiler } from '../../src/agencies/compile';
import { LISTED_PER_SHEET } from '../../src/agencies/refusals';
import { returnReader } from '../../src/agency-workbook/read';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { main } from '../../src/cli/main';
import { masterWorkbook } from '../../src/master-workbook/write';
import { en } from '../../src/strings/en';
import { vi } from '../../src/strings/vi';
import type { ReadCell, ReadWorkbook } from '../../src/workbook-kit/read-model';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { writeWorkbookStreaming } from '../../src/xlsx/write-stream';
import { withExtraSheet } from '../support/bad-files';
import { AGENCY_OPTIONS, rowOf, seedPlan, seedRecipients } from '../support/seed';

/**
 * Issue #12 §1: one return never stops the compile. An agency's own register pasted in as an
 * extra sheet (30,000 rows × 5 cells) used to overflow the stack and leave no master for anyone;
 * its refusals are now counted per sheet past a cap, and every other file is compiled.
 */

// Each test runs whole commands on the seed; a machine shared by several runs can be slow.
jest.setTimeout(60_000);

const plan = seedPlan();
const assignments = seedRecipients(plan);
const agency = (key: string) => assignments.find((a) => a.recipient.key === key)!;
const seed = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');
const dir = mkdtempSync(join(tmpdir(), 'chiso-one-return-'));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** An agency's template with one score filled in (PAR 5.4 for Sở Nội vụ, a task status for the other). */
async function filledReturn(key: string, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeWorkbook(agencyWorkbook(plan, agency(key), AGENCY_OPTIONS))) as unknown as ArrayBuffer);
  edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const noiVuFilled = () => filledReturn('AGENCY:Sở Nội vụ', (wb) => void (rowOf(wb.getWorksheet('Tiêu chí')!, 'PAR:5.4').getCell(8).value = 1.25));
const otherKey = () => assignments.find((a) => a.recipient.key !== 'AGENCY:Sở Nội vụ' && a.leads.length > 0)!.recipient.key;
const otherFilled = async () => {
  const other = agency(otherKey());
  return filledReturn(other.recipient.key, (wb) => void (rowOf(wb.getWorksheet('Nhiệm vụ')!, other.leads[0]!).getCell(7).value = 'Đã hoàn thành'));
};

describe('an extra sheet of 30,000 rows × 5 cells (150,000 refused cells)', () => {
  it('compiles through the command line: the master is written, the sheet said in one line, the other return compiled', async () => {
    const returns = join(dir, 'register');
    mkdirSync(returns);
    writeFileSync(join(returns, 'so-noi-vu.xlsx'), withExtraSheet(await noiVuFilled(), 'Sổ theo dõi', 30_000, 5));
    writeFileSync(join(returns, 'khac.xlsx'), await otherFilled());
    const master = join(dir, 'register-master.xlsx');
    const r = await run('compile', seed, returns, '-o', master);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Tệp so-noi-vu.xlsx, trang “Sổ theo dõi”: Trang do đơn vị tự thêm: 150.000 ô có nội dung không được đọc');
    // Said once, not cell by cell.
    expect(r.out.split('\n').filter((l) => l.includes('Sổ theo dõi'))).toHaveLength(1);
    const json = JSON.parse((await run('compile', seed, returns, '--json')).out);
    expect(json.values).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: 'PAR:5.4', value: 1.25, file: 'so-noi-vu.xlsx' }),
      expect.objectContaining({ field: 'status', value: 'Đã hoàn thành', file: 'khac.xlsx' }),
    ]));
    const read = await readWorkbook(new Uint8Array(readFileSync(master)));
    if (!read.ok) throw new Error('master unreadable');
    const said = read.workbook.sheets.find((s) => s.name === 'Tình hình nộp')!.rows.map((row) => row.map((c) => String(c?.value ?? '')).join(' | '));
    expect(said.filter((l) => l.includes('150.000 ô'))).toHaveLength(1);
  }, 120_000);
});

/** The template as read, plus a sheet of `cells` values (5 a row), built in memory: a million cells without exceljs. */
async function readWithExtraCells(cells: number, sheet = 'Sổ theo dõi'): Promise<ReadWorkbook> {
  const read = await readWorkbook(await noiVuFilled());
  if (!read.ok) throw new Error('template unreadable');
  const rows: (ReadCell | null)[][] = [];
  for (let i = 0; i < cells; i += 5) rows.push(Array.from({ length: Math.min(5, cells - i) }, (_, j) => ({ value: i + j, formula: null, numFmt: null })));
  return { sheets: [...read.workbook.sheets, { name: sheet, state: 'visible', rows, hiddenRows: [] }] };
}

describe.each([100_000, 1_000_000])('%i refused cells in one return', (cells) => {
  it('are counted in one line, the file\'s own values and every other file compiled, and the master written', async () => {
    const read = returnReader(plan, assignments);
    const c = compiler(plan, assignments);
    c.add(read({ file: 'so-noi-vu.xlsx', modified: 1, workbook: await readWithExtraCells(cells), problem: null }));
    const other = await readWorkbook(await otherFilled());
    if (!other.ok) throw new Error('unreadable');
    c.add(read({ file: 'khac.xlsx', modified: 1, workbook: other.workbook, problem: null }));
    const compiled = c.result();
    expect(compiled.rejected.filter((r) => r.sheet === 'Sổ theo dõi')).toEqual([{ file: 'so-noi-vu.xlsx', sheet: 'Sổ theo dõi', cell: null, reason: 'extra-sheet-cells', count: cells }]);
    expect(compiled.values.map((v) => v.file).sort()).toEqual(['khac.xlsx', 'so-noi-vu.xlsx']);
    expect(compiled.submissions.map((s) => s.status)).toEqual(['accepted', 'accepted']);
    const master = await writeWorkbookStreaming(masterWorkbook(plan, compiled, [], '2025-12-31', (r, f) => vi.refusal(r, f)));
    expect(master.length).toBeGreaterThan(0);
    expect(vi.refusal({ reason: 'extra-sheet-cells', count: cells }, 'so-noi-vu.xlsx')).toContain(cells === 100_000 ? '100.000 ô' : '1.000.000 ô');
    expect(en.refusal({ reason: 'extra-sheet-cells', count: cells }, 'so-noi-vu.xlsx')).toContain(cells === 100_000 ? '100,000 cells' : '1,000,000 cells');
  }, 120_000);
});

describe('the cap per sheet', () => {
  /** `n` values typed to the right of the task table, each refused as outside the table. */
  async function outsideTable(n: number) {
    const read = await readWorkbook(await noiVuFilled());
    if (!read.ok) throw new Error('unreadable');
    const tasks = read.workbook.sheets.find((s) => s.name === 'Nhiệm vụ')!;
    for (let i = 0; i < n; i++) {
      const row = (tasks.rows[10 + (i % 20)] ??= []);
      while (row.length < 30 + Math.floor(i / 20)) row.push(null);
      row[30 + Math.floor(i / 20)] = { value: `ghi chú ${i}`, formula: null, numFmt: null };
    }
    const c = compiler(plan, assignments);
    c.add(returnReader(plan, assignments)({ file: 'a.xlsx', modified: 1, workbook: read.workbook, problem: null }));
    return c.result().rejected.filter((r) => r.sheet === 'Nhiệm vụ');
  }

  it(`lists ${LISTED_PER_SHEET} refused cells of a sheet one by one`, async () => {
    const refused = await outsideTable(LISTED_PER_SHEET);
    expect(refused).toHaveLength(LISTED_PER_SHEET);
    expect(refused.every((r) => r.reason === 'outside-table' && r.cell !== null)).toBe(true);
  });

  it(`past ${LISTED_PER_SHEET}, lists the first ones and counts the rest in one line`, async () => {
    const refused = await outsideTable(LISTED_PER_SHEET + 1);
    expect(refused).toHaveLength(LISTED_PER_SHEET + 1);
    expect(refused.at(-1)).toEqual({ file: 'a.xlsx', sheet: 'Nhiệm vụ', cell: null, reason: 'more-refused', count: 1 });
    expect(vi.rejection(refused.at(-1)!)).toBe('Tệp a.xlsx, trang “Nhiệm vụ”: Còn 1 ô khác trên trang này cũng bị loại (không liệt kê từng ô). Hãy xem lại trang này rồi gửi lại.');
  });

  it('lists the cells of a small added sheet one by one, and counts those of a large one', async () => {
    const small = returnReader(plan, assignments)({ file: 'a.xlsx', modified: 1, workbook: await readWithExtraCells(LISTED_PER_SHEET), problem: null });
    const large = returnReader(plan, assignments)({ file: 'a.xlsx', modified: 1, workbook: await readWithExtraCells(LISTED_PER_SHEET + 1), problem: null });
    if (small.refused !== null || large.refused !== null) throw new Error('refused');
    expect(small.rejected.filter((r) => r.reason === 'extra-sheet')).toHaveLength(LISTED_PER_SHEET);
    expect(large.rejected.filter((r) => r.sheet === 'Sổ theo dõi').map((r) => ({ ...r, file: '' }))).toEqual([{ file: '', sheet: 'Sổ theo dõi', cell: null, reason: 'extra-sheet-cells', count: LISTED_PER_SHEET + 1 }]);
  });
});
