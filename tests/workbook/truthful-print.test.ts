import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
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
}, 300_000);

describeWithLibreOffice('what a viewer that does not recalculate shows', () => {
  jest.setTimeout(300_000);

  it.each(['plan', 'agency', 'master'])('the %s workbook caches, on every formula cell, what LibreOffice computes', async (kind) => {
    const path = workbooks[kind]!;
    const cached = await formulaResults(path);
    const recalculated = await formulaResults(await convert(path, 'xlsx', join(dir, `recalc-${kind}`), { recalc: true }));
    const wrong = [...cached].filter(([at, v]) => !same(v, recalculated.get(at) ?? null)).map(([at, v]) => `${at}: cached ${JSON.stringify(v)}, computed ${JSON.stringify(recalculated.get(at) ?? null)}`);
    expect(wrong).toEqual([]);
  });

  it("prints ⚠ on the plan's flagged rows without recalculating (PAR 2's 9,45 against 9,53; PAR 6; PAR 8.1)", async () => {
    const pdf = await convert(workbooks.plan!, 'pdf', join(dir, 'pdf-norecalc'), { recalc: false });
    const lines = pdfText(pdf).split('\n');
    const row = (code: string, name: string) => lines.find((l) => new RegExp(`^\\s*${code.replace('.', '\\.')}\\s+${name}`).test(l)) ?? '';
    expect(row('2', 'CẢI CÁCH THỂ CHẾ')).toMatch(/9[.,]45\s+9[.,]53.*⚠ Lệch tổng/);
    expect(row('6', 'CẢI CÁCH TÀI CHÍNH CÔNG')).toContain('⚠ Lệch tổng');
    expect(row('8.1', '')).toContain('⚠');
    // A row whose figures agree is certified.
    expect(row('1', '')).toContain('✓');
  });

  it.each(['plan', 'agency', 'master'])('prints the body text of the %s workbook at 10 pt or more', async (kind) => {
    const pdf = await convert(workbooks[kind]!, 'pdf', join(dir, `pdf-${kind}`), { recalc: false });
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
