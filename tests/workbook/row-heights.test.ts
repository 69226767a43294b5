import { fitRowHeights } from '../../src/workbook-kit/row-heights';
import type { SheetSpec, WorkbookSpec } from '../../src/workbook-kit/spec';
import { allStyles } from '../../src/workbook-kit/styles';

/** Readers do not auto-fit rows: a wrapped cell's row gets the lines its text takes in its column, indent included. */

const sheet = (rows: SheetSpec['rows']): SheetSpec => ({
  name: 'S',
  state: 'visible',
  columns: [{ width: 52 }],
  rows,
  merges: [],
  freeze: null,
  conditionalFormats: [],
  validations: [],
  protect: false,
  print: null,
  outlineSummaryAbove: true,
});
const heights = (rows: SheetSpec['rows']) => {
  const spec: WorkbookSpec = { styles: allStyles(), sheets: [sheet(rows)], font: { name: 'Times New Roman', size: 11 }, password: null };
  return fitRowHeights(spec).sheets[0]!.rows.map((r) => r.height);
};

describe('row heights', () => {
  // A criterion's name as PL2 prints it: one line flush left, two lines two steps in (PAR 6.1.2 printed over the next row).
  const name = 'Thực hiện quy định về việc sử dụng kinh phí nguồn từ NSNN';

  it('gives an indented name the lines it wraps to, where the same text flush left takes one', () => {
    const [flush, indented] = heights([{ cells: [{ value: name, style: 'text' }] }, { cells: [{ value: name, style: 'textIndent2' }] }]);
    expect(flush).toBeUndefined();
    expect(indented).toBeGreaterThanOrEqual(2 * 14);
  });

  it('keeps a height a row was given', () => {
    expect(heights([{ cells: [{ value: name, style: 'textIndent4' }], height: 16 }])).toEqual([16]);
  });
});
