import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Compiled } from '../../src/agencies/compile';
import { compile } from '../../src/agency-workbook/read';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { masterWorkbook } from '../../src/master-workbook/write';
import { vi } from '../../src/strings/vi';
import { asReturn, readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { AGENCY_OPTIONS, rowOf, seedPlan, seedRecipients } from '../support/seed';

/**
 * Issue #5 §4: every way a return can go wrong is answered in Vietnamese, naming the file, the
 * sheet and the cell, and saying what to do; nothing that can be read is lost. (Returns sorted,
 * with extra sheets, edited locked cells, the same agency twice and a LibreOffice re-save are in
 * compile.test.ts.)
 */

const plan = seedPlan();
const assignments = seedRecipients(plan);
const noiVu = assignments.find((a) => a.recipient.key === 'AGENCY:Sở Nội vụ')!;

async function template(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeWorkbook(agencyWorkbook(plan, noiVu, AGENCY_OPTIONS))) as unknown as ArrayBuffer);
  return wb;
}

/** Sở Nội vụ's return with a status on A.1 and a score on PAR 5.4, then whatever `edit` does. */
async function returned(edit: (wb: ExcelJS.Workbook) => void = () => {}): Promise<Uint8Array> {
  const wb = await template();
  rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.1').getCell(7).value = 'Đã hoàn thành';
  rowOf(wb.getWorksheet('Tiêu chí')!, 'PAR:5.4').getCell(8).value = 1.25;
  edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The files as `chiso compile` and the pane take them: through the guard and the reader. */
async function compileFiles(...files: [string, Uint8Array][]): Promise<Compiled> {
  const returns = [];
  for (const [name, bytes] of files) returns.push(asReturn(name, 1, await readWorkbook(bytes)));
  return compile(plan, assignments, returns);
}

const value = (c: Compiled, id: string, field: string) => c.values.find((v) => v.id === id && v.field === field)?.value;

/** Every refusal as the user reads it. */
function said(c: Compiled): string[] {
  return c.rejected.map((r) => vi.rejection(r));
}

/** A message a user can act on: the place, then an instruction. */
const actionable = /(Hãy|hãy|Sửa|Không sửa|không được tổng hợp|vẫn được)/;

/** Edits one part of an .xlsx as text. */
function withPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(edit(strFromU8(files[part]!)));
  return zipSync(files);
}

/** The zip part holding a sheet, found through the workbook's relationships. */
function partOf(bytes: Uint8Array, sheet: string): string {
  const files = unzipSync(bytes);
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(strFromU8(files['xl/workbook.xml']!))![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(strFromU8(files['xl/_rels/workbook.xml.rels']!))?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(strFromU8(files['xl/_rels/workbook.xml.rels']!))![1]!;
  return target.replace(/^\/?(xl\/)?/, 'xl/');
}

describe('a file that is not a workbook chiso can read', () => {
  it.each([
    ['a PDF renamed .xlsx', () => new TextEncoder().encode('%PDF-1.7\n1 0 obj\n'), 'pdf', /là tệp PDF .*xin lại sổ tính \.xlsx/],
    ['an empty file', () => new Uint8Array(0), 'empty', /trống .*lấy lại tệp/],
    ['a CSV export', () => new TextEncoder().encode('ID,Tình trạng\nTASK:A.1,Đã hoàn thành\n'), 'not-zip', /không phải sổ tính Excel .*lưu lại dạng \.xlsx/],
    ['an old .xls workbook', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]), 'old-format', /định dạng Excel cũ \(\.xls\)/],
    ['a zip that is not a workbook', () => zipSync({ 'mimetype': strToU8('application/vnd.oasis.opendocument.spreadsheet') }), 'not-xlsx', /không phải sổ tính Excel/],
    ['the agency’s return sent zipped', () => zipSync({ 'bao-cao/so-noi-vu.xlsx': new Uint8Array(64) }), 'not-xlsx', /tệp nén \(\.zip\).*giải nén rồi dùng các tệp bên trong/],
  ])('%s is refused, saying so', async (_case, bytes, reason, message) => {
    const c = await compileFiles(['bao-cao-noi-vu.xlsx', bytes()]);
    expect(c.submissions).toEqual([{ file: 'bao-cao-noi-vu.xlsx', agency: null, status: 'rejected', reason }]);
    expect(said(c)).toEqual([expect.stringMatching(/^Tệp bao-cao-noi-vu\.xlsx /)]);
    expect(said(c)[0]).toMatch(message);
    expect(said(c)[0]).toMatch(actionable);
    expect(c.missing).toContain('Sở Nội vụ');
  });

  it('answers a truncated download and a damaged part, and keeps the other files', async () => {
    const good = await returned();
    const truncated = good.slice(0, Math.floor(good.length / 2));
    const files = unzipSync(good);
    // A part the reader needs (the reader inflates only those), put first in the zip.
    const damaged = zipSync({ 'xl/worksheets/sheet1.xml': files['xl/worksheets/sheet1.xml']!, ...files }, { level: 6 });
    // Flip bytes inside the first deflated part's data, past its 30-byte local header and name.
    const nameLength = damaged[26]! | (damaged[27]! << 8);
    for (let i = 30 + nameLength + 4; i < 30 + nameLength + 12; i++) damaged[i] = damaged[i]! ^ 0xff;
    const c = await compileFiles(['a-cut.xlsx', truncated], ['b-damaged.xlsx', damaged], ['c-good.xlsx', good]);
    expect(c.submissions.map((s) => [s.file, s.status, s.reason])).toEqual([
      ['a-cut.xlsx', 'rejected', 'truncated'],
      ['b-damaged.xlsx', 'rejected', 'corrupt'],
      ['c-good.xlsx', 'accepted', null],
    ]);
    expect(said(c).slice(0, 2)).toEqual([expect.stringMatching(/^Tệp a-cut\.xlsx bị cắt cụt.*Hãy/), expect.stringMatching(/^Tệp b-damaged\.xlsx bị hỏng.*Hãy/)]);
    expect(value(c, 'PAR:5.4', 'selfAssessment')).toBe(1.25);
  });

  it('refuses a zip bomb by its declared size, without inflating it', async () => {
    const files = unzipSync(await returned());
    files['xl/media/image1.png'] = new Uint8Array(60 * 1024 * 1024);
    const bomb = zipSync(files, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const c = await compileFiles(['bom.xlsx', bomb]);
    expect(c.submissions[0]).toMatchObject({ status: 'rejected', reason: 'too-large' });
    expect(said(c)[0]).toMatch(/^Tệp bom\.xlsx .*quá lớn/);
  }, 30_000);
});

describe('a return that reads, with something wrong inside', () => {
  it('reads a whole-sheet merge and validation without expanding them, and still takes every value', async () => {
    const bytes = await returned();
    const part = partOf(bytes, 'Tiêu chí');
    const huge = withPart(bytes, part, (xml) => {
      const merged = xml.includes('<mergeCells') ? xml.replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="M1:XFD1048576"/>`) : xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="M1:XFD1048576"/></mergeCells>');
      return merged.replace(/sqref="[^"]+"/, 'sqref="A1:XFD1048576"');
    });
    const c = await compileFiles(['noi-vu.xlsx', huge]);
    expect(c.submissions[0]).toMatchObject({ status: 'accepted' });
    expect(value(c, 'PAR:5.4', 'selfAssessment')).toBe(1.25);
    expect(value(c, 'TASK:A.1', 'status')).toBe('Đã hoàn thành');
    // Nothing was typed under the merge, so nothing is said about it.
    expect(c.rejected.filter((r) => r.file === 'noi-vu.xlsx' && (r.reason === 'range-clamped' || r.reason === 'hidden-by-merge'))).toEqual([]);
  });

  it('says which typed value a merge covers, at its cell, rather than drop it silently', async () => {
    const bytes = await returned();
    const part = partOf(bytes, 'Tiêu chí');
    const covered = withPart(bytes, part, (xml) => {
      const typed = xml.replace('</sheetData>', '<row r="900"><c r="B900" t="inlineStr"><is><t>ghi chú</t></is></c></row></sheetData>');
      return typed.includes('<mergeCells') ? typed.replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="A900:C900"/>`) : typed.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A900:C900"/></mergeCells>');
    });
    const c = await compileFiles(['noi-vu.xlsx', covered]);
    expect(c.submissions[0]).toMatchObject({ status: 'accepted' });
    const hidden = c.rejected.filter((r) => r.reason === 'hidden-by-merge');
    expect(hidden.map((r) => [r.sheet, r.cell])).toEqual([['Tiêu chí', 'Tiêu chí!B900']]);
    expect(vi.rejection(hidden[0]!)).toMatch(/vùng ô gộp/);
  });

  it('refuses a workbook made for an agency that is not among the recipients', async () => {
    const bytes = await returned((wb) => {
      wb.getWorksheet('_meta')!.eachRow((row) => row.getCell(1).value === 'recipient' && (row.getCell(2).value = 'AGENCY:Sở Không Có'));
    });
    const c = await compileFiles(['la.xlsx', bytes]);
    expect(c.submissions[0]).toMatchObject({ status: 'rejected', reason: 'unknown-agency', recipient: 'AGENCY:Sở Không Có' });
    expect(said(c)[0]).toMatch(/^Tệp la\.xlsx: Sổ tính ghi đơn vị “AGENCY:Sở Không Có”.*Hãy dùng đúng tệp/);
  });

  it('matches rows by ID when rows are sorted, hidden or deleted, and names each deleted row', async () => {
    const bytes = await returned((wb) => {
      const crit = wb.getWorksheet('Tiêu chí')!;
      rowOf(crit, 'PAR:5.4').hidden = true;
      // Sorted: the data rows' values in reverse order, as Excel's sort leaves them.
      const header = rowOf(crit, 'ID').number;
      const rows = [];
      for (let r = header + 1; r <= crit.rowCount; r++) rows.push(crit.getRow(r).values as ExcelJS.CellValue[]);
      rows.reverse().forEach((values, i) => (crit.getRow(header + 1 + i).values = values));
      const tasks = wb.getWorksheet('Nhiệm vụ')!;
      tasks.spliceRows(rowOf(tasks, 'TASK:A.4').number, 1);
    });
    const c = await compileFiles(['noi-vu.xlsx', bytes]);
    expect(value(c, 'PAR:5.4', 'selfAssessment')).toBe(1.25);
    expect(value(c, 'TASK:A.1', 'status')).toBe('Đã hoàn thành');
    const missing = c.rejected.filter((r) => r.reason === 'row-missing');
    expect(missing).toEqual([{ file: 'noi-vu.xlsx', sheet: 'Nhiệm vụ', cell: null, reason: 'row-missing', id: 'TASK:A.4' }]);
    expect(vi.rejection(missing[0]!)).toBe('Tệp noi-vu.xlsx, trang “Nhiệm vụ”: Dòng TASK:A.4 đã bị xóa khỏi sổ tính nên không có báo cáo cho dòng này. Hãy điền lại vào tệp gốc (không xóa dòng) và gửi lại.');
  });

  it('lists what was typed beside the table, above it, or in a row the agency added, and every edited locked cell', async () => {
    const bytes = await returned((wb) => {
      const tasks = wb.getWorksheet('Nhiệm vụ')!;
      const a1 = rowOf(tasks, 'TASK:A.1');
      a1.getCell(13).value = 'ghi chú bên lề';
      // Typed into the title block, beside the legend (row 3 is not merged: the text stays in its own cell).
      tasks.getCell('F3').value = 'ghi chú trên bảng';
      tasks.getRow(tasks.rowCount + 1).getCell(4).value = 'Nhiệm vụ đơn vị tự đặt thêm';
      const crit = rowOf(wb.getWorksheet('Tiêu chí')!, 'PAR:5.4');
      crit.getCell(6).value = 9; // last year's result, locked
      a1.getCell(2).value = 'Phối hợp'; // the role, locked
    });
    const c = await compileFiles(['noi-vu.xlsx', bytes]);
    const byReason = (reason: string) => c.rejected.filter((r) => r.reason === reason).map((r) => r.cell?.replace(/\d+$/, '#'));
    expect(byReason('outside-table')).toEqual(['Nhiệm vụ!F#', 'Nhiệm vụ!M#']);
    expect(byReason('row-without-id')).toEqual(['Nhiệm vụ!D#']);
    expect(byReason('locked-cell-edited')).toEqual(['Nhiệm vụ!B#', 'Tiêu chí!F#']);
    expect(c.rejected.find((r) => r.cell?.startsWith('Tiêu chí!F'))).toMatchObject({ reason: 'locked-cell-edited', original: String(plan.criteria.find((x) => x.id === 'PAR:5.4')!.result) });
    expect(vi.rejection(c.rejected.find((r) => r.reason === 'outside-table')!)).toMatch(/^Tệp noi-vu\.xlsx, trang “Nhiệm vụ”, ô F3: Nằm ngoài bảng của mẫu.*Hãy ghi/);
    expect(value(c, 'TASK:A.1', 'status')).toBe('Đã hoàn thành');
  });

  it('finds the table when rows were put above its header, and lists what was typed in them', async () => {
    const bytes = await returned((wb) => {
      const tasks = wb.getWorksheet('Nhiệm vụ')!;
      // Two header words and a note above the header: too few headers for a table, so typed text.
      tasks.spliceRows(4, 0, [null, 'Ghi chú của đơn vị', null, 'TT', 'Tình trạng'], []);
      // A second Tình trạng column to the right of the template's: the template's (leftmost) is read.
      tasks.getCell('M6').value = 'Tình trạng';
      rowOf(tasks, 'TASK:A.1').getCell(13).value = 'Đang thực hiện';
      wb.getWorksheet('Tiêu chí')!.spliceRows(4, 0, [], [], []);
    });
    const c = await compileFiles(['noi-vu.xlsx', bytes]);
    expect(value(c, 'TASK:A.1', 'status')).toBe('Đã hoàn thành');
    expect(value(c, 'PAR:5.4', 'selfAssessment')).toBe(1.25);
    const a1 = rowOf((await template()).getWorksheet('Nhiệm vụ')!, 'TASK:A.1').number + 2;
    expect(c.rejected.map((r) => [r.reason, r.cell])).toEqual([
      ['outside-table', 'Nhiệm vụ!B4'],
      ['outside-table', 'Nhiệm vụ!D4'],
      ['outside-table', 'Nhiệm vụ!E4'],
      ['outside-table', 'Nhiệm vụ!M6'],
      ['outside-table', `Nhiệm vụ!M${a1}`],
    ]);
  });

  it('refuses values of the wrong type, naming each cell, and takes the rest of the row', async () => {
    const bytes = await returned((wb) => {
      const a1 = rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.1');
      a1.getCell(8).value = 'tháng 7';
      a1.getCell(9).value = 'Đã tổ chức hội nghị';
      const crit = rowOf(wb.getWorksheet('Tiêu chí')!, 'PAR:1.1');
      crit.getCell(8).value = 'khoảng 1 điểm';
      crit.getCell(9).value = 'Đang rà soát';
      rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.4').getCell(7).value = 3;
    });
    const c = await compileFiles(['noi-vu.xlsx', bytes]);
    const at = (reason: string) => c.rejected.find((r) => r.reason === reason)!;
    expect(vi.rejection(at('not-a-date'))).toMatch(/^Tệp noi-vu\.xlsx, trang “Nhiệm vụ”, ô H\d+: Không phải ngày; hãy ghi dạng dd\/mm\/yyyy/);
    expect(vi.rejection(at('not-a-number'))).toMatch(/^Tệp noi-vu\.xlsx, trang “Tiêu chí”, ô H\d+: Không phải số; hãy ghi điểm bằng số/);
    expect(vi.rejection(at('status-not-in-list'))).toMatch(/^Tệp noi-vu\.xlsx, trang “Nhiệm vụ”, ô G\d+: Tình trạng “3” không nằm trong danh sách/);
    expect(value(c, 'TASK:A.1', 'result')).toBe('Đã tổ chức hội nghị');
    expect(value(c, 'PAR:1.1', 'explanation')).toBe('Đang rà soát');
  });

  it('refuses a completion date after the file was saved (2052 for 2025), and still takes the status beside it', async () => {
    const bytes = await returned((wb) => {
      rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.1').getCell(8).value = '15/12/2052';
      rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.2').getCell(7).value = 'Đã hoàn thành';
      // The day after the file's day is still taken: in Hà Nội, 06:00 on the 3rd is the 2nd in UTC.
      rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.2').getCell(8).value = '03/12/2025';
    });
    const savedAt = Date.UTC(2025, 11, 2, 9, 30);
    const c = compile(plan, assignments, [asReturn('noi-vu.xlsx', savedAt, await readWorkbook(bytes))]);
    const late = c.rejected.filter((r) => r.reason === 'date-after-saved');
    expect(late.map((r) => vi.rejection(r))).toEqual([expect.stringMatching(/^Tệp noi-vu\.xlsx, trang “Nhiệm vụ”, ô H\d+: Ngày hoàn thành 15\/12\/2052 sau ngày tệp được lưu \(02\/12\/2025\)/)]);
    expect(value(c, 'TASK:A.1', 'status')).toBe('Đã hoàn thành');
    expect(value(c, 'TASK:A.1', 'completedOn')).toBeUndefined();
    expect(value(c, 'TASK:A.2', 'completedOn')).toBe('2025-12-03');
    // A file whose time is not known (0) has no day to judge by: the date is taken.
    const unknown = compile(plan, assignments, [asReturn('noi-vu.xlsx', 0, await readWorkbook(bytes))]);
    expect(value(unknown, 'TASK:A.1', 'completedOn')).toBe('2052-12-15');
  });

  it('keeps text that begins with =, +, - or @ as text, and takes a formula only as its value', async () => {
    const bytes = await returned((wb) => {
      const a1 = rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.1');
      a1.getCell(9).value = '=HYPERLINK("http://x.vn","bấm")';
      a1.getCell(10).value = '@hanoi.gov.vn/tai-lieu';
      a1.getCell(11).value = '+84 24 3825 0000 - gọi trước 17h';
      rowOf(wb.getWorksheet('Tiêu chí')!, 'PAR:5.4').getCell(9).value = '-0,25 điểm do chậm nộp';
      rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.4').getCell(9).value = { formula: '2+3', result: 5 };
    });
    const c = await compileFiles(['noi-vu.xlsx', bytes]);
    expect(value(c, 'TASK:A.1', 'result')).toBe('=HYPERLINK("http://x.vn","bấm")');
    expect(value(c, 'TASK:A.1', 'evidence')).toBe('@hanoi.gov.vn/tai-lieu');
    expect(value(c, 'TASK:A.1', 'issues')).toBe('+84 24 3825 0000 - gọi trước 17h');
    expect(value(c, 'PAR:5.4', 'explanation')).toBe('-0,25 điểm do chậm nộp');
    expect(value(c, 'TASK:A.4', 'result')).toBe('5');
    // In the master they stay text: no cell of it holds a formula.
    const master = await readWorkbook(await writeWorkbook(masterWorkbook(plan, c, [], '2025-12-31', (r, f) => vi.refusal(r, f))));
    if (!master.ok) throw new Error('master unreadable');
    const tasks = master.workbook.sheets.find((s) => s.name === 'Tổng hợp nhiệm vụ')!;
    const cells = tasks.rows.flatMap((r) => r.cells);
    expect(cells.filter((x) => x.value === '=HYPERLINK("http://x.vn","bấm")' && x.formula === null)).toHaveLength(1);
    expect(master.workbook.sheets.flatMap((s) => s.rows.flatMap((r) => r.cells)).filter((x) => x.formula)).toEqual([]);
  });
});
