import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { convert, convertToCsv, describeWithLibreOffice, pdfInfo, pdfPageSizes, pdfText, readCsv, renderPage } from './libreoffice';

const VI = 'Tiếp cận dịch vụ tư pháp';
const HEADER = 'Mã tiêu chí';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chiso-lo-helpers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two sheets, both printed A4 landscape with row 1 repeated and 'Trang &P / &N' in the footer; Tổng hợp!B2 = SUM(B3:B4) with a wrong cached result; Chi tiết has many rows to print. */
async function workbook(path: string, b3: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const print = (): Partial<ExcelJS.AddWorksheetOptions> => ({
    pageSetup: { paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1', margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '&CTrang &P / &N' },
  });
  const sum = wb.addWorksheet('Tổng hợp', print());
  sum.getCell('A1').value = VI;
  sum.getCell('A2').value = 'Tổng';
  sum.getCell('B2').value = { formula: 'SUM(B3:B4)', result: 999 };
  sum.getCell('B3').value = b3;
  sum.getCell('B4').value = 2;

  const detail = wb.addWorksheet('Chi tiết', print());
  detail.columns = [{ width: 14 }, { width: 60 }, { width: 12 }];
  detail.addRow([HEADER, 'Nội dung', 'Điểm']).font = { bold: true };
  for (let i = 1; i <= 150; i++) detail.addRow([`PAR:${i}`, `${VI} — mục ${i}`, i / 10]);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('readCsv', () => {
  it('parses RFC 4180: quotes, doubled quotes, embedded commas and newlines, CRLF, BOM, no final newline', () => {
    const p = join(tmpdir(), `chiso-readcsv-${process.pid}.csv`);
    writeFileSync(p, '\uFEFFa,"b,c","d ""e"""\r\n"x\ny",,Tiếp\n"",z');
    try {
      expect(readCsv(p)).toEqual([
        ['a', 'b,c', 'd "e"'],
        ['x\ny', '', 'Tiếp'],
        ['', 'z'],
      ]);
    } finally {
      rmSync(p, { force: true });
    }
  });
});

describeWithLibreOffice('LibreOffice and poppler helpers', () => {
  jest.setTimeout(240_000);

  it('recalculates formulas on load (xlsx and csv), and again after an edit', async () => {
    const file = await workbook(join(dir, 'sums.xlsx'), 1);

    const resaved = await convert(file, 'xlsx', join(dir, 'xlsx-1'), { recalc: true });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(resaved);
    expect(back.getWorksheet('Tổng hợp')!.getCell('B2').result).toBe(3);
    expect(back.getWorksheet('Tổng hợp')!.getCell('A1').value).toBe(VI);

    const csv = await convert(file, 'csv', join(dir, 'csv-1'), { recalc: true });
    expect(Object.keys(csv).sort()).toEqual(['Chi tiết', 'Tổng hợp']);
    expect(csv['Tổng hợp']).toBe(join(dir, 'csv-1', 'sums-Tổng hợp.csv'));
    const rows = readCsv(csv['Tổng hợp']!);
    expect(rows[0]![0]).toBe(VI);
    expect(rows[1]!.slice(0, 2)).toEqual(['Tổng', '3']);
    expect(readCsv(csv['Chi tiết']!)[0]).toEqual([HEADER, 'Nội dung', 'Điểm']);

    // Without the forced recalculation LibreOffice keeps the cached (wrong) result: the profile matters.
    const cached = await convertToCsv(file, join(dir, 'csv-cached'), { recalc: false, sheet: 1 });
    expect(Object.keys(cached)).toEqual(['Tổng hợp']);
    expect(readCsv(cached['Tổng hợp']!)[1]!.slice(0, 2)).toEqual(['Tổng', '999']);

    await workbook(file, 40); // B3 changed, cached result still 999
    const again = await convert(file, 'csv', join(dir, 'csv-2'));
    expect(readCsv(again['Tổng hợp']!)[1]!.slice(0, 2)).toEqual(['Tổng', '42']);
  });

  it('prints A4 landscape pages with the header row repeated, page numbers and Vietnamese text', async () => {
    const file = await workbook(join(dir, 'print.xlsx'), 1);
    const pdf = await convert(file, 'pdf', join(dir, 'pdf'));
    expect(pdf).toBe(join(dir, 'pdf', 'print.pdf'));

    const info = pdfInfo(pdf);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    expect(Math.abs(info.pageSize.width - 841.89)).toBeLessThan(1);
    expect(Math.abs(info.pageSize.height - 595.28)).toBeLessThan(1);
    const sizes = pdfPageSizes(pdf);
    expect(sizes).toHaveLength(info.pages);
    for (const s of sizes) expect([Math.round(s.width), Math.round(s.height)]).toEqual([842, 595]);

    // The first page prints Tổng hợp; the Chi tiết pages each repeat row 1.
    const page = (n: number) => pdfText(pdf, { firstPage: n, lastPage: n });
    expect(page(1)).toContain(VI);
    expect(page(2)).toContain(HEADER);
    expect(page(2)).toContain('Trang 2 /');
    expect(page(3)).toContain(HEADER);
    expect(page(3)).toMatch(new RegExp(`Trang 3 / ${info.pages}`));
    expect(pdfText(pdf, { layout: false })).toContain(`${VI} — mục 150`);

    const png = renderPage(pdf, 1, join(dir, 'png', 'page1'));
    expect(png).toBe(join(dir, 'png', 'page1.png'));
    expect(statSync(png).size).toBeGreaterThan(5_000);
  });

  it('fails loudly when soffice writes nothing (it exits 0 anyway)', async () => {
    const file = await workbook(join(dir, 'bad-sheet.xlsx'), 1);
    await expect(convertToCsv(file, join(dir, 'csv-bad'), { sheet: 7 })).rejects.toThrow(/soffice wrote no csv[\s\S]*No sheet number 7/);
    const notXlsx = join(dir, 'garbage.xlsx');
    writeFileSync(notXlsx, 'PK\u0003\u0004 not really a zip');
    await expect(convert(notXlsx, 'pdf', join(dir, 'pdf-bad'))).rejects.toThrow(/soffice wrote no pdf/);
  });
});
