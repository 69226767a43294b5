import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assignment } from '../../src/agencies/recipients';
import { AGENCY_TEMPLATE_VERSION } from '../../src/agency-workbook/layout';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { reportFileName } from '../../src/agencies/sending';
import type { Plan } from '../../src/plan/schema';
import { writeWorkbook } from '../../src/xlsx/write';
import { AGENCY_OPTIONS, seedPlan, seedRecipients } from './seed';

/**
 * How the committed returns under tests/fixtures/returns/vN/ were made: today's template for two
 * recipients of the seed plan (Sở Nội vụ, which leads tasks and criteria, and the first commune
 * with work), filled in as a person would in Excel, by header, with a few values. Each folder
 * holds the .xlsx files and expected.json (every value typed, by file). They are made once per
 * template version and never again: `node scripts/make-return-fixtures.mjs` writes the current
 * version's folder; tests/agency-workbook/versions.test.ts compiles every version's files.
 */

export interface FixtureValue {
  id: string;
  field: string;
  value: string | number;
}

/** The column of a header on the header row (row 4), by the header's first words. */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(4).eachCell((cell, col) => {
    if (!found && String(cell.value ?? '').startsWith(header)) found = col;
  });
  if (!found) throw new Error(`no column ${header} on ${ws.name}`);
  return found;
}

/** The template of `assignment`, filled in: the first two tasks and the first criterion get values. */
export async function filledReturn(plan: Plan, assignment: Assignment): Promise<{ bytes: Uint8Array; values: FixtureValue[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeWorkbook(agencyWorkbook(plan, assignment, AGENCY_OPTIONS))) as unknown as ArrayBuffer);
  const values: FixtureValue[] = [];
  const rowsWithId = (ws: ExcelJS.Worksheet) => {
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((row, n) => n > 4 && typeof row.getCell(1).value === 'string' && row.getCell(1).value !== '' && rows.push(row));
    return rows;
  };
  const tasks = wb.getWorksheet('Nhiệm vụ')!;
  const [status, completedOn, result, evidence, issues] = ['Tình trạng', 'Ngày hoàn thành', 'Kết quả, sản phẩm đạt được', 'Tài liệu kiểm chứng', 'Khó khăn'].map((h) => columnOf(tasks, h));
  rowsWithId(tasks).slice(0, 2).forEach((row, i) => {
    const id = String(row.getCell(1).value);
    row.getCell(status!).value = i === 0 ? 'Đã hoàn thành' : 'Đang thực hiện';
    values.push({ id, field: 'status', value: i === 0 ? 'Đã hoàn thành' : 'Đang thực hiện' });
    if (i === 0) {
      // As typed: a text cell (template v2 on) keeps the words, a date cell gets a date.
      const cell = row.getCell(completedOn!);
      cell.value = cell.numFmt === '@' ? '15/09/2025' : new Date(Date.UTC(2025, 8, 15));
      values.push({ id, field: 'completedOn', value: '2025-09-15' });
    }
    row.getCell(result!).value = `Kết quả ${i + 1} của ${assignment.recipient.name}`;
    values.push({ id, field: 'result', value: `Kết quả ${i + 1} của ${assignment.recipient.name}` });
    row.getCell(evidence!).value = `https://example.vn/${i + 1}`;
    values.push({ id, field: 'evidence', value: `https://example.vn/${i + 1}` });
    if (i === 1) {
      row.getCell(issues!).value = 'Thiếu kinh phí';
      values.push({ id, field: 'issues', value: 'Thiếu kinh phí' });
    }
  });
  // A recipient without criteria has no Tiêu chí sheet (template v2 on).
  const criteria = wb.getWorksheet('Tiêu chí');
  const [self, explanation, max] = criteria ? ['Tự đánh giá', 'Giải trình', 'Điểm tối đa'].map((h) => columnOf(criteria, h)) : [];
  // The first row a person can score: a parent's cell holds its children's live sum (template v2 on).
  const first = criteria ? rowsWithId(criteria).find((row) => !row.getCell(self!).formula) : undefined;
  if (first) {
    const id = String(first.getCell(1).value);
    const score = Math.min(Number(first.getCell(max!).value ?? 1), 1);
    first.getCell(self!).value = score;
    first.getCell(explanation!).value = 'Đã rà soát đầy đủ';
    values.push({ id, field: 'selfAssessment', value: score }, { id, field: 'explanation', value: 'Đã rà soát đầy đủ' });
  }
  return { bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), values };
}

/** The two recipients the fixtures are made for. */
export function fixtureRecipients(plan: Plan): Assignment[] {
  const assignments = seedRecipients(plan);
  const noiVu = assignments.find((a) => a.recipient.key === 'AGENCY:Sở Nội vụ')!;
  const commune = assignments.find((a) => a.recipient.code && a.leads.length + a.supports.length > 0)!;
  return [noiVu, commune];
}

/** Writes tests/fixtures/returns/v<current>/: the filled returns and expected.json. */
export async function writeReturnFixtures(root: string): Promise<string> {
  const plan = seedPlan();
  const dir = join(root, 'tests/fixtures/returns', `v${AGENCY_TEMPLATE_VERSION}`);
  mkdirSync(dir, { recursive: true });
  const expected: Record<string, FixtureValue[]> = {};
  for (const a of fixtureRecipients(plan)) {
    const { bytes, values } = await filledReturn(plan, a);
    const name = reportFileName(a.recipient);
    writeFileSync(join(dir, name), bytes);
    expected[name] = values;
  }
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  return dir;
}
