import { OfficeMockObject } from 'office-addin-mock';
import { createExcelHost } from '../../src/excel/excel-host';

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the manifest
// package pulls ESM-only dependencies jest (CommonJS here) cannot load.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

/**
 * readSelection against office-addin-mock (v4), which checks only load/sync ordering: a property
 * read before its load reads 'Error, property was not loaded', before the sync 'Error,
 * context.sync() was not called'. Getting the right values back proves the order is right.
 */

function mockExcel(): { excel: OfficeMockObject; calls: string[] } {
  const calls: string[] = [];
  const data = {
    context: {
      workbook: {
        range: {
          rowIndex: 0,
          columnIndex: 0,
          rowCount: 1048576,
          columnCount: 2,
          worksheet: {
            used: { rowIndex: 1, columnIndex: 0, rowCount: 2, columnCount: 3 },
            chunk: { values: [['STT', 'Nhiệm vụ'], ['1.', '=HYPERLINK("http://evil","x")']] },
            getUsedRangeOrNullObject(this: { used: object }, valuesOnly: boolean) {
              calls.push(`used(${valuesOnly})`);
              // Office.js gives isNullObject after the sync without a load; the mock needs it set.
              Object.defineProperty(this.used, 'isNullObject', { value: false, configurable: true });
              return this.used;
            },
            getRangeByIndexes(this: { chunk: object }, row: number, col: number, rows: number, cols: number) {
              calls.push(`byIndexes(${row},${col},${rows},${cols})`);
              return this.chunk;
            },
          },
        },
        getSelectedRange(this: { range: object }) {
          calls.push('getSelectedRange');
          return this.range;
        },
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  return { excel: new OfficeMockObject(data), calls };
}

const office = { context: { requirements: { isSetSupported: () => true } } };

describe('readSelection (office-addin-mock)', () => {
  it('loads, syncs, then reads only the used part of a whole-column selection, keeping its shape', async () => {
    const { excel, calls } = mockExcel();
    const host = createExcelHost({ Excel: excel as unknown as typeof Excel, Office: office as unknown as typeof Office });
    const values = await host.readSelection();
    expect(calls).toEqual(['getSelectedRange', 'used(true)', 'byIndexes(1,0,2,2)']);
    expect(values).toEqual([
      ['', ''],
      ['STT', 'Nhiệm vụ'],
      ['1.', '=HYPERLINK("http://evil","x")'],
    ]);
  });

  it('would catch a read before the sync (the mock is not lenient)', () => {
    const { excel } = mockExcel();
    const range = (excel as unknown as { context: { workbook: { range: OfficeMockObject & { rowCount: unknown } } } }).context.workbook.range;
    range.load('rowCount');
    expect(String(range.rowCount)).toMatch(/sync/);
  });
});
