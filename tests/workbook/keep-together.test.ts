import { keepRowsTogether } from '../../src/workbook-kit/print';
import type { PrintSetup, SheetSpec } from '../../src/workbook-kit/spec';

/**
 * A small table printed on one page with its header: a run of rows the sheet asks to keep
 * together starts a new page when it would cross a page's end (A4 landscape here: 170 mm of
 * the page's 210 between the margins, 457 pt once the estimate's slack is kept; rows of 15 pt).
 */

const print = (more: Partial<PrintSetup>): PrintSetup => ({
  orientation: 'landscape',
  fitToWidth: 1,
  titleRows: '',
  printArea: 'A1:A60',
  header: '',
  footer: '',
  margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
  ...more,
});
const sheet = (rows: number, p: PrintSetup, height?: number): SheetSpec => ({
  name: 'S',
  state: 'visible',
  columns: [{ width: 100 }],
  rows: Array.from({ length: rows }, () => (height ? { cells: [{ value: 'x' }], height } : { cells: [{ value: 'x' }] })),
  merges: [],
  freeze: null,
  conditionalFormats: [],
  validations: [],
  protect: false,
  print: p,
  outlineSummaryAbove: true,
});
const breaks = (s: SheetSpec) => keepRowsTogether(s).print?.rowBreaks ?? [];

describe('keeping a run of rows on one page', () => {
  it('starts the run on a new page when it would cross the end of one', () => {
    // 24 rows (360 pt) above an eight-row table (120 pt): 480 pt do not fit on one page.
    expect(breaks(sheet(40, print({ keepTogether: [[25, 32]] })))).toEqual([24]);
  });

  it('leaves a run that fits where it is, and says nothing more to the writers', () => {
    const kept = keepRowsTogether(sheet(40, print({ keepTogether: [[5, 10]] })));
    expect(kept.print?.rowBreaks).toBeUndefined();
    expect(kept.print).not.toHaveProperty('keepTogether');
  });

  it('counts pages from the breaks a sheet already has', () => {
    // A break after row 20 starts a page: the table of rows 25–32 then sits in its first rows.
    expect(breaks(sheet(40, print({ keepTogether: [[25, 32]], rowBreaks: [20] })))).toEqual([20]);
    expect(breaks(sheet(60, print({ keepTogether: [[45, 52]], rowBreaks: [20] })))).toEqual([20, 44]);
  });

  it('lets a run taller than a page break where it must', () => {
    expect(breaks(sheet(60, print({ keepTogether: [[2, 60]] })))).toEqual([]);
  });

  it('counts the taller rows of wrapped text, and the title rows every later page repeats', () => {
    // Rows of 30 pt: 15 to a page. The table of rows 14–17 (120 pt) starts after 13 rows (390 pt).
    expect(breaks(sheet(40, print({ keepTogether: [[14, 17]] }), 30))).toEqual([13]);
    // Page 2 starts with the two title rows (60 pt): from row 16 it holds rows 16–28 (390 pt with
    // the titles), so a table of rows 27–30 (four rows) crosses its end; without titles it would not.
    expect(breaks(sheet(40, print({ keepTogether: [[27, 30]], titleRows: '1:2' }), 30))).toEqual([26]);
    expect(breaks(sheet(40, print({ keepTogether: [[27, 30]] }), 30))).toEqual([]);
  });

  it('counts the page a wide sheet shrinks to: more rows fit on it', () => {
    // Columns twice the printable width print at half size: a page holds 61 rows of 15 pt, not 30.
    const wide = (keep: [number, number]) => ({ ...sheet(70, print({ keepTogether: [keep] })), columns: [{ width: 2 * ((252 * 72) / 25.4 / 4.95) }] });
    expect(breaks(wide([25, 32]))).toEqual([]);
    expect(breaks(wide([58, 65]))).toEqual([57]);
  });
});
