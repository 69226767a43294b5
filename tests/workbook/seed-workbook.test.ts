import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChecks } from '../../src/checks';
import { importPlan } from '../../src/import';
import type { Plan } from '../../src/plan/schema';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { readPlan } from '../../src/plan-workbook/read';
import { workbookWords } from '../../src/strings';
import { vi } from '../../src/strings/vi';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { convert, describeWithLibreOffice, pdfPageSizes, pdfText, readCsv, renderPage } from '../support/libreoffice';

/**
 * The seed's structured workbook, proved with tools no one here wrote: exceljs reads it back as a
 * person left it, LibreOffice re-saves it, recalculates its live checks and prints it.
 */

const seed = readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8');
const imported = importPlan({ kind: 'text', text: seed });
if (!imported.ok) throw new Error('seed');
const plan = imported.plan;
const findings = [...imported.findings, ...runChecks(plan)];
const spec = buildWorkbook(plan, findings, workbookWords(vi));
const dir = mkdtempSync(join(tmpdir(), 'chiso-wb-'));

async function planOf(bytes: Uint8Array): Promise<{ plan: Plan; rules: string[] }> {
  const read = await readWorkbook(bytes);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  const r = readPlan(read.workbook);
  if (!r.ok) throw new Error(r.problem);
  return { plan: r.plan, rules: r.findings.map((f) => f.rule) };
}

let bytes: Uint8Array;
const file = join(dir, 'ke-hoach.xlsx');

beforeAll(async () => {
  bytes = await writeWorkbook(spec);
  writeFileSync(file, bytes);
});

/** Open the written file with exceljs, let `edit` act as a person would, save it to a new file. */
async function edited(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  edit(wb);
  const out = join(dir, name);
  await wb.xlsx.writeFile(out);
  return out;
}

function rowOf(ws: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  let found: ExcelJS.Row | null = null;
  ws.eachRow((row) => {
    if (row.getCell(1).value === id) found = row;
  });
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

describe('the seed workbook, read back', () => {
  it('gives the same Plan: Plan -> .xlsx -> Plan is the identity', async () => {
    const back = await planOf(bytes);
    expect(back.rules).toEqual([]);
    expect(back.plan).toEqual(plan);
  });

  it('keeps what a person changed, and matches rows by ID after rows are inserted, hidden and a sheet renamed', async () => {
    const path = await edited('edited.xlsx', (wb) => {
      const par = wb.getWorksheet('PL2 PAR INDEX')!;
      rowOf(par, 'PAR:5.4').getCell(7).value = 1.25;
      par.spliceRows(10, 0, [null, null, '1.9', 'Dòng người dùng thêm']);
      rowOf(par, 'PAR:2.1').hidden = true;
      par.name = 'PAR sửa';
    });
    const back = await planOf(new Uint8Array(readFileSync(path)));
    expect(back.rules).toEqual(['sheet.row-without-id']);
    expect(back.plan.criteria.find((c) => c.id === 'PAR:5.4')?.result).toBe(1.25);
    const others = (p: Plan) => p.criteria.filter((c) => c.id !== 'PAR:5.4').map((c) => ({ ...c, source: null }));
    expect(others(back.plan)).toEqual(others(plan));
  });
});

describeWithLibreOffice('the seed workbook in LibreOffice', () => {
  jest.setTimeout(240_000);

  it('reads the same Plan after LibreOffice re-saves it', async () => {
    const resaved = await convert(file, 'xlsx', join(dir, 'resaved'), { recalc: true });
    const back = await planOf(new Uint8Array(readFileSync(resaved)));
    expect(back.plan).toEqual(plan);
  });

  it('recalculates the live sums and flags when a child value changes, without the add-in', async () => {
    const path = await edited('child-changed.xlsx', (wb) => {
      // PAR 2's result (9,45) is flagged: its children add up to 9,53. Bring 2.4 down by 0,08.
      rowOf(wb.getWorksheet('PL2 PAR INDEX')!, 'PAR:2.4').getCell(7).value = 3.45;
    });
    const before = sheetCsv(await convert(file, 'csv', join(dir, 'csv-before'), { recalc: true }), 'PL2 PAR INDEX');
    const after = sheetCsv(await convert(path, 'csv', join(dir, 'csv-after'), { recalc: true }), 'PL2 PAR INDEX');
    const cells = (rows: string[][]) => rows.find((r) => r[0] === 'PAR:2')!;
    // Columns: A ID, B parent, C code, D name, E max, F Σmax, G result, H Σresult, I target, J Σtarget, K flag.
    expect(cells(before)[7]).toBe('9.53');
    expect(cells(before)[10]).toBe('⚠ Lệch tổng');
    expect(cells(after)[7]).toBe('9.45');
    expect(cells(after)[10]).toBe('✓');
  });

  it('prints landscape pages (A4, or A3 for the wide tables) with the header row repeated, page numbers and Vietnamese text intact', async () => {
    const pdf = await convert(file, 'pdf', join(dir, 'pdf'));
    const sizes = pdfPageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(5);
    for (const s of sizes) expect([Math.round(s.width), Math.round(s.height)]).toEqual(expect.arrayContaining(s.width > 1000 ? [1191, 842] : [842, 595]));
    const all = pdfText(pdf);
    // Nghị định 30/2020: the page number alone at the top centre, from page 2 of a sheet on.
    const firstLines = (t: string) => t.split('\n').filter((l) => l.trim()).slice(0, 2).join('\n');
    expect(firstLines(pdfText(pdf, { firstPage: 3, lastPage: 3 }))).toMatch(/^\s+\d+\s*$/m);
    expect(firstLines(pdfText(pdf, { firstPage: 1, lastPage: 1 }))).not.toMatch(/^\s+\d+\s*$/m);
    expect(all).toContain('Tiếp cận dịch vụ tư pháp');
    expect(all).toContain('Trung tâm phục vụ hành chính công Thành phố');
    // The PAR sheet runs over several pages: each repeats the header row.
    const pages = sizes.map((_, i) => pdfText(pdf, { firstPage: i + 1, lastPage: i + 1 }));
    const parPages = pages.filter((t) => t.includes('Phụ lục 2 — PAR INDEX'));
    expect(parPages.length).toBeGreaterThan(1);
    for (const t of parPages) expect(t).toContain('Lĩnh vực/Tiêu chí/Tiêu chí thành phần');
    const png = renderPage(pdf, 3, join(dir, 'page'));
    expect(statSync(png).size).toBeGreaterThan(10_000);
  });
});

function sheetCsv(paths: Record<string, string>, sheet: string): string[][] {
  const path = paths[sheet];
  if (!path) throw new Error(`no CSV for ${sheet}: ${Object.keys(paths).join(', ')}`);
  return readCsv(path);
}
