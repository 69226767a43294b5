import { strFromU8, unzipSync } from 'fflate';
import { cellAt, type ReadWorkbook } from '../../src/workbook-kit/read-model';
import type { CellSpec, PrintSetup, SheetSpec, WorkbookSpec } from '../../src/workbook-kit/spec';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { canWriteLean, leanGaps, writeLeanBytes } from '../../src/xlsx/write-lean';
import { writeExceljsStreaming, writeWorkbookStreaming } from '../../src/xlsx/write-stream';

/**
 * The lean master writer never drops what a spec asks for: number formats (dates), hyperlinks,
 * AutoFilters and A3 paper it writes itself, and each reads back through the streaming reader the
 * same as from exceljs's writers; anything it does not know sends the workbook to exceljs.
 */

const serial = (iso: string) => (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000;
const PRINT: PrintSetup = { orientation: 'landscape', fitToWidth: 1, titleRows: '1:1', printArea: 'A1:C4', header: '', footer: '&P', margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 } };

function sheet(over: Partial<SheetSpec>): SheetSpec {
  return { name: 'Tổng hợp', state: 'visible', columns: [{ width: 14 }, { width: 30 }, { width: 12 }], rows: [], merges: [], freeze: null, conditionalFormats: [], validations: [], protect: false, print: null, outlineSummaryAbove: false, ...over };
}
function book(...sheets: SheetSpec[]): WorkbookSpec {
  return { styles: { header: { bold: true }, date: { numFmt: 'dd/mm/yyyy' }, link: { color: '0563C1' } }, sheets, font: { name: 'Times New Roman', size: 12 }, password: null };
}
const text = (value: string, style?: string): CellSpec => ({ value, ...(style ? { style } : {}) });

const WRITERS: [string, (s: WorkbookSpec) => Promise<Uint8Array>][] = [
  ['the lean writer', async (s) => writeLeanBytes(s)],
  ['the master writer (lean or exceljs, as it chooses)', writeWorkbookStreaming],
  ["exceljs's streaming writer", writeExceljsStreaming],
  ["exceljs's in-memory writer", writeWorkbook],
];

async function readBack(bytes: Uint8Array): Promise<ReadWorkbook> {
  const r = await readWorkbook(bytes);
  if (!r.ok) throw new Error(`unreadable: ${JSON.stringify(r.problem)}`);
  return r.workbook;
}

const dates = book(
  sheet({
    rows: [
      { cells: [text('Đơn vị', 'header'), text('Ngày nhận', 'header')] },
      { cells: [text('Sở Nội vụ'), { value: serial('2025-12-31'), style: 'date' }] },
      { cells: [text('UBND phường Ba Đình'), { value: serial('2026-01-05'), style: 'date' }] },
    ],
  }),
);
const links = book(
  sheet({
    rows: [
      { cells: [text('Đơn vị', 'header'), text('Cổng thông tin', 'header')] },
      { cells: [text('Sở Nội vụ'), { value: 'sonoivu.hanoi.gov.vn', hyperlink: 'https://sonoivu.hanoi.gov.vn/', style: 'link' }] },
      { cells: [text('Bộ Nội vụ'), { value: 'moha.gov.vn', hyperlink: 'http://moha.gov.vn/tin-tuc?id=1&lang=vi', style: 'link' }] },
    ],
  }),
);
const filtered = book(
  sheet({ rows: [{ cells: [text('Đơn vị', 'header'), text('Tình trạng', 'header')] }, { cells: [text('Sở Nội vụ'), text('Đã nộp')] }, { cells: [text('Sở Tư pháp'), text('Chưa nộp')] }], autoFilter: 'A1:B3' }),
  sheet({ name: 'Nhật ký', rows: [{ cells: [text('Tệp', 'header')] }, { cells: [text('a.xlsx')] }], autoFilter: 'A1:A2' }),
);
const a3 = book(sheet({ rows: [{ cells: [text('Rộng')] }], print: { ...PRINT, paperSize: 'A3' } }), sheet({ name: 'Nhật ký', rows: [{ cells: [text('Hẹp')] }], print: PRINT }));

describe('the lean writer covers the master’s features itself', () => {
  it.each([
    ['dates', dates],
    ['hyperlinks', links],
    ['AutoFilters', filtered],
    ['A3 paper', a3],
  ])('%s: nothing it lacks', (_name, spec) => {
    expect(leanGaps(spec)).toEqual([]);
    expect(canWriteLean(spec)).toBe(true);
  });

  it.each(WRITERS)('%s: writes a manual page break after the row asked, across every column, where the schema puts it', async (_name, write) => {
    const spec = book(sheet({ rows: [{ cells: [text('Trang 1')] }, { cells: [text('Trang 1')] }, { cells: [text('Trang 2')] }], print: { ...PRINT, rowBreaks: [2] } }));
    expect(leanGaps(spec)).toEqual([]);
    const xml = strFromU8(unzipSync(await write(spec))['xl/worksheets/sheet1.xml']!);
    // After the header and footer (CT_Worksheet: headerFooter, rowBreaks, colBreaks, …).
    expect(xml).toMatch(/<\/headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="2" max="16383" man="1"\/><\/rowBreaks>/);
  });

  it('gives the first page its own header (Nghị định 30: no page number there) and keeps the footer', () => {
    const spec = book(sheet({ rows: [{ cells: [text('Trang')] }], print: { ...PRINT, header: '&C&P', firstPageHeader: '', footer: '&LKế hoạch 159' } }));
    const xml = strFromU8(unzipSync(writeLeanBytes(spec))['xl/worksheets/sheet1.xml']!);
    expect(xml).toMatch(/<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;P<\/oddHeader><oddFooter>&amp;LKế hoạch 159<\/oddFooter><firstFooter>&amp;LKế hoạch 159<\/firstFooter><\/headerFooter>/);
  });
});

describe.each(WRITERS)('%s', (_name, write) => {
  it('writes dates as date cells in dd/mm/yyyy, read back as dates', async () => {
    const wb = await readBack(await write(dates));
    const s = wb.sheets[0]!;
    expect(cellAt(s, 2, 2)).toMatchObject({ value: '2025-12-31', numFmt: 'dd/mm/yyyy' });
    expect(cellAt(s, 3, 2)).toMatchObject({ value: '2026-01-05', numFmt: 'dd/mm/yyyy' });
  });

  it('writes http(s) hyperlinks, their text as the value and their target kept', async () => {
    const s = (await readBack(await write(links))).sheets[0]!;
    expect(cellAt(s, 2, 2)).toMatchObject({ value: 'sonoivu.hanoi.gov.vn', hyperlink: 'https://sonoivu.hanoi.gov.vn/' });
    expect(cellAt(s, 3, 2)).toMatchObject({ value: 'moha.gov.vn', hyperlink: 'http://moha.gov.vn/tin-tuc?id=1&lang=vi' });
    expect(cellAt(s, 2, 1)?.hyperlink).toBeUndefined();
  });

  it('writes an AutoFilter on each table sheet', async () => {
    const wb = await readBack(await write(filtered));
    expect(wb.sheets.map((s) => [s.name, s.autoFilter])).toEqual([
      ['Tổng hợp', 'A1:B3'],
      ['Nhật ký', 'A1:A2'],
    ]);
  });

  it('prints a wide sheet on A3 and the others on A4', async () => {
    const bytes = await write(a3);
    const files = unzipSync(bytes);
    const paper = (n: number) => /paperSize="(\d+)"/.exec(strFromU8(files[`xl/worksheets/sheet${n}.xml`]!))?.[1];
    expect([paper(1), paper(2)]).toEqual(['8', '9']);
    expect((await readBack(bytes)).sheets.map((s) => cellAt(s, 1, 1)?.value)).toEqual(['Rộng', 'Hẹp']);
  });

});

describe('what the lean writer does not know goes to exceljs, never dropped', () => {
  it('names protection, validations and conditional formats, and refuses to write them itself', () => {
    const spec = book(sheet({ rows: [{ cells: [text('x')] }], protect: true, validations: [{ ref: 'A1', rule: { kind: 'list', values: ['a'], error: 'e' } }] }));
    expect(leanGaps(spec)).toEqual(['Tổng hợp: protection', 'Tổng hợp: validations']);
    expect(() => writeLeanBytes(spec)).toThrow(/exceljs writer is needed for Tổng hợp: protection/);
  });

  it('names a field added to the spec after it was written, at any level, and the master writer still keeps the values', async () => {
    const later = book(sheet({ rows: [{ cells: [{ value: 'ghi chú', comment: 'một ghi chú' } as CellSpec] }] }));
    (later.sheets[0] as SheetSpec & { dataBars?: string }).dataBars = 'B1:B9';
    expect(leanGaps(later)).toEqual(['sheet.dataBars', 'cell.comment']);
    expect(canWriteLean(later)).toBe(false);
    const wb = await readBack(await writeWorkbookStreaming(later));
    expect(cellAt(wb.sheets[0]!, 1, 1)?.value).toBe('ghi chú');
  });

  it('sends a Date object (a value of a kind the spec does not declare) to exceljs, which writes it as a date', async () => {
    const spec = book(sheet({ rows: [{ cells: [{ value: new Date(Date.UTC(2025, 11, 31)) as unknown as CellSpec['value'], style: 'date' }] }] }));
    expect(leanGaps(spec)).toEqual(['cell value of type object']);
    const wb = await readBack(await writeWorkbookStreaming(spec));
    expect(cellAt(wb.sheets[0]!, 1, 1)).toMatchObject({ value: '2025-12-31', numFmt: 'dd/mm/yyyy' });
  });
});
