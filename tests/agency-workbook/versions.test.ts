import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Compiled } from '../../src/agencies/compile';
import { compile } from '../../src/agency-workbook/read';
import { columnLetter } from '../../src/workbook-kit/spec';
import { AGENCY_LAYOUTS, AGENCY_TEMPLATE_VERSION } from '../../src/agency-workbook/layout';
import { en } from '../../src/strings/en';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { assign } from '../../src/agencies/recipients';
import { vi } from '../../src/strings/vi';
import { asReturn, readWorkbook } from '../../src/xlsx/read';
import type { FixtureValue } from '../support/return-fixtures';
import { seedPlan, seedRecipients } from '../support/seed';

/**
 * Issue #9 §2: a template stays in the field for months. Every version this code ever wrote is read
 * from a return committed when it was current; a column deleted or moved costs only that column,
 * said once; a return of no version or of a version never written is answered plainly.
 */

const plan = seedPlan();
const assignments = seedRecipients(plan);
const fixtures = join(__dirname, '../fixtures/returns');

async function compileFiles(...files: [string, Uint8Array][]): Promise<Compiled> {
  const returns = [];
  for (const [name, bytes] of files) returns.push(asReturn(name, 1, await readWorkbook(bytes)));
  return compile(plan, assignments, returns);
}

const v1 = (name: string) => new Uint8Array(readFileSync(join(fixtures, 'v1', name)));
const NOI_VU = 'so-noi-vu.xlsx';
const expectedV1 = JSON.parse(readFileSync(join(fixtures, 'v1', 'expected.json'), 'utf8')) as Record<string, FixtureValue[]>;

/** The v1 return of Sở Nội vụ, edited as a person would in Excel. */
async function edited(edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(v1(NOI_VU)) as unknown as ArrayBuffer);
  edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The column of a header on the template's header row (row 4). */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(4).eachCell((cell, col) => {
    if (!found && String(cell.value ?? '').startsWith(header)) found = col;
  });
  if (!found) throw new Error(`no column ${header}`);
  return found;
}

const taken = (c: Compiled) => c.values.map((v) => ({ id: v.id, field: v.field, value: v.value })).sort((a, b) => `${a.id}${a.field}`.localeCompare(`${b.id}${b.field}`));
const sorted = (values: FixtureValue[]) => [...values].sort((a, b) => `${a.id}${a.field}`.localeCompare(`${b.id}${b.field}`));

describe('every template version this code has written', () => {
  it.each([...AGENCY_LAYOUTS.keys()])('v%i has committed returns, and they compile to exactly what was typed in them', async (version) => {
    const dir = join(fixtures, `v${version}`);
    expect(existsSync(join(dir, 'expected.json'))).toBe(true);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, FixtureValue[]>;
    const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    for (const file of files) {
      const c = await compileFiles([file, new Uint8Array(readFileSync(join(dir, file)))]);
      expect(c.submissions.map((s) => [s.file, s.status])).toEqual([[file, 'accepted']]);
      expect(c.rejected).toEqual([]);
      expect(taken(c)).toEqual(sorted(expected[file]!));
    }
  });

  it('writes the newest version', () => {
    expect(Math.max(...AGENCY_LAYOUTS.keys())).toBe(AGENCY_TEMPLATE_VERSION);
  });
});

describe('a return whose template version cannot be told or was never written', () => {
  const setVersion = (value: string | null) => (wb: ExcelJS.Workbook) =>
    wb.getWorksheet('_meta')!.eachRow((row) => {
      if (row.getCell(1).value === 'version') row.getCell(2).value = value;
    });

  it.each([['no version', null], ['a version no chiso writes', 'v1-sửa']])('refuses a return with %s, saying so', async (_case, version) => {
    const c = await compileFiles([NOI_VU, await edited(setVersion(version))]);
    expect(c.submissions).toEqual([{ file: NOI_VU, agency: 'Sở Nội vụ', status: 'rejected', reason: 'version-missing' }]);
    expect(vi.rejection(c.rejected[0]!)).toMatch(/^Tệp so-noi-vu\.xlsx: Sổ tính không ghi phiên bản mẫu hợp lệ.*Hãy điền/);
  });

  it('refuses a return of a newer template, naming both versions', async () => {
    const c = await compileFiles([NOI_VU, await edited(setVersion('7'))]);
    expect(c.submissions).toEqual([{ file: NOI_VU, agency: 'Sở Nội vụ', status: 'rejected', reason: 'version-unknown', version: '7', newest: AGENCY_TEMPLATE_VERSION }]);
    expect(en.rejection(c.rejected[0]!)).toBe(`File so-noi-vu.xlsx: Made from template version 7, by a newer chiso; this chiso reads template versions up to ${AGENCY_TEMPLATE_VERSION}. Update chiso and compile again.`);
  });
});

describe('a return whose columns were deleted or moved', () => {
  it('takes every other value when an input column is deleted, and names that column once', async () => {
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet('Nhiệm vụ')!;
      ws.spliceColumns(columnOf(ws, 'Kết quả, sản phẩm đạt được'), 1);
    });
    const c = await compileFiles([NOI_VU, bytes]);
    expect(c.submissions[0]).toMatchObject({ status: 'accepted' });
    expect(taken(c)).toEqual(sorted(expectedV1[NOI_VU]!.filter((v) => v.field !== 'result')));
    expect(c.rejected).toEqual([{ file: NOI_VU, sheet: 'Nhiệm vụ', cell: null, reason: 'column-missing', header: 'Kết quả, sản phẩm đạt được' }]);
    expect(vi.rejection(c.rejected[0]!)).toMatch(/^Tệp so-noi-vu\.xlsx, trang “Nhiệm vụ”: Thiếu cột “Kết quả, sản phẩm đạt được”.*các cột khác vẫn được tổng hợp/);
  });

  it('names a deleted column with the year the template wrote in its header', async () => {
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet('Tiêu chí')!;
      ws.spliceColumns(columnOf(ws, 'Tự đánh giá'), 1);
    });
    const c = await compileFiles([NOI_VU, bytes]);
    expect(c.rejected).toEqual([{ file: NOI_VU, sheet: 'Tiêu chí', cell: null, reason: 'column-missing', header: `Tự đánh giá năm ${plan.meta.targetYear}` }]);
    expect(taken(c)).toEqual(sorted(expectedV1[NOI_VU]!.filter((v) => v.field !== 'selfAssessment')));
  });

  it('reads a column moved elsewhere in the table by its header', async () => {
    let to = 0;
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet('Nhiệm vụ')!;
      // Tình trạng cut from its place and pasted as the last column.
      const from = columnOf(ws, 'Tình trạng');
      const values: ExcelJS.CellValue[] = [];
      ws.eachRow({ includeEmpty: true }, (row, n) => {
        values[n] = row.getCell(from).value;
      });
      ws.spliceColumns(from, 1);
      to = ws.columnCount + 1;
      values.forEach((v, n) => {
        if (v !== undefined) ws.getRow(n).getCell(to).value = v;
      });
    });
    const c = await compileFiles([NOI_VU, bytes]);
    expect(c.rejected).toEqual([]);
    expect(taken(c)).toEqual(sorted(expectedV1[NOI_VU]!));
    expect(c.values.find((v) => v.field === 'status')?.cell).toMatch(new RegExp(`^Nhiệm vụ!${columnLetter(to)}\\d+$`));
  });

  it('matches rows by their plan-given cells when the hidden ID column is deleted', async () => {
    const bytes = await edited((wb) => {
      for (const name of ['Nhiệm vụ', 'Tiêu chí']) wb.getWorksheet(name)!.spliceColumns(1, 1);
    });
    const c = await compileFiles([NOI_VU, bytes]);
    expect(taken(c)).toEqual(sorted(expectedV1[NOI_VU]!));
    expect(c.rejected).toEqual([
      { file: NOI_VU, sheet: 'Nhiệm vụ', cell: null, reason: 'column-missing', header: 'ID' },
      { file: NOI_VU, sheet: 'Tiêu chí', cell: null, reason: 'column-missing', header: 'ID' },
    ]);
  });

  it('says once that a plan-given column was deleted, and loses nothing', async () => {
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet('Nhiệm vụ')!;
      ws.spliceColumns(columnOf(ws, 'Tiến độ hoàn thành'), 1);
    });
    const c = await compileFiles([NOI_VU, bytes]);
    expect(taken(c)).toEqual(sorted(expectedV1[NOI_VU]!));
    expect(c.rejected).toEqual([{ file: NOI_VU, sheet: 'Nhiệm vụ', cell: null, reason: 'column-missing', header: 'Tiến độ hoàn thành' }]);
  });
});

describe('a v2 return: agencies score leaves only', () => {
  const v2 = (name: string) => new Uint8Array(readFileSync(join(fixtures, 'v2', name)));

  /** The v2 return of Sở Nội vụ with `typed` written over the first parent's live sum, and that row's id and cell. */
  async function typedOverParent(typed: number): Promise<{ bytes: Uint8Array; id: string; cell: string }> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(v2(NOI_VU)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tiêu chí')!;
    const col = columnOf(ws, 'Tự đánh giá');
    let found: { id: string; cell: string } | null = null;
    ws.eachRow((row, n) => {
      const cell = row.getCell(col);
      if (found || n <= 4 || !cell.formula) return;
      found = { id: String(row.getCell(1).value), cell: `Tiêu chí!${columnLetter(col)}${n}` };
      // What unprotecting the sheet and typing over the sum leaves: a plain number.
      cell.value = typed;
    });
    if (!found) throw new Error('no parent row in the fixture');
    const { id, cell } = found;
    return { bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), id, cell };
  }

  it('takes the leaves and never the live sum of a parent, and says nothing of it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(v2(NOI_VU)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tiêu chí')!;
    const col = columnOf(ws, 'Tự đánh giá');
    let sums = 0;
    ws.eachRow((row, n) => {
      const cell = row.getCell(col);
      // As Excel leaves the sum after recalculating: the formula with its result.
      if (n > 4 && cell.formula) {
        cell.value = { formula: cell.formula, result: 3 };
        sums++;
      }
    });
    expect(sums).toBeGreaterThan(0);
    const c = await compileFiles([NOI_VU, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)]);
    expect(c.rejected).toEqual([]);
    expect(taken(c)).toEqual(sorted(JSON.parse(readFileSync(join(fixtures, 'v2', 'expected.json'), 'utf8'))[NOI_VU]));
  });

  it('leaves out a number typed over a parent criterion, saying its score is the sum of its leaves', async () => {
    const { bytes, id, cell } = await typedOverParent(7.5);
    const c = await compileFiles([NOI_VU, bytes]);
    expect(c.submissions[0]).toMatchObject({ status: 'accepted' });
    expect(c.values.find((v) => v.id === id && v.field === 'selfAssessment')).toBeUndefined();
    expect(c.rejected).toEqual([{ file: NOI_VU, sheet: 'Tiêu chí', cell, reason: 'parent-score-typed', typed: '7.5' }]);
    expect(vi.rejection(c.rejected[0]!)).toContain('tổng các tiêu chí thành phần');
    expect(en.rejection(c.rejected[0]!)).toContain('the sum of its sub-criteria');
    // Everything else typed in the file is taken as before.
    expect(taken(c)).toEqual(sorted(JSON.parse(readFileSync(join(fixtures, 'v2', 'expected.json'), 'utf8'))[NOI_VU]));
  });
});

describe('a SIPAS group in the agency’s criteria sheet (outsider print trial D8)', () => {
  it('is left blank and locked, not summed: its components’ percentages add up to nothing it means', () => {
    const plan = seedPlan();
    const isGroup = (id: string) => plan.criteria.some((c) => c.index === 'SIPAS' && c.parent !== null && c.parent !== 'total' && `SIPAS:${c.parent}` === id);
    const lead = assign(plan).assignments.find((a) => a.criteria.some(isGroup))!;
    expect(lead).toBeDefined();
    const spec = agencyWorkbook(plan, lead, { dueDate: null, returnTo: 'Sở Nội vụ', generatedAt: '2025-11-01T00:00:00Z', password: null });
    const rows = spec.sheets.find((s) => s.name === 'Tiêu chí')!.rows.filter((r) => isGroup(String(r.cells[0]?.value ?? '')));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect([r.cells[0]!.value, r.cells.some((c) => c?.formula?.includes('SUM('))]).toEqual([r.cells[0]!.value, false]);
  });
});
