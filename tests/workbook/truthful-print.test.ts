import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/xlsx/read';
import { seedPlan } from '../support/seed';
import { execFileSync } from 'node:child_process';
import { convert, describeWithLibreOffice, pdfText } from '../support/libreoffice';

/**
 * What officials read must be true without any recalculation: a PDF, a preview or LibreOffice's
 * default show the cached results, so every cached result must be what the engine computes.
 * Every generated workbook (plan, agency, master) is written by the CLI, then LibreOffice
 * recalculates every formula and re-saves it: each formula cell's cached value must be unchanged.
 */

const seed = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');
const dir = mkdtempSync(join(tmpdir(), 'chiso-truth-'));
const quiet = { out: () => {}, err: () => {} };
const plan = seedPlan();

type Cached = string | number | boolean | null;

/** `sheet!A1` -> the cached result of every formula cell of the workbook. */
async function formulaResults(path: string): Promise<Map<string, Cached>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out = new Map<string, Cached>();
  wb.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === 'object' && 'formula' in v) out.set(`${ws.name}!${cell.address}`, normalise(v.result));
      }),
    );
  });
  return out;
}

function normalise(result: ExcelJS.CellFormulaValue['result']): Cached {
  if (result === undefined || result === null || result === '') return null;
  if (typeof result === 'object') return 'error' in result ? String(result.error) : String(result);
  return result;
}

function same(a: Cached, b: Cached): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

const workbooks: Record<string, string> = {};

beforeAll(async () => {
  jest.setTimeout(300_000);
  workbooks.plan = join(dir, 'ke-hoach.xlsx');
  expect(await main(['import', seed, '-o', workbooks.plan], quiet)).toBe(0);
  const sent = join(dir, 'sent');
  expect(await main(['assemble', seed, '-o', sent, '--only', 'Sở Nội vụ', '--due', '15/12/2025'], quiet)).toBe(0);
  workbooks.agency = join(sent, 'so-noi-vu.xlsx');
  const returns = join(dir, 'returns');
  mkdirSync(returns, { recursive: true });
  copyFileSync(workbooks.agency, join(returns, 'so-noi-vu.xlsx'));
  workbooks.master = join(dir, 'tong-hop.xlsx');
  expect(await main(['compile', seed, returns, '-o', workbooks.master, '--today', '2025-12-31'], quiet)).toBe(0);
  // Other provinces' plans whose self-check once disagreed with the checks: only the criteria that
  // lost points listed (Cần Thơ), sub-dimensions without a max (Thanh Hóa).
  for (const [kind, source] of [['partial', '02-cantho-par-2024/source.html'], ['noSubMax', '10-thanhhoa-papi-2025/source.tsv']] as const) {
    workbooks[kind] = join(dir, `${kind}.xlsx`);
    expect(await main(['import', join(__dirname, '../corpus', source), '-o', workbooks[kind]], quiet)).toBe(0);
  }
}, 300_000);

/** The appendices whose numbers the plan states: each with the decimals its index is published with. */
const APPENDICES = [['PL2 PAR INDEX', 2], ['PL3 SIPAS', 2], ['PL4 PAPI', 4]] as const;

interface NumberRow {
  code: string;
  /** The visible numeric cells, left to right: their column's header, number format and value (null: shown empty). */
  header: string[];
  formats: string[];
  values: (number | null)[];
}

/** An appendix's visible numeric cells, row by row, as the written file holds them (chiso's reader: exceljs drops a cached 0). */
async function appendixNumbers(path: string, sheet: string): Promise<NumberRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet)!;
  const read = await readWorkbook(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(`${path} unreadable`);
  const rows = read.workbook.sheets.find((x) => x.name === sheet)!.rows;
  const header = new Map(rows.find((r) => r.row === 4)!.cells.map((c) => [c.col, String(c.value)]));
  const codeCol = [...header].find(([, h]) => h === 'Mã')![0];
  return rows
    .filter((r) => r.row > 4)
    .map((r) => {
      const numeric = r.cells.filter((c) => !ws.getColumn(c.col).hidden && /^0(\.0+)?$/.test(c.numFmt ?? ''));
      return {
        code: String(r.cells.find((c) => c.col === codeCol)?.value ?? ''),
        header: numeric.map((c) => header.get(c.col) ?? ''),
        formats: numeric.map((c) => c.numFmt!),
        values: numeric.map((c) => (typeof c.value === 'number' ? c.value : null)),
      };
    });
}

it('writes every number of a column of an appendix in one format, with at least its index’s decimals', async () => {
  for (const [sheet, decimals] of APPENDICES) {
    const byColumn = new Map<string, Set<string>>();
    for (const r of await appendixNumbers(workbooks.plan!, sheet)) r.header.forEach((h, i) => byColumn.set(h, (byColumn.get(h) ?? new Set()).add(r.formats[i]!)));
    // Max, result, target, their sums, points lost, gain needed.
    expect([sheet, byColumn.size]).toEqual([sheet, 8]);
    for (const [column, formats] of byColumn) expect([sheet, column, [...formats]]).toEqual([sheet, column, [expect.stringMatching(new RegExp(`^0\\.0{${decimals},}$`))]]);
  }
});

describeWithLibreOffice('what a viewer that does not recalculate shows', () => {
  jest.setTimeout(300_000);
  let planPdf: Promise<string> | null = null;
  const printedPlan = () => {
    planPdf ??= convert(workbooks.plan!, 'pdf', join(dir, 'pdf-norecalc'), { recalc: false });
    return planPdf;
  };

  it.each(['plan', 'agency', 'master', 'partial', 'noSubMax'])('the %s workbook caches, on every formula cell, what LibreOffice computes', async (kind) => {
    const path = workbooks[kind]!;
    const cached = await formulaResults(path);
    const recalculated = await formulaResults(await convert(path, 'xlsx', join(dir, `recalc-${kind}`), { recalc: true }));
    const wrong = [...cached].filter(([at, v]) => !same(v, recalculated.get(at) ?? null)).map(([at, v]) => `${at}: cached ${JSON.stringify(v)}, computed ${JSON.stringify(recalculated.get(at) ?? null)}`);
    expect(wrong).toEqual([]);
  });

  it("prints ⚠ on the plan's flagged rows without recalculating (PAR 2's 9,45 against 9,53; PAR 6; PAR 8.1)", async () => {
    const lines = pdfText(await printedPlan()).split('\n');
    const row = (code: string, name: string) => lines.find((l) => new RegExp(`^\\s*${code.replace('.', '\\.')}\\s+${name}`).test(l)) ?? '';
    expect(row('2', 'CẢI CÁCH THỂ CHẾ')).toMatch(/9[.,]450?\s+9[.,]530?.*⚠ Lệch tổng/);
    expect(row('6', 'CẢI CÁCH TÀI CHÍNH CÔNG')).toContain('⚠ Lệch tổng');
    expect(row('8.1', '')).toContain('⚠');
    // A row whose figures agree is certified.
    expect(row('1', '')).toContain('✓');
  });

  it('prints each number of PL2 with its column’s decimals, derived columns included (no 9,5 beside 0,1 and 0)', async () => {
    const rows = (await appendixNumbers(workbooks.plan!, 'PL2 PAR INDEX')).filter((r) => r.code !== '' && r.values.some((v) => v !== null));
    // PL2's pages, found by the sheet's title in their footer.
    const pages = pdfText(await printedPlan()).split('\f').filter((p) => /Phụ lục 2 — PAR INDEX\s*$/.test(p.trimEnd()));
    const lines = pages.join('\n').split('\n');
    expect(rows.length).toBeGreaterThan(50);
    const decimals = new Map<string, Set<number>>();
    for (const r of rows) {
      const shown = r.values.flatMap((v, i) => (v === null ? [] : [{ header: r.header[i]!, value: v }]));
      // The row's numbers are on the line of its code (top-aligned), or the next when pdftotext sets the code a line apart.
      const at = lines.findIndex((l) => new RegExp(`^\\s*${r.code.replace(/\./g, '\\.')}\\s{2,}\\S`).test(l));
      // LibreOffice lays the hidden level column's text at the lead cell's edge on a row without a
      // lead, clipped: nothing shows on the page (as text; a number showed a sliver of '###'), but
      // pdftotext still finds it.
      const numbers = (l = '') => l.replace(/\s{20,}\d+$/, '').split(/\s+/).slice(2).filter((t) => /^\d+(?:[.,]\d+)?$/.test(t)).map((t) => t.replace(',', '.'));
      const printed = ([lines[at], lines[at + 1]].map(numbers).find((n) => n.length >= shown.length) ?? []).slice(-shown.length);
      // Each printed figure is the cell's value, and its decimals are counted per column.
      expect([r.code, printed.map(Number)]).toEqual([r.code, shown.map((x, i) => expect.closeTo(x.value, (printed[i]?.split('.')[1]?.length ?? 0) - 0.3))]);
      shown.forEach((x, i) => decimals.set(x.header, (decimals.get(x.header) ?? new Set()).add(printed[i]!.split('.')[1]?.length ?? 0)));
    }
    // One number of decimals per printed column, PAR INDEX's two at least.
    expect(decimals.size).toBe(8);
    for (const [header, set] of decimals) expect([header, set.size, Math.min(...set) >= 2]).toEqual([header, 1, true]);
  });

  const printed = new Map<string, Promise<string>>();
  const printedAs = (kind: string) => {
    if (!printed.has(kind)) printed.set(kind, convert(workbooks[kind]!, 'pdf', join(dir, `pdf-${kind}`), { recalc: false }));
    return printed.get(kind)!;
  };

  it('prints the master’s Tóm tắt nhiệm vụ, a row per task, in a few pages where the task × unit rows take hundreds', async () => {
    // Pages by the sheet named in their footer (its right part).
    const sheetOf = (page: string) => page.trimEnd().split('\n').at(-1)!.trim().split(/\s{2,}/).at(-1)!;
    const pages = pdfText(await printedAs('master')).split('\f').filter((p) => p.trim() !== '').map(sheetOf);
    const count = (sheet: string) => pages.filter((p) => p === sheet).length;
    const tasks = plan.tasks.length;
    expect(count('Tổng hợp nhiệm vụ')).toBeGreaterThan(100);
    expect(count('Tóm tắt nhiệm vụ')).toBeGreaterThan(0);
    // At least ten tasks a page on average, whoever has not reported.
    expect(count('Tóm tắt nhiệm vụ')).toBeLessThanOrEqual(Math.ceil(tasks / 10));
  });

  it.each(['plan', 'agency', 'master'])('prints the body text of the %s workbook at 10 pt or more', async (kind) => {
    const pdf = await printedAs(kind);
    const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '30', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // A word's box is its font's ascent + descent: 1.146 × the size for Times New Roman as
    // LibreOffice prints it (11 pt text unscaled gives 12.6 pt boxes).
    const small = html.split('<page ').slice(1).map((page, i) => {
      const heights = [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1])).sort((a, b) => a - b);
      return { page: i + 1, size: Math.round(((heights[Math.floor(heights.length / 2)] ?? 99) / 1.146) * 10) / 10 };
    });
    expect(small.filter((p) => p.size < 9.95)).toEqual([]);
  });
});
