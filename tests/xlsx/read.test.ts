import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readWorkbook, type ReadResult } from '../../src/xlsx/read';
import { gridOf } from '../support/grid';

/** A workbook as another writer leaves it, read back as plain values. */

function okRead(r: ReadResult): Extract<ReadResult, { ok: true }> {
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r;
}

let sheets: Extract<ReadResult, { ok: true }>['workbook']['sheets'];
const grid = (i: number) => gridOf(sheets[i]!);
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.getCell('A1').value = 'Gộp';
  ws.mergeCells('A1:C1');
  ws.getCell('A2').value = { richText: [{ text: 'Chữ ', font: { bold: true } }, { text: 'đậm' }] };
  ws.getCell('B2').value = { text: 'Cổng dịch vụ công', hyperlink: 'https://dichvucong.gov.vn' };
  ws.getCell('C2').value = new Date(Date.UTC(2025, 5, 30));
  ws.getCell('C2').numFmt = 'dd/mm/yyyy';
  ws.getCell('D2').value = { error: '#REF!' };
  ws.getCell('A3').value = 1;
  // exceljs's typings lack the shared-formula master its runtime writes.
  ws.getCell('B3').value = { formula: 'A3*2', shareType: 'shared', ref: 'B3:B4', result: 2 } as ExcelJS.CellFormulaValue;
  ws.getCell('A4').value = 3;
  ws.getCell('B4').value = { sharedFormula: 'B3', result: 6 };
  ws.getCell('C3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('C4').value = { formula: 'A3>5', result: false };
  ws.getRow(4).hidden = true;
  wb.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = true;
  wb.addWorksheet('Trống');
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  // A hidden row holding nothing, and an inline string, as other writers leave them.
  const files = unzipSync(bytes);
  files['xl/worksheets/sheet1.xml'] = strToU8(
    strFromU8(files['xl/worksheets/sheet1.xml']!).replace('</sheetData>', '<row r="6" hidden="1"/><row r="8"><c r="A8" t="inlineStr"><is><t>=1+1</t></is></c></row></sheetData>'),
  );
  sheets = okRead(await readWorkbook(zipSync(files))).workbook.sheets;
});

describe('readWorkbook', () => {
  it('keeps a merge’s value in its first cell only, as Excel does', () => {
    expect(grid(0)[0]).toEqual([{ value: 'Gộp', formula: null, numFmt: null }]);
  });

  it('reads rich text, hyperlinks, dates and errors as plain values', () => {
    expect(grid(0)[1]!.map((c) => c?.value)).toEqual(['Chữ đậm', 'Cổng dịch vụ công', '2025-06-30', '#REF!']);
    expect(grid(0)[1]![2]!.numFmt).toBe('dd/mm/yyyy');
  });

  it('reads formulas with their cached results, shared ones with their own text', () => {
    expect(grid(0)[2]).toEqual([
      { value: 1, formula: null, numFmt: null },
      { value: 2, formula: 'A3*2', numFmt: null },
      { value: '#DIV/0!', formula: '1/0', numFmt: null },
    ]);
    expect(grid(0)[3]!.slice(1)).toEqual([
      { value: 6, formula: 'A4*2', numFmt: null },
      { value: false, formula: 'A3>5', numFmt: null },
    ]);
  });

  it('reads text that looks like a formula as text', () => {
    expect(grid(0)[7]).toEqual([{ value: '=1+1', formula: null, numFmt: null }]);
  });

  it('tells rows in an outline group (collapsed, so hidden) from rows hidden by hand, on both of its paths', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    for (let i = 1; i <= 5; i++) ws.addRow([`r${i}`]);
    for (const n of [2, 3]) Object.assign(ws.getRow(n), { outlineLevel: 1, hidden: true });
    ws.getRow(5).hidden = true;
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { scanWorkbook } = await import('../../src/xlsx/scan-read');
    for (const path of ['auto', 'general'] as const) {
      const r = scanWorkbook(bytes, {}, undefined, undefined, path);
      if (!r.ok) throw new Error(path);
      expect([path, r.workbook.sheets[0]!.hiddenRows, r.workbook.sheets[0]!.outlinedRows]).toEqual([path, [2, 3, 5], [2, 3]]);
    }
  });

  it('lists hidden rows, empty ones too, and sheet states', () => {
    expect(sheets[0]!.hiddenRows).toEqual([4, 6]);
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ['Dữ liệu', 'visible'],
      ['Ẩn', 'hidden'],
      ['Trống', 'visible'],
    ]);
    expect(grid(1)).toEqual([[{ value: true, formula: null, numFmt: null }]]);
    expect(grid(2)).toEqual([]);
  });
});
