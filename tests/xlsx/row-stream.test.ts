import { strFromU8, unzipSync } from 'fflate';
import { compile } from '../../src/agency-workbook/read';
import { masterWorkbook } from '../../src/master-workbook/write';
import { withAllRows, type RowSpec, type SheetSpec, type WorkbookSpec } from '../../src/workbook-kit/spec';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { writeLeanBytes } from '../../src/xlsx/write-lean';
import { writeExceljsStreaming, writeWorkbookStreaming } from '../../src/xlsx/write-stream';
import { seedPlan, seedRecipients } from '../support/seed';

/**
 * A sheet's rows may be made as it is written (a RowStream: a city master's hundred thousand
 * task × unit rows, never all in memory, issue #11). Every writer writes such a sheet exactly as
 * the same sheet with its rows in hand — values, heights, links, outline, AutoFilter, print area.
 */

jest.setTimeout(120_000);

const made: RowSpec[] = Array.from({ length: 300 }, (_, i) => ({
  cells: [{ value: `dòng ${i}` }, i % 7 === 0 ? null : { value: i * 1.5 }, i % 5 === 0 ? { value: 'https://snv.gov.vn', hyperlink: 'https://snv.gov.vn' } : { value: i % 3 === 0 ? 'lặp lại' : `riêng ${i}` }],
  ...(i % 11 === 0 ? { height: 30 } : {}),
  ...(i % 13 === 0 ? { outlineLevel: 1 } : {}),
}));
const head: RowSpec[] = [{ cells: [{ value: 'TIÊU ĐỀ' }] }, { cells: [{ value: 'A' }, { value: 'B' }, { value: 'C' }], height: 48 }];

function sheetOf(rows: RowSpec[], more?: SheetSpec['more']): SheetSpec {
  return { name: 'Dòng', state: 'visible', columns: [{ width: 20 }, { width: 10 }, { width: 30 }], rows, ...(more ? { more } : {}), merges: ['A1:C1'], freeze: { rows: 2, cols: 0 }, conditionalFormats: [], validations: [], protect: false, print: null, outlineSummaryAbove: true, autoFilter: 'A2:C302' };
}
const book = (s: SheetSpec): WorkbookSpec => ({ styles: {}, sheets: [s], font: { name: 'Times New Roman', size: 11 }, password: null });

const streamed = book(sheetOf(head, { count: made.length, row: (i) => made[i]! }));
const inHand = book(sheetOf([...head, ...made]));

const parts = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

describe('a sheet whose rows are made as it is written', () => {
  it('is written by the lean writer byte for byte as with its rows in hand', () => {
    expect(parts(writeLeanBytes(streamed))).toEqual(parts(writeLeanBytes(inHand)));
  });

  it.each([
    ['the master writer', writeWorkbookStreaming],
    ["exceljs's streaming writer", writeExceljsStreaming],
    ["exceljs's in-memory writer", writeWorkbook],
  ])('reads back through %s as with its rows in hand', async (_, write) => {
    const [a, b] = await Promise.all([readWorkbook(await write(streamed)), readWorkbook(await write(inHand))]);
    expect(a).toEqual(b);
    expect(a.ok && a.workbook.sheets[0]!.rows.length).toBe(302);
  });

  it('is how the master holds its task × unit rows: only the titles and header in hand, every pair made when written', () => {
    const plan = seedPlan();
    const master = masterWorkbook(plan, compile(plan, seedRecipients(plan), []), [], '2025-12-31', (r) => r.reason);
    const pairs = master.sheets.find((s) => s.name === 'Tổng hợp nhiệm vụ')!;
    expect(pairs.rows.length).toBe(4);
    expect(pairs.more!.count).toBeGreaterThan(1000);
    // The same row each time it is asked for.
    expect(pairs.more!.row(17)).toEqual(pairs.more!.row(17));
    expect(withAllRows(master).sheets.find((s) => s.name === 'Tổng hợp nhiệm vụ')!.rows.length).toBe(4 + pairs.more!.count);
  });
});
