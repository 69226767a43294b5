import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { inspectXlsx } from '../../src/xlsx/guard';
import { readWorkbook } from '../../src/xlsx/read';

/** Workbooks from outside: each bad kind answered with what is wrong, within 2 s, never a hang or a crash. */

async function smallWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tiêu chí');
  ws.addRow(['ID', 'Điểm']);
  ws.addRow(['PAR:1', 9.5]);
  // exceljs's typings omit dataValidations, which its runtime has.
  (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('B2:B3', { type: 'decimal', operator: 'between', formulae: [0, 10] } as ExcelJS.DataValidation);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Rewrites one part of a zip. */
function withPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(edit(strFromU8(files[part]!)));
  return zipSync(files);
}

async function timed<T>(f: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  const r = await f();
  expect(Date.now() - t0).toBeLessThan(2000);
  return r;
}

describe('reading workbooks from outside', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await smallWorkbook();
  });

  it('reads a normal workbook unchanged', async () => {
    const r = await timed(() => readWorkbook(good));
    expect(r.ok && r.notes).toEqual([]);
    expect(r.ok && r.workbook.sheets[0]!.rows[1]![1]!.value).toBe(9.5);
  });

  it.each([
    ['random bytes', () => new Uint8Array(2048).map((_, i) => (i * 7919) % 251), 'not-zip'],
    ['a PDF renamed .xlsx', () => strToU8('%PDF-1.7\n1 0 obj << >> endobj\n'), 'not-zip'],
    ['a password-protected (encrypted) workbook', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'encrypted'],
    ['a zip that is no workbook', () => zipSync({ 'readme.txt': strToU8('xin chào') }), 'not-xlsx'],
  ])('answers %s', async (_name, make, kind) => {
    const r = await timed(() => readWorkbook(make()));
    expect(r.ok ? null : r.problem.kind).toBe(kind);
  });

  it('answers a truncated workbook', async () => {
    const r = await timed(() => readWorkbook(good.slice(0, Math.floor(good.length / 2))));
    expect(r.ok ? null : r.problem.kind).toMatch(/truncated|corrupt/);
  });

  it('refuses a zip bomb before inflating it', async () => {
    // 5 MB of zeros deflates to a few KB; the limit here is 1 MB per part.
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(5 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    const r = await timed(() => readWorkbook(bomb, { maxEntryBytes: 1024 * 1024 }));
    expect(r.ok ? null : r.problem).toEqual({ kind: 'too-large', entry: 'xl/worksheets/sheet1.xml', size: 5 * 1024 * 1024 });
  });

  it('refuses a zip with too many parts', () => {
    const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') };
    for (let i = 0; i < 50; i++) files[`x/${i}.xml`] = strToU8('<a/>');
    const r = inspectXlsx(zipSync(files), { maxEntries: 20 });
    expect(r.ok ? null : r.problem.kind).toBe('too-many-entries');
  });

  it('clamps a whole-sheet validation and a whole-sheet merge to near the used area, and reads quickly', async () => {
    const huge = withPart(good, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(/sqref="B2:B3"/, 'sqref="A1:XFD1048576"').replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    );
    expect(huge.length).toBeLessThan(16 * 1024);
    const r = await timed(() => readWorkbook(huge));
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    expect(r.notes.map((n) => [n.from, n.to])).toEqual([
      ['A1:XFD1048576', 'A1:AZ502'],
      ['A1:XFD1048576', 'A1:AZ502'],
    ]);
  });
});
