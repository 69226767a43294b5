import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../src/agency-workbook/read';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { runChecks } from '../../src/checks';
import { masterWorkbook } from '../../src/master-workbook/write';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { workbookWords } from '../../src/strings';
import { vi } from '../../src/strings/vi';
import type { ReadWorkbook } from '../../src/workbook-kit/read-model';
import { asReturn, readWorkbook, type ReadResult } from '../../src/xlsx/read';
import { readWorkbookExceljs } from '../../src/xlsx/read-exceljs';
import { writeWorkbook } from '../../src/xlsx/write';
import { convert, describeWithLibreOffice } from '../support/libreoffice';
import { AGENCY_OPTIONS, rowOf, seedPlan, seedRecipients } from '../support/seed';
import { edited, withPart } from '../support/edit-xlsx';

/**
 * Equivalence first (issue #11): on every kind of workbook the suite reads — written by exceljs,
 * re-saved by LibreOffice, damaged by hand — the streaming reader yields what the exceljs path it
 * replaced yields, cell for cell: value, formula, number format, hidden rows and sheet states.
 */

// The machine may be loaded: these assert on answers, never on time.
jest.setTimeout(180_000);

const plan = seedPlan();
const assignments = seedRecipients(plan);
const noiVu = assignments.find((a) => a.recipient.key === 'AGENCY:Sở Nội vụ')!;
const commune = assignments.find((a) => a.recipient.kind !== 'agency')!;

/** Every cell as one line, so a difference names its sheet and cell. */
function cells(wb: ReadWorkbook): string[] {
  return wb.sheets.flatMap((s) => [
    `${s.name} | ${s.state} | hidden ${s.hiddenRows.join(',')}`,
    ...s.rows.flatMap((r) => r.cells.map((c) => `${s.name}!R${r.row}C${c.col} | ${JSON.stringify(c.value)} | ${c.formula} | ${c.numFmt}`)),
  ]);
}

function ok(r: ReadResult): ReadWorkbook {
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.workbook;
}

async function expectSame(bytes: Uint8Array): Promise<ReadWorkbook> {
  const streamed = ok(await readWorkbook(bytes));
  const exceljs = ok(await readWorkbookExceljs(bytes));
  expect(cells(streamed)).toEqual(cells(exceljs));
  return streamed;
}


let planBytes: Uint8Array;
let returnBytes: Uint8Array;
let filled: Uint8Array;
beforeAll(async () => {
  planBytes = await writeWorkbook(buildWorkbook(plan, runChecks(plan), workbookWords(vi)));
  returnBytes = await writeWorkbook(agencyWorkbook(plan, noiVu, AGENCY_OPTIONS));
  filled = await edited(returnBytes, (wb) => {
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    rowOf(tasks, 'TASK:A.1').getCell(7).value = 'Đã hoàn thành';
    rowOf(tasks, 'TASK:A.1').getCell(8).value = new Date(Date.UTC(2025, 10, 3));
    rowOf(tasks, 'TASK:A.1').getCell(9).value = { richText: [{ text: 'Đã ', font: { bold: true } }, { text: 'xong' }] };
    rowOf(tasks, 'TASK:A.1').getCell(10).value = { text: 'biên bản', hyperlink: 'https://snv.hanoi.gov.vn/bb.pdf' };
    const crit = wb.getWorksheet('Tiêu chí')!;
    rowOf(crit, 'PAR:5.4').getCell(8).value = 1.25;
    rowOf(crit, 'PAR:5.4').getCell(9).value = { formula: '1/0', result: { error: '#DIV/0!' } };
    crit.getRow(3).hidden = true;
  });
}, 60_000);

describe('the streaming reader and the exceljs path agree', () => {
  it('on the plan workbook chiso writes', async () => {
    const wb = await expectSame(planBytes);
    expect(wb.sheets.length).toBeGreaterThan(4);
  });

  it('on an agency workbook as sent, and as filled in (dates, rich text, links, errors, hidden rows)', async () => {
    await expectSame(returnBytes);
    const wb = await expectSame(filled);
    const tasks = wb.sheets.find((s) => s.name === 'Nhiệm vụ')!;
    expect(tasks.rows.flatMap((r) => r.cells).find((c) => c.hyperlink)?.hyperlink).toBe('https://snv.hanoi.gov.vn/bb.pdf');
  });

  it('on a commune’s workbook and on the master of a compile', async () => {
    await expectSame(await writeWorkbook(agencyWorkbook(plan, commune, AGENCY_OPTIONS)));
    const compiled = compile(plan, assignments, [asReturn('noi-vu.xlsx', 1, await readWorkbook(filled))]);
    await expectSame(await writeWorkbook(masterWorkbook(plan, compiled, [], '2025-12-31', (r, f) => vi.refusal(r, f))));
  });

  // Where they differ on purpose (tests/xlsx/scan-read.test.ts): a value under a merge is dropped
  // and said (exceljs dropped some and kept others), ISO dates (t="d") read as dates, cells and
  // rows without an address read in place (exceljs fails), a sheet part under any name is a sheet.
  it('on workbooks damaged by hand: inline rich strings, shared formulas, rows out of order', async () => {
    const damaged = withPart(filled, 'xl/worksheets/sheet2.xml', (xml) =>
      xml
        .replace('</sheetData>', '<row r="703"><c r="C703"><v>1</v></c></row><row r="700"><c r="A700" t="inlineStr"><is><r><t>chữ </t></r><r><t>thêm</t></r></is></c><c r="B700"><v>7</v></c></row><row r="701"><c r="A701"><f>A700*2</f><v>14</v></c><c r="B701"><f t="shared" ref="B701:B702" si="9">B700+1</f><v>8</v></c></row><row r="702"><c r="B702"><f t="shared" si="9"/><v>15</v></c></row></sheetData>')
,
    );
    await expectSame(damaged);
  });

  it('on a whole-sheet merge and validation (the exceljs path clamps them; the values are the same)', async () => {
    const huge = withPart(filled, 'xl/worksheets/sheet2.xml', (xml) => xml.replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="Z1:XFD1048576"/>`).replace(/sqref="[^"]+"/, 'sqref="A1:XFD1048576"'));
    await expectSame(huge);
  });
});

describeWithLibreOffice('the streaming reader and the exceljs path agree on LibreOffice re-saves', () => {
  it('of the plan workbook and of a filled return', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-eq-'));
    for (const [name, bytes] of [['plan.xlsx', planBytes], ['return.xlsx', filled]] as const) {
      writeFileSync(join(dir, name), bytes);
      const resaved = await convert(join(dir, name), 'xlsx', join(dir, 'lo'), { recalc: false });
      const wb = await expectSame(new Uint8Array(await readFile(resaved)));
      expect(wb.sheets.length).toBeGreaterThan(1);
    }
  }, 180_000);
});
