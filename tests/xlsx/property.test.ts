import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadWorkbook } from '../../src/workbook-kit/read-model';
import { readWorkbook } from '../../src/xlsx/read';
import { convert, describeWithLibreOffice, readCsv } from '../support/libreoffice';

/**
 * Issue #11: over random workbooks written by exceljs, and the same re-saved by LibreOffice, the
 * streaming reader agrees on every value with an independent reader — LibreOffice converting each
 * sheet to CSV. Values are drawn so that CSV shows them one way only: text (Vietnamese, with
 * spaces, quotes, '=' and '&' in it), integers and short decimals, booleans, dates shown as ISO.
 */

type Value = { kind: 'text'; v: string } | { kind: 'number'; v: number } | { kind: 'bool'; v: boolean } | { kind: 'date'; v: string };

const text = fc.stringMatching(/^[A-Za-z0-9 àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵĐ,.;:'"=&<>+-]{1,20}$/).filter((s) => s.trim() === s && s.trim() !== '' && !/^[=+-]/.test(s) && Number.isNaN(Number(s)) && !/^(true|false)$/i.test(s));
const value: fc.Arbitrary<Value> = fc.oneof(
  text.map((v) => ({ kind: 'text' as const, v })),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((v) => ({ kind: 'number' as const, v })),
  fc.integer({ min: -99_999, max: 99_999 }).map((n) => ({ kind: 'number' as const, v: n / 100 })),
  fc.boolean().map((v) => ({ kind: 'bool' as const, v })),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true }).map((d) => ({ kind: 'date' as const, v: d.toISOString().slice(0, 10) })),
);
// A sheet: sparse cells (row, column, value), some beyond the first screen.
const sheet = fc.array(fc.record({ r: fc.integer({ min: 1, max: 60 }), c: fc.integer({ min: 1, max: 30 }), value }), { minLength: 1, maxLength: 40 });
const workbook = fc.array(sheet, { minLength: 1, maxLength: 3 });

async function write(sheets: { r: number; c: number; value: Value }[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  sheets.forEach((cells, i) => {
    const ws = wb.addWorksheet(`Trang ${i + 1}`);
    for (const { r, c, value: v } of cells) {
      const cell = ws.getCell(r, c);
      if (v.kind === 'date') {
        cell.value = new Date(`${v.v}T00:00:00Z`);
        cell.numFmt = 'yyyy-mm-dd';
      } else cell.value = v.v;
    }
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** What CSV shows for a value the reader gives. */
function shown(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Every non-empty cell of each sheet, as 'sheet!RrCc=text', from the reader and from CSV. */
function fromReader(wb: ReadWorkbook): string[] {
  return wb.sheets.flatMap((s) => s.rows.flatMap((r) => r.cells.filter((c) => shown(c.value) !== '').map((c) => `${s.name}!R${r.row}C${c.col}=${shown(c.value)}`))).sort();
}

function fromCsv(csv: Record<string, string>): string[] {
  return Object.entries(csv)
    .flatMap(([name, path]) => readCsv(path).flatMap((row, i) => row.flatMap((cell, j) => (cell === '' ? [] : [`${name}!R${i + 1}C${j + 1}=${cell}`]))))
    .sort();
}

describeWithLibreOffice('the streaming reader against LibreOffice', () => {
  it('agrees with LibreOffice’s CSV on every value, for workbooks written by exceljs and re-saved by LibreOffice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-prop-'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(workbook, async (sheets) => {
        const file = join(dir, `wb${++n}.xlsx`);
        writeFileSync(file, await write(sheets));
        const csv = fromCsv(await convert(file, 'csv', join(dir, `csv${n}`), { recalc: false }));
        const direct = await readWorkbook(new Uint8Array(readFileSync(file)));
        if (!direct.ok) throw new Error(JSON.stringify(direct.problem));
        expect(fromReader(direct.workbook)).toEqual(csv);
        const resaved = await convert(file, 'xlsx', join(dir, `lo${n}`), { recalc: false });
        const again = await readWorkbook(new Uint8Array(readFileSync(resaved)));
        if (!again.ok) throw new Error(JSON.stringify(again.problem));
        expect(fromReader(again.workbook)).toEqual(csv);
      }),
      { numRuns: 4, seed: 11 },
    );
  }, 600_000);
});
