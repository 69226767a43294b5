import { createFakeExcel } from '../support/fake-excel';

/**
 * Bundled and injected before the pane loads: the recording Excel fake as the page's `Excel` and
 * `Office` globals, plus a handle the test uses to act as a person typing into the sheet.
 */
const fake = createFakeExcel();
const w = window as unknown as Record<string, unknown>;
w.Excel = fake.Excel;
w.Office = fake.Office;

function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

w.__chisoFake = {
  sheetNames: () => fake.workbook.sheetNames(),
  /** Types `value` into column `col` of the row whose ID (column A) is `id`. */
  setById(sheet: string, id: string, col: number, value: number | string) {
    for (let r = 1; r <= 5000; r++) {
      if (fake.workbook.value(sheet, `A${r}`) === id) {
        fake.setCell(sheet, `${columnLetter(col)}${r}`, value);
        return;
      }
    }
    throw new Error(`no row ${id} in ${sheet}`);
  },
  /** The values of row `row` of a written sheet, columns A to `width`. */
  row: (sheet: string, row: number, width = 30) => Array.from({ length: width }, (_, k) => fake.workbook.value(sheet, `${columnLetter(k + 1)}${row}`)),
  /** The row number whose ID (column A) is `id`, or null. */
  rowOf(sheet: string, id: string): number | null {
    for (let r = 1; r <= 5000; r++) if (fake.workbook.value(sheet, `A${r}`) === id) return r;
    return null;
  },
  stats: () => fake.stats,
  created: () => fake.workbook.created(),
};
