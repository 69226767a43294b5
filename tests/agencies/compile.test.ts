import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileCounts } from '../../src/agencies/compile';
import { compile, type Return } from '../../src/agency-workbook/read';
import { vi } from '../../src/strings/vi';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { convert, describeWithLibreOffice } from '../support/libreoffice';
import { seedPlan, seedRecipients, AGENCY_OPTIONS, rowOf } from '../support/seed';

/** Assemble → an agency fills in its workbook → compile: what was filled in lands, everything else is listed with its cell. */

const plan = seedPlan();
const assignments = seedRecipients(plan);
const noiVu = assignments.find((a) => a.recipient.key === 'AGENCY:Sở Nội vụ')!;
const options = AGENCY_OPTIONS;
const dir = mkdtempSync(join(tmpdir(), 'chiso-compile-'));


/** Noi Vu's workbook as the agency returns it: filled in as a person would, in plain Excel. */
async function filled(edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeWorkbook(agencyWorkbook(plan, noiVu, options))) as unknown as ArrayBuffer);
  const tasks = wb.getWorksheet('Nhiệm vụ')!;
  const a1 = rowOf(tasks, 'TASK:A.1');
  a1.getCell(7).value = 'Đã hoàn thành';
  a1.getCell(8).value = new Date(Date.UTC(2025, 6, 20));
  a1.getCell(9).value = 'Đã tổ chức Hội nghị ngày 20/7';
  a1.getCell(10).value = 'https://example.vn/hoi-nghi';
  const a4 = rowOf(tasks, 'TASK:A.4');
  a4.getCell(7).value = 'Xong rồi'; // not in the list
  a4.getCell(9).value = '=HYPERLINK("http://x","y")';
  const crit = wb.getWorksheet('Tiêu chí')!;
  rowOf(crit, 'PAR:5.4').getCell(8).value = 1.25;
  rowOf(crit, 'PAR:5.4').getCell(9).value = 'Đã khắc phục vi phạm kỷ luật';
  rowOf(crit, 'PAR:1.1').getCell(8).value = 7; // max 1.5
  edit?.(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function asReturn(file: string, bytes: Uint8Array, modified = 1): Promise<Return> {
  const r = await readWorkbook(bytes);
  return r.ok ? { file, modified, workbook: r.workbook, problem: null } : { file, modified, workbook: null, problem: r.problem.kind };
}

describe('compiling returned workbooks', () => {
  it('takes what was filled in, by ID, and lists each refused value with its cell and reason', async () => {
    const c = compile(plan, assignments, [await asReturn('noi-vu.xlsx', await filled())]);
    expect(c.submissions).toEqual([{ file: 'noi-vu.xlsx', agency: 'Sở Nội vụ', status: 'accepted', reason: null }]);
    const v = (id: string, field: string) => c.values.find((x) => x.id === id && x.field === field)?.value;
    expect(v('TASK:A.1', 'status')).toBe('Đã hoàn thành');
    expect(v('TASK:A.1', 'completedOn')).toBe('2025-07-20');
    expect(v('TASK:A.1', 'evidence')).toBe('https://example.vn/hoi-nghi');
    expect(v('TASK:A.4', 'result')).toBe('=HYPERLINK("http://x","y")');
    expect(v('PAR:5.4', 'selfAssessment')).toBe(1.25);
    expect(c.values.find((x) => x.id === 'PAR:5.4' && x.field === 'selfAssessment')?.cell).toMatch(/^Tiêu chí!H\d+$/);
    expect(c.rejected.map((r) => r.reason).sort()).toEqual(['out-of-range', 'status-not-in-list']);
    expect(c.rejected.find((r) => r.reason === 'out-of-range')?.cell).toMatch(/^Tiêu chí!H\d+$/);
    expect(c.missing).toContain('Phường Hoàn Kiếm');
    expect(c.missing).not.toContain('Sở Nội vụ');
  });

  it('matches rows by ID after the agency sorts and inserts rows, and lists what it put elsewhere', async () => {
    const bytes = await filled((wb) => {
      const tasks = wb.getWorksheet('Nhiệm vụ')!;
      tasks.spliceRows(7, 0, [null, 'Chủ trì', 'thêm', 'Một nhiệm vụ tự thêm', '', '', 'Đã hoàn thành']);
      wb.addWorksheet('Ghi chú riêng').getCell('B2').value = 'ghi chú của đơn vị';
    });
    const c = compile(plan, assignments, [await asReturn('noi-vu.xlsx', bytes)]);
    expect(c.values.find((x) => x.id === 'TASK:A.1' && x.field === 'status')?.value).toBe('Đã hoàn thành');
    expect(c.rejected.map((r) => `${r.reason}@${r.cell}`)).toEqual(expect.arrayContaining(['row-without-id@Nhiệm vụ!G7', 'extra-sheet@Ghi chú riêng!B2']));
  });

  it('reports locked cells that were edited, naming the cell, and keeps the plan\'s own text', async () => {
    const bytes = await filled((wb) => {
      rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.1').getCell(4).value = 'Nhiệm vụ đã sửa';
      rowOf(wb.getWorksheet('Tiêu chí')!, 'PAR:5.4').getCell(5).value = 3;
    });
    const c = compile(plan, assignments, [await asReturn('noi-vu.xlsx', bytes)]);
    const locked = c.rejected.filter((r) => r.reason === 'locked-cell-edited');
    expect(locked.map((r) => r.cell?.replace(/\d+$/, ''))).toEqual(['Nhiệm vụ!D', 'Tiêu chí!E']);
    expect(locked[1]).toMatchObject({ reason: 'locked-cell-edited', original: '1.5' });
  });

  it('keeps the later of two returns from the same agency and marks the earlier superseded', async () => {
    const early = await asReturn('noi-vu-v1.xlsx', await filled(), 1);
    const late = await asReturn('noi-vu-v2.xlsx', await filled((wb) => (rowOf(wb.getWorksheet('Tiêu chí')!, 'PAR:5.4').getCell(8).value = 1.4)), 2);
    const c = compile(plan, assignments, [late, early]);
    expect(c.submissions.map((s) => [s.file, s.status])).toEqual([
      ['noi-vu-v1.xlsx', 'superseded'],
      ['noi-vu-v2.xlsx', 'accepted'],
    ]);
    expect(c.values.find((x) => x.id === 'PAR:5.4' && x.field === 'selfAssessment')?.value).toBe(1.4);
    // Only the score the later file changed (1.25 -> 1.4) is listed from the earlier one; what it repeats is not.
    const superseded = c.rejected.filter((r) => r.reason === 'superseded');
    expect(superseded).toHaveLength(1);
    expect(superseded[0]).toMatchObject({ file: 'noi-vu-v1.xlsx', sheet: 'Tiêu chí' });
  });

  it('lists a superseded file\'s value only where the newer file changed it or left it empty', async () => {
    const early = await asReturn('noi-vu-v1.xlsx', await filled((wb) => (rowOf(wb.getWorksheet('Tiêu chí')!, 'PAR:5.4').getCell(8).value = 1.2)), 1);
    const late = await asReturn('noi-vu-v2.xlsx', await filled((wb) => (rowOf(wb.getWorksheet('Tiêu chí')!, 'PAR:5.4').getCell(8).value = null)), 2);
    const c = compile(plan, assignments, [early, late]);
    const superseded = c.rejected.filter((r) => r.reason === 'superseded');
    // Every other value of the earlier file is the same in the later one: only the score it dropped is listed.
    expect(superseded).toHaveLength(1);
    expect(superseded[0]).toMatchObject({ file: 'noi-vu-v1.xlsx', sheet: 'Tiêu chí' });
    expect(c.values.some((x) => x.id === 'PAR:5.4' && x.field === 'selfAssessment')).toBe(false);
  });

  it('says what became of each file apart from the values, in the pane and the command line alike', async () => {
    const c = compile(plan, assignments, [
      await asReturn('noi-vu-v1.xlsx', await filled(), 1),
      await asReturn('noi-vu-v2.xlsx', await filled(), 2),
      await asReturn('hong.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2])),
    ]);
    const counts = compileCounts(c);
    // The file that could not be read is a file refused, not one more value refused.
    expect(counts).toEqual({ files: 3, accepted: 1, blank: 0, superseded: 1, refusedFiles: 1, values: c.values.length, refusedValues: 2, missing: c.missing.length });
    expect(vi.ui.agencies.compiled(counts)).toBe(
      `Đã đọc 3 tệp: 1 đơn vị được nhận, 1 tệp không dùng vì đã có tệp khác của cùng đơn vị, 1 tệp bị từ chối; ${c.values.length} giá trị được tổng hợp, 2 giá trị bị loại; ${c.missing.length} đơn vị chưa nộp.`,
    );
    // A template sent back as it came is taken, and said to hold nothing.
    const blank = await writeWorkbook(agencyWorkbook(plan, assignments.find((a) => a.recipient.key !== noiVu.recipient.key && a.leads.length > 0)!, options));
    const withBlank = compileCounts(compile(plan, assignments, [await asReturn('noi-vu.xlsx', await filled()), await asReturn('trong.xlsx', blank)]));
    expect(withBlank).toMatchObject({ accepted: 2, blank: 1 });
    expect(vi.ui.agencies.compiled(withBlank)).toMatch(/^Đã đọc 2 tệp: 2 đơn vị được nhận \(1 trong số đó gửi sổ chưa điền gì\); /);
    expect(vi.compiled({ ...counts, superseded: 0, refusedFiles: 0 })).toBe(`Đã đọc 3 tệp: 1 đơn vị được nhận; ${c.values.length} giá trị được tổng hợp, 2 giá trị bị loại (xem trang Tình hình nộp); ${c.missing.length} đơn vị chưa nộp.`);
  });

  it('gives the same record whatever order the files come in', async () => {
    const files = [await asReturn('a.xlsx', await filled(), 1), await asReturn('b.xlsx', new Uint8Array([0x50, 0x4b, 3, 4]), 1), await asReturn('c.xlsx', await filled((wb) => (rowOf(wb.getWorksheet('Tiêu chí')!, 'PAR:5.4').getCell(8).value = 1.4)), 2)];
    expect(compile(plan, assignments, [...files].reverse())).toEqual(compile(plan, assignments, files));
  });

  it('refuses a workbook from another plan, a workbook that is not an agency return, and an unreadable file', async () => {
    const other = await filled((wb) => {
      const meta = wb.getWorksheet('_meta')!;
      meta.eachRow((row) => row.getCell(1).value === 'plan' && (row.getCell(2).value = '999/KH-UBND'));
    });
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'xin chào';
    const c = compile(plan, assignments, [
      await asReturn('a-other.xlsx', other),
      await asReturn('b-plain.xlsx', new Uint8Array((await plain.xlsx.writeBuffer()) as ArrayBuffer)),
      await asReturn('c-broken.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2])),
    ]);
    expect(c.submissions).toEqual([
      { file: 'a-other.xlsx', agency: null, status: 'rejected', reason: 'other-plan', plan: '999/KH-UBND' },
      { file: 'b-plain.xlsx', agency: null, status: 'rejected', reason: 'not-an-agency-workbook' },
      { file: 'c-broken.xlsx', agency: null, status: 'rejected', reason: 'truncated' },
    ]);
    expect(c.values).toEqual([]);
  });
});

describeWithLibreOffice('a return re-saved by LibreOffice', () => {
  jest.setTimeout(120_000);
  it('compiles to the same values', async () => {
    const file = join(dir, 'noi-vu.xlsx');
    writeFileSync(file, await filled());
    const resaved = await convert(file, 'xlsx', join(dir, 'lo'));
    const direct = compile(plan, assignments, [await asReturn('noi-vu.xlsx', new Uint8Array(readFileSync(file)))]);
    const viaLo = compile(plan, assignments, [await asReturn('noi-vu.xlsx', new Uint8Array(readFileSync(resaved)))]);
    // A parent's self-assessment is its children's live sum: LibreOffice computes it, exceljs
    // leaves it as written (blank). What the agency typed, in the leaves, must be the same.
    const parents = new Set(plan.criteria.map((c) => `${c.index}:${c.parent}`));
    const strip = (c: typeof direct) => c.values.filter((v) => !parents.has(v.id)).map((v) => [v.id, v.field, v.value, v.cell]);
    expect(strip(viaLo)).toEqual(strip(direct));
    expect(viaLo.rejected.map((r) => r.reason).sort()).toEqual(direct.rejected.map((r) => r.reason).sort());
  });
});
