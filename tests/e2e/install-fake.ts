import { createExcelHost } from '../../src/excel/excel-host';
import { loadSource } from '../../src/app/load';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { workbookWords } from '../../src/strings';
import { vi } from '../../src/strings/vi';
import { createFakeExcel } from '../support/fake-excel';

/**
 * Bundled and injected before the pane loads: the recording Excel fake as the page's `Excel` and
 * `Office` globals, plus a handle the test uses to act as a person typing into the sheet.
 * With '#with-plan' in the address, the workbook already holds chiso's sheets of the bundled
 * plan when the pane starts (Office.onReady waits for them), as when a saved workbook is reopened.
 */
const fake = createFakeExcel();
const w = window as unknown as Record<string, unknown>;
w.Excel = fake.Excel;

const ready = location.hash.includes('with-plan')
  ? (async () => {
      const text = await (await fetch(new URL('./seed.txt', location.href))).text();
      const l = loadSource({ kind: 'text', text });
      if (!l.ok) throw new Error('seed');
      await createExcelHost(fake).render(buildWorkbook(l.plan, l.findings, workbookWords(vi)));
      fake.resetStats();
    })()
  : Promise.resolve();
w.Office = { ...fake.Office, onReady: async () => {
    await ready;
    return fake.Office.onReady();
  },
};

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
  conditionalFormats: (sheet: string) => fake.workbook.sheet(sheet).conditionalFormats.map((cf) => ({ ...cf })),
  formatLog: () => fake.workbook.formatLog(),
};
