import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { compile } from '../../src/agency-workbook/read';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { columnLetter } from '../../src/workbook-kit/spec';
import { asReturn, readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { seedPlan, seedRecipients } from '../support/seed';

/** For random fillings and random damage, every value an agency typed is in the master or in the rejected list. */

/** 'A' -> 1, 'AA' -> 27. */
const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

const plan = seedPlan();
const assignments = seedRecipients(plan);
const noiVu = assignments.find((a) => a.recipient.key === 'AGENCY:Sở Nội vụ')!;
let template: Buffer;

const anyValue = fc.oneof(
  fc.constantFrom('Đã hoàn thành', 'Đang thực hiện', 'xong', '=1+1', '+84 912', '@cmd', ''),
  fc.string({ maxLength: 20 }),
  fc.double({ min: -5, max: 120, noNaN: true }),
  fc.date({ min: new Date('2019-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
);
/** Anywhere below the title rows and right of the hidden ID column: inputs, locked cells, the header, added rows, beside the table. */
const fill = fc.record({ sheet: fc.constantFrom('Nhiệm vụ', 'Tiêu chí'), row: fc.nat(80), col: fc.integer({ min: 2, max: 14 }), inputOnly: fc.boolean(), value: anyValue });
const damage = fc.record({
  extraSheetValue: fc.option(fc.string({ minLength: 1, maxLength: 10 })),
  strayRowValue: fc.option(fc.string({ minLength: 1, maxLength: 10 })),
  sortTasks: fc.boolean(),
  hideRow: fc.option(fc.nat(60)),
  repeatRow: fc.option(fc.nat(60)),
  // A column deleted, anywhere in the table or beside it (column 1 is the hidden ID).
  deleteColumn: fc.option(fc.record({ sheet: fc.constantFrom('Nhiệm vụ', 'Tiêu chí'), col: fc.integer({ min: 1, max: 13 }) })),
});

beforeAll(async () => {
  template = Buffer.from(await writeWorkbook(agencyWorkbook(plan, noiVu, { dueDate: null, returnTo: 'Sở Nội vụ', generatedAt: '2025-11-01T00:00:00Z', password: null })));
});

describe('compile never loses a value', () => {
  jest.setTimeout(120_000);

  it('puts every filled cell in the master or the rejected list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fill, { minLength: 1, maxLength: 25 }), damage, async (fills, dmg) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(template as unknown as ArrayBuffer);
        const typed = new Map<string, unknown>();
        for (const f of fills) {
          const ws = wb.getWorksheet(f.sheet)!;
          const inputs = f.sheet === 'Nhiệm vụ' ? [7, 8, 9, 10, 11] : [8, 9, 10];
          // Half the fills go where a person is meant to type; the rest anywhere at all.
          const r = f.inputOnly ? 5 + (f.row % Math.max(1, ws.rowCount - 4)) : 3 + (f.row % (ws.rowCount + 2));
          const col = f.inputOnly ? inputs[f.col % inputs.length]! : f.col;
          const cell = ws.getRow(r).getCell(col);
          const before = cell.text.trim();
          cell.value = f.value as ExcelJS.CellValue;
          const key = `${f.sheet}!${columnLetter(col)}${r}`;
          // Typing a locked cell's own text again changes nothing, and need not be reported.
          if (cell.text.trim() === before && !inputs.includes(col)) typed.delete(key);
          else typed.set(key, f.value);
        }
        if (dmg.sortTasks) {
          // Sorted the other way round, as Excel's sort leaves it: what was typed moves with its row.
          const ws = wb.getWorksheet('Nhiệm vụ')!;
          const [first, last] = [5, ws.rowCount];
          const rows = Array.from({ length: last - first + 1 }, (_, i) => ws.getRow(first + i).values as ExcelJS.CellValue[]);
          rows.reverse().forEach((values, i) => (ws.getRow(first + i).values = values));
          const moved = [...typed].map(([cell, value]): [string, unknown] => {
            const m = /^Nhiệm vụ!([A-Z]+)(\d+)$/.exec(cell);
            return m && Number(m[2]) >= first && Number(m[2]) <= last ? [`Nhiệm vụ!${m[1]}${first + last - Number(m[2])}`, value] : [cell, value];
          });
          typed.clear();
          for (const [cell, value] of moved) typed.set(cell, value);
        }
        if (dmg.hideRow !== null) {
          const ws = wb.getWorksheet('Tiêu chí')!;
          ws.getRow(5 + (dmg.hideRow % Math.max(1, ws.rowCount - 4))).hidden = true;
        }
        if (dmg.repeatRow !== null) {
          // A row copied below the table: the copy's values are listed as repeated, never merged.
          const ws = wb.getWorksheet('Tiêu chí')!;
          const from = ws.getRow(5 + (dmg.repeatRow % Math.max(1, ws.rowCount - 4)));
          const to = ws.getRow(ws.rowCount + 1);
          to.values = from.values as ExcelJS.CellValue[];
          if (typeof from.getCell(1).value === 'string') {
            for (const col of [8, 9, 10]) {
              const v = to.getCell(col).value;
              // A parent's live sum copied with its row is the template's formula, not something typed.
              const formula = typeof v === 'object' && v !== null && 'formula' in v;
              if (v !== null && v !== undefined && !formula) typed.set(`Tiêu chí!${columnLetter(col)}${to.number}`, v);
            }
          }
        }
        if (dmg.extraSheetValue) wb.addWorksheet('Riêng').getCell('C3').value = dmg.extraSheetValue;
        if (dmg.strayRowValue) {
          const ws = wb.getWorksheet('Tiêu chí')!;
          ws.getRow(ws.rowCount + 2).getCell(8).value = dmg.strayRowValue;
          typed.set(`Tiêu chí!H${ws.rowCount}`, dmg.strayRowValue);
        }
        if (dmg.deleteColumn) {
          // What was typed in the column is gone with it; what was right of it moves one column left.
          const { sheet, col } = dmg.deleteColumn;
          wb.getWorksheet(sheet)!.spliceColumns(col, 1);
          const moved = [...typed].flatMap(([cell, value]): [string, unknown][] => {
            const m = /^(.+)!([A-Z]+)(\d+)$/.exec(cell)!;
            const c = columnNumber(m[2]!);
            if (m[1] !== sheet || c < col) return [[cell, value]];
            return c === col ? [] : [[`${sheet}!${columnLetter(c - 1)}${m[3]}`, value]];
          });
          typed.clear();
          for (const [cell, value] of moved) typed.set(cell, value);
        }
        const read = await readWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
        if (!read.ok) throw new Error('unreadable');
        // As the app hands a return over, with the reader's notes (a value hidden under a merge is one).
        const c = compile(plan, assignments, [asReturn('r.xlsx', 0, read)]);
        const landed = new Set([...c.values.map((v) => v.cell), ...c.rejected.map((r) => r.cell)]);
        // Past the cap a sheet's refusals are counted in one line naming the sheet (a damaged header turns the whole sheet into one).
        const summarised = new Set(c.rejected.filter((r) => r.cell === null && /^(extra-sheet-cells|more-refused)$/.test(r.reason)).map((r) => r.sheet));
        for (const [cell, value] of typed) {
          const blank = value === '' || (typeof value === 'string' && value.trim() === '');
          if (!blank) expect([cell, landed.has(cell) || summarised.has(cell.split('!')[0]!)]).toEqual([cell, true]);
        }
        if (dmg.extraSheetValue?.trim()) expect(landed.has('Riêng!C3')).toBe(true);
        // A missing column is said once per sheet, never cell by cell.
        const columns = c.rejected.filter((r) => r.reason === 'column-missing').map((r) => `${r.sheet}|${r.reason === 'column-missing' && r.header}`);
        expect(new Set(columns).size).toBe(columns.length);
        const templateWidth = { 'Nhiệm vụ': 11, 'Tiêu chí': 10 };
        if (dmg.deleteColumn && dmg.deleteColumn.col <= templateWidth[dmg.deleteColumn.sheet]) expect(columns.some((x) => x.startsWith(`${dmg.deleteColumn!.sheet}|`))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
