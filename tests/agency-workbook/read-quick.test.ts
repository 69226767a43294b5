import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReturnExtract } from '../../src/agencies/compile';
import { returnReader } from '../../src/agency-workbook/read';
import { quickReturnReader } from '../../src/agency-workbook/read-quick';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { runChecks } from '../../src/checks';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { workbookWords } from '../../src/strings';
import { vi } from '../../src/strings/vi';
import { cellText, type QuickBook, type ReadWorkbook } from '../../src/workbook-kit/read-model';
import type { CellSpec, WorkbookSpec } from '../../src/workbook-kit/spec';
import { asReturn, quickBook, readWorkbookSync } from '../../src/xlsx/read';
import { scanWorkbook } from '../../src/xlsx/scan-read';
import { writeWorkbook } from '../../src/xlsx/write';
import { edited, withPart } from '../support/edit-xlsx';
import { convert, describeWithLibreOffice } from '../support/libreoffice';
import { AGENCY_OPTIONS, rowOf, seedPlan, seedRecipients } from '../support/seed';

/**
 * The compile's quick path (issue #11) reads a return as its template made it without a workbook
 * of objects. It must never change an answer: wherever it reads a file, it gives what the general
 * reader gives — cell for cell, and value for value and refusal for refusal once the agency
 * reader is done — and it must really read the returns people send (else it is a slower compile
 * with a second copy of the rules).
 */

jest.setTimeout(300_000);

const plan = seedPlan();
const assignments = seedRecipients(plan);
const noiVu = assignments.find((a) => a.recipient.key === 'AGENCY:Sở Nội vụ')!;
const commune = assignments.find((a) => a.recipient.kind !== 'agency')!;
const general = returnReader(plan, assignments);
const quick = quickReturnReader(plan, assignments);

/** Both readers of one file: the general reader's extract, and the quick path's (null when it gives the file up). */
function bothReads(name: string, bytes: Uint8Array, modified = Date.UTC(2025, 11, 1)): { general: ReturnExtract; quick: ReturnExtract | null } {
  const book = quickBook(bytes);
  return { general: general(asReturn(name, modified, readWorkbookSync(bytes))), quick: book ? quick(name, modified, book) : null };
}

/** The quick path agrees with the general reader, or leaves the file to it; true when it read the file. */
function expectSameOrGivenUp(name: string, bytes: Uint8Array): boolean {
  const { general: g, quick: q } = bothReads(name, bytes);
  if (q !== null) expect([name, q]).toEqual([name, g]);
  return q !== null;
}

/** Every cell of a QuickBook as the general reader has it (hyperlinks aside: the agency reader reads none). */
function expectSameCells(name: string, book: QuickBook, wb: ReadWorkbook, undecoded: QuickBook): void {
  expect([name, book.sheets.map((s) => [s.name, s.state]), book.date1904]).toEqual([name, wb.sheets.map((s) => [s.name, s.state]), wb.date1904 === true]);
  book.sheets.forEach((sheet, k) => {
    const cells = wb.sheets[k]!.rows.flatMap((r) => r.cells.map((c) => ({ row: r.row, cell: c })));
    expect([name, sheet.name, sheet.count]).toEqual([name, sheet.name, cells.length]);
    cells.forEach(({ row, cell }, i) => {
      const { hyperlink: _link, ...plain } = cell;
      const where = `${name} ${sheet.name} #${i}`;
      expect([where, sheet.row(i), sheet.col(i), sheet.cell(i), sheet.text(i), sheet.isString(i)]).toEqual([where, row, cell.col, plain, cellText(cell), typeof cell.value === 'string']);
      const t = cellText(cell);
      const raw = typeof cell.value === 'string' ? cell.value : String(cell.value);
      // Texts of other lengths, and of the same length in bytes (one letter changed for another).
      const sameLength = [t.replace(/[a-z]/, (c) => (c === 'a' ? 'e' : 'a')), t.replace(/[a-z]$/, (c) => (c === 'a' ? 'e' : 'a')), t.replace('Đ', 'đ')];
      // Asked of a book whose strings were never decoded (a decoded string is compared as text):
      // the same lengths first, before an answer that decodes the string.
      for (const want of [...sameLength, t, raw, ` ${t}`, `${t} `, `${t}\u00a0`, t.slice(1), `${t}x`, '', 'format', t.normalize('NFD')])
        expect([where, want, undecoded.sheets[k]!.textIs(i, want)]).toEqual([where, want, t === want]);
      for (const want of [t, ...sameLength]) expect([where, want, sheet.textIs(i, want)]).toEqual([where, want, t === want]);
    });
  });
}

function expectQuickCellsAgree(name: string, bytes: Uint8Array): boolean {
  const book = quickBook(bytes);
  if (!book) return false;
  const read = scanWorkbook(bytes);
  expect([name, read.ok && read.notes.map((n) => ({ sheet: n.sheet, cell: n.cell }))]).toEqual([name, book.uncached]);
  if (read.ok) expectSameCells(name, book, read.workbook, quickBook(bytes)!);
  return true;
}

/** An agency's template with its inputs set by `fill` (a row's id, its cells), as the lean writer writes it. */
async function filled(assignment: typeof noiVu, fill: (sheet: string, id: string, cells: (CellSpec | null)[]) => void, edit?: (spec: WorkbookSpec) => void): Promise<Uint8Array> {
  const spec = agencyWorkbook(plan, assignment, AGENCY_OPTIONS);
  for (const sheet of spec.sheets) for (const row of sheet.rows) if (typeof row.cells[0]?.value === 'string' && /^(TASK|PAR|SIPAS|PAPI):/.test(row.cells[0].value)) fill(sheet.name, row.cells[0].value, row.cells);
  edit?.(spec);
  return writeWorkbook(spec);
}

const fixtures = join(__dirname, '../fixtures');
const storedReturns = ['v1', 'v2', 'outsider'].flatMap((v) =>
  readdirSync(join(fixtures, 'returns', v))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => ({ name: `${v}/${f}`, bytes: new Uint8Array(readFileSync(join(fixtures, 'returns', v, f))) })),
);

describe('the quick reader reads the cells the general reader reads', () => {
  it('on the templates, a filled return, the plan workbook and the stored returns', async () => {
    const books: Record<string, Uint8Array> = {
      department: await writeWorkbook(agencyWorkbook(plan, noiVu, AGENCY_OPTIONS)),
      commune: await writeWorkbook(agencyWorkbook(plan, commune, AGENCY_OPTIONS)),
      plan: await writeWorkbook(buildWorkbook(plan, runChecks(plan), workbookWords(vi))),
      filled: await filled(noiVu, (sheet, _id, cells) => {
        if (sheet === 'Nhiệm vụ') cells[6] = { value: 'Đã hoàn thành', style: 'input' };
        else cells[7] = { value: 0.5, style: 'inputNumber' };
      }),
    };
    for (const { name, bytes } of storedReturns) books[name] = bytes;
    const read = Object.entries(books).filter(([name, bytes]) => expectQuickCellsAgree(name, bytes));
    // The lean writer's and exceljs's files, and LibreOffice's re-save of the outsider's, are all
    // read; the one whose status is rich text (two runs) is left to the general reader.
    expect(Object.keys(books).filter((n) => !read.some(([name]) => name === n))).toEqual(['outsider/00070-phuong-hoan-kiem.xlsx']);
  });

  it('on shared strings written every way a string can be', async () => {
    const base = await filled(noiVu, () => {});
    const sst = 'xl/sharedStrings.xml';
    const strings = [
      'Đã hoàn thành', ' Đã hoàn thành ', '\u00a0Đã hoàn thành\u00a0', '\ufeffĐã hoàn thành', 'Đã hoàn thành\u3000', 'a &amp; b &lt;c&gt; &#x1EA0;', '&#32;x&#32;',
      '\u2028y', 'z\u1680', 'ok\u0085', '', '   ', 'e\u0301', 'TASK:A.1 ', '\ud83d\ude00 emoji', 'format',
    ];
    const bytes = withPart(base, sst, (xml) => xml.replace('</sst>', `${strings.map((s, i) => (i % 2 ? `<si><t xml:space="preserve">${s}</t></si>` : `<si><t>${s}</t></si>`)).join('')}</sst>`));
    // The new strings are written into cells of the guide, each read as the general reader reads it.
    const count = (strFromU8(unzipSync(bytes)[sst]!).match(/<si>/g) ?? []).length;
    const withCells = withPart(bytes, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('</sheetData>', `<row r="40">${strings.map((_s, i) => `<c r="${String.fromCharCode(65 + i)}40" t="s"><v>${count - strings.length + i}</v></c>`).join('')}</row></sheetData>`),
    );
    expect(expectQuickCellsAgree('strings', withCells)).toBe(true);
    // Bytes that are not UTF-8, in a string: read as the platform's decoder reads them.
    const raw = new TextEncoder().encode('<si><t>hỏng</t></si>');
    const broken = withPart(withCells, sst, (xml) => xml.replace('<si><t>format</t></si>', new TextDecoder('latin1').decode(raw.map((b) => (b === 0xbb ? 0xff : b)))));
    expectQuickCellsAgree('broken utf-8', broken);
  });

  it('and notes a formula saved without its value as the general reader does', async () => {
    const base = await filled(noiVu, () => {});
    const bytes = withPart(base, 'xl/worksheets/sheet2.xml', (xml) => xml.replace('</sheetData>', '<row r="900"><c r="A900"><f>1+1</f></c><c r="B900" t="str"><f>"a"</f></c></row></sheetData>'));
    expect(expectQuickCellsAgree('uncached', bytes)).toBe(true);
    expect(quickBook(bytes)?.uncached).toEqual([{ sheet: 'Nhiệm vụ', cell: 'A900' }, { sheet: 'Nhiệm vụ', cell: 'B900' }]);
  });

  it('and gives up what it does not read as the general reader does', async () => {
    const base = await filled(noiVu, (sheet, _id, cells) => {
      if (sheet === 'Nhiệm vụ') cells[6] = { value: 'Đã hoàn thành', style: 'input' };
    });
    const sheet = 'xl/worksheets/sheet2.xml';
    const givenUp = [
      withPart(base, 'xl/sharedStrings.xml', (xml) => xml.replace('<si>', '<si><r><rPr><b/></rPr><t>đậm</t></r></si><si>')),
      withPart(base, sheet, (xml) => xml.replace('</sheetData>', '<row r="900"><c r="B900"><f t="shared" ref="B900:B901" si="7">1+1</f><v>2</v></c></row><row r="901"><c r="B901"><f t="shared" si="7"/><v>2</v></c></row></sheetData>')),
      withPart(base, sheet, (xml) => xml.replace('<mergeCell ref="B1:K1"/>', '<mergeCell ref="B1:K1"/><mergeCell ref="G5:H5"/>').replace('<row r="5"', '<row r="5"').replace(/(<row r="5"[^>]*>)/, '$1<c r="H5"><v>3</v></c>')),
      withPart(base, sheet, (xml) => xml.replace('<row r="6"', '<row r="2000"><c r="A2000"><v>1</v></c></row><row r="6"')),
    ];
    for (const [i, bytes] of givenUp.entries()) expect([i, quickBook(bytes)]).toEqual([i, null]);
  });
});

describe('the quick path of the agency reader gives what the general reader gives', () => {
  it('reads a return filled in as agencies fill it, and every stored return it takes, the same', async () => {
    const department = await filled(noiVu, (sheet, id, cells) => {
      if (sheet === 'Nhiệm vụ') {
        cells[6] = { value: id.endsWith('1') ? 'Đã hoàn thành' : 'đang  thực hiện', style: 'input' };
        if (id.endsWith('1')) cells[7] = { value: '15/09/2025', style: 'inputDate' };
        cells[8] = { value: `Kết quả & “${id}” <đã nộp>`, style: 'input' };
      } else cells[7] = { value: id.endsWith('2') ? 7 : 0.25, style: 'inputNumber' };
    });
    const communeReturn = await filled(commune, (sheet, _id, cells) => {
      if (sheet === 'Nhiệm vụ') cells[6] = { value: 'Chưa thực hiện', style: 'input' };
      else cells[7] = { value: '0,5', style: 'input' };
    });
    expect(expectSameOrGivenUp('department.xlsx', department)).toBe(true);
    expect(expectSameOrGivenUp('commune.xlsx', communeReturn)).toBe(true);
    // Statuses off the list, a score over its maximum, a date after the file was saved: refusals the quick path says too.
    const { quick: q } = bothReads('department.xlsx', department, Date.UTC(2025, 8, 1));
    expect((q && q.refused === null ? q.rejected : []).map((r) => r.reason)).toEqual(expect.arrayContaining(['date-after-saved', 'out-of-range']));
    const taken = storedReturns.filter(({ name, bytes }) => expectSameOrGivenUp(name, bytes)).map((r) => r.name);
    expect(taken.length).toBeGreaterThanOrEqual(6);
  });

  it('leaves a return with a cell or row it would refuse to the general reader', async () => {
    const base = await writeWorkbook(agencyWorkbook(plan, noiVu, AGENCY_OPTIONS));
    const edits: ((wb: import('exceljs').Workbook) => void)[] = [
      (wb) => (rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.1').getCell(4).value = 'Nhiệm vụ sửa lại'),
      // One letter of a locked text changed for another: the same length, another word.
      (wb) => {
        // Far down the sheet, where the header search has decoded nothing.
        const row = rowOf(wb.getWorksheet('Nhiệm vụ')!, noiVu.supports.at(-1)!);
        row.getCell(4).value = String(row.getCell(4).value).replace('a', 'e');
      },
      (wb) => (rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.1').getCell(13).value = 'ghi chú ngoài bảng'),
      (wb) => (wb.getWorksheet('Nhiệm vụ')!.getRow(80).getCell(7).value = 'Đã hoàn thành'),
      (wb) => wb.getWorksheet('Nhiệm vụ')!.spliceRows(rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.2').number, 1),
      (wb) => (wb.addWorksheet('Ghi chú').getCell('A1').value = 'thêm'),
      (wb) => (wb.getWorksheet('Tiêu chí')!.getCell('A1').value = 'chữ trên tiêu đề'),
      (wb) => (rowOf(wb.getWorksheet('Nhiệm vụ')!, 'TASK:A.1').getCell(1).value = 'TASK:Z.9'),
      (wb) => (wb.getWorksheet('_meta')!.getCell('B3').value = 'KH khác'),
    ];
    for (const [i, edit] of edits.entries()) {
      const bytes = await edited(base, edit);
      const { general: g, quick: q } = bothReads(`edit-${i}.xlsx`, bytes);
      // Refused or listed by the general reader; the quick path gave it up, or (a whole file refused) said the same.
      expect([i, g.refused !== null || g.rejected.length > 0]).toEqual([i, true]);
      expect([i, q === null || (q.refused !== null && JSON.stringify(q) === JSON.stringify(g))]).toEqual([i, true]);
    }
  });

  it('on random fillings and edits (property)', async () => {
    const statuses = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'đã hoàn thành ', 'Đã\u00a0hoàn thành', 'Xong', '', '  '];
    const anyValue = fc.oneof(
      fc.constantFrom(...statuses),
      fc.double({ min: -2, max: 40, noNaN: true }),
      fc.constantFrom('0,5', '1.25', '87,5%', 'abc', '15/09/2025', '31/02/2025', '2025-09-15', 45900, ' <&> ', '\ufeffx', 'e\u0301'),
    );
    const edit = fc.constantFrom('none', 'none', 'none', 'locked', 'outside', 'no-id', 'title-row', 'meta');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(60), fc.nat(10), anyValue), { maxLength: 20 }), edit, fc.boolean(), async (fills, change, toCommune) => {
        const who = toCommune ? commune : noiVu;
        let n = 0;
        const bytes = await filled(
          who,
          (sheet, _id, cells) => {
            // Into the input columns only: G–K of a task, H–J of a criterion.
            for (const [row, col, value] of fills) if (row === n) cells[sheet === 'Nhiệm vụ' ? 6 + (col % 5) : 7 + (col % 3)] = { value, style: typeof value === 'number' ? 'inputNumber' : 'input' };
            n++;
          },
          (spec) => {
            const tasks = spec.sheets.find((s) => s.name === 'Nhiệm vụ')!;
            const row = tasks.rows[5];
            if (change === 'locked' && row) row.cells[3] = { value: 'sửa', style: 'locked' };
            if (change === 'outside' && row) row.cells[12] = { value: 'ngoài', style: 'input' };
            if (change === 'no-id' && row) row.cells[0] = { value: '', style: 'locked' };
            if (change === 'title-row') tasks.rows[0]!.cells[5] = { value: 'x' };
            if (change === 'meta') spec.sheets.find((s) => s.name === '_meta')!.rows[3]!.cells[1] = { value: 'AGENCY:Không có' };
          },
        );
        const { general: g, quick: q } = bothReads('random.xlsx', bytes);
        if (q !== null) expect(q).toEqual(g);
        // A return as its template made it is always read by the quick path.
        if (change === 'none') expect(q).not.toBeNull();
      }),
      { numRuns: 60 },
    );
  });
});

describeWithLibreOffice('returns re-saved by LibreOffice', () => {
  it('are read by the quick path as the general reader reads them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-quick-'));
    const source = await filled(noiVu, (sheet, id, cells) => {
      if (sheet === 'Nhiệm vụ') cells[6] = { value: id.endsWith('3') ? 'Đã hoàn thành' : 'Đang thực hiện', style: 'input' };
      else cells[7] = { value: 0.5, style: 'inputNumber' };
    });
    writeFileSync(join(dir, 'in.xlsx'), source);
    const out = await convert(join(dir, 'in.xlsx'), 'xlsx', join(dir, 'out'));
    const resaved = new Uint8Array(readFileSync(out));
    expect(expectQuickCellsAgree('resaved', resaved)).toBe(true);
    expect(expectSameOrGivenUp('resaved.xlsx', resaved)).toBe(true);
  });
});
