import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { STATUS_VALUES } from '../../src/agency-workbook/write';
import { cellText, type ReadSheet } from '../../src/workbook-kit/read-model';
import { readWorkbook } from '../../src/xlsx/read';
import { convert, describeWithLibreOffice } from '../support/libreoffice';
import { gridOf } from '../support/grid';

/**
 * Issue #5's round trip, with the tools a user has: `chiso assemble`, three agencies fill in their
 * workbooks (one of them re-saved by LibreOffice), `chiso compile`, and the master read back
 * holds exactly what was filled in — every value, in its row, and nothing else.
 */

const seed = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');
const dir = mkdtempSync(join(tmpdir(), 'chiso-roundtrip-'));
const quiet = { out: () => {}, err: () => {} };

const AGENCIES = [
  { only: 'Sở Nội vụ', file: 'so-noi-vu.xlsx', name: 'Sở Nội vụ' },
  { only: 'Sở Tư pháp', file: 'so-tu-phap.xlsx', name: 'Sở Tư pháp' },
  { only: 'Hoàn Kiếm', file: '00070-phuong-hoan-kiem.xlsx', name: 'Phường Hoàn Kiếm' },
];

/** The header row of a sheet and the column (0-based) of each header. */
function columns(sheet: ReadSheet): { row: number; at: (header: string) => number } {
  const grid = gridOf(sheet);
  const row = grid.findIndex((r) => r.some((c) => cellText(c) === 'ID'));
  const headers = (grid[row] ?? []).map(cellText);
  return {
    row,
    at: (header) => {
      const i = headers.indexOf(header);
      if (i < 0) throw new Error(`no column ${header} on ${sheet.name}`);
      return i;
    },
  };
}

describeWithLibreOffice('assemble → fill in → compile', () => {
  jest.setTimeout(180_000);

  it('puts exactly what the agencies filled in into the master', async () => {
    const sent = join(dir, 'sent');
    const returns = join(dir, 'returns');
    mkdirSync(returns, { recursive: true });
    for (const a of AGENCIES) expect(await main(['assemble', seed, '-o', sent, '--only', a.only, '--due', '15/12/2025'], quiet)).toBe(0);

    /** `${id} | ${agency} | ${field}` -> the value as the master shows it. */
    const expected = new Map<string, string | number>();
    for (const [k, a] of AGENCIES.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(sent, a.file));
      let i = 0;
      wb.getWorksheet('Nhiệm vụ')!.eachRow((row) => {
        const id = row.getCell(1).value;
        if (typeof id !== 'string' || !id.startsWith('TASK:')) return;
        i++;
        const day = (i % 28) + 1;
        const values: Record<string, [number, ExcelJS.CellValue, string | number]> = {
          status: [7, STATUS_VALUES[i % 4]!, STATUS_VALUES[i % 4]!],
          completedOn: [8, new Date(Date.UTC(2025, 6, day)), `2025-07-${String(day).padStart(2, '0')}`],
          result: [9, `Kết quả ${id} của ${a.name}`, `Kết quả ${id} của ${a.name}`],
          evidence: [10, `https://vanban.hanoi.gov.vn/${k}/${i}`, `https://vanban.hanoi.gov.vn/${k}/${i}`],
          // Text that looks like a formula stays text, all the way to the master.
          issues: [11, i % 3 === 0 ? '=không phải công thức' : `Khó khăn ${i}`, i % 3 === 0 ? '=không phải công thức' : `Khó khăn ${i}`],
        };
        for (const [field, [col, typed, shown]] of Object.entries(values)) {
          row.getCell(col).value = typed;
          expected.set(`${id} | ${a.name} | ${field}`, shown);
        }
      });
      // A unit that leads no criterion (the commune) has no Tiêu chí sheet.
      wb.getWorksheet('Tiêu chí')?.eachRow((row) => {
        const id = row.getCell(1).value;
        // A parent's score is its leaves' live sum: nothing to type there.
        if (typeof id !== 'string' || !/^(PAR|SIPAS|PAPI):/.test(id) || row.getCell(8).formula) return;
        const max = Number(row.getCell(5).value);
        const score = Math.round(max * 0.8 * 100) / 100;
        row.getCell(8).value = score;
        row.getCell(9).value = `Giải trình ${id}`;
        row.getCell(10).value = `https://minhchung.hanoi.gov.vn/${id}`;
        expected.set(`${id} | ${a.name} | selfAssessment`, score);
        expected.set(`${id} | ${a.name} | explanation`, `Giải trình ${id}`);
        expected.set(`${id} | ${a.name} | evidence`, `https://minhchung.hanoi.gov.vn/${id}`);
      });
      const filled = join(dir, `filled-${a.file}`);
      await wb.xlsx.writeFile(filled);
      // Sở Tư pháp's office saved it again in LibreOffice before sending it back.
      if (a.name === 'Sở Tư pháp') copyFileSync(await convert(filled, 'xlsx', join(dir, 'lo')), join(returns, a.file));
      else copyFileSync(filled, join(returns, a.file));
    }

    const master = join(dir, 'master.xlsx');
    const out: string[] = [];
    expect(await main(['compile', seed, returns, '-o', master, '--json', '--today', '2025-12-31'], { out: (t) => out.push(t), err: () => {} })).toBe(0);
    const record = JSON.parse(out.join('\n'));
    expect(record.rejected).toEqual([]);
    expect(record.submissions.map((s: { status: string }) => s.status)).toEqual(['accepted', 'accepted', 'accepted']);

    const read = await readWorkbook(new Uint8Array(readFileSync(master)));
    if (!read.ok) throw new Error('master unreadable');
    const actual = new Map<string, string | number>();
    const take = (sheetName: string, fields: Record<string, string>) => {
      const sheet = read.workbook.sheets.find((s) => s.name === sheetName)!;
      const { row, at } = columns(sheet);
      for (const r of gridOf(sheet).slice(row + 1)) {
        const id = cellText(r[at('ID')]);
        const agency = cellText(r[at('Đơn vị')]);
        for (const [field, header] of Object.entries(fields)) {
          const v = r[at(header)]?.value;
          if (v !== null && v !== undefined && v !== '') actual.set(`${id} | ${agency} | ${field}`, v as string | number);
        }
      }
    };
    take('Tổng hợp nhiệm vụ', { status: 'Tình trạng', completedOn: 'Ngày hoàn thành', result: 'Kết quả, sản phẩm', evidence: 'Tài liệu kiểm chứng', issues: 'Khó khăn, đề xuất' });
    take('Tổng hợp tiêu chí', { selfAssessment: 'Tự đánh giá', explanation: 'Giải trình', evidence: 'Tài liệu kiểm chứng' });
    expect(actual.size).toBeGreaterThan(300);
    expect(new Map([...actual].sort())).toEqual(new Map([...expected].sort()));

    // Compiling the same files again gives the same master.
    const again = join(dir, 'master-again.xlsx');
    expect(await main(['compile', seed, returns, '-o', again, '--today', '2025-12-31'], quiet)).toBe(0);
    const second = await readWorkbook(new Uint8Array(readFileSync(again)));
    expect(second.ok && second.workbook).toEqual(read.workbook);
  });
});
